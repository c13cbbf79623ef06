// 本月 filled with the running total (1-N月累计) instead of the month's own figure: a common slip the
// 累计 formula then adds up again, so 累计 races ahead of the year's schedule while 本月 itself sits
// near it. Asked (核实性) only on that pattern, never on a flow that is simply ahead.
import { scheduleShare } from '../progress/progress';
import { decimalsOf, round } from '../progress/round';
import { draft, pct, type Draft, type RuleContext } from './draft';
import { fmtNum } from './finding';
import type { MonthPoint } from './series';
import { targetRef } from './scale';

/** How far 本月 may lie from the schedule's 累计 and still look like a running total of it. */
const NEAR_SCHEDULE = [0.5, 1.5] as const;
/** 累计 at least this many times 本月, and this many times the schedule's 累计. */
const SWOLLEN = 1.5;
const AHEAD = 2;

export function runningTotalRule(ctx: RuleContext): Draft[] {
  const { plan, ind, series, month: m, point: p } = ctx;
  if (ind.kind !== 'cumulative' || ind.comparator === '<=' || m < 3) return [];
  const points = [series[m - 2], series[m - 1], p].filter((x): x is MonthPoint => !!x && x.isNumber && x.num !== null);
  if (points.length < 3) return [];
  const [a, b, c] = points.map((x) => x.num as number);
  // Each month's "figure" grows by less than it already holds: what a running total does (a month
  // that jumps, 2, 3, 15 for a batch accepted at once, is a 环比 question, not this one).
  if (!(a > 0 && a < b && b < c && b - a <= a && c - b <= b)) return [];
  const t = targetRef(ind);
  const total = p.effective;
  if (t === null || !(t > 0) || total === null) return [];
  const expected = t * scheduleShare(plan, ind, m);
  if (!(expected > 0)) return [];
  const nearSchedule = c >= NEAR_SCHEDULE[0] * expected && c <= NEAR_SCHEDULE[1] * expected;
  if (!nearSchedule || total < SWOLLEN * c || total < AHEAD * expected) return [];
  const u = ind.unit;
  const own = c - b;
  // The schedule's total as precise as the figures are written: 152人, not 151.58人.
  const near = fmtNum(round(expected, Math.max(...[t, a, b, c].map(decimalsOf))));
  return [
    draft(ctx, {
      rule: 'running-total',
      tier: 'verify',
      zh:
        `本月 ${fmtNum(c)}${u}，${m - 2}-${m}月逐月增大（${fmtNum(a)}、${fmtNum(b)}、${fmtNum(c)}），与序时应完成的累计（${near}${u}）相近，` +
        `而1-${m}月累计已是 ${fmtNum(total)}${u}（序时的 ${pct(total / expected)}%），疑似把累计数填在了本月。` +
        `本月应只填当月新增；如${fmtNum(c)}是1-${m}月累计，本月应为 ${fmtNum(own)}，并核对此前各月`,
      en:
        `本月 ${fmtNum(c)} ${u} has grown every month (${fmtNum(a)}, ${fmtNum(b)}, ${fmtNum(c)}) and is close to the schedule's total (${near}), ` +
        `while the 1-${m} total is ${fmtNum(total)}: it looks like the running total was typed in 本月. If ${fmtNum(c)} is the total, this month is ${fmtNum(own)}; check the earlier months too`,
      expected: '本月只填当月新增数，不填累计数',
      suggestion: own,
    }),
  ];
}
