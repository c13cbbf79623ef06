// Finding marks: a fill by tier and a note on the cell, as the xlsx host makes them. What a mark
// replaced (the cell's fill and note) is kept in a registry in the workbook's settings, so
// clearing puts back exactly what was there and touches nothing the add-in did not mark.
import type { Mark, Tier } from '../../workbook/host';

export const REGISTRY_KEY = 'indicatorTemplates.findingMarks';

export const TIER_FILL: Record<Tier, string> = { error: '#FFC7CE', verify: '#FFEB9C', note: '#DDEBF7' };
export const TIER_LABEL: Record<Tier, string> = { error: '强制性', verify: '核实性', note: '提示性' };
const RANK: Record<Tier, number> = { note: 1, verify: 2, error: 3 };

export interface MarkEntry {
  sheet: string;
  cell: string;
  tier: Tier;
  /** The note text the add-in wrote (kept even where notes are not supported). */
  text: string;
  /** Fill before the first mark: a colour, or null for none. */
  prevFill: string | null;
  /** Note before the first mark, or null for none. */
  prevNote: string | null;
  /** Whether a note was written (Excel without notes keeps the text only here). */
  noted: boolean;
}

export interface Registry {
  version: 1;
  marks: MarkEntry[];
}

export function emptyRegistry(): Registry {
  return { version: 1, marks: [] };
}

export function parseRegistry(value: unknown): Registry {
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return emptyRegistry();
    }
  }
  const o = v as Partial<Registry> | null;
  if (!o || o.version !== 1 || !Array.isArray(o.marks)) return emptyRegistry();
  return {
    version: 1,
    marks: o.marks.filter(
      (m): m is MarkEntry =>
        !!m &&
        typeof m.sheet === 'string' &&
        typeof m.cell === 'string' &&
        typeof m.text === 'string' &&
        (m.tier as string) in RANK,
    ),
  };
}

export function moreSerious(a: Tier, b: Tier): Tier {
  return RANK[a] >= RANK[b] ? a : b;
}

export function markLine(m: Mark): string {
  return `【${TIER_LABEL[m.tier]}】${m.message}`;
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
