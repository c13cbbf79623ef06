// Marks on Office.js: look at the cells a mark will touch (their fill and note, and their sheets'
// protection), then plan the commands: put back what old marks covered where the cell is still as
// the add-in left it, fill and note the new ones, and rewrite the _marks sheet (check/marks.ts).
import type { Message } from '../../plan/message';
import type { Mark } from '../../workbook/host';
import { addr, parseRange } from '../../workbook/a1';
import {
  MARKS_SHEET,
  TIER_FILL,
  byCell,
  cellKey,
  colourOfFill,
  fillJson,
  markLine,
  moreSerious,
  noteJson,
  noteOfJson,
  recordRows,
  type MarkRecord,
} from '../../check/marks';
import { findSheet, type Knowledge } from './knowledge';
import { jsonBytes, PER_CALL, REQUEST_BUDGET, RESPONSE_BUDGET } from './payload';
import type { Features } from './requirements';
import { areaAddresses, wireText } from './cells';
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
  // Each old mark's cell is asked for by address (about 450 bytes of request): past the request
  // budget the read does not look ahead, and marking looks on its own.
  if (k.marks.length * LOOK_REQUEST_PER_MARK > REQUEST_BUDGET) return null;
  // Each old mark's fill and note come back whole: the note's own text is most of it.
  let bytes = k.marks.reduce((n, m) => n + LOOK_BYTES_PER_MARK + jsonBytes(m.note), 0);
  const sheets: SheetInfo[] = [];
  for (const n of markSheets) {
    const s = findSheet(k, n);
    if (s && s.rows && s.columns && !sheets.includes(s)) sheets.push(s);
  }
  const wanted: LookPiece[] = columns.length
    ? columns.flatMap((c) => sheets.filter((s) => c < s.columns!).map((sheet) => ({ sheet, col: c, count: 1 })))
    : sheets.map((sheet) => ({ sheet, col: 0, count: sheet.columns! }));
  for (const p of wanted) {
    const b = p.sheet.rows! * p.count * LOOK_BYTES_PER_CELL;
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
      .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
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
        protections: new Map(
          protections.map((x) => [x.name.toLowerCase(), { protected: x.p.protected, options: x.p.options }]),
        ),
      };
      for (const g of grids)
        g.props.value.forEach((line, r) =>
          line.forEach((c, j) => {
            const f = c.format?.fill;
            look.fills.set(
              cellKey(g.name, addr(r + 1, g.col + j + 1)),
              f && f.pattern !== 'None' && f.color ? f.color.toUpperCase() : null,
            );
          }),
        );
      for (const c of cells) {
        look.fills.set(c.key, c.fill.pattern === 'None' || !c.fill.color ? null : c.fill.color.toUpperCase());
        look.notes.set(c.key, c.note && !c.note.isNullObject ? c.note.content : null);
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

/** Whether a look taken in a read knows every cell and sheet a mark is about to touch. */
export function covers(
  look: MarkLook,
  cells: Array<{ sheet: string; cell: string }>,
  sheets: string[],
  notes: boolean,
  protection: boolean,
): boolean {
  if (protection && !sheets.every((n) => look.protections.has(n.toLowerCase()))) return false;
  return cells.every((c) => {
    const key = cellKey(c.sheet, c.cell);
    return look.fills.has(key) && (!notes || look.notes.has(key) || look.noteFree.has(c.sheet.toLowerCase()));
  });
}

/** The cells as marking found them: fill and note by cellKey, and the protected sheets involved. */
export interface CellsNow {
  fillOf(key: string): string | null;
  noteOf(key: string): string | null;
  locked: Array<{ name: string; options: Excel.WorksheetProtectionOptions }>;
}

export function cellsFromLook(look: MarkLook, involved: string[], notes: boolean): CellsNow {
  return {
    fillOf: (key) => look.fills.get(key) ?? null,
    noteOf: (key) => (notes ? (look.notes.get(key) ?? null) : null),
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
    const back = LOOK_BYTES_PER_MARK + jsonBytes(noteOf(c));
    if (chunk.length && (request + LOOK_REQUEST_PER_MARK > REQUEST_BUDGET || response + back > RESPONSE_BUDGET)) {
      chunks.push(chunk);
      chunk = [];
      request = 0;
      response = 0;
    }
    chunk.push(c);
    request += LOOK_REQUEST_PER_MARK;
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
): () => CellsNow {
  const notes = features.has('notes');
  const pattern = features.has('fillPattern');
  for (const c of cells) {
    const key = cellKey(c.sheet, c.cell);
    if (into.has(key)) continue;
    const ws = ctx.workbook.worksheets.getItem(sheetName(c.sheet));
    const fill = ws.getRange(c.cell).format.fill.load(pattern ? 'color,pattern' : 'color');
    const note = notes ? ws.notes.getItemOrNullObject(c.cell).load('content') : null;
    into.set(key, { fill, note });
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
    locked: protections.filter((x) => x.p.protected).map((x) => ({ name: x.name, options: x.p.options })),
  });
}

/** The proxies of a look at cells, by cellKey. */
export type CellLook = Map<string, { fill: Excel.RangeFill; note: Excel.Note | null }>;

/** The cells a change of marks touches: the new marks', and (unless adding) the old marks'. */
export function markTargets(k: Knowledge, mode: 'add' | 'clear' | 'replace', marks: Mark[]) {
  const sheetName = (s: string) => findSheet(k, s)?.name;
  const all = byCell(marks);
  const groups = all.filter((g) => sheetName(g.sheet));
  const skipped = all.filter((g) => !sheetName(g.sheet)).map((g) => `${g.sheet}!${g.cell}`);
  const old = k.marks.filter((m) => sheetName(m.sheet));
  const cells = [...groups.map((g) => ({ sheet: g.sheet, cell: g.cell })), ...(mode === 'add' ? [] : old)];
  const involved = [...new Set(cells.map((c) => sheetName(c.sheet)!))];
  return { groups, skipped, old, cells, involved, sheetName: (s: string) => sheetName(s)! };
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

/** Undo an old mark where the cell is still as the add-in left it (its fill gathered in `fills`). */
function undoOp(m: MarkRecord, sheet: string, now: CellsNow, fills: Fills): Op | null {
  const key = cellKey(m.sheet, m.cell);
  const fillOurs = now.fillOf(key) === TIER_FILL[m.tier];
  const noteOurs = m.noted && now.noteOf(key) === m.note;
  if (fillOurs) fills.add(sheet, m.cell, colourOfFill(m.fillBefore));
  if (!noteOurs) return null;
  const prevNote = noteOfJson(m.noteBefore);
  return {
    phase: 'prepare',
    bytes: PER_CALL + jsonBytes(prevNote ?? ''),
    apply: (w) => {
      const ws = w.sheet(sheet);
      if (prevNote !== null) ws.notes.getItem(m.cell).content = prevNote;
      else ws.notes.getItem(m.cell).delete();
    },
  };
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
  const { groups, skipped, old, sheetName } = markTargets(k, mode, marks);
  const ops: Op[] = protectionOps(now.locked);
  const fills = new Fills();
  const entries = new Map<string, MarkRecord>();
  const oldBy = new Map(old.map((m) => [cellKey(m.sheet, m.cell), m]));
  const newKeys = new Set(groups.map((g) => cellKey(g.sheet, g.cell)));
  if (mode === 'add') for (const m of k.marks) entries.set(cellKey(m.sheet, m.cell), { ...m });
  else
    for (const m of old) {
      if (newKeys.has(cellKey(m.sheet, m.cell))) continue; // marked again below, from what it had before
      const op = undoOp(m, sheetName(m.sheet), now, fills);
      if (op) ops.push(op);
    }
  for (const g of groups) {
    const key = cellKey(g.sheet, g.cell);
    const was = mode === 'add' ? entries.get(key) : oldBy.get(key);
    const lines = g.marks.map(markLine);
    const tier = g.marks.reduce((t, m) => moreSerious(t, m.tier), was && mode === 'add' ? was.tier : g.marks[0].tier);
    let entry: MarkRecord;
    if (was && mode === 'add') entry = { ...was, tier, note: [was.note, ...lines].join('\n'), noted: notes };
    else {
      const fillOurs = !!was && now.fillOf(key) === TIER_FILL[was.tier];
      const noteOurs = !!was && was.noted && now.noteOf(key) === was.note;
      entry = {
        sheet: sheetName(g.sheet),
        cell: g.cell,
        tier,
        note: lines.join('\n'),
        fillBefore: fillOurs ? was!.fillBefore : fillJson(now.fillOf(key)),
        noteBefore: noteOurs ? was!.noteBefore : noteJson(now.noteOf(key)),
        noted: notes,
      };
    }
    const hasNote = mode === 'add' && was ? was.noted || noteOfJson(was.noteBefore) !== null : now.noteOf(key) !== null;
    entries.set(key, entry);
    const e = entry;
    fills.add(e.sheet, e.cell, TIER_FILL[e.tier]);
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
  const address = `A1:G${rows.length}`;
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
