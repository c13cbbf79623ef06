// How collect names the months it merged: "1-3月" / "months 1-3".
import { periodText } from '../workbook/layout';

/** 1 -> "1月", 3 -> "1-3月". */
export function monthRange(upTo: number): string {
  return periodText(upTo);
}

export function monthRangeEn(upTo: number): string {
  return upTo === 1 ? 'month 1' : `months 1-${upTo}`;
}

/** [1, 2, 3] -> "1月、2月、3月". */
export function monthNames(months: number[]): string {
  return months.map((m) => `${m}月`).join('、');
}
