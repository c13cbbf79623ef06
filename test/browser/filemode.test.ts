// File mode in a real browser: the single HTML file opened from disk (file://, no server, no network)
// runs a year's cycle on .xlsx files, in the order of the month's work: generate -> save (and one
// workbook per office); the test types figures into the saved workbooks; open the master -> collect
// two offices' returns -> merged file; check -> findings and the annotated file; summary -> file and
// text. Every saved file is compared with what the CLI makes of the
// same input, and LibreOffice recalculates each to the values it carries. Also: the deployment build
// (--env url, --env officejs=local) and the old-webview guard under IE11 and Edge Legacy user agents.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from 'playwright-core';
import { Workbook } from 'exceljs';
import { ROOT, SCREENSHOTS, startRig, type Rig } from './support';
import { SINGLE_BUDGET_GZIP_KB, SINGLE_FILE, sizeOf } from '../../bench/bundle.bench';
import { seedPlan, type Plan } from '../../src/plan';
import { readTemplate, type EnteredFigures } from '../../src/template';
import { XlsxHost, readXlsxSnapshot } from '../../src/hosts/xlsx';
import { masterEntries, refreshPlan } from '../../src/collect';
import type { CellEdit, WorkbookSnapshot } from '../../src/workbook/host';
import type { CellValue } from '../../src/workbook/spec';
import { entries } from '../collect/seedFiles';
import { recalc } from '../support/libreoffice';
import { type CliAnswer, cliIn } from '../support/cli';
import { sameValue } from '../engine/compare';
import { schemaErrors } from '../../scripts/validate';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestUrls } = require('../../scripts/build/manifest.js');

const DEPLOY_URL = 'https://zb.example.org/addin/';
const FILES = join(ROOT, 'test-output/filemode-files');
/** The two offices whose returns are collected; their rows of March are left to them. */
const OFFICES = ['镇农业农村办', '镇招商办'];

const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko',
  edgeLegacy:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
};

let rig: Rig;
let page: Page;
const requests: string[] = [];
const plan: Plan = seedPlan();
const codesOf = (unit: string) => plan.indicators.filter((i) => i.responsible === unit).map((i) => i.code);

beforeAll(async () => {
  rmSync(FILES, { recursive: true, force: true });
  mkdirSync(FILES, { recursive: true });
  rig = await startRig({ dir: 'filemode-dist', env: { url: DEPLOY_URL, officejs: 'local' } });
  page = await rig.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
}, 1_500_000);

afterAll(async () => {
  await rig?.close();
});

const status = () => page.getByRole('status');
const view = () => page.getByRole('tabpanel');
const fileBar = () => page.getByTestId('file-bar');

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function expectText(loc: Locator, want: string | RegExp, timeout = 60_000): Promise<string> {
  const t0 = Date.now();
  let last = '';
  while (Date.now() - t0 < timeout) {
    last = ((await loc.count()) ? await loc.first().textContent() : '') ?? '';
    if (typeof want === 'string' ? last.includes(want) : want.test(last)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`expected ${String(want)}, saw "${last}"`);
}

/** Clicks a save button and keeps the downloaded file under its suggested name. */
async function save(button: Locator, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(name);
  const path = join(FILES, name);
  await download.saveAs(path);
  return path;
}

/**
 * Types figures into a saved workbook's input cells as a user does in a spreadsheet. With
 * `recalculate` the spreadsheet's recalculation follows: every template formula's cached result is
 * brought up to date through the template (refreshPlan, as collect does for a merged file; it knows
 * the master's layout only, so an office's return is left with the results it had, as collect reads
 * only its input cells).
 */
async function typeFigures(
  from: string,
  to: string,
  figures: EnteredFigures,
  { recalculate }: { recalculate: boolean },
): Promise<string> {
  const host = await XlsxHost.fromBytes(readFileSync(from));
  const read = readTemplate(await host.read());
  if (!read.ok) throw new Error(read.message.zh);
  const edits: CellEdit[] = [];
  for (const [code, byMonth] of Object.entries(figures))
    for (const [m, e] of Object.entries(byMonth)) {
      const sheet = read.figures.months.find((s) => s.month === Number(m));
      const row = sheet?.rows.find((r) => r.code === code);
      if (!sheet || !row) throw new Error(`no row ${code} on month ${m} of ${from}`);
      if (e.month !== undefined) edits.push({ sheet: sheet.sheet, cell: row.month.address, value: e.month });
      if (e.note !== undefined) edits.push({ sheet: sheet.sheet, cell: row.note.address, value: e.note });
    }
  await host.writeCells(edits);
  if (!recalculate) {
    writeFileSync(to, await host.toBytes());
    return to;
  }
  const typed = readTemplate(await host.read());
  if (!typed.ok) throw new Error(typed.message.zh);
  const refresh = refreshPlan(typed.figures, masterEntries(typed.figures), await host.read());
  if (!refresh.ok) throw new Error(refresh.message.zh);
  for (const c of refresh.results) {
    const cell = host.workbook.getWorksheet(c.sheet)!.getCell(c.cell);
    const v = cell.value as unknown as Record<string, unknown>;
    cell.value = { ...v, result: c.value === null ? undefined : c.value } as never;
  }
  writeFileSync(to, await host.toBytes());
  return to;
}

/** Runs the CLI (in-process) in the saved files' folder; a run that prints nothing fails with what it said. */
async function cli(...args: string[]): Promise<CliAnswer> {
  const r = await cliIn(FILES, args);
  if (!r.stdout) throw new Error(`cli ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r;
}

async function figuresOf(file: string) {
  const read = readTemplate(await readXlsxSnapshot(readFileSync(file)));
  if (!read.ok) throw new Error(`${file}: ${read.message.zh}`);
  return read.figures;
}

function sheetValues(snapshot: WorkbookSnapshot, name: string): CellValue[][] {
  const s = snapshot.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.values;
}

/** Formula cells whose carried value differs from LibreOffice's recalculation of the same file. */
async function recalcMismatches(files: string[]): Promise<string[]> {
  const out = join(FILES, 'recalculated');
  const again = await recalc(files, { outDir: out });
  const bad: string[] = [];
  let compared = 0;
  for (let i = 0; i < files.length; i++) {
    const before = await readXlsxSnapshot(readFileSync(files[i]));
    const after = await readXlsxSnapshot(readFileSync(again[i]));
    for (const s of before.sheets) {
      const t = after.sheets.find((x) => x.name === s.name);
      s.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (!f) return;
          compared++;
          const carried = s.values[r][c];
          const lo = t?.values[r]?.[c] ?? null;
          if (!sameValue(carried, lo)) bad.push(`${files[i]} '${s.name}'!R${r + 1}C${c + 1} ${f}: ${carried} vs ${lo}`);
        }),
      );
    }
  }
  expect(compared).toBeGreaterThan(1000);
  return bad;
}

/** Every cell note of a workbook, by "sheet!cell". */
async function notesOf(file: string): Promise<Map<string, string>> {
  const wb = new Workbook();
  await wb.xlsx.load(readFileSync(file) as never);
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const n = cell.note as unknown;
        const text =
          typeof n === 'string'
            ? n
            : ((n as { texts?: Array<{ text: string }> })?.texts ?? []).map((t) => t.text).join('');
        if (text) out.set(`${ws.name}!${cell.address}`, text);
      }),
    ),
  );
  return out;
}

const saved: Record<string, string> = {};
/** The row given a mistake in March: an approximate figure typed as text, on no returning office's row. */
const bad = plan.indicators.find((i) => i.kind === 'cumulative' && !OFFICES.includes(i.responsible ?? ''))!.code;

describe('the single HTML file, opened from disk', () => {
  it('is one file under 1.5 MB gzip with the Chinese title inside, and opens in file mode', async () => {
    const file = join(rig.outDir, SINGLE_FILE);
    expect(sizeOf(file).gzip).toBeLessThan(SINGLE_BUDGET_GZIP_KB * 1024);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/<title>指标模板/);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link[^>]*\bhref=/);
    await page.goto(pathToFileURL(file).href);
    await expectText(page.getByRole('heading', { level: 1 }), '指标模板');
    await expectText(fileBar(), '文件模式');
    await expectText(fileBar(), '数据不离开这台电脑');
  });

  it('generates the year from the sample plan and saves it', async () => {
    await page.getByRole('button', { name: '载入示例计划（小江镇2023）' }).click();
    await expectText(status(), '已载入 48 项指标');
    await page.getByRole('tab', { name: '模板' }).click();
    await view().getByLabel('从', { exact: true }).selectOption('1');
    await view().getByLabel('到', { exact: true }).selectOption('3');
    await view().getByRole('button', { name: '生成或更新模板' }).click();
    await expectText(status(), /^已生成或更新 \d+ 张工作表$/);
    await shot('filemode-01-generated');
    saved.generated = await save(
      fileBar().getByRole('button', { name: '保存 信丰县小江镇2023年指标模板.xlsx' }),
      '信丰县小江镇2023年指标模板.xlsx',
    );
    const figures = await figuresOf(saved.generated);
    expect(figures.months.map((m) => m.sheet)).toEqual(['1月', '2月', '3月']);
    expect(figures.meta.unitFilter).toBeNull();
    expect(figures.plan.indicators).toHaveLength(48);
    await expectText(fileBar(), '当前工作簿：信丰县小江镇2023年指标模板.xlsx');
  });

  it('makes one workbook per office, each as the CLI cuts it', async () => {
    await view().getByRole('button', { name: '生成各责任单位分发表（每个单位一个文件）' }).click();
    await expectText(status(), /^已生成 \d+ 个责任单位的工作簿/);
    for (const unit of OFFICES) {
      const name = `信丰县小江镇2023年指标模板-${unit}.xlsx`;
      saved[unit] = await save(view().getByRole('button', { name: `保存 ${name}` }), name);
      const mine = await figuresOf(saved[unit]);
      expect(mine.meta.unitFilter).toBe(unit);
      const viaCli = await cli('generate', '--months', '1-3', '--unit', unit, '--out', `cli-${unit}.xlsx`);
      expect(viaCli.status).toBe(0);
      const theirs = await figuresOf(join(FILES, `cli-${unit}.xlsx`));
      expect(mine.months.map((m) => m.rows.map((r) => r.code))).toEqual(
        theirs.months.map((m) => m.rows.map((r) => r.code)),
      );
      expect(mine.meta).toEqual(theirs.meta);
    }
    await shot('filemode-02-office-workbooks');
  });

  it("opens the workbook with typed figures and collects two offices' returns into March, as the CLI merges them", async () => {
    // The master's figures: January to March, except the two offices' March (their returns bring
    // it), with one mistake in March: an approximate figure typed as text on a row of another office.
    const returning = new Set(OFFICES.flatMap(codesOf));
    const own = plan.indicators.map((i) => i.code);
    const figures = entries(plan, own, 3, { [bad]: { 3: { month: '约12' } } });
    for (const code of returning) delete figures[code][3];
    saved.typed = await typeFigures(saved.generated, join(FILES, '小江镇2023.xlsx'), figures, { recalculate: true });

    await page.locator('input[type=file][aria-label="选择本年度的 .xlsx 工作簿"]').setInputFiles(saved.typed);
    await expectText(fileBar(), '当前工作簿：小江镇2023.xlsx');
    const returns: string[] = [];
    for (const unit of OFFICES) {
      const name = `${unit}-3月报.xlsx`;
      returns.push(
        await typeFigures(saved[unit], join(FILES, name), entries(plan, codesOf(unit), 3), { recalculate: false }),
      );
    }
    await page.getByRole('tab', { name: '汇集' }).click();
    await view().locator('input[type=file]').setInputFiles(returns);
    await view().getByRole('button', { name: '汇集到本工作簿' }).click();
    await expectText(status(), /^已填入 \d+ 个单元格，采用 2 个文件；冲突 0 项，未汇集 0 个文件$/);
    await shot('filemode-05-collected');
    saved.merged = await save(
      fileBar().getByRole('button', { name: '保存 小江镇2023-汇集3月.xlsx' }),
      '小江镇2023-汇集3月.xlsx',
    );
    const viaCli = await cli(
      'collect',
      '小江镇2023.xlsx',
      ...returns,
      '--month',
      '3',
      '--out',
      'cli-merged.xlsx',
      '--json',
    );
    expect(viaCli.stderr).toBe('');
    const mine = masterEntries(await figuresOf(saved.merged));
    const theirs = masterEntries(await figuresOf(join(FILES, 'cli-merged.xlsx')));
    expect(mine).toEqual(theirs);
    // Every row of the two offices now has its March figure.
    for (const code of OFFICES.flatMap(codesOf)) expect(mine[code][3].month).not.toBeNull();
  });

  it('checks March of the merged workbook and lists the findings by cell as the CLI does', async () => {
    await page.getByRole('tab', { name: '审核' }).click();
    expect(await view().getByRole('combobox').inputValue()).toBe('3');
    await view().getByRole('button', { name: '运行审核' }).click();
    await expectText(status(), /^发现 \d+ 条审核结果/);
    await shot('filemode-03-checked');

    const viaCli = await cli('check', 'cli-merged.xlsx', '--month', '3', '--json', '--annotate', 'cli-annotated.xlsx');
    const report = JSON.parse(viaCli.stdout) as {
      findings: Array<{
        sheet: string;
        cell: string | null;
        code: string | null;
        tier: string;
        message: { zh: string; en: string };
      }>;
    };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.filter((f) => f.code === bad).map((f) => [f.sheet, f.tier])).toEqual([['3月', 'error']]);
    const shown = await view()
      .locator('li button')
      .evaluateAll((els) => els.map((e) => (e.querySelector('span')?.textContent ?? '').split(' · ')[0]));
    const expected = report.findings.map((f) => (f.cell ? `${f.sheet}!${f.cell}` : f.sheet));
    expect([...shown].sort()).toEqual([...expected].sort());

    // No grid in file mode: a finding's click makes its cell the saved workbook's active cell, and says so.
    const first = report.findings.find((f) => f.code === bad)!;
    await view()
      .getByRole('button', { name: new RegExp(`^转到 ${first.sheet}!${first.cell}：`) })
      .first()
      .click();
    await expectText(
      status(),
      `已把 ${first.sheet}!${first.cell} 设为活动单元格：保存工作簿后用 Excel 或 WPS 打开，即停在此处，可在那里修改`,
    );

    saved.checked = await save(
      fileBar().getByRole('button', { name: '保存 小江镇2023-审核3月.xlsx' }),
      '小江镇2023-审核3月.xlsx',
    );
    // The annotated file: the same 审核结果 sheet as the CLI's annotated copy, and each finding's
    // cell marked with the same note.
    const mine = await readXlsxSnapshot(readFileSync(saved.checked));
    const theirs = await readXlsxSnapshot(readFileSync(join(FILES, 'cli-annotated.xlsx')));
    expect(sheetValues(mine, '审核结果')).toEqual(sheetValues(theirs, '审核结果'));
    const opened = new Workbook();
    await opened.xlsx.load(readFileSync(saved.checked) as never);
    const active = opened.worksheets[opened.views?.[0]?.activeTab ?? 0];
    expect([active.name, active.views[0]?.activeCell]).toEqual([first.sheet, first.cell]);
    const notes = await notesOf(saved.checked);
    const cliNotes = await notesOf(join(FILES, 'cli-annotated.xlsx'));
    for (const f of report.findings.filter((x) => x.cell)) {
      const at = `${f.sheet}!${f.cell}`;
      expect({ at, note: notes.get(at) }).toEqual({ at, note: cliNotes.get(at) });
      expect(notes.get(at)).toMatch(/^【(强制性|核实性|提示性)】/);
    }
  });

  it('fills 汇总 for March: the same sheet and text as the CLI', async () => {
    await page.getByRole('tab', { name: '汇总' }).click();
    await view().getByRole('button', { name: '填写“汇总”工作表' }).click();
    await expectText(status(), '已填写3月的“汇总”工作表');
    const narrative = await view().getByRole('textbox').inputValue();
    await shot('filemode-04-summary');
    saved.summary = await save(
      fileBar().getByRole('button', { name: '保存 小江镇2023-汇总3月.xlsx' }),
      '小江镇2023-汇总3月.xlsx',
    );
    const viaCli = await cli('summarize', 'cli-merged.xlsx', '--month', '3', '--out', 'cli-summary.xlsx', '--json');
    const json = JSON.parse(viaCli.stdout) as { text: { zh: string[] } };
    expect(narrative).toBe(json.text.zh.join('\n'));
    expect(narrative).toMatch(/截至3月底/);
    const mine = await readXlsxSnapshot(readFileSync(saved.summary));
    const theirs = await readXlsxSnapshot(readFileSync(join(FILES, 'cli-summary.xlsx')));
    expect(sheetValues(mine, '汇总')).toEqual(sheetValues(theirs, '汇总'));
  });

  it('never reached the network: every request was to the file itself, a blob or data', () => {
    expect(requests.filter((u) => !/^(file|blob|data):/.test(u))).toEqual([]);
  });

  it('saved files LibreOffice recalculates to the values they carry', async () => {
    const files = [saved.generated, saved[OFFICES[0]], saved.merged, saved.checked, saved.summary];
    expect(await recalcMismatches(files)).toEqual([]);
  }, 300_000);
});

describe('the deployment build (--env url, --env officejs=local)', () => {
  it('writes a schema-valid manifest whose every URL is on the server', async () => {
    const xml = readFileSync(join(rig.outDir, 'manifest.xml'), 'utf8');
    expect(await schemaErrors(xml)).toEqual([]);
    expect(xml).not.toMatch(/localhost/);
    expect((manifestUrls(xml) as string[]).filter((u) => !u.startsWith('https://zb.example.org'))).toEqual([]);
    for (const f of ['taskpane.html', 'help.html', 'assets/icon-32.png', SINGLE_FILE])
      expect({ f, exists: existsSync(join(rig.outDir, f)) }).toEqual({ f, exists: true });
  });

  it('serves Office.js itself: taskpane.html loads office-js/office.js, and Excel’s files are there', () => {
    const html = readFileSync(join(rig.outDir, 'taskpane.html'), 'utf8');
    expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
    expect(html).not.toMatch(/appsforoffice\.microsoft\.com/);
    expect(existsSync(join(rig.outDir, 'office-js/office.js'))).toBe(true);
    expect(existsSync(join(rig.outDir, 'office-js/excel-win32-16.01.js'))).toBe(true);
    expect(existsSync(join(rig.outDir, 'office-js/zh-cn/office_strings.js'))).toBe(true);
  });

  it('taskpane.html outside Excel starts in file mode', async () => {
    const p = await rig.context.newPage();
    await p.goto(`${rig.url}/taskpane.html`);
    await expectText(p.getByTestId('file-bar'), '未在 Excel 中运行');
    await p.close();
  });
});

describe('older Office webviews', () => {
  for (const [engine, ua] of [
    ['Trident', UA.ie11],
    ['EdgeHTML', UA.edgeLegacy],
  ] as const) {
    it(`${engine}: taskpane.html says what to do in Chinese and English and loads no bundle`, async () => {
      const p = await rig.context.newPage();
      const cdp = await rig.context.newCDPSession(p);
      await cdp.send('Emulation.setUserAgentOverride', { userAgent: ua });
      const loaded: string[] = [];
      p.on('request', (r) => loaded.push(r.url()));
      await p.goto(`${rig.url}/taskpane.html`);
      const root = p.locator(`#root[data-old-webview="${engine}"]`);
      await root.waitFor();
      const text = (await root.textContent()) ?? '';
      expect(text).toContain('任务窗格无法在其中运行');
      expect(text).toContain('Office 2021、Office 2024 或 Microsoft 365');
      expect(text).toContain('where the Indicator Templates pane cannot run');
      expect(text).toContain(`${rig.url}/${SINGLE_FILE}`);
      expect(loaded.filter((u) => /taskpane\.[0-9a-f]+\.js$/.test(u))).toEqual([]);
      await p.screenshot({ path: join(SCREENSHOTS, `old-webview-${engine}.png`) });
      await p.close();
    });
  }
});
