// The 通报 from the task pane in a real browser: on the preview page (the pane on the fake Excel),
// type a few figures, press 生成进度通报（Word） on 汇总, and read back the file the browser saves:
// the same text as the pane shows, the chart drawn by the browser's own SVG renderer into a PNG.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, startRig, type Rig } from './support';
import { readDocx } from '../support/docxRead';

const OUT = join(ROOT, 'test-output', 'report');

let rig: Rig;
let page: Page;

beforeAll(async () => {
  // The preview page is enough: no single HTML file (a build takes minutes on a busy machine).
  rig = await startRig({ dir: 'browser-dist-report', env: { single: 'no' } });
  page = await rig.context.newPage();
}, 900_000);

afterAll(async () => {
  await rig?.close();
});

const pane = () => page.locator('#pane');
const workbook = () => page.getByTestId('workbook');
const status = () => pane().getByRole('status');
const view = () => pane().getByRole('tabpanel');

async function expectText(loc: Locator, want: string | RegExp, timeout = 30_000): Promise<string> {
  const t0 = Date.now();
  let last = '';
  while (Date.now() - t0 < timeout) {
    last = ((await loc.count()) ? await loc.first().textContent() : '') ?? '';
    if (typeof want === 'string' ? last === want : want.test(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ${String(want)}, saw "${last}"`);
}

async function rowOf(code: string): Promise<number> {
  const cell = workbook().locator('td[data-address^="B"]', { hasText: new RegExp(`^${code}$`) });
  return Number((await cell.getAttribute('data-address'))?.slice(1));
}

async function typeInto(cell: string, text: string): Promise<void> {
  await workbook().locator(`td[data-address="${cell}"]`).click();
  const bar = page.getByLabel('编辑栏 / edit bar');
  await bar.fill(text);
  await bar.press('Enter');
}

async function openSheet(name: string): Promise<void> {
  await workbook().getByRole('tab', { name, exact: true }).click();
  await expectText(page.getByTestId('name-box'), new RegExp(`^${name}`));
}

test('生成进度通报 saves the month’s .docx with the pane’s text and a chart the browser drew', async () => {
  await page.goto(`${rig.url}/preview.html`);
  await pane().getByRole('button', { name: '载入示例计划（小江镇2023）' }).click();
  await expectText(status(), '已载入 48 项指标');
  await pane().getByRole('tab', { name: '模板' }).click();
  await view().getByLabel('从', { exact: true }).selectOption('1');
  await view().getByLabel('到', { exact: true }).selectOption('3');
  await view().getByRole('button', { name: '生成或更新模板' }).click();
  await expectText(status(), /^已生成或更新 \d+ 张工作表$/);
  // 新造油茶林 (800 亩): 200 + 150 + 100 by March.
  for (const [sheet, figure] of [
    ['1月', '200'],
    ['2月', '150'],
    ['3月', '100'],
  ]) {
    await openSheet(sheet);
    await typeInto(`F${await rowOf('NY-04')}`, figure);
  }

  await pane().getByRole('tab', { name: '汇总' }).click();
  await view().getByLabel('月份').selectOption('3');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    view().getByRole('button', { name: '生成进度通报（Word）' }).click(),
  ]);
  const name = '信丰县小江镇2023年1-3月目标任务推进情况通报.docx';
  expect(download.suggestedFilename()).toBe(name);
  await expectText(status(), new RegExp(`^已生成“${name}”（成文日期\\d{4}年\\d{1,2}月\\d{1,2}日，可在 Word 中修改）$`));
  mkdirSync(OUT, { recursive: true });
  const saved = join(OUT, 'pane-1-3.docx');
  await download.saveAs(saved);

  const narrative = (await view().getByLabel('进度文字').inputValue()).split('\n');
  expect(narrative[0]).toMatch(/^截至3月底，全镇48项目标任务中，/);
  const doc = await readDocx(readFileSync(saved));
  const texts = doc.paragraphs.map((p) => p.text);
  expect(texts.slice(0, 2)).toEqual(['信丰县小江镇2023年1-3月', '目标任务推进情况通报']);
  expect(texts).toContain(narrative[0]);
  expect(texts).toContain(narrative[narrative.length - 1]);
  expect(texts.some((t) => t.includes('新造油茶林完成450亩，占年度目标的56.3%'))).toBe(true);

  // The chart: a PNG 1200 px wide, drawn (bars and Chinese labels compress far worse than white).
  const pngs = Object.values(doc.media);
  expect(pngs).toHaveLength(1);
  const png = pngs[0];
  expect(String.fromCharCode(...png.slice(1, 4))).toBe('PNG');
  expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(1200);
  expect(png.length).toBeGreaterThan(15_000);
});
