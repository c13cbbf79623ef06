// The host-neutral workbook spec: what a generated workbook contains, as plain data.
// Template functions produce it; the Excel host (the Office JavaScript API) and the xlsx host (ExcelJS) write it.
// Addresses are A1 strings on the sheet itself ("B5", "F6:F30"); formulas use English function
// names with a leading "=", portable to Excel, WPS and LibreOffice.

export type CellValue = string | number | boolean | null;

/** One cell: a value, or a formula with the value the TypeScript core computed for it. */
export interface CellSpec {
  v: CellValue;
  /** Formula with "=", e.g. "=IFERROR(G6/E6,\"\")". The cell's cached value is v. */
  f?: string;
}

/** A rectangle of cells starting at `ref` (top-left, e.g. "A5"). Rows may be ragged; missing = untouched. */
export interface RangeSpec {
  ref: string;
  rows: CellSpec[][];
}

export interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string; // "#RRGGBB"
  name?: string;
}

export interface BorderSpec {
  style: 'thin' | 'medium';
  color?: string;
}

export interface FormatSpec {
  ref: string;
  numberFormat?: string;
  font?: FontSpec;
  fill?: string; // "#RRGGBB"
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  indent?: number;
  /** All four edges of every cell in ref. */
  border?: BorderSpec;
  /** false for input cells; true (Excel's default) elsewhere. */
  locked?: boolean;
}

export type AlertTier = 'stop' | 'warning' | 'information';

export interface ValidationSpec {
  ref: string;
  type: 'decimal' | 'whole' | 'list' | 'custom' | 'textLength';
  operator?:
    | 'between'
    | 'notBetween'
    | 'equal'
    | 'notEqual'
    | 'greaterThan'
    | 'lessThan'
    | 'greaterThanOrEqual'
    | 'lessThanOrEqual';
  /** A number, a formula with "=", or for lists a comma-free source like "=$X$1:$X$3". */
  formula1?: string | number;
  formula2?: string | number;
  /** For lists: the allowed values (written as an inline list). */
  list?: string[];
  allowBlank: boolean;
  alert: AlertTier;
  errorTitle: string;
  error: string;
  promptTitle?: string;
  prompt?: string;
}

export type ConditionalFormatSpec =
  | {
      ref: string;
      type: 'expression';
      /** Relative to the top-left cell of ref, e.g. "=$K6=\"欠进度\"". */
      formula: string;
      fill?: string;
      fontColor?: string;
      priority: number;
      stopIfTrue?: boolean;
    }
  | {
      ref: string;
      type: 'dataBar';
      color: string;
      min: number;
      max: number;
      priority: number;
    };

export interface ProtectionSpec {
  /** null: protected without a password (the default: anyone can unprotect on purpose). */
  password: string | null;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowSort: boolean;
  allowAutoFilter: boolean;
}

export interface PrintSpec {
  orientation: 'landscape' | 'portrait';
  paperSize: 'A4';
  fitToWidth: number;
  /** 0: as many pages tall as needed. */
  fitToHeight: number;
  /** Rows repeated on every printed page, e.g. "1:4". */
  titleRows?: string;
  /** Columns repeated at the left of every printed page, e.g. "A:D". */
  titleColumns?: string;
  /** Print area, e.g. "A1:M40". */
  area?: string;
}

/**
 * How every sheet the add-in writes prints: A4 landscape, one page wide (unless a sheet says more), as
 * many pages tall as needed.
 */
export function landscapePrint(
  rows: Pick<PrintSpec, 'titleRows' | 'titleColumns' | 'area'> & Partial<Pick<PrintSpec, 'fitToWidth'>> = {},
): PrintSpec {
  return { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, ...rows };
}

export interface TableSpec {
  name: string;
  /** Header row plus data, e.g. "A1:R40". */
  ref: string;
  style: string;
}

export interface HyperlinkSpec {
  ref: string;
  /** Internal target: "'1月'!F6". */
  target: string;
  text: string;
}

export interface SheetSpec {
  name: string;
  visibility: 'visible' | 'hidden' | 'veryHidden';
  /** Tab colour "#RRGGBB". */
  tabColor?: string;
  ranges: RangeSpec[];
  formats: FormatSpec[];
  merges: string[];
  /** Widths in characters (Excel's column width unit), from column A. */
  columnWidths: number[];
  /** 1-based numbers of hidden columns (e.g. 14 for N). */
  hiddenColumns?: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  protection: ProtectionSpec | null;
  print?: PrintSpec;
  tables: TableSpec[];
  hyperlinks?: HyperlinkSpec[];
}

export interface WorkbookSpec {
  /** Sheets in tab order. */
  sheets: SheetSpec[];
  /** Workbook-level defined names: name -> "'Sheet'!$A$1:$B$2". */
  names?: Record<string, string>;
}

export function emptySheet(name: string): SheetSpec {
  return {
    name,
    visibility: 'visible',
    ranges: [],
    formats: [],
    merges: [],
    columnWidths: [],
    validations: [],
    conditionalFormats: [],
    protection: null,
    tables: [],
  };
}
