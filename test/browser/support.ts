// The browser tests' rig: build the bundle with webpack, serve it from a plain Node http server on
// 127.0.0.1, and drive Debian's Chromium through playwright-core with a fresh profile.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { chromium, type BrowserContext } from 'playwright-core';

export const ROOT = resolve(__dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');
/** Under the browser tests' beforeAll timeouts (15 minutes and more). */
const BUILD_TIMEOUT_MS = 14 * 60_000;

/** Fails (never skips) when Chromium or the CJK fonts are missing, naming what to install. */
export function requireChromium(): void {
  const missing = [
    existsSync(CHROMIUM) ? null : `Chromium (${CHROMIUM})`,
    existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc') ? null : 'Noto CJK fonts',
  ].filter(Boolean);
  if (missing.length)
    throw new Error(
      `浏览器测试需要 / the browser tests need: ${missing.join(', ')}\n` +
        'Install them with: apt-get install chromium fonts-noto-cjk (as root, or with sudo)',
    );
}

/**
 * Builds the task pane, preview page and single HTML file (production mode) into `outDir`, in a webpack
 * process of its own: inside Jest's module registry the same build is many times slower, and a build
 * cut off by a timeout there keeps requiring modules after the test file is torn down.
 */
export async function buildBundle(outDir: string, env: Record<string, string> = {}): Promise<void> {
  const cli = join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  const envArgs = Object.entries({ ...env, outDir }).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
  // Killed before the test hook's own timeout, so a build that hangs ends with its output, not an orphan.
  const child = spawn(process.execPath, [cli, '--mode', 'production', ...envArgs], {
    cwd: ROOT,
    timeout: BUILD_TIMEOUT_MS,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((ok, fail) => {
    child.on('error', fail);
    child.on('close', ok);
  });
  if (code !== 0) throw new Error(`webpack exited ${code ?? 'on a timeout'}:\n${output.slice(-4000)}`);
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'preview.html' : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

export interface Rig {
  context: BrowserContext;
  url: string;
  /** Where the bundle was built. */
  outDir: string;
  close(): Promise<void>;
}

/** Build, serve, launch: one browser with a fresh user-data dir (`env`: webpack's --env options). */
export async function startRig(options: { dir?: string; env?: Record<string, string> } = {}): Promise<Rig> {
  requireChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const outDir = join(ROOT, 'test-output', options.dir ?? 'browser-dist');
  // BROWSER_TEST_REUSE_BUILD=1 reuses the last build (when only the tests changed): a build takes
  // minutes on a busy machine. Never set in npm test.
  if (process.env.BROWSER_TEST_REUSE_BUILD !== '1' || !existsSync(outDir)) {
    rmSync(outDir, { recursive: true, force: true });
    await buildBundle(outDir, options.env);
  }
  const { server, url } = await serve(outDir);
  const profile = mkdtempSync(join(tmpdir(), 'pane-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 860 },
    locale: 'zh-CN',
  });
  return {
    context,
    url,
    outDir,
    async close() {
      await context.close();
      await new Promise<void>((ok) => server.close(() => ok()));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
