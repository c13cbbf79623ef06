// Builds the task pane (taskpane.html, loaded by Excel from the manifest's SourceLocation) and the
// preview page (preview.html: the pane beside a simulated workbook, for trying it without Excel).
//   npm run build        production bundle in dist/ (also copies assets/ and manifest.xml)
//   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs files (for sideloading)
//   npm run preview      http://localhost:3001 serving the preview page
// --env outDir=DIR writes the bundle elsewhere (the browser test builds into test-output/).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_PORT = 3000;
const PREVIEW_PORT = 3001;
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');

/** The https options for the dev server, or a plain explanation of how to make the certificates. */
function httpsOptions() {
  const key = path.join(CERT_DIR, 'localhost.key');
  const cert = path.join(CERT_DIR, 'localhost.crt');
  const ca = path.join(CERT_DIR, 'ca.crt');
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    console.error(
      `找不到开发证书 / the development certificates are missing: ${key}, ${cert}\n` +
        '请先运行 / create them first with:\n  npx office-addin-dev-certs install\n' +
        '(它会在 ~/.office-addin-dev-certs 里生成 localhost.crt 和 localhost.key，并尝试信任其 CA；\n' +
        ' it writes localhost.crt and localhost.key to ~/.office-addin-dev-certs and tries to trust its CA.)',
    );
    process.exit(1);
  }
  return {
    key: fs.readFileSync(key),
    cert: fs.readFileSync(cert),
    ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = Boolean(env.preview);
  const serving = process.argv.some((a) => a === 'serve');
  const outDir = path.resolve(__dirname, env.outDir || 'dist');

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      // mammoth's prebuilt browser bundle: nothing in it for webpack to resolve.
      noParse: /mammoth\.browser(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking runs separately (npm run typecheck); ES modules let webpack tree-shake Fluent.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: {
      // The budget that matters is the pane's initial JavaScript in gzip (bench/bundle.bench.ts).
      hints: false,
    },
    devServer: serving
      ? {
          static: false,
          port: preview ? PREVIEW_PORT : DEV_PORT,
          host: 'localhost',
          server: preview ? 'http' : { type: 'https', options: httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          historyApiFallback: preview ? { index: '/preview.html' } : false,
          open: false,
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
