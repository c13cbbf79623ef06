// Progress against time (序时进度), completion, status words and colour bands.
// The one place these rules exist: the template's formulas are generated to say exactly this,
// and checks, summary and task pane call these functions.
import type { Indicator, Plan, StatusBands } from '../plan/types';
import { bandsFor } from '../plan/types';
import { targetAt } from '../plan/adjust';
import { round } from './round';

export type Status = '已完成' | '超进度' | '达进度' | '欠进度' | '推进中' | '逾期' | '未填报';
export const STATUSES: Status[] = ['已完成', '超进度', '达进度', '欠进度', '推进中', '逾期', '未填报'];
export const STATUS_EN: Record<Status, string> = {
  已完成: 'done',
  超进度: 'ahead',
  达进度: 'on schedule',
  欠进度: 'behind',
  推进中: 'in progress',
  逾期: 'overdue',
  未填报: 'not reported',
};

export type Colour = 'green' | 'amber' | 'red' | 'none';

export const MILESTONE_STATES = ['未开始', '推进中', '已完成'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

/** Decimals kept on completion ratios and 序时 shares when the plan gives none. */
export const GAP_DECIMALS = 1;

export class MonthError extends Error {
  constructor(month: unknown) {
    super(`月份应为1-12的整数，收到 ${String(month)} / month must be a whole number 1-12, got ${String(month)}`);
    this.name = 'MonthError';
  }
}

export function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new MonthError(month);
}

/**
 * 序时进度 after `month` months, as a share (0.25 after March). The indicator's schedule, where
 * given, replaces linear m/12. Rounded to `scheduleDecimals` decimals of the percentage.
 */
export function scheduleShare(plan: Pick<Plan, 'settings'>, ind: Pick<Indicator, 'schedule'>, month: number): number {
  assertMonth(month);
  const raw = ind.schedule ? ind.schedule[month - 1] : month / 12;
  const d = plan.settings.scheduleDecimals;
  return d === null ? raw : round(raw, d + 2);
}

export interface Evaluation {
  /** achieved / target (a share; 0.656 = 65.6%); null when it cannot be computed. */
  completion: number | null;
  /** 序时 share; null where 序时 does not apply (rates, at-most targets, milestones). */
  expected: number | null;
  /** Gap in percentage points: completion vs 序时, or achieved rate vs target rate. Rounded to 0.1. */
  gapPp: number | null;
  status: Status;
  colour: Colour;
}

/** The figure of a row at a month: a number for quantities, a state for milestones. */
export type Actual = number | string | null;

/** The lower bound that counts as reaching the target. */
export function targetFloor(ind: Pick<Indicator, 'comparator' | 'value' | 'tolerance'>): number | null {
  if (ind.value === null) return null;
  if (ind.comparator === 'approx') return ind.value * (1 - (ind.tolerance ?? 0));
  return ind.value;
}

function colourOf(severity: number | null, bands: StatusBands): Colour {
  if (severity === null) return 'none';
  if (severity < -bands.redPp) return 'red';
  if (severity < -bands.behindPp) return 'amber';
  return 'green';
}

function statusOfGap(gap: number, bands: StatusBands): Status {
  if (gap >= bands.aheadPp) return '超进度';
  if (gap >= -bands.behindPp) return '达进度';
  return '欠进度';
}

/** Achieved growth in the target's direction: a 2.5% fall is +2.5 against a 下降 target. */
export function achievedRate(ind: Pick<Indicator, 'direction'>, rate: number): number {
  return ind.direction === 'decrease' ? -rate : rate;
}

export function evaluate(plan: Pick<Plan, 'settings'>, given: Indicator, month: number, actual: Actual): Evaluation {
  assertMonth(month);
  const ind = targetAt(given, month);
  const bands = bandsFor(plan, ind);
  const none: Evaluation = { completion: null, expected: null, gapPp: null, status: '未填报', colour: 'none' };

  if (ind.kind === 'milestone') {
    const state = typeof actual === 'string' ? actual.trim() : '';
    if (state === '已完成') return { ...none, status: '已完成', colour: 'green' };
    const deadline = ind.recurring ? month : (ind.deadlineMonth ?? 12);
    if (month >= deadline) return { ...none, status: '逾期', colour: 'red' };
    return { ...none, status: '推进中', colour: 'none' };
  }

  if (typeof actual !== 'number' || !Number.isFinite(actual) || ind.value === null) return none;

  if (ind.kind === 'rate') {
    const achieved = achievedRate(ind, actual);
    const completion = ind.value !== 0 ? achieved / ind.value : null;
    if (ind.comparator === '<=') {
      const ok = achieved <= ind.value;
      const gapPp = round(ind.value - achieved, GAP_DECIMALS);
      return {
        completion,
        expected: null,
        gapPp,
        status: ok ? (month === 12 ? '已完成' : '达进度') : '欠进度',
        colour: ok ? 'green' : 'red',
      };
    }
    const floor = targetFloor(ind) as number;
    const gapPp = round(achieved - floor, GAP_DECIMALS);
    const status: Status = month === 12 && gapPp >= 0 ? '已完成' : statusOfGap(gapPp, bands);
    return { completion, expected: null, gapPp, status, colour: colourOf(gapPp, bands) };
  }

  const completion = ind.value !== 0 ? actual / ind.value : null;
  if (ind.comparator === '<=') {
    const ok = actual <= ind.value;
    return {
      completion,
      expected: null,
      gapPp: null,
      status: ok ? (month === 12 ? '已完成' : '达进度') : '欠进度',
      colour: ok ? 'green' : 'red',
    };
  }
  const floor = targetFloor(ind) as number;
  if (actual >= floor) return { completion, expected: null, gapPp: null, status: '已完成', colour: 'green' };
  const expected = scheduleShare(plan, ind, month);
  const gapPp = round(((completion ?? 0) - expected) * 100, GAP_DECIMALS);
  const status = statusOfGap(gapPp, bands);
  return { completion, expected, gapPp, status, colour: colourOf(gapPp, bands) };
}
