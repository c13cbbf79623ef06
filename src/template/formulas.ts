// The month sheet's formulas, and the values the TypeScript core computes for them. Every formula
// says what src/progress says: the 累计 rule (progress/cumulate), evaluate (status, gap, colour),
// scheduleShare; the two are written next to each other so a rule cannot change on one side only.
// Only INDEX/MATCH, IF, IFERROR, COUNT, ISTEXT, N, T, TRIM, MAX, MIN and ROUND: Excel 2007+, WPS and
// LibreOffice.
// The previous month's 累计 is found by code on the previous month's sheet, never by row.
import type { CellSpec, CellValue } from '../workbook/spec';
import type { Indicator, Plan } from '../plan/types';
import { bandsFor } from '../plan/types';
import {
  dueMonth,
  evaluate,
  GAP_DECIMALS,
  finalMonth,
  hasCompletion,
  isBottomLine,
  isReportMonth,
  judgement,
  lastReportMonth,
  missingStatus,
  needsEntry,
  overTargetLimit,
  pointsGap,
  recurringRecord,
  scheduleShare,
  shownPercent,
  startLevel,
  targetFloor,
  type Evaluation,
} from '../progress/progress';
import { cumulate, isNum, TEXT_FIGURE_MARK as MARK } from '../progress/cumulate';
import { round } from '../progress/round';
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
  states?: readonly CellValue[],
): Evaluation {
  if (ind.kind === 'milestone') return evaluate(plan, ind, month, typeof cum === 'string' ? cum : null, { states });
  // A flow's 累计 holding text (progress/cumulate's mark, or text typed over it) is 待核实.
  const text = ind.kind === 'cumulative' && typeof cum === 'string';
  return evaluate(plan, ind, month, isNum(cum) || text ? cum : null, { entered: isNum(entry) });
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

/**
 * `=IF(test,"missing",formula)`, the empty-sheet guard folded into the same test (flag+(test): a sum
 * of TRUE/FALSE is an OR two bytes shorter, which counts on every row of a large plan).
 */
function unless(inputs: MonthInputs | undefined, missing: string, test: string, formula: string): string {
  return `=IF(${inputs ? `${inputs.flag}+(${test})` : test},"${missing}",${formula})`;
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
  states?: readonly CellValue[],
): RowFormulaCells {
  const F = `${L.month}${r}`;
  const G = `${L.cumulative}${r}`;
  const E = `${L.target}${r}`;
  const H = `${L.completion}${r}`;
  const I = `${L.expected}${r}`;
  const J = `${L.gap}${r}`;
  // 完成%, 序时 and 差额 still follow the figures on an empty sheet; only 状态 reads 未填报 there.
  const ev = evaluateCell(plan, ind, month, cum, entry, states);
  const missingWord = missingStatus(ind, month);
  const shown = inputs?.empty ? evaluate(plan, ind, month, null, { sheetEmpty: true }).status : ev.status;
  const blank: CellSpec = { v: null };

  // 累计
  let prev = '""';
  if (month > 1 && !(ind.kind === 'milestone' && ind.recurring)) {
    const q = quoteSheet(monthSheetName(month - 1));
    // Whole columns without $: an inserted column moves them all the same, and a flow holds three.
    prev = `IFERROR(INDEX(${q}!${L.cumulative}:${L.cumulative},MATCH(${L.code}${r},${q}!${L.code}:${L.code},0)),"")`;
  }
  let fG: string;
  // A figure typed as text (“约3000”, “3,200”) is not a number the 累计 can hold: the cell shows the
  // mark instead of a total that silently lacks it, and a flow's later months carry the mark on
  // (T(prev) is "" for a number or blank, the text itself otherwise). progress/cumulate says the same.
  // A level or rate's text leaves its 累计 on the last figure, as a blank month does (not a sum: the
  // next figure replaces it); the checks report the text.
  const text = `IF(${F}="",${prev},"${MARK}")`;
  if (ind.kind === 'milestone') fG = `=IF(${F}<>"",${F},${prev})`;
  else if (ind.kind !== 'cumulative') fG = `=IF(COUNT(${F}),${F},${prev})`;
  else if (prev === '""') fG = `=IF(COUNT(${F}),${F},${text})`;
  else fG = `=IF(COUNT(${F})*(T(${prev})=""),N(${prev})+${F},${text})`;
  const cumulative: CellSpec = { f: fG, v: cum };

  const judged = judgement(ind);
  if (judged === 'milestone' && ind.recurring) {
    const status = recurringStatusFormula(ind, month, r, G);
    return {
      cumulative,
      completion: blank,
      expected: blank,
      gap: blank,
      status: { f: guardEmpty(inputs, missingWord, status), v: shown },
    };
  }
  if (judged === 'milestone') {
    // Not done: overdue from the due month on, reported or not; before it, blank is 未填报.
    const blankOr = (word: string) => `IF(TRIM(${G})="","未填报",${word})`;
    const pending = month < dueMonth(ind, month) ? blankOr('"推进中"') : '"逾期"';
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

  // IFERROR(…,""): blank while 累计 is blank or text (""/5 and "待核实"/5 are #VALUE! in Excel, WPS and
  // LibreOffice), one test shorter than IF(ISNUMBER(G),…,"") on every row of a large plan.
  const orBlank = (x: string) => `=IFERROR(${x},"")`;
  // A built-up level with a start level: this year's increase against the increase planned.
  const start = judged === 'schedule' ? startLevel(ind) : null;
  const share = start === null ? `${G}/${E}` : `(${G}-${lit(start)})/(${E}-${lit(start)})`;
  const completion: CellSpec =
    value === 0 || !hasCompletion(ind) ? blank : { f: orBlank(share), v: ev.completion ?? '' };

  let expected: CellSpec = blank;
  if (judged === 'schedule') {
    const at = lastReportMonth(ind, month) ?? month;
    const share = scheduleShare(plan, ind, at);
    // A value, never a formula: it is a constant of the month (m/12, the plan's own schedule, or the
    // final month's 100%), and ROUND(m/12,3) on every row of a large plan costs a request to Excel.
    expected = { v: final ? 1 : share };
  }

  const yearEnd = (met: string) => `IF(${met},"已完成","未完成")`;
  let gap: CellSpec = blank;
  let judge: string;
  if (judged === 'atMost' && isBottomLine(ind)) {
    // A bottom line: kept (0) or broken, every month, December too; no gap (progress.evaluate).
    judge = `IF(${G}<=${V},"达标","未达标")`;
  } else if (judged === 'atMost') {
    // Points under the ceiling (negative: over it): a rate or % level in points, a count as a share of
    // its ceiling (100 less 完成%); a ceiling of 0 has no share.
    if (pointsGap(ind)) gap = { f: orBlank(`ROUND(${V}-${G},1)`), v: ev.gapPp ?? '' };
    else if (value !== 0) gap = { f: orBlank(`ROUND((1-${G}/${E})*100,1)`), v: ev.gapPp ?? '' };
    judge = final ? yearEnd(`${G}<=${V}`) : `IF(${G}<=${V},"达标","超标")`;
  } else if (judged === 'target') {
    // From the nearest bound of a range (0 inside it, points over the top above it), else the value.
    const from = ind.comparator === 'between' ? `MAX(${G}-${lit(ind.max ?? value)},0)+MIN(${G}-${V},0)` : `${G}-${V}`;
    if (pointsGap(ind)) gap = { f: orBlank(`ROUND(${from},1)`), v: ev.gapPp ?? '' };
    judge = final ? yearEnd(`${G}>=${floor}`) : `IF(${G}>=${floor},"达标","未达标")`;
  } else if (judged === 'reach') {
    // A level built up from a start the plan does not give: no 序时, no share; reached or not yet.
    judge = `IF(${G}>=${floor},"已完成",${final ? '"未完成"' : '"推进中"'})`;
  } else {
    // From the printed figures (progress.scheduleGap): 完成% rounded as the 0.0% format shows it, 序时
    // too where its value holds more decimals than are shown.
    const p = lit(GAP_DECIMALS);
    const comp = value === 0 ? '0' : `ROUND(${H}*100,${p})`;
    const moreDecimals = typeof expected.v === 'number' && shownPercent(expected.v) !== round(expected.v * 100, 9);
    const sched = moreDecimals ? `ROUND(${I}*100,${p})` : `${I}*100`;
    gap = { f: orBlank(`IF(${G}>=${floor},"",ROUND(${comp}-${sched},${p}))`), v: ev.gapPp ?? '' };
    judge = `IF(${G}>=${floor},"已完成",${final ? '"未完成"' : gapStatusExpr(ind, plan, J)})`;
  }
  // Held in doubt, never a verdict: a 累计 holding text (a figure typed as text), or a figure beyond
  // the over-target multiple of the target (progress.farBeyondTarget, the check's 远超目标: a running
  // total typed as the month's figure, a unit slip), written as the same product the core compares.
  const limit = overTargetLimit(plan, ind);
  const far = limit ? `${G}>${lit(limit.multiple)}*${lit(limit.target)}` : null;
  const typed = ind.kind === 'cumulative' ? `ISTEXT(${G})` : null;
  const doubt = typed && far ? `${typed}+(${far})` : (typed ?? far);
  const held = doubt ? `IF(${doubt},"${MARK}",${judge})` : judge;
  // Nothing to judge: a rate with no number in its report month, or no 累计 at all (the empty-sheet
  // guard in the same test).
  // A bottom line's 累计 holding text (an earlier month's figure typed as text) is 待核实, not 未达标.
  const fK = needsEntry(ind, month)
    ? unless(inputs, missingWord, `COUNT(${F})=0`, held)
    : ind.kind === 'cumulative'
      ? unless(inputs, missingWord, `${G}=""`, held)
      : unless(inputs, missingWord, `COUNT(${G})=0`, held);
  return { cumulative, completion, expected, gap, status: { f: fK, v: shown } };
}

/**
 * A recurring task's 状态 formula (progress.recurringStatus): before its final month the month's own
 * occurrence (不适用 in an off month); from it on the year's, reading each earlier due month's 进展 by
 * code on its own sheet (`&""`: an empty cell reads "", in Excel, WPS and LibreOffice alike).
 */
function recurringStatusFormula(ind: Indicator, month: number, r: number, G: string): string {
  const own = (state: string) => `IF(${state}="已完成","已完成",IF(${state}="","未填报",`;
  if (month < finalMonth(ind)) {
    if (!isReportMonth(ind, month)) return '="不适用"';
    return `=${own(`TRIM(${G})`)}"逾期"))`;
  }
  const stateOn = (m: number) => {
    if (m === month) return `TRIM(${G})`;
    const q = quoteSheet(monthSheetName(m));
    return `TRIM(IFERROR(INDEX(${q}!${L.month}:${L.month},MATCH(${L.code}${r},${q}!${L.code}:${L.code},0))&"",""))`;
  };
  const { due } = recurringRecord(ind, month, []);
  const last = due[due.length - 1];
  if (last === undefined) return '="不适用"';
  const verdict = `${own(stateOn(last))}"未完成"))`;
  const earlier = due.slice(0, -1).map((m) => `${stateOn(m)}="已完成"`);
  return earlier.length ? `=IF(AND(${earlier.join(',')}),${verdict},"未完成")` : `=${verdict}`;
}
