// Marks on Office.js: look at the cells a mark will touch (their fill and note, and their sheets'
// protection), then plan the commands: put back what old marks covered where the cell is still as
// the add-in left it, fill and note the new ones, and rewrite the _marks sheet (check/marks.ts).
import type { Message } from '../../plan/message';
import type { Mark } from '../../workbook/host';
import { addr, parseAddr, parseRange } from '../../workbook/a1';
import {
  EDGES,
  MARKS_HEADER,
  MARKS_SHEET,
  TIER_FILL,
  bordersJson,
  bordersOfJson,
  byCell,
  edgeOfExcel,
  excelLine,
  isAnyMarkEdge,
  isMarkEdge,
  markEdge,
  cellKey,
  colourOfFill,
  fillJson,
  markLine,
  moreSerious,
  noteJson,
  noteOfJson,
  recordRows,
  type Edge,
  type EdgeSide,
  type Edges,
  type MarkRecord,
} from '../../check/marks';
import type { Tier } from '../../workbook/host';
import { findSheet, type Knowledge } from './knowledge';
import { jsonBytes, PER_CALL, REQUEST_BUDGET, RESPONSE_BUDGET } from './payload';
import type { Features } from './requirements';
import { MAX_AREAS_ADDRESS, areaAddresses, wireText } from './cells';
import type { Op, SheetInfo } from './writer';

export interface MarkReport {
  marked: number;
  skipped: string[];
  degraded: Message[];
}

type Protection = { protected: boolean; options: Excel.WorksheetProtectionOptions };

/**
 * What marking will need to know, looked at in a read that was told where marks will go
 * (ReadRequest.markSheets): the fills of those sheets' cells, whether they hold notes, the cells of
 * the marks already made, and the protection of every sheet involved. Good for the next mark only.
 */
export interface MarkLook {
  at: number;
  marks: string;
  /** Fill (a colour, or null for none) by cellKey, for every cell looked at. */
  fills: Map<string, string | null>;
  /** Note text (or null for none) by cellKey, where known cell by cell. */
  notes: Map<string, string | null>;
  /** Sheets (lower case) whose every note sits on a cell in `notes`: any other cell has none. */
  noteFree: Set<string>;
  /** Borders by cellKey, where looked at (border marks: an Excel without notes, or old border marks). */
  borders: Map<string, Edges>;
  protections: Map<string, Protection>;
}

/**
 * Response bytes per cell of a fill look, at least: {"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}}
 * and its comma (getCellProperties answers one object per cell).
 */
const LOOK_BYTES_PER_CELL = 60;
/** Response bytes of looking at one marked cell, besides its note's text: the fill, the note's wrapping. */
const LOOK_BYTES_PER_MARK = 200;

/** Request bytes of looking at one marked cell: its range, fill and note, each with its object path. */
const LOOK_REQUEST_PER_MARK = 500;

/** Response bytes of a cell's borders in getCellProperties (eight borders, each style, weight, colour). */
const LOOK_BORDER_BYTES_PER_CELL = 480;
/** Request and response bytes of looking at one cell's four edges, each its own object. */
const BORDER_LOOK_REQUEST = 800;
const BORDER_LOOK_RESPONSE = 300;

const EDGE_INDEX: Record<EdgeSide, string> = {
  top: 'EdgeTop',
  bottom: 'EdgeBottom',
  left: 'EdgeLeft',
  right: 'EdgeRight',
};

/** Queue a look at a cell's four edges (RangeBorder, ExcelApi 1.1). */
function queueEdges(range: Excel.Range): () => Edges {
  const items = EDGES.map((side) => ({
    side,
    b: range.format.borders.getItem(EDGE_INDEX[side] as Excel.BorderIndex).load('style,weight,color'),
  }));
  return () => {
    const out: Edges = {};
    for (const { side, b } of items) {
      const e = edgeOfExcel(b.style, b.weight, b.color);
      if (e) out[side] = e;
    }
    return out;
  };
}

/** A cell's edges from getCellProperties' borders. */
function edgesOfCell(b: Excel.CellBorderCollection | undefined): Edges {
  const out: Edges = {};
  for (const side of EDGES) {
    const x = b?.[side];
    const e = x ? edgeOfExcel(x.style, x.weight, x.color) : null;
    if (e) out[side] = e;
  }
  return out;
}

/** Request bytes the first request of a look spends besides the cells: the basics and sheets' structure. */
const FIRST_REQUEST_RESERVE = 100_000;

/** Columns of one sheet whose cells' fills a read looks at: `count` columns from `col` (0-based). */
export interface LookPiece {
  sheet: SheetInfo;
  col: number;
  count: number;
}

/**
 * Response bytes of what every request that loads the basics carries besides what it asks for:
 * the _marks sheet's records (queueBasics reads them whole).
 */
export function recordsBytes(k: Knowledge): number {
  return k.marks.length ? jsonBytes(recordRows(k.marks)) : 0;
}

/**
 * What a read's first request looks at for marking, in `room` bytes of response: every old mark's
 * cell, then the fills of the sheets marks will most likely go on. With `columns` (most likely
 * first) only those columns are looked at, each on every sheet before the next column; without,
 * whole sheets, the first ones first. Null when not even one piece fits: no look.
 */
export function lookSheets(
  k: Knowledge,
  features: Features,
  markSheets: string[],
  room: number,
  columns: number[] = [],
): { pieces: LookPiece[]; bytes: number } | null {
  const pieces: LookPiece[] = [];
  if (!markSheets.length || !features.has('fillPattern')) return null;
  // Without notes a mark is outlined too: its cell's borders are looked at with its fill.
  const withBorders = !features.has('notes');
  // Each old mark's cell is asked for by address (about 450 bytes of request): past the request
  // budget the read does not look ahead, and marking looks on its own.
  if (k.marks.length * LOOK_REQUEST_PER_MARK > REQUEST_BUDGET) return null;
  // Each old mark's fill and note come back whole: the note's own text is most of it.
  let bytes = k.marks.reduce(
    (n, m) => n + LOOK_BYTES_PER_MARK + jsonBytes(m.note) + (withBorders || m.borderBefore ? BORDER_LOOK_RESPONSE : 0),
    0,
  );
  const sheets: SheetInfo[] = [];
  for (const n of markSheets) {
    const s = findSheet(k, n);
    if (s && s.rows && s.columns && !sheets.includes(s)) sheets.push(s);
  }
  const wanted: LookPiece[] = columns.length
    ? columns.flatMap((c) => sheets.filter((s) => c < s.columns!).map((sheet) => ({ sheet, col: c, count: 1 })))
    : sheets.map((sheet) => ({ sheet, col: 0, count: sheet.columns! }));
  for (const p of wanted) {
    const b = p.sheet.rows! * p.count * (LOOK_BYTES_PER_CELL + (withBorders ? LOOK_BORDER_BYTES_PER_CELL : 0));
    if (bytes + b > room) {
      if (columns.length) continue; // a later sheet's column may be smaller
      break;
    }
    pieces.push(p);
    bytes += b;
  }
  return pieces.length ? { pieces, bytes } : null;
}

/**
 * Queue, with a read, what marking these sheets will need to look at (ExcelApi 1.9 for per-cell
 * fills): the fills of the pieces' cells, their sheets' note counts, the cells of the marks already
 * made, protection.
 */
export function queueMarkLook(
  ctx: Excel.RequestContext,
  k: Knowledge,
  features: Features,
  pieces: LookPiece[],
  now: () => number,
): { marks: string; take: () => MarkLook } | null {
  const notes = features.has('notes');
  const withBorders = !notes;
  const old = k.marks.filter((m) => findSheet(k, m.sheet));
  const sheets = [...new Set(pieces.map((p) => p.sheet.name))];
  const involved = [...new Set([...sheets, ...old.map((m) => findSheet(k, m.sheet)!.name)])];
  if (!involved.length) return null;
  const grids = pieces.map((p) => ({
    name: p.sheet.name,
    col: p.col,
    props: ctx.workbook.worksheets
      .getItem(p.sheet.name)
      .getRangeByIndexes(0, p.col, p.sheet.rows!, p.count)
      .getCellProperties({
        format: {
          fill: { color: true, pattern: true },
          ...(withBorders ? { borders: { color: true, style: true, weight: true } } : {}),
        },
      }),
  }));
  const counts = sheets.map((name) => ({
    name,
    count: notes ? ctx.workbook.worksheets.getItem(name).notes.getCount() : null,
  }));
  const cells = old.map((m) => {
    const ws = ctx.workbook.worksheets.getItem(findSheet(k, m.sheet)!.name);
    return {
      key: cellKey(m.sheet, m.cell),
      sheet: m.sheet.toLowerCase(),
      fill: ws.getRange(m.cell).format.fill.load('color,pattern'),
      note: notes ? ws.notes.getItemOrNullObject(m.cell).load('content') : null,
      edges: withBorders || m.borderBefore ? queueEdges(ws.getRange(m.cell)) : null,
    };
  });
  const protections = features.has('protection')
    ? involved.map((n) => ({ name: n, p: ctx.workbook.worksheets.getItem(n).protection.load('protected,options') }))
    : [];
  const marks = JSON.stringify(k.marks);
  return {
    marks,
    take: () => {
      const look: MarkLook = {
        at: now(),
        marks,
        fills: new Map(),
        notes: new Map(),
        noteFree: new Set(),
        borders: new Map(),
        protections: new Map(
          protections.map((x) => [x.name.toLowerCase(), { protected: x.p.protected, options: x.p.options }]),
        ),
      };
      for (const g of grids) putCells(look, g.name, 0, g.col, g.props.value, withBorders);
      for (const c of cells) {
        look.fills.set(c.key, c.fill.pattern === 'None' || !c.fill.color ? null : c.fill.color.toUpperCase());
        look.notes.set(c.key, c.note && !c.note.isNullObject ? c.note.content : null);
        if (c.edges) look.borders.set(c.key, c.edges());
      }
      for (const g of counts) {
        const own = cells.filter((c) => c.sheet === g.name.toLowerCase() && c.note && !c.note.isNullObject).length;
        // Every note on the sheet is one of the marks' cells: any other cell has none.
        if (g.count === null || g.count.value === own) look.noteFree.add(g.name.toLowerCase());
      }
      return look;
    },
  };
}

/**
 * A look for a pane with nothing stored (no sizes, no marks' places known before the first
 * request): the used cells of the mark columns of one sheet (Range.getUsedRangeOrNullObject,
 * ExcelApi 1.4; getCellProperties, 1.9), its note count and protection, all in the read's first
 * request. It knows no old mark's note: on an Excel with notes it serves only a sheet with no note
 * at all (the first check on a computer, or after the marks were cleared). The look is taken
 * with the records read in the same request, and marking uses it only where it covers every cell.
 */
export function queueColdLook(
  ctx: Excel.RequestContext,
  features: Features,
  markSheets: string[],
  columns: number[],
  now: () => number,
): { take: (k: Knowledge) => MarkLook | null } | null {
  if (!columns.length || !markSheets.length || !features.has('fillPattern')) return null;
  const notes = features.has('notes');
  const withBorders = !notes;
  const sheets = [...new Set(markSheets)].map((name) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.load('name');
    return {
      ws,
      count: notes ? ws.notes.getCount() : null,
      protection: features.has('protection') ? ws.protection.load('protected,options') : null,
    };
  });
  // Each column on every sheet before the next column, as many as COLD_LOOK_PIECES allows (the
  // sizes are not known yet; a response that turns out too large is sent again without the look).
  const pieces = columns
    .flatMap((c) => sheets.map((s) => ({ s, c })))
    .slice(0, withBorders ? COLD_LOOK_PIECES_WITH_BORDERS : COLD_LOOK_PIECES);
  const grids = pieces.map(({ s, c }) => {
    const letter = addr(1, c + 1).replace(/\d+$/, '');
    const used = s.ws.getRange(`${letter}:${letter}`).getUsedRangeOrNullObject(false);
    used.load('rowIndex,columnIndex');
    const props = used.getCellProperties({
      format: {
        fill: { color: true, pattern: true },
        ...(withBorders ? { borders: { color: true, style: true, weight: true } } : {}),
      },
    });
    return { s, used, props };
  });
  return {
    take: (k) => {
      const look: MarkLook = {
        at: now(),
        marks: JSON.stringify(k.marks),
        fills: new Map(),
        notes: new Map(),
        noteFree: new Set(),
        borders: new Map(),
        protections: new Map(),
      };
      for (const { ws, count, protection } of sheets) {
        if (ws.isNullObject) continue;
        const key = ws.name.toLowerCase();
        if (protection) look.protections.set(key, { protected: protection.protected, options: protection.options });
        // No note on the sheet at all: any cell of it has none.
        if (count === null || count.value === 0) look.noteFree.add(key);
      }
      for (const g of grids)
        if (!g.s.ws.isNullObject && !g.used.isNullObject)
          putCells(look, g.s.ws.name, g.used.rowIndex, g.used.columnIndex, g.props.value, withBorders);
      return look;
    },
  };
}

/**
 * Column pieces a look with no sizes known takes: some 60 KB each for a 1,000-row month sheet's
 * fills (about 1.2 MB in all), some 540 KB each with borders.
 */
const COLD_LOOK_PIECES = 20;
const COLD_LOOK_PIECES_WITH_BORDERS = 2;

/** What getCellProperties said of a block of cells (its top-left at 0-based row0, col0), into a look. */
function putCells(
  look: MarkLook,
  sheet: string,
  row0: number,
  col0: number,
  value: Excel.CellProperties[][],
  withBorders: boolean,
): void {
  value.forEach((line, r) =>
    line.forEach((c, j) => {
      const f = c.format?.fill;
      const key = cellKey(sheet, addr(row0 + r + 1, col0 + j + 1));
      look.fills.set(key, f && f.pattern !== 'None' && f.color ? f.color.toUpperCase() : null);
      if (withBorders) look.borders.set(key, edgesOfCell(c.format?.borders));
    }),
  );
}

/** Whether a look taken in a read knows every cell and sheet a mark is about to touch. */
export function covers(
  look: MarkLook,
  cells: Array<{ sheet: string; cell: string }>,
  sheets: string[],
  notes: boolean,
  protection: boolean,
  bordered: Set<string> = new Set(),
): boolean {
  if (protection && !sheets.every((n) => look.protections.has(n.toLowerCase()))) return false;
  return cells.every((c) => {
    const key = cellKey(c.sheet, c.cell);
    return (
      look.fills.has(key) &&
      (!notes || look.notes.has(key) || look.noteFree.has(c.sheet.toLowerCase())) &&
      (!bordered.has(key) || look.borders.has(key))
    );
  });
}

/** The cells as marking found them: fill and note by cellKey, and the protected sheets involved. */
export interface CellsNow {
  fillOf(key: string): string | null;
  noteOf(key: string): string | null;
  /** The cell's edges (none where not looked at: only cells in `bordered` are). */
  bordersOf(key: string): Edges;
  locked: Array<{ name: string; options: Excel.WorksheetProtectionOptions }>;
}

export function cellsFromLook(look: MarkLook, involved: string[], notes: boolean): CellsNow {
  return {
    fillOf: (key) => look.fills.get(key) ?? null,
    noteOf: (key) => (notes ? (look.notes.get(key) ?? null) : null),
    bordersOf: (key) => look.borders.get(key) ?? {},
    locked: involved
      .map((n) => ({ name: n, p: look.protections.get(n.toLowerCase()) }))
      .filter((x) => x.p?.protected)
      .map((x) => ({ name: x.name, options: x.p!.options })),
  };
}

/**
 * The cells marking must look at, cut into pieces that each fit one request and one response
 * (about 500 request bytes a cell, and its fill and note back): past some 7,000 cells one request
 * would pass the payload budget. `noteOf` gives the note text a cell is known to hold (old marks');
 * `reserve` is what the first request's response carries besides (the _marks records).
 */
export function cellLookChunks<C extends { sheet: string; cell: string }>(
  cells: C[],
  noteOf: (c: C) => string = () => '',
  reserve = 0,
  bordered: Set<string> = new Set(),
): C[][] {
  const chunks: C[][] = [];
  let chunk: C[] = [];
  let request = FIRST_REQUEST_RESERVE;
  let response = reserve;
  const seen = new Set<string>();
  for (const c of cells) {
    const key = cellKey(c.sheet, c.cell);
    if (seen.has(key)) continue;
    seen.add(key);
    const edges = bordered.has(key);
    const back = LOOK_BYTES_PER_MARK + jsonBytes(noteOf(c)) + (edges ? BORDER_LOOK_RESPONSE : 0);
    const ask = LOOK_REQUEST_PER_MARK + (edges ? BORDER_LOOK_REQUEST : 0);
    if (chunk.length && (request + ask > REQUEST_BUDGET || response + back > RESPONSE_BUDGET)) {
      chunks.push(chunk);
      chunk = [];
      request = 0;
      response = 0;
    }
    chunk.push(c);
    request += ask;
    response += back;
  }
  if (chunk.length || !chunks.length) chunks.push(chunk);
  return chunks;
}

/**
 * Queue a look at these cells (fill and note now) and the protection of the `involved` sheets; the
 * answers go into `into` (one map across the requests of a look cut into pieces).
 */
export function queueCellLook(
  ctx: Excel.RequestContext,
  features: Features,
  cells: Array<{ sheet: string; cell: string }>,
  involved: string[],
  sheetName: (s: string) => string,
  into: CellLook = new Map(),
  bordered: Set<string> = new Set(),
): () => CellsNow {
  const notes = features.has('notes');
  const pattern = features.has('fillPattern');
  for (const c of cells) {
    const key = cellKey(c.sheet, c.cell);
    if (into.has(key)) continue;
    const ws = ctx.workbook.worksheets.getItem(sheetName(c.sheet));
    const fill = ws.getRange(c.cell).format.fill.load(pattern ? 'color,pattern' : 'color');
    const note = notes ? ws.notes.getItemOrNullObject(c.cell).load('content') : null;
    const edges = bordered.has(key) ? queueEdges(ws.getRange(c.cell)) : null;
    into.set(key, { fill, note, edges });
  }
  const protections = features.has('protection')
    ? involved.map((n) => ({ name: n, p: ctx.workbook.worksheets.getItem(n).protection.load('protected,options') }))
    : [];
  return () => ({
    fillOf: (key) => {
      const f = into.get(key)!.fill;
      if (pattern && f.pattern === 'None') return null;
      const c = f.color;
      if (!pattern && c === '#FFFFFF') return null; // before ExcelApi 1.9 white and no fill look alike
      return c ? c.toUpperCase() : null;
    },
    noteOf: (key) => {
      const n = into.get(key)?.note;
      return n && !n.isNullObject ? n.content : null;
    },
    bordersOf: (key) => into.get(key)?.edges?.() ?? {},
    locked: protections.filter((x) => x.p.protected).map((x) => ({ name: x.name, options: x.p.options })),
  });
}

/** The proxies of a look at cells, by cellKey. */
export type CellLook = Map<string, { fill: Excel.RangeFill; note: Excel.Note | null; edges: (() => Edges) | null }>;

/**
 * The cells a change of marks touches: the new marks', and (unless adding) the old marks'; and
 * those whose borders marking must know (`bordered`): the new marks' where marks are outlined
 * (`outline`, an Excel without notes), and old marks that were outlined.
 */
export function markTargets(k: Knowledge, mode: 'add' | 'clear' | 'replace', marks: Mark[], outline = false) {
  const sheetName = (s: string) => findSheet(k, s)?.name;
  const all = byCell(marks);
  const groups = all.filter((g) => sheetName(g.sheet));
  const skipped = all.filter((g) => !sheetName(g.sheet)).map((g) => `${g.sheet}!${g.cell}`);
  const old = k.marks.filter((m) => sheetName(m.sheet));
  const cells = [...groups.map((g) => ({ sheet: g.sheet, cell: g.cell })), ...(mode === 'add' ? [] : old)];
  const involved = [...new Set(cells.map((c) => sheetName(c.sheet)!))];
  const bordered = new Set([
    ...(outline ? groups.map((g) => cellKey(g.sheet, g.cell)) : []),
    ...(mode === 'add' ? [] : old.filter((m) => m.borderBefore).map((m) => cellKey(m.sheet, m.cell))),
  ]);
  return { groups, skipped, old, cells, involved, bordered, sheetName: (s: string) => sheetName(s)! };
}

/** Unprotect the locked sheets first and protect them again, with their own options, last. */
function protectionOps(locked: CellsNow['locked']): Op[] {
  if (!locked.length) return [];
  return [
    {
      phase: 'prepare',
      bytes: 300 * locked.length,
      ungroupable: true,
      apply: (w) => locked.forEach((x) => w.sheet(x.name).protection.unprotect()),
    },
    {
      phase: 'finish',
      bytes: 600 * locked.length,
      ungroupable: true,
      apply: (w) => locked.forEach((x) => w.sheet(x.name).protection.protect(x.options)),
    },
  ];
}

/**
 * The fills marking sets (a colour, or null to clear), gathered by sheet and colour: with ExcelApi
 * 1.9 each colour goes on all its cells of a sheet at once (Worksheet.getRanges), not a command and
 * an object path per cell (thousands of marks would otherwise not fit one request).
 */
class Fills {
  private readonly bySheet = new Map<string, Map<string | null, string[]>>();
  add(sheet: string, cell: string, colour: string | null): void {
    const s = this.bySheet.get(sheet) ?? new Map<string | null, string[]>();
    this.bySheet.set(sheet, s);
    const cells = s.get(colour);
    if (cells) cells.push(cell);
    else s.set(colour, [cell]);
  }
  ops(together: boolean): Op[] {
    const ops: Op[] = [];
    const set = (fill: Excel.RangeFill, colour: string | null) => (colour ? (fill.color = colour) : fill.clear());
    for (const [sheet, colours] of this.bySheet)
      for (const [colour, cells] of colours) {
        if (!together) {
          ops.push({
            phase: 'prepare',
            bytes: PER_CALL * cells.length,
            apply: (w) => cells.forEach((c) => set(w.sheet(sheet).getRange(c).format.fill, colour)),
          });
          continue;
        }
        for (const address of areaAddresses(cells.map((c) => parseRange(c))))
          ops.push({
            phase: 'prepare',
            bytes: PER_CALL + address.length,
            apply: (w) => set(w.sheet(sheet).getRanges(address).format.fill, colour),
          });
      }
    return ops;
  }
}

/**
 * Outlines marking draws, gathered by sheet and tier: each cell its own area (an edge of a
 * several-cell area would be its outside only), at most MAX_AREAS_ADDRESS characters a command.
 */
class Outlines {
  private readonly bySheet = new Map<string, Map<Tier, string[]>>();
  add(sheet: string, cell: string, tier: Tier): void {
    const s = this.bySheet.get(sheet) ?? new Map<Tier, string[]>();
    this.bySheet.set(sheet, s);
    s.set(tier, [...(s.get(tier) ?? []), cell]);
  }
  ops(together: boolean): Op[] {
    const ops: Op[] = [];
    for (const [sheet, tiers] of this.bySheet)
      for (const [tier, cells] of tiers) {
        const e = markEdge(tier);
        const lists = together ? addressLists(cells) : cells;
        for (const address of lists)
          ops.push({
            phase: 'prepare',
            bytes: PER_CALL * 4 + address.length,
            apply: (w) => {
              const ws = w.sheet(sheet);
              setEdges(
                together ? ws.getRanges(address).format.borders : ws.getRange(address).format.borders,
                EDGES.map((side) => [side, e]),
              );
            },
          });
      }
    return ops;
  }
}

/** Cells as comma-separated lists of at most MAX_AREAS_ADDRESS characters (Worksheet.getRanges). */
function addressLists(cells: string[]): string[] {
  const out: string[] = [];
  let cur = '';
  for (const c of cells) {
    if (cur && cur.length + c.length + 1 > MAX_AREAS_ADDRESS) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

/** Set edges of a range (or areas) to these lines, or no line. */
function setEdges(borders: Excel.RangeBorderCollection, sides: Array<[EdgeSide, Edge | undefined]>): void {
  for (const [side, e] of sides) {
    const b = borders.getItem(EDGE_INDEX[side] as Excel.BorderIndex);
    if (!e) {
      b.style = 'None' as Excel.BorderLineStyle;
      continue;
    }
    const line = excelLine(e);
    b.style = line.style as Excel.BorderLineStyle;
    b.weight = line.weight as Excel.BorderWeight;
    b.color = e.color;
  }
}

/**
 * Put back an old border mark's edges that are still the add-in's (a user's edge stays); null
 * when the mark drew none or none is left. Runs before any new outline is drawn, so a neighbour
 * marked now keeps its edge where Excel shares it.
 */
function unOutlineOp(m: MarkRecord, sheet: string, now: CellsNow): Op | null {
  const before = bordersOfJson(m.borderBefore);
  if (!before) return null;
  const edges = now.bordersOf(cellKey(m.sheet, m.cell));
  const sides = EDGES.filter((side) => isMarkEdge(edges[side], m.tier)).map((side): [EdgeSide, Edge | undefined] => [
    side,
    before[side],
  ]);
  if (!sides.length) return null;
  return {
    phase: 'prepare',
    bytes: PER_CALL * (1 + sides.length),
    apply: (w) => setEdges(w.sheet(sheet).getRange(m.cell).format.borders, sides),
  };
}

const ACROSS: Record<EdgeSide, { dr: number; dc: number; side: EdgeSide }> = {
  top: { dr: -1, dc: 0, side: 'bottom' },
  bottom: { dr: 1, dc: 0, side: 'top' },
  left: { dr: 0, dc: -1, side: 'right' },
  right: { dr: 0, dc: 1, side: 'left' },
};

/**
 * A cell's borders before its outline: what it shows now, except where an edge is still an old
 * outline (its own earlier mark's, or a neighbour's where Excel shares the edge): there, what that
 * mark recorded as before.
 */
function bordersBefore(
  sheet: string,
  cell: string,
  edges: Edges,
  was: MarkRecord | undefined,
  recordOf: (key: string) => MarkRecord | undefined,
): string {
  const own = was ? bordersOfJson(was.borderBefore) : null;
  const { row, col } = parseAddr(cell);
  const out: Edges = {};
  for (const side of EDGES) {
    let e = edges[side];
    if (own && was && isMarkEdge(e, was.tier)) e = own[side];
    else if (isAnyMarkEdge(e)) {
      const a = ACROSS[side];
      const r = row + a.dr;
      const c = col + a.dc;
      const n = r >= 1 && c >= 1 ? recordOf(cellKey(sheet, addr(r, c))) : undefined;
      const theirs = n ? bordersOfJson(n.borderBefore) : null;
      if (n && theirs && isMarkEdge(e, n.tier)) e = theirs[a.side];
    }
    if (e) out[side] = e;
  }
  return bordersJson(out);
}

/** Undo an old mark where the cell is still as the add-in left it (its fill gathered in `fills`). */
function undoOps(m: MarkRecord, sheet: string, now: CellsNow, fills: Fills): Op[] {
  const key = cellKey(m.sheet, m.cell);
  const fillOurs = now.fillOf(key) === TIER_FILL[m.tier];
  const noteOurs = m.noted && now.noteOf(key) === m.note;
  if (fillOurs) fills.add(sheet, m.cell, colourOfFill(m.fillBefore));
  const ops: Op[] = [];
  const outline = unOutlineOp(m, sheet, now);
  if (outline) ops.push(outline);
  if (!noteOurs) return ops;
  const prevNote = noteOfJson(m.noteBefore);
  ops.push({
    phase: 'prepare',
    bytes: PER_CALL + jsonBytes(prevNote ?? ''),
    apply: (w) => {
      const ws = w.sheet(sheet);
      if (prevNote !== null) ws.notes.getItem(m.cell).content = prevNote;
      else ws.notes.getItem(m.cell).delete();
    },
  });
  return ops;
}

/** The commands that change the marks, the records the _marks sheet will hold, and the report. */
export function planMarks(
  k: Knowledge,
  features: Features,
  mode: 'add' | 'clear' | 'replace',
  marks: Mark[],
  now: CellsNow,
): { ops: Op[]; records: MarkRecord[]; report: MarkReport } {
  const notes = features.has('notes');
  // Without notes, a conditional format that holds hides the fill: the mark is outlined too.
  const outline = !notes;
  const { groups, skipped, old, sheetName } = markTargets(k, mode, marks, outline);
  const ops: Op[] = protectionOps(now.locked);
  const fills = new Fills();
  const outlines = new Outlines();
  const entries = new Map<string, MarkRecord>();
  const oldBy = new Map(old.map((m) => [cellKey(m.sheet, m.cell), m]));
  const allBy = new Map(k.marks.map((m) => [cellKey(m.sheet, m.cell), m]));
  const newKeys = new Set(groups.map((g) => cellKey(g.sheet, g.cell)));
  if (mode === 'add') for (const m of k.marks) entries.set(cellKey(m.sheet, m.cell), { ...m });
  else
    for (const m of old) {
      if (newKeys.has(cellKey(m.sheet, m.cell))) {
        // Marked again below, from what it had before; an outline not drawn again is put back.
        const op = outline ? null : unOutlineOp(m, sheetName(m.sheet), now);
        if (op) ops.push(op);
        continue;
      }
      ops.push(...undoOps(m, sheetName(m.sheet), now, fills));
    }
  for (const g of groups) {
    const key = cellKey(g.sheet, g.cell);
    const was = mode === 'add' ? entries.get(key) : oldBy.get(key);
    const lines = g.marks.map(markLine);
    const tier = g.marks.reduce((t, m) => moreSerious(t, m.tier), was && mode === 'add' ? was.tier : g.marks[0].tier);
    const sheet = sheetName(g.sheet);
    let entry: MarkRecord;
    if (was && mode === 'add')
      entry = {
        ...was,
        tier,
        note: [was.note, ...lines].join('\n'),
        noted: notes,
        borderBefore:
          was.borderBefore || !outline
            ? was.borderBefore
            : bordersBefore(sheet, g.cell, now.bordersOf(key), undefined, (x) => allBy.get(x)),
      };
    else {
      const fillOurs = !!was && now.fillOf(key) === TIER_FILL[was.tier];
      const noteOurs = !!was && was.noted && now.noteOf(key) === was.note;
      entry = {
        sheet,
        cell: g.cell,
        tier,
        note: lines.join('\n'),
        fillBefore: fillOurs ? was!.fillBefore : fillJson(now.fillOf(key)),
        noteBefore: noteOurs ? was!.noteBefore : noteJson(now.noteOf(key)),
        noted: notes,
        borderBefore: outline ? bordersBefore(sheet, g.cell, now.bordersOf(key), was, (x) => allBy.get(x)) : '',
      };
    }
    const hasNote = mode === 'add' && was ? was.noted || noteOfJson(was.noteBefore) !== null : now.noteOf(key) !== null;
    entries.set(key, entry);
    const e = entry;
    fills.add(e.sheet, e.cell, TIER_FILL[e.tier]);
    if (outline) outlines.add(e.sheet, e.cell, e.tier);
    if (notes)
      ops.push({
        phase: 'prepare',
        bytes: PER_CALL + jsonBytes(e.note),
        apply: (w) => {
          const ws = w.sheet(e.sheet);
          if (hasNote) ws.notes.getItem(e.cell).content = e.note;
          else ws.notes.add(e.cell, e.note);
        },
      });
  }
  ops.push(...fills.ops(features.has('rangeAreas')));
  ops.push(...outlines.ops(features.has('rangeAreas')));
  const records = mode === 'clear' ? [] : [...entries.values()];
  const degraded: Message[] = [];
  if (!notes && groups.length) {
    const d = features.degraded('notes', groups.length);
    if (d) degraded.push(d);
  }
  return { ops, records, report: { marked: groups.length, skipped, degraded } };
}

/**
 * Rewrite the _marks sheet with these records (as text, through the template's text path), create
 * it very hidden, or delete it when no mark is left. Null when nothing changes.
 */
export function storeOps(k: Knowledge, records: MarkRecord[]): Op[] {
  const exists = !!findSheet(k, MARKS_SHEET);
  if (!records.length)
    return exists
      ? [{ phase: 'prepare', bytes: PER_CALL, ungroupable: true, apply: (w) => w.sheet(MARKS_SHEET).delete() }]
      : [];
  const rows = recordRows(records).map((r) => r.map(wireText));
  const address = `A1:${String.fromCharCode(64 + MARKS_HEADER.length)}${rows.length}`;
  return [
    {
      phase: 'prepare',
      bytes: PER_CALL * 3 + jsonBytes(rows),
      ungroupable: !exists,
      apply: (w) => {
        const ws = exists ? w.sheet(MARKS_SHEET) : w.add(MARKS_SHEET);
        if (exists) ws.getRange().clear('Contents');
        else ws.visibility = 'VeryHidden' as Excel.SheetVisibility;
        ws.getRange(address).values = rows;
      },
    },
  ];
}

/** The knowledge after the _marks sheet was rewritten. */
export function afterStore(k: Knowledge, records: MarkRecord[]): void {
  k.marks = records;
  const i = k.sheets.findIndex((s) => s.name.toLowerCase() === MARKS_SHEET);
  if (!records.length && i >= 0) k.sheets.splice(i, 1);
  if (records.length && i < 0)
    k.sheets.push({ name: MARKS_SHEET, visibility: 'VeryHidden', protected: false, tables: [] });
}
