// Reading sheets: one batched read of values and formulas (the used range of each sheet), with
// the structure the writer needs (protection, tables) in the same request. When a response would
// pass the 5 MB or 5,000,000-cell limit, the read is split by rows into as few requests as fit.
import type { CellValue } from '../../workbook/spec';
import type { SheetSnapshot } from '../../workbook/host';
import { colLetter, colNumber } from '../../workbook/a1';
import { READ_CELL_LIMIT, RESPONSE_BUDGET } from './payload';
import { isOfficeCode } from './errors';

export interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  /** Whether the sheet was asked for by getItemOrNullObject (a cold read: it may not exist). */
  orNull: boolean;
  /** What was read of its cells. */
  data: DataMode;
  used: Excel.Range;
  /** Where the formulas are, when only their presence was asked for (ExcelApi 1.9). */
  formulaAreas: Excel.RangeAreas | null;
  protection: Excel.WorksheetProtection | null;
  tables: Excel.TableCollection;
  /** The used cells of the column asked for in ReadRequest.dateCells, with their number formats. */
  dateCells: Excel.Range | null;
}

/**
 * What to read of a sheet's cells: nothing (structure only), values and formula texts, or values and
 * where the formulas are (the texts are most of a month sheet's bytes, and no action needs them).
 */
export type DataMode = 'none' | 'text' | 'presence';

/**
 * Queue the loads for one sheet: name, visibility, used range, structure. A sheet not known to exist
 * is asked for with getItemOrNullObject (its loads come back as null objects when it does not).
 */
export function queueSheet(
  ctx: Excel.RequestContext,
  name: string,
  withProtection: boolean,
  data: DataMode | boolean,
  orNull = false,
  dateColumn: string | null = null,
): SheetRead {
  const mode: DataMode = data === true ? 'text' : data === false ? 'none' : data;
  const ws = orNull ? ctx.workbook.worksheets.getItemOrNullObject(name) : ctx.workbook.worksheets.getItem(name);
  ws.load('name,visibility');
  const used = ws.getUsedRangeOrNullObject(true);
  const extent = 'rowIndex,columnIndex,rowCount,columnCount';
  used.load(mode === 'text' ? `${extent},values,formulas` : mode === 'presence' ? `${extent},values` : extent);
  const formulaAreas = mode === 'presence' ? queueFormulaAreas(ws) : null;
  const protection = withProtection ? ws.protection.load('protected') : null;
  const tables = ws.tables.load('items/name');
  // A typed "1-5" Excel turned into 1月5日 reads as 45296 in values: only its number format tells
  // (Range.numberFormat, ExcelApi 1.1; Range.getUsedRangeOrNullObject, 1.4). The column's used cells
  // only, in the same request.
  const dateCells = dateColumn
    ? ws
        .getRange(`${dateColumn}:${dateColumn}`)
        .getUsedRangeOrNullObject(true)
        .load('rowIndex,columnIndex,numberFormat')
    : null;
  return { name, ws, orNull, data: mode, used, formulaAreas, protection, tables, dateCells };
}

/**
 * Whether a number format shows a date or time: a d, y, m, h or s code outside quoted text,
 * [brackets] and backslash escapes ("General", "0.00" and "@" have none).
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  const codes = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dymhs]/i.test(codes) && !/^general$/i.test(codes.trim());
}

/** An Excel serial day as a zh-CN sheet shows a typed "1-5": 1月5日. */
export function serialDateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The snapshot with SheetSnapshot.dates from the read's date cells: numbers shown in a date format, by address. */
export function withDates(r: SheetRead, snap: SheetSnapshot): SheetSnapshot {
  const dates = datesOf(r, snap.values);
  return dates ? { ...snap, dates } : snap;
}

function datesOf(r: SheetRead, values: CellValue[][]): Record<string, string> | undefined {
  const d = r.dateCells;
  if (!d || d.isNullObject) return undefined;
  const out: Record<string, string> = {};
  (d.numberFormat as unknown[][]).forEach((line, i) => {
    const row = d.rowIndex + i;
    const v = values[row]?.[d.columnIndex];
    if (typeof v === 'number' && isDateFormat(line[0]))
      out[`${colLetter(d.columnIndex + 1)}${row + 1}`] = serialDateText(v);
  });
  return Object.keys(out).length ? out : undefined;
}

/** Whether a sheet asked for by getItemOrNullObject turned out not to exist. */
export function missing(r: SheetRead): boolean {
  return r.orNull && r.ws.isNullObject;
}

/** The formula cells of a sheet as one address list (Excel looks only at the cells in use). */
export function queueFormulaAreas(ws: Excel.Worksheet): Excel.RangeAreas {
  return ws.getRange().getSpecialCellsOrNullObject('Formulas').load('address');
}

/** 0-based rectangles of an areas address ("'3月'!G4:K9,'3月'!M5"); sheet prefixes and $ dropped. */
export function parseAreas(address: string): Array<{ r1: number; c1: number; r2: number; c2: number }> {
  const out: Array<{ r1: number; c1: number; r2: number; c2: number }> = [];
  // A sheet name may hold commas or "!" only when quoted; quotes inside are doubled.
  const part = /(?:(?:'(?:[^']|'')*'|[^',!]+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  const s = address.trim();
  while (part.lastIndex < s.length && (m = part.exec(s)) !== null) {
    const c1 = colNumber(m[1]) - 1;
    const r1 = Number(m[2]) - 1;
    const c2 = m[3] ? colNumber(m[3]) - 1 : c1;
    const r2 = m[4] ? Number(m[4]) - 1 : r1;
    out.push({ r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) });
    while (s[part.lastIndex] === ' ') part.lastIndex++;
  }
  if (part.lastIndex < s.length) throw new Error(`cannot read the formula areas "${address}"`);
  return out;
}

const VIS: Record<string, SheetSnapshot['visibility']> = {
  Visible: 'visible',
  Hidden: 'hidden',
  VeryHidden: 'veryHidden',
};

function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

function cellFormula(f: unknown, v: unknown): string | null {
  // Range.formulas gives the value where a cell has no formula; text that merely starts with "="
  // reads the same in both arrays, a real formula does not.
  return typeof f === 'string' && f.startsWith('=') && f !== v ? f : null;
}

export interface Block {
  row: number; // 0-based first row
  col: number;
  values: unknown[][];
  /** The formulas array as Excel gives it, or absent when only presence was read (see `areas`). */
  formulas?: unknown[][];
}

/** Marker for a formula cell whose text was not read. */
export const FORMULA_PRESENT = '=';

/** A sheet from A1 to its last used cell, from blocks of values and formulas (or formula areas). */
export function toSnapshot(
  name: string,
  visibility: string,
  rows: number,
  cols: number,
  blocks: Block[],
  areas: Array<{ r1: number; c1: number; r2: number; c2: number }> = [],
): SheetSnapshot {
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const formulas: Array<Array<string | null>> = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  for (const b of blocks)
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        values[b.row + i][b.col + j] = cellValue(v);
        if (b.formulas) formulas[b.row + i][b.col + j] = cellFormula(b.formulas[i]?.[j], v);
      }),
    );
  for (const a of areas)
    for (let r = a.r1; r <= Math.min(a.r2, rows - 1); r++)
      for (let c = a.c1; c <= Math.min(a.c2, cols - 1); c++) formulas[r][c] = FORMULA_PRESENT;
  return { name, visibility: VIS[visibility] ?? 'visible', values, formulas };
}

export function isSizeLimit(e: unknown): boolean {
  return isOfficeCode(e, 'ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit');
}

/** Bytes per cell assumed when a read must be split (values and formula text, JSON-quoted). */
const BYTES_PER_CELL = 120;
/** The same for values only. */
const BYTES_PER_VALUE = 50;

export interface Extent {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Read the used ranges in row blocks, as few requests as the limits allow; a request that still
 * comes back too large is split in two and read again.
 */
export async function readInBlocks(
  ctx: Excel.RequestContext,
  extents: Extent[],
  withFormulas = true,
): Promise<Map<string, Block[]>> {
  const perCell = withFormulas ? BYTES_PER_CELL : BYTES_PER_VALUE;
  const cellBudget = Math.min(READ_CELL_LIMIT, Math.floor(RESPONSE_BUDGET / perCell));
  interface Piece {
    name: string;
    row: number;
    col: number;
    rows: number;
    cols: number;
  }
  const pieces: Piece[] = [];
  for (const e of extents) {
    const per = Math.max(1, Math.floor(cellBudget / e.columnCount));
    for (let r = 0; r < e.rowCount; r += per)
      pieces.push({
        name: e.name,
        row: e.rowIndex + r,
        col: e.columnIndex,
        rows: Math.min(per, e.rowCount - r),
        cols: e.columnCount,
      });
  }
  const groups: Piece[][] = [];
  let cur: Piece[] = [];
  let cells = 0;
  for (const p of pieces) {
    if (cur.length && cells + p.rows * p.cols > cellBudget) {
      groups.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(p);
    cells += p.rows * p.cols;
  }
  if (cur.length) groups.push(cur);

  const out = new Map<string, Block[]>();
  const readGroup = async (group: Piece[], depth: number): Promise<void> => {
    const ranges = group.map((p) => {
      const r = ctx.workbook.worksheets
        .getItem(p.name)
        .getRange(`${colLetter(p.col + 1)}${p.row + 1}:${colLetter(p.col + p.cols)}${p.row + p.rows}`);
      r.load(withFormulas ? 'values,formulas' : 'values');
      return { p, r };
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isSizeLimit(e) || depth > 8) throw e;
      // Split the largest piece (or the group) in two and try again.
      const halves: Piece[] = [];
      for (const p of group) {
        if (p.rows > 1 && group.length === 1) {
          const h = Math.ceil(p.rows / 2);
          halves.push({ ...p, rows: h }, { ...p, row: p.row + h, rows: p.rows - h });
        } else halves.push(p);
      }
      if (group.length > 1) {
        const mid = Math.ceil(group.length / 2);
        await readGroup(group.slice(0, mid), depth + 1);
        await readGroup(group.slice(mid), depth + 1);
      } else if (halves.length > 1) {
        await readGroup([halves[0]], depth + 1);
        await readGroup([halves[1]], depth + 1);
      } else throw e;
      return;
    }
    for (const { p, r } of ranges) {
      const list = out.get(p.name) ?? [];
      list.push({ row: p.row, col: p.col, values: r.values, ...(withFormulas ? { formulas: r.formulas } : {}) });
      out.set(p.name, list);
    }
  };
  for (const g of groups) await readGroup(g, 0);
  return out;
}
