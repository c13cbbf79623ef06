// An office that sent nothing for a month (review4 X10): every row it leads is empty on the month's
// sheet. Said once, naming the office and its rows, by the check (instead of one 漏填 per row that
// reads as that many mistakes of the office) and by collect (未收到…的报表), from this one rule.
import type { Indicator, Plan } from '../plan/types';
import type { MonthSheetFigures } from '../workbook/figures';
import { leadOf } from '../plan/owners';
import { isReportMonth } from '../progress/progress';
import { isBlank } from '../workbook/cell';

export interface SilentOffice {
  office: string;
  /** The office's rows due this month, in the sheet's order, all empty (本月 and 备注). */
  rows: Array<{ ind: Indicator; cell: string; row: number }>;
}

/**
 * Offices with at least `minRows` rows due in `sheet`'s month (as lead: 牵头单位, or the one named) and
 * nothing typed in any of them, neither 本月 nor 备注. The check leaves a single-row office to its
 * row's own finding (minRows 2); collect names every office not heard from (1). A row another office
 * shares is the lead's to report: an office that only co-operates (配合) is never named for it.
 */
export function silentOffices(plan: Pick<Plan, 'indicators'>, sheet: MonthSheetFigures, minRows = 2): SilentOffice[] {
  const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  const offices = new Map<string, { typed: boolean; rows: SilentOffice['rows'] }>();
  for (const r of sheet.rows) {
    const ind = byCode.get(r.code);
    const office = ind ? leadOf(ind.responsible) : null;
    if (!ind || !office || !isReportMonth(ind, sheet.month)) continue;
    const o = offices.get(office) ?? { typed: false, rows: [] };
    offices.set(office, o);
    const empty = isBlank(r.month.value) && r.month.formula === null && isBlank(r.note.value);
    if (!empty) o.typed = true;
    else o.rows.push({ ind, cell: r.month.address, row: r.row });
  }
  return [...offices]
    .filter(([, o]) => !o.typed && o.rows.length >= Math.max(1, minRows))
    .map(([office, o]) => ({ office, rows: o.rows }));
}

/** "6项（固定资产投资，一般公共预算收入，…等）": the count, and at most four names. */
export function silentRowNames(s: SilentOffice): string {
  const names = s.rows.map((r) => r.ind.name);
  // "，" between names: a name may hold "、" itself (井塘冷坑山塘、内江下马形山塘除险加固).
  const shown = names.length <= 4 ? names.join('，') : `${names.slice(0, 4).join('，')}等`;
  return `${names.length}项（${shown}）`;
}
