// The demo's 通报 through a real word processor: LibreOffice Writer converts the .docx to PDF, poppler
// reads the PDF's pages back (pdfinfo, pdftotext) and renders them to PNG (pdftoppm) in
// test-output/report/ for a person to look at (docs/report-page-1.png is one of them).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPngNode } from '../../src/cli/chart-png';
import { runDemo } from '../../src/cli/commands/demo';
import { seedPlan } from '../../src/plan';
import { reportDocx, type ReportModel } from '../../src/report';
import { toPdf, type PdfResult } from '../support/libreoffice';

const OUT = join(__dirname, '..', '..', 'test-output', 'report');
const POPPLER_HINT = '找不到 pdftoppm / pdftoppm is missing: apt-get install poppler-utils (scripts/ensure-tools.mjs)';

function tool(name: string, args: string[]): string {
  const path = `/usr/bin/${name}`;
  if (!existsSync(path)) throw new Error(POPPLER_HINT);
  return execFileSync(path, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
}

/** Text without the spaces pdftotext puts between CJK and Latin runs. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** The demo's 通报 has six pages (text on 1-4, the lagging and milestone tables on 5, units and signature on 6). */
const DEMO_PAGES = 6;

let model: ReportModel;
let pdf: PdfResult;
let pages: string[];

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const demo = await runDemo(seedPlan(), 6);
  const r = await reportDocx(demo.summary, { date: { year: 2023, month: 7, day: 5 } }, renderPngNode);
  model = r.model;
  const docx = join(OUT, 'xiaojiang-2023-1-6.docx');
  writeFileSync(docx, r.bytes);
  pdf = await toPdf(docx, OUT);
  const count = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf.pdf]))?.[1]);
  pages = Array.from({ length: count }, (_, i) =>
    tool('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf.pdf, '-']),
  );
  tool('pdftoppm', ['-r', '100', '-png', pdf.pdf, join(OUT, 'page')]);
}, 240_000);

test('LibreOffice converts it without an error, every font embedded', () => {
  expect(pdf.stdout).toMatch(
    /convert .*xiaojiang-2023-1-6\.docx -> .*xiaojiang-2023-1-6\.pdf using filter : writer_pdf_Export/,
  );
  // soffice's only other output on this machine is its note that Java is absent.
  const errors = pdf.stderr.split('\n').filter((l) => l.trim() && !/javaldx/.test(l));
  expect(errors).toEqual([]);
  const fonts = tool('pdffonts', [pdf.pdf]).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line).toMatch(/\syes\s+yes\s+yes\s/);
});

test(`${DEMO_PAGES} A4 pages, each numbered "— n —"`, () => {
  expect(pages).toHaveLength(DEMO_PAGES);
  expect(tool('pdfinfo', [pdf.pdf])).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  pages.forEach((text, i) => expect(squeeze(text)).toMatch(new RegExp(`—${i + 1}—$`)));
  const pngs = readdirSync(OUT).filter((f) => /^page-\d+\.png$/.test(f));
  expect(pngs).toHaveLength(DEMO_PAGES);
  for (const f of pngs) expect(statSync(join(OUT, f)).size).toBeGreaterThan(20_000);
});

test('page 1 opens with the title and the overall paragraph; the last page ends with issuer and date', () => {
  const first = squeeze(pages[0]);
  expect(first.startsWith(squeeze(model.title))).toBe(true);
  expect(first).toContain(squeeze(model.summary.text.zh[0]));
  expect(first).toContain('图1各板块完成进度与序时进度（1-6月）');
  const last = squeeze(pages[pages.length - 1]);
  expect(last).toMatch(/信丰县小江镇人民政府2023年7月5日—6—$/);
});

test('every sentence of the summary is in the PDF, and no page holds more than 22 body lines', () => {
  // Pages joined without their footers, so a sentence running over a page break reads whole.
  const all = squeeze(pages.map((p) => squeeze(p).replace(/—\d+—$/, '')).join(''));
  for (const p of model.summary.text.zh.slice(1)) {
    // Section paragraphs carry the document's own "（一）" lead.
    expect(all).toContain(squeeze(p.replace(/^[一二三四五六七八九十]+、/, '')));
  }
  // Lines of 3号 text on the 22-line grid: 28.95 pt apart, below the 版心's top at 37 mm.
  const bbox = tool('pdftotext', ['-f', '3', '-l', '3', '-bbox-layout', pdf.pdf, '-']);
  const bottom = ((297 - 35) / 25.4) * 72;
  const tops = [...bbox.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
    .map((m) => ({ top: Number(m[1]), bottom: Number(m[2]) }))
    .filter((l) => l.bottom < bottom);
  expect(tops).toHaveLength(22);
  const pitch = (tops[tops.length - 1].top - tops[0].top) / 21;
  expect(pitch).toBeCloseTo(28.95, 1);
  // 28 characters a line: the longest all-Chinese lines of body text.
  const cjkLines = pages
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && [...l].every((c) => c.charCodeAt(0) > 0x2e7f) && !l.startsWith('注'));
  expect(Math.max(...cjkLines.map((l) => [...l].length))).toBe(28);
});
