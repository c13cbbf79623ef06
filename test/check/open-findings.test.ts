// Findings that stay open until fixed or explained (review2 V14, V22, V26): an earlier month's 核实性
// finding on a figure that still feeds the checked month, a 备注 that is only a no-data mark, and a
// level left blank. What the check says is what the summary counts (unverifiedCodes).
import { runChecks, unverifiedCodes, type Finding } from '../../src/check';
import { summarize } from '../../src/summary';
import type { CellValue } from '../../src/workbook/spec';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries, type Entry } from './support';

const flow = ind({ code: 'W', kind: 'cumulative', name: '其中：土坯房改造', unit: '户', value: 20 });
const jobless = ind({
  code: 'U',
  kind: 'level',
  name: '城镇调查失业率',
  unit: '%',
  comparator: '<=',
  value: 5.5,
  hold: true,
});
const greenhouse = ind({ code: 'G', kind: 'level', name: '设施大棚面积', unit: '亩', value: 600 });
const survey = ind({
  code: 'Q',
  kind: 'level',
  name: '农村居民人均可支配收入',
  unit: '元',
  value: 20000,
  reportMonths: [3, 6, 9, 12],
});
const plan = planOf([flow, jobless, greenhouse, survey]);

/** Month -> code -> entry; the other rows get clean figures (the quarterly row in its months only). */
function year(upTo: number, over: Record<number, Record<string, CellValue | Entry>>): Entries {
  const e: Entries = {};
  for (let m = 1; m <= upTo; m++) {
    e[m] = { W: 2, U: 5.1, G: 400 + m * 10, Q: m % 3 === 0 ? 5000 * (m / 3) : null, ...(over[m] ?? {}) };
  }
  return e;
}

const lines = (fs: Finding[]) => fs.map((f) => `${f.tier} ${f.rule} ${f.message.zh}`);
const statusOf = (entries: Entries, month: number, code: string) => {
  const figures = figuresOf(plan, entries);
  const findings = runChecks(figures, { month });
  const s = summarize(plan, figures, month, { unverified: unverifiedCodes(findings) });
  return s.indicators.find((r) => r.code === code)!.evaluation.status;
};

describe('V14: an earlier month’s unexplained 核实性 finding stays open while it feeds the checked month', () => {
  const jump = { 3: { W: 16 } };
  const MOM = '3月!F4 其中：土坯房改造：本月 16，比上月（2）增长 700%，超过环比阈值 300%（该月数字影响6月累计）';

  test('环比 on 3月 of a flow is in the 6月 check, at its own cell, and the row is 待核实 in the 6月 summary', () => {
    const found = runChecks(figuresOf(plan, year(6, jump)), { month: 6 });
    expect(lines(found)).toEqual([`verify mom ${MOM}。请核实；如数据无误，须在备注（M4）说明原因`]);
    expect(statusOf(year(6, jump), 6, 'W')).toBe('待核实');
  });

  test('a 备注 that explains it closes it (提示性, counted again); a corrected figure removes it', () => {
    const noted = year(6, { 3: { W: { f: 16, note: '3月集中验收一批' } } });
    expect(lines(runChecks(figuresOf(plan, noted), { month: 6 }))).toEqual([
      `note mom ${MOM}（备注已说明：3月集中验收一批）`,
    ]);
    expect(statusOf(noted, 6, 'W')).not.toBe('待核实');
    const fixed = year(6, { 3: { W: 3 } });
    expect(runChecks(figuresOf(plan, fixed), { month: 6 })).toEqual([]);
    expect(statusOf(fixed, 6, 'W')).not.toBe('待核实');
  });

  test('a level’s doubtful figure stays open while later months carry it, and leaves once a new figure replaces it', () => {
    const carried = year(5, { 3: { G: 4200 }, 4: { G: null }, 5: { G: null } });
    expect(lines(runChecks(figuresOf(plan, carried), { month: 5 }))).toEqual([
      // Exactly ten times 2月's 420: a slipped decimal point (or an extra 0), with the figure to type (X14).
      'verify scale 3月!F6 设施大棚面积：本月填写 4200，是2月的数（420亩）的 10 倍，疑似小数点错位，建议改为 420（该月数字影响5月累计）。请核实；如数据无误，须在备注（M6）说明原因',
      'error completeness 5月!F6 设施大棚面积：本月未填写（表中沿用3月的4200亩）。应填写本月数（单位：亩），没有变化也请照填',
    ]);
    expect(statusOf(carried, 5, 'G')).toBe('待核实');
    const replaced = year(5, { 3: { G: 4200 }, 4: { G: null }, 5: { G: 460 } });
    expect(lines(runChecks(figuresOf(plan, replaced), { month: 5 }))).toEqual([]);
  });

  test('running totals typed month after month are one finding, at the latest month', () => {
    const w = ind({ code: 'W', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60 });
    const totals = [5, 10, 16, 24, 30];
    const e: Entries = Object.fromEntries(totals.map((v, i) => [i + 1, { W: v }]));
    e[6] = { W: 5 }; // 6月 entered right; 3-5月 still hold 1-N月 totals
    const found = runChecks(figuresOf(planOf([w]), e), { month: 6 });
    expect(found.map((f) => [f.rule, f.sheet, f.cell, f.suggestion])).toEqual([['running-total', '5月', 'F4', '6']]);
    expect(found[0].message.zh).toContain('（该月数字影响6月累计）');
  });
});

describe('V22: a 备注 that is only a no-data mark or a number explains nothing', () => {
  test.each(['无', '/', '／', '—', '-', '空', '暂无', '没有', '0', '无。', ' 无 '])('备注“%s”', (mark) => {
    const found = runChecks(figuresOf(plan, year(6, { 6: { W: { f: 16, note: mark } } })), { month: 6 });
    expect(found.map((x) => [x.tier, x.rule, x.sheet, x.cell])).toEqual([['verify', 'mom', '6月', 'F4']]);
    expect(found[0].message.zh).toBe(
      `6月!F4 其中：土坯房改造：本月 16，比上月（2）增长 700%，超过环比阈值 300%。请核实；备注“${mark.trim()}”不是说明，如数据无误，请在备注（M4）写明原因`,
    );
    expect(unverifiedCodes(found)).toEqual(['W']);
  });

  test('a 备注 that says something is an explanation, however short', () => {
    const found = runChecks(figuresOf(plan, year(6, { 6: { W: { f: 16, note: '集中验收' } } })), { month: 6 });
    expect(found.map((x) => [x.tier, x.rule])).toEqual([['note', 'mom']]);
    expect(found[0].message.zh).toContain('（备注已说明：集中验收）');
  });

  test('on an earlier month of a flow too: the row stays 待核实', () => {
    const e = year(6, { 3: { W: { f: 16, note: '/' } } });
    const found = runChecks(figuresOf(plan, e), { month: 6 });
    expect(lines(found)).toEqual([
      'verify mom 3月!F4 其中：土坯房改造：本月 16，比上月（2）增长 700%，超过环比阈值 300%（该月数字影响6月累计）。请核实；备注“/”不是说明，如数据无误，请在备注（M4）写明原因',
    ]);
    expect(statusOf(e, 6, 'W')).toBe('待核实');
  });
});

describe('V26, review3 W33: a level left blank in a month it is due is must-fix, naming what the sheet carries', () => {
  test('a held rate names the month and the figure it carries', () => {
    const found = runChecks(figuresOf(plan, year(10, { 10: { U: null } })), { month: 10 });
    expect(lines(found)).toEqual([
      'error completeness 10月!F5 城镇调查失业率：本月未填写（表中沿用9月的5.1%）。应填写本月数（单位：%），没有变化也请照填',
    ]);
    expect(found[0].message.en).toBe(
      "10月!F5 城镇调查失业率 (U): no figure this month (the sheet carries month 9's 5.1%); enter this month's level (unit: %), the same figure if it has not changed",
    );
  });

  test('a built-up stock the same way; with nothing earlier, 漏填 must-fix', () => {
    expect(lines(runChecks(figuresOf(plan, year(4, { 4: { G: null } })), { month: 4 }))).toEqual([
      'error completeness 4月!F6 设施大棚面积：本月未填写（表中沿用3月的430亩）。应填写本月数（单位：亩），没有变化也请照填',
    ]);
    const never = year(2, { 1: { G: null }, 2: { G: null } });
    expect(lines(runChecks(figuresOf(plan, never), { month: 2 }))).toEqual([
      'error completeness 2月!F6 设施大棚面积：本月未填写，此前各月也没有。应填写当前数（单位：亩）',
    ]);
  });

  test('off months of a quarterly row get nothing; its report month is due', () => {
    expect(runChecks(figuresOf(plan, year(5, {})), { month: 5 })).toEqual([]);
    expect(lines(runChecks(figuresOf(plan, year(6, { 6: { Q: null } })), { month: 6 }))).toEqual([
      'error completeness 6月!F7 农村居民人均可支配收入：本月未填写（表中沿用3月的5000元）。应填写本月数（单位：元），没有变化也请照填',
    ]);
  });
});

describe('数量级 sizes a figure by the row’s good months only, and a built-up level’s first figure by its target', () => {
  const stock = (e: Record<number, CellValue | Entry>) =>
    Object.fromEntries(Object.entries(e).map(([m, v]) => [m, { G: v }])) as Entries;
  const greenhousePlan = planOf([greenhouse]);

  test('a month with an open 环比 is no measure: 0.042 (万亩 typed on an 亩 row) after a doubtful 0.5 is found', () => {
    const e = stock({ 1: 420, 2: 0.5, 3: 0.042 });
    const found = runChecks(figuresOf(greenhousePlan, e), { month: 3 });
    expect(lines(found)).toEqual([
      'verify scale 3月!F4 设施大棚面积：本月填写 0.042，只有1月的数（420亩）的约1万分之一，疑似按万亩填写（本行单位：亩），建议改为 420。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
    // Once 2月's 0.5 is explained it is a measure again, and 0.042 is an ordinary fall from it.
    const explained = stock({ 1: 420, 2: { f: 0.5, note: '大棚拆除重建，仅余0.5亩' }, 3: 0.042 });
    expect(runChecks(figuresOf(greenhousePlan, explained), { month: 3 }).map((f) => f.rule)).toEqual(['mom']);
  });

  test('a built-up level’s first figure against its target: 420 of 600 is fine, 0.042 is 420 typed in 万亩, 4.2万 is far beyond', () => {
    expect(runChecks(figuresOf(greenhousePlan, stock({ 1: 420 })), { month: 1 })).toEqual([]);
    expect(runChecks(figuresOf(greenhousePlan, stock({ 1: 0.5 })), { month: 1 })).toEqual([]);
    expect(lines(runChecks(figuresOf(greenhousePlan, stock({ 1: 0.042 })), { month: 1 }))).toEqual([
      'verify scale 1月!F4 设施大棚面积：本月填写 0.042，只有年度目标（600亩）的约1万分之一，疑似按万亩填写（本行单位：亩），建议改为 420。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
    expect(lines(runChecks(figuresOf(greenhousePlan, stock({ 1: '4.2万' })), { month: 1 }))).toEqual([
      'error format 1月!F4 设施大棚面积：本月填写“4.2万”，带有“万”“亿”等数量级。应填写数字（单位：亩），建议改为 42000（注意：建议值是年度目标（600亩）的70倍，请核对数量级和单位）',
    ]);
    expect(lines(runChecks(figuresOf(greenhousePlan, stock({ 1: 42000 })), { month: 1 }))).toEqual([
      'verify over-target 1月!F4 设施大棚面积：本月 42000亩，是年度目标（600亩）的 70 倍，超过 3 倍。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
  });

  test('a held level’s first figure far below its target is asked; a built-up one may start near 0', () => {
    const held = ind({ code: 'L', kind: 'level', name: '耕地保有量', unit: '亩', value: 27000, hold: true });
    expect(lines(runChecks(figuresOf(planOf([held]), { 1: { L: 20 } }), { month: 1 }))).toEqual([
      'verify scale 1月!F4 耕地保有量：本月填写 20，只有年度目标（27000亩）的 1350 分之一，数值异常，请核对单位（本行单位：亩）和位数。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
    const built = { ...held, name: '新建设施大棚', hold: false };
    expect(runChecks(figuresOf(planOf([built]), { 1: { L: 20 } }), { month: 1 })).toEqual([]);
  });
});
