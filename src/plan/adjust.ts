// Target adjustments (年中调整): the one rule for which target a month is judged on. Every surface
// (evaluate, checks, month-sheet formulas, summary text) asks targetAt() and nothing else.
import type { Indicator } from './types';

/** Whether the indicator's adjustment is in force at `month`. */
export function adjustedAt(ind: Pick<Indicator, 'adjustment'>, month: number): boolean {
  return ind.adjustment !== null && ind.adjustment !== undefined && month >= ind.adjustment.month;
}

/** The indicator as judged at `month`: the adjusted target from the adjustment's month on, else itself. */
export function targetAt<T extends Indicator>(ind: T, month: number): T {
  if (!adjustedAt(ind, month)) return ind;
  const a = ind.adjustment!;
  return { ...ind, value: a.value, max: ind.comparator === 'between' ? (a.max ?? ind.max) : ind.max };
}
