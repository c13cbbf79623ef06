// The preview's stand-in for Excel's calculation. The fake workbook keeps formulas as text and does
// not calculate them; here every template formula cell gets the value the TypeScript core computes
// for it (the same value the template carries as its cached result, which the LibreOffice test
// proves equal to what a spreadsheet computes). Only cells whose formula is exactly the template's
// get a value, so a formula the preview did not generate is never given a wrong one.
import { parseAddr } from '../workbook/a1';
import { sameFormula } from '../workbook/formulaText';
import type { SheetSpec } from '../workbook/spec';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/host';
import type { CellValue } from '../workbook/spec';
import { buildPreserving, readTemplate } from '../template';
import { summarySheet, SUMMARY_SHEET } from '../summary';
import { judgeMonth } from '../actions/summarize';
import { key, usedRect, type SheetState, type WorkbookState } from '../hosts/excel/fake/state';

/** The fake's state as the Host port's snapshot: values and formula text, A1 to the last used cell. */
export function snapshotOf(wb: WorkbookState): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  for (const s of wb.sheets) {
    if (s.deleted) continue;
    const used = usedRect(s, true);
    const rows = used?.r2 ?? 0;
    const cols = used?.c2 ?? 0;
    const values: CellValue[][] = [];
    const formulas: Array<Array<string | null>> = [];
    for (let r = 1; r <= rows; r++) {
      const vr: CellValue[] = [];
      const fr: Array<string | null> = [];
      for (let c = 1; c <= cols; c++) {
        const cell = s.cells.get(key(r, c));
        vr.push(cell?.value ?? null);
        fr.push(cell?.formula ?? null);
      }
      values.push(vr);
      formulas.push(fr);
    }
    sheets.push({
      name: s.name,
      visibility: s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden',
      values,
      formulas,
    });
  }
  return { sheets };
}

function applyValues(s: SheetState, spec: SheetSpec): number {
  let n = 0;
  for (const range of spec.ranges) {
    const { row, col } = parseAddr(range.ref);
    range.rows.forEach((line, i) =>
      line.forEach((cell, j) => {
        if (!cell?.f) return;
        const target = s.cells.get(key(row + i, col + j));
        if (target && sameFormula(target.formula, cell.f)) {
          target.value = cell.v;
          n++;
        }
      }),
    );
  }
  return n;
}

/**
 * Recalculates the template's formula cells from what is typed in the input cells.
 * `summaryMonth`: the month the 汇总 sheet was last filled for, to recalculate its counts too.
 * Returns how many cells got a value (0 when the workbook is not a generated template yet).
 */
export function recalc(wb: WorkbookState, summaryMonth: number | null): number {
  const snapshot = snapshotOf(wb);
  const read = readTemplate(snapshot);
  if (!read.ok) return 0;
  const { plan, meta } = read.figures;
  // The spec a regenerate would write, with what is typed now: its formula cells carry the core's values.
  const built = buildPreserving(plan, { months: meta.months, unit: meta.unitFilter }, snapshot);
  if (!built.ok) return 0;
  let n = 0;
  for (const spec of built.spec.sheets) {
    const s = wb.sheets.find((x) => !x.deleted && x.name === spec.name);
    if (s) n += applyValues(s, spec);
  }
  const summarySheetState = wb.sheets.find((x) => !x.deleted && x.name === SUMMARY_SHEET);
  if (summaryMonth !== null && summarySheetState) {
    // From the freshly computed month sheets, as Excel would after an edit.
    const again = readTemplate(snapshotOf(wb));
    if (again.ok && again.figures.months.some((m) => m.month === summaryMonth)) {
      // Judged with the month's findings, as the 汇总 action wrote it: held rows stay excluded.
      try {
        const { summary } = judgeMonth(again.figures, summaryMonth);
        n += applyValues(
          summarySheetState,
          summarySheet(again.figures.plan, again.figures.meta, summary, summaryMonth),
        );
      } catch {
        // The month can no longer be judged (its sheet is gone): the 汇总 keeps what was written.
      }
    }
  }
  return n;
}
