// Looking at the fake workbook as a user would (what a cell shows, its fill, its note) and acting
// as a user would (typing into a cell, filling it), outside the API the add-in uses.
import { parseAddr, addr } from '../../../workbook/a1';
import { FakeOfficeError } from './errors';
import { MARKS_SHEET, parseRecords, type MarkRecord } from '../../../check/marks';
import {
  cellAt,
  coerce,
  key,
  parseRect,
  rectAddress,
  unkey,
  type CellState,
  type CfRule,
  type DvRule,
  type SheetState,
} from './state';
import type { FakeExcel } from './fake';
import { findSheet } from './workbook';

export function sheetOf(fake: FakeExcel, name: string): SheetState {
  const s = findSheet(fake.state, name);
  if (!s) throw new Error(`FakeExcel: no sheet "${name}"`);
  return s;
}

export function cellOf(fake: FakeExcel, sheet: string, a1: string): CellState | undefined {
  const { row, col } = parseAddr(a1);
  return sheetOf(fake, sheet).cells.get(key(row, col));
}

export function valueOf(fake: FakeExcel, sheet: string, a1: string): string | number | boolean | null {
  return cellOf(fake, sheet, a1)?.value ?? null;
}

export function fillOf(fake: FakeExcel, sheet: string, a1: string): string | null {
  return cellOf(fake, sheet, a1)?.fill ?? null;
}

/**
 * The fill a user sees on a cell. A conditional format's format takes precedence over the cell's
 * own fill, rules apply in priority order (the first in `cfs` is the highest), a higher rule wins
 * where two set the fill, and Stop If True ends the list (Microsoft Support, "Manage conditional
 * formatting rule precedence"). The fake does not evaluate formulas: `holds` says which rules'
 * conditions are true (by default every rule on the cell, the case where a mark must still show).
 */
export function shownFill(
  fake: FakeExcel,
  sheet: string,
  a1: string,
  holds: (rule: CfRule) => boolean = () => true,
): string | null {
  const { row, col } = parseAddr(a1);
  for (const rule of sheetOf(fake, sheet).cfs) {
    if (!rule.rects.some((r) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2) || !holds(rule)) continue;
    if (rule.fill) return rule.fill;
    if (rule.stopIfTrue) break;
  }
  return fillOf(fake, sheet, a1);
}

/**
 * A cell's four edges as a user sees them: "style weight colour", or null for no line. The
 * template's conditional formats set fill and font colour only, so no rule changes an edge here.
 */
export function edgesOf(
  fake: FakeExcel,
  sheet: string,
  a1: string,
): Record<'top' | 'bottom' | 'left' | 'right', string | null> {
  const b = cellOf(fake, sheet, a1)?.borders ?? {};
  const show = (e: (typeof b)['top']) =>
    e && e.style !== 'None' ? `${e.style} ${e.weight} ${e.color.toUpperCase()}` : null;
  return { top: show(b.top), bottom: show(b.bottom), left: show(b.left), right: show(b.right) };
}

/** Draw a border on one side of a cell as a user does from the ribbon. */
export function userEdge(
  fake: FakeExcel,
  sheet: string,
  a1: string,
  side: 'top' | 'bottom' | 'left' | 'right',
  edge: { style: string; weight: string; color: string } | null,
): void {
  const { row, col } = parseAddr(a1);
  const cell = cellAt(sheetOf(fake, sheet), row, col);
  const b = { ...(cell.borders ?? {}) };
  if (edge) b[side] = edge;
  else delete b[side];
  cell.borders = b;
}

export function noteOf(fake: FakeExcel, sheet: string, a1: string): string | null {
  const { row, col } = parseAddr(a1);
  return sheetOf(fake, sheet).notes.get(key(row, col))?.content ?? null;
}

export function validationOf(fake: FakeExcel, sheet: string, a1: string): DvRule | null {
  const id = cellOf(fake, sheet, a1)?.dv;
  return id === undefined ? null : (fake.state.dvs.get(id) ?? null);
}

export function selectionOf(fake: FakeExcel): { sheet: string; cell: string } | null {
  const sel = fake.state.selection;
  if (!sel) return null;
  const sheet = fake.state.sheets.find((s) => s.id === sel.sheetId);
  return sheet ? { sheet: sheet.name, cell: rectAddress(sel.rect) } : null;
}

/** Type into a cell as a user does: Excel's conversion of typed text, refused on a locked cell of a protected sheet. */
export function typeInto(fake: FakeExcel, sheet: string, a1: string, raw: string | number | boolean | null): void {
  const s = sheetOf(fake, sheet);
  const { row, col } = parseAddr(a1);
  const cell = cellAt(s, row, col);
  if (s.protection.protected && cell.locked !== false)
    throw new FakeOfficeError('AccessDenied', `The cell ${sheet}!${addr(row, col)} is protected.`);
  const v = coerce(raw === null ? '' : raw, 'typing');
  cell.value = v.value;
  cell.formula = v.formula;
  if (v.quotePrefix) cell.quotePrefix = true;
}

/** Fill a cell as a user does from the ribbon (no protection check: formatting may be allowed). */
export function userFill(fake: FakeExcel, sheet: string, a1: string, colour: string | null): void {
  const r = parseRect(a1);
  const s = sheetOf(fake, sheet);
  const cell = cellAt(s, r.r1, r.c1);
  if (colour === null) delete cell.fill;
  else cell.fill = colour.toUpperCase();
}

/** Put a note on a cell as a user does. */
export function userNote(fake: FakeExcel, sheet: string, a1: string, content: string | null): void {
  const { row, col } = parseAddr(a1);
  const s = sheetOf(fake, sheet);
  if (content === null) s.notes.delete(key(row, col));
  else s.notes.set(key(row, col), { content, authorName: 'user' });
}

/** Set what formula cells show, as Excel would after calculating (the fake does not calculate). */
export function setFormulaValues(
  fake: FakeExcel,
  sheet: string,
  values: Record<string, string | number | boolean | null>,
): void {
  const s = sheetOf(fake, sheet);
  for (const [a1, v] of Object.entries(values)) {
    const { row, col } = parseAddr(a1);
    cellAt(s, row, col).value = v;
  }
}

/** The marks' records as the very hidden _marks sheet holds them (none when it is not there). */
export function marksOf(fake: FakeExcel): MarkRecord[] {
  const s = findSheet(fake.state, MARKS_SHEET);
  if (!s) return [];
  const rows: unknown[][] = [];
  for (const [k, c] of s.cells) {
    const { row, col } = unkey(k);
    (rows[row - 1] ??= [])[col - 1] = c.value;
  }
  return parseRecords(Array.from(rows, (r) => r ?? []));
}
