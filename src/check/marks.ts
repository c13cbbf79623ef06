// One mark style and one mark store for both hosts. A finding's mark is a fill by tier and a note
// whose lines read 【tier】message; what a mark covered (the cell's fill and note before it) is kept
// in the very hidden sheet _marks, so that marks made by `check --annotate` (xlsx host) can be
// cleared in Excel and marks made in Excel can be cleared by the command line. Pure data: each host
// reads and writes the rows as plain text cells.
import type { Mark, Tier } from '../workbook/host';
import { TIER_NAME } from './finding';

/** Fill colours by tier: Excel's own "bad" red, "neutral" amber and a light blue for notes. */
export const TIER_FILL: Record<Tier, string> = { error: '#FFC7CE', verify: '#FFEB9C', note: '#DDEBF7' };

/** Most serious first: the order findings are listed in, and the tier a cell with several keeps. */
export const TIER_ORDER: Tier[] = ['error', 'verify', 'note'];

const RANK: Record<Tier, number> = { error: 3, verify: 2, note: 1 };

export function moreSerious(a: Tier, b: Tier): Tier {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isTier(v: unknown): v is Tier {
  return typeof v === 'string' && v in RANK;
}

/** One line of a mark's note: 【强制性】message. */
export function markLine(m: Pick<Mark, 'tier' | 'message'>): string {
  return `【${TIER_NAME[m.tier]}】${m.message}`;
}

/** The very hidden sheet both hosts keep their marks' records in. */
export const MARKS_SHEET = '_marks';
export const MARKS_HEADER = ['sheet', 'cell', 'tier', 'note', 'fillBefore', 'noteBefore', 'noted'] as const;

/**
 * One marked cell. fillBefore and noteBefore are JSON ("" for none): a fill as ExcelJS models it
 * ({"type":"pattern","pattern":"solid","fgColor":{"argb":"FFFFFF00"}}) and a note as a string or
 * ExcelJS rich text, so that the xlsx host puts back exactly what it saw and the Excel host the
 * colour and text.
 */
export interface MarkRecord {
  sheet: string;
  cell: string;
  tier: Tier;
  /** The note text the add-in wrote (kept even where the Excel has no notes). */
  note: string;
  fillBefore: string;
  noteBefore: string;
  /** Whether a note was written (an Excel before ExcelApi 1.18 keeps the text only here). */
  noted: boolean;
}

export function normalCell(cell: string): string {
  return cell.replace(/\$/g, '').toUpperCase();
}

export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}\u0000${normalCell(cell)}`;
}

/** Marks grouped by cell, in first-seen order. */
export function byCell(marks: Mark[]): Array<{ sheet: string; cell: string; marks: Mark[] }> {
  const out = new Map<string, { sheet: string; cell: string; marks: Mark[] }>();
  for (const m of marks) {
    const k = cellKey(m.sheet, m.cell);
    const g = out.get(k);
    if (g) g.marks.push(m);
    else out.set(k, { sheet: m.sheet, cell: normalCell(m.cell), marks: [m] });
  }
  return [...out.values()];
}

/** A solid fill of this colour ("#RRGGBB") as the store keeps it; "" for none. */
export function fillJson(colour: string | null): string {
  if (!colour) return '';
  return JSON.stringify({
    type: 'pattern',
    pattern: 'solid',
    fgColor: { argb: `FF${colour.replace('#', '').toUpperCase()}` },
  });
}

/** The colour ("#RRGGBB") of a stored fill, or null for none or one the store cannot read. */
export function colourOfFill(json: string): string | null {
  if (!json) return null;
  try {
    const f = JSON.parse(json) as { type?: string; pattern?: string; fgColor?: { argb?: string } };
    const argb = f?.fgColor?.argb;
    if (f?.type !== 'pattern' || f.pattern === 'none' || typeof argb !== 'string') return null;
    return `#${argb.slice(-6).toUpperCase()}`;
  } catch {
    return null;
  }
}

export function noteJson(text: string | null): string {
  return text === null || text === '' ? '' : JSON.stringify(text);
}

/** The plain text of a stored note (a string, or ExcelJS rich text), or null for none. */
export function noteOfJson(json: string): string | null {
  if (!json) return null;
  try {
    const n = JSON.parse(json) as unknown;
    if (typeof n === 'string') return n;
    if (n && typeof n === 'object' && Array.isArray((n as { texts?: unknown }).texts))
      return (n as { texts: Array<{ text?: string }> }).texts.map((t) => t.text ?? '').join('');
    return null;
  } catch {
    return json;
  }
}

/** The _marks sheet's rows: a header, then one row per record, every cell text. */
export function recordRows(records: MarkRecord[]): string[][] {
  return [
    [...MARKS_HEADER],
    ...records.map((r) => [r.sheet, r.cell, r.tier, r.note, r.fillBefore, r.noteBefore, r.noted ? '1' : '0']),
  ];
}

/** Records from the _marks sheet's values (the header row first); rows that cannot be read are left out. */
export function parseRecords(values: ReadonlyArray<ReadonlyArray<unknown>>): MarkRecord[] {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const out: MarkRecord[] = [];
  values.slice(1).forEach((row) => {
    const [sheet, cell, tier, note, fillBefore, noteBefore, noted] = MARKS_HEADER.map((_, i) => text(row[i]));
    if (!sheet || !cell || !isTier(tier)) return;
    out.push({ sheet, cell: normalCell(cell), tier, note, fillBefore, noteBefore, noted: noted !== '0' });
  });
  return out;
}
