// The figure each row is judged on at a month, worked out from the entered 本月 cells the way the
// month sheet's 累计 formulas do it, so the summary never depends on cached formula results.
import type { Indicator, Plan } from '../plan/types';
import { MILESTONE_STATES, needsEntry, type Actual } from '../progress/progress';
import { isFilled, isNum, isTextFigure, shownCumulative } from '../progress/cumulate';
import { suggestMilestoneState } from '../progress/figure';
import type { CellValue } from '../workbook/spec';
import { isBlank, isEmptyToFormula } from '../workbook/cell';
import type { RowFigures, TemplateFigures } from '../workbook/figures';

/** A 本月 cell as the sheet's formulas see it: a number, or nothing (blank or text). */
export function enteredNumber(v: CellValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A milestone state cell as the sheet carries it: anything filled in (even "  " or a number), else null. */
export function enteredState(v: CellValue): string | null {
  if (isEmptyToFormula(v)) return null;
  return typeof v === 'string' ? v : String(v);
}

/** Each code's rows by month number, from the month sheets read back. */
export type RowsByCode = Map<string, Map<number, RowFigures>>;

export function rowsByCode(figures: Pick<TemplateFigures, 'months'>): RowsByCode {
  const out: RowsByCode = new Map();
  for (const sheet of figures.months) {
    for (const row of sheet.rows) {
      let byMonth = out.get(row.code);
      if (!byMonth) out.set(row.code, (byMonth = new Map()));
      // A duplicated code is a read problem reported elsewhere; the first row wins, as MATCH does.
      if (!byMonth.has(sheet.month)) byMonth.set(sheet.month, row);
    }
  }
  return out;
}

export interface ActualAt {
  actual: Actual;
  /** Milestones: the first month whose carried state is 已完成. */
  doneMonth: number | null;
  /** This month's 本月 holds a number (milestones: anything filled in). */
  entered: boolean;
  /** The latest month up to `month` whose 本月 holds a figure; null when none has. */
  lastEntered: number | null;
  /**
   * A figure typed as text feeds this month's figure: on a flow, any month's ("1个"); on a level or
   * rate, the entry the figure rests on ("6.8%" this report month, or the latest entry in an off
   * month); on a milestone, a state that is not one of the words ("已通过验收"). The office sent it.
   */
  textFigure: boolean;
}

/**
 * The row's figure after `month` months, by the one 累计 rule as the sheet shows it
 * (progress/cumulate's shownCumulative), chained over the
 * month sheets as the sheet's formulas chain them: a month whose sheet or row is missing restarts
 * the chain (the formula's IFERROR gives blank), and a 累计 typed over carries on from the typed value.
 */
export function actualAt(ind: Indicator, byMonth: Map<number, RowFigures> | undefined, month: number): ActualAt {
  let cum: CellValue | undefined;
  let doneMonth: number | null = null;
  let lastEntered: number | null = null;
  let entered = false;
  let textFigure = false;
  for (let m = 1; m <= month; m++) {
    const row = byMonth?.get(m);
    const entry = row ? row.month.value : null;
    if (ind.kind === 'cumulative') textFigure ||= isTextFigure(entry);
    else if (ind.kind !== 'milestone') {
      // A number replaces what came before; a blank report month of a rate is this month's 未填报.
      if (isFilled(entry)) textFigure = isTextFigure(entry);
      else if (needsEntry(ind, m)) textFigure = false;
    }
    cum = row ? shownCumulative(ind, entry, cum) : undefined;
    // A 累计 typed over by hand is what the sheet shows and the next month's formula builds on.
    if (row && row.cumulative.formula === null && !isBlank(row.cumulative.value)) cum = row.cumulative.value;
    entered = ind.kind === 'milestone' ? enteredState(entry) !== null : enteredNumber(entry) !== null;
    if (entered) lastEntered = m;
    if (ind.kind === 'milestone') {
      // A state sent in words the check reads as 已完成 ("已投产") is done in its month: a later exact
      // 已完成 does not make it late.
      const done = typeof cum === 'string' && (cum.trim() === '已完成' || suggestMilestoneState(cum) === '已完成');
      if (done && doneMonth === null) doneMonth = m;
      if (!done) doneMonth = null;
    }
  }
  let actual: Actual = null;
  if (ind.kind === 'milestone') {
    actual = enteredState(cum ?? null);
    const state = actual?.trim() ?? '';
    textFigure = state !== '' && !(MILESTONE_STATES as readonly string[]).includes(state);
  } else if (isNum(cum)) actual = cum;
  // Text in a flow's 累计 (a figure typed as text: progress/cumulate) is 待核实, as the sheet shows.
  else if (ind.kind === 'cumulative' && typeof cum === 'string') actual = cum;
  return { actual, doneMonth, entered, lastEntered, textFigure };
}

/**
 * A year's figure of each cumulative and level indicator by month (12 entries, null where unknown),
 * as actualAt works it out from the entered figures: what next year's plan needs as `lastYear`.
 * Months after a row's last entered figure stay null (a year not yet over is not carried forward).
 */
export function yearSeries(
  plan: Pick<Plan, 'indicators'>,
  figures: Pick<TemplateFigures, 'months'>,
): Map<string, Array<number | null>> {
  const history = rowsByCode(figures);
  const out = new Map<string, Array<number | null>>();
  for (const ind of plan.indicators) {
    if (ind.kind !== 'cumulative' && ind.kind !== 'level') continue;
    const byMonth = history.get(ind.code);
    let last = 0;
    for (let m = 1; m <= 12; m++) if (enteredNumber(byMonth?.get(m)?.month.value ?? null) !== null) last = m;
    out.set(
      ind.code,
      Array.from({ length: 12 }, (_, i) => {
        if (i + 1 > last) return null;
        const a = actualAt(ind, byMonth, i + 1).actual;
        return typeof a === 'number' ? a : null;
      }),
    );
  }
  return out;
}
