// The task pane's initial JavaScript, raw and gzip, against the 250 KB gzip budget, and the single
// HTML file (file mode with every script inlined) against 1.5 MB gzip. Builds the production bundle
// into a temporary folder (dist/ is left alone) and measures the scripts that taskpane.html loads;
// chunks loaded on demand (mammoth for .docx, file mode with ExcelJS) are listed apart.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

export const title =
  'Task pane bundle (production build: initial JavaScript, budget 250 KB gzip) and the single HTML file (budget 1.5 MB gzip)';

export const BUDGET_GZIP_KB = 250;
/** The single HTML file (file mode, everything inlined): 1.5 MB gzip. */
export const SINGLE_BUDGET_GZIP_KB = 1536;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const SINGLE_FILE: string = require('../webpack.config.js').SINGLE_FILE;

const ROOT = resolve(__dirname, '..');

export interface Size {
  raw: number;
  gzip: number;
}

export function sizeOf(file: string): Size {
  const b = readFileSync(file);
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

/**
 * Local scripts an HTML page loads: <script src> tags (the Office.js script is not ours to count,
 * whether from the CDN or served locally) and the list taskpane.html's loader adds after its
 * old-webview guard (a JSON array of file names).
 */
export function initialScripts(html: string): string[] {
  // Minified HTML drops the quotes around attribute values.
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  const loaded = [...html.matchAll(/\[("[^"\s]+\.js"(?:,"[^"\s]+\.js")*)\]/g)].flatMap(
    (m) => JSON.parse(`[${m[1]}]`) as string[],
  );
  return [...tags, ...loaded].filter((src) => !/^https?:/.test(src) && !src.startsWith('office-js/'));
}

/** Raw and gzip bytes of the scripts a built page loads first. */
export function initialSize(outDir: string, page: string): Size & { files: string[] } {
  const files = initialScripts(readFileSync(join(outDir, page), 'utf8'));
  const total = { raw: 0, gzip: 0, files };
  for (const f of files) {
    const s = sizeOf(join(outDir, f));
    total.raw += s.raw;
    total.gzip += s.gzip;
  }
  return total;
}

export async function build(outDir: string): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require(join(ROOT, 'webpack.config.js'));
  const config = configFn({ outDir }, { mode: 'production' });
  const t0 = Date.now();
  await new Promise<void>((ok, fail) =>
    webpack(config, (err, stats) => {
      if (err) return fail(err);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      ok();
    }),
  );
  return Date.now() - t0;
}

export async function run(): Promise<Record<string, unknown>> {
  const out = mkdtempSync(join(tmpdir(), 'pane-bundle-'));
  try {
    const buildMs = await build(out);
    const total = initialSize(out, 'taskpane.html');
    const initial = total.files;
    const previewInitial = initialSize(out, 'preview.html').files;
    const lazy: Record<string, { rawKB: number; gzipKB: number }> = {};
    for (const f of readdirSync(out).filter((f) => f.endsWith('.js'))) {
      if (initial.includes(f) || previewInitial.includes(f)) continue;
      const s = sizeOf(join(out, f));
      lazy[f.replace(/\.[0-9a-f]{8}\.js$/, '')] = { rawKB: kb(s.raw), gzipKB: kb(s.gzip) };
    }
    const single = sizeOf(join(out, SINGLE_FILE));
    return {
      buildMs,
      initialScripts: initial.length,
      initialRawKB: kb(total.raw),
      initialGzipKB: kb(total.gzip),
      budgetGzipKB: BUDGET_GZIP_KB,
      withinBudget: total.gzip <= BUDGET_GZIP_KB * 1024,
      lazyChunks: lazy,
      singleFile: SINGLE_FILE,
      singleRawKB: kb(single.raw),
      singleGzipKB: kb(single.gzip),
      singleBudgetGzipKB: SINGLE_BUDGET_GZIP_KB,
      singleWithinBudget: single.gzip <= SINGLE_BUDGET_GZIP_KB * 1024,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
