import { checkFigures, runChecks, CheckOptionError, type Finding } from '../../src/check';
import type { Indicator } from '../../src/plan';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from './support';

const grain = ind({ code: 'NY-01', name: '粮食生产面积', kind: 'cumulative', unit: '万亩', value: 3.2 });
const rape = ind({ code: 'NY-03', name: '油菜种植面积', kind: 'cumulative', unit: '亩', value: 2000 });
const greenhouse = ind({ code: 'NY-17', name: '设施大棚蔬菜面积', kind: 'level', unit: '亩', value: 800 });
const revenue = ind({ code: 'GY-04', name: '规上企业营收增长', kind: 'rate', unit: '%', value: 20 });
const mine = ind({ code: 'HJ-M1', name: '矿山生态修复通过省级验收', kind: 'milestone', unit: '', deadlineMonth: 6 });

const plan = planOf([grain, rape, greenhouse, revenue, mine]);

/** A month's clean figures: on track, every cell filled. */
function cleanMonth(m: number): Record<string, number | string> {
  return {
    'NY-01': 0.25,
    'NY-03': 160,
    'NY-17': 800 + m,
    'GY-04': 20 + m / 10,
    'HJ-M1': m >= 5 ? '已完成' : '推进中',
  };
}

function clean(upTo: number, over: Entries = {}): Entries {
  const e: Entries = {};
  for (let m = 1; m <= upTo; m++) e[m] = { ...cleanMonth(m), ...(over[m] ?? {}) };
  return e;
}

function only(findings: Finding[]): Finding {
  expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toHaveLength(1);
  return findings[0];
}

describe('a clean workbook', () => {
  test('has no findings, and the default month is the latest with figures', () => {
    const figs = figuresOf(plan, clean(6), { months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    const r = checkFigures(figs);
    expect(r.ok && r.month).toBe(6);
    expect(r.ok && r.findings).toEqual([]);
  });

  test('every month on its own is clean too', () => {
    const figs = figuresOf(plan, clean(12));
    for (let m = 1; m <= 12; m++) {
      // December: the milestone is done; nothing is overdue.
      expect(runChecks(figs, { month: m })).toEqual([]);
    }
  });

  test('an empty template has nothing to check', () => {
    const r = checkFigures(figuresOf(plan, {}, { months: [1, 2, 3] }));
    expect(r).toEqual({ ok: true, month: null, findings: [] });
  });
});

describe('format (强制性)', () => {
  test('an estimate names the cell, says why and suggests the number', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-01': '约3万' } }))));
    expect(f).toMatchObject({ sheet: '3月', cell: 'F4', code: 'NY-01', rule: 'format', tier: 'error' });
    expect(f.message.zh).toBe(
      '3月!F4 粮食生产面积：本月填写“约3万”，是估计值，不是数字。应填写数字（单位：万亩），建议改为 3',
    );
    expect(f.found).toBe('约3万');
    expect(f.expected).toBe('数字（单位：万亩）');
    expect(f.suggestion).toBe('3');
  });

  test.each([
    ['3,200', '含千位分隔符', '3200'],
    ['３２００', '含全角字符', '3200'],
    ['三千二百', '是中文数字', '3200'],
    ['3200亩', '写了单位', '3200'],
    ['0.32万', '带有“万”“亿”等数量级', '3200'],
    ['3200 ', '是文本格式的数字', '3200'],
    ['32 00', '含多余空格', '3200'],
    ['abc', '不是数字', null],
  ])('%p on an 亩 row', (raw, why, sugg) => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 2: { 'NY-03': raw } }))));
    expect(f).toMatchObject({ cell: 'F5', rule: 'format', tier: 'error', suggestion: sugg });
    expect(f.message.zh).toBe(
      `2月!F5 油菜种植面积：本月填写“${raw}”，${why}。应填写数字（单位：亩）${sugg ? `，建议改为 ${sugg}` : ''}`,
    );
  });

  test('a readable figure in the wrong scale is suggested in the row unit', () => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 2: { 'NY-01': '32,000' } }))));
    expect(f.suggestion).toBe('3.2');
    expect(f.message.zh).toBe(
      '2月!F4 粮食生产面积：本月填写“32,000”，含千位分隔符。应填写数字（单位：万亩），建议改为 3.2（已按本行单位万亩折算）',
    );
  });

  test('a fraction on a % row and a percent sign', () => {
    const a = only(runChecks(figuresOf(plan, clean(2, { 2: { 'GY-04': 0.22 } }))));
    expect(a.message.zh).toBe(
      '2月!F7 规上企业营收增长：本月填写“0.22”，是小数形式的百分比。应填写数字（单位：%），建议改为 22',
    );
    const b = only(runChecks(figuresOf(plan, clean(2, { 2: { 'GY-04': '22%' } }))));
    expect(b).toMatchObject({ cell: 'F7', rule: 'format', suggestion: '22' });
  });

  test('a milestone state that is not one of the three, with a suggestion where the words say it', () => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 2: { 'HJ-M1': '已通过验收' } }))));
    expect(f).toMatchObject({ cell: 'F8', rule: 'format', tier: 'error', suggestion: '已完成' });
    expect(f.message.zh).toBe(
      '2月!F8 矿山生态修复通过省级验收：本月填写“已通过验收”，不是节点状态。应填写 未开始、推进中、已完成 之一，建议改为 已完成',
    );
    const g = only(runChecks(figuresOf(plan, clean(2, { 2: { 'HJ-M1': '未完成' } }))));
    expect(g.suggestion).toBeNull();
  });

  test.each([
    ['完成80%', '推进中'],
    ['已完成90％', '推进中'],
    ['完成过半', '推进中'],
    ['基本完成', '推进中'],
    ['主体完工', '推进中'],
    ['尚未开工', '未开始'],
    ['本月未开展', '未开始'],
    ['已开工', '推进中'],
    ['6月28日已完工', '已完成'],
    ['完成100%', '已完成'],
    ['已竣工', '已完成'],
  ])('a milestone typed “%s” is suggested %s: part done is never 已完成 (review3 W30)', (typed, state) => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 2: { 'HJ-M1': typed } }))));
    expect(f).toMatchObject({ cell: 'F8', rule: 'format', suggestion: state });
  });

  test('an unreadable flow in an earlier month is reported where it is, since it feeds this month', () => {
    const f = only(runChecks(figuresOf(plan, clean(4, { 2: { 'NY-03': '约100' } }))));
    expect(f).toMatchObject({ sheet: '2月', cell: 'F5', rule: 'format', tier: 'error', suggestion: '100' });
    expect(f.message.zh).toContain('（该月数字影响4月累计）');
  });
});

describe('completeness', () => {
  test('a blank flow is an error: 0 must be entered when nothing happened', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': null } })), { month: 3 }));
    expect(f).toMatchObject({ cell: 'F5', rule: 'completeness', tier: 'error' });
    expect(f.message.zh).toBe('3月!F5 油菜种植面积：本月未填写。应填写本月数（单位：亩）；本月没有发生请填 0');
  });

  test('a figure written in 备注 beside a blank 本月 is a must-fix with the figure to enter (review3 W29)', () => {
    const f = only(
      runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': { f: null, note: '本月完成油菜种植120亩' } } })), {
        month: 3,
      }),
    );
    expect(f).toMatchObject({ cell: 'F5', rule: 'completeness', tier: 'error', suggestion: '120' });
    expect(f.message.zh).toBe(
      '3月!F5 油菜种植面积：本月未填写，备注写了“本月完成油菜种植120亩”：数字应填在本月（F5），不计入累计。建议本月填 120',
    );
    const bare = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': { f: null, note: '2' } } })), { month: 3 }));
    expect(bare).toMatchObject({ cell: 'F5', tier: 'error', suggestion: '2' });
    // A reason is still a reason: no figure in the row's unit, the blank is explained.
    const why = runChecks(
      figuresOf(plan, clean(3, { 3: { 'NY-03': { f: null, note: '7月数据迟报，下月一并填报' } } })),
      {
        month: 3,
      },
    );
    expect(why.filter((x) => x.tier === 'error')).toEqual([]);
  });

  test('"无" on a flow row is counted as 0, with a note', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': '无' } }))));
    expect(f).toMatchObject({ cell: 'F5', rule: 'completeness', tier: 'note', suggestion: '0' });
  });

  test('a level left blank in its month is must-fix naming what the sheet carries; a level never given too', () => {
    const c = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-17': null } }))));
    expect(c).toMatchObject({ sheet: '3月', cell: 'F6', rule: 'completeness', tier: 'error' });
    expect(c.message.zh).toBe(
      '3月!F6 设施大棚蔬菜面积：本月未填写（表中沿用2月的802亩）。应填写本月数（单位：亩），没有变化也请照填',
    );
    const never = { 1: { 'NY-17': null }, 2: { 'NY-17': null } };
    const f = only(runChecks(figuresOf(plan, clean(2, never))));
    expect(f).toMatchObject({ sheet: '2月', cell: 'F6', rule: 'completeness', tier: 'error' });
    expect(f.message.zh).toBe('2月!F6 设施大棚蔬菜面积：本月未填写，此前各月也没有。应填写当前数（单位：亩）');
  });

  test('January has no months before it: a blank there names no earlier months, and its rate is the month itself', () => {
    const level = only(runChecks(figuresOf(plan, clean(1, { 1: { 'NY-17': null } }))));
    expect(level.message.zh).toBe('1月!F6 设施大棚蔬菜面积：本月未填写。应填写当前数（单位：亩）');
    const rate = only(runChecks(figuresOf(plan, clean(1, { 1: { 'GY-04': null } }))));
    expect(rate.message.zh).toBe('1月!F7 规上企业营收增长：本月未填写。应填写1月增速（%）');
    const milestone = only(runChecks(figuresOf(plan, clean(1, { 1: { 'HJ-M1': null } }))));
    expect(milestone.message.zh).toBe(
      '1月!F8 矿山生态修复通过省级验收：未填写进展状态。应填写 未开始、推进中、已完成 之一',
    );
  });

  test('a growth rate left blank in its month is must-fix like a blank flow (review3 W33)', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'GY-04': null } }))));
    expect(f).toMatchObject({ cell: 'F7', rule: 'completeness', tier: 'error' });
    expect(f.message.zh).toBe(
      '3月!F7 规上企业营收增长：本月增速未填写（表中累计沿用2月的 20.2%）。应填写1-3月累计增速',
    );
  });

  test('a milestone with no state yet, and a monthly task left blank', () => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 1: { 'HJ-M1': null }, 2: { 'HJ-M1': null } }))));
    expect(f).toMatchObject({ cell: 'F8', rule: 'completeness', tier: 'error' });
    expect(runChecks(figuresOf(plan, clean(2, { 2: { 'HJ-M1': null } })))).toEqual([]);
    const task = ind({ code: 'GY-M3', name: '每月外出招大引强', kind: 'milestone', unit: '', recurring: true });
    const p2 = planOf([task]);
    const g = only(runChecks(figuresOf(p2, { 1: { 'GY-M3': '已完成' }, 2: { 'GY-M3': null } }), { month: 2 }));
    expect(g.message.zh).toBe(
      '2月!F4 每月外出招大引强：每月任务，本月未填写进展状态。应填写 未开始、推进中、已完成 之一',
    );
  });
});

describe('scale (核实性)', () => {
  test('亩 typed on a 万亩 row', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-01': 32000 } }))));
    expect(f).toMatchObject({ cell: 'F4', rule: 'scale', tier: 'verify', suggestion: '3.2' });
    expect(f.message.zh).toBe(
      '3月!F4 粮食生产面积：本月填写 32000，是年度目标（3.2万亩）的约1万倍，疑似按亩填写（本行单位：万亩），建议改为 3.2。请核实；如数据无误，须在备注（M4）说明原因',
    );
  });

  test('万斤 typed on an 亿斤 row is suggested in 亿斤', () => {
    const crop = ind({ code: 'NY-02', name: '粮食产量', kind: 'cumulative', unit: '亿斤', value: 1.25 });
    const f = only(runChecks(figuresOf(planOf([crop]), { 1: { 'NY-02': 0.1 }, 2: { 'NY-02': 1000 } })));
    expect(f).toMatchObject({ cell: 'F4', rule: 'scale', suggestion: '0.1' });
  });

  test('a level in 万亩 on an 亩 row', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-17': 0.0803 } }))));
    expect(f).toMatchObject({ cell: 'F6', rule: 'scale', tier: 'verify', suggestion: '803' });
  });

  test('1e15 is one scale finding, not a cascade of size rules', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-17': 1e15 } }))));
    expect(f).toMatchObject({ cell: 'F6', rule: 'scale', tier: 'verify', suggestion: null });
    expect(f.message.zh).toContain(
      '本月填写 1000000000000000，是2月的数（802亩）的约1万亿倍，数值异常，请核对单位（本行单位：亩）和位数',
    );
  });
});

describe('identity and typed-over formulas', () => {
  test('a 累计 typed over with a wrong figure is an error with the expected sum', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': { f: 160, g: 500 } } }))));
    expect(f).toMatchObject({ cell: 'G5', rule: 'identity', tier: 'error', expected: '480', suggestion: '480' });
    expect(f.message.zh).toBe(
      '3月!G5 油菜种植面积：累计被手工填写为“500”，应为上月累计 320 + 本月 160 = 480。累计由公式计算，不应手工填写',
    );
  });

  test('a 累计 typed over with the right figure is a note to restore the formula', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': { f: 160, g: 480 } } }))));
    expect(f).toMatchObject({ cell: 'G5', rule: 'formula', tier: 'note' });
  });

  test('the next month builds on a typed-over 累计, as the sheet formula does, and its check still reports it', () => {
    const figs = figuresOf(plan, clean(4, { 3: { 'NY-03': { f: 160, g: 500 } } }));
    // The typed 500 changes April's 累计: the April check names it at its own cell, and nothing else.
    expect(runChecks(figs, { month: 4 }).map((f) => [f.sheet, f.cell, f.rule, f.tier, f.message.zh])).toEqual([
      [
        '3月',
        'G5',
        'identity',
        'error',
        '3月!G5 油菜种植面积：累计被手工填写为“500”，应为上月累计 320 + 本月 160 = 480。累计由公式计算，不应手工填写（该月数字影响4月累计）',
      ],
    ]);
  });

  test('a level 累计 typed over', () => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 2: { 'NY-17': { f: 802, g: 900 } } }))));
    expect(f.message.zh).toBe(
      '2月!G6 设施大棚蔬菜面积：累计被手工填写为“900”，应等于本月数 802。累计由公式计算，不应手工填写',
    );
  });

  test('a status typed over is an error naming the status the figures give', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': { f: 100, status: '已完成' } } }))));
    expect(f).toMatchObject({ cell: 'K5', rule: 'status', tier: 'error', suggestion: '欠进度' });
    expect(f.message.zh).toBe(
      '3月!K5 油菜种植面积：状态被手工改为“已完成”，按本表数字应为“欠进度”。状态由公式计算，不应手工填写',
    );
  });
});

describe('monotonic, volatility, plausibility, balance, milestones', () => {
  test('a negative flow makes the cumulative fall', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': -50 } }))));
    expect(f).toMatchObject({ cell: 'F5', rule: 'monotonic', tier: 'error' });
    expect(f.message.zh).toBe(
      '3月!F5 油菜种植面积：本月填写 -50（负数），累计由上月 320 减少为 270。累计数不应减少；如需更正以前月份，请改正该月的本月数',
    );
  });

  test('a negative month of revenue (留抵退税) is asked, and a 备注 giving the reason answers it (review4 X14)', () => {
    const revenueFlow = ind({ code: 'CZ-01', name: '一般公共预算收入', kind: 'cumulative', unit: '万元', value: 5000 });
    const p = planOf([revenueFlow]);
    const months = (m3: unknown): Entries => ({ 1: { 'CZ-01': 400 }, 2: { 'CZ-01': 420 }, 3: m3 as Entries[number] });
    const asked = runChecks(figuresOf(p, months({ 'CZ-01': -60 })));
    expect(asked.map((f) => [f.cell, f.rule, f.tier])).toEqual([['F4', 'monotonic', 'verify']]);
    expect(asked[0].message.zh).toBe(
      '3月!F4 一般公共预算收入：本月填写 -60（负数），累计由上月 820 减少为 760。金额类指标可能因退库、留抵退税等减少；如为更正以前月份，请改正该月的本月数。请核实；如数据无误，须在备注（M4）说明原因',
    );
    const told = runChecks(figuresOf(p, months({ 'CZ-01': { f: -60, note: '增值税留抵退税' } })));
    expect(told.map((f) => [f.cell, f.rule, f.tier])).toEqual([['F4', 'monotonic', 'note']]);
  });

  test('month-on-month: a flow five times last month', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-03': 800 } }))));
    expect(f).toMatchObject({ cell: 'F5', rule: 'mom', tier: 'verify' });
    expect(f.message.zh).toBe(
      '3月!F5 油菜种植面积：本月 800，比上月（160）增长 400%，超过环比阈值 300%。请核实；如数据无误，须在备注（M5）说明原因',
    );
  });

  test('month-on-month: per-indicator threshold overrides the plan', () => {
    const loose: Indicator = { ...rape, thresholds: { momChange: 5 } };
    const p2 = planOf([grain, loose, greenhouse, revenue, mine]);
    expect(runChecks(figuresOf(p2, clean(3, { 3: { 'NY-03': 800 } })))).toEqual([]);
  });

  test('month-on-month: a seasonal row may swing as its schedule does', () => {
    const sched = [0, 0, 0.01, 0.1, 0.5, 1, 1, 1, 1, 1, 1, 1];
    const crop = ind({ code: 'C', name: '季节', kind: 'cumulative', unit: '亩', value: 1000, schedule: sched });
    const p2 = planOf([crop]);
    // Planned flows 10 then 90: a ninefold rise is the plan itself.
    expect(runChecks(figuresOf(p2, { 1: { C: 0 }, 2: { C: 0 }, 3: { C: 10 }, 4: { C: 90 } }))).toEqual([]);
    expect(only(runChecks(figuresOf(p2, { 1: { C: 0 }, 2: { C: 0 }, 3: { C: 10 }, 4: { C: 400 } }))).rule).toBe('mom');
  });

  test('month-on-month: a level that drops to 0, a growth rate that changes sign', () => {
    const f = only(runChecks(figuresOf(plan, clean(3, { 3: { 'NY-17': 0 } }))));
    expect(f).toMatchObject({ cell: 'F6', rule: 'mom', tier: 'verify' });
    expect(f.message.zh).toContain('本月由上月的 802 降为 0');
    const g = only(runChecks(figuresOf(plan, clean(3, { 3: { 'GY-04': -3 } }))));
    expect(g).toMatchObject({ cell: 'F7', rule: 'mom', tier: 'verify' });
    expect(g.message.zh).toContain('累计增速由上月的 20.2% 转为 -3%，正负相反');
  });

  test('year-on-year against last year where the plan gives it', () => {
    const ly = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => m * 150);
    const withLy: Indicator = { ...rape, lastYear: ly };
    const p2 = planOf([grain, withLy, greenhouse, revenue, mine]);
    expect(runChecks(figuresOf(p2, clean(3)))).toEqual([]);
    const f = only(runChecks(figuresOf(p2, clean(3, { 3: { 'NY-03': 600 } }))));
    expect(f).toMatchObject({ cell: 'G5', rule: 'yoy', tier: 'verify' });
    expect(f.message.zh).toBe(
      '3月!G5 油菜种植面积：1-3月累计 920亩，比上年同期（450亩）增长 104.4%，超过同比阈值 ±50%。请核实；如数据无误，须在备注（M5）说明原因',
    );
  });

  test('far beyond the annual target', () => {
    const f = only(runChecks(figuresOf(plan, clean(2, { 1: { 'NY-03': 3000 }, 2: { 'NY-03': 3500 } }))));
    expect(f).toMatchObject({ cell: 'G5', rule: 'over-target', tier: 'verify' });
    expect(f.message.zh).toBe(
      '2月!G5 油菜种植面积：1-2月累计 6500亩，是年度目标（2000亩）的 3.3 倍，超过 3 倍。请核实；如数据无误，须在备注（M5）说明原因',
    );
    const r = only(runChecks(figuresOf(plan, clean(2, { 1: { 'GY-04': 65 }, 2: { 'GY-04': 70 } }))));
    expect(r).toMatchObject({ cell: 'F7', rule: 'over-target', tier: 'verify' });
  });

  test('a part larger than its whole, across units of the same base', () => {
    const whole = ind({ code: 'W', name: '粮食面积', kind: 'cumulative', unit: '万亩', value: 3 });
    const part = ind({ code: 'P', name: '其中：早稻', kind: 'cumulative', unit: '亩', value: 10000, parent: 'W' });
    const p2 = planOf([whole, part]);
    expect(runChecks(figuresOf(p2, { 1: { W: 0.5, P: 4000 } }))).toEqual([]);
    const f = only(runChecks(figuresOf(p2, { 1: { W: 0.5, P: 4000 }, 2: { W: 0.1, P: 2500 } })));
    expect(f).toMatchObject({ sheet: '2月', cell: 'G5', code: 'P', rule: 'balance', tier: 'error' });
    expect(f.message.zh).toBe(
      '2月!G5 其中：早稻：1-2月累计 6500亩，大于所属总量“粮食面积”的 0.6万亩（2月!G4）。分项不应大于总量',
    );
  });

  test('a part larger than its whole in the month itself is asked then, not months later (review4 X8)', () => {
    const whole = ind({ code: 'W', name: '招商引资到位资金', kind: 'cumulative', unit: '亿元', value: 4 });
    const part = ind({ code: 'P', name: '省外资金', kind: 'cumulative', unit: '亿元', value: 3, parent: 'W' });
    const p2 = planOf([whole, part]);
    const f = only(runChecks(figuresOf(p2, { 1: { W: 1.2, P: 0.3 }, 2: { W: 0.5, P: 0.8 } })));
    expect(f).toMatchObject({ sheet: '2月', cell: 'F5', code: 'P', rule: 'balance', tier: 'verify' });
    expect(f.message.zh).toBe(
      '2月!F5 省外资金：本月 0.8亿元，大于所属总量“招商引资到位资金”本月的 0.5亿元（2月!F4）。分项不应大于总量，请核对两行是否填反或误填了累计数。请核实；如数据无误，须在备注（M5）说明原因',
    );
  });

  test('firms counted in 家 are a part of market entities counted in 户: one measure', () => {
    const whole = ind({ code: 'W', name: '新增市场主体', kind: 'cumulative', unit: '户', value: 500 });
    const part = ind({ code: 'P', name: '新增企业', kind: 'cumulative', unit: '家', value: 80, parent: 'W' });
    const p2 = planOf([whole, part]);
    expect(runChecks(figuresOf(p2, { 1: { W: 40, P: 6 } }))).toEqual([]);
    const f = only(runChecks(figuresOf(p2, { 1: { W: 40, P: 50 } })));
    // January's 累计 is January's: "1月累计", never "1-1月累计".
    expect(f.message.zh).toBe(
      '1月!G5 新增企业：1月累计 50家，大于所属总量“新增市场主体”的 40户（1月!G4）。分项不应大于总量',
    );
    const g = only(runChecks(figuresOf(p2, { 1: { W: 40, P: 6 }, 2: { W: 10, P: 20 } })));
    expect(g.message.zh).toBe(
      '2月!F5 新增企业：本月 20家，大于所属总量“新增市场主体”本月的 10户（2月!F4）。分项不应大于总量，请核对两行是否填反或误填了累计数。请核实；如数据无误，须在备注（M5）说明原因',
    );
  });

  test('a milestone past its deadline and not done; with a note it becomes a 提示性 finding', () => {
    const late = { 5: { 'HJ-M1': '推进中' }, 6: { 'HJ-M1': '推进中' } };
    expect(runChecks(figuresOf(plan, clean(5, late)))).toEqual([]);
    const f = only(runChecks(figuresOf(plan, clean(6, late))));
    expect(f).toMatchObject({ sheet: '6月', cell: 'F8', rule: 'milestone-overdue', tier: 'verify' });
    expect(f.message.zh).toBe(
      '6月!F8 矿山生态修复通过省级验收：应于6月底前完成，目前状态为“推进中”，已逾期。请核实；如数据无误，须在备注（M8）说明原因',
    );
    const noted = { ...late, 6: { 'HJ-M1': { f: '推进中', note: '省厅验收推迟到7月' } } };
    const g = only(runChecks(figuresOf(plan, clean(6, noted))));
    expect(g).toMatchObject({ rule: 'milestone-overdue', tier: 'note' });
    expect(g.message.zh).toBe(
      '6月!F8 矿山生态修复通过省级验收：应于6月底前完成，目前状态为“推进中”，已逾期（备注已说明：省厅验收推迟到7月）',
    );
  });

  test('a carried state is what counts for the deadline', () => {
    const f = only(
      runChecks(figuresOf(plan, clean(7, { 5: { 'HJ-M1': '推进中' }, 6: { 'HJ-M1': null }, 7: { 'HJ-M1': null } }))),
    );
    expect(f).toMatchObject({ sheet: '7月', cell: 'F8', rule: 'milestone-overdue' });
  });
});

describe('structure and options', () => {
  test('reader problems become errors at their cell', () => {
    const figs = figuresOf(plan, clean(2), {
      problems: [
        {
          sheet: '2月',
          cell: 'B9',
          code: 'XX-9',
          message: { zh: '代码“XX-9”不在指标库中', en: 'code "XX-9" is not in the plan' },
        },
        { sheet: '3月', cell: null, code: null, message: { zh: '找不到工作表', en: 'no sheet for March' } },
        { sheet: '4月', cell: 'B5', code: null, message: { zh: '4月!B5：代码为空', en: '4月!B5: no code' } },
      ],
    });
    const fs = runChecks(figs);
    expect(fs.map((f) => [f.sheet, f.cell, f.rule, f.tier, f.message.zh])).toEqual([
      ['2月', 'B9', 'structure', 'error', '2月!B9 代码“XX-9”不在指标库中'],
      ['3月', null, 'structure', 'error', '3月 找不到工作表'],
      ['4月', 'B5', 'structure', 'error', '4月!B5：代码为空'],
    ]);
  });

  test('a month that is not there, or not a month, cannot be checked', () => {
    const figs = figuresOf(plan, clean(2));
    expect(checkFigures(figs, { month: 5 })).toEqual({
      ok: false,
      message: {
        zh: '工作簿中没有5月的月报表（现有：1月、2月）',
        en: 'the workbook has no sheet for month 5 (it has months 1, 2)',
      },
    });
    expect(() => runChecks(figs, { month: 13 })).toThrow(CheckOptionError);
  });

  test('a deleted month breaks the chain as the sheet does: the next month starts from blank', () => {
    // February's sheet is gone: March's formula finds nothing, so a typed 累计 equal to March alone is right.
    const figs = figuresOf(plan, clean(3, { 3: { 'NY-03': { f: 160, g: 160 } } }), { months: [1, 3] });
    const fs = runChecks(figs, { month: 3 });
    expect(fs.map((f) => `${f.cell} ${f.rule}`)).toEqual(['G5 formula']);
  });

  test('findings are ordered by row, then column, then rule', () => {
    const figs = figuresOf(plan, clean(3, { 3: { 'NY-01': 'x', 'NY-03': { f: -5, g: 1 } } }));
    expect(runChecks(figs).map((f) => `${f.cell} ${f.rule}`)).toEqual(['F4 format', 'F5 monotonic', 'G5 identity']);
  });
});
