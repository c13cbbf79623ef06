// The 累计 rule, once: what a row's 累计 (column G) holds after a month, from this month's 本月
// and the previous month's 累计. The template's formulas say the same (src/template/formulas.ts),
// the checks chain figures with it (src/check/series.ts) and the summary sums with it
// (src/summary/actuals.ts).
// - cumulative: a number in 本月 adds to the previous 累计; a blank or non-number 本月 carries the
//   previous 累计 (blank when nothing was ever entered);
// - level, rate: 本月 when it is a number, else the previous 累计;
// - milestone: 本月 when it is filled (any text), else the previous state; recurring rows: this
//   month only.
// What a flow's 累计 shows (shownCumulative) differs in one way: a figure typed as text (“约3000”,
// “3,200”) puts the mark 待核实 in 累计 instead of a total that silently lacks it, and every later
// month carries the mark until the text is corrected. (A level or rate is not a sum: its text leaves
// the last figure, as a blank month does, and the next figure replaces it.) The checks chain the
// numbers (cumulate) and report the text itself.
import type { Indicator } from '../plan/types';
import type { Status } from './vocabulary';

/** A cell value as the rule sees it (the workbook's CellValue). */
type Value = string | number | boolean | null;

export function isNum(v: Value | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Excel's `x<>""`: true for numbers, booleans and non-empty text. */
export function isFilled(v: Value | undefined): boolean {
  return v !== null && v !== undefined && v !== '';
}

/**
 * The 累计 after this month. `prev` is the previous month's 累计 as the sheet shows it (undefined
 * or '' when there is none: January, or a row missing from the previous sheet).
 */
export function cumulate(
  ind: Pick<Indicator, 'kind' | 'recurring'>,
  entry: Value | undefined,
  prev: Value | undefined,
): Value {
  const p: Value = prev === undefined ? '' : prev;
  switch (ind.kind) {
    case 'cumulative':
      return isNum(entry) ? (isNum(p) ? p : 0) + entry : p;
    case 'level':
    case 'rate':
      return isNum(entry) ? entry : p;
    case 'milestone':
      if (isFilled(entry)) return entry as Value;
      return ind.recurring ? '' : p;
  }
}

/** What a flow's 累计 shows from a figure typed as text on: its status word. */
export const TEXT_FIGURE_MARK: Status = '待核实';

/**
 * Text (or anything else not a number) typed where a number belongs: what the formula's COUNT(F)
 * rejects and F="" does not call empty (a space is something typed: isFilled).
 */
export function isTextFigure(entry: Value | undefined): boolean {
  return isFilled(entry) && !isNum(entry);
}

/**
 * The 累计 the month sheet shows after this month (its formula's value), from the previous month's
 * shown 累计: cumulate(), except on a flow, where a figure typed as text shows TEXT_FIGURE_MARK, and
 * a number after a 累计 holding text (the mark, or text typed over the formula) shows the mark too
 * (the formula's T(prev)<>""); a blank month carries the previous 累计 as it is.
 */
export function shownCumulative(
  ind: Pick<Indicator, 'kind' | 'recurring'>,
  entry: Value | undefined,
  prev: Value | undefined,
): Value {
  if (ind.kind !== 'cumulative') return cumulate(ind, entry, prev);
  if (isTextFigure(entry)) return TEXT_FIGURE_MARK;
  if (isNum(entry) && typeof prev === 'string' && prev !== '') return TEXT_FIGURE_MARK;
  return cumulate(ind, entry, prev);
}
