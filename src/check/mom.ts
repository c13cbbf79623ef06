// Whether a figure moved too far from last month's (环比), apart from the words: the 环比 rule says it,
// and 数量级 leaves such a month out of the figures it sizes the next ones by.
import type { CheckThresholds, Indicator } from '../plan/types';

export type MomHit =
  { kind: 'rise'; change: number } | { kind: 'fall'; change: number } | { kind: 'zero' } | { kind: 'flip' };

function plannedFlow(schedule: number[], m: number): number {
  return schedule[m - 1] - (m >= 2 ? schedule[m - 2] : 0);
}

/**
 * `x` this month against `y`, the base last month gives (baseFigure): a flow rising beyond
 * `momChange` (a seasonal schedule's own swing allowed), a level rising beyond it or falling beyond
 * the same ratio the other way, dropping to 0 or changing sign, a year-to-date rate changing sign.
 */
export function momHit(ind: Indicator, x: number, y: number, th: CheckThresholds, month: number): MomHit | null {
  if (ind.kind === 'cumulative') {
    if (!(x > 0 && y > 0)) return null;
    let allowed = th.momChange;
    if (ind.schedule) {
      const fm = plannedFlow(ind.schedule, month);
      const fp = plannedFlow(ind.schedule, month - 1);
      if (fp <= 0) return null;
      allowed = Math.max(1, fm / fp) * (1 + th.momChange) - 1;
    }
    const change = x / y - 1;
    return change > allowed ? { kind: 'rise', change } : null;
  }
  if (ind.kind === 'level') {
    if (y > 0 && x === 0) return { kind: 'zero' };
    if (x === 0 || y === 0) return null;
    if (x > 0 !== y > 0) return { kind: 'flip' };
    const swing = Math.max(Math.abs(x), Math.abs(y)) / Math.min(Math.abs(x), Math.abs(y)) - 1;
    if (swing <= th.momChange) return null;
    const change = Math.abs(x) / Math.abs(y) - 1;
    return change > 0 ? { kind: 'rise', change } : { kind: 'fall', change };
  }
  if (ind.kind === 'rate') return x === 0 || y === 0 || x > 0 === y > 0 ? null : { kind: 'flip' };
  return null;
}
