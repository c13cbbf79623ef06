// 本月 filled with the running total (1-N月累计) instead of the month's own figure: a common slip the
// 累计 formula then adds up again, so 累计 races ahead of the year's schedule while 本月 itself sits
// near it. Asked (核实性) only on that pattern, never on a flow that is simply ahead.
import { scheduleShare } from '../progress/progress';
import { decimalsOf, round } from '../progress/round';
import { draft, pct, type Draft, type RuleContext } from './draft';
import { fmtNum } from './finding';
import type { MonthPoint } from './series';
import { targetRef } from './scale';
import { periodText } from '../workbook/layout';

/** How far 本月 may lie from the schedule's 累计 and still look like a running total of it. */
const NEAR_SCHEDULE = [0.5, 1.5] as const;
/** 累计 at least this many times 本月, and this many times the schedule's 累计. */
const SWOLLEN = 1.5;
const AHEAD = 2;

export function runningTotalRule(ctx: RuleContext): Draft[] {
  const running = runningTotal(ctx);
  return running.length > 0 ? running : stockAsFlow(ctx);
}

function runningTotal(ctx: RuleContext): Draft[] {
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

/** A month's flow this share of the year's target or more, where the plan does not schedule it, is stock-sized. */
const STOCK_SHARE = 0.5;
/** Two months' figures this close (relative to the earlier) repeat one figure. */
const REPEAT = 0.1;

/**
 * The stock typed as the flow (the whole 设施蔬菜 area, 5250 then 5300, on a 6500亩 target): two
 * consecutive months, the first being the row's first month above 0, each at least STOCK_SHARE of the target and within REPEAT of each other, while
 * the plan's 序时计划 expects less than STOCK_SHARE of the year in each of them. A front-loaded
 * season (a sowing schedule putting 80% in one month) or a one-off big month (not repeated) is left alone.
 */
function stockAsFlow(ctx: RuleContext): Draft[] {
  const { plan, ind, series, month: m, point: p } = ctx;
  if (ind.kind !== 'cumulative' || ind.comparator === '<=' || m < 2) return [];
  const q = series[m - 1];
  if (!q || !q.isNumber || q.num === null || !p.isNumber || p.num === null) return [];
  // The pattern from the row's first report on: later repeats are 远超目标/环比 questions.
  if (series.slice(1, m - 1).some((x) => x && x.isNumber && x.num !== null && x.num > 0)) return [];
  const [a, b] = [q.num, p.num];
  const t = targetRef(ind);
  if (t === null || !(t > 0) || !(a >= STOCK_SHARE * t) || Math.abs(b - a) > REPEAT * a) return [];
  const planned = (k: number) => scheduleShare(plan, ind, k) - (k > 1 ? scheduleShare(plan, ind, k - 1) : 0);
  if (planned(m - 1) >= STOCK_SHARE || planned(m) >= STOCK_SHARE) return [];
  const u = ind.unit;
  const total = p.effective;
  const rise = b >= a ? b - a : null;
  const totalZh = total !== null ? `，${periodText(m)}累计 ${fmtNum(total)}${u} 将显示已完成年度目标` : '';
  return [
    draft(ctx, {
      rule: 'running-total',
      tier: 'verify',
      zh:
        `本月填写 ${fmtNum(b)}${u}，与${m - 1}月（${fmtNum(a)}${u}）几乎相同，都已超过年度目标（${fmtNum(t)}${u}）的一半${totalZh}：` +
        `疑似填的是现有总量（存量），不是当月新增。本月数应为当月新增的数量（没有新增填 0）` +
        (rise !== null
          ? `；如 ${fmtNum(b)} 是现有总量，${m}月新增为 ${fmtNum(rise)}，并核对${m - 1}月`
          : `，并核对${m - 1}月`),
      en:
        `${fmtNum(b)} ${u} repeats month ${m - 1}'s ${fmtNum(a)}, each over half the annual target (${fmtNum(t)}): ` +
        `it looks like the whole stock, not the month's new amount. 本月 takes only what was added this month (0 if nothing)` +
        (rise !== null
          ? `; if ${fmtNum(b)} is the stock, month ${m} added ${fmtNum(rise)}; check month ${m - 1} too`
          : `; check month ${m - 1} too`),
      expected: '本月只填当月新增数，不填现有总量',
      suggestion: null,
    }),
  ];
}
