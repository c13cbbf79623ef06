// Turn a WorkbookSpec into the WorkbookSnapshot a host would read back (values are the cached v,
// formulas the f text), and edit snapshots the way users edit sheets: rename, move columns, sort
// rows, type over a formula. Shared by template, check, summary and collect tests.
import type { CellValue, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/host';
import { parseAddr } from '../../src/workbook/a1';

export function sheetSnapshot(sheet: SheetSpec): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: Array<Array<string | null>> = [];
  let width = 0;
  for (const range of sheet.ranges) {
    const { row, col } = parseAddr(range.ref);
    range.rows.forEach((cells, i) => {
      cells.forEach((cell, j) => {
        const r = row - 1 + i;
        const c = col - 1 + j;
        while (values.length <= r) {
          values.push([]);
          formulas.push([]);
        }
        values[r][c] = cell.v;
        formulas[r][c] = cell.f ?? null;
        width = Math.max(width, c + 1);
      });
    });
  }
  // Rectangular, like a host's used range.
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < width; c++) {
      if (values[r][c] === undefined) values[r][c] = null;
      if (formulas[r][c] === undefined) formulas[r][c] = null;
    }
  }
  return { name: sheet.name, visibility: sheet.visibility, values, formulas };
}

export function specSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  return { sheets: spec.sheets.map(sheetSnapshot) };
}

export function cloneSnapshot(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: s.sheets.map((sh) => ({
      ...sh,
      values: sh.values.map((r) => [...r]),
      formulas: sh.formulas.map((r) => [...r]),
    })),
  };
}

export function sheetOf(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const sh = s.sheets.find((x) => x.name === name);
  if (!sh) throw new Error(`no sheet ${name}`);
  return sh;
}

/** Rename a sheet (formulas elsewhere are not rewritten: the read side must not need them). */
export function renameSheet(s: WorkbookSnapshot, from: string, to: string): void {
  sheetOf(s, from).name = to;
}

/** Move column `from` (1-based) to position `to` (1-based), shifting the others, as a cut-insert does. */
export function moveColumn(sheet: SheetSnapshot, from: number, to: number): void {
  for (const grid of [sheet.values, sheet.formulas] as Array<Array<Array<unknown>>>) {
    for (const row of grid) {
      const [cell] = row.splice(from - 1, 1);
      row.splice(to - 1, 0, cell ?? null);
    }
  }
}

/** Reorder rows r1..r2 (1-based, inclusive) by a key over each row's values. */
export function sortRows(sheet: SheetSnapshot, r1: number, r2: number, key: (values: CellValue[]) => string): void {
  const idx = Array.from({ length: r2 - r1 + 1 }, (_, i) => r1 - 1 + i);
  const order = [...idx].sort((a, b) => key(sheet.values[a]).localeCompare(key(sheet.values[b])));
  const vals = order.map((i) => sheet.values[i]);
  const fs = order.map((i) => sheet.formulas[i]);
  idx.forEach((i, k) => {
    sheet.values[i] = vals[k];
    sheet.formulas[i] = fs[k];
  });
}

/** Insert an empty row before row `at` (1-based). */
export function insertRow(sheet: SheetSnapshot, at: number): void {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  sheet.values.splice(
    at - 1,
    0,
    Array.from({ length: width }, () => null),
  );
  sheet.formulas.splice(
    at - 1,
    0,
    Array.from({ length: width }, () => null),
  );
}

export function deleteRow(sheet: SheetSnapshot, at: number): void {
  sheet.values.splice(at - 1, 1);
  sheet.formulas.splice(at - 1, 1);
}

/** Type a value into a cell (over a formula, if one was there). */
export function typeInto(sheet: SheetSnapshot, a1: string, v: CellValue): void {
  const { row, col } = parseAddr(a1);
  while (sheet.values.length < row) {
    sheet.values.push([]);
    sheet.formulas.push([]);
  }
  sheet.values[row - 1][col - 1] = v;
  sheet.formulas[row - 1][col - 1] = null;
}

/** The 1-based row holding `code` in column `col` (1-based). */
export function rowOfCode(sheet: SheetSnapshot, code: string, col = 2): number {
  const i = sheet.values.findIndex((r) => r[col - 1] === code);
  if (i < 0) throw new Error(`no row for ${code} on ${sheet.name}`);
  return i + 1;
}
