// The write for the master: which input cells (本月, 备注) to set, found by code on the master's
// month sheet, so the Excel host can set them in one batch and the CLI can write a file.
import type { TemplateFigures } from '../workbook/figures';
import type { CellValue } from '../workbook/spec';
import type { CellWrite, InputField, MergedFigures } from './types';
import { isBlank } from '../workbook/cell';
import { sameValue } from './values';

const FIELDS: InputField[] = ['month', 'note'];

/** A cell the write leaves alone because the master already holds something else there. */
export interface KeptCell {
  sheet: string;
  cell: string;
  code: string;
  field: InputField;
  /** What the master holds (kept). */
  master: CellValue;
  /** What would have gone there. */
  wanted: CellValue;
}

export interface MasterWrites {
  writes: CellWrite[];
  kept: KeptCell[];
}

/**
 * The input cells of `month` to set so the master holds `merged`. Only empty cells are written:
 * a cell holding the same figure is skipped, a cell holding a different one (or a formula) is kept.
 */
export function masterWrites(master: TemplateFigures, merged: MergedFigures, month: number): MasterWrites {
  const writes: CellWrite[] = [];
  const kept: KeptCell[] = [];
  const sheet = master.months.find((s) => s.month === month);
  if (!sheet) return { writes, kept };
  const byCode = new Map(master.plan.indicators.map((i) => [i.code, i]));
  const done = new Set<string>();
  for (const row of sheet.rows) {
    if (done.has(row.code)) continue;
    done.add(row.code);
    const entry = merged[row.code]?.[month];
    const ind = byCode.get(row.code);
    if (!entry || !ind) continue;
    for (const f of FIELDS) {
      const wanted = entry[f];
      if (isBlank(wanted)) continue;
      const cell = row[f];
      const masterHas = !isBlank(cell.value) || cell.formula !== null;
      if (!masterHas) {
        writes.push({ sheet: sheet.sheet, cell: cell.address, value: wanted, code: row.code, field: f });
      } else if (!sameValue(cell.value, wanted, ind, f)) {
        kept.push({ sheet: sheet.sheet, cell: cell.address, code: row.code, field: f, master: cell.value, wanted });
      }
    }
  }
  return { writes, kept };
}

/**
 * The master's figures as they read once `writes` are in: what the checks judge. Only input cells
 * change; formula cells keep their (possibly stale) shown values, and the checks recompute 累计 and
 * 状态 from the inputs wherever the formula is intact.
 */
export function withWrites(master: TemplateFigures, writes: CellWrite[]): TemplateFigures {
  if (!writes.length) return master;
  const bySheet = new Map<string, Map<string, CellValue>>();
  for (const w of writes) {
    let cells = bySheet.get(w.sheet);
    if (!cells) bySheet.set(w.sheet, (cells = new Map()));
    cells.set(w.cell, w.value);
  }
  return {
    ...master,
    months: master.months.map((s) => {
      const cells = bySheet.get(s.sheet);
      if (!cells) return s;
      return {
        ...s,
        rows: s.rows.map((r) => {
          const m = cells.get(r.month.address);
          const n = cells.get(r.note.address);
          if (m === undefined && n === undefined) return r;
          return {
            ...r,
            month: m === undefined ? r.month : { ...r.month, value: m },
            note: n === undefined ? r.note : { ...r.note, value: n },
          };
        }),
      };
    }),
  };
}

/** The writes by sheet, in sheet order of first appearance: one range write per sheet for a host. */
export function writesBySheet(
  writes: CellWrite[],
): Array<{ sheet: string; cells: Array<{ cell: string; value: CellValue }> }> {
  const out: Array<{ sheet: string; cells: Array<{ cell: string; value: CellValue }> }> = [];
  for (const w of writes) {
    let group = out.find((g) => g.sheet === w.sheet);
    if (!group) out.push((group = { sheet: w.sheet, cells: [] }));
    group.cells.push({ cell: w.cell, value: w.value });
  }
  return out;
}
