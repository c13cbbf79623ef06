// A year's review of the checks (issue 13, review R3, R4, R6, R11): a correct figure is not questioned
// because of last month's mistake, one typo gives one finding, a band's top is a bound, and the must-fix
// list holds what must be fixed now.
import { runChecks, unverifiedCodes, type Finding } from '../../src/check';
import { monthsNamed } from '../../src/check/notes';
import { evaluate } from '../../src/progress';
import { indicatorClause } from '../../src/summary/text';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from './support';

const area = ind({ code: 'B-01', name: '粮食播种面积', kind: 'level', unit: '万亩', value: 2.6, hold: true });
const energy = ind({
  code: 'A-04',
  name: '单位GDP能耗下降',
  kind: 'rate',
  unit: '%',
  value: 2,
  direction: 'decrease',
});
const insured = ind({
  code: 'C-04',
  name: '城乡医保参保率',
  kind: 'level',
  unit: '%',
  comparator: 'between',
  value: 95,
  max: 100,
  hold: true,
});
const forest = ind({ code: 'C-05', name: '森林覆盖率', kind: 'level', unit: '%', value: 68, hold: true });
const projects = ind({
  code: 'A-06',
  name: '引进工业项目',
  kind: 'cumulative',
  unit: '个',
  comparator: 'between',
  value: 2,
  max: 3,
});
const invest = ind({ code: 'A-01', name: '固定资产投资', kind: 'cumulative', unit: '万元', value: 30000 });
/** A flow with its own schedule: nothing planned in 1-2月, 7-9月 and 12月. */
const crop = ind({
  code: 'B-03',
  name: '新造油茶林',
  kind: 'cumulative',
  unit: '亩',
  value: 1000,
  schedule: [0, 0, 0.3, 0.6, 0.8, 0.9, 0.9, 0.9, 0.9, 0.95, 1, 1],
});

function lines(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.tier}`);
}

describe('环比 does not measure a correct figure against a wrong one (R3)', () => {
  const plan = planOf([area]);
  const year: Entries = { 1: { 'B-01': 2.6 }, 2: { 'B-01': 2.6 }, 3: { 'B-01': 2.6 }, 4: { 'B-01': 26000 } };

  test('26000 on a 万亩 row is one scale finding; the correct 2.6 after it has none and is not 待核实', () => {
    expect(lines(runChecks(figuresOf(plan, year), { month: 4 }))).toEqual(['4月!F4 scale verify']);
    const may = runChecks(figuresOf(plan, { ...year, 5: { 'B-01': 2.6 } }), { month: 5 });
    expect(may).toEqual([]);
    expect(unverifiedCodes(may).includes('B-01')).toBe(false);
  });

  test('a fall explained nowhere is worded as a fall, against the threshold for a fall', () => {
    // 26000 explained in 备注 stands as typed: the fall to 2.6 is real to the check and asks a question.
    const explained: Entries = { ...year, 4: { 'B-01': { f: 26000, note: '按亩填报' } }, 5: { 'B-01': 2.6 } };
    const [f] = runChecks(figuresOf(plan, explained), { month: 5 });
    expect(f).toMatchObject({ cell: 'F4', rule: 'mom', tier: 'verify' });
    expect(f.message.zh).toBe(
      '5月!F4 粮食播种面积：本月 2.6，比上月（26000）减少 99.99%，超过环比降幅阈值 75%。请核实；如数据无误，须在备注（M4）说明原因',
    );
    expect(f.expected).toBe('环比增长不超过 300%、减少不超过 75%');
  });

  test('no threshold message says a decrease exceeds a threshold for a rise', () => {
    for (const x of [0.5, 0.1, 0.001]) {
      const fs = runChecks(figuresOf(plan, { 1: { 'B-01': 2.6 }, 2: { 'B-01': x } }), { month: 2 });
      for (const f of fs.filter((g) => g.rule === 'mom')) {
        expect(f.message.zh).toMatch(/减少 [\d.]+%，超过环比降幅阈值 75%|降为 0/);
        expect(f.message.zh).not.toContain('减少 100%');
      }
    }
  });
});

describe('下降 rows: one typo, one finding, in the words of a decrease (R3, R4)', () => {
  const plan = planOf([energy]);
  const year: Entries = { 1: { 'A-04': 2.1 }, 2: { 'A-04': 2.2 }, 3: { 'A-04': -1.5 }, 4: { 'A-04': 2.5 } };

  test('a negative figure is the sign finding only', () => {
    const march = runChecks(figuresOf(plan, year), { month: 3 });
    expect(lines(march)).toEqual(['3月!F4 sign verify']);
    expect(march[0].message.zh).not.toContain('增速');
  });

  test('the correct figure after it has no finding and is not 待核实', () => {
    const april = runChecks(figuresOf(plan, year), { month: 4 });
    expect(april).toEqual([]);
    expect(unverifiedCodes(april).includes('A-04')).toBe(false);
  });

  test('a rise explained in 备注 stands; the turn back to a decrease says 降幅, never 累计增速', () => {
    const explained: Entries = { ...year, 3: { 'A-04': { f: -1.5, note: '确为上升' } } };
    const [f] = runChecks(figuresOf(plan, explained), { month: 4 });
    expect(f).toMatchObject({ cell: 'F4', rule: 'mom', tier: 'verify' });
    expect(f.message.zh).toContain('累计降幅由上月的 -1.5% 转为 2.5%，正负相反');
  });

  test('a carried decrease and one far beyond the target say 降幅', () => {
    const carried = runChecks(figuresOf(plan, { ...year, 3: { 'A-04': 2.4 }, 4: { 'A-04': null } }), { month: 4 });
    expect(carried[0].message.zh).toContain('本月降幅未填写（表中累计沿用3月的 2.4%）。应填写1-4月累计降幅');
    const far = runChecks(figuresOf(plan, { ...year, 3: { 'A-04': 2.4 }, 4: { 'A-04': 9 } }), { month: 4 });
    expect(far.find((g) => g.rule === 'over-target')?.message.zh).toContain('累计降幅 9%，是目标（2%）的 4.5 倍');
  });
});

describe('the top of a band is a bound (R6)', () => {
  const plan = planOf([insured, forest, projects]);
  const month = (c04: number, c05: number, a06: number): Entries => ({
    1: { 'C-04': 96, 'C-05': 68, 'A-06': 1 },
    2: { 'C-04': c04, 'C-05': c05, 'A-06': a06 },
  });

  test('101% against 95-100%: 核实性, naming the upper end and a rate over 100%; the row is 待核实', () => {
    const fs = runChecks(figuresOf(plan, month(101, 68, 0)), { month: 2 });
    expect(lines(fs)).toEqual(['2月!F4 upper-bound verify']);
    expect(fs[0].message.zh).toBe(
      '2月!F4 城乡医保参保率：本月 101%，高于目标区间（95-100%）的上限 100%，比率不应超过 100%。请核实；如数据无误，须在备注（M4）说明原因',
    );
    expect(unverifiedCodes(fs).includes('C-04')).toBe(true);
  });

  test('at the top, inside the band: nothing; a rate of a state over 100% without a band: 核实性', () => {
    expect(runChecks(figuresOf(plan, month(100, 68, 0)), { month: 2 })).toEqual([]);
    const fs = runChecks(figuresOf(plan, month(97, 100.5, 0)), { month: 2 });
    expect(lines(fs)).toEqual(['2月!F5 upper-bound verify']);
    expect(fs[0].message.zh).toContain('本月 100.5%，比率不应超过 100%');
  });

  test('a flow above its range (4 of 2-3个) is done, not doubtful', () => {
    expect(runChecks(figuresOf(plan, month(97, 68, 3)), { month: 2 })).toEqual([]);
  });

  test('explained in 备注, the sentence says above the top, not 达到目标', () => {
    const ev = evaluate(plan, insured, 11, 101);
    const c = indicatorClause({
      ind: insured,
      actual: 101,
      evaluation: ev,
      month: 11,
      deadline: null,
      doneMonth: null,
    });
    expect(c.zh).toBe('城乡医保参保率为101%，高于目标区间（95-100%）上限1个百分点');
    expect(c.zh).not.toContain('达到目标');
    // 差额 says the same: points over the top, 0 inside the range, below it from the lower end.
    expect([101, 97, 93].map((x) => evaluate(plan, insured, 11, x).gapPp)).toEqual([1, 0, -2]);
  });

  test('a growth range (增长5-7%): inside is 达到目标, above says the points over the top', () => {
    const rate = ind({
      code: 'R-BT',
      name: '工业投资增长',
      kind: 'rate',
      unit: '%',
      comparator: 'between',
      value: 5,
      max: 7,
    });
    const clause = (x: number) =>
      indicatorClause({
        ind: rate,
        actual: x,
        evaluation: evaluate(plan, rate, 6, x),
        month: 6,
        deadline: null,
        doneMonth: null,
      }).zh;
    expect([8, 6, 4].map((x) => evaluate(plan, rate, 6, x).gapPp)).toEqual([1, 0, -1]);
    expect(clause(8)).toBe('工业投资增长8%，高于目标区间（增长5-7%）上限1个百分点');
    expect(clause(6)).toBe('工业投资增长6%，达到目标（增长5-7%）');
    expect(clause(4)).toBe('工业投资增长4%，低于目标1个百分点');
  });
});

describe('漏填 on flow rows: must-fix for the month being checked, a note after (R11)', () => {
  const plan = planOf([invest, projects]);
  const year: Entries = {};
  for (let m = 1; m <= 9; m++) year[m] = { 'A-01': 2500, 'A-06': m === 3 ? 1 : null };
  year[7] = { 'A-01': null, 'A-06': null };
  year[8] = { 'A-01': { f: 5000, note: '7月数据迟报，含7-8月' }, 'A-06': null };

  test('the checked month: a blank flow is 强制性; the earlier blank months are one note naming them', () => {
    const fs = runChecks(figuresOf(plan, year), { month: 7 });
    expect(lines(fs)).toEqual(['6月!F5 completeness note', '7月!F4 completeness error', '7月!F5 completeness error']);
    expect(fs[0].message.zh).toBe(
      '6月!F5 引进工业项目：1-2月、4-6月未填报，均按 0 计入7月累计；没有发生的月份建议填 0，如有漏报请补填',
    );
    expect(fs[0].message.en).toBe(
      '6月!F5 引进工业项目 (A-06): no figure in months 1-2, 4-6; all counted as 0 in the cumulative to month 7; enter 0 where nothing happened, or the missed figure',
    );
    expect(fs[2].message.zh).toBe('7月!F5 引进工业项目：本月未填写。应填写本月数（单位：个）；本月没有发生请填 0');
  });

  test('a late report explained in a later 备注 downgrades the earlier 漏填 to 提示性 and quotes it', () => {
    const fs = runChecks(figuresOf(plan, year), { month: 9 });
    expect(fs.filter((f) => f.tier === 'error').map((f) => `${f.sheet}!${f.cell}`)).toEqual(['9月!F5']);
    const july = fs.find((f) => f.sheet === '7月' && f.code === 'A-01');
    expect(july).toMatchObject({ rule: 'completeness', tier: 'note' });
    expect(july?.message.zh).toBe(
      '7月!F4 固定资产投资：7月未填报，按 0 计入9月累计（8月备注已说明“7月数据迟报，含7-8月”）',
    );
    // The other row's blank months, 8月 included, are one note at the latest of them.
    expect(lines(fs.filter((f) => f.code === 'A-06'))).toEqual([
      '8月!F5 completeness note',
      '9月!F5 completeness error',
    ]);
    expect(fs.find((f) => f.sheet === '8月')?.message.zh).toBe(
      '8月!F5 引进工业项目：1-2月、4-8月未填报，均按 0 计入9月累计；没有发生的月份建议填 0，如有漏报请补填',
    );
  });

  test('the must-fix list does not grow with the months: at most one 漏填 per flow row', () => {
    const counts = [3, 6, 9].map(
      (m) => runChecks(figuresOf(plan, year), { month: m }).filter((f) => f.tier === 'error').length,
    );
    expect(counts).toEqual([0, 1, 1]);
  });

  test('a month the schedule plans nothing for: a blank is counted as 0, with a note', () => {
    const fs = runChecks(figuresOf(planOf([crop]), { 1: { 'B-03': null }, 2: { 'B-03': null } }), { month: 2 });
    expect(lines(fs)).toEqual(['2月!F4 completeness note']);
    expect(fs[0].message.zh).toBe(
      '2月!F4 新造油茶林：2月未填报，按 0 计入2月累计（进度安排无计划量）；没有发生建议填 0',
    );
    const march = runChecks(
      figuresOf(planOf([crop]), { 1: { 'B-03': null }, 2: { 'B-03': null }, 3: { 'B-03': null } }),
      {
        month: 3,
      },
    );
    expect(lines(march)).toEqual(['3月!F4 completeness error']);
  });

  test('the months a 备注 names', () => {
    const named = (s: string) => [...monthsNamed(s)].sort((a, b) => a - b);
    expect(named('7月数据迟报，含7-8月')).toEqual([7, 8]);
    expect(named('1、2月合并报送')).toEqual([1, 2]);
    expect(named('七月未报，八月补报')).toEqual([7, 8]);
    expect(named('含5月-7月')).toEqual([5, 6, 7]);
    expect(named('三季度数据10月补报')).toEqual([10]);
    expect(named('2024年数据')).toEqual([]);
  });
});

describe('数量级 measures a figure against the row’s own good months (issue 13: the wrong earlier months)', () => {
  // The review's plan: 粮食播种面积 2.5万亩 to hold, 26000 typed in April (亩 on a 万亩 row).
  const grain = ind({ code: 'B-01', name: '粮食播种面积', kind: 'level', unit: '万亩', value: 2.5, hold: true });
  const levels = (over: Record<number, number>): Entries =>
    Object.fromEntries(Array.from({ length: 9 }, (_, i) => [i + 1, { 'B-01': over[i + 1] ?? 2.6 }])) as Entries;

  test('the same mistake again later is found again, measured against the recent good months', () => {
    const fs = runChecks(figuresOf(planOf([grain]), levels({ 4: 26000, 9: 26000 })), { month: 9 });
    expect(lines(fs)).toEqual(['9月!F4 scale verify']);
    expect(fs[0].message.zh).toBe(
      '9月!F4 粮食播种面积：本月填写 26000，是8月的数（2.6万亩）的约1万倍，疑似按亩填写（本行单位：万亩），建议改为 2.6。请核实；如数据无误，须在备注（M4）说明原因',
    );
    expect(fs[0].suggestion).toBe('2.6');
  });

  test('a correct level after a wrong one is not "a thousandth of the earlier figures"', () => {
    const fs = runChecks(figuresOf(planOf([grain]), { 1: { 'B-01': 2.6 }, 2: { 'B-01': 26000 }, 3: { 'B-01': 2.6 } }), {
      month: 3,
    });
    expect(fs).toEqual([]);
  });

  test('a wrong figure explained in 备注 stands as typed, and is the measure after it', () => {
    const year: Entries = {
      1: { 'B-01': 2.6 },
      2: { 'B-01': { f: 26000, note: '本月改按亩统计' } },
      3: { 'B-01': 26000 },
    };
    // Not a scale question any more: March's 26000 is only far beyond the target, which March's 备注 must answer.
    expect(lines(runChecks(figuresOf(planOf([grain]), year), { month: 3 }))).toEqual(['3月!F4 over-target verify']);
  });

  test('a level typed in 万亩 on an 亩 row is measured against the smallest recent level, named', () => {
    const sheds = ind({ code: 'B-02', name: '大棚蔬菜基地面积', kind: 'level', unit: '亩', value: 800 });
    const year: Entries = { 1: { 'B-02': 500 }, 2: { 'B-02': 520 }, 3: { 'B-02': 540 }, 4: { 'B-02': 0.056 } };
    const fs = runChecks(figuresOf(planOf([sheds]), year), { month: 4 });
    expect(lines(fs)).toEqual(['4月!F4 scale verify']);
    expect(fs[0].message.zh).toBe(
      '4月!F4 大棚蔬菜基地面积：本月填写 0.056，只有1月的数（500亩）的 8929 分之一，疑似按万亩填写（本行单位：亩），建议改为 560。请核实；如数据无误，须在备注（M4）说明原因',
    );
  });

  test('a flow: 元 typed on a 万元 row twice is found twice; the months between are measured as usual', () => {
    const year: Entries = { 1: { 'A-01': 2500 }, 2: { 'A-01': 25000000 }, 3: { 'A-01': 2500 } };
    for (let m = 4; m <= 9; m++) year[m] = { 'A-01': 2500 };
    year[10] = { 'A-01': 25000000 };
    const fs = runChecks(figuresOf(planOf([invest]), year), { month: 10 });
    expect(lines(fs)).toEqual(['2月!F4 scale verify', '10月!F4 scale verify']);
    expect(fs[1].message.zh).toBe(
      '10月!F4 固定资产投资：本月填写 25000000，是年度目标（30000万元）的 833 倍，疑似按元填写（本行单位：万元），建议改为 2500。请核实；如数据无误，须在备注（M4）说明原因',
    );
    // March's 2500 is ordinary; its 累计, swollen by February's figure, is that finding's, not a second one.
    expect(lines(runChecks(figuresOf(planOf([invest]), year), { month: 3 }))).toEqual(['2月!F4 scale verify']);
  });

  test('a flow far above its target is the measure for the next month once its 备注 explains it, not before', () => {
    const projects2 = ind({ code: 'A-07', name: '新增市场主体', kind: 'cumulative', unit: '户', value: 100 });
    // 1月's 400 is 4 times the target: its 远超目标 finding is open, so it is no measure yet.
    const open: Entries = { 1: { 'A-07': 400 }, 2: { 'A-07': 400000 } };
    const a = runChecks(figuresOf(planOf([projects2]), open), { month: 2 }).find((f) => f.rule === 'scale');
    expect(a?.message.zh).toContain('本月填写 400000，是年度目标（100户）的 4000 倍，数值异常');
    const explained: Entries = { 1: { 'A-07': { f: 400, note: '集中登记' } }, 2: { 'A-07': 400000 } };
    const b = runChecks(figuresOf(planOf([projects2]), explained), { month: 2 }).find((f) => f.rule === 'scale');
    expect(b?.message.zh).toContain('本月填写 400000，是1月的本月数（400户）的 1000 倍，数值异常');
  });
});

describe('a December check: one 漏填 note per flow row, naming its months (issue 13: the list grew a line a month)', () => {
  const deaths = ind({
    code: 'C-01',
    name: '生产安全事故死亡人数',
    kind: 'cumulative',
    unit: '人',
    value: 1,
    comparator: '<=',
  });
  const plan = planOf([invest, projects, crop, deaths]);
  const year: Entries = {};
  const cropFlows: Record<number, number> = { 3: 300, 4: 250, 5: 200, 6: 100, 10: 100 };
  for (let m = 1; m <= 12; m++)
    year[m] = {
      'A-01': m === 7 ? null : m === 8 ? { f: 5000, note: '7月数据迟报，含7-8月' } : 2500,
      'A-06': m === 3 || m === 10 ? 1 : null,
      'B-03': cropFlows[m] ?? null,
      'C-01': m === 2 || m === 5 ? '无' : m === 7 ? { f: null, note: '本月无事故' } : 0,
    };

  test('the notes at 12月: each row once, at its latest such month, with the 备注 quoted and the schedule said', () => {
    const fs = runChecks(figuresOf(plan, year), { month: 12 });
    const gaps = fs.filter((f) => f.rule === 'completeness');
    expect(lines(gaps)).toEqual([
      '7月!F4 completeness note',
      '7月!F7 completeness note',
      '11月!F5 completeness note',
      '12月!F5 completeness error',
      '12月!F6 completeness note',
    ]);
    expect(gaps.map((f) => f.message.zh)).toEqual([
      '7月!F4 固定资产投资：7月未填报，按 0 计入12月累计（8月备注已说明“7月数据迟报，含7-8月”）',
      '7月!F7 生产安全事故死亡人数：7月未填报，2、5月填写“无”，均按 0 计入12月累计（7月备注已说明“本月无事故”）；没有发生的月份建议填 0',
      '11月!F5 引进工业项目：1-2月、4-9月、11月未填报，均按 0 计入12月累计；没有发生的月份建议填 0，如有漏报请补填',
      '12月!F5 引进工业项目：本月未填写。应填写本月数（单位：个）；本月没有发生请填 0',
      '12月!F6 新造油茶林：1-2月、7-9月、11-12月未填报，均按 0 计入12月累计（1-2月、7-9月、12月：进度安排无计划量）；没有发生的月份建议填 0，如有漏报请补填',
    ]);
    expect(gaps[1].suggestion).toBe(null);
    expect(gaps[4].message.en).toBe(
      '12月!F6 新造油茶林 (B-03): no figure in months 1-2, 7-9, 11-12; all counted as 0 in the cumulative to month 12 (months 1-2, 7-9, 12: the schedule plans nothing); enter 0 where nothing happened, or the missed figure',
    );
  });

  test('month after month the list stays one line per row, and must-fix only in the checked month', () => {
    for (let m = 1; m <= 12; m++) {
      const gaps = runChecks(figuresOf(plan, year), { month: m }).filter((f) => f.rule === 'completeness');
      const notes = gaps.filter((f) => f.tier === 'note');
      expect(new Set(notes.map((f) => f.code)).size).toBe(notes.length);
      expect(gaps.filter((f) => f.tier === 'error').every((f) => f.sheet === `${m}月`)).toBe(true);
    }
  });

  test('a no-data mark alone keeps its suggestion 0 for its cell', () => {
    const fs = runChecks(figuresOf(plan, { 1: { 'A-01': 1, 'A-06': 0, 'B-03': 0, 'C-01': '无' } }), { month: 1 });
    expect(fs.map((f) => [f.cell, f.message.zh, f.suggestion])).toEqual([
      ['F7', '1月!F7 生产安全事故死亡人数：1月填写“无”，按 0 计入1月累计；没有发生建议填 0', '0'],
    ]);
  });
});
