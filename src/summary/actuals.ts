// The figure each row is judged on at a month, worked out from the entered 本月 cells the way the
// month sheet's 累计 formulas do it, so the summary never depends on cached formula results.
import type { Indicator, Plan } from '../plan/types';
import type { Actual } from '../progress/progress';
import type { CellValue } from '../workbook/spec';
import type { RowFigures, TemplateFigures } from '../workbook/figures';

/** A 本月 cell as the sheet's formulas see it: a number, or nothing (blank or text). */
export function enteredNumber(v: CellValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A milestone state cell as the sheet carries it: anything filled in (even "  " or a number), else null. */
export function enteredState(v: CellValue): string | null {
  if (v === null || v === '') return null;
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
}

/**
 * The row's figure after `month` months:
 * - cumulative: the sum of the monthly flows (累计 = 上月累计 + 本月), null when none was entered;
 * - level and rate: the latest entered figure (a blank month carries the previous one);
 * - milestone: the latest entered state (recurring rows: this month's state only).
 */
export function actualAt(ind: Indicator, byMonth: Map<number, RowFigures> | undefined, month: number): ActualAt {
  if (!byMonth) return { actual: null, doneMonth: null };
  if (ind.kind === 'milestone') {
    if (ind.recurring) {
      const s = enteredState(byMonth.get(month)?.month.value ?? null);
      return { actual: s, doneMonth: s?.trim() === '已完成' ? month : null };
    }
    let state: string | null = null;
    let doneMonth: number | null = null;
    for (let m = 1; m <= month; m++) {
      const s = enteredState(byMonth.get(m)?.month.value ?? null);
      if (s !== null) state = s;
      const done = state?.trim() === '已完成';
      if (done && doneMonth === null) doneMonth = m;
      if (!done) doneMonth = null;
    }
    return { actual: state, doneMonth };
  }
  if (ind.kind === 'cumulative') {
    let sum: number | null = null;
    for (let m = 1; m <= month; m++) {
      const v = enteredNumber(byMonth.get(m)?.month.value ?? null);
      if (v !== null) sum = (sum ?? 0) + v;
    }
    return { actual: sum, doneMonth: null };
  }
  let latest: number | null = null;
  for (let m = 1; m <= month; m++) {
    const v = enteredNumber(byMonth.get(m)?.month.value ?? null);
    if (v !== null) latest = v;
  }
  return { actual: latest, doneMonth: null };
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
