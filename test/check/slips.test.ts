// Entry slips a statistician meets every year (review3 W40, W5, W13, W33, W37, W38): a flow typed in
// a larger unit, "1" for 100%, a bare "已核实" beside a likely mistake, a blank growth rate, whole
// months not collected, a late month typed after a later 备注 said it was included.
import { runChecks, unverifiedCodes, type Finding } from '../../src/check';
import { confirmsOnly } from '../../src/check/notes';
import { summarize } from '../../src/summary';
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

describe('a blank in a due report month is must-fix for every kind (W33)', () => {
  const gdp = ind({
    code: 'ZB1',
    kind: 'rate',
    name: '地区生产总值增长',
    unit: '%',
    value: 6.5,
    reportMonths: [3, 6, 9, 12],
  });

  test('the year’s growth rate left blank in 12月: 强制性, in words for a blank', () => {
    const found = runChecks(figuresOf(planOf([gdp]), byMonth('ZB1', { 9: 6.7, 10: null, 11: null, 12: null })), {
      month: 12,
    });
    expect(lines(found)).toEqual([
      'error completeness 12月!F4 地区生产总值增长：本月增速未填写（表中累计沿用9月的 6.7%）。应填写1-12月累计增速',
    ]);
    expect(found[0].message.zh).not.toContain('如数据无误');
  });

  test('a 备注 that says why makes it a note; "无" does not', () => {
    const why = byMonth('ZB1', { 9: 6.7, 12: { f: null, note: '县统计局年报数据尚未反馈' } });
    expect(lines(runChecks(figuresOf(planOf([gdp]), why), { month: 12 }))).toEqual([
      'note completeness 12月!F4 地区生产总值增长：本月增速未填写，累计沿用9月的 6.7%（备注已说明：县统计局年报数据尚未反馈）',
    ]);
    const mark = byMonth('ZB1', { 9: 6.7, 12: { f: null, note: '无' } });
    expect(runChecks(figuresOf(planOf([gdp]), mark), { month: 12 }).map((f) => f.tier)).toEqual(['error']);
  });
});

describe('a bare "已核实" confirms a figure that may be right, not a likely entry mistake (W13)', () => {
  const jobs = ind({ code: 'MS1', kind: 'cumulative', name: '新增城镇就业', unit: '人', value: 260 });
  const energy = ind({
    code: 'ZB6',
    kind: 'rate',
    name: '单位GDP能耗下降',
    unit: '%',
    value: 2.5,
    direction: 'decrease',
  });
  const plan = planOf([jobs, energy]);
  const running = (note: string): Entries => ({
    1: { MS1: 20, ZB6: 2 },
    2: { MS1: 18, ZB6: 2.1 },
    3: { MS1: 25, ZB6: 2.2 },
    4: { MS1: 85, ZB6: 2.2 },
    5: { MS1: 108, ZB6: 2.3 },
    6: { MS1: { f: 130, note }, ZB6: { f: -2.3, note: '数据已核实' } },
  });

  test('疑似累计数 and 降幅符号 stay 核实性, and the row is 待核实 in the summary, not 已完成', () => {
    const figures = figuresOf(plan, running('已核实'));
    const found = runChecks(figures, { month: 6 });
    expect(found.map((f) => `${f.tier} ${f.rule} ${f.cell}`)).toEqual(['verify running-total F4', 'verify sign F5']);
    expect(found[0].message.zh).toMatch(
      /疑似把累计数填在了本月。.*。请核实；备注“已核实”只确认了数字，没有说明原因：这类问题多为填写错误，请改正，或在备注（M4）写明数据无误的原因$/,
    );
    expect(found[1].message.zh).toContain('备注“数据已核实”只确认了数字，没有说明原因');
    const s = summarize(plan, figures, 6, { unverified: unverifiedCodes(found) });
    expect(s.indicators.map((r) => r.evaluation.status)).toEqual(['待核实', '待核实']);
    expect(s.indicators[0].clause).not.toContain('已完成');
  });

  test('a reason explains it: the finding is 提示性 with the note', () => {
    const found = runChecks(figuresOf(plan, running('6月举办专场招聘会，当月新增130人')), { month: 6 });
    expect(found.find((f) => f.rule === 'running-total')).toMatchObject({ tier: 'note' });
    expect(found.find((f) => f.rule === 'running-total')?.message.zh).toContain(
      '（备注已说明：6月举办专场招聘会，当月新增130人）',
    );
  });

  test('环比 (the figure may well be right) is answered by "已核实"', () => {
    const e = byMonth('MS1', { 1: 5, 2: { f: 60, note: '已核实' } });
    const [f] = runChecks(figuresOf(planOf([jobs]), e), { month: 2 });
    expect(f).toMatchObject({ rule: 'mom', tier: 'note' });
    expect(f.message.zh).toContain('（备注已说明：已核实）');
  });

  test('数量级 is not: 0.12 on an 亩 row with "数据无误" stays, and stays out of the row’s measure', () => {
    const farmland = ind({ code: 'NY', kind: 'cumulative', name: '新建高标准农田', unit: '亩', value: 3000 });
    const e = byMonth('NY', { 3: 200, 4: 300, 5: 400, 6: { f: 0.12, note: '数据无误' }, 7: 350 });
    const found = runChecks(figuresOf(planOf([farmland]), e), { month: 7 });
    expect(found.map((f) => `${f.sheet} ${f.tier} ${f.rule}`)).toEqual(['6月 verify scale']);
  });

  test('"已核实" beside a blank flow explains no blank: still must-fix', () => {
    const e = byMonth('MS1', { 1: 20, 2: { f: null, note: '已核实' } });
    expect(runChecks(figuresOf(planOf([jobs]), e), { month: 2 }).map((f) => `${f.tier} ${f.rule}`)).toEqual([
      'error completeness',
    ]);
  });

  test('what counts as a bare confirmation', () => {
    for (const n of ['已核实', '数据已核实', '经核实，数据准确无误。', '情况属实', '无误', '核实无误', '已确认', 'OK'])
      expect([n, confirmsOnly(n)]).toEqual([n, true]);
    for (const n of ['2月数据迟报，含2-3月', '已核实，系6月集中签约', '能耗上升2.3%，已核实', '无', '0'])
      expect([n, confirmsOnly(n)]).toEqual([n, false]);
  });
});

describe('a late month typed in after a later 备注 said it was included (W38)', () => {
  const houses = ind({ code: 'CX', kind: 'cumulative', name: '改造农村危旧房', unit: '户', value: 120 });
  const year = (feb: Entries[number][string], marchNote = '2月数据迟报，含2-3月'): Entries =>
    byMonth('CX', { 1: 5, 2: feb, 3: { f: 15, note: marchNote }, 4: 10, 5: 12, 6: 8 });

  test('2月 back-filled with 5 is asked at its own cell, in the 6月 check', () => {
    const found = runChecks(figuresOf(planOf([houses]), year(5)), { month: 6 });
    expect(lines(found)).toEqual([
      'verify double-count 2月!F4 改造农村危旧房：3月备注说明已含2月数据（“2月数据迟报，含2-3月”），2月又填报5户，是否重复计算？如3月的 15户 已含2月，请把2月改为 0，或改正3月的数（该月数字影响6月累计）。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
    expect(unverifiedCodes(found)).toEqual(['CX']);
  });

  test('a blank 2月 is what the note explains; a note that only mentions 2月 asks nothing', () => {
    expect(runChecks(figuresOf(planOf([houses]), year(null)), { month: 6 }).map((f) => f.tier)).toEqual(['note']);
    expect(runChecks(figuresOf(planOf([houses]), year(5, '比2月多10户')), { month: 6 })).toEqual([]);
  });

  test('2月’s own 备注: a reason answers it, "已核实" does not', () => {
    const reason = runChecks(figuresOf(planOf([houses]), year({ f: 5, note: '另有5户为2月补报，3月未含' })), {
      month: 6,
    });
    expect(reason.map((f) => `${f.tier} ${f.rule}`)).toEqual(['note double-count']);
    const bare = runChecks(figuresOf(planOf([houses]), year({ f: 5, note: '已核实' })), { month: 6 });
    expect(bare.map((f) => `${f.tier} ${f.rule}`)).toEqual(['verify double-count']);
  });
});

describe('whole months with no figure at all, before the checked one (W37)', () => {
  const houses = ind({ code: 'CX', kind: 'cumulative', name: '改造农村危旧房', unit: '户', value: 120 });
  const roads = ind({ code: 'RD', kind: 'cumulative', name: '新建农村公路', unit: '公里', value: 18 });
  const plan = planOf([houses, roads]);
  const firstHalf = Object.fromEntries([1, 2, 3, 4, 5, 6].map((m) => [m, { CX: 10, RD: 1.5 }])) as Entries;
  const gap9: Entries = { ...firstHalf, 7: {}, 8: {}, 9: { CX: 4 } };
  const said =
    '7月、8月表没有任何填报数据（可能尚未汇集）：按月累加的指标，9月累计缺这些月份的数，按待核实处理；请汇集后再审核、汇总';

  test('the check says so once, as must-fix, and no row note counts 7-8月 as 0', () => {
    const found = runChecks(figuresOf(plan, gap9), { month: 9 });
    expect(found[0]).toMatchObject({ sheet: '7月', cell: null, code: null, rule: 'completeness', tier: 'error' });
    expect(found[0].message.zh).toBe(said);
    expect(found.filter((f) => f.message.zh.includes('7-8月'))).toEqual([]);
  });

  test('the summary warns in the same words; a 累计 built over the gap is 待核实, one that stops before it is quoted as of 6月', () => {
    const s = summarize(plan, figuresOf(plan, gap9), 9);
    expect(s.warnings.map((w) => w.zh)).toEqual([said]);
    expect(s.indicators.map((r) => [r.code, r.evaluation.status])).toEqual([
      ['CX', '待核实'],
      ['RD', '欠进度'],
    ]);
    expect(s.indicators[0].clause).toBe('改造农村危旧房填报数据待核实');
    expect(s.indicators[1].clause).toContain('（7-9月未填报，按截至6月数据）');
  });

  test('months with figures, or with no row due (quarterly only), are not uncollected', () => {
    const full = { ...firstHalf, 7: { CX: 1 }, 8: { RD: 1 }, 9: { CX: 4 } };
    expect(runChecks(figuresOf(plan, full), { month: 9 }).filter((f) => f.code === null)).toEqual([]);
    const income = ind({ code: 'Q', kind: 'rate', name: '居民收入增长', unit: '%', value: 7, reportMonths: [3, 6] });
    const quarterly = planOf([income]);
    expect(runChecks(figuresOf(quarterly, { 3: { Q: 7.1 }, 4: {}, 5: {}, 6: { Q: 7.2 } }), { month: 6 })).toEqual([]);
    expect(
      summarize(quarterly, figuresOf(quarterly, { 3: { Q: 7.1 }, 4: {}, 5: {}, 6: { Q: 7.2 } }), 6).warnings,
    ).toEqual([]);
  });
});
