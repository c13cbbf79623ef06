// The month sheet's formulas, and the values the TypeScript core computes for them. Every formula
// says what src/progress says: the 累计 rule (progress/cumulate), evaluate (status, gap, colour),
// scheduleShare; the two are written next to each other so a rule cannot change on one side only.
// Only INDEX/MATCH, IF, ISNUMBER, IFERROR, N, TRIM and ROUND: Excel 2007+, WPS and LibreOffice.
// The previous month's 累计 is found by code on the previous month's sheet, never by row.
import type { CellSpec, CellValue } from '../workbook/spec';
import type { Indicator, Plan } from '../plan/types';
import { bandsFor } from '../plan/types';
import {
  dueMonth,
  evaluate,
  finalMonth,
  judgement,
  lastReportMonth,
  missingStatus,
  needsEntry,
  pointsGap,
  scheduleShare,
  targetFloor,
  type Evaluation,
} from '../progress/progress';
import { cumulate, isNum } from '../progress/cumulate';
import { quoteSheet } from '../workbook/a1';
import { L as LAYOUT_LETTERS, monthSheetName } from '../workbook/layout';

export { cumulate, isNum };
export { hasSchedule } from '../progress/progress';

// A local copy: module bindings compiled to CommonJS are getters, and this runs per cell.
const L = { ...LAYOUT_LETTERS };

/** A number as a formula literal, the same double the core uses. */
export function lit(x: number): string {
  if (Object.is(x, -0)) return '0';
  return String(x).toUpperCase();
}

/** The core's evaluation of a row, from its 累计 value and this month's 本月 entry. */
export function evaluateCell(
  plan: Pick<Plan, 'settings'>,
  ind: Indicator,
  month: number,
  cum: CellValue,
  entry: CellValue = null,
): Evaluation {
  if (ind.kind === 'milestone') return evaluate(plan, ind, month, typeof cum === 'string' ? cum : null);
  return evaluate(plan, ind, month, isNum(cum) ? cum : null, { entered: isNum(entry) });
}

/**
 * The sheet's 本月 cells, for the 状态 formulas' empty-sheet guard: `range` (e.g. $F$4:$F$20, absolute
 * so inserted rows widen it) and whether every one of them is blank now.
 */
export interface MonthInputs {
  range: string;
  empty: boolean;
  /**
   * The one cell (hidden 板块 column, 填报单位 line) holding COUNTA(range)=0: every 状态 reads it
   * rather than repeating the count, which on a 1,000-indicator plan costs a request to Excel.
   */
  flag: string;
}

/** The empty-sheet flag cell's formula. */
export function emptyFlagFormula(inputs: MonthInputs): string {
  return `=COUNTA(${inputs.range})=0`;
}

/** A month sheet with nothing in any 本月 cell reads 未填报 on every row (progress.evaluate's sheetEmpty). */
function guardEmpty(inputs: MonthInputs | undefined, missing: string, formula: string): string {
  return inputs ? `=IF(${inputs.flag},"${missing}",${formula.slice(1)})` : formula;
}

function gapStatusExpr(ind: Indicator, plan: Pick<Plan, 'settings'>, j: string): string {
  const b = bandsFor(plan, ind);
  return `IF(${j}>=${lit(b.aheadPp)},"超进度",IF(${j}>=${lit(-b.behindPp)},"达进度","欠进度"))`;
}

export interface RowFormulaCells {
  cumulative: CellSpec;
  completion: CellSpec;
  expected: CellSpec;
  gap: CellSpec;
  status: CellSpec;
}

/**
 * The formula cells of one indicator row at sheet row `r` of month `month`, each with the value the
 * core computes for it. `cum` is the row's 累计 as cumulate() gives it, `entry` its 本月.
 */
export function rowFormulas(
  plan: Pick<Plan, 'settings'>,
  ind: Indicator,
  month: number,
  r: number,
  cum: CellValue,
  entry: CellValue = null,
  inputs?: MonthInputs,
): RowFormulaCells {
  const F = `${L.month}${r}`;
  const G = `${L.cumulative}${r}`;
  const E = `${L.target}${r}`;
  const H = `${L.completion}${r}`;
  const I = `${L.expected}${r}`;
  const J = `${L.gap}${r}`;
  // 完成%, 序时 and 差额 still follow the figures on an empty sheet; only 状态 reads 未填报 there.
  const ev = evaluateCell(plan, ind, month, cum, entry);
  const missingWord = missingStatus(ind, month);
  const shown = inputs?.empty ? evaluate(plan, ind, month, null, { sheetEmpty: true }).status : ev.status;
  const blank: CellSpec = { v: null };

  // 累计
  let prev = '""';
  if (month > 1 && !(ind.kind === 'milestone' && ind.recurring)) {
    const q = quoteSheet(monthSheetName(month - 1));
    prev = `IFERROR(INDEX(${q}!$${L.cumulative}:$${L.cumulative},MATCH($${L.code}${r},${q}!$${L.code}:$${L.code},0)),"")`;
  }
  let fG: string;
  if (ind.kind === 'milestone') fG = `=IF(${F}<>"",${F},${prev})`;
  else if (ind.kind === 'cumulative' && prev !== '""') fG = `=IF(ISNUMBER(${F}),N(${prev})+${F},${prev})`;
  else fG = `=IF(ISNUMBER(${F}),${F},${prev})`;
  const cumulative: CellSpec = { f: fG, v: cum };

  const judged = judgement(ind);
  if (judged === 'milestone') {
    // Not done: overdue from the due month on, reported or not; before it, blank is 未填报.
    const pending = month >= dueMonth(ind, month) ? '"逾期"' : `IF(TRIM(${G})="","未填报","推进中")`;
    return {
      cumulative,
      completion: blank,
      expected: blank,
      gap: blank,
      status: { f: guardEmpty(inputs, missingWord, `=IF(TRIM(${G})="已完成","已完成",${pending})`), v: shown },
    };
  }

  const value = ind.value as number;
  const final = month >= finalMonth(ind);
  const floor = lit(targetFloor(ind) as number);
  const V = lit(value);

  const completion: CellSpec = value === 0 ? blank : { f: `=IF(ISNUMBER(${G}),${G}/${E},"")`, v: ev.completion ?? '' };

  let expected: CellSpec = blank;
  if (judged === 'schedule') {
    const at = lastReportMonth(ind, month) ?? month;
    const share = scheduleShare(plan, ind, at);
    const d = plan.settings.scheduleDecimals;
    // The value only where no portable formula says it: a plan's own schedule, or the final month's 100%.
    if (final) expected = { v: 1 };
    else if (ind.schedule) expected = { v: share };
    else expected = { f: d === null ? `=${at}/12` : `=ROUND(${at}/12,${d + 2})`, v: share };
  }

  const yearEnd = (met: string) => `IF(${met},"已完成","未完成")`;
  let gap: CellSpec = blank;
  let judge: string;
  if (judged === 'atMost') {
    if (ind.kind === 'rate') gap = { f: `=IF(ISNUMBER(${G}),ROUND(${V}-${G},1),"")`, v: ev.gapPp ?? '' };
    judge = final ? yearEnd(`${G}<=${V}`) : `IF(${G}<=${V},"达标","超标")`;
  } else if (judged === 'target') {
    if (pointsGap(ind)) gap = { f: `=IF(ISNUMBER(${G}),ROUND(${G}-${V},1),"")`, v: ev.gapPp ?? '' };
    judge = final ? yearEnd(`${G}>=${floor}`) : `IF(${G}>=${floor},"达标","未达标")`;
  } else {
    const comp = value === 0 ? '0' : H;
    gap = { f: `=IF(ISNUMBER(${G}),IF(${G}>=${floor},"",ROUND((${comp}-${I})*100,1)),"")`, v: ev.gapPp ?? '' };
    judge = `IF(${G}>=${floor},"已完成",${final ? '"未完成"' : gapStatusExpr(ind, plan, J)})`;
  }
  // Nothing to judge: a flow or rate with no number this report month, or no 累计 at all.
  const missing = `"${missingWord}"`;
  // In a report month a number in 本月 makes 累计 a number, so ISNUMBER(F) guards G too.
  const fK = needsEntry(ind, month)
    ? `=IF(ISNUMBER(${F}),${judge},"未填报")`
    : `=IF(ISNUMBER(${G}),${judge},${missing})`;
  return { cumulative, completion, expected, gap, status: { f: guardEmpty(inputs, missingWord, fK), v: shown } };
}
