// What a user sees in the generated workbook: sheet order, titles, headers, a row's formulas found by
// code, number formats, validation messages, protection, print setup, the unit filter.
import { planHash } from '../../src/plan/hash';
import { seedPlan } from '../../src/plan';
import { COL, MONTH_HEADERS, MONTH_COLUMNS } from '../../src/workbook/layout';
import { buildWorkbookSpec } from '../../src/template';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { parseRange } from '../../src/workbook/a1';
import { specProblems } from '../../src/hosts/xlsx';
import { kindsPlan } from './fixtures';

function build(...args: Parameters<typeof buildWorkbookSpec>): WorkbookSpec {
  const r = buildWorkbookSpec(...args);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.spec;
}
const sheetOf = (spec: WorkbookSpec, name: string) => spec.sheets.find((s) => s.name === name) as SheetSpec;
const grid = (s: SheetSpec) => s.ranges[0].rows;
const cell = (s: SheetSpec, a1: string): CellSpec => {
  const { r1, c1 } = parseRange(a1);
  return grid(s)[r1 - 1]?.[c1 - 1] ?? { v: null };
};
/** A 状态 formula's empty-sheet guard ($N$2, folded into the row's own missing test): test, word, rest. */
function guardOf(f: string | undefined): { test: string | null; word: string; rest: string } | null {
  const m = /^=IF\(\$N\$2(?:\+\((.*?)\))?,"(未填报|不适用)",(.*)\)$/.exec(f ?? '');
  return m ? { test: m[1] ?? null, word: m[2], rest: m[3] } : null;
}
/** The 状态 formula without its empty-sheet guard (asserted once, in its own test). */
function unguarded(f: string | undefined): string {
  const g = guardOf(f);
  if (!g) return `no guard: ${f}`;
  return g.test === null ? `=${g.rest}` : `=IF(${g.test},"${g.word}",${g.rest})`;
}

function rowByCode(s: SheetSpec, code: string): number {
  const i = grid(s).findIndex((r) => r[COL.code - 1]?.v === code);
  if (i < 0) throw new Error(`no ${code}`);
  return i + 1;
}
/** Format properties that apply to a cell, in order (later wins). */
function formatAt(s: SheetSpec, a1: string) {
  const { r1: r, c1: c } = parseRange(a1);
  const out: Record<string, unknown> = {};
  for (const f of s.formats) {
    const q = parseRange(f.ref);
    if (r >= q.r1 && r <= q.r2 && c >= q.c1 && c <= q.c2) Object.assign(out, f, { ref: undefined });
  }
  return out;
}

const seed = seedPlan();
const spec = build(seed, { months: [1, 2, 3] });
const march = sheetOf(spec, '3月');

describe('sheets', () => {
  test('指标库, 1月..3月, _meta (veryHidden), in that order', () => {
    expect(spec.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['指标库', 'visible'],
      ['1月', 'visible'],
      ['2月', 'visible'],
      ['3月', 'visible'],
      ['_meta', 'veryHidden'],
    ]);
  });

  test('asking for March alone also makes January and February, and says so', () => {
    const r = buildWorkbookSpec(seed, { months: [3] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.meta.months).toEqual([1, 2, 3]);
    expect(r.notices[0].zh).toBe('累计是从1月起逐月相加的，所选月份的累计要用到前面各月的数，因此同时生成了1月、2月表');
  });
});

describe('month sheet layout', () => {
  test('title, 填报单位 line and header words in the agreed order', () => {
    expect(cell(march, 'A1').v).toBe('信丰县小江镇2023年目标任务完成情况月报表（1-3月）');
    expect(cell(sheetOf(spec, '1月'), 'A1').v).toBe('信丰县小江镇2023年目标任务完成情况月报表（1月）');
    expect(march.merges).toContain('A1:M1');
    expect(cell(march, 'A2').v).toBe('填报单位：信丰县小江镇');
    const header = grid(march)[2].map((c) => String(c.v));
    MONTH_COLUMNS.forEach((key, i) => expect(header[i].startsWith(MONTH_HEADERS[key])).toBe(true));
    expect(header[13]).toBe('板块');
    expect(march.hiddenColumns).toEqual([14]);
    expect(cell(march, 'G3').v).toBe('累计\n(1-3月)');
  });

  test('section title rows have no code; indicators carry their section id in the hidden column', () => {
    expect(cell(march, 'A4').v).toBe('一、');
    expect(cell(march, 'C4').v).toBe('招大引强 工业倍增升级');
    expect(cell(march, 'B4').v).toBeNull();
    const r = rowByCode(march, 'NY-01');
    expect(cell(march, `C${r}`).v).toBe('粮食生产面积');
    expect(cell(march, `N${r}`).v).toBe('2');
    expect(cell(march, `C${r - 1}`).v).toBe('乡村振兴 “三农”工作');
  });

  test('footer line under the table', () => {
    const last = grid(march).length;
    expect(cell(march, `A${last}`).v).toBe(
      '单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：',
    );
    expect(cell(march, `B${last - 2}`).v).toBe('MS-M4');
  });

  test('年度目标 stays a number shown with its comparator; milestones show their deadline', () => {
    const r = (code: string) => rowByCode(march, code);
    expect(cell(march, `E${r('NY-01')}`).v).toBe(3.2);
    expect(formatAt(march, `E${r('NY-01')}`).numberFormat).toBe('#,##0.0"以上"');
    expect(cell(march, `E${r('GY-02')}`).v).toBe(2);
    expect(formatAt(march, `E${r('GY-02')}`).numberFormat).toBe('"2-3"');
    expect(formatAt(march, `E${r('GY-04a')}`).numberFormat).toBe('"增长"#,##0"%以上"');
    expect(cell(march, `E${r('HJ-M1')}`).v).toBe('3月底前');
    expect(cell(march, `E${r('GY-M3')}`).v).toBe('每月');
    expect(cell(march, `E${r('GY-M2')}`).v).toBe('年内');
  });

  test("a cumulative row's formulas, found by code", () => {
    const r = rowByCode(march, 'NY-01');
    const prev = `IFERROR(INDEX('2月'!G:G,MATCH(B${r},'2月'!B:B,0)),"")`;
    // A number adds to a previous 累计 that is a number (or blank); text in 本月, or a number after a
    // 累计 holding text, shows 待核实; a blank 本月 carries the previous 累计 as it is.
    expect(cell(march, `G${r}`).f).toBe(
      `=IF(COUNT(F${r})*(T(${prev})=""),N(${prev})+F${r},IF(F${r}="",${prev},"待核实"))`,
    );
    expect(cell(march, `H${r}`).f).toBe(`=IFERROR(G${r}/E${r},"")`);
    expect(cell(march, `I${r}`)).toEqual({ v: 0.1 }); // its own schedule: 10% by March
    // 差额 from the printed 完成% and 序时 (review3 W27); 待核实 for text or beyond 3× the target (W8).
    expect(cell(march, `J${r}`).f).toBe(`=IFERROR(IF(G${r}>=3.2,"",ROUND(ROUND(H${r}*100,1)-I${r}*100,1)),"")`);
    expect(unguarded(cell(march, `K${r}`).f)).toBe(
      `=IF(G${r}="","未填报",IF(ISTEXT(G${r})+(G${r}>3*3.2),"待核实",IF(G${r}>=3.2,"已完成",IF(J${r}>=5,"超进度",IF(J${r}>=0,"达进度","欠进度")))))`,
    );
    const jan = sheetOf(spec, '1月');
    const j = rowByCode(jan, 'NY-01');
    expect(cell(jan, `G${j}`).f).toBe(`=IF(COUNT(F${j}),F${j},IF(F${j}="","","待核实"))`);
    const gy = rowByCode(march, 'GY-01');
    expect(cell(march, `I${gy}`)).toEqual({ v: 0.25 }); // a value of the month, not a formula
  });

  test('every 状态 formula reads 未填报 (不适用 where not due) on a sheet with nothing in any 本月 cell', () => {
    const s = sheetOf(build(kindsPlan(), { months: [2] }), '2月');
    const rows = grid(s)
      .map((_, i) => i + 1)
      .filter((n) => cell(s, `B${n}`).v && n > 3);
    const range = `$F$4:$F$${grid(s).length - 2}`;
    expect(rows.length).toBeGreaterThan(5);
    // One cell counts the 本月 column (hidden 板块 column, 填报单位 line); every 状态 reads it.
    expect(cell(s, 'N2')).toEqual({ f: `=COUNTA(${range})=0`, v: true });
    for (const n of rows) {
      const k = cell(s, `K${n}`);
      expect(guardOf(k.f)?.word).toBe(k.v);
      expect(['未填报', '不适用']).toContain(k.v);
    }
  });

  test('rate, at-most and milestone rows', () => {
    const plan = kindsPlan();
    const s = sheetOf(build(plan, { months: [12] }), '12月');
    const r = (code: string) => rowByCode(s, code);
    const down = r('R-DOWN');
    // 下降 rows take the decrease as a positive number: no sign flip in the formulas.
    // A rate is judged in points: no 完成年度目标% (a share of a rate reads as nothing real).
    expect(cell(s, `H${down}`)).toEqual({ v: null });
    expect(cell(s, `J${down}`).f).toBe(`=IFERROR(ROUND(G${down}-2,1),"")`);
    expect(unguarded(cell(s, `K${down}`).f)).toBe(
      `=IF(COUNT(F${down})=0,"未填报",IF(G${down}>3*2,"待核实",IF(G${down}>=2,"已完成","未完成")))`,
    );
    expect(cell(s, `I${down}`).v).toBeNull();
    const ap = r('R-AP');
    // 左右: the gap from the target value, met from the band's lower edge.
    expect(cell(s, `J${ap}`).f).toBe(`=IFERROR(ROUND(G${ap}-7,1),"")`);
    expect(unguarded(cell(s, `K${ap}`).f)).toBe(
      `=IF(COUNT(F${ap})=0,"未填报",IF(G${ap}>3*7,"待核实",IF(G${ap}>=6.3,"已完成","未完成")))`,
    );
    const le = r('C-LE');
    expect(unguarded(cell(s, `K${le}`).f)).toBe(
      `=IF(G${le}="","未填报",IF(ISTEXT(G${le}),"待核实",IF(G${le}<=4,"已完成","未完成")))`,
    );
    // At most 4: 差额 is how far under the ceiling, as a share of it (negative: over); the row itself
    // shows no 完成%, so the share is worked from 累计 and 目标.
    expect(cell(s, `J${le}`).f).toBe(`=IFERROR(ROUND((1-G${le}/E${le})*100,1),"")`);
    const hold = r('L-HOLD');
    // A held level has no 序时 and no 差额 beyond points from the target (a % level); a held % level
    // has no 完成% either: "99.3%" of a 覆盖率 beside a gap in points misleads (review3 W20).
    expect(cell(s, `I${hold}`)).toEqual({ v: null });
    expect(cell(s, `H${hold}`)).toEqual({ v: null });
    expect(cell(s, `J${hold}`).f).toBe(`=IFERROR(ROUND(G${hold}-68,1),"")`);
    expect(unguarded(cell(s, `K${hold}`).f)).toBe(
      `=IF(COUNT(G${hold})=0,"未填报",IF(G${hold}>3*68,"待核实",IF(G${hold}>=68,"已完成","未完成")))`,
    );
    const m3 = r('M-3');
    expect(cell(s, `G${m3}`).f).toBe(`=IF(F${m3}<>"",F${m3},IFERROR(INDEX('11月'!G:G,MATCH(B${m3},'11月'!B:B,0)),""))`);
    expect(unguarded(cell(s, `K${m3}`).f)).toBe(`=IF(TRIM(G${m3})="已完成","已完成","逾期")`);
    const every = r('M-EVERY');
    expect(cell(s, `G${every}`).f).toBe(`=IF(F${every}<>"",F${every},"")`);
    // A recurring task in December speaks of the year: every earlier month's 进展, read by code on its
    // own sheet, must be 已完成; then December's own decides (blank: 未填报).
    const earlier = Array.from({ length: 11 }, (_, i) => {
      const q = `'${i + 1}月'`;
      return `TRIM(IFERROR(INDEX(${q}!F:F,MATCH(B${every},${q}!B:B,0))&"",""))="已完成"`;
    });
    expect(unguarded(cell(s, `K${every}`).f)).toBe(
      `=IF(AND(${earlier.join(',')}),IF(TRIM(G${every})="已完成","已完成",IF(TRIM(G${every})="","未填报","未完成")),"未完成")`,
    );
    // Before December, the month's own: blank is 未填报 (not reported), a state other than 已完成 逾期.
    const may = sheetOf(build(plan, { months: [5] }), '5月');
    const every5 = rowByCode(may, 'M-EVERY');
    expect(unguarded(cell(may, `K${every5}`).f)).toBe(
      `=IF(TRIM(G${every5})="已完成","已完成",IF(TRIM(G${every5})="","未填报","逾期"))`,
    );
    // An at-most row has no 完成年度目标%: 150% of a bound would read as over-achievement.
    expect(cell(s, `H${le}`)).toEqual({ v: null });
    const june = sheetOf(build(plan, { months: [6] }), '6月');
    const band = rowByCode(june, 'C-BAND');
    expect(cell(june, `K${band}`).f).toContain(`IF(J${band}>=10,"超进度",IF(J${band}>=-5,"达进度","欠进度"))`);
    const le6 = rowByCode(june, 'C-LE');
    expect(unguarded(cell(june, `K${le6}`).f)).toBe(
      `=IF(G${le6}="","未填报",IF(ISTEXT(G${le6}),"待核实",IF(G${le6}<=4,"达标","超标")))`,
    );
    const m6 = rowByCode(june, 'M-YEAR');
    expect(unguarded(cell(june, `K${m6}`).f)).toBe(
      `=IF(TRIM(G${m6})="已完成","已完成",IF(TRIM(G${m6})="","未填报","推进中"))`,
    );
    const q = rowByCode(june, 'R-Q');
    expect(unguarded(cell(june, `K${q}`).f)).toBe(
      `=IF(COUNT(F${q})=0,"未填报",IF(G${q}>3*7.5,"待核实",IF(G${q}>=7.5,"达标","未达标")))`,
    );
    const feb = sheetOf(build(plan, { months: [2] }), '2月');
    const q2 = rowByCode(feb, 'R-Q');
    expect(unguarded(cell(feb, `K${q2}`).f)).toBe(
      `=IF(COUNT(G${q2})=0,"不适用",IF(G${q2}>3*7.5,"待核实",IF(G${q2}>=7.5,"达标","未达标")))`,
    );
  });

  test('其中 rows sit under their whole, indented and marked', () => {
    const s = sheetOf(build(kindsPlan(), { months: [1] }), '1月');
    const whole = rowByCode(s, 'C-GE');
    expect(cell(s, `B${whole + 1}`).v).toBe('C-GE-1');
    expect(cell(s, `C${whole + 1}`).v).toBe('其中：C-GE-1');
    expect(cell(s, `A${whole + 1}`).v).toBeNull();
    expect(formatAt(s, `C${whole + 1}`).indent).toBe(2);
  });

  test('a 其中 row whose plan name already says 其中 shows it once', () => {
    const plan = kindsPlan();
    const part = plan.indicators.find((i) => i.code === 'C-GE-1');
    if (!part) throw new Error('no C-GE-1');
    part.name = '其中：工业投资';
    const s = sheetOf(build(plan, { months: [1] }), '1月');
    expect(cell(s, `C${rowByCode(s, 'C-GE-1')}`).v).toBe('其中：工业投资');
  });
});

describe('input cells, validation, protection', () => {
  test('本月 and 备注 unlocked, formulas locked, sheet protected without a password', () => {
    const r = rowByCode(march, 'NY-01');
    expect(formatAt(march, `F${r}`).locked).toBe(false);
    expect(formatAt(march, `M${r}`).locked).toBe(false);
    for (const c of ['A', 'B', 'E', 'G', 'H', 'K']) expect(formatAt(march, `${c}${r}`).locked).toBeUndefined();
    expect(formatAt(march, 'F3').locked).toBeUndefined();
    expect(march.protection).toEqual({
      password: null,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowSort: false,
      allowAutoFilter: false,
    });
  });

  function validationAt(s: SheetSpec, a1: string) {
    const { r1: r, c1: c } = parseRange(a1);
    return s.validations.filter((v) => {
      const q = parseRange(v.ref);
      return r >= q.r1 && r <= q.r2 && c >= q.c1 && c <= q.c2;
    });
  }

  test('Stop on a negative or non-number; rates allow -100..1000; milestones pick from a list', () => {
    const cum = validationAt(march, `F${rowByCode(march, 'NY-01')}`);
    expect(cum).toHaveLength(1);
    expect(cum[0]).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formula1: 0, alert: 'stop' });
    expect(cum[0].errorTitle).toBe('数值填写有误 / Invalid figure');
    expect(cum[0].error.startsWith('请填写不小于0的数字')).toBe(true);
    const rate = validationAt(march, `F${rowByCode(march, 'GY-04a')}`);
    expect(rate[0]).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formula1: -100,
      formula2: 1000,
      alert: 'stop',
    });
    const ms = validationAt(march, `F${rowByCode(march, 'HJ-M1')}`);
    expect(ms[0]).toMatchObject({ type: 'list', list: ['未开始', '推进中', '已完成'], alert: 'stop' });
    expect(ms[0].error).toBe('只能选择：未开始、推进中、已完成。/ Choose 未开始, 推进中 or 已完成.');
    for (const v of march.validations) {
      expect(v.errorTitle.length).toBeLessThanOrEqual(32);
      expect(v.error.length).toBeLessThanOrEqual(225);
      expect((v.prompt ?? '').length).toBeLessThanOrEqual(255);
    }
  });

  test('the three alert tiers: a level far beyond its target warns; a long 备注 informs', () => {
    const row = rowByCode(march, 'NY-17'); // 设施大棚蔬菜面积（保有）, 800亩, a level
    const lvl = validationAt(march, `F${row}`);
    expect(lvl).toHaveLength(1);
    expect(lvl[0]).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formula1: 0,
      formula2: `=3*$E${row}`,
      alert: 'warning',
    });
    expect(lvl[0].error).toContain('超过年度目标的3倍');
    const note = validationAt(march, `M${rowByCode(march, 'NY-01')}`);
    expect(note).toHaveLength(1);
    expect(note[0]).toMatchObject({
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formula1: 100,
      alert: 'information',
    });
    expect(note[0].prompt).toContain('说明原因');
    expect(new Set(march.validations.map((v) => v.alert))).toEqual(new Set(['stop', 'warning', 'information']));
  });

  test('a figure beyond 3x the target is highlighted; 完成 has a data bar', () => {
    const over = march.conditionalFormats.find((c) => c.type === 'expression' && c.fill === '#FCE4D6');
    expect(over).toMatchObject({ ref: 'F5:G52', formula: '=AND(ISNUMBER($G5),ISNUMBER($E5),$E5>0,$G5>3*$E5)' });
    const bar = march.conditionalFormats.find((c) => c.type === 'dataBar');
    expect(bar).toMatchObject({ ref: `H4:H${rowByCode(march, 'MS-M4')}`, min: 0, max: 1 });
  });

  test('frozen header and first columns, print setup', () => {
    expect(march.freeze).toEqual({ rows: 3, columns: 3 });
    expect(march.print).toMatchObject({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '1:3',
    });
    expect(march.columnWidths).toHaveLength(14);
  });
});

describe('per responsible unit', () => {
  test("only that unit's rows, the unit in the title and 填报单位 line, meta.unitFilter set", () => {
    const r = buildWorkbookSpec(seed, { months: [1], unit: '镇水利站' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = sheetOf(r.spec, '1月');
    expect(cell(s, 'A1').v).toBe('信丰县小江镇（镇水利站）2023年目标任务完成情况月报表（1月）');
    expect(cell(s, 'A2').v).toBe('填报单位：镇水利站');
    const codes = grid(s)
      .map((row) => row[COL.code - 1]?.v)
      .filter((v) => typeof v === 'string' && v !== '代码');
    expect(codes).toEqual(['NY-M3', 'NY-M4', 'MS-M2']);
    expect(r.meta.unitFilter).toBe('镇水利站');
    // 指标库 holds the unit's rows only (issue 13, point 16); planHash still names the whole plan.
    expect(grid(sheetOf(r.spec, '指标库')).map((row) => row[0]?.v)).toEqual(['代码', 'NY-M3', 'NY-M4', 'MS-M2']);
    expect(r.meta.planHash).toBe(planHash(seed));
  });

  test('an unknown unit is refused, listing the known ones', () => {
    const r = buildWorkbookSpec(seed, { months: [1], unit: '镇水务站' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0].message.zh).toMatch(/^计划中没有责任单位“镇水务站”。已有的责任单位：镇招商办、镇经济发展办、/);
    expect(r.problems[0].message.en).toMatch(/^no responsible unit "镇水务站" in the plan\. Known units: 镇招商办, /);
  });
});

describe('entered figures', () => {
  test('fill 本月 and 备注, and the formula cells carry the computed values', () => {
    const s = sheetOf(
      build(seed, {
        months: [2],
        figures: {
          'NY-01': { 1: { month: 1.2 }, 2: { month: 0.9, note: '含复种' } },
          'HJ-M1': { 2: { month: '推进中' } },
        },
      }),
      '2月',
    );
    const r = rowByCode(s, 'NY-01');
    expect(cell(s, `F${r}`).v).toBe(0.9);
    expect(cell(s, `M${r}`).v).toBe('含复种');
    expect(cell(s, `G${r}`).v).toBeCloseTo(2.1, 12);
    expect(cell(s, `K${r}`).v).toBe('超进度');
    expect(cell(s, `K${rowByCode(s, 'HJ-M1')}`).v).toBe('推进中');
  });
});

describe('within what Excel accepts', () => {
  test("the seed, the kinds fixture and a per-unit workbook pass the xlsx writer's checks", () => {
    const specs = [spec, build(kindsPlan(), { months: [12] }), build(seed, { months: [12], unit: '镇农业农村办' })];
    for (const s of specs) expect(specProblems(s)).toEqual([]);
  });
});

test('a plan with no indicators still makes a sheet with title, header and footer', () => {
  const empty = { ...kindsPlan(), indicators: [] };
  const s = sheetOf(build(empty, { months: [1] }), '1月');
  expect(cell(s, 'A1').v).toBe('测试镇2023年目标任务完成情况月报表（1月）');
  expect(cell(s, 'A3').v).toBe('序号');
  expect(cell(s, 'A5').v).toMatch(/^单位负责人：/);
  expect(s.validations).toEqual([]);
});

test('formulas use only functions Excel, WPS and LibreOffice all have, and quote every sheet name', () => {
  const allowed = new Set([
    'IF',
    'IFERROR',
    'INDEX',
    'MATCH',
    'ISNUMBER',
    'N',
    'ROUND',
    'AND',
    'OR',
    'NOT',
    'TRIM',
    'COUNTA',
    'COUNT',
    'ISTEXT',
    'T',
    'MAX',
    'MIN',
  ]);
  const formulas: string[] = [];
  for (const s of [...spec.sheets, ...build(kindsPlan(), { months: [12] }).sheets]) {
    for (const range of s.ranges) for (const row of range.rows) for (const c of row) if (c.f) formulas.push(c.f);
    for (const c of s.conditionalFormats) if (c.type === 'expression') formulas.push(c.formula);
  }
  expect(formulas.length).toBeGreaterThan(1000);
  const used = new Set<string>();
  for (const f of formulas) {
    const text = f.replace(/"[^"]*"/g, '""');
    for (const m of text.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
    // Every sheet reference is quoted: '2月'!$G:$G
    for (const m of text.matchAll(/(.)!/g)) expect(m[1]).toBe("'");
  }
  expect([...used].filter((u) => !allowed.has(u))).toEqual([]);
  expect(used.has('INDEX') && used.has('MATCH') && used.has('ROUND')).toBe(true);
});
