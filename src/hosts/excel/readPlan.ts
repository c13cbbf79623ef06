// Planning reads: which sheets go together so that each response stays under the limit (by the
// sizes the host last saw), what a written sheet will cost to read back, and what a read teaches
// the host of each sheet (protection, tables, extent, size).
import type { SheetSnapshot } from '../../workbook/host';
import type { SheetSpec } from '../../workbook/spec';
import { parseAddr } from '../../workbook/a1';
import { findSheet, type Knowledge } from './knowledge';
import { jsonBytes, RESPONSE_BUDGET } from './payload';
import { withDates, missing, parseAreas, toSnapshot, type DataMode, type SheetRead } from './reader';
import type { SheetInfo } from './writer';

/** Sheets grouped so that each read's response stays under the limit; unknown sizes go together. */
export function planGroups(sheets: SheetInfo[], mode: DataMode, firstExtra = 0): string[][] {
  const groups: string[][] = [];
  let cur: string[] = [];
  let bytes = firstExtra; // what rides along with the first request
  for (const s of sheets) {
    const b = (mode === 'presence' ? s.presenceBytes : s.bytes) ?? 0;
    if (cur.length && bytes + b > RESPONSE_BUDGET) {
      groups.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(s.name);
    bytes += b;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

/** Bytes an areas address takes per formula cell, at most ("'12月'!G4,"), for planning reads. */
const AREA_BYTES_PER_FORMULA = 16;

/** What reading a written sheet back will cost: its values and formulas as JSON, and its extent. */
export function specSize(s: SheetSpec): { bytes: number; presenceBytes: number; rows: number; columns: number } {
  let bytes = 0;
  let presenceBytes = 0;
  let rows = 0;
  let columns = 0;
  for (const r of s.ranges) {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) => {
      if (!cells) return;
      rows = Math.max(rows, row + i);
      columns = Math.max(columns, col + cells.length - 1);
      for (const c of cells) {
        if (!c) continue;
        const v = jsonBytes(c.v ?? '');
        bytes += v + (c.f ? jsonBytes(c.f) : v) + 2;
        presenceBytes += v + 1 + (c.f ? AREA_BYTES_PER_FORMULA : 0);
      }
    });
  }
  return { bytes, presenceBytes, rows, columns };
}

/** An estimate of the formula areas' address from a text read: one area per formula cell at most. */
function formulaRowsBytes(formulas: unknown[][], values: unknown[][]): number {
  let n = 0;
  formulas.forEach((line, i) =>
    line.forEach((f, j) => {
      if (typeof f === 'string' && f.startsWith('=') && f !== values[i]?.[j]) n += AREA_BYTES_PER_FORMULA;
    }),
  );
  return n;
}

export function areasOf(a: Excel.RangeAreas | null): Array<{ r1: number; c1: number; r2: number; c2: number }> {
  return a && !a.isNullObject ? parseAreas(a.address) : [];
}

/** A sheet read, as a snapshot (formulas as their texts, or as where they are). */
export function snapshotOf(r: SheetRead): SheetSnapshot {
  const u = r.used;
  if (u.isNullObject || r.data === 'none') return toSnapshot(r.ws.name, r.ws.visibility, 0, 0, []);
  const presence = r.formulaAreas !== null;
  return withDates(
    r,
    toSnapshot(
      r.ws.name,
      r.ws.visibility,
      u.rowIndex + u.rowCount,
      u.columnIndex + u.columnCount,
      [{ row: u.rowIndex, col: u.columnIndex, values: u.values, ...(presence ? {} : { formulas: u.formulas }) }],
      presence ? areasOf(r.formulaAreas) : [],
    ),
  );
}

/** What a read teaches of each sheet: protection, tables, extent and (with data) its size. */
export function remember(k: Knowledge, reads: SheetRead[], withData = false): void {
  for (const r of reads) {
    const s = findSheet(k, r.name);
    if (!s || missing(r)) continue;
    s.protected = r.protection ? r.protection.protected : false;
    s.tables = r.tables.items.map((t) => t.name);
    if (r.used.isNullObject) {
      s.bytes = 0;
      s.rows = 0;
      s.columns = 0;
      continue;
    }
    s.rows = r.used.rowIndex + r.used.rowCount;
    s.columns = r.used.columnIndex + r.used.columnCount;
    if (!withData || r.data === 'none') continue;
    const values = jsonBytes(r.used.values);
    if (r.formulaAreas) {
      const areas = r.formulaAreas.isNullObject ? 0 : jsonBytes(r.formulaAreas.address);
      s.presenceBytes = values + areas;
      // The texts' size stays as last known; without it, assume formulas as long as values.
      s.bytes = s.bytes ?? 2 * values + areas;
    } else {
      s.bytes = values + jsonBytes(r.used.formulas);
      s.presenceBytes = values + formulaRowsBytes(r.used.formulas, r.used.values);
    }
  }
}
