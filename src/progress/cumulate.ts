// The 累计 rule, once: what a row's 累计 (column G) holds after a month, from this month's 本月
// and the previous month's 累计. The template's formulas say the same (src/template/formulas.ts),
// the checks chain figures with it (src/check/series.ts) and the summary sums with it
// (src/summary/actuals.ts).
// - cumulative: a number in 本月 adds to the previous 累计; a blank or non-number 本月 carries the
//   previous 累计 (blank when nothing was ever entered);
// - level, rate: 本月 when it is a number, else the previous 累计;
// - milestone: 本月 when it is filled (any text), else the previous state; recurring rows: this
//   month only.
import type { Indicator } from '../plan/types';

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
