// Reading sheets: one batched read of values and formulas (the used range of each sheet), with
// the structure the writer needs (protection, tables) in the same request. When a response would
// pass the 5 MB or 5,000,000-cell limit, the read is split by rows into as few requests as fit.
import type { CellValue } from '../../workbook/spec';
import type { SheetSnapshot } from '../../workbook/host';
import { colLetter } from '../../workbook/a1';
import { READ_CELL_LIMIT, RESPONSE_BUDGET } from './payload';
import { isOfficeCode } from './errors';

export interface SheetRead {
  name: string;
  ws: Excel.Worksheet;
  used: Excel.Range;
  protection: Excel.WorksheetProtection | null;
  tables: Excel.TableCollection;
}

/** Queue the loads for one sheet (known to exist): name, visibility, used range, structure. */
export function queueSheet(
  ctx: Excel.RequestContext,
  name: string,
  withProtection: boolean,
  withData: boolean,
): SheetRead {
  const ws = ctx.workbook.worksheets.getItem(name);
  ws.load('name,visibility');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load(
    withData
      ? 'rowIndex,columnIndex,rowCount,columnCount,values,formulas'
      : 'rowIndex,columnIndex,rowCount,columnCount',
  );
  const protection = withProtection ? ws.protection.load('protected') : null;
  const tables = ws.tables.load('items/name');
  return { name, ws, used, protection, tables };
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
  formulas: unknown[][];
}

/** A sheet from A1 to its last used cell, from blocks of values and formulas. */
export function toSnapshot(
  name: string,
  visibility: string,
  rows: number,
  cols: number,
  blocks: Block[],
): SheetSnapshot {
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const formulas: Array<Array<string | null>> = Array.from({ length: rows }, () =>
    Array<string | null>(cols).fill(null),
  );
  for (const b of blocks)
    b.values.forEach((line, i) =>
      line.forEach((v, j) => {
        values[b.row + i][b.col + j] = cellValue(v);
        formulas[b.row + i][b.col + j] = cellFormula(b.formulas[i]?.[j], v);
      }),
    );
  return { name, visibility: VIS[visibility] ?? 'visible', values, formulas };
}

export function isSizeLimit(e: unknown): boolean {
  return isOfficeCode(e, 'ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'RangeExceedsLimit');
}

/** Bytes per cell assumed when a read must be split (values and formula text, JSON-quoted). */
const BYTES_PER_CELL = 120;

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
export async function readInBlocks(ctx: Excel.RequestContext, extents: Extent[]): Promise<Map<string, Block[]>> {
  const cellBudget = Math.min(READ_CELL_LIMIT, Math.floor(RESPONSE_BUDGET / BYTES_PER_CELL));
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
      r.load('values,formulas');
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
      list.push({ row: p.row, col: p.col, values: r.values, formulas: r.formulas });
      out.set(p.name, list);
    }
  };
  for (const g of groups) await readGroup(g, 0);
  return out;
}
