// What a cell's value is before any rule reads it. Two meanings of "empty", each named: nothing
// typed (a person's view) and empty to the sheet's own `<>""` test (the formulas' view).
import type { CellValue } from './spec';

/** Nothing typed: an empty cell or only spaces. A no-data mark such as "—" is something typed. */
export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Empty to a sheet formula's `F4<>""` test: no value or the empty string (a space is not empty there). */
export function isEmptyToFormula(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === '';
}
