import {
  evaluate,
  finalMonth,
  MonthError,
  possibleStatuses,
  round,
  scheduleShare,
  startLevel,
} from '../../src/progress';
import { DEFAULT_SETTINGS } from '../../src/plan';
import { ind, planOf } from '../support/plans';

const plan = planOf([]);
const exact = { settings: { ...DEFAULT_SETTINGS, scheduleDecimals: null } };

describe('序时进度', () => {
  test('linear m/12, rounded to 0.1% by default', () => {
    const i = ind({ code: 'A', kind: 'cumulative' });
    expect(scheduleShare(plan, i, 6)).toBe(0.5);
    expect(scheduleShare(plan, i, 11)).toBe(0.917);
    expect(scheduleShare(plan, i, 12)).toBe(1);
    expect(scheduleShare(plan, i, 1)).toBe(0.083);
  });
  test('rounding is a setting: exact, whole percent', () => {
    const i = ind({ code: 'A', kind: 'cumulative' });
    expect(scheduleShare(exact, i, 11)).toBeCloseTo(11 / 12, 12);
    expect(scheduleShare({ settings: { ...DEFAULT_SETTINGS, scheduleDecimals: 0 } }, i, 11)).toBe(0.92);
  });
  test("an indicator's schedule replaces m/12", () => {
    const i = ind({ code: 'A', kind: 'cumulative', schedule: [0, 0, 0.1, 0.45, 0.5, 0.55, 0.8, 0.95, 1, 1, 1, 1] });
    expect(scheduleShare(plan, i, 3)).toBe(0.1);
    expect(scheduleShare(plan, i, 7)).toBe(0.8);
  });
  test('a target due by month D is spread over D months (m/D), not the year (V19)', () => {
    // 农村危房改造60户 due in October: 50户 in September is 83.3% against 90%, behind, not 超序时进度.
    const i = ind({ code: 'A', kind: 'cumulative', value: 60, unit: '户', deadlineMonth: 10 });
    expect(scheduleShare(plan, i, 9)).toBe(0.9);
    expect(scheduleShare(plan, i, 5)).toBe(0.5);
    expect(scheduleShare(plan, i, 10)).toBe(1);
    expect(scheduleShare(plan, i, 12)).toBe(1);
    expect(scheduleShare(exact, i, 3)).toBeCloseTo(0.3, 12);
    expect(evaluate(plan, i, 9, 50)).toMatchObject({ expected: 0.9, gapPp: -6.7, status: '欠进度' });
    expect(evaluate(plan, i, 10, 54)).toMatchObject({ expected: 1, gapPp: -10, status: '未完成' });
    // The plan's own schedule still wins over the deadline's spread.
    const s = { ...i, schedule: [0, 0, 0.1, 0.45, 0.5, 0.55, 0.8, 0.95, 1, 1, 1, 1] };
    expect(scheduleShare(plan, s, 7)).toBe(0.8);
  });
  test('month 0, 13 and 2.5 are refused with a message', () => {
    const i = ind({ code: 'A', kind: 'cumulative' });
    expect(() => scheduleShare(plan, i, 0)).toThrow(MonthError);
    expect(() => scheduleShare(plan, i, 13)).toThrow('月份应为1-12的整数，收到 13');
    expect(() => evaluate(plan, i, 2.5, 1)).toThrow(MonthError);
  });
});

describe('what the sheet prints adds up (review3 W8, W27)', () => {
  const t = ind({ code: 'T', kind: 'cumulative', value: 100, unit: '个' });
  test('差额 is the printed 完成% less the printed 序时: 63.3 − 58.3 = 5.0 (超进度), 58.3 − 28.4 = −29.9', () => {
    expect(evaluate(plan, t, 7, 63.28)).toMatchObject({ expected: 0.583, gapPp: 5, status: '超进度' });
    expect(evaluate(plan, t, 7, 28.38)).toMatchObject({ gapPp: -29.9, status: '欠进度', colour: 'amber' });
    expect(evaluate(plan, t, 7, 28.35).gapPp).toBe(-29.9); // 28.4% printed
    // Exact m/12 (58.333…%) is printed 58.3% too.
    expect(evaluate(exact, t, 7, 63.28).gapPp).toBe(5);
  });
  test('a 累计 beyond 3× the target (running totals, a unit slip) is 待核实, not 已完成; its share still shows', () => {
    const jobs = ind({ code: 'J', kind: 'cumulative', value: 260, unit: '人' });
    expect(evaluate(plan, jobs, 12, 1623)).toMatchObject({ status: '待核实', colour: 'amber', completion: 1623 / 260 });
    expect(evaluate(plan, jobs, 6, 780).status).toBe('已完成'); // exactly 3×: within
    const rate = ind({ code: 'R', kind: 'rate', unit: '%', value: 7 });
    expect(evaluate(plan, rate, 6, 21.5).status).toBe('待核实');
    expect(evaluate(plan, rate, 6, 21.5, { entered: false }).status).toBe('未填报');
    // At-most rows are 超标 however far over: no claim of success to doubt.
    const cap = ind({ code: 'C', kind: 'cumulative', value: 1, unit: '人', comparator: '<=' });
    expect(evaluate(plan, cap, 6, 9).status).toBe('超标');
  });
});

describe('evaluate: cumulative and level, at least', () => {
  const i = ind({ code: 'A', kind: 'cumulative', value: 3.2, unit: '万亩' });
  test('ahead: 2.1 of 3.2 after March is 65.6%, 40.6 points ahead', () => {
    const e = evaluate(plan, i, 3, 2.1);
    expect(round(e.completion! * 100, 1)).toBe(65.6);
    expect(e.expected).toBe(0.25);
    expect(e.gapPp).toBe(40.6);
    expect(e.status).toBe('超进度');
    expect(e.colour).toBe('green');
  });
  test('on schedule within the ahead margin', () => {
    expect(evaluate(plan, i, 6, 1.7).status).toBe('达进度'); // 53.1% vs 50%
    expect(evaluate(plan, i, 6, 1.6).gapPp).toBe(0);
    expect(evaluate(plan, i, 6, 1.6).status).toBe('达进度');
  });
  test('behind: amber, and red beyond 30 points', () => {
    const amber = evaluate(plan, i, 6, 1.2); // 37.5% vs 50%
    expect(amber).toMatchObject({ status: '欠进度', gapPp: -12.5, colour: 'amber' });
    const red = evaluate(plan, i, 6, 0.5); // 15.6% vs 50%
    expect(red).toMatchObject({ status: '欠进度', gapPp: -34.4, colour: 'red' });
  });
  test('done once the target is reached, whatever the month', () => {
    expect(evaluate(plan, i, 2, 3.2)).toMatchObject({ status: '已完成', colour: 'green', gapPp: null });
  });
  test('December speaks of the year: 未完成, 6.2 points short of 100% (93.8% printed, review3 W27)', () => {
    expect(evaluate(plan, i, 12, 3.0)).toMatchObject({ expected: 1, gapPp: -6.2, status: '未完成', colour: 'red' });
    expect(evaluate(plan, i, 12, 3.2)).toMatchObject({ status: '已完成' });
  });
  test('a row whose schedule reaches 100% before December speaks of the year from that month', () => {
    const s = { ...i, schedule: [0, 0, 0.2, 0.4, 0.6, 0.8, 1, 1, 1, 1, 1, 1] };
    expect(evaluate(plan, s, 6, 2.0).status).toBe('欠进度');
    expect(evaluate(plan, s, 7, 3.0)).toMatchObject({ status: '未完成', expected: 1 });
  });
  test('a flow with nothing entered this month is judged on its 累计 so far (a blank month adds nothing)', () => {
    expect(evaluate(plan, i, 6, 2.0, { entered: false }).status).toBe('超进度');
    // 31.25% prints as 31.3%: 31.3 − 50.0 = −18.7 (review3 W27).
    expect(evaluate(plan, i, 6, 1.0, { entered: false })).toMatchObject({ status: '欠进度', gapPp: -18.7 });
    expect(evaluate(plan, i, 6, 2.0, { entered: true }).status).toBe('超进度');
    // From its final month the year decides, blank December or not.
    expect(evaluate(plan, i, 12, 3.0, { entered: false })).toMatchObject({ status: '未完成', colour: 'red' });
    expect(evaluate(plan, i, 12, 3.2, { entered: false }).status).toBe('已完成');
  });
  test("a rate not stated this report month is 未填报 (last month's rate is not this month's)", () => {
    const r = ind({ code: 'R', kind: 'rate', unit: '%', value: 7 });
    expect(evaluate(plan, r, 6, 8, { entered: false })).toMatchObject({ status: '未填报', colour: 'none' });
    expect(evaluate(plan, r, 12, 8, { entered: false }).status).toBe('未填报');
    expect(evaluate(plan, r, 6, 8, { entered: true }).status).toBe('达标');
    // After its last report month (9月) the last rate is the year's: judged, not 未填报.
    const q = ind({ code: 'Q', kind: 'rate', unit: '%', value: 7, reportMonths: [3, 6, 9] });
    expect(finalMonth(q)).toBe(9);
    expect(evaluate(plan, q, 12, 7.2, { entered: false }).status).toBe('已完成');
    expect(evaluate(plan, q, 9, 6.5, { entered: true }).status).toBe('未完成');
  });
  test('a sheet with nothing in any 本月 cell: every row 未填报, 不适用 before its first report month', () => {
    const rec = ind({ code: 'M', kind: 'milestone', unit: '', recurring: true });
    expect(evaluate(plan, rec, 2, null, { sheetEmpty: true }).status).toBe('未填报');
    expect(evaluate(plan, rec, 2, '推进中').status).toBe('逾期');
    expect(evaluate(plan, i, 12, 3.5, { sheetEmpty: true }).status).toBe('未填报');
    const q = ind({ code: 'Q', kind: 'rate', unit: '%', value: 7, reportMonths: [3, 6, 9, 12] });
    expect(evaluate(plan, q, 2, null, { sheetEmpty: true }).status).toBe('不适用');
  });
  test('no figure is 未填报', () => {
    expect(evaluate(plan, i, 3, null)).toMatchObject({ status: '未填报', colour: 'none', completion: null });
  });
  test('a per-indicator band override', () => {
    const strict = { ...i, bands: { behindPp: 20 } };
    expect(evaluate(plan, strict, 6, 1.2).status).toBe('达进度');
  });
  test('a level built up from a known start is judged on this year’s increase against 序时 (V23)', () => {
    // 设施大棚面积: 420亩 at the start of the year (上年基数), 600 by year end.
    const lvl = ind({ code: 'L', kind: 'level', value: 600, unit: '亩', baseline: 420 });
    expect(startLevel(lvl)).toBe(420);
    // January, still 420: nothing built this year, 0% against 8.3%, not 超序时进度61.7个百分点.
    expect(evaluate(plan, lvl, 1, 420)).toMatchObject({
      completion: 0,
      expected: 0.083,
      gapPp: -8.3,
      status: '欠进度',
    });
    // June, 510: 90 of the 180 planned, 50% against 50%.
    expect(evaluate(plan, lvl, 6, 510, { entered: false })).toMatchObject({
      completion: 0.5,
      gapPp: 0,
      status: '达进度',
    });
    expect(evaluate(plan, lvl, 9, 600).status).toBe('已完成');
    expect(evaluate(plan, lvl, 12, 573)).toMatchObject({ completion: 0.85, gapPp: -15, status: '未完成' });
    // Last December's level (lastYear, as plan --next-year fills it) is the start where no 上年基数 is given.
    const ly = { ...lvl, baseline: null, lastYear: [400, 400, 400, 400, 400, 400, 410, 410, 410, 420, 420, 450] };
    expect(startLevel(ly)).toBe(450);
    expect(evaluate(plan, ly, 6, 525).completion).toBe(0.5);
  });
  test('a level built up from an unknown start is not compared with 序时: 推进中 until reached (V23)', () => {
    const lvl = ind({ code: 'L', kind: 'level', value: 800, unit: '亩' });
    expect(startLevel(lvl)).toBeNull();
    expect(evaluate(plan, lvl, 1, 676)).toMatchObject({
      status: '推进中',
      completion: null,
      expected: null,
      gapPp: null,
      colour: 'none',
    });
    expect(evaluate(plan, lvl, 3, 800).status).toBe('已完成');
    expect(evaluate(plan, lvl, 12, 700)).toMatchObject({ status: '未完成', colour: 'red', expected: null });
    // A start at or above the target plans no increase: judged as without one.
    expect(startLevel({ ...lvl, baseline: 800 })).toBeNull();
    expect(possibleStatuses(lvl, 6)).toEqual(['已完成', '推进中', '未填报']);
    expect(possibleStatuses(lvl, 12)).toEqual(['已完成', '未完成', '未填报']);
  });
  test('a level to hold is judged against the target every month: 达标 / 未达标, no 序时', () => {
    const held = ind({ code: 'H', kind: 'level', value: 68, unit: '%', hold: true });
    expect(evaluate(plan, held, 1, 67.8)).toMatchObject({
      status: '未达标',
      expected: null,
      gapPp: -0.2,
      colour: 'amber',
    });
    expect(evaluate(plan, held, 1, 68.2)).toMatchObject({ status: '达标', colour: 'green' });
    expect(evaluate(plan, held, 12, 68)).toMatchObject({ status: '已完成' });
    expect(evaluate(plan, held, 12, 67)).toMatchObject({ status: '未完成', colour: 'red' });
  });
  test('a level held in its own unit (耕地保有量2.1万亩) has no gap in points: nothing for the 差额 column', () => {
    const held = ind({ code: 'H2', kind: 'level', value: 2.1, unit: '万亩', hold: true });
    expect(evaluate(plan, held, 3, 2.05)).toMatchObject({ status: '未达标', expected: null, gapPp: null });
    expect(evaluate(plan, held, 12, 2.1)).toMatchObject({ status: '已完成', expected: null, gapPp: null });
  });
});

describe('evaluate: between, approx, at most', () => {
  test('between 2-3: reaching the lower value is done', () => {
    const i = ind({ code: 'B', kind: 'cumulative', comparator: 'between', value: 2, max: 3 });
    expect(evaluate(plan, i, 6, 2).status).toBe('已完成');
    expect(evaluate(plan, i, 6, 1)).toMatchObject({ status: '达进度', gapPp: 0 });
  });
  test('approx 100 ±5%: 95 counts as done', () => {
    const i = ind({ code: 'C', kind: 'cumulative', comparator: 'approx', value: 100, tolerance: 0.05 });
    expect(evaluate(plan, i, 12, 95).status).toBe('已完成');
    expect(evaluate(plan, i, 12, 94)).toMatchObject({ status: '未完成', gapPp: -6 });
  });
  test('at most: 达标 within the bound, 超标 (red) over it, never behind schedule; the year at December', () => {
    const i = ind({ code: 'D', kind: 'level', comparator: '<=', value: 4, unit: '%' });
    expect(evaluate(plan, i, 6, 3.5)).toMatchObject({ status: '达标', colour: 'green', expected: null });
    expect(evaluate(plan, i, 12, 4)).toMatchObject({ status: '已完成' });
    expect(evaluate(plan, i, 6, 4.2)).toMatchObject({ status: '超标', colour: 'red' });
    expect(evaluate(plan, i, 12, 4.2)).toMatchObject({ status: '未完成', colour: 'red' });
    const deaths = ind({ code: 'S', kind: 'cumulative', comparator: '<=', value: 1, unit: '人' });
    expect(evaluate(plan, deaths, 5, 2)).toMatchObject({ status: '超标', colour: 'red' });
  });
});

describe('evaluate: growth rates against the target rate, not 序时', () => {
  const i = ind({ code: 'R', kind: 'rate', value: 7, unit: '%' });
  test('增长6.1%，低于目标0.9个百分点', () => {
    expect(evaluate(plan, i, 3, 6.1)).toMatchObject({ gapPp: -0.9, status: '未达标', expected: null, colour: 'amber' });
  });
  test('at or above the target is 达标; December says 已完成 / 未完成', () => {
    expect(evaluate(plan, i, 3, 12.5)).toMatchObject({ gapPp: 5.5, status: '达标' });
    expect(evaluate(plan, i, 3, 7)).toMatchObject({ gapPp: 0, status: '达标' });
    expect(evaluate(plan, i, 12, 7.2)).toMatchObject({ status: '已完成' });
    expect(evaluate(plan, i, 12, 6.9)).toMatchObject({ status: '未完成', gapPp: -0.1 });
  });
  test('a decrease target takes the decrease as a positive number', () => {
    const d = ind({ code: 'E', kind: 'rate', value: 3, unit: '%', direction: 'decrease' });
    expect(evaluate(plan, d, 6, 3.2)).toMatchObject({ gapPp: 0.2, status: '达标' });
    expect(evaluate(plan, d, 6, 1)).toMatchObject({ gapPp: -2, status: '未达标' });
    expect(evaluate(plan, d, 6, -1)).toMatchObject({ gapPp: -4, status: '未达标' });
  });
  test('左右: within the tolerance is 达标, the gap measured from the target value', () => {
    const a = ind({ code: 'Z', kind: 'rate', value: 7.5, unit: '%', comparator: 'approx', tolerance: 0.05 });
    expect(evaluate(plan, a, 6, 7.4)).toMatchObject({ status: '达标', gapPp: -0.1 });
    expect(evaluate(plan, a, 6, 7.1)).toMatchObject({ status: '未达标', gapPp: -0.4 });
    expect(evaluate(plan, a, 6, 9)).toMatchObject({ status: '达标', gapPp: 1.5 });
  });
  test('a quarterly row is 不适用 before its first report month and judged on its last figure after', () => {
    const q = { ...i, reportMonths: [3, 6, 9, 12] };
    expect(evaluate(plan, q, 2, null)).toMatchObject({ status: '不适用', colour: 'none' });
    expect(evaluate(plan, q, 3, null).status).toBe('未填报');
    expect(evaluate(plan, q, 4, 7.5, { entered: false }).status).toBe('达标');
    expect(evaluate(plan, q, 6, 7.5, { entered: false }).status).toBe('未填报');
  });
});

describe('evaluate: milestones', () => {
  const m = ind({ code: 'M', kind: 'milestone', deadlineMonth: 6 });
  test('done, pending before the deadline, overdue from the deadline month on', () => {
    expect(evaluate(plan, m, 3, '已完成').status).toBe('已完成');
    expect(evaluate(plan, m, 5, '推进中').status).toBe('推进中');
    expect(evaluate(plan, m, 5, null)).toMatchObject({ status: '未填报', colour: 'none' });
    expect(evaluate(plan, m, 6, null)).toMatchObject({ status: '逾期', colour: 'red' });
    expect(evaluate(plan, m, 6, '推进中')).toMatchObject({ status: '逾期', colour: 'red' });
  });
  test('no deadline means the year end; recurring rows are due every month', () => {
    const y = ind({ code: 'Y', kind: 'milestone' });
    expect(evaluate(plan, y, 11, '推进中').status).toBe('推进中');
    expect(evaluate(plan, y, 12, '推进中').status).toBe('逾期');
    const r = ind({ code: 'Q', kind: 'milestone', recurring: true });
    // Due every month: a state short of 已完成 is overdue; a blank month is not reported.
    expect(evaluate(plan, r, 4, '推进中').status).toBe('逾期');
    expect(evaluate(plan, r, 4, null).status).toBe('未填报');
    expect(evaluate(plan, r, 4, '已完成').status).toBe('已完成');
  });
});

describe('round behaves like a spreadsheet ROUND', () => {
  test('half away from zero on decimal values', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(-2.5)).toBe(-3);
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(40.625, 1)).toBe(40.6);
  });
});
