// Each indicator's figures month by month, chained by the one 累计 rule (src/progress/cumulate), as
// the template's 累计 formulas chain them, so the rules compare what the
// sheet shows. The chain is recomputed rather than read from cached values: a file merged by a tool
// that does not recalculate still checks right. A 累计 typed over by hand is what the next month's
// formula builds on, so the chain carries on from the typed value.
import type { Indicator } from '../plan/types';
import {
  dateCell,
  readFigure,
  readMilestoneState,
  type FigureReading,
  type MilestoneReading,
} from '../progress/figure';
import type { MilestoneState } from '../progress/progress';
import { cumulate, isNum } from '../progress/cumulate';
import type { CellValue } from '../workbook/spec';
import { isBlank } from '../workbook/cell';
import { isMonth } from '../plan/message';
import type { MonthSheetFigures, RowFigures } from '../workbook/figures';

export interface MonthPoint {
  month: number;
  sheet: string;
  row: RowFigures;
  /** The 本月 cell read as a figure (numeric kinds) or a state (milestones). */
  reading: FigureReading | MilestoneReading;
  /** 本月 when the cell holds a number (what ISNUMBER sees); null otherwise. */
  num: number | null;
  /** 本月 read as a plain number (a number cell the reader accepts as it is). */
  isNumber: boolean;
  /** The 累计 cell holds a typed value instead of its formula. */
  typedOver: boolean;
  /** The 累计 cell has no formula (typed over, cleared, or swallowed by a merge). */
  formulaLost: boolean;
  /** What the 累计 formula gives from the previous 累计 and this 本月; null where it shows blank. */
  computed: number | null;
  computedState: MilestoneState | null;
  /** The 累计 the next month builds on: the typed value where typed over, else `computed`. */
  effective: number | null;
  effectiveState: MilestoneState | null;
  /** The previous month's effective 累计; null where blank (nothing yet, or no such month/row). */
  prev: number | null;
  prevState: MilestoneState | null;
}

/** Points by month number (1..12); months whose sheet or row is absent are undefined. */
export type Series = Array<MonthPoint | undefined>;

function sheetNumber(v: CellValue): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export interface SheetIndex {
  sheet: MonthSheetFigures;
  byCode: Map<string, RowFigures>;
}

/** The first sheet read for each month, with its rows by code (first row of a code wins, as MATCH does). */
export function indexSheets(months: MonthSheetFigures[]): Map<number, SheetIndex> {
  const out = new Map<number, SheetIndex>();
  for (const s of months) {
    if (!isMonth(s.month) || out.has(s.month)) continue;
    const byCode = new Map<string, RowFigures>();
    for (const r of s.rows) if (!byCode.has(r.code)) byCode.set(r.code, r);
    out.set(s.month, { sheet: s, byCode });
  }
  return out;
}

/** Build the series of one indicator up to `upTo` (inclusive). */
export function buildSeries(ind: Indicator, sheets: Map<number, SheetIndex>, upTo: number): Series {
  const series: Series = new Array(13).fill(undefined);
  let prev: number | null = null;
  let prevState: MilestoneState | null = null;
  for (let m = 1; m <= upTo; m++) {
    const at = sheets.get(m);
    const row = at?.byCode.get(ind.code);
    if (!at || !row) {
      // The next month's INDEX/MATCH finds nothing: IFERROR makes it blank.
      prev = null;
      prevState = null;
      continue;
    }
    const shown = row.cumulative.value;
    const formulaLost = row.cumulative.formula === null;
    const typedOver = formulaLost && !isBlank(shown);
    const entry = row.month.value;
    const num = sheetNumber(entry);
    if (ind.kind === 'milestone') {
      const reading = readMilestoneState(entry);
      const own = reading.kind === 'state' ? reading.state : null;
      // IF(F<>"",F,prev): any text in 本月 replaces the carried state, a valid one or not.
      const filled = entry !== null && entry !== '';
      const carried: MilestoneState | null = ind.recurring ? null : prevState;
      const computedState: MilestoneState | null = filled ? own : carried;
      const typed = readMilestoneState(shown);
      const effectiveState: MilestoneState | null = formulaLost
        ? typed.kind === 'state'
          ? typed.state
          : null
        : computedState;
      series[m] = {
        month: m,
        sheet: at.sheet.sheet,
        row,
        reading,
        num: null,
        isNumber: false,
        typedOver,
        formulaLost,
        computed: null,
        computedState,
        effective: null,
        effectiveState,
        prev: null,
        prevState: ind.recurring ? null : prevState,
      };
      prevState = effectiveState;
      continue;
    }
    // A number the sheet shows as a date (a typed "1-5" turned into 1月5日) is not a figure.
    const reading = row.month.date !== undefined ? dateCell(row.month.date) : readFigure(entry, ind.unit, ind.value);
    const chained = cumulate(ind, entry, prev);
    const computed: number | null = isNum(chained) ? chained : null;
    // Without its formula the cell shows what is in it, and the next month reads that.
    const effective: number | null = formulaLost ? sheetNumber(shown) : computed;
    series[m] = {
      month: m,
      sheet: at.sheet.sheet,
      row,
      reading,
      num,
      isNumber: reading.kind === 'number',
      typedOver,
      formulaLost,
      computed,
      computedState: null,
      effective,
      effectiveState: null,
      prev,
      prevState: null,
    };
    prev = effective;
  }
  return series;
}
