// Every action on the same workbook through both hosts: the pane's (ExcelHost, here on the fake Excel)
// and the command line's (XlsxHost on a file). Whatever the action returns (findings, summary rows and
// text, the collect report) and whatever it leaves in the cells must be the same, field by field, on
// the workbook as generated, after a user inserted a column, and after a user renamed and moved sheets.
import { check, clearMarks, collect, generate, summarize } from '../../src/actions';
import type { ExcelHost } from '../../src/hosts/excel';
import type { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { fillOf, noteOf } from '../../src/hosts/excel/fake/inspect';
import { XlsxHost } from '../../src/hosts/xlsx';
import { seedPlan, type Plan } from '../../src/plan';
import { buildWorkbookSpec } from '../../src/template';
import type { ReturnInput } from '../../src/collect';
import type { Host, WorkbookSnapshot } from '../../src/workbook/host';
import { entries } from '../collect/seedFiles';
import { readTemplate } from '../../src/template';
import { specSnapshot } from '../support/specSnapshot';
import { inExcel, insertColumn, inXlsx, moveSheet, renameSheet, sheetNamed } from './sameWorkbook';

const plan = seedPlan();
const MONTHS = [1, 2, 3];
const codes = plan.indicators.map((i) => i.code);
const cumulative = plan.indicators.filter((i) => i.kind === 'cumulative').map((i) => i.code);

/** The master as the offices left it: every row through February, March partly, some figures a check finds. */
function filledMaster(): WorkbookSnapshot {
  const march = codes.filter((_, i) => i % 3 !== 0);
  const figures = entries(plan, codes, 2, {
    [cumulative[0]]: { 2: { month: '约3万' } },
    [cumulative[1]]: { 2: { month: 5000, note: '含新投产企业' } },
  });
  for (const [code, m] of Object.entries(entries(plan, march, 3))) figures[code] = { ...figures[code], 3: m[3] };
  const built = buildWorkbookSpec(plan, { months: MONTHS, figures });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('; '));
  return specSnapshot(built.spec);
}

/** The offices' returns for March, read as both the pane and the command line read them. */
function returns(): ReturnInput[] {
  const units = [...new Set(plan.indicators.map((i) => i.responsible))].slice(0, 2);
  return units.map((unit) => {
    const mine = plan.indicators.filter((i) => i.responsible === unit).map((i) => i.code);
    const figures = entries(plan, mine, 3, { [mine[0]]: { 3: { month: 7, note: `${unit}核实` } } });
    const built = buildWorkbookSpec(plan, { months: MONTHS, unit, figures });
    if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('; '));
    const read = readTemplate(specSnapshot(built.spec));
    if (!read.ok) throw new Error(read.message.zh);
    return { file: `${unit}.xlsx`, figures: read.figures };
  });
}

// The last field: whether the file's cached formula results can be recomputed through the template
// after a collect (not once the user changed a month sheet's columns: the file recalculates on open).
const WORKBOOKS: Array<[string, () => WorkbookSnapshot, boolean]> = [
  ['as generated and filled', filledMaster, true],
  [
    'with a column the user inserted before 备注 on every month sheet',
    () => {
      const book = filledMaster();
      for (const m of MONTHS) insertColumn(book, `${m}月`, 13, { row: 3, text: '核实人' });
      return book;
    },
    false,
  ],
  [
    'with month sheets renamed and moved',
    () => {
      const book = filledMaster();
      renameSheet(book, '2月', '二月份');
      moveSheet(book, '3月', 0);
      moveSheet(book, '指标库', 3);
      return book;
    },
    false,
  ],
];

interface Pair {
  fake: FakeExcel;
  excel: ExcelHost;
  xlsx: XlsxHost;
}

async function open(book: () => WorkbookSnapshot): Promise<Pair> {
  const { fake, host } = inExcel(book());
  return { fake, excel: host, xlsx: await inXlsx(book()) };
}

/**
 * What the cells hold: each sheet's constants and formula texts, with its visibility, in tab order
 * (very hidden sheets, which no user sees or moves, after the others by name). Formula results are left
 * out: Excel calculates them itself, a file keeps the last ones.
 */
async function cells(host: Host): Promise<unknown> {
  const snap = await host.read();
  const shown = snap.sheets.filter((s) => s.visibility !== 'veryHidden');
  const veryHidden = snap.sheets
    .filter((s) => s.visibility === 'veryHidden')
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return [...shown, ...veryHidden].map((s) => ({
    name: s.name,
    visibility: s.visibility,
    cells: s.values.flatMap((row, r) =>
      row.flatMap((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        const shown = f ?? v;
        return shown === null || shown === ''
          ? []
          : [`${String.fromCharCode(65 + c)}${r + 1}=${JSON.stringify(shown)}`];
      }),
    ),
  }));
}

/** The tabs a user sees, in order: Excel's (the fake's state) and the file's. */
function tabs({ fake, xlsx }: Pair): [string[], string[]] {
  return [
    fake.state.sheets.filter((s) => !s.deleted && s.visibility !== 'VeryHidden').map((s) => s.name),
    xlsx.workbook.worksheets.filter((w) => w.state !== 'veryHidden').map((w) => w.name),
  ];
}

/** Each named field the same through both hosts (a failure names the field). */
function sameFields<T extends object>(a: T, b: T, keys: Array<keyof T>): void {
  for (const k of keys) expect([k, a[k]]).toEqual([k, b[k]]);
}

/** The same cells and the same tabs in Excel and in the file. */
async function sameWorkbook(pair: Pair): Promise<void> {
  expect(await cells(pair.excel)).toEqual(await cells(pair.xlsx));
  const [excelTabs, fileTabs] = tabs(pair);
  expect(excelTabs).toEqual(fileTabs);
}

function xlsxMark(host: XlsxHost, sheet: string, cell: string): { fill: string | null; note: string | null } {
  const c = host.workbook.getWorksheet(sheet)!.getCell(cell);
  const fill = c.style.fill;
  const argb = fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
  const note = c.note as unknown;
  const text =
    typeof note === 'string'
      ? note
      : ((note as { texts?: Array<{ text: string }> } | undefined)?.texts?.map((t) => t.text).join('') ?? null);
  return { fill: argb ? `#${argb.slice(-6).toUpperCase()}` : null, note: text || null };
}

function excelMark(fake: FakeExcel, sheet: string, cell: string): { fill: string | null; note: string | null } {
  return { fill: fillOf(fake, sheet, cell)?.toUpperCase() ?? null, note: noteOf(fake, sheet, cell) };
}

describe.each(WORKBOOKS)('the same workbook %s, through ExcelHost and XlsxHost', (_, book, refreshed) => {
  test('check: the same findings, counts and marks; the same 审核结果 sheet and marked cells', async () => {
    const pair = await open(book);
    const { fake, excel, xlsx } = pair;
    const a = await check(excel, { month: 3 });
    const b = await check(xlsx, { month: 3 });
    expect(a.findings.length).toBeGreaterThan(0);
    sameFields(a, b, ['findings', 'counts', 'marks', 'month', 'unitName', 'report']);
    await sameWorkbook(pair);
    for (const m of a.marks)
      expect([m.sheet, m.cell, excelMark(fake, m.sheet, m.cell)]).toEqual([
        m.sheet,
        m.cell,
        xlsxMark(xlsx, m.sheet, m.cell),
      ]);

    // 清除标注: the same cells again, every mark gone from both.
    await clearMarks(excel);
    await clearMarks(xlsx);
    await sameWorkbook(pair);
    for (const m of a.marks) {
      expect(excelMark(fake, m.sheet, m.cell)).toEqual({ fill: null, note: null });
      expect(xlsxMark(xlsx, m.sheet, m.cell)).toEqual({ fill: null, note: null });
    }
  });

  test('summarize: the same summary rows and report text, the same 汇总 sheet', async () => {
    const pair = await open(book);
    const { excel, xlsx } = pair;
    const a = await summarize(excel, { month: 3 });
    const b = await summarize(xlsx, { month: 3 });
    sameFields(a.summary, b.summary, ['indicators', 'sections', 'units', 'counts', 'lagging', 'milestones', 'text']);
    expect(a.summary).toEqual(b.summary);
    sameFields(a, b, ['month', 'findings', 'sheet', 'report']);
    await sameWorkbook(pair);
  });

  test('collect: the same report (writes, conflicts, sources, findings) and the same cells', async () => {
    const pair = await open(book);
    const { excel, xlsx } = pair;
    const a = await collect(excel, { month: 3, returns: returns() });
    const b = await collect(xlsx, { month: 3, returns: returns() });
    expect(a.writes.length).toBeGreaterThan(0);
    sameFields(a, b, [
      'writes',
      'conflicts',
      'refused',
      'sources',
      'problems',
      'provenance',
      'merged',
      'findings',
      'month',
      'months',
      'sheet',
      'complete',
      'unitName',
    ]);
    // Excel calculates by itself; only the file's cached results are refreshed.
    expect(a.refresh).toBeNull();
    expect(b.refresh?.refreshed).toBe(refreshed);
    await sameWorkbook(pair);
  });

  test('generate again with a changed plan: the same report, notices and changes, the same cells', async () => {
    const pair = await open(book);
    const { excel, xlsx } = pair;
    const edited: Plan = { ...plan, indicators: plan.indicators.filter((i) => i.code !== cumulative[2]) };
    const a = await generate(excel, { plan: edited, months: [1, 2, 3, 4] });
    const b = await generate(xlsx, { plan: edited, months: [1, 2, 3, 4] });
    sameFields(a, b, ['report', 'preserved', 'notices', 'changes', 'questions', 'plan']);
    await sameWorkbook(pair);
  });
});

test('generate on a new workbook: the same report and the same cells through both hosts', async () => {
  const { host: excel } = inExcel({ sheets: [{ name: 'Sheet1', visibility: 'visible', values: [], formulas: [] }] });
  const xlsx = XlsxHost.empty();
  const a = await generate(excel, { plan, months: MONTHS });
  const b = await generate(xlsx, { plan, months: MONTHS });
  expect(a.report.created).toEqual(['指标库', '1月', '2月', '3月', '_meta']);
  sameFields(a, b, ['report', 'preserved', 'notices', 'changes', 'questions', 'plan']);
  const [ce, cx] = [(await cells(excel)) as Array<{ name: string }>, (await cells(xlsx)) as Array<{ name: string }>];
  // The new workbook's own blank sheet stays in Excel; an empty file has none.
  expect(ce.filter((s) => s.name !== 'Sheet1')).toEqual(cx);
  expect(sheetNamed(await excel.read({ sheets: ['3月'] }), '3月').values[2]).toEqual(
    sheetNamed(await xlsx.read({ sheets: ['3月'] }), '3月').values[2],
  );
});

test('after a column inserted before 备注, 汇总 counts by 板块 where it now is (column O), in both hosts', async () => {
  const book = filledMaster();
  for (const m of MONTHS) insertColumn(book, `${m}月`, 13, { row: 3, text: '核实人' });
  const { host } = inExcel(book);
  for (const h of [host, await inXlsx(book)]) {
    const { sheet } = await summarize(h, { month: 3 });
    const refs = new Set(
      sheet.ranges.flatMap((r) => r.rows.flat()).flatMap((c) => c?.f?.match(/'3月'!\$[A-Z]+:\$[A-Z]+/g) ?? []),
    );
    expect(refs).toContain("'3月'!$O:$O");
    expect(refs).not.toContain("'3月'!$N:$N");
  }
});
