// The month sheet's formulas, and the values the TypeScript core computes for them. Both sides are
// written here next to each other so that a rule cannot change on one side only: every formula
// mirrors src/progress/evaluate and scheduleShare, with the cumulation rules below.
//
// Cumulation (累计, column G), by kind:
// - cumulative: a number in 本月 adds to the previous month's 累计; a blank or non-number 本月
//   carries the previous 累计 (blank when nothing was ever entered);
// - level, rate: 本月 when it is a number, else the previous month's 累计;
// - milestone: 本月 when it is filled, else the previous month's state; recurring rows: this month only.
// The previous month's 累计 is found by code on the previous month's sheet (INDEX/MATCH), never by row.
import type { CellSpec, CellValue } from '../workbook/spec';
import type { Indicator, Plan } from '../plan/types';
import { bandsFor } from '../plan/types';
import { evaluate, scheduleShare, type Evaluation } from '../progress/progress';
import { quoteSheet } from '../workbook/a1';
import { L as LAYOUT_LETTERS, monthSheetName } from './layout';

// A local copy: module bindings compiled to CommonJS are getters, and this runs per cell.
const L = { ...LAYOUT_LETTERS };

/** A number as a formula literal, the same double the core uses. */
export function lit(x: number): string {
  if (Object.is(x, -0)) return '0';
  return String(x).toUpperCase();
}

export function isNum(v: CellValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Excel's `x<>""`: true for numbers, booleans and non-empty text. */
function filled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && v !== '';
}

/** The 累计 value after this month, from this month's entry and the previous 累计 (undefined in January). */
export function cumulate(ind: Indicator, entry: CellValue | undefined, prev: CellValue | undefined): CellValue {
  const p: CellValue = prev === undefined ? '' : prev;
  switch (ind.kind) {
    case 'cumulative':
      return isNum(entry) ? (isNum(p) ? p : 0) + entry : p;
    case 'level':
    case 'rate':
      return isNum(entry) ? entry : p;
    case 'milestone':
      if (filled(entry)) return entry as CellValue;
      return ind.recurring ? '' : p;
  }
}

/** Whether 序时 applies to the row (numeric targets reached from below). */
export function hasSchedule(ind: Indicator): boolean {
  return (ind.kind === 'cumulative' || ind.kind === 'level') && ind.comparator !== '<=';
}

/** Whether the row has a 差额 (gap) figure. */
export function hasGap(ind: Indicator): boolean {
  return ind.kind === 'rate' || hasSchedule(ind);
}

/** The core's evaluation of a row, from its 累计 value. */
export function evaluateCell(plan: Pick<Plan, 'settings'>, ind: Indicator, month: number, cum: CellValue): Evaluation {
  if (ind.kind === 'milestone') return evaluate(plan, ind, month, typeof cum === 'string' ? cum : null);
  return evaluate(plan, ind, month, isNum(cum) ? cum : null);
}

/** Formula lower bound: the value, or value*(1-tolerance) for approx, as the core computes it. */
function floorExpr(ind: Indicator): string {
  const v = ind.value as number;
  if (ind.comparator === 'approx') return `${lit(v)}*(1-${lit(ind.tolerance ?? 0)})`;
  return lit(v);
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
 * core computes for it. `cum` is the row's 累计 value as computed by cumulate().
 */
export function rowFormulas(
  plan: Pick<Plan, 'settings'>,
  ind: Indicator,
  month: number,
  r: number,
  cum: CellValue,
): RowFormulaCells {
  const F = `${L.month}${r}`;
  const G = `${L.cumulative}${r}`;
  const E = `${L.target}${r}`;
  const H = `${L.completion}${r}`;
  const I = `${L.expected}${r}`;
  const J = `${L.gap}${r}`;
  const ev = evaluateCell(plan, ind, month, cum);
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

  if (ind.kind === 'milestone') {
    const deadline = ind.recurring ? month : (ind.deadlineMonth ?? 12);
    const pending = month >= deadline ? '逾期' : '推进中';
    return {
      cumulative,
      completion: blank,
      expected: blank,
      gap: blank,
      status: { f: `=IF(TRIM(${G})="已完成","已完成","${pending}")`, v: ev.status },
    };
  }

  const value = ind.value as number;
  const achieved = ind.kind === 'rate' && ind.direction === 'decrease' ? `-${G}` : G;

  const completion: CellSpec =
    value === 0 ? blank : { f: `=IF(ISNUMBER(${G}),${achieved}/${E},"")`, v: ev.completion ?? '' };

  let expected: CellSpec = blank;
  if (hasSchedule(ind)) {
    const share = scheduleShare(plan, ind, month);
    const d = plan.settings.scheduleDecimals;
    if (ind.schedule) expected = { v: share };
    else expected = { f: d === null ? `=${month}/12` : `=ROUND(${month}/12,${d + 2})`, v: share };
  }

  const done = month === 12 ? '已完成' : '达进度';
  let gap: CellSpec = blank;
  let fK: string;
  if (ind.kind === 'rate') {
    if (ind.comparator === '<=') {
      gap = { f: `=IF(ISNUMBER(${G}),ROUND(${lit(value)}-(${achieved}),1),"")`, v: ev.gapPp ?? '' };
      fK = `=IF(ISNUMBER(${G}),IF(${achieved}<=${lit(value)},"${done}","欠进度"),"未填报")`;
    } else {
      gap = { f: `=IF(ISNUMBER(${G}),ROUND(${achieved}-${floorExpr(ind)},1),"")`, v: ev.gapPp ?? '' };
      const byGap = gapStatusExpr(ind, plan, J);
      fK = `=IF(ISNUMBER(${G}),${month === 12 ? `IF(${J}>=0,"已完成",${byGap})` : byGap},"未填报")`;
    }
  } else if (ind.comparator === '<=') {
    fK = `=IF(ISNUMBER(${G}),IF(${G}<=${lit(value)},"${done}","欠进度"),"未填报")`;
  } else {
    const floor = floorExpr(ind);
    const comp = value === 0 ? '0' : H;
    gap = { f: `=IF(ISNUMBER(${G}),IF(${G}>=${floor},"",ROUND((${comp}-${I})*100,1)),"")`, v: ev.gapPp ?? '' };
    fK = `=IF(ISNUMBER(${G}),IF(${G}>=${floor},"已完成",${gapStatusExpr(ind, plan, J)}),"未填报")`;
  }
  return { cumulative, completion, expected, gap, status: { f: fK, v: ev.status } };
}
