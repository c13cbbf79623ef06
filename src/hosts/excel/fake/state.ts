// The fake workbook's real state: what Excel would hold after the queued commands ran.
// Plain data, no Office types, so tests can inspect it directly (see inspect.ts).
import { colLetter, colNumber } from '../../../workbook/a1';
import { invalidArgument } from './errors';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 1-based, inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export type Scalar = string | number | boolean;

export interface FontState {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  name?: string;
}

export interface EdgeState {
  style: string; // "Continuous", "None", ...
  color: string;
  weight: string; // "Thin", "Medium", ...
}

export interface CellState {
  /** Constant value, or for a formula cell the calculated value (null until something calculates it). */
  value: Scalar | null;
  formula: string | null;
  numberFormat?: string;
  font?: FontState;
  fill?: string | null;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  indent?: number;
  borders?: Partial<Record<'top' | 'bottom' | 'left' | 'right', EdgeState>>;
  locked?: boolean;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string } | null;
  /** Data validation rule id. */
  dv?: number;
  quotePrefix?: boolean;
}

export interface DvRule {
  id: number;
  rule: Record<string, unknown>;
  errorAlert?: { message: string; showAlert: boolean; style: string; title: string };
  prompt?: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

export interface CfRule {
  id: string;
  type: string; // "Custom" | "DataBar"
  rects: Rect[];
  formula?: string;
  fill?: string | null;
  fontColor?: string | null;
  stopIfTrue?: boolean;
  dataBar?: {
    lower?: { type: string; formula?: string };
    upper?: { type: string; formula?: string };
    fillColor?: string;
    gradientFill?: boolean;
  };
}

export interface TableState {
  id: string;
  name: string;
  rect: Rect;
  style: string;
  hasHeaders: boolean;
}

export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  printTitleRows: string | null;
  printTitleColumns: string | null;
  printArea: string | null;
}

export interface ProtectionState {
  protected: boolean;
  options: Record<string, unknown>;
  password: string | null;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<number, CellState>;
  merges: Rect[];
  cfs: CfRule[];
  protection: ProtectionState;
  freeze: { rows: number; columns: number };
  pageLayout: PageLayoutState;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  tables: TableState[];
  notes: Map<number, { content: string; authorName: string }>;
  /** Cells with a threaded comment (a user's; the add-in never writes them). */
  threaded?: Set<number>;
  hiddenColumns?: Set<number>;
  deleted: boolean;
}

/** A workbook-scoped defined name. */
export interface NameState {
  name: string;
  formula: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: Map<string, NameState>;
  settings: Map<string, unknown>;
  dvs: Map<number, DvRule>;
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect } | null;
  nextId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48; // points (8.43 characters)
export const DEFAULT_ROW_HEIGHT = 15; // points

export function key(row: number, col: number): number {
  return row * (MAX_COLS + 1) + col;
}

export function unkey(k: number): { row: number; col: number } {
  return { row: Math.floor(k / (MAX_COLS + 1)), col: k % (MAX_COLS + 1) };
}

export function newSheet(wb: WorkbookState, name: string): SheetState {
  return {
    id: `{${String(wb.nextId++).padStart(8, '0')}-FAKE}`,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    merges: [],
    cfs: [],
    protection: { protected: false, options: {}, password: null },
    freeze: { rows: 0, columns: 0 },
    pageLayout: {
      orientation: 'Portrait',
      paperSize: 'Letter',
      zoom: { scale: 100 },
      printTitleRows: null,
      printTitleColumns: null,
      printArea: null,
    },
    columnWidths: new Map(),
    rowHeights: new Map(),
    tables: [],
    notes: new Map(),
    deleted: false,
  };
}

export function newWorkbook(sheetNames: string[] = ['Sheet1']): WorkbookState {
  const wb: WorkbookState = {
    sheets: [],
    names: new Map(),
    settings: new Map(),
    dvs: new Map(),
    calculationMode: 'Automatic',
    activeSheetId: '',
    selection: null,
    nextId: 1,
  };
  for (const n of sheetNames) wb.sheets.push(newSheet(wb, n));
  wb.activeSheetId = wb.sheets[0]?.id ?? '';
  return wb;
}

// ---- addresses ----

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function checkRect(r: Rect, address: string): Rect {
  if (r.r1 < 1 || r.c1 < 1 || r.r2 > MAX_ROWS || r.c2 > MAX_COLS)
    throw invalidArgument(`address out of the sheet: ${address}`, 'Worksheet.getRange');
  return r;
}

/** "B5", "F6:F30", "A:C", "1:4", with optional $ anchors. Sheet prefixes are not accepted here. */
export function parseRect(address: string): Rect {
  const a = address.trim();
  const parts = a.split(':');
  if (parts.length === 1) {
    const m = CELL.exec(parts[0]);
    if (!m) throw invalidArgument(`not a range address: ${address}`, 'Worksheet.getRange');
    const row = Number(m[2]);
    const col = colNumber(m[1]);
    return checkRect({ r1: row, c1: col, r2: row, c2: col }, address);
  }
  if (parts.length !== 2) throw invalidArgument(`not a range address: ${address}`, 'Worksheet.getRange');
  const [p, q] = parts;
  let m1 = CELL.exec(p);
  let m2 = CELL.exec(q);
  if (m1 && m2) {
    const ra = Number(m1[2]);
    const rb = Number(m2[2]);
    const ca = colNumber(m1[1]);
    const cb = colNumber(m2[1]);
    return checkRect(
      { r1: Math.min(ra, rb), c1: Math.min(ca, cb), r2: Math.max(ra, rb), c2: Math.max(ca, cb) },
      address,
    );
  }
  m1 = COL.exec(p);
  m2 = COL.exec(q);
  if (m1 && m2) {
    const ca = colNumber(m1[1]);
    const cb = colNumber(m2[1]);
    return checkRect({ r1: 1, c1: Math.min(ca, cb), r2: MAX_ROWS, c2: Math.max(ca, cb) }, address);
  }
  m1 = ROW.exec(p);
  m2 = ROW.exec(q);
  if (m1 && m2) {
    const ra = Number(m1[1]);
    const rb = Number(m2[1]);
    return checkRect({ r1: Math.min(ra, rb), c1: 1, r2: Math.max(ra, rb), c2: MAX_COLS }, address);
  }
  throw invalidArgument(`not a range address: ${address}`, 'Worksheet.getRange');
}

export function rectAddress(r: Rect): string {
  if (r.r1 === 1 && r.r2 === MAX_ROWS) return `${colLetter(r.c1)}:${colLetter(r.c2)}`;
  if (r.c1 === 1 && r.c2 === MAX_COLS) return `${r.r1}:${r.r2}`;
  const a = `${colLetter(r.c1)}${r.r1}`;
  if (r.r1 === r.r2 && r.c1 === r.c2) return a;
  return `${a}:${colLetter(r.c2)}${r.r2}`;
}

/** How Excel prefixes an address with its sheet: quoted unless a plain ASCII name. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export function cellCount(r: Rect): number {
  return (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && outer.c1 <= inner.c1 && outer.r2 >= inner.r2 && outer.c2 >= inner.c2;
}

/** a minus b: up to four rectangles covering what is left of a. */
export function subtract(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  if (a.r1 < b.r1) out.push({ r1: a.r1, c1: a.c1, r2: b.r1 - 1, c2: a.c2 });
  if (a.r2 > b.r2) out.push({ r1: b.r2 + 1, c1: a.c1, r2: a.r2, c2: a.c2 });
  const r1 = Math.max(a.r1, b.r1);
  const r2 = Math.min(a.r2, b.r2);
  if (a.c1 < b.c1) out.push({ r1, c1: a.c1, r2, c2: b.c1 - 1 });
  if (a.c2 > b.c2) out.push({ r1, c1: b.c2 + 1, r2, c2: a.c2 });
  return out;
}

/** Cells of a rect that exist in the sheet (never iterates a whole empty column). */
export function* existingCells(sheet: SheetState, r: Rect): Generator<[number, number, CellState]> {
  if (cellCount(r) <= sheet.cells.size * 2) {
    for (let row = r.r1; row <= r.r2; row++)
      for (let col = r.c1; col <= r.c2; col++) {
        const c = sheet.cells.get(key(row, col));
        if (c) yield [row, col, c];
      }
    return;
  }
  for (const [k, c] of [...sheet.cells]) {
    const { row, col } = unkey(k);
    if (row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2) yield [row, col, c];
  }
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = { value: null, formula: null };
    sheet.cells.set(k, c);
  }
  return c;
}

/** Cells of a bounded rect, created on demand; refuses a rect too large to model cell by cell. */
export function* everyCell(sheet: SheetState, r: Rect, what: string): Generator<[number, number, CellState]> {
  if (cellCount(r) > 2_000_000)
    throw invalidArgument(`${what} on ${rectAddress(r)}: the fake models formats cell by cell`, what);
  for (let row = r.r1; row <= r.r2; row++)
    for (let col = r.c1; col <= r.c2; col++) yield [row, col, cellAt(sheet, row, col)];
}

export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r: Rect | null = null;
  for (const [k, c] of sheet.cells) {
    const hasValue = c.formula !== null || (c.value !== null && c.value !== '');
    const hasFormat =
      c.numberFormat !== undefined ||
      c.font !== undefined ||
      (c.fill !== undefined && c.fill !== null) ||
      c.borders !== undefined ||
      c.horizontal !== undefined ||
      c.wrap !== undefined ||
      c.locked === false;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const { row, col } = unkey(k);
    if (!r) r = { r1: row, c1: col, r2: row, c2: col };
    else {
      r.r1 = Math.min(r.r1, row);
      r.c1 = Math.min(r.c1, col);
      r.r2 = Math.max(r.r2, row);
      r.c2 = Math.max(r.c2, col);
    }
  }
  return r;
}

// ---- what Excel makes of a value written to a cell ----

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE_YMD = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DATE_MD = /^(\d{1,2})[-/](\d{1,2})$/;

function serial(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A value written through Range.values / Range.formulas, as Excel stores it: "=..." is a formula,
 * a leading apostrophe forces text, numeric, percent, grouped and date-looking text becomes a
 * number, TRUE/FALSE become booleans. "+x"/"-x" that is not a number would be taken as a formula.
 */
export function coerce(
  raw: unknown,
  where: string,
): { value: Scalar | null; formula: string | null; quotePrefix?: boolean } {
  if (raw === null || raw === undefined) return { value: null, formula: null };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalidArgument(`not a finite number: ${raw}`, where);
    return { value: raw, formula: null };
  }
  if (typeof raw === 'boolean') return { value: raw, formula: null };
  if (typeof raw !== 'string')
    throw invalidArgument(`a cell takes a string, number or boolean, got ${typeof raw}`, where);
  if (raw === '') return { value: null, formula: null };
  if (raw.startsWith("'")) return { value: raw.slice(1), formula: null, quotePrefix: true };
  if (raw.startsWith('=')) {
    if (raw.length === 1) throw invalidArgument('an empty formula', where);
    if (raw.length > 8192) throw new Error('formula longer than 8192 characters');
    return { value: null, formula: raw };
  }
  const t = raw.trim();
  if (NUMBER.test(t)) return { value: Number(t), formula: null };
  if (GROUPED.test(t)) return { value: Number(t.replace(/,/g, '')), formula: null };
  if (/%$/.test(t) && NUMBER.test(t.slice(0, -1).trim())) return { value: Number(t.slice(0, -1)) / 100, formula: null };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true', formula: null };
  let m = DATE_YMD.exec(t);
  if (m) {
    const s = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    if (s !== null) return { value: s, formula: null };
  }
  m = DATE_MD.exec(t);
  if (m) {
    const s = serial(2024, Number(m[1]), Number(m[2]));
    if (s !== null) return { value: s, formula: null };
  }
  if (raw.startsWith('+') || raw.startsWith('-'))
    throw invalidArgument(`"${raw}" starts with ${raw[0]} and would be entered as a formula`, where);
  return { value: raw, formula: null };
}
