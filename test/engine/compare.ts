// Compare every formula cell of a spec with the value a spreadsheet engine computed for it.
import type { CellValue, WorkbookSpec } from '../../src/workbook/spec';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { addr, parseAddr } from '../../src/workbook/a1';

export interface Mismatch {
  cell: string;
  formula: string;
  expected: CellValue;
  actual: CellValue;
  actualFormula: string | null;
}

export interface Comparison {
  compared: number;
  mismatches: Mismatch[];
}

/**
 * Numbers within 1e-9 relative; an empty text equals no value (ExcelJS reads an empty text result
 * as none).
 */
export function sameValue(expected: CellValue, actual: CellValue): boolean {
  const blank = (v: CellValue) => v === null || v === '';
  if (blank(expected) || blank(actual)) return blank(expected) && blank(actual);
  // LibreOffice has no boolean cell type: it saves TRUE/FALSE results as 1/0.
  if (typeof expected === 'boolean' && typeof actual === 'number') return actual === (expected ? 1 : 0);
  if (typeof expected === 'number' && typeof actual === 'number')
    return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
  return expected === actual;
}

export function compareFormulaCells(spec: WorkbookSpec, snap: WorkbookSnapshot): Comparison {
  const out: Comparison = { compared: 0, mismatches: [] };
  for (const s of spec.sheets) {
    const got = snap.sheets.find((x) => x.name === s.name);
    for (const range of s.ranges) {
      const { row: r0, col: c0 } = parseAddr(range.ref);
      range.rows.forEach((cells, i) =>
        cells.forEach((c, j) => {
          if (!c || !c.f) return;
          const r = r0 + i;
          const col = c0 + j;
          const actual = got?.values[r - 1]?.[col - 1] ?? null;
          const actualFormula = got?.formulas[r - 1]?.[col - 1] ?? null;
          out.compared++;
          if (!sameValue(c.v, actual) || actualFormula === null)
            out.mismatches.push({
              cell: `'${s.name}'!${addr(r, col)}`,
              formula: c.f,
              expected: c.v,
              actual,
              actualFormula,
            });
        }),
      );
    }
  }
  return out;
}
