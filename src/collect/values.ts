// Comparing and showing input values: the same figure typed two ways is one figure.
import type { Indicator } from '../plan/types';
import { readFigure, readingOf, readMilestoneState } from '../progress/figure';
import { showNumber } from '../progress/round';
import type { CellValue } from '../workbook/spec';
import { isBlank } from '../workbook/cell';
import type { InputField } from './types';

/** The number a figure cell means, or null; fixable text counts with its suggested number. */
function figureNumber(v: CellValue, ind: Indicator): number | null {
  const r = readFigure(v, ind.unit, ind.value);
  return r.kind === 'number' || r.kind === 'fixable' ? r.value : null;
}

function closeEnough(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Whether two entries say the same thing: identical text, the same number, or the same milestone state. */
export function sameValue(a: CellValue, b: CellValue, ind: Indicator, field: InputField): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string' && a.trim() === b.trim()) return true;
  if (field === 'note') return String(a).trim() === String(b).trim();
  if (ind.kind === 'milestone') {
    const ra = readMilestoneState(a);
    const rb = readMilestoneState(b);
    return ra.kind === 'state' && rb.kind === 'state' && ra.state === rb.state;
  }
  const na = figureNumber(a, ind);
  const nb = figureNumber(b, ind);
  return na !== null && nb !== null && closeEnough(na, nb);
}

/**
 * A text (or a number needing fixing) on one side whose reading is the clean number on the other:
 * "约250" or "０．４５" against 250 or 0.45. One figure, and the number wins on both sides: the
 * master's number stays against an office's text (said as 与总表相同), and an office's number replaces
 * the master's text (said as 更正), so no must-fix stays open for a figure already sent as a number.
 */
export function readsAs(text: CellValue, num: CellValue, ind: Indicator, field: InputField): boolean {
  if (field !== 'month' || ind.kind === 'milestone' || typeof num !== 'number') return false;
  if (readFigure(num, ind.unit, ind.value).kind !== 'number') return false;
  const r = readFigure(text, ind.unit, ind.value);
  if (r.kind === 'number' || r.kind === 'blank') return false;
  const n = r.kind === 'fixable' ? r.value : readingOf(text, ind.unit);
  return n !== null && closeEnough(n, num);
}

/** Of several entries meaning the same, the one to write: a clean number over text that needs fixing. */
export function preferred(values: CellValue[], ind: Indicator, field: InputField): CellValue {
  if (field === 'month' && ind.kind !== 'milestone') {
    const clean = values.find((v) => readFigure(v, ind.unit, ind.value).kind === 'number');
    if (clean !== undefined) return clean;
  }
  return values[0];
}

/** A value as a message shows it: numbers plainly, text in quotes, an empty cell as （空）. */
export function showValue(v: CellValue): string {
  if (isBlank(v)) return '（空）';
  if (typeof v === 'number') return showNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `“${v}”`;
}

export function showValueEn(v: CellValue): string {
  if (isBlank(v)) return '(empty)';
  if (typeof v === 'number') return showNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `"${v}"`;
}
