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
export const MARKS_HEADER = [
  'sheet',
  'cell',
  'tier',
  'note',
  'fillBefore',
  'noteBefore',
  'noted',
  'borderBefore',
] as const;

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
  /**
   * The cell's borders before a border mark, as ExcelJS models them ({"top":{"style":"thin",
   * "color":{"argb":"FF000000"}},…}, "{}" for none); "" when no border mark was drawn (records
   * written before border marks existed read so too).
   */
  borderBefore: string;
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
    ...records.map((r) => [
      r.sheet,
      r.cell,
      r.tier,
      r.note,
      r.fillBefore,
      r.noteBefore,
      r.noted ? '1' : '0',
      r.borderBefore,
    ]),
  ];
}

/** Records from the _marks sheet's values (the header row first); rows that cannot be read are left out. */
export function parseRecords(values: ReadonlyArray<ReadonlyArray<unknown>>): MarkRecord[] {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const out: MarkRecord[] = [];
  values.slice(1).forEach((row) => {
    const [sheet, cell, tier, note, fillBefore, noteBefore, noted, borderBefore] = MARKS_HEADER.map((_, i) =>
      text(row[i]),
    );
    if (!sheet || !cell || !isTier(tier)) return;
    out.push({ sheet, cell: normalCell(cell), tier, note, fillBefore, noteBefore, noted: noted !== '0', borderBefore });
  });
  return out;
}

// ------------------------------------------------------------------ border marks
// Where an Excel has no notes (before ExcelApi 1.18), a conditional format that holds on a cell
// hides the mark's fill (a rule's format wins over the cell's own); the template's rules set fill
// and font colour only, never a border, so such a mark is also outlined in the tier's colour.

export const EDGES = ['top', 'bottom', 'left', 'right'] as const;
export type EdgeSide = (typeof EDGES)[number];

/** One edge of a cell as the store keeps it: ExcelJS's style name and a colour "#RRGGBB". */
export interface Edge {
  style: string;
  color: string;
}
export type Edges = Partial<Record<EdgeSide, Edge>>;

/** Outline colours by tier: strong versions of the fills, readable on the fills and on white. */
export const TIER_BORDER: Record<Tier, string> = { error: '#C00000', verify: '#BF8F00', note: '#2F75B5' };

/** The edge a border mark draws on each side of its cell. */
export function markEdge(tier: Tier): Edge {
  return { style: 'medium', color: TIER_BORDER[tier] };
}

export function isMarkEdge(e: Edge | undefined, tier: Tier): boolean {
  return !!e && e.style === 'medium' && e.color.toUpperCase() === TIER_BORDER[tier];
}

/** Whether an edge looks like any tier's border mark (a neighbour's, where Excel shares the edge). */
export function isAnyMarkEdge(e: Edge | undefined): boolean {
  return (Object.keys(TIER_BORDER) as Tier[]).some((t) => isMarkEdge(e, t));
}

/** Borders as the store keeps them (ExcelJS's border model). */
export function bordersJson(edges: Edges): string {
  const out: Record<string, { style: string; color: { argb: string } }> = {};
  for (const side of EDGES) {
    const e = edges[side];
    if (e) out[side] = { style: e.style, color: { argb: `FF${e.color.replace('#', '').toUpperCase()}` } };
  }
  return JSON.stringify(out);
}

/** The edges of stored borders; null when no border mark was drawn (""). */
export function bordersOfJson(json: string): Edges | null {
  if (!json) return null;
  const out: Edges = {};
  try {
    const b = JSON.parse(json) as Record<string, { style?: string; color?: { argb?: string } } | undefined>;
    for (const side of EDGES) {
      const e = b?.[side];
      if (e && typeof e.style === 'string')
        out[side] = { style: e.style, color: `#${(e.color?.argb ?? 'FF000000').slice(-6).toUpperCase()}` };
    }
  } catch {
    return {};
  }
  return out;
}

/**
 * Excel's line (style and weight, as Learn's RangeBorder and CellBorder pages list them) for each of
 * ExcelJS's border styles, and back: one table for both hosts.
 */
const LINES: Array<[string, string, string]> = [
  ['hair', 'Continuous', 'Hairline'],
  ['thin', 'Continuous', 'Thin'],
  ['medium', 'Continuous', 'Medium'],
  ['thick', 'Continuous', 'Thick'],
  ['dashed', 'Dash', 'Thin'],
  ['mediumDashed', 'Dash', 'Medium'],
  ['dashDot', 'DashDot', 'Thin'],
  ['mediumDashDot', 'DashDot', 'Medium'],
  ['dashDotDot', 'DashDotDot', 'Thin'],
  ['mediumDashDotDot', 'DashDotDot', 'Medium'],
  ['dotted', 'Dot', 'Thin'],
  ['double', 'Double', 'Thick'],
  ['slantDashDot', 'SlantDashDot', 'Medium'],
];

/** An edge from Excel's style, weight and colour; null for no line ("None"). */
export function edgeOfExcel(
  style: string | null | undefined,
  weight: string | null | undefined,
  color: string | null | undefined,
): Edge | null {
  if (!style || style === 'None') return null;
  const w = weight ?? 'Thin';
  const line = LINES.find((l) => l[1] === style && l[2] === w) ?? LINES.find((l) => l[1] === style) ?? LINES[1];
  return { style: line[0], color: (color ?? '#000000').toUpperCase() };
}

/** Excel's style and weight for an edge. */
export function excelLine(e: Edge): { style: string; weight: string } {
  const line = LINES.find((l) => l[0] === e.style) ?? LINES[1];
  return { style: line[1], weight: line[2] };
}
