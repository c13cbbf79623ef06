// The Host port: what the add-in needs from a workbook, implemented once on the Office JavaScript API
// (src/hosts/excel) and once on .xlsx files (src/hosts/xlsx). Both pass the same contract tests.
import type { CellValue, WorkbookSpec } from './spec';
import type { Message } from '../plan/message';

export interface SheetSnapshot {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Values from A1 to the last used cell, row-major; formula cells hold their computed value. */
  values: CellValue[][];
  /** Same shape; the formula text ("=...") where a cell has one, else null. */
  formulas: Array<Array<string | null>>;
  /**
   * Value cells holding a number the sheet shows as a date (a date number format: Excel and WPS turn
   * a typed "1-5" into 1月5日), by A1 address, as "1月5日". Absent where the host does not tell.
   */
  dates?: Record<string, string>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export interface ReadRequest {
  /** Names of the sheets to read; omitted: every sheet. Missing names are simply absent. */
  sheets?: string[];
  /**
   * 'text' (default): each formula cell's text. 'presence': the caller only asks whether a cell has
   * a formula, so a host may skip the texts (the bulk of a month sheet's read) and give any string
   * starting with "=" (the Excel host gives "=").
   */
  formulas?: 'text' | 'presence';
  /**
   * Sheets that marks written right after this read will most likely go on (a check's month): a host
   * may look at their cells' fills and notes in the same read, so that marking needs no look of its own.
   */
  markSheets?: string[];
  /**
   * Columns (letters, most likely first) of the markSheets those marks will most likely go on: a host
   * looking ahead may look at these columns only, and so at more sheets in the same read.
   */
  markColumns?: string[];
  /**
   * Sheets of `sheets` whose cells the caller does not need, only whether they exist (a sheet it is
   * about to replace): a host may give them with no values and formulas.
   */
  withoutCells?: string[];
  /**
   * Where the caller needs SheetSnapshot.dates (a figure Excel turned into a date): this column of
   * these sheets. A host that reads number formats only where asked reads them there; one that
   * always knows (a file) may ignore it.
   */
  dateCells?: { sheets: string[]; column: string };
}

export type Tier = 'error' | 'verify' | 'note';

/** A plain value to put in one cell (an input cell a collect fills: 本月, 备注). */
export interface CellEdit {
  sheet: string;
  cell: string;
  value: CellValue;
}

/** A finding's mark on its cell: a fill by tier and a note. */
export interface Mark {
  sheet: string;
  cell: string;
  tier: Tier;
  message: string;
}

export interface ApplyOptions {
  /** Sheets not in the spec are left alone; sheets in it are replaced whole (after the caller merged user input). */
  replace: 'sheets-in-spec';
}

export interface ApplyReport {
  created: string[];
  replaced: string[];
  /** Features the host could not apply (an old Excel without a requirement set), in plain words. */
  degraded: Message[];
}

/** One line of the 诊断 self-test: what was tried in the user's Excel and what it answered. */
export interface SelfTestItem {
  id: string;
  item: string;
  itemEn: string;
  /** ok: as documented; differs: works otherwise (the host adapts); failed: an error; skipped: not in this Excel. */
  result: 'ok' | 'differs' | 'failed' | 'skipped';
  note: string;
  noteEn: string;
}

export interface SelfTestReport {
  /** The Excel build and platform (the Office context's diagnostics), and its highest ExcelApi set. */
  excel: string;
  platform: string;
  api: string;
  items: SelfTestItem[];
}

export interface Host {
  read(req?: ReadRequest): Promise<WorkbookSnapshot>;
  applySpec(spec: WorkbookSpec, options?: ApplyOptions): Promise<ApplyReport>;
  markFindings(marks: Mark[]): Promise<void>;
  clearFindings(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Optional: clear the previous marks, mark these and write the result sheets as one batched
   * write (what a check does after reading). Hosts without it get clear + mark + applySpec.
   */
  replaceFindings?(marks: Mark[], results?: WorkbookSpec): Promise<ApplyReport>;
  /**
   * Optional: set these cells' values and nothing else (formats, formulas and protection stay) as
   * one batched write: what a collect does after reading the master.
   */
  writeCells?(cells: CellEdit[]): Promise<void>;
  /**
   * Optional, for a file that stores each formula's last result (an .xlsx on disk; Excel recalculates
   * by itself): set these formula cells' cached results, formulas kept, and have every other formula
   * recalculated when the file is next opened.
   */
  setCachedResults?(cells: CellEdit[]): Promise<void>;
  /** Optional: try, on a scratch sheet, each behaviour of Excel the host depends on (诊断). */
  selfTest?(): Promise<SelfTestReport>;
}
