// 本月 filled with the running total (1-N月累计): asked once, with the month's own figure to enter;
// a flow that is simply ahead, or grows slowly on schedule, is not asked.
import { runChecks } from '../../src/check';
import { unverifiedCodes } from '../../src/check/finding';
import { summarize } from '../../src/summary';
import { ind, planOf } from '../support/plans';
import { figuresOf } from './support';

const plan = planOf([ind({ code: 'W', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60 })]);
const months = (xs: number[]) => Object.fromEntries(xs.map((v, i) => [i + 1, { W: v }]));

describe('running totals typed in 本月', () => {
  test('5, 10, 16 … 35 (the true 1-N月 totals): 核实性 at the checked month with the month’s own figure', () => {
    const figures = figuresOf(plan, months([5, 10, 16, 24, 30, 35]));
    const found = runChecks(figures, { month: 6 }).filter((f) => f.code === 'W');
    expect(found.map((f) => [f.cell, f.rule, f.tier, f.suggestion])).toEqual([['F4', 'running-total', 'verify', '5']]);
    expect(found[0].message.zh).toBe(
      '6月!F4 农村危房改造：本月 35户，4-6月逐月增大（24、30、35），与序时应完成的累计（30户）相近，而1-6月累计已是 120户（序时的 400%），' +
        '疑似把累计数填在了本月。本月应只填当月新增；如35是1-6月累计，本月应为 5，并核对此前各月。请核实；如数据无误，须在备注（M4）说明原因',
    );
    // The figure is held in doubt in the report, not 已完成 at 200%.
    const s = summarize(plan, figures, 6, { unverified: unverifiedCodes(found) });
    expect(s.indicators[0].evaluation.status).toBe('待核实');
  });

  test('the schedule’s total is quoted as precise as the figures: 152人 of 260, not 151.58人 (review3 W6)', () => {
    const jobs = planOf([ind({ code: 'J', kind: 'cumulative', name: '新增城镇就业', unit: '人', value: 260 })]);
    const typed = [20, 45, 70, 95, 120, 150];
    const figures = figuresOf(jobs, Object.fromEntries(typed.map((v, i) => [i + 1, { J: v }])));
    const found = runChecks(figures, { month: 6 }).filter((f) => f.rule === 'running-total');
    expect(found.map((f) => f.message.zh)).toEqual([expect.stringContaining('与序时应完成的累计（130人）相近')]);
    const seven = figuresOf(jobs, Object.fromEntries([...typed, 175].map((v, i) => [i + 1, { J: v }])));
    const at7 = runChecks(seven, { month: 7 }).filter((f) => f.rule === 'running-total');
    // 260 × 58.3% = 151.58: 152人.
    expect(at7.map((f) => f.message.zh)).toEqual([expect.stringContaining('与序时应完成的累计（152人）相近')]);
  });

  test('not asked: growing monthly figures on schedule, a flow well ahead with flat months, three months only once', () => {
    expect(runChecks(figuresOf(plan, months([4, 5, 6, 6, 7, 8])), { month: 6 })).toEqual([]);
    expect(runChecks(figuresOf(plan, months([20, 20, 20])), { month: 3 }).map((f) => f.rule)).not.toContain(
      'running-total',
    );
    expect(runChecks(figuresOf(plan, months([5, 10])), { month: 2 })).toEqual([]);
  });
});
