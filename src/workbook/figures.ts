// What a filled template holds, read back into plain data by code (never by row position).
// Produced by src/template/readback.ts from a WorkbookSnapshot; consumed by checks, summary,
// collect and the "nothing lost" regeneration.
import type { CellValue } from './spec';
import type { Message } from '../plan/message';
import type { Plan } from '../plan/types';
import type { MonthColumn } from './layout';

export interface FigureCell {
  /** A1 address on its sheet, e.g. "F6". */
  address: string;
  value: CellValue;
  /** Formula text where the cell holds one (a typed value over a formula shows null here). */
  formula: string | null;
  /** A number the sheet shows as a date ("1月5日"), where the host tells: a typed "1-5" turned into a date. */
  date?: string;
}

export interface RowFigures {
  code: string;
  /** 1-based row on the sheet as read (for messages only; never used to find a row again). */
  row: number;
  month: FigureCell; // 本月
  cumulative: FigureCell; // 累计
  note: FigureCell; // 备注
  status: FigureCell | null; // 状态, where the column is present
}

export interface MonthSheetFigures {
  sheet: string;
  month: number;
  /** 1-based column of every month-sheet column found by header text (板块 included). */
  columns: Partial<Record<MonthColumn, number>>;
  rows: RowFigures[];
}

/** Metadata written to the veryHidden _meta sheet. */
export interface TemplateMeta {
  templateVersion: string;
  planHash: string;
  year: number;
  unitName: string;
  /** Responsible unit this workbook was cut for (分发表), or null for the master. */
  unitFilter: string | null;
  months: number[];
  /**
   * A unit's workbook: the hash of the rows its 指标库 holds (planHash of that unit's cut), so an edit
   * of them is still seen while planHash names the whole plan it was cut from.
   */
  ledgerHash?: string;
  /** The formulas' version the workbook was generated with (template FORMULA_VERSION); absent before it was stamped. */
  formulaVersion?: number;
}

/** A structural problem met while reading: a missing column, a code not in the plan, a duplicate… */
export interface ReadProblem {
  sheet: string;
  /** A1 address, or null when the problem is the whole sheet. */
  cell: string | null;
  code: string | null;
  /** The month whose sheet the problem is on; absent for the ledger and the metadata. */
  month?: number;
  message: Message;
}

/**
 * A master input a collect could not fill because the returns disagreed (two offices sharing a row,
 * or two returns of one office): kept in _meta until the cell is filled, so a blank there is never
 * read as "nothing happened" (template/conflictMarks).
 */
export interface ConflictMark {
  month: number;
  code: string;
  /** What each return offered: its office, its value, its file. */
  offers: Array<{ unit: string; value: CellValue; file: string }>;
  /** 1-based row of the mark's cell on _meta. */
  row: number;
}

export interface TemplateFigures {
  meta: TemplateMeta;
  plan: Plan;
  months: MonthSheetFigures[];
  problems: ReadProblem[];
  /** 指标库 cells read as an unambiguous number though typed otherwise ("５" → 5): said, not refused. */
  notes?: ReadProblem[];
  /** Collect's marks of inputs left empty by disagreeing returns (none on a workbook never collected into). */
  conflictMarks?: ConflictMark[];
}
