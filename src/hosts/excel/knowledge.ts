// What the host knows of the workbook between calls: the sheet list, defined names, calculation
// mode and the marks' records (the very hidden _marks sheet), all loaded in one request, and what
// it learnt of each sheet's structure and size from its last read or write.
import { MARKS_SHEET, parseRecords, type MarkRecord } from '../../check/marks';
import type { SheetInfo } from './writer';

export interface Knowledge {
  sheets: SheetInfo[];
  names: string[];
  calculationMode: string | null;
  /** The marks' records as the _marks sheet holds them. */
  marks: MarkRecord[];
  at: number;
}

export function findSheet(k: Knowledge, name: string): SheetInfo | undefined {
  const n = name.toLowerCase();
  return k.sheets.find((s) => s.name.toLowerCase() === n);
}

export function sameNames(a: SheetInfo[], b: SheetInfo[]): boolean {
  if (a.length !== b.length) return false;
  const x = new Set(a.map((s) => s.name));
  return b.every((s) => x.has(s.name));
}

export function sameMarks(a: MarkRecord[], b: MarkRecord[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Queue the loads of the basics (one request, nothing else needed first): the _marks sheet is
 * read through getItemOrNullObject, so a workbook without it costs nothing more. What the host
 * learnt of a sheet's structure and size (in `old`) stays until it reads or writes the sheet again.
 */
export function queueBasics(ctx: Excel.RequestContext, old: Knowledge | null, now: number): () => Knowledge {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load('items/name,items/visibility');
  const names = wb.names.load('items/name');
  const app = wb.application.load('calculationMode');
  const marks = wb.worksheets.getItemOrNullObject(MARKS_SHEET).getUsedRangeOrNullObject(true).load('values');
  return () => ({
    sheets: sheets.items.map((s) => {
      const prev = old?.sheets.find((x) => x.name === s.name);
      return {
        ...prev,
        name: s.name,
        visibility: s.visibility as SheetInfo['visibility'],
        protected: prev?.protected ?? null,
        tables: prev?.tables ?? null,
      };
    }),
    names: names.items.map((n) => n.name),
    calculationMode: String(app.calculationMode),
    marks: marks.isNullObject ? [] : parseRecords(marks.values),
    at: now,
  });
}
