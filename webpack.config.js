// Builds the task pane (taskpane.html, loaded by Excel from the manifest's SourceLocation), the
// preview page (preview.html: the pane beside a simulated workbook, for trying it without Excel) and
// the single HTML file (indicator-templates.html: file mode with every script inlined, opened from disk).
//   npm run build        production bundle in dist/ (also assets/, help.html and manifest.xml)
//   npm run dev-server   https://localhost:3000 with the office-addin-dev-certs files (for sideloading)
//   npm run preview      http://localhost:3001 serving the preview page
// --env url=https://host/path/  the address dist/ will be served from: every URL in dist/manifest.xml
//                               points there (default https://localhost:3000/, the dev server)
// --env officejs=local          Office.js served from dist/office-js/ (the @microsoft/office-js
//                               package) instead of Microsoft's CDN, for networks that cannot reach it
// --env outDir=DIR              writes the bundle elsewhere (the browser tests build into test-output/)
// --env single=no               leaves out the single HTML file (the preview's browser test needs none)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE, manifestFor, normalizeBase } = require('./scripts/build/manifest');
const { SingleFilePlugin } = require('./scripts/build/single-file');

const DEV_PORT = 3000;
const PREVIEW_PORT = 3001;
const CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
/** The single HTML file's name (ASCII, so that any server, zip tool or mail client keeps it). */
const SINGLE_FILE = 'indicator-templates.html';

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

/** ts-loader emitting ES modules (so Fluent is tree-shaken); type checking is npm run typecheck. */
const scriptRules = [
  {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'ts-loader',
      options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false, sourceMap: true } },
    },
  },
];

/**
 * What every browser bundle shares: ExcelJS from its library code (scripts/browser/exceljs.js, so the
 * xlsx host's patches apply) with the few Node modules it reaches replaced by browser versions.
 */
const browserResolve = {
  extensions: ['.tsx', '.ts', '.js'],
  alias: {
    exceljs$: path.resolve(__dirname, 'scripts/browser/exceljs.js'),
    // CSV import and export is never used: leave it (and fast-csv) out.
    [require.resolve('exceljs/lib/csv/csv.js')]: false,
  },
  fallback: {
    fs: false,
    path: false,
    os: false,
    util: false,
    crypto: false, // only for password-protected sheets, which the templates never use
    stream: require.resolve('readable-stream/readable-browser.js'),
    events: require.resolve('events/'),
    buffer: require.resolve('buffer/'),
    string_decoder: require.resolve('string_decoder/'),
  },
};
// Buffer only: providing `process` too would stop webpack folding process.env.NODE_ENV, and
// development-only code would ship (scripts/browser/exceljs.js sets the little `process` it needs).
const browserGlobals = () => new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] });

// What every page's <head> starts with (charset, viewport, the base font): taskpane.html and
// preview.html take it as htmlWebpackPlugin.options.head, the single HTML file at <!--HEAD-->.
const pageHead = () => fs.readFileSync(path.join(__dirname, 'src/taskpane/head.html'), 'utf8');

const oldWebviewGuard = () =>
  fs
    .readFileSync(path.join(__dirname, 'src/taskpane/old-webview.js'), 'utf8')
    .replace("'__SINGLE_FILE__'", () => JSON.stringify(SINGLE_FILE));

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const preview = Boolean(env.preview);
  const serving = process.argv.some((a) => a === 'serve');
  const outDir = path.resolve(__dirname, env.outDir || 'dist');
  const base = normalizeBase(env.url || DEV_BASE);
  if (env.officejs && env.officejs !== 'local' && env.officejs !== 'cdn')
    throw new Error(`--env officejs=${env.officejs}: 应为 local 或 cdn / expected local or cdn`);
  const localOfficeJs = env.officejs === 'local';

  const pane = {
    name: 'pane',
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
    resolve: browserResolve,
    module: {
      // mammoth's prebuilt browser bundle: nothing in it for webpack to resolve.
      noParse: /mammoth\.browser(\.min)?\.js$/,
      rules: scriptRules,
    },
    plugins: [
      browserGlobals(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // The template loads the bundle itself, after the old-webview guard.
        inject: false,
        head: pageHead(),
        officeJs: localOfficeJs ? 'office-js/office.js' : OFFICE_JS_CDN,
        oldWebviewGuard: oldWebviewGuard(),
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
        head: pageHead(),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString('utf8'), base),
          },
          ...(localOfficeJs
            ? [
                {
                  from: '**/*',
                  context: OFFICE_JS_DIR,
                  to: 'office-js/',
                  // Excel's files and the language strings only: no debug builds, types or other hosts.
                  globOptions: {
                    ignore: [
                      '**/*.debug.js',
                      '**/*.d.ts',
                      '**/office-vsdoc.js',
                      '**/{outlook,word,powerpoint,onenote,project,access,visio}*',
                    ],
                  },
                },
              ]
            : []),
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

  if (serving || !production || env.single === 'no') return pane;

  // The single HTML file: one chunk (the lazy ones folded in), inlined; built after the pane so
  // that the pane's clean of outDir cannot remove it.
  const single = {
    name: 'single',
    dependencies: ['pane'],
    mode: 'production',
    devtool: false,
    entry: { single: './src/filemode/standalone.tsx' },
    output: { path: outDir, filename: 'single.js', clean: false },
    resolve: browserResolve,
    module: { noParse: /mammoth\.browser(\.min)?\.js$/, rules: scriptRules },
    plugins: [
      browserGlobals(),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new SingleFilePlugin({
        filename: SINGLE_FILE,
        html: (script) =>
          fs
            .readFileSync(path.join(__dirname, 'src/filemode/standalone.html'), 'utf8')
            .replace('<!--HEAD-->', () => pageHead())
            .replace('/*GUARD*/', () => oldWebviewGuard())
            .replace('/*BUNDLE*/', () => script),
      }),
    ],
    performance: { hints: false },
  };
  return [pane, single];
};

module.exports.SINGLE_FILE = SINGLE_FILE;
