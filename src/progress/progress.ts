// Progress against time (序时进度), completion, status words and colour bands.
// The one place these rules exist: the template's formulas are generated to say exactly this,
// and checks, summary and task pane call these functions.
import type { Indicator, Plan, StatusBands } from '../plan/types';
import { bandsFor, thresholdsFor } from '../plan/types';
import { targetAt } from '../plan/adjust';
import { isMonth, notAMonth, UserError } from '../plan/message';
import { round } from './round';
import type { Status } from './vocabulary';

export {
  STATUSES,
  STATUS_EN,
  ON_TRACK,
  isOnTrack,
  MILESTONE_STATES,
  type Status,
  type MilestoneState,
} from './vocabulary';

export type Colour = 'green' | 'amber' | 'red' | 'none';

/** Decimals kept on completion ratios and 序时 shares when the plan gives none. */
export const GAP_DECIMALS = 1;

/** A share as the sheet (0.0%), the tables and the text print it, in per cent: 0.63284 -> 63.3. */
export function shownPercent(share: number): number {
  return round(share * 100, GAP_DECIMALS);
}

/**
 * 完成 against 序时 in percentage points, from the two figures as printed (63.3% − 58.3% = 5.0, never
 * 4.9 from the unrounded shares): a reader checks the arithmetic on paper, and the status follows it.
 */
export function scheduleGap(completion: number, expected: number): number {
  return round(shownPercent(completion) - shownPercent(expected), GAP_DECIMALS);
}

export class MonthError extends UserError {
  constructor(month: unknown) {
    super(notAMonth(month));
    this.name = 'MonthError';
  }
}

export function assertMonth(month: number): void {
  if (!isMonth(month)) throw new MonthError(month);
}

/**
 * 序时进度 after `month` months, as a share (0.25 after March). The indicator's schedule, where
 * given, replaces the linear one; else a target due by month D (`deadlineMonth`) is spread over D
 * months, m/D capped at 100% (m/12 without a deadline): a target due in October is on schedule at
 * 90% in September, not 75%. Rounded to `scheduleDecimals` decimals of the percentage.
 */
export function scheduleShare(
  plan: Pick<Plan, 'settings'>,
  ind: Pick<Indicator, 'schedule' | 'deadlineMonth'>,
  month: number,
): number {
  assertMonth(month);
  const raw = ind.schedule ? ind.schedule[month - 1] : Math.min(month / (ind.deadlineMonth ?? 12), 1);
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

/**
 * How a row is judged:
 * - milestone: 已完成 / 推进中 / 逾期 (from its due month) / 未填报;
 * - atMost (以内, 不超过): 达标 within the bound, 超标 over it; never behind schedule;
 * - target (growth and decrease rates, levels to hold): the figure against the target every month,
 *   达标 / 未达标; the calendar does not apply;
 * - schedule (flows, levels built up during the year from a known start level): completion against
 *   序时, 已完成 once reached, else 超进度 / 达进度 / 欠进度 by the gap in percentage points. A
 *   built-up level's completion is this year's increase against the increase planned;
 * - reach (a level built up during the year whose start level the plan does not give): the stock
 *   that stood before the year is not this year's work, so no 序时 and no completion share: 已完成
 *   once the target is reached, else 推进中 ("达到420亩，目标600亩，尚差180亩").
 * From the row's final month on (December, its deadline month, or the month its schedule reaches
 * 100%), every numeric row reads 已完成 or 未完成.
 */
export type Judgement = 'milestone' | 'atMost' | 'target' | 'schedule' | 'reach';

type JudgeFields = Pick<Indicator, 'kind' | 'comparator' | 'hold' | 'baseline' | 'lastYear' | 'value'>;

export function judgement(ind: JudgeFields): Judgement {
  if (ind.kind === 'milestone') return 'milestone';
  if (ind.comparator === '<=') return 'atMost';
  if (ind.kind === 'rate' || (ind.kind === 'level' && ind.hold)) return 'target';
  if (ind.kind === 'level' && startLevel(ind) === null) return 'reach';
  return 'schedule';
}

/** Whether a row is a zero-tolerance bottom line (底线): an at-most-0 count, 达标 / 未达标 every month. */
export function isBottomLine(ind: Pick<Indicator, 'bottomLine'>): boolean {
  return ind.bottomLine === true;
}

/** Wording of a bottom line: 不发生规模性返贫, 守住…底线, 确保不发生重大安全事故, 零发生. */
const BOTTOM_LINE_WORDS = /不发生|底线|零发生|零事故|零死亡/;

/**
 * The extractor's and the 指标库's proposal that a row is a bottom line, from its name (and source
 * text): a plan written with 不发生规模性返贫 as a milestone is offered the bottom-line form.
 */
export function proposeBottomLine(words: string): boolean {
  return BOTTOM_LINE_WORDS.test(words);
}

/**
 * The level a level built up during the year starts from: the plan's 上年基数 (`baseline`), else last
 * year's December figure (`lastYear`, which `plan --next-year` fills). Null when neither is known, or
 * when it is not below the target (no increase planned to measure against). Levels only.
 */
export function startLevel(ind: Pick<Indicator, 'kind' | 'hold' | 'baseline' | 'lastYear' | 'value'>): number | null {
  if (ind.kind !== 'level' || ind.hold || ind.value === null) return null;
  const start = ind.baseline ?? ind.lastYear?.[11] ?? null;
  return start !== null && Number.isFinite(start) && start < ind.value ? start : null;
}

/** Wording of a level to hold rather than one built up: 稳定在, 保持, 不低于; a rate or share of a state
 * (a level's 率: 覆盖率, 处理率, 参保率, 占比); a stock to keep (耕地保有量). */
const HOLD_WORDS = /稳定在|保持|守住|不低于|率|占比|比例|比重|保有量/;

/**
 * The extractor's and the 指标库's proposal for a level's `hold` field, from its name and source
 * text: 森林覆盖率稳定在68%以上 holds a level; 设施大棚面积800亩 builds one up.
 */
export function proposeHold(words: string): boolean {
  return HOLD_WORDS.test(words);
}

/**
 * Whether a row judged against its target every month has a gap in percentage points (the sheet's
 * 差额 column): a rate, or a level held in %.
 */
export function pointsGap(ind: Pick<Indicator, 'kind' | 'unit'>): boolean {
  return ind.kind === 'rate' || (ind.kind === 'level' && ind.unit === '%');
}

/**
 * Whether a row has a 完成年度目标% (completion share): flows and levels. Not a rate or a held % level
 * (judged in points from its target), an at-most row (a bound is kept or broken: 150% of a death count would read
 * as over-achievement) or a milestone. The month sheet's 完成 column, the 汇总 and the 通报 show it
 * only here; elsewhere it is blank ("—").
 */
export function hasCompletion(ind: JudgeFields & Pick<Indicator, 'unit'>): boolean {
  const judged = judgement(ind);
  // A held % level (覆盖率, 参保率) is judged in points like a rate: "99.5% complete" beside a 差额 in
  // points misleads (review3 W20).
  if (judged === 'target' && pointsGap(ind)) return false;
  return ind.kind !== 'rate' && judged !== 'atMost' && judged !== 'milestone' && judged !== 'reach';
}

/** Whether 序时 applies to the row (its 序时进度% cell holds the share). */
export function hasSchedule(ind: JudgeFields): boolean {
  return judgement(ind) === 'schedule';
}

/**
 * A milestone's due month as judged at `month`: its deadline (default December); for a recurring
 * task, the next of its report months from `month` on (every month by default; a quarterly task in
 * 4月 is due in 6月), or its last one once they have all passed.
 */
export function dueMonth(
  ind: Pick<Indicator, 'recurring' | 'deadlineMonth'> & Partial<Pick<Indicator, 'reportMonths'>>,
  month: number,
): number {
  if (!ind.recurring) return ind.deadlineMonth ?? 12;
  const months = ind.reportMonths;
  if (!months?.length) return month;
  return months.find((m) => m >= month) ?? Math.max(...months);
}

/**
 * The month from which a numeric row speaks of the year (已完成 / 未完成): its deadline month, the
 * first month its schedule reaches 100%, its last report month, or December, whichever comes first.
 */
export function finalMonth(ind: Pick<Indicator, 'deadlineMonth' | 'schedule' | 'reportMonths'>): number {
  let last = ind.deadlineMonth ?? 12;
  if (ind.schedule) {
    const full = ind.schedule.findIndex((s) => s >= 1);
    if (full >= 0) last = Math.min(last, full + 1);
  }
  if (ind.reportMonths?.length) last = Math.min(last, Math.max(...ind.reportMonths));
  return last;
}

/** Whether a figure is due in `month` (reportMonths; default every month). */
export function isReportMonth(ind: Pick<Indicator, 'reportMonths'>, month: number): boolean {
  return !ind.reportMonths || ind.reportMonths.includes(month);
}

/**
 * A recurring task's record (每月开展一次…, 每季度…): its due months are its report months (every month
 * by default) up to its final month, and each due month's 进展 is that month's occurrence: done
 * (已完成), not done (another state), or not reported (blank).
 */
export interface RecurringRecord {
  /** Due months from January to `month` (to the final month, once that has passed). */
  due: number[];
  done: number[];
  /** Due months reported with another state (未开始, 推进中, any other text). */
  notDone: number[];
  /** Due months left blank. */
  blank: number[];
}

type RecurringFields = Pick<Indicator, 'deadlineMonth' | 'schedule' | 'reportMonths'>;

/** A 进展 cell as the 状态 formula reads it (TRIM): '' when blank. */
export function stateText(v: unknown): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** `states`: the row's 本月 cells by month, January first. */
export function recurringRecord(ind: RecurringFields, month: number, states: readonly unknown[]): RecurringRecord {
  const rec: RecurringRecord = { due: [], done: [], notDone: [], blank: [] };
  const last = Math.min(month, finalMonth(ind));
  for (let m = 1; m <= last; m++) {
    if (!isReportMonth(ind, m)) continue;
    rec.due.push(m);
    const s = stateText(states[m - 1]);
    (s === '已完成' ? rec.done : s === '' ? rec.blank : rec.notDone).push(m);
  }
  return rec;
}

/**
 * A recurring task's status at `month` (the one rule the 状态 formula, the counts and the text follow):
 * - before its final month, the month's own occurrence: 已完成, 未填报 (blank) or 逾期 (another state);
 *   an off month (a quarterly task in 4月) is 不适用. An earlier month missed is told by the sentence's
 *   tally ("（1-9月9次中完成8次，8月未填报）"), not by the status: it was that month's 逾期 / 未填报, and a
 *   month missed cannot be made up later;
 * - from its final month on (December, or its last report month), the year's: 未完成 once any due month
 *   before the last was not done or not reported; else the last due month's own: 已完成, 未填报 (the
 *   last report is missing), 未完成.
 */
export function recurringStatus(ind: RecurringFields, month: number, states: readonly unknown[]): Status {
  if (month < finalMonth(ind)) {
    if (!isReportMonth(ind, month)) return '不适用';
    const s = stateText(states[month - 1]);
    return s === '已完成' ? '已完成' : s === '' ? '未填报' : '逾期';
  }
  const rec = recurringRecord(ind, month, states);
  const last = rec.due[rec.due.length - 1];
  if (last === undefined) return '不适用';
  if ([...rec.notDone, ...rec.blank].some((m) => m < last)) return '未完成';
  return rec.done.includes(last) ? '已完成' : rec.blank.includes(last) ? '未填报' : '未完成';
}

/** A milestone's step back: reported done in `done`, then `state` (推进中 / 未开始) in `month`. */
export interface StepBack {
  done: number;
  month: number;
  state: string;
}

/**
 * A milestone reported 已完成 and later 推进中 or 未开始 (`states`: its 本月 cells by month, January
 * first): as of `month`, its latest reported 进展 steps back from the last month it was reported done.
 * The same doubt as a cumulative that falls: the check asks to verify it (核实性 `milestone-back`, at
 * the later cell) and the summary holds the row 待核实, so a published 已完成 is never silently
 * reversed. Null otherwise; a recurring task is judged month by month and cannot step back.
 */
export function milestoneStepBack(
  ind: Pick<Indicator, 'kind' | 'recurring'>,
  states: readonly unknown[],
  month: number,
): StepBack | null {
  if (ind.kind !== 'milestone' || ind.recurring) return null;
  let m = month;
  while (m >= 1 && stateText(states[m - 1]) === '') m--;
  const state = m >= 1 ? stateText(states[m - 1]) : '';
  if (state !== '推进中' && state !== '未开始') return null;
  for (let done = m - 1; done >= 1; done--)
    if (stateText(states[done - 1]) === '已完成') return { done, month: m, state };
  return null;
}

/**
 * Whether a flow's schedule plans nothing for `month` (its planned share does not grow): a blank
 * 本月 then is no missed report (the check's 漏填 is a note, and the text does not say 未填报).
 */
export function plansNothing(ind: Pick<Indicator, 'kind' | 'schedule'>, month: number): boolean {
  if (ind.kind !== 'cumulative' || !ind.schedule) return false;
  return ind.schedule[month - 1] === (month >= 2 ? ind.schedule[month - 2] : 0);
}

/** Whether a figure is expected in `month`: a report month, and for a flow one its schedule plans something for. */
export function isDueMonth(ind: Pick<Indicator, 'kind' | 'schedule' | 'reportMonths'>, month: number): boolean {
  return isReportMonth(ind, month) && !plansNothing(ind, month);
}

/** The latest report month at or before `month`; null before the first one. */
export function lastReportMonth(ind: Pick<Indicator, 'reportMonths'>, month: number): number | null {
  if (!ind.reportMonths) return month;
  let best: number | null = null;
  for (const m of ind.reportMonths) if (m <= month && (best === null || m > best)) best = m;
  return best;
}

/**
 * The status of a row with no figure to judge: 不适用 before its first report month, and for a flow
 * before its schedule plans anything (nothing was due yet: a seasonal row in winter); else 未填报.
 * Milestones are never 不适用, except a recurring task's off months before its final month.
 */
export function missingStatus(
  ind: Pick<Indicator, 'kind' | 'schedule' | 'reportMonths'> & Partial<Pick<Indicator, 'recurring' | 'deadlineMonth'>>,
  month: number,
): Status {
  const final = finalMonth({ ...ind, deadlineMonth: ind.deadlineMonth ?? null });
  // A recurring task's off months are not due (a quarterly check in 4月), until its year is decided.
  if (ind.recurring && !isReportMonth(ind, month) && month < final) return '不适用';
  return lastReportMonth(ind, month) === null || notStarted(ind, month) ? '不适用' : '未填报';
}

/** A flow whose schedule plans nothing up to `month`: its season has not begun. */
export function notStarted(ind: Pick<Indicator, 'kind' | 'schedule'>, month: number): boolean {
  return ind.kind === 'cumulative' && ind.schedule !== null && ind.schedule[month - 1] === 0;
}

/**
 * Whether this month's 本月 must hold a number for the row to be judged. Only a rate: a 累计增速 is a
 * state as of its month, and last month's rate is not this month's. A flow's blank month adds
 * nothing (nothing happened, or not yet reported: the check tells 漏填), so its 累计 so far is
 * judged, against 序时 or, from its final month, as the year's result; a level carries its last
 * figure by design. Either way the text says which month the figure is from.
 */
export function needsEntry(ind: Pick<Indicator, 'kind' | 'reportMonths' | 'bottomLine'>, month: number): boolean {
  // A bottom line too: each month's 0 is the office's word that nothing happened; a blank is not.
  return (ind.kind === 'rate' || isBottomLine(ind)) && isReportMonth(ind, month);
}

/**
 * The lowest figure that meets the target: the value; the lower end of a range; the lower edge of
 * a 左右 band. Figures are in the target's direction (a 下降 row's decrease is a positive number).
 */
export function targetFloor(ind: Pick<Indicator, 'comparator' | 'value' | 'tolerance'>): number | null {
  if (ind.value === null) return null;
  if (ind.comparator === 'approx') return ind.value - Math.abs(ind.value) * (ind.tolerance ?? 0);
  return ind.value;
}

/** The upper edge of a 左右 band (null for other comparators). */
export function targetCeiling(ind: Pick<Indicator, 'comparator' | 'value' | 'tolerance'>): number | null {
  if (ind.value === null || ind.comparator !== 'approx') return null;
  return ind.value + Math.abs(ind.value) * (ind.tolerance ?? 0);
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

/** Statuses that are green, red or amber whatever the gap. */
const GREEN: readonly Status[] = ['已完成', '超进度', '达进度', '达标'];
const RED: readonly Status[] = ['超标', '未完成', '逾期'];
/** Behind words: amber, red when the gap is beyond the red line. */
const BEHIND: readonly Status[] = ['欠进度', '未达标'];
/** Amber whatever the gap: a figure held in doubt. */
const UNVERIFIED: readonly Status[] = ['待核实'];

/**
 * The colour of a status, the one rule the month sheet's conditional formats say too. A broken
 * bottom line (`bottomLine`: 未达标 on a 底线 row) is red.
 */
export function colourFor(status: Status, gapPp: number | null, bands: StatusBands, bottomLine = false): Colour {
  if (GREEN.includes(status)) return 'green';
  if (bottomLine && status === '未达标') return 'red';
  if (RED.includes(status)) return 'red';
  if (BEHIND.includes(status)) return gapPp !== null && gapPp < -bands.redPp ? 'red' : 'amber';
  if (UNVERIFIED.includes(status)) return 'amber';
  return 'none';
}

/** The colour words by family, for the README and the sheet's conditional formats. */
export const COLOUR_RULE = { green: GREEN, red: RED, behind: BEHIND, unverified: UNVERIFIED } as const;

export interface EvaluateOptions {
  /**
   * Whether this month's 本月 holds a number (milestones: a state). A flow or rate with nothing
   * entered in a report month is 未填报, even when an earlier 累计 carries on. Default true.
   */
  entered?: boolean;
  /**
   * A recurring task's 本月 cells by month, January first (this month's is `actual`): needed from its
   * final month on, where the year's record decides (recurringStatus).
   */
  states?: readonly unknown[];
  /**
   * Whether the month sheet holds nothing at all in any 本月 cell (nobody has filled it): every row
   * is then 未填报 (不适用 before its first report month), milestones included, so an unopened
   * sheet shows no 逾期 and no carried verdict. Default false.
   */
  sheetEmpty?: boolean;
}

export function evaluate(
  plan: Pick<Plan, 'settings'>,
  ind: Indicator,
  month: number,
  actual: Actual,
  options: EvaluateOptions = {},
): Evaluation {
  if (options.sheetEmpty)
    return { completion: null, expected: null, gapPp: null, status: missingStatus(ind, month), colour: 'none' };
  if (ind.kind === 'milestone' && ind.recurring) {
    if (!options.states && month >= finalMonth(ind))
      throw new Error(`evaluate: the recurring row ${ind.code} needs its states from January (options.states)`);
    const states = [...(options.states ?? [])];
    states[month - 1] = actual;
    const status = recurringStatus(ind, month, states);
    return {
      completion: null,
      expected: null,
      gapPp: null,
      status,
      colour: colourFor(status, null, bandsFor(plan, ind)),
    };
  }
  const raw = judge(plan, ind, month, actual);
  const ev = hasCompletion(ind) ? raw : { ...raw, completion: null };
  // The 累计 still carries (and the sheet still shows its share and gap), but the month is unreported.
  if (options.entered === false && ind.kind !== 'milestone' && actual !== null && needsEntry(ind, month))
    return { ...ev, status: '未填报', colour: 'none' };
  return ev;
}

/** A figure's distance from its target: from the value, or a range's nearest bound (0 inside it). */
function gapFromTarget(ind: Pick<Indicator, 'comparator' | 'value' | 'max'>, actual: number): number {
  const value = ind.value as number;
  if (ind.comparator !== 'between') return actual - value;
  return Math.max(actual - (ind.max ?? value), 0) + Math.min(actual - value, 0);
}

function judge(plan: Pick<Plan, 'settings'>, given: Indicator, month: number, actual: Actual): Evaluation {
  assertMonth(month);
  const ind = targetAt(given, month);
  const ev = judgeFigure(plan, ind, month, actual);
  // Far beyond the target (a running total typed as the month's figure, a unit slip): never done.
  // The share and gap still show what the figure says; the month sheet's 状态 formula says the same.
  return farBeyondTarget(plan, ind, actual) ? { ...ev, status: '待核实', colour: 'amber' } : ev;
}

function judgeFigure(plan: Pick<Plan, 'settings'>, ind: Indicator, month: number, actual: Actual): Evaluation {
  const bands = bandsFor(plan, ind);
  const none: Evaluation = { completion: null, expected: null, gapPp: null, status: '未填报', colour: 'none' };
  const judged = judgement(ind);

  if (judged === 'milestone') {
    const state = typeof actual === 'string' ? actual.trim() : '';
    if (state === '已完成') return { ...none, status: '已完成', colour: 'green' };
    // Not done at or after the due month is overdue, reported or not: overdue stays visible.
    if (month >= dueMonth(ind, month)) return { ...none, status: '逾期', colour: 'red' };
    if (state === '') return none;
    return { ...none, status: '推进中' };
  }

  // A 累计 holding text: a figure typed as text, shown as progress/cumulate's mark (or text typed
  // over the formula). Nothing is judged on it.
  if (typeof actual === 'string' && actual !== '') return { ...none, status: '待核实', colour: 'amber' };
  if (typeof actual !== 'number' || !Number.isFinite(actual) || ind.value === null) {
    return { ...none, status: missingStatus(ind, month) };
  }
  const value = ind.value;
  const final = month >= finalMonth(ind);
  // A built-up level's share is this year's increase against the increase planned.
  const start = judged === 'schedule' ? (startLevel(ind) ?? 0) : 0;
  const completion = value !== start ? (actual - start) / (value - start) : null;
  const yearEnd = (met: boolean, gapPp: number | null, expected: number | null): Evaluation => ({
    completion,
    expected,
    gapPp,
    status: met ? '已完成' : '未完成',
    colour: met ? 'green' : 'red',
  });

  if (judged === 'atMost' && isBottomLine(ind)) {
    // Kept or broken each month, December too: no 序时, no year-end 完成 (the year's sentence says
    // 守住底线 / 未守住底线). Broken is red whatever the gap: it has none.
    const status: Status = actual <= value ? '达标' : '未达标';
    return { completion: null, expected: null, gapPp: null, status, colour: colourFor(status, null, bands, true) };
  }

  if (judged === 'atMost') {
    const ok = actual <= value;
    // Points under the ceiling (negative: over it); a count's as a share of its ceiling.
    const gapPp = pointsGap(ind)
      ? round(value - actual, GAP_DECIMALS)
      : completion !== null
        ? round((1 - completion) * 100, GAP_DECIMALS)
        : null;
    if (final) return yearEnd(ok, gapPp, null);
    const status: Status = ok ? '达标' : '超标';
    return { completion, expected: null, gapPp, status, colour: colourFor(status, gapPp, bands) };
  }

  const floor = targetFloor(ind) as number;
  const met = actual >= floor;

  if (judged === 'target') {
    // No 序时: the target applies every month. The gap is in points, for rates and % levels (a level
    // in 亩 or 个 has none): from the target value (a 左右 band's centre), or from a range's nearest
    // bound (0 inside it; above the top, the points over it, as the 超出上限 check says).
    const gapPp = pointsGap(ind) ? round(gapFromTarget(ind, actual), GAP_DECIMALS) : null;
    if (final) return yearEnd(met, gapPp, null);
    const status: Status = met ? '达标' : '未达标';
    return { completion, expected: null, gapPp, status, colour: colourFor(status, gapPp, bands) };
  }

  if (met) return { completion, expected: null, gapPp: null, status: '已完成', colour: 'green' };
  if (judged === 'reach') {
    // No start level: how far from the target, in the row's unit (the text says it), not vs 序时.
    if (final) return yearEnd(false, null, null);
    return { completion, expected: null, gapPp: null, status: '推进中', colour: 'none' };
  }
  const expected = final ? 1 : scheduleShare(plan, ind, lastReportMonth(ind, month) ?? month);
  const gapPp = scheduleGap(completion ?? 0, expected);
  if (final) return yearEnd(false, gapPp, expected);
  const status = statusOfGap(gapPp, bands);
  return { completion, expected, gapPp, status, colour: colourOf(gapPp, bands) };
}

/**
 * A figure the checks hold in doubt (an open 强制性 or 核实性 finding about it) is 待核实 in every
 * count and sentence, never done. A row with no figure stays 未填报 / 不适用, and an overdue milestone
 * stays 逾期: neither counts a figure. But a figure sent as text (`sent`: "6.8%" on a rate, "1个" on
 * a count, "已通过验收" on a milestone) is a figure: the office reported, so it is 待核实, never
 * 未填报 or 逾期.
 */
export function unverifiedEvaluation(ev: Evaluation, sent = false): Evaluation {
  if (!sent && (ev.status === '未填报' || ev.status === '不适用' || ev.status === '逾期')) return ev;
  return { ...ev, status: '待核实', colour: 'amber' };
}

/**
 * The figure the over-target check measures against: a range's upper end, else the value (as a
 * size: a 下降 row's target is positive anyway). Null where there is none.
 */
export function targetReference(ind: Pick<Indicator, 'comparator' | 'value' | 'max'>): number | null {
  const t = ind.comparator === 'between' && ind.max !== null ? ind.max : ind.value;
  return t === null ? null : Math.abs(t);
}

/**
 * A figure beyond the plan's over-target multiple (超目标倍数, default 3) of its target: the check's
 * 远超目标. A 备注 may explain it to the check, but such a figure is never said to be done: the
 * summary holds it 待核实 until it is corrected or the plan's multiple for the row is raised. At-most
 * rows are left out (far over a bound is 超标, not a claim of success), and so are milestones.
 */
export function farBeyondTarget(
  plan: Pick<Plan, 'settings'>,
  ind: Pick<Indicator, 'kind' | 'comparator' | 'value' | 'max' | 'thresholds'>,
  figure: Actual,
): boolean {
  const limit = overTargetLimit(plan, ind);
  return typeof figure === 'number' && limit !== null && figure > limit.multiple * limit.target;
}

/**
 * The two factors of the far-beyond line, multiple × target (the month sheet's 状态 formula writes
 * them as `G>3*3.2`, the same double the core compares with); null where a row has none.
 */
export function overTargetLimit(
  plan: Pick<Plan, 'settings'>,
  ind: Pick<Indicator, 'kind' | 'comparator' | 'value' | 'max' | 'thresholds'>,
): { multiple: number; target: number } | null {
  if (ind.kind === 'milestone' || ind.comparator === '<=') return null;
  const target = ind.kind === 'rate' ? ind.value : targetReference(ind);
  if (target === null || !(target > 0)) return null;
  return { multiple: thresholdsFor(plan, ind).overTargetMultiple, target };
}

/**
 * Statuses a row can show at `month`: the 汇总 sheet gives a column to each that any row can take,
 * so its COUNTIFS follow the figures when a unit corrects one.
 */
export function possibleStatuses(ind: Indicator, month: number): Status[] {
  const judged = judgement(ind);
  if (judged === 'milestone') {
    if (!ind.recurring) return ['已完成', '推进中', '逾期', '未填报'];
    if (month >= finalMonth(ind)) return ['已完成', '未完成', '未填报'];
    return isReportMonth(ind, month) ? ['已完成', '逾期', '未填报'] : ['不适用'];
  }
  const out: Status[] = [];
  if (isBottomLine(ind)) out.push('达标', '未达标');
  else if (month >= finalMonth(ind)) out.push('已完成', '未完成');
  else if (judged === 'atMost') out.push('达标', '超标');
  else if (judged === 'target') out.push('达标', '未达标');
  else if (judged === 'reach') out.push('已完成', '推进中');
  else out.push('已完成', '超进度', '达进度', '欠进度');
  out.push('未填报');
  if (ind.reportMonths || notStarted(ind, month)) out.push('不适用');
  return out;
}
