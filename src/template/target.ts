// How the 年度目标 cell shows a target: the cell stays a number (formulas divide by it) and a
// custom number format shows the comparator ("3.2以上", "2-3", "增长20%以上"); milestones show
// their deadline as text.
import type { Indicator } from '../plan/types';
import type { CellValue } from '../workbook/spec';
import { recurringWord } from '../progress/vocabulary';
import { decimalsOf as decimals } from '../progress/round';

function numberPart(x: number): string {
  const d = decimals(x);
  return d ? `#,##0.${'0'.repeat(d)}` : '#,##0';
}

/** Text inside a number format's quotes cannot hold a double quote. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '')}"`;
}

export function deadlineText(
  ind: Pick<Indicator, 'recurring' | 'deadlineMonth'> & Partial<Pick<Indicator, 'reportMonths'>>,
): string {
  if (ind.recurring) return recurringWord(ind.reportMonths ?? null);
  if (ind.deadlineMonth === null || ind.deadlineMonth === 12) return '年内';
  return `${ind.deadlineMonth}月底前`;
}

/** The 年度目标 cell: its value and number format (null: text, no format). */
export function targetCell(ind: Indicator): { v: CellValue; numberFormat: string | null } {
  if (ind.kind === 'milestone' || ind.value === null) return { v: deadlineText(ind), numberFormat: null };
  const v = ind.value;
  // A bottom line's 0 stays a number for the formulas; the cell reads 不发生（底线）.
  if (ind.bottomLine) return { v, numberFormat: quoted('不发生（底线）') };
  // The same digits before and after a mid-year adjustment (3.2 -> 3.25 shows 3.20 -> 3.25).
  const a = ind.adjustment;
  const fmtNum = numberPart(a && decimals(a.value) > decimals(v) ? a.value : v);
  if (ind.kind === 'rate') {
    const verb = ind.direction === 'decrease' ? '下降' : '增长';
    switch (ind.comparator) {
      case '<=':
        return { v, numberFormat: `${quoted(verb)}${fmtNum}${quoted('%以内')}` };
      case 'between':
        return { v, numberFormat: quoted(`${verb}${v}-${ind.max ?? v}%`) };
      case 'approx':
        return { v, numberFormat: `${quoted(verb)}${fmtNum}${quoted('%左右')}` };
      default:
        return { v, numberFormat: `${quoted(verb)}${fmtNum}${quoted('%以上')}` };
    }
  }
  switch (ind.comparator) {
    case '<=':
      return { v, numberFormat: `${fmtNum}${quoted('以内')}` };
    case 'between':
      return { v, numberFormat: quoted(`${v}-${ind.max ?? v}`) };
    case 'approx':
      return { v, numberFormat: `${fmtNum}${quoted('左右')}` };
    default:
      return { v, numberFormat: `${fmtNum}${quoted('以上')}` };
  }
}
