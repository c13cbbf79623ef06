// The add-in as a statistician uses it, in a real browser: the preview page runs the task pane on
// the strict fake of Excel, drawn as a grid. Load the seed plan, generate January to March, type
// figures (one of them bad), run the checks, click the finding and see its cell selected, fill the
// summary and copy the text. Screenshots go to test-output/screenshots/.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS, startRig, type Rig } from './support';
import { BUDGET_GZIP_KB, initialSize } from '../../bench/bundle.bench';
import { docx } from '../support/docx';
import { seedPlan, type Plan } from '../../src/plan';
import { buildWorkbookSpec } from '../../src/template';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import { entries } from '../collect/seedFiles';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An office's returned workbook, made as the add-in cuts it (分发表) and filled for January to March. */
async function unitReturn(plan: Plan, unit: string, over = {}) {
  const codes = plan.indicators.filter((i) => i.responsible === unit).map((i) => i.code);
  const built = buildWorkbookSpec(plan, { months: [1, 2, 3], unit, figures: entries(plan, codes, 3, over) });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('; '));
  return { name: `${unit}.xlsx`, mimeType: XLSX_TYPE, buffer: Buffer.from(await writeSpecToXlsx(built.spec)) };
}

let rig: Rig;
let page: Page;

beforeAll(async () => {
  // The preview needs no single HTML file: building only the pane keeps this rig's build as it was.
  rig = await startRig({ env: { single: 'no' } });
  await rig.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: rig.url });
  page = await rig.context.newPage();
}, 900_000);

afterAll(async () => {
  await rig?.close();
});

const pane = () => page.locator('#pane');
const workbook = () => page.getByTestId('workbook');
const status = () => pane().getByRole('status');
/** The pane's view on show (the others stay mounted, hidden). */
const view = () => pane().getByRole('tabpanel');

async function shot(name: string, target: Page | Locator = page): Promise<void> {
  await target.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The row of an indicator on the shown sheet, found by its code in the 代码 column (B). */
async function rowOf(code: string): Promise<number> {
  const cell = workbook().locator('td[data-address^="B"]', { hasText: new RegExp(`^${code}$`) });
  const address = await cell.getAttribute('data-address');
  return Number(address?.slice(1));
}

/** Selects a cell by clicking it and types into the edit bar, as a user would. */
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

async function expectText(loc: Locator, want: string | RegExp, timeout = 20_000): Promise<void> {
  const t0 = Date.now();
  let last = '';
  while (Date.now() - t0 < timeout) {
    last = ((await loc.count()) ? await loc.first().textContent() : '') ?? '';
    if (typeof want === 'string' ? last === want : want.test(last)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ${String(want)}, saw "${last}"`);
}

describe('the preview page', () => {
  it('opens in Chinese with the pane 320 px wide beside the workbook', async () => {
    await page.goto(`${rig.url}/preview.html`);
    await expectText(pane().getByRole('heading', { level: 1 }), '指标模板');
    expect(await pane().getByRole('tab').count()).toBe(6);
    for (const name of ['目标', '模板', '汇集', '审核', '汇总', '设置'])
      expect(await pane().getByRole('tab', { name, exact: true }).count()).toBe(1);
    const box = await pane().boundingBox();
    expect(box?.width).toBe(320);
  });

  it('loads the seed plan and generates January to March', async () => {
    await pane().getByRole('button', { name: '载入示例计划（小江镇2023）' }).click();
    await expectText(status(), '已载入 48 项指标');
    await pane().getByRole('tab', { name: '模板' }).click();
    await view().getByLabel('从', { exact: true }).selectOption('1');
    await view().getByLabel('到', { exact: true }).selectOption('3');
    await view().getByRole('button', { name: '生成或更新模板' }).click();
    await expectText(status(), /^已生成或更新 \d+ 张工作表$/);
    const sheetTabs = await workbook().getByRole('tab').allTextContents();
    expect(sheetTabs).toEqual(expect.arrayContaining(['指标库', '1月', '2月', '3月']));
    expect(sheetTabs).not.toContain('_meta');
    await shot('02-generated');
  });

  it('takes figures typed into the month sheets, and the formulas follow', async () => {
    await openSheet('1月');
    const grain = await rowOf('NY-01'); // 粮食生产面积, 3.2 万亩
    const camellia = await rowOf('NY-04'); // 新造油茶林, 800 亩
    expect(grain).toBeGreaterThan(3);
    await typeInto(`F${grain}`, '0.6');
    await typeInto(`F${camellia}`, '200');
    // 累计 (G) follows 本月 through the template's formula.
    await expectText(workbook().locator(`td[data-address="G${camellia}"]`), '200');
    await openSheet('2月');
    await typeInto(`F${await rowOf('NY-01')}`, '0.8');
    await typeInto(`F${await rowOf('NY-04')}`, '150');
    await expectText(workbook().locator(`td[data-address="G${await rowOf('NY-04')}"]`), '350');
    await openSheet('3月');
    await typeInto(`F${await rowOf('NY-01')}`, '0.7');
    // The bad one: an approximate figure typed as text.
    await typeInto(`F${await rowOf('NY-04')}`, '约300');
    await expectText(workbook().locator(`td[data-address="F${await rowOf('NY-04')}"]`), '约300');
    await shot('03-figures');
  });

  it('runs the checks, lists the finding, and a click selects its cell', async () => {
    const camellia = await rowOf('NY-04');
    await pane().getByRole('tab', { name: '审核' }).click();
    await view().getByLabel('月份').selectOption('3');
    await view().getByRole('button', { name: '运行审核' }).click();
    await expectText(status(), /^发现 \d+ 条审核结果：强制性 [1-9]\d*，/);
    await shot('pane-checks', pane());
    const finding = view().getByRole('button', { name: new RegExp(`^转到 3月!F${camellia}：`) });
    await expect(finding.count()).resolves.toBeGreaterThan(0);
    expect(await finding.first().textContent()).toContain('新造油茶林');

    // Go elsewhere first, so the click visibly brings the cell back.
    await openSheet('1月');
    await finding.first().click();
    await expectText(status(), `已选中 3月!F${camellia}`);
    await expectText(page.getByTestId('name-box'), `3月!F${camellia}`);
    const selected = workbook().locator('td[aria-selected="true"]');
    expect(await selected.getAttribute('data-address')).toBe(`F${camellia}`);
    expect(await workbook().getByRole('tab', { selected: true }).textContent()).toBe('3月');
    await shot('04-checks');
  });

  it('fills the 汇总 sheet and copies the progress text', async () => {
    await pane().getByRole('tab', { name: '汇总' }).click();
    await view().getByLabel('月份').selectOption('3');
    await view().getByRole('button', { name: '填写“汇总”工作表' }).click();
    await expectText(status(), '已填写3月的“汇总”工作表');
    const text = await view().getByLabel('进度文字').inputValue();
    expect(text).toMatch(/^截至3月底/);
    expect(text).toContain('粮食生产面积');
    expect(await workbook().getByRole('tab').allTextContents()).toContain('汇总');
    await view().getByRole('button', { name: '复制文字' }).click();
    await expectText(status(), '已复制到剪贴板');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await shot('05-summary');
    await shot('pane-summary', pane());
  });

  it('fits 320 px: nothing in the pane is wider than the pane', async () => {
    for (const view of ['目标', '模板', '汇集', '审核', '汇总', '设置']) {
      await pane().getByRole('tab', { name: view }).click();
      const overflow = await pane().evaluate((el) => el.scrollWidth - el.clientWidth);
      expect({ view, overflow }).toEqual({ view, overflow: 0 });
    }
  });

  it('switches the pane to English, which fits 320 px too', async () => {
    await pane().getByRole('button', { name: 'Switch to English' }).click();
    await expectText(pane().getByRole('heading', { level: 1 }), 'Indicator Templates');
    for (const name of ['Targets', 'Templates', 'Collect', 'Summary', 'Settings', 'Checks']) {
      await pane().getByRole('tab', { name }).click();
      const overflow = await pane().evaluate((el) => el.scrollWidth - el.clientWidth);
      expect({ name, overflow }).toEqual({ name, overflow: 0 });
    }
    await expectText(view().getByRole('heading', { level: 2 }), /^Error \(\d+\) must be fixed$/);
    await shot('pane-english', pane());
  });
});

describe('keyboard', () => {
  it('moves between views with the arrow keys and into a view with Tab, no mouse needed', async () => {
    const p = await rig.context.newPage();
    await p.goto(`${rig.url}/preview.html`);
    const box = p.locator('#pane');
    await box.getByRole('button', { name: '载入示例计划（小江镇2023）' }).waitFor();
    const focused = () =>
      p.evaluate(() => {
        const e = document.activeElement as HTMLElement;
        return `${e.getAttribute('role') ?? e.tagName.toLowerCase()}:${e.getAttribute('aria-label') ?? e.textContent}`;
      });
    await box.getByRole('button', { name: 'Switch to English' }).focus();
    await p.keyboard.press('Tab');
    expect(await focused()).toMatch(/^tab:目标/);
    await p.keyboard.press('Tab');
    expect(await focused()).toBe('button:载入示例计划（小江镇2023）');
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Enter');
    expect(await box.getByRole('tab', { selected: true }).getAttribute('id')).toBe('tab-checks');
    await p.keyboard.press('Tab');
    expect(await focused()).toMatch(/^select:/);
    expect(await p.evaluate(() => (document.activeElement as HTMLSelectElement).labels?.[0]?.textContent)).toBe('月份');
    await p.close();
  });
});

describe('the grid on the preview page', () => {
  let p: Page;
  const grid = () => p.getByTestId('workbook');
  const banner = () => grid().getByRole('alert');
  const cellText = (cell: string) => grid().locator(`td[data-address="${cell}"]`).textContent();
  const rowIn = async (code: string) =>
    Number(
      (
        await grid()
          .locator('td[data-address^="B"]', { hasText: new RegExp(`^${code}$`) })
          .getAttribute('data-address')
      )?.slice(1),
    );

  beforeAll(async () => {
    p = await rig.context.newPage();
    await p.goto(`${rig.url}/preview.html`);
    const box = p.locator('#pane');
    await box.getByRole('button', { name: '载入示例计划（小江镇2023）' }).click();
    await box.getByRole('tab', { name: '模板' }).click();
    await box.getByRole('tabpanel').getByLabel('从', { exact: true }).selectOption('1');
    await box.getByRole('tabpanel').getByLabel('到', { exact: true }).selectOption('3');
    await box.getByRole('tabpanel').getByRole('button', { name: '生成或更新模板' }).click();
    await box
      .getByRole('status')
      .getByText(/^已生成或更新 \d+ 张工作表$/)
      .waitFor({ timeout: 30_000 });
    await grid().getByRole('tab', { name: '3月', exact: true }).click();
  }, 120_000);

  afterAll(async () => {
    await p?.close();
  });

  it('takes Chinese typed into a selected cell through an input method (已完成, 约3万, １２０)', async () => {
    // The input method's events as Chromium raises them for a real one: a key it takes (Process,
    // 229), the composition shown as it grows, keys that confirm it (isComposing), then the text.
    const cdp = await p.context().newCDPSession(p);
    const key = (k: string, code: string, vk: number) =>
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: k, code, windowsVirtualKeyCode: vk });
    const compose = async (steps: string[], text: string) => {
      await key('Process', 'KeyA', 229);
      for (const t of steps)
        await cdp.send('Input.imeSetComposition', { text: t, selectionStart: t.length, selectionEnd: t.length });
      // Enter picks the candidate: it belongs to the input method, not to the cell.
      await key('Enter', 'Enter', 13);
      await cdp.send('Input.insertText', { text });
    };
    const milestone = await rowIn('NY-M2');
    const grain = await rowIn('NY-01');
    const camellia = await rowIn('NY-04');

    await grid().locator(`td[data-address="F${milestone}"]`).click();
    await compose(['y', 'yi', 'yiwan', 'yiwancheng'], '已完成');
    const editor = grid().getByLabel(`编辑 3月!F${milestone} / edit`);
    expect(await editor.inputValue()).toBe('已完成');
    expect(await p.getByLabel('编辑栏 / edit bar').inputValue()).toBe('已完成');
    await p.keyboard.press('Enter');
    expect(await cellText(`F${milestone}`)).toBe('已完成');
    // Enter committed the entry and moved down, as in Excel.
    expect(await p.getByTestId('name-box').textContent()).toBe(`3月!F${milestone + 1}`);

    // Mixed: a character composed, a digit typed straight, another composed.
    await grid().locator(`td[data-address="F${grain}"]`).click();
    await compose(['yue'], '约');
    await p.keyboard.type('3');
    await compose(['w', 'wan'], '万');
    await p.keyboard.press('Enter');
    expect(await cellText(`F${grain}`)).toBe('约3万');

    // Full-width digits, as an input method in full-width mode gives them.
    await grid().locator(`td[data-address="F${camellia}"]`).click();
    await compose(['１', '１２'], '１２０');
    await p.keyboard.press('Enter');
    expect(await cellText(`F${camellia}`)).toBe('１２０');
    expect(await banner().count()).toBe(0);
    await p.screenshot({ path: join(SCREENSHOTS, '08-input-method.png') });
    await cdp.detach();
  });

  it('shows 受保护 for a locked cell only while it is still true', async () => {
    const grain = await rowIn('NY-01');
    const refuse = async (cell: string) => {
      await grid().locator(`td[data-address="${cell}"]`).click();
      await p.keyboard.type('5');
      await p.keyboard.press('Enter');
      await expectText(
        banner(),
        `3月!${cell} 受保护，只能在白色的输入格中填写 / 3月!${cell} is protected: type only into the white input cells`,
      );
    };
    // The code column (B) is locked on the protected month sheet.
    await refuse(`B${grain}`);
    expect(await cellText(`B${grain}`)).toBe('NY-01');
    await p.screenshot({ path: join(SCREENSHOTS, '09-protected.png') });

    // Another cell selected: the banner goes, and does not come back with the first cell.
    await grid().locator(`td[data-address="F${grain}"]`).click();
    expect(await banner().count()).toBe(0);
    await grid().locator(`td[data-address="B${grain}"]`).click();
    expect(await banner().count()).toBe(0);

    // Another sheet shown and this one again: gone.
    await refuse(`C${grain}`);
    await grid().getByRole('tab', { name: '2月', exact: true }).click();
    expect(await banner().count()).toBe(0);
    await grid().getByRole('tab', { name: '3月', exact: true }).click();
    expect(await banner().count()).toBe(0);

    // A figure typed into an input cell after the refusal: gone.
    await refuse(`C${grain}`);
    await grid().locator(`td[data-address="F${grain}"]`).click();
    await p.keyboard.type('0.7');
    await p.keyboard.press('Enter');
    expect(await cellText(`F${grain}`)).toBe('0.7');
    expect(await banner().count()).toBe(0);

    // The pane's action selects another cell (a finding's): gone.
    await refuse(`C${grain}`);
    const pane = p.locator('#pane');
    await pane.getByRole('tab', { name: '审核' }).click();
    await pane.getByRole('tabpanel').getByLabel('月份').selectOption('3');
    await pane.getByRole('tabpanel').getByRole('button', { name: '运行审核' }).click();
    const finding = pane
      .getByRole('tabpanel')
      .getByRole('button', { name: /^转到 3月!F\d+：/ })
      .first();
    await finding.waitFor({ timeout: 30_000 });
    await finding.click();
    await expectText(p.getByTestId('name-box'), /^3月!F\d+$/);
    expect(await banner().count()).toBe(0);
  });
});

describe('importing targets from a report', () => {
  it('reads a .docx report, finds its targets and shows each beside its sentence', async () => {
    const p = await rig.context.newPage();
    await p.goto(`${rig.url}/preview.html`);
    const box = p.locator('#pane');
    const paragraphs = [
      '2023年是全面贯彻党的二十大精神的开局之年。',
      '二、推进农业现代化',
      '确保粮食生产面积3.2万亩以上，新造油茶林800亩。',
    ];
    const [chooser] = await Promise.all([
      p.waitForEvent('filechooser'),
      box.getByRole('button', { name: '选择文件…' }).click(),
    ]);
    await chooser.setFiles({
      name: '政府工作报告.docx',
      mimeType: DOCX_TYPE,
      buffer: Buffer.from(await docx(paragraphs)),
    });
    await box
      .getByText(/^已读取 政府工作报告\.docx（\d+ 字）$/)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(await box.getByLabel('粘贴报告文字').inputValue()).toContain('确保粮食生产面积3.2万亩以上');
    await box.getByRole('button', { name: '提取目标' }).click();
    const heading = box.getByRole('heading', { name: /^找到 \d+ 项候选目标/ });
    await heading.waitFor({ timeout: 20_000 });
    const card = box.getByRole('listitem', { name: /粮食生产面积/ });
    expect(await card.locator('mark').first().textContent()).toContain('3.2万亩');
    expect(await card.getByLabel('目标值').inputValue()).toBe('3.2');
    expect(await box.getByLabel('计划年度').inputValue()).toBe('2023');
    await box.getByLabel('单位名称（填报单位）').fill('信丰县小江镇');
    await box.getByRole('button', { name: /^用已接受的 \d+ 项生成计划$/ }).click();
    await box.getByText(/^当前计划：信丰县小江镇 2023年，\d+项指标$/).waitFor({ timeout: 20_000 });
    await p.locator('#pane').screenshot({ path: join(SCREENSHOTS, 'pane-import.png') });
    await p.close();
  });
});

describe("collecting the offices' returns (汇集)", () => {
  it('reads the returned files in the browser, reports where each figure came from, and fills the month sheet', async () => {
    const p = await rig.context.newPage();
    await p.goto(`${rig.url}/preview.html`);
    const box = p.locator('#pane');
    const shown = () => box.getByRole('tabpanel');
    const grid = p.getByTestId('workbook');
    await box.getByRole('button', { name: '载入示例计划（小江镇2023）' }).click();
    await box.getByRole('tab', { name: '模板' }).click();
    await shown().getByLabel('从', { exact: true }).selectOption('1');
    await shown().getByLabel('到', { exact: true }).selectOption('3');
    await shown().getByRole('button', { name: '生成或更新模板' }).click();
    await box
      .getByRole('status')
      .getByText(/^已生成或更新 \d+ 张工作表$/)
      .waitFor({ timeout: 20_000 });

    // The master already has GY-05 for March; the 经济发展办 returns a different figure.
    const rowIn = async (code: string) =>
      Number(
        (
          await grid.locator('td[data-address^="B"]', { hasText: new RegExp(`^${code}$`) }).getAttribute('data-address')
        )?.slice(1),
      );
    await grid.getByRole('tab', { name: '3月', exact: true }).click();
    const gy05 = await rowIn('GY-05');
    await grid.locator(`td[data-address="F${gy05}"]`).click();
    await p.getByLabel('编辑栏 / edit bar').fill('1');
    await p.getByLabel('编辑栏 / edit bar').press('Enter');

    const plan = seedPlan();
    const files = [
      await unitReturn(plan, '镇招商办'),
      await unitReturn(plan, '镇经济发展办', { 'GY-05': { 3: { month: 2 } } }),
      await unitReturn({ ...plan, year: 2024 }, '镇林业站'),
    ];
    await box.getByRole('tab', { name: '汇集' }).click();
    await shown().getByLabel('月份').selectOption('3');
    const [chooser] = await Promise.all([
      p.waitForEvent('filechooser'),
      shown().getByRole('button', { name: '选择文件…' }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(files);
    await shown().getByText('已选择 3 个文件').waitFor();
    await shown().getByRole('button', { name: '汇集到本工作簿' }).click();
    const done = box.getByRole('status').getByText(/^已填入 \d+ 个单元格，采用 2 个文件；冲突 1 项，未汇集 1 个文件$/);
    await done.waitFor({ timeout: 30_000 });

    const sources = shown().getByRole('region', { name: '来源' });
    expect(await sources.textContent()).toContain('镇招商办.xlsx（镇招商办）');
    expect(await sources.textContent()).toContain('镇经济发展办.xlsx（镇经济发展办）');
    const conflicts = shown().getByRole('region', { name: /^冲突（1，/ });
    expect(await conflicts.textContent()).toContain('与总表不同 · GY-05');
    const refused = shown().getByRole('region', { name: '未汇集的文件（1）' });
    expect(await refused.textContent()).toContain('2024年');
    const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBe(0);
    await box.screenshot({ path: join(SCREENSHOTS, 'pane-collect.png') });

    // What came from where: open the 招商办's list and go to one of its cells; the figure is there.
    await sources
      .getByText(/^填入的 \d+ 项$/)
      .first()
      .click();
    const first = sources.getByRole('button', { name: /^转到 3月!F\d+：GY-0[123] / }).first();
    const label = (await first.getAttribute('aria-label')) ?? '';
    const [, cell, value] = /^转到 3月!(F\d+)：\S+ .* 本月 (\S+)$/.exec(label) ?? [];
    await first.click();
    await p.getByTestId('name-box').getByText(`3月!${cell}`).waitFor({ timeout: 20_000 });
    expect((await grid.locator(`td[data-address="${cell}"]`).textContent())?.replace(/,/g, '')).toBe(
      value.replace(/,/g, ''),
    );
    // The conflict kept the master's figure.
    expect(await grid.locator(`td[data-address="F${gy05}"]`).textContent()).toBe('1');
    await p.screenshot({ path: join(SCREENSHOTS, '06-collect.png') });
    await p.close();
  });
});

describe('诊断 (self-test) on the preview page', () => {
  it('runs from 设置, shows each item and copies a report naming the Excel; the scratch sheet is gone', async () => {
    const p = await rig.context.newPage();
    await p.goto(`${rig.url}/preview.html`);
    const side = p.locator('#pane');
    await side.getByRole('tab', { name: '设置' }).click();
    const tabsBefore = await p.getByTestId('workbook').getByRole('tab').allTextContents();
    await side.getByRole('button', { name: '运行诊断' }).click();
    const table = side.getByRole('table', { name: '诊断' });
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('thead th').allTextContents()).toEqual(['项目', '结果', '说明']);
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe('需求集正常ExcelApi 1.20');
    expect(rows.some((r) => r.startsWith('撤销组中保护正常Excel 拒绝'))).toBe(true);
    await p.screenshot({ path: join(SCREENSHOTS, '07-self-test.png') });
    await side.getByRole('button', { name: '复制报告' }).click();
    const copied = await p.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n').slice(0, 2)).toEqual([
      '指标模板 诊断 / Indicator Templates self-test',
      'Excel FakeExcel (ExcelApi 1.20) (windows), ExcelApi 1.20',
    ]);
    expect(copied).toMatch(/受保护表上查找公式 \/ finding formulas on a protected sheet: 正常 \/ ok/);
    expect(await p.getByTestId('workbook').getByRole('tab').allTextContents()).toEqual(tabsBefore);
    await p.close();
  });
});

describe('the production bundle', () => {
  it(`keeps the pane's initial JavaScript within ${BUDGET_GZIP_KB} KB gzip, with mammoth and extraction loaded on demand`, () => {
    const size = initialSize(rig.outDir, 'taskpane.html');
    expect(size.files).toHaveLength(1);
    expect(size.files[0]).toMatch(/^taskpane\.[0-9a-f]{8}\.js$/);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_GZIP_KB * 1024);
    expect(size.files.some((f) => f.includes('mammoth') || f.includes('extract'))).toBe(false);
    // ExcelJS (for reading returned files) is loaded on the first collect only.
    expect(size.files.some((f) => f.includes('xlsx-read'))).toBe(false);
  });
});

describe('taskpane.html outside Excel', () => {
  it('starts in file mode and says the Excel add-in API script did not load when it is not there', async () => {
    const p = await rig.context.newPage();
    // No network here: Microsoft's CDN for the API script is unreachable, as on a machine without Office.
    await p.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
    await p.goto(`${rig.url}/taskpane.html`);
    await p
      .getByTestId('file-bar')
      .getByText(/未能载入 Excel 加载项接口脚本/)
      .waitFor({ timeout: 60_000 });
    await p.close();
  });
});
