// Month sheets that hold no figure at all: not opened, or not yet collected from the offices. The one
// rule the check and the summary both use, so they warn about the same months in the same words.
import type { Message } from '../plan/message';
import type { Indicator, Plan } from '../plan/types';
import type { MonthSheetFigures } from '../workbook/figures';
import { isFilled } from '../progress/cumulate';
import { isDueMonth, isReportMonth } from '../progress/progress';
import { monthsNamed, noteText } from './notes';

/**
 * Nothing typed in any 本月 cell of a month where some row is due (the 状态 formulas' COUNTA guard
 * says the same). A month no row is due in (quarterly rows only) is blank by design.
 */
export function holdsNoFigures(plan: Pick<Plan, 'indicators'>, sheet: MonthSheetFigures, month: number): boolean {
  const byCode = new Map<string, Indicator>(plan.indicators.map((i) => [i.code, i]));
  return (
    sheet.rows.every((row) => !isFilled(row.month.value)) &&
    sheet.rows.some((row) => {
      const ind = byCode.get(row.code);
      return ind !== undefined && isReportMonth(ind, month);
    })
  );
}

/** The first month whose sheet holds any figure (Infinity when none): months before it are a workbook begun later. */
export function firstFilledMonth(sheets: MonthSheetFigures[]): number {
  return Math.min(...sheets.filter(hasFigure).map((s) => s.month));
}

function hasFigure(s: MonthSheetFigures): boolean {
  return s.rows.some((r) => isFilled(r.month.value));
}

/**
 * The months before `month`, after the first month with figures, whose sheet holds no figure and no
 * 备注 at all (holdsNoFigures) while at least two rows are due, and that no later 备注 up to `month`
 * names ("2月数据迟报，含2-3月"): most likely forgotten in collecting, and a flow's 累计 then lacks
 * them. A sheet of one due row is that row's blank (the row's 漏填 says so); months before the first
 * figure are a workbook begun mid-year.
 */
export function emptyMonthsBefore(
  plan: Pick<Plan, 'indicators'>,
  sheets: MonthSheetFigures[],
  month: number,
): number[] {
  const out: number[] = [];
  const byCode = new Map<string, Indicator>(plan.indicators.map((i) => [i.code, i]));
  const first = firstFilledMonth(sheets);
  for (let m = first + 1; m < month; m++) {
    const sheet = sheets.find((s) => s.month === m);
    if (!sheet || hasFigure(sheet) || sheet.rows.some((r) => noteText(r.note.value) !== '')) continue;
    const due = sheet.rows.filter((r) => {
      const ind = byCode.get(r.code);
      return ind !== undefined && isDueMonth(ind, m);
    });
    if (due.length < 2) continue;
    const named = sheets.some(
      (s) => s.month > m && s.month <= month && s.rows.some((r) => monthsNamed(noteText(r.note.value)).has(m)),
    );
    if (!named) out.push(m);
  }
  return out;
}

/** "7月、8月表没有任何填报数据（可能尚未汇集）：…", said by the check and by the summary alike. */
export function emptyMonthsMessage(months: number[], month: number): Message {
  const zh = months.map((m) => `${m}月`).join('、');
  const en = months.join(', ');
  return {
    zh: `${zh}表没有任何填报数据（可能尚未汇集）：按月累加的指标，${month}月累计缺这些月份的数，按待核实处理；请汇集后再审核、汇总`,
    en: `the sheet(s) of month ${en} hold no figures at all (perhaps not collected yet): the cumulative to month ${month} of monthly flows lacks them and is held to verify; collect them, then check and summarize again`,
  };
}
