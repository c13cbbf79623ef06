// A loaded ExcelJS workbook -> WorkbookSnapshot: what a user sees in each cell, as plain values.
// Apart from read.ts (which patches ExcelJS's Node build) so a browser bundle can use it with
// ExcelJS's browser build.
import { ValueType } from 'exceljs';
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../../workbook/spec';
import type { ReadRequest, SheetSnapshot, WorkbookSnapshot } from '../../workbook/host';

export function snapshotOf(wb: Workbook, req?: ReadRequest): WorkbookSnapshot {
  const wanted = req?.sheets ? new Set(req.sheets) : null;
  return {
    sheets: wb.worksheets.filter((ws) => !wanted || wanted.has(ws.name)).map(sheetSnapshot),
  };
}

// Excel's serial day number, as the Office JavaScript API returns dates (ExcelJS turns date-formatted cells into Date).
function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/** A date as a zh-CN sheet shows a typed "1-5": 1月5日 (ExcelJS reads the serial as UTC). */
function shownDate(d: Date): string {
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function plain(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return excelSerial(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return (o.richText as Array<{ text: string }>).map((t) => t.text).join('');
    if ('text' in o) return plain(o.text);
  }
  return String(v);
}

/** The value a user sees in the cell, and its formula text with "=" where it has one. */
export function cellView(cell: Cell): { value: CellValue; formula: string | null } {
  switch (cell.type) {
    case ValueType.Merge:
      // Only the top-left cell of a merge holds the value (as Excel's API reports it).
      return { value: null, formula: null };
    case ValueType.Formula: {
      const formula = cell.formula ? `=${cell.formula}` : null;
      return { value: plain(cell.result), formula };
    }
    default:
      return { value: plain(cell.value), formula: null };
  }
}

export function sheetSnapshot(ws: Worksheet): SheetSnapshot {
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ValueType.Null || cell.type === ValueType.Merge) return;
      if (r > lastRow) lastRow = r;
      if (c > lastCol) lastCol = c;
    });
  });
  const values: CellValue[][] = [];
  const formulas: Array<Array<string | null>> = [];
  const dates: Record<string, string> = {};
  for (let r = 1; r <= lastRow; r++) {
    const vs: CellValue[] = new Array(lastCol).fill(null);
    const fs: Array<string | null> = new Array(lastCol).fill(null);
    const row = ws.findRow(r);
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (c > lastCol) return;
        const view = cellView(cell);
        vs[c - 1] = view.value;
        fs[c - 1] = view.formula;
        // ExcelJS gives a Date for a value cell with a date number format.
        if (cell.type === ValueType.Date && cell.value instanceof Date) dates[cell.address] = shownDate(cell.value);
      });
    }
    values.push(vs);
    formulas.push(fs);
  }
  const visibility = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
  return { name: ws.name, visibility, values, formulas, ...(Object.keys(dates).length ? { dates } : {}) };
}
