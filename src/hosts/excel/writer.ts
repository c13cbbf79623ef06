// A workbook spec as batched Office.js commands. The spec is turned into a list of operations,
// each with an estimated request size; operations are packed into as few syncs as the 5 MB
// limit allows (one for any plan a township or county has). Values and formulas go by 2D
// arrays; a column of formulas that read the same in R1C1 is written once as a broadcast.
import type {
  CellSpec,
  ConditionalFormatSpec,
  FormatSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from '../../workbook/spec';
import { colLetter, parseAddr, parseRange } from '../../workbook/a1';
import { a1ToR1C1 } from './r1c1';
import { jsonBytes, PER_CALL } from './payload';
import type { Feature, Features } from './requirements';

/** What the host knows of the workbook before writing (from a read or an inspect sync). */
export interface SheetInfo {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean | null;
  tables: string[] | null;
  /** Size of the sheet's values and formulas as last read or written (for planning reads), or null. */
  bytes?: number | null;
  /** The same with formulas read as their areas only (ReadRequest formulas: 'presence'). */
  presenceBytes?: number | null;
  rows?: number | null;
  columns?: number | null;
}

export interface Structure {
  sheets: SheetInfo[];
  names: string[];
  calculationMode: string | null;
}

export interface Op {
  bytes: number;
  /** 'prepare' ops run first (sheets exist and are empty before any formula refers to them). */
  phase: 'prepare' | 'content' | 'finish';
  apply(w: Writing): void;
}

/** Per-sync handles: worksheet proxies are fetched once per request. */
export class Writing {
  private sheets = new Map<string, Excel.Worksheet>();
  constructor(
    readonly ctx: Excel.RequestContext,
    private readonly created: Map<string, Excel.Worksheet>,
  ) {}
  sheet(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name) ?? this.created.get(name);
    if (!ws) {
      ws = this.ctx.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }
  add(name: string): Excel.Worksheet {
    const ws = this.ctx.workbook.worksheets.add(name);
    this.created.set(name, ws);
    return ws;
  }
}

/** Longest address given to Worksheet.getRanges at once. */
const MAX_AREAS_ADDRESS = 2000;

type R = { r1: number; c1: number; r2: number; c2: number };

function rectRef(r: R): string {
  const a = `${colLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colLetter(r.c2)}${r.r2}`;
}

/** Rectangles stacked in one column span, or side by side in one row span, become one. */
export function mergeRects(rects: R[]): R[] {
  const v = [...rects].sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2 || a.r1 - b.r1);
  const out: R[] = [];
  for (const r of v) {
    const last = out[out.length - 1];
    if (last && last.c1 === r.c1 && last.c2 === r.c2 && r.r1 <= last.r2 + 1) last.r2 = Math.max(last.r2, r.r2);
    else out.push({ ...r });
  }
  const h = out.sort((a, b) => a.r1 - b.r1 || a.r2 - b.r2 || a.c1 - b.c1);
  const out2: R[] = [];
  for (const r of h) {
    const last = out2[out2.length - 1];
    if (last && last.r1 === r.r1 && last.r2 === r.r2 && r.c1 <= last.c2 + 1) last.c2 = Math.max(last.c2, r.c2);
    else out2.push({ ...r });
  }
  return out2;
}

/** Minimum length of a column run worth a broadcast write. */
const MIN_RUN = 8;
/** Largest 2D write in one command, so that a chunk can always be packed. */
const MAX_OP_BYTES = 1_000_000;

const NUMERIC_LIKE =
  /^[\s\d.,:/%eE+\-\uFF10-\uFF19\uFF0E\uFF0C\uFF05]*[\d\uFF10-\uFF19][\s\d.,:/%eE+\-\uFF10-\uFF19\uFF0E\uFF0C\uFF05]*$/;

/** Text Excel would turn into something else (a formula, number, date, boolean, error) gets a leading apostrophe. */
export function wireText(s: string): string {
  if (s === '') return s;
  if (/^[=+\-@'#]/.test(s) || NUMERIC_LIKE.test(s) || /^\s*(true|false)\s*$/i.test(s)) return `'${s}`;
  return s;
}

function wire(cell: CellSpec): string | number | boolean {
  if (cell.f) return cell.f;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return wireText(v);
  return v;
}

/** Excel's column width unit (characters of the default font) in points, as the API wants. */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  const px = Math.round(chars * 7 + 5);
  return Math.round(px * 0.75 * 100) / 100;
}

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const OPS: Record<NonNullable<ValidationSpec['operator']>, Excel.DataValidationOperator | string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};
const ALERT = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

type Grid = Map<number, Map<number, CellSpec>>;

function gridOf(sheet: SheetSpec): Grid {
  const grid: Grid = new Map();
  for (const r of sheet.ranges) {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) => {
      if (!cells) return;
      cells.forEach((cell, j) => {
        if (cell === undefined || cell === null) return;
        let line = grid.get(row + i);
        if (!line) grid.set(row + i, (line = new Map()));
        line.set(col + j, cell);
      });
    });
  }
  return grid;
}

export class SpecWriter {
  readonly degraded = new Map<Feature, number>();
  constructor(
    private readonly features: Features,
    private readonly structure: Structure,
  ) {}

  private need(f: Feature, count = 1): boolean {
    if (this.features.has(f)) return true;
    this.degraded.set(f, (this.degraded.get(f) ?? 0) + count);
    return false;
  }

  degradedMessages(): string[] {
    return [...this.degraded].map(([f, n]) => this.features.degraded(f, n)).filter((m): m is string => m !== null);
  }

  private info(name: string): SheetInfo | undefined {
    const n = name.toLowerCase();
    return this.structure.sheets.find((s) => s.name.toLowerCase() === n);
  }

  ops(spec: WorkbookSpec): Op[] {
    const ops: Op[] = [];
    for (const sheet of spec.sheets) ops.push(this.prepare(sheet));
    const names = Object.keys(spec.names ?? {});
    const existing = new Set(this.structure.names.map((n) => n.toLowerCase()));
    const drop = names.filter((n) => existing.has(n.toLowerCase()));
    if (drop.length)
      ops.push({
        phase: 'prepare',
        bytes: PER_CALL * drop.length,
        apply: (w) => drop.forEach((n) => w.ctx.workbook.names.getItem(n).delete()),
      });
    for (const sheet of spec.sheets) ops.push(...this.content(sheet));
    spec.sheets.forEach((sheet, i) => ops.push(this.finish(sheet, i)));
    for (const [name, ref] of Object.entries(spec.names ?? {}))
      ops.push({
        phase: 'finish',
        bytes: PER_CALL + jsonBytes([name, ref]),
        apply: (w) => {
          w.ctx.workbook.names.add(name, ref.startsWith('=') ? ref : `=${ref}`);
        },
      });
    return ops;
  }

  /** Create the sheet, or empty it (values, formats, merges, validation, conditional formats, tables). */
  private prepare(sheet: SheetSpec): Op {
    const info = this.info(sheet.name);
    const useDv = this.features.has('validation');
    const useCf = this.features.has('conditionalFormats');
    const useFreeze = this.features.has('freezePanes');
    const useTab = this.features.has('tabColor');
    return {
      phase: 'prepare',
      bytes: PER_CALL * (8 + (info?.tables?.length ?? 0)),
      apply: (w) => {
        if (!info) {
          w.add(sheet.name);
          return;
        }
        const ws = w.sheet(sheet.name);
        // Unknown protection state (no read yet) costs nothing to undo: unprotect is a no-op then.
        if (info.protected !== false && this.features.has('protection')) ws.protection.unprotect();
        for (const t of info.tables ?? []) ws.tables.getItem(t).delete();
        const all = ws.getRange();
        all.clear('All');
        all.unmerge();
        if (useDv) all.dataValidation.clear();
        if (useCf) all.conditionalFormats.clearAll();
        if (useFreeze) ws.freezePanes.unfreeze();
        if (useTab && !sheet.tabColor) ws.tabColor = '';
      },
    };
  }

  private content(sheet: SheetSpec): Op[] {
    const ops: Op[] = [...this.cellOps(sheet)];
    const name = sheet.name;
    ops.push(...this.formatOps(name, sheet.formats));
    if (sheet.merges.length)
      ops.push({
        phase: 'content',
        bytes: PER_CALL * sheet.merges.length,
        apply: (w) => sheet.merges.forEach((m) => w.sheet(name).getRange(m).merge(false)),
      });
    ops.push(...this.sizeOps(sheet));
    if (sheet.validations.length && this.need('validation', sheet.validations.length))
      for (const g of this.grouped(sheet.validations)) ops.push(this.validationOp(name, g.spec, g.address));
    if (sheet.conditionalFormats.length && this.need('conditionalFormats', sheet.conditionalFormats.length)) {
      // A new rule goes on top, so adding from lowest to highest priority leaves them in order.
      const cfs = [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority);
      for (const c of cfs) ops.push(this.cfOp(name, c));
    }
    const links = sheet.hyperlinks ?? [];
    if (links.length && this.need('hyperlinks', links.length))
      ops.push({
        phase: 'content',
        bytes: PER_CALL * links.length + jsonBytes(links),
        apply: (w) =>
          links.forEach((h) => {
            w.sheet(name).getRange(h.ref).hyperlink = { documentReference: h.target, textToDisplay: h.text };
          }),
      });
    for (const t of sheet.tables)
      ops.push({
        phase: 'content',
        bytes: PER_CALL * 3 + jsonBytes(t),
        apply: (w) => {
          const table = w.sheet(name).tables.add(t.ref, true);
          table.name = t.name;
          table.style = t.style;
        },
      });
    if (sheet.print && this.need('pageLayout')) {
      const p = sheet.print;
      ops.push({
        phase: 'content',
        bytes: PER_CALL * 5 + jsonBytes(p),
        apply: (w) => {
          const pl = w.sheet(name).pageLayout;
          pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
          pl.paperSize = 'A4';
          pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
          if (p.titleRows) {
            const [a, b] = p.titleRows.split(':');
            pl.setPrintTitleRows(`$${a.replace(/\$/g, '')}:$${(b ?? a).replace(/\$/g, '')}`);
          }
          if (p.area) pl.setPrintArea(p.area);
        },
      });
    }
    if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) && this.need('freezePanes')) {
      const { rows, columns } = sheet.freeze;
      ops.push({
        phase: 'content',
        bytes: PER_CALL,
        apply: (w) => {
          const fp = w.sheet(name).freezePanes;
          if (rows > 0 && columns > 0) fp.freezeAt(`A1:${colLetter(columns)}${rows}`);
          else if (rows > 0) fp.freezeRows(rows);
          else fp.freezeColumns(columns);
        },
      });
    }
    if (sheet.tabColor && this.need('tabColor')) {
      const c = sheet.tabColor;
      ops.push({ phase: 'content', bytes: PER_CALL, apply: (w) => void (w.sheet(name).tabColor = c) });
    }
    return ops;
  }

  /** Values and formulas: broadcast runs of same-R1C1 formulas, then 2D blocks of the rest. */
  private cellOps(sheet: SheetSpec): Op[] {
    const name = sheet.name;
    const grid = gridOf(sheet);
    const ops: Op[] = [];
    const done = new Set<string>();
    const cols = new Map<number, number[]>();
    for (const [row, line] of grid)
      for (const col of line.keys()) {
        let list = cols.get(col);
        if (!list) cols.set(col, (list = []));
        list.push(row);
      }
    for (const [col, rowsUnsorted] of cols) {
      const rows = rowsUnsorted.sort((a, b) => a - b);
      let i = 0;
      while (i < rows.length) {
        const cell = grid.get(rows[i])!.get(col)!;
        if (!cell.f) {
          i++;
          continue;
        }
        // Formulas that read the same in R1C1 have the same text once digits are left out: a cheap
        // test first, the conversion only for a likely run.
        const shape = cell.f.replace(/\d+/g, '');
        let j = i + 1;
        while (j < rows.length && j - i < MIN_RUN && rows[j] === rows[j - 1] + 1) {
          const next = grid.get(rows[j])!.get(col)!;
          if (!next.f || next.f.replace(/\d+/g, '') !== shape) break;
          j++;
        }
        if (j - i < MIN_RUN) {
          i = j;
          continue;
        }
        const r1c1 = a1ToR1C1(cell.f, rows[i], col);
        j = i + 1;
        while (j < rows.length && rows[j] === rows[j - 1] + 1) {
          const next = grid.get(rows[j])!.get(col)!;
          if (!next.f || a1ToR1C1(next.f, rows[j], col) !== r1c1) break;
          j++;
        }
        if (j - i >= MIN_RUN) {
          const address = `${colLetter(col)}${rows[i]}:${colLetter(col)}${rows[j - 1]}`;
          for (let k = i; k < j; k++) done.add(`${rows[k]}:${col}`);
          ops.push({
            phase: 'content',
            bytes: PER_CALL + jsonBytes(r1c1) + address.length,
            apply: (w) => {
              // A single value set on a range applies to every cell; identical R1C1 is identical meaning.
              w.sheet(name).getRange(address).formulasR1C1 = r1c1 as unknown as Excel.Range['formulasR1C1'];
            },
          });
        }
        i = j;
      }
    }
    // The rest: per row, runs of adjacent columns; equal runs on consecutive rows form a block.
    const segments = new Map<string, number[]>();
    for (const row of [...grid.keys()].sort((a, b) => a - b)) {
      const line = grid.get(row)!;
      const cs = [...line.keys()].filter((c) => !done.has(`${row}:${c}`)).sort((a, b) => a - b);
      let s = 0;
      while (s < cs.length) {
        let e = s;
        while (e + 1 < cs.length && cs[e + 1] === cs[e] + 1) e++;
        const k = `${cs[s]}-${cs[e]}`;
        let list = segments.get(k);
        if (!list) segments.set(k, (list = []));
        list.push(row);
        s = e + 1;
      }
    }
    for (const [k, rows] of segments) {
      const [c1, c2] = k.split('-').map(Number);
      let start = 0;
      while (start < rows.length) {
        let end = start;
        while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
        // Block rows[start..end] x c1..c2, split so that no single command is too large.
        let block: Array<Array<string | number | boolean>> = [];
        let blockRow = rows[start];
        let bytes = 0;
        const flush = () => {
          if (!block.length) return;
          const values = block;
          const address = `${colLetter(c1)}${blockRow}:${colLetter(c2)}${blockRow + values.length - 1}`;
          ops.push({
            phase: 'content',
            bytes: PER_CALL + bytes + address.length,
            apply: (w) => {
              w.sheet(name).getRange(address).formulas = values;
            },
          });
          blockRow += values.length;
          block = [];
          bytes = 0;
        };
        for (let r = rows[start]; r <= rows[end]; r++) {
          const line = grid.get(r)!;
          const values: Array<string | number | boolean> = [];
          for (let c = c1; c <= c2; c++) values.push(wire(line.get(c)!));
          const b = jsonBytes(values);
          if (bytes + b > MAX_OP_BYTES) flush();
          block.push(values);
          bytes += b;
        }
        flush();
        start = end + 1;
      }
    }
    return ops;
  }

  /**
   * Formats: number formats as per-column arrays (one command per column of a sheet), the rest
   * grouped by identical content over several areas at once where Excel allows (ExcelApi 1.9).
   */
  private formatOps(name: string, formats: FormatSpec[]): Op[] {
    const ops: Op[] = [];
    const nf = this.numberFormatOps(name, formats);
    const rest = nf
      ? formats.map((f) => {
          const { numberFormat: _nf, ...other } = f;
          return other as FormatSpec;
        })
      : formats;
    if (nf) ops.push(...nf);
    const meaningful = rest.filter((f) => Object.keys(f).length > 1);
    for (const g of this.grouped(meaningful)) ops.push(this.formatOp(name, g.spec, g.address));
    return ops;
  }

  /** Every cell's final number format, written column by column; null when a ref is too large to model. */
  private numberFormatOps(name: string, formats: FormatSpec[]): Op[] | null {
    const cells = new Map<number, Map<number, string>>(); // col -> row -> format
    let count = 0;
    for (const f of formats) {
      if (f.numberFormat === undefined) continue;
      const r = parseRange(f.ref);
      count += (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
      if (count > 500_000) return null;
      for (let c = r.c1; c <= r.c2; c++) {
        let col = cells.get(c);
        if (!col) cells.set(c, (col = new Map()));
        for (let row = r.r1; row <= r.r2; row++) col.set(row, f.numberFormat);
      }
    }
    const ops: Op[] = [];
    for (const [c, col] of cells) {
      const rows = [...col.keys()].sort((a, b) => a - b);
      let i = 0;
      while (i < rows.length) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
        const list = rows.slice(i, j + 1).map((r) => col.get(r) as string);
        const address = `${colLetter(c)}${rows[i]}:${colLetter(c)}${rows[j]}`;
        const same = list.every((x) => x === list[0]);
        const value = same ? list[0] : list.map((x) => [x]);
        ops.push({
          phase: 'content',
          bytes: PER_CALL + jsonBytes(value) + address.length,
          apply: (w) => {
            w.sheet(name).getRange(address).numberFormat = value as unknown as Excel.Range['numberFormat'];
          },
        });
        i = j + 1;
      }
    }
    return ops;
  }

  /**
   * Specs with the same content (all but ref) applied together, at the place of the first of them,
   * when no spec in between touches their cells (so the order's effect is kept). Addresses are
   * joined for Worksheet.getRanges; without ExcelApi 1.9 every spec goes alone.
   */
  private grouped<T extends { ref: string }>(specs: T[]): Array<{ spec: T; address: string }> {
    if (!this.features.has('rangeAreas')) return specs.map((spec) => ({ spec, address: spec.ref }));
    const rects = specs.map((s) => parseRange(s.ref));
    // Specs by the rows they touch, to find quickly which ones lie between two others.
    const byRow = new Map<number, number[]>();
    const tall: number[] = [];
    rects.forEach((r, k) => {
      if (r.r2 - r.r1 > 200) tall.push(k);
      else
        for (let row = r.r1; row <= r.r2; row++) {
          const list = byRow.get(row);
          if (list) list.push(k);
          else byRow.set(row, [k]);
        }
    });
    const groupOf = new Int32Array(specs.length).fill(-1);
    const groups: Array<{ key: string; first: number; members: number[] }> = [];
    const open = new Map<string, number>();
    const between = (gi: number, j: number): boolean => {
      const g = groups[gi];
      const r = rects[j];
      const hit = (k: number) => {
        if (k <= g.first || k >= j || groupOf[k] === gi) return false;
        const q = rects[k];
        return q.r1 <= r.r2 && r.r1 <= q.r2 && q.c1 <= r.c2 && r.c1 <= q.c2;
      };
      if (tall.some(hit)) return true;
      if (r.r2 - r.r1 > 200) return specs.some((_, k) => hit(k));
      for (let row = r.r1; row <= r.r2; row++) if ((byRow.get(row) ?? []).some(hit)) return true;
      return false;
    };
    specs.forEach((s, j) => {
      const { ref: _ref, ...rest } = s;
      const key = JSON.stringify(rest);
      const gi = open.get(key);
      const g = gi === undefined ? undefined : groups[gi];
      if (g && !between(gi as number, j)) {
        g.members.push(j);
        groupOf[j] = gi as number;
      } else {
        groups.push({ key, first: j, members: [j] });
        groupOf[j] = groups.length - 1;
        open.set(key, groups.length - 1);
      }
    });
    const out: Array<{ spec: T; address: string }> = [];
    for (const g of groups) {
      const refs = mergeRects(g.members.map((m) => rects[m])).map(rectRef);
      let chunk: string[] = [];
      let len = 0;
      for (const ref of refs) {
        if (chunk.length && len + ref.length + 1 > MAX_AREAS_ADDRESS) {
          out.push({ spec: specs[g.first], address: chunk.join(',') });
          chunk = [];
          len = 0;
        }
        chunk.push(ref);
        len += ref.length + 1;
      }
      if (chunk.length) out.push({ spec: specs[g.first], address: chunk.join(',') });
    }
    return out;
  }

  private target(w: Writing, name: string, address: string): Excel.Range | Excel.RangeAreas {
    return address.includes(',') ? w.sheet(name).getRanges(address) : w.sheet(name).getRange(address);
  }

  private formatOp(name: string, f: FormatSpec, address: string): Op {
    const indent = f.indent !== undefined && this.need('indent');
    const calls = Object.keys(f).length + (f.border ? 12 : 0);
    return {
      phase: 'content',
      bytes: PER_CALL * calls + jsonBytes(f) + address.length,
      apply: (w) => {
        const range = this.target(w, name, address);
        if (f.numberFormat !== undefined)
          (range as Excel.Range).numberFormat = f.numberFormat as unknown as Excel.Range['numberFormat'];
        const fmt = range.format;
        if (f.font) {
          const font = fmt.font;
          if (f.font.bold !== undefined) font.bold = f.font.bold;
          if (f.font.italic !== undefined) font.italic = f.font.italic;
          if (f.font.size !== undefined) font.size = f.font.size;
          if (f.font.color !== undefined) font.color = f.font.color;
          if (f.font.name !== undefined) font.name = f.font.name;
        }
        if (f.fill !== undefined) fmt.fill.color = f.fill;
        if (f.horizontal) fmt.horizontalAlignment = H[f.horizontal];
        if (f.vertical) fmt.verticalAlignment = V[f.vertical];
        if (f.wrap !== undefined) fmt.wrapText = f.wrap;
        if (indent) fmt.indentLevel = f.indent as number;
        if (f.border) {
          const areas = address.split(',').map((a) => parseRange(a));
          const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
          if (areas.some((a) => a.r2 > a.r1)) edges.push('InsideHorizontal' as Excel.BorderIndex);
          if (areas.some((a) => a.c2 > a.c1)) edges.push('InsideVertical' as Excel.BorderIndex);
          for (const e of edges) {
            const b = fmt.borders.getItem(e);
            b.style = 'Continuous';
            b.weight = f.border.style === 'medium' ? 'Medium' : 'Thin';
            b.color = f.border.color ?? '#000000';
          }
        }
        if (f.locked !== undefined && this.features.has('protection')) fmt.protection.locked = f.locked;
      },
    };
  }

  private sizeOps(sheet: SheetSpec): Op[] {
    const name = sheet.name;
    const ops: Op[] = [];
    const widths = sheet.columnWidths;
    let i = 0;
    while (i < widths.length) {
      let j = i;
      while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
      const w0 = widths[i];
      if (w0 !== undefined && w0 !== null && w0 > 0) {
        const address = `${colLetter(i + 1)}:${colLetter(j + 1)}`;
        const pts = charsToPoints(w0);
        ops.push({
          phase: 'content',
          bytes: PER_CALL,
          apply: (w) => void (w.sheet(name).getRange(address).format.columnWidth = pts),
        });
      }
      i = j + 1;
    }
    const heights = Object.entries(sheet.rowHeights ?? {})
      .map(([r, h]) => [Number(r), h] as const)
      .sort((a, b) => a[0] - b[0]);
    let k = 0;
    while (k < heights.length) {
      let m = k;
      while (m + 1 < heights.length && heights[m + 1][0] === heights[m][0] + 1 && heights[m + 1][1] === heights[k][1])
        m++;
      const address = `${heights[k][0]}:${heights[m][0]}`;
      const h = heights[k][1];
      ops.push({
        phase: 'content',
        bytes: PER_CALL,
        apply: (w) => void (w.sheet(name).getRange(address).format.rowHeight = h),
      });
      k = m + 1;
    }
    return ops;
  }

  private validationOp(name: string, v: ValidationSpec, address: string): Op {
    const rule: Excel.DataValidationRule = {};
    const basic = (): Excel.BasicDataValidation => ({
      formula1: v.formula1 ?? 0,
      ...(v.formula2 !== undefined ? { formula2: v.formula2 } : {}),
      operator: OPS[v.operator ?? 'between'] as Excel.DataValidationOperator,
    });
    if (v.type === 'decimal') rule.decimal = basic();
    else if (v.type === 'whole') rule.wholeNumber = basic();
    else if (v.type === 'textLength') rule.textLength = basic();
    else if (v.type === 'custom') rule.custom = { formula: String(v.formula1 ?? '') };
    else rule.list = { inCellDropDown: true, source: v.list ? v.list.join(',') : String(v.formula1 ?? '') };
    const errorAlert: Excel.DataValidationErrorAlert = {
      style: ALERT[v.alert] as Excel.DataValidationAlertStyle,
      showAlert: true,
      title: clip(v.errorTitle, 32),
      message: clip(v.error, 225),
    };
    const prompt: Excel.DataValidationPrompt | null =
      v.prompt !== undefined
        ? { showPrompt: true, title: clip(v.promptTitle ?? '', 32), message: clip(v.prompt, 255) }
        : null;
    return {
      phase: 'content',
      bytes: PER_CALL * 4 + jsonBytes([rule, errorAlert, prompt]) + address.length,
      apply: (w) => {
        const dv = this.target(w, name, address).dataValidation;
        dv.rule = rule;
        dv.errorAlert = errorAlert;
        if (prompt) dv.prompt = prompt;
        dv.ignoreBlanks = v.allowBlank;
      },
    };
  }

  private cfOp(name: string, c: ConditionalFormatSpec): Op {
    return {
      phase: 'content',
      bytes: PER_CALL * 6 + jsonBytes(c),
      apply: (w) => {
        const range = w.sheet(name).getRange(c.ref);
        if (c.type === 'expression') {
          const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
          cf.custom.rule.formula = c.formula;
          if (c.fill) cf.custom.format.fill.color = c.fill;
          if (c.fontColor) cf.custom.format.font.color = c.fontColor;
          if (c.stopIfTrue) cf.stopIfTrue = true;
        } else {
          const cf = range.conditionalFormats.add('DataBar' as Excel.ConditionalFormatType);
          cf.dataBar.lowerBoundRule = { type: 'Number', formula: String(c.min) };
          cf.dataBar.upperBoundRule = { type: 'Number', formula: String(c.max) };
          cf.dataBar.positiveFormat.fillColor = c.color;
          cf.dataBar.positiveFormat.gradientFill = false;
        }
      },
    };
  }

  /** Tab order, visibility and protection, after every sheet has its content. */
  private finish(sheet: SheetSpec, index: number): Op {
    const name = sheet.name;
    const protect = sheet.protection !== null && this.need('protection');
    const password =
      protect && sheet.protection!.password !== null
        ? this.need('protectionPassword')
          ? sheet.protection!.password
          : null
        : null;
    return {
      phase: 'finish',
      bytes: PER_CALL * 4,
      apply: (w) => {
        const ws = w.sheet(name);
        ws.position = index;
        if (sheet.visibility !== 'visible' || this.info(name)?.visibility !== 'Visible')
          ws.visibility = (
            sheet.visibility === 'veryHidden' ? 'VeryHidden' : sheet.visibility === 'hidden' ? 'Hidden' : 'Visible'
          ) as Excel.SheetVisibility;
        if (protect) {
          const p = sheet.protection!;
          const options: Excel.WorksheetProtectionOptions = {
            allowFormatColumns: p.allowFormatColumns,
            allowFormatRows: p.allowFormatRows,
            allowSort: p.allowSort,
            allowAutoFilter: p.allowAutoFilter,
          };
          if (password !== null) ws.protection.protect(options, password);
          else ws.protection.protect(options);
        }
      },
    };
  }
}

/** Pack operations into requests under the byte budget, keeping phase order. */
export function packChunks(ops: Op[], budget: number): Op[][] {
  const order = { prepare: 0, content: 1, finish: 2 } as const;
  const sorted = ops.map((op, i) => ({ op, i })).sort((a, b) => order[a.op.phase] - order[b.op.phase] || a.i - b.i);
  const chunks: Op[][] = [];
  let cur: Op[] = [];
  let bytes = 0;
  for (const { op } of sorted) {
    if (cur.length && bytes + op.bytes > budget) {
      chunks.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(op);
    bytes += op.bytes;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}
