// Entry slips a statistician meets every year (review3 W40, W5, W13, W33, W37, W38): a flow typed in
// a larger unit, "1" for 100%, a bare "已核实" beside a likely mistake, a blank growth rate, whole
// months not collected, a late month typed after a later 备注 said it was included.
import { runChecks, type Finding } from '../../src/check';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from './support';
import { buildSnapshot, cleanFigures, read, typeOver, withEntries } from './fixtures';

const lines = (fs: Finding[]) => fs.map((f) => `${f.tier} ${f.rule} ${f.message.zh}`);

/** code -> month -> entry, as figuresOf takes it (month -> code -> entry). */
function byMonth(code: string, months: Record<number, Entries[number][string]>): Entries {
  return Object.fromEntries(Object.entries(months).map(([m, v]) => [m, { [code]: v }]));
}

describe('数量级 looks down on flows too: a figure typed in 万亩 on an 亩 row (W40)', () => {
  const farmland = ind({ code: 'NY', kind: 'cumulative', name: '新建高标准农田', unit: '亩', value: 3000 });
  const houses = ind({ code: 'CX', kind: 'cumulative', name: '改造农村危旧房', unit: '户', value: 120 });

  test('0.12 where the row runs at hundreds is 1200 typed in 万亩', () => {
    const e = byMonth('NY', { 1: 0, 2: 0, 3: 200, 4: 300, 5: 400, 6: 0.12 });
    expect(lines(runChecks(figuresOf(planOf([farmland]), e), { month: 6 }))).toEqual([
      'verify scale 6月!F4 新建高标准农田：本月填写 0.12，只有3月的本月数（200亩）的 1667 分之一，疑似按万亩填写（本行单位：亩），建议改为 1200。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
  });

  test('0.001 on a 户 row that reports 5-15 a month is 10 typed in 万户', () => {
    const e = byMonth('CX', { 1: 5, 2: 15, 3: 10, 4: 12, 5: 0.001 });
    const [f] = runChecks(figuresOf(planOf([houses]), e), { month: 5 });
    expect(f).toMatchObject({ sheet: '5月', cell: 'F4', rule: 'scale', tier: 'verify', suggestion: '10' });
    expect(f.message.zh).toContain('疑似按万户填写（本行单位：户），建议改为 10');
  });

  test('the month after is measured against 1200, not 0.12: no 环比 on 400', () => {
    const e = byMonth('NY', { 3: 200, 4: 300, 5: 400, 6: 0.12, 7: 400 });
    expect(runChecks(figuresOf(planOf([farmland]), e), { month: 7 }).map((f) => `${f.sheet} ${f.rule}`)).toEqual([
      '6月 scale',
    ]);
  });

  test('genuinely small months are not asked: 5亩 after hundreds, a tiny figure with one month of history, one no unit explains', () => {
    const quiet = (e: Entries, m: number) => runChecks(figuresOf(planOf([farmland]), e), { month: m });
    expect(quiet(byMonth('NY', { 1: 200, 2: 400, 3: 5 }), 3)).toEqual([]);
    expect(quiet(byMonth('NY', { 1: 200, 2: 0.12 }), 2)).toEqual([]);
    // 0.012 × 10^4 = 120 is far below what the row reports (2000-4000): no unit explains it.
    expect(quiet(byMonth('NY', { 1: 2000, 2: 4000, 3: 0.012 }), 3)).toEqual([]);
    expect(runChecks(figuresOf(planOf([houses]), byMonth('CX', { 1: 1, 2: 2, 3: 1 })), { month: 3 })).toEqual([]);
  });

  test('caught the same when the 单位 cell of the month sheet says 万亩 (an office’s copy collected)', () => {
    const plan = planOf([farmland]);
    const snap = buildSnapshot(
      plan,
      6,
      withEntries(cleanFigures(plan, 6), { NY: { 1: 0, 2: 0, 3: 200, 4: 300, 5: 400, 6: 0.12 } }),
    );
    typeOver(snap, '6月', 'NY', '单位', '万亩');
    const found = runChecks(read(snap), { month: 6 }).filter((f) => f.rule === 'scale');
    expect(found.map((f) => [f.sheet, f.suggestion])).toEqual([['6月', '1200']]);
    expect(found[0].message.zh).toContain('疑似按万亩填写（本行单位：亩）');
  });
});

describe('"1" for 100% on a % row (W5)', () => {
  const coverage = (value: number | null) =>
    ind({ code: 'NY7', kind: 'level', name: '农村生活垃圾收运处置体系覆盖率', unit: '%', value, hold: true });

  test('beside a target of 100% it is the fraction form: 格式, 建议改为 100; the correct 100 next month is no 环比', () => {
    const plan = planOf([coverage(100)]);
    const e = byMonth('NY7', { 4: 100, 5: 100, 6: 1, 7: 100 });
    expect(lines(runChecks(figuresOf(plan, e), { month: 6 }))).toEqual([
      'error format 6月!F4 农村生活垃圾收运处置体系覆盖率：本月填写“1”，是小数形式的百分比。应填写数字（单位：%），建议改为 100',
    ]);
    expect(runChecks(figuresOf(plan, e), { month: 7 })).toEqual([]);
  });

  test('beside a range of 96-100% too', () => {
    const plan = planOf([
      ind({
        code: 'CX4',
        kind: 'level',
        name: '城乡居民医保参保率',
        unit: '%',
        value: 96,
        max: 100,
        comparator: 'between',
      }),
    ]);
    const [f] = runChecks(figuresOf(plan, byMonth('CX4', { 5: 97.2, 6: 1 })), { month: 6 });
    expect(f).toMatchObject({ cell: 'F4', rule: 'format', tier: 'error', suggestion: '100' });
  });

  test('with no target to tell, the 环比 question stays, but the month after is not measured against the 1', () => {
    const plan = planOf([coverage(null)]);
    const e = byMonth('NY7', { 4: 100, 5: 100, 6: 1, 7: 100 });
    expect(runChecks(figuresOf(plan, e), { month: 6 }).map((f) => `${f.sheet} ${f.rule} ${f.tier}`)).toEqual([
      '6月 mom verify',
    ]);
    // 7月's own figure replaces 6月's (its 环比 is not repeated), and 100 is not measured against the 1.
    expect(runChecks(figuresOf(plan, e), { month: 7 })).toEqual([]);
  });

  test('1% on a growth-rate row is an ordinary figure', () => {
    const plan = planOf([ind({ code: 'G', kind: 'rate', name: '社会消费品零售总额增长', unit: '%', value: 7 })]);
    expect(runChecks(figuresOf(plan, byMonth('G', { 1: 1 })), { month: 1 })).toEqual([]);
  });
});
