// Where the master's inputs came from: every input a collect took (or found already there) is
// recorded with the office that sent it, one JSON cell a row in a column of the veryHidden _meta
// sheet (away from its key/value and codes blocks). A later return from the same office may then
// correct its own figure, while a figure the statistician typed (or changed after the collect) still
// wins. The record is written with the input cells in the collect's one write (no sheet is created),
// so both hosts keep it; a regenerate of the master carries it with the figures it carries (an input
// whose row left the plan, or whose value is no longer there, loses its record: a later difference is
// then a conflict, the safe side). Pure: the action reads and writes it through the host.
import type { CellValue, WorkbookSpec } from '../workbook/spec';
import type { WorkbookSnapshot } from '../workbook/host';
import type { Plan } from '../plan/types';
import { typedEntries } from '../template/preserve';
import { META_SHEET } from '../template/layout';
import type { InputField, Provenance } from './types';
import { conflictMarkJson, readConflictMarks, recordLines, RECORD_COLUMN } from '../template/conflictMarks';
import type { ConflictMark } from '../workbook/figures';

export { RECORD_COLUMN };

const HEADER = '汇集来源 / where collected inputs came from (JSON)';

/** One master input that came from an office's return. */
export interface CollectedCell {
  month: number;
  code: string;
  field: InputField;
  /** The office whose return gave it (several, "、"-joined, when offices sharing the row agreed). */
  unit: string;
  /** The value the master was given. */
  value: CellValue;
  /** The return's file name, for whoever reads the sheet. */
  file: string;
  /** 1-based row of the record's cell on _meta. */
  row: number;
}

const key = (month: number, code: string, field: InputField) => `${month}\u0000${code}\u0000${field}`;

/** The record by month, code and field. */
export function recordIndex(cells: CollectedCell[]): Map<string, CollectedCell> {
  return new Map(cells.map((c) => [key(c.month, c.code, c.field), c]));
}

export function recordOf(index: Map<string, CollectedCell>, month: number, code: string, field: InputField) {
  return index.get(key(month, code, field));
}

/** The record read from _meta's values; a cell that does not read (edited by hand) is left out, so its input counts as typed. */
export function readRecord(metaValues: CellValue[][] | undefined): CollectedCell[] {
  const out: CollectedCell[] = [];
  for (const { o, row } of recordLines(metaValues)) {
    // A conflict mark (template/conflictMarks) shares the column: no input came from it.
    if ('x' in o) continue;
    if (!Number.isInteger(o.m) || typeof o.c !== 'string' || (o.f !== 'month' && o.f !== 'note')) continue;
    out.push({
      month: o.m as number,
      code: o.c,
      field: o.f,
      unit: String(o.u ?? ''),
      value: (o.v as CellValue | undefined) ?? null,
      file: String(o.file ?? ''),
      row,
    });
  }
  return out;
}

/** How this collect changes the marks of open conflicts (template/conflictMarks). */
export interface MarkChanges {
  /** Row-months the returns disagree on while the master's cell is empty: marked (or the mark updated). */
  set: Array<Omit<ConflictMark, 'row'>>;
  /** Marks whose cell this collect filled (the returns now agree): removed. */
  clear: ConflictMark[];
}

/**
 * The cells to write so the record holds this collect's inputs (the latest office to give an input
 * is its source) and the marks their open conflicts. An entry already recorded as is writes nothing;
 * a changed one rewrites its own cell; a new one is appended, so a collect writes only what changed.
 */
export function recordWrites(
  old: CollectedCell[],
  provenance: Provenance[],
  marks: ConflictMark[] = [],
  changes: MarkChanges = { set: [], clear: [] },
): Array<{ sheet: string; cell: string; value: CellValue }> {
  const index = recordIndex(old);
  const out: Array<{ sheet: string; cell: string; value: CellValue }> = [];
  let next = Math.max(1, ...old.map((c) => c.row), ...marks.map((m) => m.row)) + 1;
  const any = provenance.length || changes.set.length;
  if (!old.length && !marks.length && any) out.push({ sheet: META_SHEET, cell: `${RECORD_COLUMN}1`, value: HEADER });
  for (const p of provenance) {
    const unit = [...new Set(p.from.map((c) => c.unit ?? ''))].filter(Boolean).join('、');
    const was = recordOf(index, p.month, p.code, p.field);
    if (was && was.unit === unit && JSON.stringify(was.value) === JSON.stringify(p.value)) continue;
    const file = [...new Set(p.from.map((c) => c.file))].join('、');
    const row = was?.row ?? next++;
    const json = recordJson({ month: p.month, code: p.code, field: p.field, unit, value: p.value, file });
    out.push({ sheet: META_SHEET, cell: `${RECORD_COLUMN}${row}`, value: json });
    index.set(key(p.month, p.code, p.field), { ...p, unit, file, row });
  }
  for (const m of changes.set) {
    const was = marks.find((x) => x.month === m.month && x.code === m.code);
    const json = conflictMarkJson(m);
    if (was && conflictMarkJson(was) === json) continue;
    out.push({ sheet: META_SHEET, cell: `${RECORD_COLUMN}${was?.row ?? next++}`, value: json });
  }
  // An empty string clears; null would leave the cell as it was in Excel (Learn: "Blank and null values in Excel add-ins").
  for (const m of changes.clear) out.push({ sheet: META_SHEET, cell: `${RECORD_COLUMN}${m.row}`, value: '' });
  return out;
}

const recordJson = (c: Omit<CollectedCell, 'row'>) =>
  JSON.stringify({ m: c.month, c: c.code, f: c.field, u: c.unit, v: c.value, file: c.file });

/**
 * A regenerated master keeps the record of the inputs it carries as they were (same code, month and
 * value), so an office may still correct its own earlier figure after a 年中调整. Writes into `spec`'s
 * _meta sheet; returns how many inputs kept their record.
 */
export function carryRecord(spec: WorkbookSpec, old: WorkbookSnapshot, plan: Plan): number {
  const oldMeta = old.sheets.find((s) => s.name === META_SHEET);
  const meta = spec.sheets.find((s) => s.name === META_SHEET);
  if (!oldMeta || !meta) return 0;
  const codes = new Set(plan.indicators.map((i) => i.code));
  const now = new Map(typedEntries(old).map((e) => [`${e.month}\u0000${e.code}`, e]));
  const same = (a: CellValue | undefined, b: CellValue) => JSON.stringify(a ?? null) === JSON.stringify(b);
  const kept = readRecord(oldMeta.values).filter((c) => {
    const e = now.get(`${c.month}\u0000${c.code}`);
    return codes.has(c.code) && e !== undefined && same(c.field === 'month' ? e.entered : e.note, c.value);
  });
  // Every mark of a row still in the plan goes too: an open one keeps its cell a must-fix, a settled
  // one tells the next collect which offers were weighed.
  const marks = readConflictMarks(oldMeta.values).filter((m) => codes.has(m.code));
  const lines = [...kept.map((c) => recordJson(c)), ...marks.map((m) => conflictMarkJson(m))];
  if (lines.length)
    meta.ranges.push({ ref: `${RECORD_COLUMN}1`, rows: [[{ v: HEADER }], ...lines.map((v) => [{ v }])] });
  return kept.length;
}
