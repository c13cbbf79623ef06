// A statistician's year: a plan holding every kind of target, twelve months of figures with planted
// mistakes, late reports and blank months, and the status of each row at 3月, 6月, 9月 and 12月
// written down below. The same table is asserted through the command line's summarize (in process:
// the action on the xlsx host, printed by summaryJson as --json does), through the pane's action on
// the Excel fake, and by LibreOffice recalculating the month sheets' 状态 column and the 汇总 counts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryJson } from '../../src/cli/commands/summarize';
import { summarize } from '../../src/actions';
import type { Host } from '../../src/workbook/host';
import { readXlsxSnapshot, writeSpecToXlsx, XlsxHost } from '../../src/hosts/xlsx';
import { runChecks } from '../../src/check';
import { buildWorkbookSpec, readTemplate, type EnteredFigures } from '../../src/template';
import { COL } from '../../src/workbook/layout';
import { addr, parseAddr } from '../../src/workbook/a1';
import type { CellValue, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import type { Plan } from '../../src/plan';
import { recalc } from '../support/libreoffice';
import { ind, planOf } from '../support/plans';
import { setup } from '../hosts/excel/helpers';

jest.setTimeout(300_000);

/** 1-2月 reported together: the first figure is due in February. */
const FROM_FEB = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

function yearPlan(): Plan {
  const econ = { section: '1', responsible: '经发办' };
  const farm = { section: '2', responsible: '农业办' };
  const works = { section: '3', responsible: '建设办', unit: '' };
  return planOf(
    [
      // Growth rate, first reported for 1-2月 together.
      ind({
        code: 'RATE',
        kind: 'rate',
        name: '规上企业营收增长',
        unit: '%',
        value: 20,
        reportMonths: FROM_FEB,
        ...econ,
      }),
      // Rate decrease: the decrease is typed as a positive number.
      ind({ code: 'DOWN', kind: 'rate', name: '单位GDP能耗', unit: '%', value: 3, direction: 'decrease', ...econ }),
      ind({
        code: 'ATMOST',
        kind: 'cumulative',
        name: '生产安全事故死亡人数',
        unit: '人',
        value: 1,
        comparator: '<=',
        ...econ,
      }),
      ind({
        code: 'BETWEEN',
        kind: 'cumulative',
        name: '引进优质工业项目',
        unit: '个',
        value: 2,
        max: 3,
        comparator: 'between',
        ...econ,
      }),
      ind({ code: 'REC', kind: 'milestone', name: '每月外出招大引强', recurring: true, ...econ, unit: '' }),
      ind({ code: 'CUM', kind: 'cumulative', name: '粮食生产面积', unit: '万亩', value: 3.2, ...farm }),
      // A level built up from 40亩 standing at the start of the year (上年基数): judged on the increase.
      ind({ code: 'LVL', kind: 'level', name: '设施大棚面积', unit: '亩', value: 800, baseline: 40, ...farm }),
      ind({ code: 'HOLD', kind: 'level', name: '森林覆盖率', unit: '%', value: 68, hold: true, ...farm }),
      ind({
        code: 'APPROX',
        kind: 'rate',
        name: '农业增加值增长',
        unit: '%',
        value: 7.5,
        comparator: 'approx',
        tolerance: 0.05,
        ...farm,
      }),
      ind({
        code: 'QTR',
        kind: 'rate',
        name: '农村居民人均可支配收入增长',
        unit: '%',
        value: 8.5,
        reportMonths: [3, 6, 9, 12],
        ...farm,
      }),
      ind({ code: 'CUM2', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800, ...farm }),
      ind({ code: 'SCALE', kind: 'cumulative', name: '高标准农田建设', unit: '万亩', value: 0.4, ...farm }),
      ind({ code: 'MS-M', kind: 'milestone', name: '矿山生态修复通过国家验收', deadlineMonth: 6, ...works }),
      ind({ code: 'MS-Y', kind: 'milestone', name: '新建公办幼儿园', ...works }),
      // A flow whose 4月 figure was typed as text: the sheet's 累计 cannot count it.
      ind({ code: 'TXT', kind: 'cumulative', name: '农村道路硬化', ...works, unit: '公里', value: 12 }),
      // A level built up from a start the plan does not give: no 序时, 推进中 until reached.
      ind({ code: 'LVL0', kind: 'level', name: '设施蔬菜基地面积', unit: '亩', value: 600, ...farm }),
      // A flow due in October: 序时 is m/10, and October speaks of the year.
      ind({ code: 'DL', kind: 'cumulative', name: '农村危房改造', value: 60, deadlineMonth: 10, ...works, unit: '户' }),
      // A quarterly recurring task: due in 3、6、9、12月 only, the year counts four.
      ind({
        code: 'QREC',
        kind: 'milestone',
        name: '每季度开展一次消防安全检查',
        recurring: true,
        reportMonths: [3, 6, 9, 12],
        ...works,
      }),
    ],
    {
      unitName: '测试县样板镇',
      sections: [
        { id: '1', title: '经济发展' },
        { id: '2', title: '农业农村' },
        { id: '3', title: '重点工程' },
      ],
    },
  );
}

type Row = Array<CellValue>;
const _ = null;
// prettier-ignore
const FIGURES: Record<string, Row> = {
  //           1月    2月    3月    4月    5月    6月    7月    8月    9月    10月   11月   12月
  RATE:    [   _,     15,    18,    21,    22,    19,    20,    21,    22,    23,    21,    20.5 ],
  DOWN:    [   1,     1.5,   2,     2.5,   3,     -3.2,  3.1,   3.2,   3.3,   3,     2.9,   2.8  ], // 6月: the sign misread
  ATMOST:  [   0,     0,     0,     0,     1,     0,     0,     1,     0,     0,     0,     0    ],
  BETWEEN: [   0,     0,     1,     0,     0,     0,     0,     0,     1,     0,     0,     0    ],
  REC:     [ '已完成','已完成','已完成','已完成','已完成','已完成','已完成','已完成', _, '已完成','已完成','已完成' ],
  CUM:     [   0.2,   0.3,   0.5,   0.3,   0.3,   _,     0.4,   0.3,   0.2,   0.2,   0.1,   0.1  ], // 6月 not reported
  LVL:     [   100,   _,     250,   300,   _,     420,   500,   560,   _,     700,   780,   810  ], // a level carries
  HOLD:    [   67.8,  67.8,  67.9,  68,    68,    68.1,  68.1,  68.2,  67.6,  68.3,  68.3,  68.4 ],
  APPROX:  [   5,     6,     7,     7.1,   7.2,   7.4,   7.5,   7.9,   8.2,   7.8,   7.7,   7.6  ],
  QTR:     [   _,     _,     8,     _,     _,     _,     8.7,   _,     8.6,   _,     _,     8.4  ], // Q2 came late, in 7月
  CUM2:    [   50,    60,    100,   80,    70,    60,    50,    _,     60,    50,    40,    30   ], // 8月 blank; 2月 累计 typed over
  SCALE:   [   0.02,  0.03,  0.05,  0.04,  0.03,  0.03,  1300,  0.03,  0.03,  0.03,  0.03,  0.03 ], // 7月 in 亩 on a 万亩 row
  'MS-M':  [   _,     _,     _,     _,     '推进中', _,   _,     '已完成', _,   _,     _,     _    ],
  'MS-Y':  [   _,     _,     _,     _,     _,     _,     _,     _,     _,     _,     _,     _    ], // never filled
  TXT:     [   2,     1,     1,     '约1', 1,     1,     1,     1,     1,     1,     1,     1    ], // 4月 typed as text
  LVL0:    [   420,   430,   440,   450,   460,   470,   480,   500,   520,   540,   560,   580  ], // 420 stood before the year
  DL:      [   0,     0,     20,    0,     0,     15,    0,     0,     15,    4,     0,     0    ], // due by 10月
  QREC:    [   _,     _,  '已完成', _,     _,  '推进中', _,     _,  '已完成', _,     _,  '已完成' ], // Q2 not done
};

/** 2月's 累计 of CUM2 typed over with 200 (the formula gives 110): later months build on it. */
const TYPED_OVER = { code: 'CUM2', month: 2, value: 200 };

// The expected status of each row, as counted (汇总, CLI --json rows, pane). "待核实←X": the checks
// hold the figure (an open 强制性 or 核实性 finding that changes this month's figure), so it counts
// as 待核实, while the month sheet's own 状态 formula shows X.
// prettier-ignore
const EXPECTED: Array<[string, string, string, string, string]> = [
  // code       3月               6月               9月               12月
  ['RATE',    '未达标',          '未达标',          '达标',            '已完成'],
  ['DOWN',    '未达标',          '待核实←未达标',    '达标',            '未完成'],
  ['ATMOST',  '达标',            '达标',            '超标',            '未完成'],
  ['BETWEEN', '超进度',          '达进度',          '已完成',          '已完成'],
  // 9月 left blank: a recurring task's blank month is not reported (未填报), never 逾期/本月未完成; at
  // year end the year decides: 9月 was missed, so 12月's own 已完成 does not make the year 已完成.
  ['REC',     '已完成',          '已完成',          '未填报',          '未完成'],
  // 6月 left blank: a flow adds nothing that month, so its 累计 so far is judged (50% against 50%).
  ['CUM',     '超进度',          '达进度',          '达进度',          '未完成'],
  // From 40亩: 210 of the 760 planned by 3月 (27.6% vs 25%), 380 by 6月 (50%), 520 by 9月 (68.4% vs 75%).
  ['LVL',     '达进度',          '达进度',          '欠进度',          '已完成'],
  ['HOLD',    '未达标',          '达标',            '未达标',          '已完成'],
  ['APPROX',  '未达标',          '达标',            '达标',            '已完成'],
  ['QTR',     '未达标',          '未填报',          '达标',            '未完成'],
  ['CUM2',    '待核实←超进度',    '待核实←超进度',    '待核实←达进度',    '待核实←未完成'],
  // 1300 typed in 亩 on a 0.4万亩 row: beyond 3× the target, the sheet's own 状态 says 待核实 too (review3 W8).
  ['SCALE',   '达进度',          '达进度',          '待核实',          '待核实'],
  ['LVL0',    '推进中',          '推进中',          '推进中',          '未完成'],
  ['MS-M',    '未填报',          '逾期',            '已完成',          '已完成'],
  ['MS-Y',    '未填报',          '未填报',          '未填报',          '逾期'],
  // From 4月 on the sheet's 累计 shows 待核实 instead of a total without the text: its own 状态 too.
  ['TXT',     '超进度',          '待核实',          '待核实',          '待核实'],
  // 序时 m/10: 33.3% vs 30% in 3月, 58.3% vs 60% in 6月, 83.3% vs 90% in 9月 (m/12 said 超序时进度8.3).
  ['DL',      '达进度',          '欠进度',          '欠进度',          '未完成'],
  // Quarterly: 6月 推进中 is that quarter's 逾期; the year has one quarter of four missed.
  ['QREC',    '已完成',          '逾期',            '已完成',          '未完成'],
];
const MONTHS = [3, 6, 9, 12];
const MONTHS_ALL = Array.from({ length: 12 }, (_, i) => i + 1);

/** The status counted for a row at a month, and the one its 状态 cell shows. */
function expected(code: string, month: number): { counted: string; sheet: string } {
  const row = EXPECTED.find((r) => r[0] === code);
  if (!row) throw new Error(`no row ${code}`);
  const word = row[1 + MONTHS.indexOf(month)];
  const [counted, sheet] = word.includes('←') ? word.split('←') : [word, word];
  return { counted, sheet };
}

const plan = yearPlan();

/** summarize as the CLI runs it, on an .xlsx; and as the pane runs it, on any host. */
async function cliSummary(host: XlsxHost, month: number) {
  return summarize(host, { month });
}
async function paneSummary(host: Host, month: number) {
  return summarize(host, { month });
}

function figures(): EnteredFigures {
  const out: EnteredFigures = {};
  for (const [code, row] of Object.entries(FIGURES)) {
    out[code] = {};
    row.forEach((v, i) => {
      if (v !== null) out[code][i + 1] = { month: v };
    });
  }
  return out;
}

/** The year's workbook: every month generated with its figures, and 2月's typed-over 累计. */
function yearSpec(): WorkbookSpec {
  const built = buildWorkbookSpec(plan, { months: MONTHS_ALL, figures: figures() });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.en).join('; '));
  const sheet = built.spec.sheets.find((s) => s.name === `${TYPED_OVER.month}月`) as SheetSpec;
  const grid = sheet.ranges[0].rows;
  const r = grid.findIndex((cells) => cells[COL.code - 1]?.v === TYPED_OVER.code);
  grid[r][COL.cumulative - 1] = { v: TYPED_OVER.value };
  return built.spec;
}

describe('a year on every kind of target', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await writeSpecToXlsx(yearSpec());
  });

  test.each(MONTHS)('the command line (summarize --json rows) at %i月', async (month) => {
    const host = await XlsxHost.fromBytes(bytes);
    const r = await cliSummary(host, month);
    const rows = summaryJson(r.summary).rows;
    expect(rows.map((x) => [x.code, x.status])).toEqual(
      EXPECTED.map(([code]) => [code, expected(code, month).counted]),
    );
    expect(rows.map((x) => [x.code, x.sheetStatus])).toEqual(
      EXPECTED.map(([code]) => [code, expected(code, month).sheet]),
    );
    // counts keep every word, and add up to the rows.
    const counts = summaryJson(r.summary).counts as Record<string, number>;
    for (const [code] of EXPECTED) expect(counts[expected(code, month).counted]).toBeGreaterThan(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(EXPECTED.length);
  });

  test.each(MONTHS)('the pane’s summary action on the Excel fake at %i月', async (month) => {
    const { host } = setup();
    await host.applySpec(yearSpec());
    const r = await paneSummary(host, month);
    expect(r.summary.indicators.map((x) => [x.code, x.evaluation.status])).toEqual(
      EXPECTED.map(([code]) => [code, expected(code, month).counted]),
    );
  });

  test('12月 in words: the year, 完成 / 未完成 and by how much', async () => {
    const host = await XlsxHost.fromBytes(bytes);
    const s = (await cliSummary(host, 12)).summary;
    const clause = (code: string) => s.indicators.find((x) => x.code === code)?.clause;
    expect(clause('ATMOST')).toBe('生产安全事故死亡人数为2人，超出控制目标1人，未完成年度目标');
    expect(clause('DOWN')).toBe('单位GDP能耗下降2.8%，比目标少降0.2个百分点，未完成年度目标');
    // June was left blank: the total counts it as 0, and the sentence says so, as the check does.
    expect(clause('CUM')).toBe(
      '粮食生产面积完成2.9万亩，占年度目标的90.6%，未完成年度目标，差0.3万亩（6月未填报，按0计入）',
    );
    expect(clause('HOLD')).toBe('森林覆盖率为68.4%，达到目标（68%），完成年度目标');
    expect(clause('MS-Y')).toBe('新建公办幼儿园（要求年底前完成）逾期未完成');
    expect(clause('REC')).toBe('每月外出招大引强全年12次中完成11次（9月未填报），未完成年度目标');
    expect(clause('QREC')).toBe('每季度开展一次消防安全检查全年4次中完成3次（6月未完成），未完成年度目标');
    expect(s.text.zh[0]).toBe('截至12月底，全镇18项目标任务中，已完成6项，未完成8项，逾期1项，待核实3项。');
  });

  test('mid-year words: 左右 within its band, a decrease, an upper limit, a held level, a late quarter', async () => {
    const host = await XlsxHost.fromBytes(bytes);
    const june = (await cliSummary(host, 6)).summary;
    const sept = (await cliSummary(await XlsxHost.fromBytes(bytes), 9)).summary;
    const at = (s: typeof june, code: string) => s.indicators.find((x) => x.code === code)?.clause;
    expect(at(june, 'APPROX')).toBe('农业增加值增长7.4%，达到目标（增长7.5%左右）');
    expect(at(sept, 'APPROX')).toBe('农业增加值增长8.2%，高于目标0.7个百分点');
    expect(at(sept, 'DOWN')).toBe('单位GDP能耗下降3.3%，比目标多降0.3个百分点');
    expect(at(sept, 'ATMOST')).toBe('生产安全事故死亡人数为2人，超出控制目标1人');
    expect(at(sept, 'HOLD')).toBe('森林覆盖率为67.6%，低于目标（68%）0.4个百分点');
    expect(at(june, 'QTR')).toBe('农村居民人均可支配收入增长6月未填报（截至3月增长8%）');
    expect(at(june, 'CUM')).toBe(
      '粮食生产面积完成1.6万亩，占年度目标的50%，与序时进度持平（6月未填报，按截至5月数据）',
    );
    expect(at(june, 'MS-Y')).toBe('新建公办幼儿园未填报进展（要求年底前完成）');
    expect(at(june, 'LVL')).toBe(
      '设施大棚面积达到420亩，较年初（40亩）增加380亩，占年度新增目标（760亩）的50%，与序时进度持平',
    );
    expect(at(june, 'LVL0')).toBe('设施蔬菜基地面积达到470亩，目标600亩，尚差130亩');
    expect(at(sept, 'DL')).toBe('农村危房改造完成50户，占年度目标的83.3%，低于序时进度6.7个百分点');
  });

  test('off months are not due: 1月 of a 1-2月 rate and of a quarterly rate read 不适用, with no 漏填', async () => {
    const host = await XlsxHost.fromBytes(bytes);
    const jan = (await cliSummary(host, 1)).summary;
    const st = (code: string) => jan.indicators.find((x) => x.code === code)?.evaluation.status;
    expect([st('RATE'), st('QTR'), st('QREC')]).toEqual(['不适用', '不适用', '不适用']);
    const read = readTemplate(await readXlsxSnapshot(bytes));
    if (!read.ok) throw new Error(read.message.en);
    const findings = runChecks(read.figures, { month: 5 });
    expect(findings.filter((f) => f.code === 'QTR')).toEqual([]);
    // The quarterly task is not asked for in its off months (no 漏填), and its sentence says so.
    for (const month of [4, 5]) expect(runChecks(read.figures, { month }).filter((f) => f.code === 'QREC')).toEqual([]);
    const may = (await cliSummary(await XlsxHost.fromBytes(bytes), 5)).summary;
    const qrec = may.indicators.find((x) => x.code === 'QREC');
    expect([qrec?.evaluation.status, qrec?.clause]).toEqual(['不适用', '每季度开展一次消防安全检查本月不需报送']);
  });

  test('a check of month m reports the earlier problems that change its figures, each at its own cell', async () => {
    const read = readTemplate(await readXlsxSnapshot(bytes));
    if (!read.ok) throw new Error(read.message.en);
    const at = (month: number, code: string) =>
      runChecks(read.figures, { month })
        .filter((f) => f.code === code)
        .map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.tier}`);
    expect(at(3, 'CUM2')).toEqual(['2月!G16 identity error']);
    // An earlier blank was that month's must-fix; later checks show it as a note, counted as 0.
    expect(at(12, 'CUM2')).toEqual(['2月!G16 identity error', '8月!F16 completeness note']);
    expect(at(9, 'CUM')).toEqual(['6月!F11 completeness note']);
    expect(at(12, 'SCALE')).toContain('7月!F17 scale verify');
    // The 6月 sign question is answered by 7月's own figure: later checks do not repeat it.
    // One typo, one finding: the sign question, not a second 环比 one.
    expect(at(6, 'DOWN')).toEqual(['6月!F6 sign verify']);
    expect(at(9, 'DOWN')).toEqual([]);
  });

  test('LibreOffice recalculates the 状态 column and the 汇总 counts to the same table', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'year-lo-'));
    const files: Array<{ name: string; bytes: Uint8Array; summary?: SheetSpec }> = [
      { name: 'year', bytes: await writeSpecToXlsx(poisoned(yearSpec())) },
    ];
    for (const month of MONTHS) {
      const host = await XlsxHost.fromBytes(bytes);
      const r = await cliSummary(host, month);
      await host.applySpec({ sheets: [poisonedSheet(r.sheet)] });
      files.push({ name: `summary-${month}`, bytes: await host.toBytes(), summary: r.sheet });
    }
    const paths = files.map((f) => {
      const p = join(dir, `${f.name}.xlsx`);
      writeFileSync(p, f.bytes);
      return p;
    });
    const out = await recalc(paths, { outDir: join(dir, 'out') });

    const snap = await readXlsxSnapshot(readFileSync(out[0]));
    const shown: string[] = [];
    const want: string[] = [];
    for (const month of MONTHS) {
      const s = snap.sheets.find((x) => x.name === `${month}月`);
      if (!s) throw new Error(`${month}月 missing`);
      for (const [code] of EXPECTED) {
        const r = s.values.findIndex((row) => row[COL.code - 1] === code);
        shown.push(`${month}月 ${code} ${String(s.values[r][COL.status - 1])}`);
        want.push(`${month}月 ${code} ${expected(code, month).sheet}`);
      }
    }
    expect(shown).toEqual(want);

    const mismatches: string[] = [];
    let compared = 0;
    for (let k = 1; k < files.length; k++) {
      const got = (await readXlsxSnapshot(readFileSync(out[k]))).sheets.find((s) => s.name === '汇总');
      for (const c of formulaCells(files[k].summary as SheetSpec)) {
        const { row, col } = parseAddr(c.address);
        const value = got?.values[row - 1]?.[col - 1] ?? null;
        compared++;
        const same =
          typeof c.core === 'number' && typeof value === 'number' ? Math.abs(c.core - value) <= 1e-9 : c.core === value;
        if (!same)
          mismatches.push(`${files[k].name} 汇总!${c.address} ${c.formula}: core ${c.core}, LibreOffice ${value}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(200);
  });
});

describe('an empty month and a blank December', () => {
  /** January filled; 2月 generated and left untouched by everyone. */
  function janOnly(): WorkbookSpec {
    const jan: EnteredFigures = {};
    for (const [code, row] of Object.entries(FIGURES)) if (row[0] !== null) jan[code] = { 1: { month: row[0] } };
    const built = buildWorkbookSpec(plan, { months: [1, 2], figures: jan });
    if (!built.ok) throw new Error(built.problems.map((p) => p.message.en).join('; '));
    return built.spec;
  }
  // Every row 未填报 (the quarterly rate and task are not due before 3月), no 逾期 for the recurring row.
  const want = EXPECTED.map(([code]) => [code, code === 'QTR' || code === 'QREC' ? '不适用' : '未填报']);

  test('2月 with nothing typed: CLI rows, the pane on the fake and LibreOffice all read 未填报, the headline agrees', async () => {
    const bytes = await writeSpecToXlsx(janOnly());
    const r = await cliSummary(await XlsxHost.fromBytes(bytes), 2);
    expect(summaryJson(r.summary).rows.map((x) => [x.code, x.status])).toEqual(want);
    expect(r.summary.text.zh[0]).toBe('截至2月底，全镇18项目标任务中，未填报16项，不适用2项。');
    expect(r.summary.warnings[0].zh).toBe('“2月”工作表没有任何填报数据：各行按未填报汇总');
    const { host } = setup();
    await host.applySpec(janOnly());
    const pane = await paneSummary(host, 2);
    expect(pane.summary.indicators.map((x) => [x.code, x.evaluation.status])).toEqual(want);

    const dir = mkdtempSync(join(tmpdir(), 'year-empty-'));
    const path = join(dir, 'empty.xlsx');
    writeFileSync(path, await writeSpecToXlsx(poisoned(janOnly())));
    const [out] = await recalc([path], { outDir: join(dir, 'out') });
    const feb = (await readXlsxSnapshot(readFileSync(out))).sheets.find((x) => x.name === '2月');
    const shown = EXPECTED.map(([code]) => {
      const row = feb?.values.find((v) => v[COL.code - 1] === code);
      return [code, row?.[COL.status - 1]];
    });
    expect(shown).toEqual(want);
  });

  test('a flow left blank in December: the year decides, with a 漏填 note beside the verdict', async () => {
    const f = figures();
    delete f.CUM[12];
    delete f.BETWEEN[12];
    const built = buildWorkbookSpec(plan, { months: MONTHS_ALL, figures: f });
    if (!built.ok) throw new Error('build');
    const s = (await cliSummary(await XlsxHost.fromBytes(await writeSpecToXlsx(built.spec)), 12)).summary;
    const row = (code: string) => s.indicators.find((x) => x.code === code);
    expect([row('CUM')?.evaluation.status, row('BETWEEN')?.evaluation.status]).toEqual(['未完成', '已完成']);
    expect(row('CUM')?.clause).toBe(
      '粮食生产面积完成2.8万亩，占年度目标的87.5%，未完成年度目标，差0.4万亩（6月未填报，按0计入；12月未填报，按截至11月数据）',
    );
  });
});

/** Formula cells with a value no engine would compute: only a recalculation gives the table. */
function poisonedSheet(sheet: SheetSpec): SheetSpec {
  return {
    ...sheet,
    ranges: sheet.ranges.map((r) => ({
      ...r,
      rows: r.rows.map((row) => row.map((c) => (c && c.f ? { f: c.f, v: '未计算' } : c))),
    })),
  };
}

function poisoned(spec: WorkbookSpec): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map(poisonedSheet) };
}

function formulaCells(sheet: SheetSpec): Array<{ address: string; formula: string; core: CellValue }> {
  const out: Array<{ address: string; formula: string; core: CellValue }> = [];
  for (const r of sheet.ranges) {
    const top = parseAddr(r.ref);
    r.rows.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c?.f) out.push({ address: addr(top.row + i, top.col + j), formula: c.f, core: c.v });
      }),
    );
  }
  return out;
}
