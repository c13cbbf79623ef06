// Range-level proxies of the fake: range, format (font, fill, borders, protection), data
// validation, conditional formats. Cell state is real: what a test reads back is what was written.
import { clientResult, FakeContext, FakeObject, jsonBytes } from './context';
import { FakeOfficeError, FakeNotModelled, invalidArgument, itemNotFound } from './errors';
import { r1c1ToA1 } from './r1c1';
import {
  cellAt,
  cellCount,
  coerce,
  contains,
  everyCell,
  existingCells,
  intersects,
  key,
  parseRect,
  rectAddress,
  sheetPrefix,
  subtract,
  unkey,
  usedRect,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type CellState,
  type CfRule,
  type EdgeState,
  type Rect,
  type SheetState,
} from './state';
import type { FakeWorksheet } from './worksheet';

interface Target {
  sheet: SheetState;
  rect: Rect;
}

/** The cells a format or validation proxy acts on: one rect (Range) or several (RangeAreas). */
export interface Areas {
  sheet: SheetState;
  rects: Rect[];
}

export interface CellsOwner {
  areas(): Areas;
  guardAreas(what: 'contents' | 'formats' | 'columns' | 'rows'): Areas;
}

function* cellsOf(a: Areas, what: string): Generator<[number, number, CellState]> {
  for (const rect of a.rects) yield* everyCell(a.sheet, rect, what);
}

function* existingOf(a: Areas): Generator<[number, number, CellState]> {
  for (const rect of a.rects) yield* existingCells(a.sheet, rect);
}

function uniformAreas<T>(a: Areas, f: (c: CellState | undefined) => T): T | null {
  let first = true;
  let v: T | null = null;
  for (const rect of a.rects) {
    const u = uniform({ sheet: a.sheet, rect }, f);
    if (first) {
      v = u;
      first = false;
    } else if (u !== v) return null;
  }
  return v;
}

type RangeMembers =
  | 'address'
  | 'values'
  | 'formulas'
  | 'formulasR1C1'
  | 'numberFormat'
  | 'rowIndex'
  | 'columnIndex'
  | 'rowCount'
  | 'columnCount'
  | 'cellCount'
  | 'hyperlink'
  | 'format'
  | 'dataValidation'
  | 'conditionalFormats'
  | 'getCell'
  | 'getUsedRangeOrNullObject'
  | 'merge'
  | 'unmerge'
  | 'clear'
  | 'select'
  | 'getSpecialCellsOrNullObject'
  | 'getCellProperties'
  | 'setCellProperties'
  | 'columnHidden';

function grid<T>(t: Target, f: (c: CellState | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let row = t.rect.r1; row <= t.rect.r2; row++) {
    const line: T[] = [];
    for (let col = t.rect.c1; col <= t.rect.c2; col++) line.push(f(t.sheet.cells.get(key(row, col)), row, col));
    out.push(line);
  }
  return out;
}

/** One value for every cell of the rect (a scalar broadcast), or a 2D array of exactly its shape. */
function shaped(input: unknown, rect: Rect, where: string): (i: number, j: number) => unknown {
  const rows = rect.r2 - rect.r1 + 1;
  const cols = rect.c2 - rect.c1 + 1;
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols))
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}x${cols}).`,
      where,
    );
  return (i, j) => (input as unknown[][])[i][j];
}

/** A hyperlink on a cell; its text to display becomes the cell's value. */
function link(cell: CellState, h: Excel.RangeHyperlink): void {
  cell.hyperlink = { ...h };
  if (h.textToDisplay !== undefined) {
    cell.value = h.textToDisplay;
    cell.formula = null;
  }
}

function uniform<T>(t: Target, f: (c: CellState | undefined) => T): T | null {
  let first = true;
  let v: T | null = null;
  for (let row = t.rect.r1; row <= t.rect.r2; row++)
    for (let col = t.rect.c1; col <= t.rect.c2; col++) {
      const x = f(t.sheet.cells.get(key(row, col)));
      if (first) {
        v = x;
        first = false;
      } else if (x !== v) return null;
    }
  return v;
}

/** The one width (or height) of the areas' columns (rows), or null where they differ, as Excel reads it. */
function sameSize(a: Areas, axis: 'column' | 'row'): number | null {
  const column = axis === 'column';
  const [sizes, dflt] = column
    ? [a.sheet.columnWidths, DEFAULT_COLUMN_WIDTH]
    : [a.sheet.rowHeights, DEFAULT_ROW_HEIGHT];
  const spans = a.rects.map((r) => (column ? [r.c1, r.c2] : [r.r1, r.r2]));
  const first = sizes.get(spans[0][0]) ?? dflt;
  for (const [lo, hi] of spans) for (let i = lo; i <= hi; i++) if ((sizes.get(i) ?? dflt) !== first) return null;
  return first;
}

/** A fake type that belongs to one CellsOwner (its `range`). */
export abstract class FakeRangePart extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly range: CellsOwner,
  ) {
    super(ctx);
  }
}

export class FakeRange extends FakeObject implements Pick<Excel.Range, RangeMembers>, CellsOwner {
  protected readonly typeName = 'Range';
  readonly ws: FakeWorksheet;
  private readonly rectResolver: () => Rect | null;
  private resolved?: Rect | null;
  private _format?: FakeRangeFormat;
  private _dv?: FakeDataValidation;
  private _cfs?: FakeConditionalFormatCollection;

  constructor(ctx: FakeContext, ws: FakeWorksheet, rectResolver: () => Rect | null, orNull = false) {
    super(ctx);
    this.ws = ws;
    this.rectResolver = rectResolver;
    this.canBeNull = orNull;
    if (orNull) this.probe();
  }

  private rectOrNull(): Rect | null {
    if (this.resolved === undefined) this.resolved = this.rectResolver();
    return this.resolved;
  }
  protected exists() {
    return this.ws.sheetOrNull() !== null && this.rectOrNull() !== null;
  }
  target(): Target {
    const sheet = this.ws.sheet();
    const rect = this.rectOrNull();
    if (!rect) throw itemNotFound('range (null object)', 'Range');
    return { sheet, rect };
  }
  /** Refuse a change to locked cells of a protected sheet, as Excel does. */
  guard(what: 'contents' | 'formats' | 'columns' | 'rows'): Target {
    const t = this.target();
    const p = t.sheet.protection;
    if (!p.protected) return t;
    const allowed =
      (what === 'formats' && p.options.allowFormatCells === true) ||
      (what === 'columns' && p.options.allowFormatColumns === true) ||
      (what === 'rows' && p.options.allowFormatRows === true);
    if (allowed) return t;
    if (what === 'contents') {
      const lockedCell = grid(t, (c) => c?.locked !== false).some((r) => r.some(Boolean));
      if (!lockedCell) return t;
    }
    throw new FakeOfficeError(
      'AccessDenied',
      `The cell or chart you're trying to change is on a protected sheet (${t.sheet.name}).`,
      'Range',
    );
  }
  areas(): Areas {
    const t = this.target();
    return { sheet: t.sheet, rects: [t.rect] };
  }
  guardAreas(what: 'contents' | 'formats' | 'columns' | 'rows'): Areas {
    const t = this.guard(what);
    return { sheet: t.sheet, rects: [t.rect] };
  }
  private readable(): Target {
    const t = this.target();
    if (cellCount(t.rect) > this.ctx.fake.options.cellLimit)
      throw new FakeOfficeError(
        'RangeExceedsLimit',
        'The number of cells in the range has exceeded the maximum supported number.',
        'Range',
      );
    return t;
  }

  protected scalars() {
    return {
      address: () => {
        const t = this.target();
        return sheetPrefix(t.sheet.name) + rectAddress(t.rect);
      },
      values: () => grid(this.readable(), (c) => (c?.value ?? '') as unknown),
      formulas: () => grid(this.readable(), (c) => (c?.formula ?? c?.value ?? '') as unknown),
      numberFormat: () => grid(this.readable(), (c) => c?.numberFormat ?? 'General'),
      rowIndex: () => this.target().rect.r1 - 1,
      columnIndex: () => this.target().rect.c1 - 1,
      rowCount: () => this.target().rect.r2 - this.target().rect.r1 + 1,
      columnCount: () => this.target().rect.c2 - this.target().rect.c1 + 1,
      cellCount: () => cellCount(this.target().rect),
      hyperlink: () => {
        const t = this.target();
        const h = t.sheet.cells.get(key(t.rect.r1, t.rect.c1))?.hyperlink;
        return h ? { ...h } : null;
      },
    };
  }
  protected navigation(): Record<string, () => FakeObject> {
    return { format: () => this.formatProxy() };
  }

  declare readonly address: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;

  /** The write of values, formulas or formulasR1C1 at sync time. */
  writeCells(prop: string, input: unknown, r1c1: boolean): void {
    const t = this.guard('contents');
    const at = shaped(input, t.rect, `Range.${prop}`);
    if (!Array.isArray(input) && cellCount(t.rect) > 2_000_000)
      throw new FakeNotModelled(`a broadcast to ${rectAddress(t.rect)}`);
    for (let row = t.rect.r1; row <= t.rect.r2; row++)
      for (let col = t.rect.c1; col <= t.rect.c2; col++) {
        let raw = at(row - t.rect.r1, col - t.rect.c1);
        if (raw === null || raw === undefined) continue; // null leaves the cell as it is
        if (r1c1 && typeof raw === 'string' && raw.startsWith('=')) raw = r1c1ToA1(raw, row, col);
        const v = coerce(raw, `Range.${prop}`);
        const cell = cellAt(t.sheet, row, col);
        cell.value = v.value;
        cell.formula = v.formula;
        if (v.quotePrefix) cell.quotePrefix = true;
        else delete cell.quotePrefix;
      }
  }

  declare values: Excel.Range['values'];
  declare formulas: Excel.Range['formulas'];
  declare formulasR1C1: Excel.Range['formulasR1C1'];
  declare numberFormat: Excel.Range['numberFormat'];
  declare columnHidden: boolean;
  declare hyperlink: Excel.RangeHyperlink;

  private formatProxy() {
    return (this._format ??= new FakeRangeFormat(this.ctx, this));
  }
  get format(): Excel.RangeFormat {
    return this.formatProxy() as unknown as Excel.RangeFormat;
  }
  get dataValidation(): Excel.DataValidation {
    this.ctx.requireApi('Range.dataValidation', '1.8');
    return (this._dv ??= new FakeDataValidation(this.ctx, this)) as unknown as Excel.DataValidation;
  }
  get conditionalFormats(): Excel.ConditionalFormatCollection {
    this.ctx.requireApi('Range.conditionalFormats', '1.6');
    return (this._cfs ??= new FakeConditionalFormatCollection(
      this.ctx,
      this,
    )) as unknown as Excel.ConditionalFormatCollection;
  }

  /** Per-cell properties; the fake models the fill (color, pattern), what marks look at. */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    this.ctx.requireApi('Range.getCellProperties', '1.9');
    const { format, ...rest } = options;
    const { fill, borders, ...otherFormat } = format ?? {};
    const wanted = ((fill as unknown) === true ? { color: true, pattern: true } : (fill ?? {})) as Record<
      string,
      unknown
    >;
    const extra = Object.keys(wanted).filter((k) => k !== 'color' && k !== 'pattern');
    const edgeProps = ['color', 'style', 'weight'];
    const badBorders =
      borders !== undefined &&
      (typeof borders !== 'object' || Object.keys(borders).some((k) => !edgeProps.includes(k)));
    if (Object.keys(rest).length || Object.keys(otherFormat).length || extra.length || !fill || badBorders)
      throw new FakeNotModelled(`Range.getCellProperties(${JSON.stringify(options)})`);
    // Borders come back for every side Excel lists (CellBorderCollection), each with what was asked.
    const sides = ['top', 'bottom', 'left', 'right', 'horizontal', 'vertical', 'diagonalDown', 'diagonalUp'] as const;
    const border = (e: EdgeState | undefined): Excel.CellBorder => {
      const b: Excel.CellBorder = {};
      const w = borders as Record<string, unknown>;
      if (w.style) b.style = (e?.style ?? 'None') as Excel.CellBorder['style'];
      if (w.weight) b.weight = (e?.weight ?? 'Thin') as Excel.CellBorder['weight'];
      if (w.color) b.color = e?.color ?? '#000000';
      return b;
    };
    return clientResult(this.ctx, this, 'Range.getCellProperties(...)', () => {
      const value = grid(this.readable(), (c) => {
        const f: Excel.CellPropertiesFill = {};
        if ('color' in wanted) f.color = c?.fill ?? '#FFFFFF'; // unfilled reads as white, pattern None
        if ('pattern' in wanted) f.pattern = c?.fill ? 'Solid' : 'None';
        if (!borders) return { format: { fill: f } } as Excel.CellProperties;
        const b: Record<string, Excel.CellBorder> = {};
        for (const side of sides)
          b[side] = border(
            side === 'top' || side === 'bottom' || side === 'left' || side === 'right' ? c?.borders?.[side] : undefined,
          );
        return { format: { fill: f, borders: b } } as Excel.CellProperties;
      });
      return { value, bytes: jsonBytes(value) };
    });
  }

  /**
   * Per-cell properties set in one call (ExcelApi 1.9), a 2D array of the range's shape; the fake
   * models hyperlinks (as Range.hyperlink sets them); a cell given {} is left as it is.
   */
  setCellProperties(data: Excel.SettableCellProperties[][]): void {
    this.ctx.requireApi('Range.setCellProperties', '1.9');
    const other = data.flat().flatMap((c) => Object.keys(c ?? {}).filter((k) => k !== 'hyperlink'));
    if (other.length) throw new FakeNotModelled(`Range.setCellProperties(${other[0]})`);
    this.call('setCellProperties', [data], () => {
      const t = this.guard('contents');
      const at = shaped(data, t.rect, 'Range.setCellProperties');
      for (let i = 0; i <= t.rect.r2 - t.rect.r1; i++)
        for (let j = 0; j <= t.rect.c2 - t.rect.c1; j++) {
          const h = (at(i, j) as Excel.SettableCellProperties | undefined)?.hyperlink;
          if (!h) continue;
          link(cellAt(t.sheet, t.rect.r1 + i, t.rect.c1 + j), h);
        }
    });
  }

  /** Cells with formulas (the only type the fake models), as Excel groups them: runs along a row,
   * rows with the same runs joined into one rectangle; a null object when there are none. */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): Excel.RangeAreas {
    this.ctx.requireApi('Range.getSpecialCellsOrNullObject', '1.9');
    if (cellType !== 'Formulas' || (cellValueType !== undefined && cellValueType !== 'All'))
      throw new FakeNotModelled(`Range.getSpecialCellsOrNullObject(${cellType}, ${String(cellValueType)})`);
    return new FakeRangeAreas(this.ctx, this.ws, () => {
      const t = this.target(); // Excel looks only at cells in use, even on a whole sheet
      const onProtected = this.ctx.fake.options.specialCellsOnProtected;
      if (t.sheet.protection.protected && onProtected === 'null') return null;
      if (t.sheet.protection.protected && onProtected === 'throws')
        throw new FakeOfficeError(
          'InvalidOperation',
          'Special cells cannot be found on a protected sheet.',
          'Range.getSpecialCells',
        );
      const rows = new Map<number, number[]>();
      for (const [row, col, c] of existingCells(t.sheet, t.rect))
        if (c.formula !== null) rows.set(row, [...(rows.get(row) ?? []), col]);
      const rects: Rect[] = [];
      let open: Rect[] = [];
      for (const row of [...rows.keys()].sort((a, b) => a - b)) {
        const cols = rows.get(row)!.sort((a, b) => a - b);
        const runs: Array<[number, number]> = [];
        for (const c of cols) {
          const last = runs[runs.length - 1];
          if (last && last[1] === c - 1) last[1] = c;
          else runs.push([c, c]);
        }
        const same =
          open.length === runs.length &&
          open.every((r, i) => r.r2 === row - 1 && r.c1 === runs[i][0] && r.c2 === runs[i][1]);
        if (same) open.forEach((r) => (r.r2 = row));
        else {
          rects.push(...open);
          open = runs.map(([c1, c2]) => ({ r1: row, c1, r2: row, c2 }));
        }
      }
      rects.push(...open);
      return rects.length ? rects : null;
    }) as unknown as Excel.RangeAreas;
  }

  getCell(row: number, column: number): Excel.Range {
    return new FakeRange(this.ctx, this.ws, () => {
      const r = this.target().rect;
      const rr = r.r1 + row;
      const cc = r.c1 + column;
      return { r1: rr, c1: cc, r2: rr, c2: cc };
    }) as unknown as Excel.Range;
  }

  /**
   * The used cells within this range (ExcelApi 1.4: "Returns the used range of the given range
   * object. If there are no used cells within the range, then this method returns an object with
   * its isNullObject property set to true"); a null object too where this range is one.
   */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    this.ctx.requireApi('Range.getUsedRangeOrNullObject', '1.4');
    return new FakeRange(
      this.ctx,
      this.ws,
      () => {
        if (!this.exists()) return null;
        const r = this.target().rect;
        const sheet = this.ws.sheet();
        const within = [...sheet.cells].filter(([k]) => {
          const { row, col } = unkey(k);
          return contains(r, { r1: row, c1: col, r2: row, c2: col });
        });
        return usedRect({ ...sheet, cells: new Map(within) }, valuesOnly === true);
      },
      true,
    ) as unknown as Excel.Range;
  }

  merge(across?: boolean): void {
    this.ctx.requireApi('Range.merge', '1.2');
    this.call('merge', [across], () => {
      const t = this.guard('formats');
      const areas: Rect[] = across
        ? Array.from({ length: t.rect.r2 - t.rect.r1 + 1 }, (_, i) => ({
            ...t.rect,
            r1: t.rect.r1 + i,
            r2: t.rect.r1 + i,
          }))
        : [t.rect];
      for (const a of areas) {
        if (cellCount(a) < 2) continue;
        for (const m of t.sheet.merges)
          if (intersects(m, a) && !contains(a, m))
            throw new FakeOfficeError(
              'MergedRangeConflict',
              `Cannot merge ${rectAddress(a)} across ${rectAddress(m)}.`,
              'Range.merge',
            );
        t.sheet.merges = t.sheet.merges.filter((m) => !contains(a, m));
        t.sheet.merges.push(a);
        // Merging keeps the top-left value only.
        for (const [row, col, cell] of existingCells(t.sheet, a))
          if (row !== a.r1 || col !== a.c1) {
            cell.value = null;
            cell.formula = null;
          }
      }
    });
  }
  unmerge(): void {
    this.ctx.requireApi('Range.unmerge', '1.2');
    this.call('unmerge', [], () => {
      const t = this.guard('formats');
      t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.rect));
    });
  }
  clear(applyTo?: Excel.ClearApplyTo | 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks'): void {
    const what = String(applyTo ?? 'All');
    this.call('clear', [what], () => {
      const t = this.guard(what === 'Contents' ? 'contents' : 'formats');
      for (const [row, col, cell] of [...existingCells(t.sheet, t.rect)]) {
        if (what === 'All' || what === 'Contents') {
          cell.value = null;
          cell.formula = null;
          delete cell.quotePrefix;
        }
        if (what === 'All' || what === 'Formats') {
          for (const k of [
            'numberFormat',
            'font',
            'fill',
            'horizontal',
            'vertical',
            'wrap',
            'indent',
            'borders',
            'locked',
          ] as const)
            delete cell[k];
        }
        if (what === 'All' || what === 'Hyperlinks' || what === 'RemoveHyperlinks') delete cell.hyperlink;
        if (what === 'All') t.sheet.notes.delete(key(row, col));
        // Data validation is not part of a clear (Range.dataValidation.clear() removes it).
        if (what === 'All' && cell.dv === undefined) t.sheet.cells.delete(key(row, col));
      }
    });
  }
  select(): void {
    this.call(
      'select',
      [],
      () => {
        const t = this.target();
        const wb = this.ctx.fake.state;
        if (t.sheet.visibility !== 'Visible')
          throw new FakeOfficeError('InvalidSelection', `The worksheet "${t.sheet.name}" is hidden.`, 'Range.select');
        if (wb.activeSheetId !== t.sheet.id)
          throw new FakeOfficeError('InvalidSelection', 'The range is not on the active worksheet.', 'Range.select');
        wb.selection = { sheetId: t.sheet.id, rect: t.rect };
      },
      true,
    );
  }
}
FakeObject.properties(FakeRange, {
  address: null,
  rowIndex: null,
  columnIndex: null,
  rowCount: null,
  columnCount: null,
  cellCount: null,
  values: {
    run(v: Excel.Range['values']) {
      this.writeCells('values', v, false);
    },
  },
  formulas: {
    run(v: Excel.Range['formulas']) {
      this.writeCells('formulas', v, false);
    },
  },
  formulasR1C1: {
    api: ['Range.formulasR1C1', '1.2'],
    run(v: Excel.Range['formulasR1C1']) {
      this.writeCells('formulasR1C1', v, true);
    },
  },
  numberFormat: {
    run(v: Excel.Range['numberFormat']) {
      const t = this.guard('formats');
      const at = shaped(v, t.rect, 'Range.numberFormat');
      for (const [row, col, cell] of everyCell(t.sheet, t.rect, 'Range.numberFormat')) {
        const f = at(row - t.rect.r1, col - t.rect.c1);
        if (f === null || f === undefined) continue;
        if (typeof f !== 'string') throw invalidArgument('a number format is a string', 'Range.numberFormat');
        cell.numberFormat = f;
      }
    },
  },
  columnHidden: {
    api: ['Range.columnHidden', '1.2'],
    run(v: boolean) {
      const t = this.guard('columns');
      const hidden = (t.sheet.hiddenColumns ??= new Set());
      for (let c = t.rect.c1; c <= t.rect.c2; c++) {
        if (v) hidden.add(c);
        else hidden.delete(c);
      }
    },
  },
  hyperlink: {
    api: ['Range.hyperlink', '1.7'],
    run(h: Excel.RangeHyperlink) {
      const t = this.guard('contents');
      for (const [, , cell] of everyCell(t.sheet, t.rect, 'Range.hyperlink')) link(cell, h);
    },
  },
});

type FormatMembers =
  | 'font'
  | 'fill'
  | 'borders'
  | 'protection'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrapText'
  | 'indentLevel'
  | 'columnWidth'
  | 'rowHeight';

export class FakeRangeFormat extends FakeRangePart implements Pick<Excel.RangeFormat, FormatMembers> {
  protected readonly typeName = 'RangeFormat';
  private _font?: FakeRangeFont;
  private _fill?: FakeRangeFill;
  private _borders?: FakeRangeBorderCollection;
  private _protection?: FakeFormatProtection;
  protected scalars() {
    const t = () => this.range.areas();
    return {
      horizontalAlignment: () => uniformAreas(t(), (c) => c?.horizontal ?? 'General'),
      verticalAlignment: () => uniformAreas(t(), (c) => c?.vertical ?? 'Bottom'),
      wrapText: () => uniformAreas(t(), (c) => c?.wrap ?? false),
      indentLevel: () => uniformAreas(t(), (c) => c?.indent ?? 0),
      columnWidth: () => sameSize(t(), 'column'),
      rowHeight: () => sameSize(t(), 'row'),
    };
  }
  protected navigation(): Record<string, () => FakeObject> {
    return { fill: () => this.fillProxy(), font: () => this.fontProxy(), protection: () => this.protectionProxy() };
  }
  private fillProxy() {
    return (this._fill ??= new FakeRangeFill(this.ctx, this.range));
  }
  private fontProxy() {
    return (this._font ??= new FakeRangeFont(this.ctx, this.range));
  }
  private protectionProxy() {
    return (this._protection ??= new FakeFormatProtection(this.ctx, this.range));
  }
  get font(): Excel.RangeFont {
    return this.fontProxy() as unknown as Excel.RangeFont;
  }
  get fill(): Excel.RangeFill {
    return this.fillProxy() as unknown as Excel.RangeFill;
  }
  get borders(): Excel.RangeBorderCollection {
    return (this._borders ??= new FakeRangeBorderCollection(
      this.ctx,
      this.range,
    )) as unknown as Excel.RangeBorderCollection;
  }
  get protection(): Excel.FormatProtection {
    this.ctx.requireApi('RangeFormat.protection', '1.2');
    return this.protectionProxy() as unknown as Excel.FormatProtection;
  }
  setEach(prop: string, apply: (c: CellState) => void) {
    const a = this.range.guardAreas('formats');
    for (const [, , cell] of cellsOf(a, `RangeFormat.${prop}`)) apply(cell);
  }
  declare horizontalAlignment: Excel.RangeFormat['horizontalAlignment'];
  declare verticalAlignment: Excel.RangeFormat['verticalAlignment'];
  declare wrapText: boolean;
  declare indentLevel: number;
  declare columnWidth: number;
  declare rowHeight: number;
}
FakeObject.properties(FakeRangeFormat, {
  horizontalAlignment: {
    run(v: Excel.RangeFormat['horizontalAlignment']) {
      this.setEach('horizontalAlignment', (c) => (c.horizontal = String(v)));
    },
  },
  verticalAlignment: {
    run(v: Excel.RangeFormat['verticalAlignment']) {
      this.setEach('verticalAlignment', (c) => (c.vertical = String(v)));
    },
  },
  wrapText: {
    run(v: boolean) {
      this.setEach('wrapText', (c) => (c.wrap = v));
    },
  },
  indentLevel: {
    api: ['RangeFormat.indentLevel', '1.9'],
    run(v: number) {
      if (!Number.isInteger(v) || v < 0 || v > 250) throw invalidArgument(`indent ${v}`, 'RangeFormat.indentLevel');
      this.setEach('indentLevel', (c) => (c.indent = v));
    },
  },
  columnWidth: {
    api: ['RangeFormat.columnWidth', '1.2'],
    run(v: number) {
      const a = this.range.guardAreas('columns');
      if (!(v >= 0 && v <= 1800)) throw invalidArgument(`column width ${v}`, 'RangeFormat.columnWidth');
      for (const rect of a.rects) for (let c = rect.c1; c <= rect.c2; c++) a.sheet.columnWidths.set(c, v);
    },
  },
  rowHeight: {
    api: ['RangeFormat.rowHeight', '1.2'],
    run(v: number) {
      const a = this.range.guardAreas('rows');
      if (!(v >= 0 && v <= 409)) throw invalidArgument(`row height ${v}`, 'RangeFormat.rowHeight');
      for (const rect of a.rects) {
        if (rect.r2 - rect.r1 > 100_000) throw new FakeNotModelled('row heights on more than 100,000 rows');
        for (let r = rect.r1; r <= rect.r2; r++) a.sheet.rowHeights.set(r, v);
      }
    },
  },
});

const COLOR = /^#[0-9A-Fa-f]{6}$/;
function colour(v: string, where: string): string {
  if (!COLOR.test(v)) throw invalidArgument(`colour "${v}" (the fake takes #RRGGBB)`, where);
  return v.toUpperCase();
}

export class FakeRangeFont
  extends FakeRangePart
  implements Pick<Excel.RangeFont, 'bold' | 'italic' | 'size' | 'color' | 'name'>
{
  protected readonly typeName = 'RangeFont';
  protected scalars() {
    const t = () => this.range.areas();
    return {
      bold: () => uniformAreas(t(), (c) => c?.font?.bold ?? false),
      italic: () => uniformAreas(t(), (c) => c?.font?.italic ?? false),
      size: () => uniformAreas(t(), (c) => c?.font?.size ?? 11),
      color: () => uniformAreas(t(), (c) => c?.font?.color ?? '#000000'),
      name: () => uniformAreas(t(), (c) => c?.font?.name ?? 'Calibri'),
    };
  }
  setFont(prop: (typeof FONT)[number], v: unknown) {
    const a = this.range.guardAreas('formats');
    const val = prop === 'color' ? colour(String(v), 'RangeFont.color') : v;
    for (const [, , cell] of cellsOf(a, `RangeFont.${prop}`)) cell.font = { ...(cell.font ?? {}), [prop]: val };
  }
  declare bold: boolean;
  declare italic: boolean;
  declare size: number;
  declare color: string;
  declare name: string;
}
const FONT = ['bold', 'italic', 'size', 'color', 'name'] as const;
FakeObject.properties(
  FakeRangeFont,
  Object.fromEntries(
    FONT.map((p) => [
      p,
      {
        run(this: FakeRangeFont, v: unknown) {
          this.setFont(p, v);
        },
      },
    ]),
  ),
);

export class FakeRangeFill extends FakeRangePart implements Pick<Excel.RangeFill, 'color' | 'pattern' | 'clear'> {
  protected readonly typeName = 'RangeFill';
  protected scalars() {
    const t = () => this.range.areas();
    return {
      // Excel reports an unfilled cell as white with pattern None.
      color: () => uniformAreas(t(), (c) => c?.fill ?? '#FFFFFF'),
      pattern: () => {
        this.ctx.requireApi('RangeFill.pattern', '1.9');
        return uniformAreas(t(), (c) => (c?.fill ? 'Solid' : 'None'));
      },
    };
  }
  declare color: string;
  declare readonly pattern: Excel.RangeFill['pattern'];
  clear(): void {
    this.call('clear', [], () => {
      const a = this.range.guardAreas('formats');
      for (const [, , cell] of existingOf(a)) delete cell.fill;
    });
  }
}
FakeObject.properties(FakeRangeFill, {
  color: {
    run(v: string) {
      const a = this.range.guardAreas('formats');
      const val = colour(v, 'RangeFill.color');
      for (const [, , cell] of cellsOf(a, 'RangeFill.color')) cell.fill = val;
    },
  },
  pattern: null,
});

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

export class FakeRangeBorderCollection extends FakeRangePart implements Pick<Excel.RangeBorderCollection, 'getItem'> {
  protected readonly typeName = 'RangeBorderCollection';
  getItem(index: Excel.BorderIndex | string): Excel.RangeBorder {
    if (!EDGES.includes(String(index))) throw new FakeNotModelled(`border ${String(index)}`);
    return new FakeRangeBorder(this.ctx, this.range, String(index)) as unknown as Excel.RangeBorder;
  }
}

export class FakeRangeBorder extends FakeObject implements Pick<Excel.RangeBorder, 'style' | 'color' | 'weight'> {
  protected readonly typeName = 'RangeBorder';
  readonly range: CellsOwner;
  private readonly edge: string;
  constructor(ctx: FakeContext, range: CellsOwner, edge: string) {
    super(ctx);
    this.range = range;
    this.edge = edge;
  }
  /**
   * An outside edge reads as its cells' side (Excel.RangeBorder: style "None" where no line, colour
   * and weight as set); null where the cells along the edge differ. Each cell keeps its own sides,
   * as the file format stores them: whether Excel shares an edge between neighbours is not in
   * Microsoft's documentation (BEHAVIOURS.md row 23).
   */
  protected scalars(): Record<string, () => unknown> {
    const sides: Record<string, 'top' | 'bottom' | 'left' | 'right'> = {
      EdgeTop: 'top',
      EdgeBottom: 'bottom',
      EdgeLeft: 'left',
      EdgeRight: 'right',
    };
    const side = sides[this.edge];
    if (!side) return {};
    const along = () => {
      const a = this.range.areas();
      const out: Array<EdgeState | undefined> = [];
      for (const { r1, r2, c1, c2 } of a.rects)
        for (let row = r1; row <= r2; row++)
          for (let col = c1; col <= c2; col++) {
            const onEdge =
              (side === 'top' && row === r1) ||
              (side === 'bottom' && row === r2) ||
              (side === 'left' && col === c1) ||
              (side === 'right' && col === c2);
            if (onEdge) out.push(a.sheet.cells.get(key(row, col))?.borders?.[side]);
          }
      return out;
    };
    const same = <T>(f: (e: EdgeState | undefined) => T): T | null => {
      const vs = along().map(f);
      return vs.every((v) => v === vs[0]) ? vs[0] : null;
    };
    return {
      style: () => same((e) => e?.style ?? 'None'),
      weight: () => same((e) => e?.weight ?? 'Thin'),
      color: () => same((e) => e?.color ?? '#000000'),
    };
  }
  apply(prop: 'style' | 'color' | 'weight', v: string) {
    const a = this.range.guardAreas('formats');
    const val = prop === 'color' ? colour(v, 'RangeBorder.color') : v;
    const setSide = (row: number, col: number, side: 'top' | 'bottom' | 'left' | 'right') => {
      const cell = cellAt(a.sheet, row, col);
      const b = { ...(cell.borders ?? {}) };
      b[side] = { style: 'Continuous', color: '#000000', weight: 'Thin', ...(b[side] ?? {}), [prop]: val };
      cell.borders = b;
    };
    for (const rect of a.rects) {
      const { r1, r2, c1, c2 } = rect;
      if (cellCount(rect) > 2_000_000) throw new FakeNotModelled('borders on a range this large');
      for (let row = r1; row <= r2; row++)
        for (let col = c1; col <= c2; col++) {
          if (this.edge === 'EdgeTop' && row === r1) setSide(row, col, 'top');
          if (this.edge === 'EdgeBottom' && row === r2) setSide(row, col, 'bottom');
          if (this.edge === 'EdgeLeft' && col === c1) setSide(row, col, 'left');
          if (this.edge === 'EdgeRight' && col === c2) setSide(row, col, 'right');
          if (this.edge === 'InsideHorizontal') {
            if (row < r2) setSide(row, col, 'bottom');
            if (row > r1) setSide(row, col, 'top');
          }
          if (this.edge === 'InsideVertical') {
            if (col < c2) setSide(row, col, 'right');
            if (col > c1) setSide(row, col, 'left');
          }
        }
    }
  }
  declare style: Excel.RangeBorder['style'];
  declare color: string;
  declare weight: Excel.RangeBorder['weight'];
}
FakeObject.properties(FakeRangeBorder, {
  style: {
    run(v: Excel.RangeBorder['style']) {
      this.apply('style', String(v));
    },
  },
  color: {
    run(v: string) {
      this.apply('color', v);
    },
  },
  weight: {
    run(v: Excel.RangeBorder['weight']) {
      this.apply('weight', String(v));
    },
  },
});

export class FakeFormatProtection extends FakeRangePart implements Pick<Excel.FormatProtection, 'locked'> {
  protected readonly typeName = 'FormatProtection';
  protected scalars() {
    return { locked: () => uniformAreas(this.range.areas(), (c) => c?.locked !== false) };
  }
  declare locked: boolean;
}
FakeObject.properties(FakeFormatProtection, {
  locked: {
    run(v: boolean) {
      const a = this.range.guardAreas('formats');
      for (const [, , cell] of cellsOf(a, 'FormatProtection.locked')) {
        if (v) delete cell.locked;
        else cell.locked = false;
      }
    },
  },
});

type DvMembers = 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks' | 'type' | 'clear';

export class FakeDataValidation extends FakeRangePart implements Pick<Excel.DataValidation, DvMembers> {
  protected readonly typeName = 'DataValidation';
  private idsOf(a: Areas): Set<number | undefined> {
    return new Set(a.rects.flatMap((rect) => grid({ sheet: a.sheet, rect }, (c) => c?.dv).flat()));
  }
  ruleOfCells(where: string) {
    const ids = this.idsOf(this.range.areas());
    const id = ids.size === 1 ? [...ids][0] : undefined;
    if (id === undefined)
      throw new FakeOfficeError('InvalidOperation', 'Set a data validation rule on these cells first.', where);
    return this.ctx.fake.state.dvs.get(id)!;
  }
  protected scalars() {
    return {
      type: () => {
        const ids = this.idsOf(this.range.areas());
        if (ids.size > 1) return 'Inconsistent';
        const id = [...ids][0];
        if (id === undefined) return 'None';
        const rule = this.ctx.fake.state.dvs.get(id)!.rule;
        const k = Object.keys(rule)[0];
        return k === 'wholeNumber' ? 'WholeNumber' : k[0].toUpperCase() + k.slice(1);
      },
      rule: () => structuredClone(this.ruleOfCells('DataValidation.rule').rule),
      ignoreBlanks: () => this.ruleOfCells('DataValidation.ignoreBlanks').ignoreBlanks,
    };
  }
  declare readonly type: Excel.DataValidation['type'];
  declare rule: Excel.DataValidationRule;
  declare errorAlert: Excel.DataValidationErrorAlert;
  declare prompt: Excel.DataValidationPrompt;
  declare ignoreBlanks: boolean;
  clear(): void {
    this.call('clear', [], () => {
      const a = this.range.guardAreas('formats');
      for (const [, , cell] of existingOf(a)) delete cell.dv;
    });
  }
}
/** Excel's limits on a validation's title (32) and message (225 for an alert, 255 for a prompt). */
function textLimits(v: { title: string; message: string }, message: number, what: string, where: string): void {
  if (v.title.length > 32 || v.message.length > message)
    throw invalidArgument(`${what} has at most a 32-character title and a ${message}-character message`, where);
}
FakeObject.properties(FakeDataValidation, {
  type: null,
  rule: {
    run(v: Excel.DataValidationRule) {
      const kinds = Object.keys(v).filter((k) => (v as Record<string, unknown>)[k] !== undefined);
      const a = this.range.guardAreas('formats');
      if (kinds.length !== 1)
        throw invalidArgument('a data validation rule has exactly one kind', 'DataValidation.rule');
      const wb = this.ctx.fake.state;
      const id = wb.nextId++;
      wb.dvs.set(id, { id, rule: structuredClone(v) as Record<string, unknown>, ignoreBlanks: true });
      for (const [, , cell] of cellsOf(a, 'DataValidation.rule')) cell.dv = id;
    },
  },
  errorAlert: {
    run(v: Excel.DataValidationErrorAlert) {
      this.range.guardAreas('formats');
      textLimits(v, 225, 'an error alert', 'DataValidation.errorAlert');
      this.ruleOfCells('DataValidation.errorAlert').errorAlert = { ...v, style: String(v.style) };
    },
  },
  prompt: {
    run(v: Excel.DataValidationPrompt) {
      this.range.guardAreas('formats');
      textLimits(v, 255, 'a prompt', 'DataValidation.prompt');
      this.ruleOfCells('DataValidation.prompt').prompt = { ...v };
    },
  },
  ignoreBlanks: {
    run(v: boolean) {
      this.range.guardAreas('formats');
      this.ruleOfCells('DataValidation.ignoreBlanks').ignoreBlanks = v;
    },
  },
});

export class FakeConditionalFormatCollection
  extends FakeObject
  implements Pick<Excel.ConditionalFormatCollection, 'add' | 'clearAll' | 'getCount'>
{
  protected readonly typeName = 'ConditionalFormatCollection';
  constructor(
    ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    super(ctx);
  }
  add(type: Excel.ConditionalFormatType | string): Excel.ConditionalFormat {
    const kind = String(type);
    if (kind !== 'Custom' && kind !== 'DataBar') throw new FakeNotModelled(`conditional format type ${kind}`);
    let created: CfRule | null = null;
    const cf = new FakeConditionalFormat(this.ctx, this.range, () => {
      if (!created) throw itemNotFound('conditional format not yet added', 'ConditionalFormatCollection.add');
      return created;
    });
    this.call('add', [kind], () => {
      const t = this.range.guard('formats');
      created = { id: String(this.ctx.fake.state.nextId++), type: kind, rects: [t.rect] };
      t.sheet.cfs.unshift(created); // a new rule goes on top (priority 0)
    });
    return cf as unknown as Excel.ConditionalFormat;
  }
  clearAll(): void {
    this.call('clearAll', [], () => {
      const t = this.range.guard('formats');
      t.sheet.cfs = t.sheet.cfs
        .map((rule) => ({ ...rule, rects: rule.rects.flatMap((r) => subtract(r, t.rect)) }))
        .filter((rule) => rule.rects.length > 0);
    });
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return clientResult(this.ctx, this, 'ConditionalFormatCollection.getCount()', () => {
      const t = this.range.target();
      return { value: t.sheet.cfs.filter((r) => r.rects.some((x) => intersects(x, t.rect))).length, bytes: 8 };
    });
  }
}

export class FakeConditionalFormat
  extends FakeObject
  implements Pick<Excel.ConditionalFormat, 'type' | 'priority' | 'stopIfTrue' | 'custom' | 'dataBar' | 'delete'>
{
  protected readonly typeName = 'ConditionalFormat';
  readonly range: FakeRange;
  readonly rule: () => CfRule;
  constructor(ctx: FakeContext, range: FakeRange, rule: () => CfRule) {
    super(ctx);
    this.range = range;
    this.rule = rule;
  }
  protected scalars() {
    return {
      type: () => this.rule().type,
      priority: () => this.range.target().sheet.cfs.indexOf(this.rule()),
      stopIfTrue: () => this.rule().stopIfTrue ?? false,
    };
  }
  declare readonly type: Excel.ConditionalFormat['type'];
  declare priority: number;
  declare stopIfTrue: boolean;
  get custom(): Excel.CustomConditionalFormat {
    return new FakeCustomConditionalFormat(this.ctx, this) as unknown as Excel.CustomConditionalFormat;
  }
  get dataBar(): Excel.DataBarConditionalFormat {
    return new FakeDataBarConditionalFormat(this.ctx, this) as unknown as Excel.DataBarConditionalFormat;
  }
  delete(): void {
    this.call('delete', [], () => {
      const sheet = this.range.target().sheet;
      sheet.cfs = sheet.cfs.filter((r) => r !== this.rule());
    });
  }
}
FakeObject.properties(FakeConditionalFormat, {
  type: null,
  priority: {
    run(p: number) {
      const sheet = this.range.target().sheet;
      const rule = this.rule();
      const rest = sheet.cfs.filter((r) => r !== rule);
      rest.splice(Math.max(0, Math.min(p, rest.length)), 0, rule);
      sheet.cfs = rest;
    },
  },
  stopIfTrue: {
    run(v: boolean) {
      this.rule().stopIfTrue = v;
    },
  },
});

function ofType(cf: FakeConditionalFormat, type: string, where: string): CfRule {
  const r = cf.rule();
  if (r.type !== type)
    throw new FakeOfficeError('InvalidOperation', `The conditional format is ${r.type}, not ${type}.`, where);
  return r;
}

/** A fake type that belongs to one FakeConditionalFormat (its `cf`). */
export abstract class FakeCfPart extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly cf: FakeConditionalFormat,
  ) {
    super(ctx);
  }
}

export class FakeCustomConditionalFormat
  extends FakeCfPart
  implements Pick<Excel.CustomConditionalFormat, 'rule' | 'format'>
{
  protected readonly typeName = 'CustomConditionalFormat';
  get rule(): Excel.ConditionalFormatRule {
    return new FakeConditionalFormatRule(this.ctx, this.cf) as unknown as Excel.ConditionalFormatRule;
  }
  get format(): Excel.ConditionalRangeFormat {
    return new FakeConditionalRangeFormat(this.ctx, this.cf) as unknown as Excel.ConditionalRangeFormat;
  }
}

export class FakeConditionalFormatRule extends FakeCfPart implements Pick<Excel.ConditionalFormatRule, 'formula'> {
  protected readonly typeName = 'ConditionalFormatRule';
  protected scalars() {
    return { formula: () => ofType(this.cf, 'Custom', 'ConditionalFormatRule.formula').formula ?? '' };
  }
  declare formula: string;
}
FakeObject.properties(FakeConditionalFormatRule, {
  formula: {
    run(v: string) {
      if (!v.startsWith('='))
        throw invalidArgument('a conditional format formula starts with =', 'ConditionalFormatRule.formula');
      ofType(this.cf, 'Custom', 'ConditionalFormatRule.formula').formula = v;
    },
  },
});

export class FakeConditionalRangeFormat
  extends FakeCfPart
  implements Pick<Excel.ConditionalRangeFormat, 'fill' | 'font'>
{
  protected readonly typeName = 'ConditionalRangeFormat';
  get fill(): Excel.ConditionalRangeFill {
    return new FakeConditionalColour(this.ctx, this.cf, 'fill') as unknown as Excel.ConditionalRangeFill;
  }
  get font(): Excel.ConditionalRangeFont {
    return new FakeConditionalColour(this.ctx, this.cf, 'fontColor') as unknown as Excel.ConditionalRangeFont;
  }
}

export class FakeConditionalColour extends FakeObject implements Pick<Excel.ConditionalRangeFill, 'color'> {
  protected readonly typeName = 'ConditionalRangeFill';
  readonly cf: FakeConditionalFormat;
  readonly which: 'fill' | 'fontColor';
  constructor(ctx: FakeContext, cf: FakeConditionalFormat, which: 'fill' | 'fontColor') {
    super(ctx);
    this.cf = cf;
    this.which = which;
  }
  protected scalars() {
    return { color: () => ofType(this.cf, 'Custom', 'ConditionalRangeFill.color')[this.which] ?? null };
  }
  declare color: string;
}
FakeObject.properties(FakeConditionalColour, {
  color: {
    run(v: string) {
      ofType(this.cf, 'Custom', 'ConditionalRangeFill.color')[this.which] = colour(v, 'ConditionalRangeFill.color');
    },
  },
});

export class FakeDataBarConditionalFormat
  extends FakeCfPart
  implements Pick<Excel.DataBarConditionalFormat, 'lowerBoundRule' | 'upperBoundRule' | 'positiveFormat'>
{
  protected readonly typeName = 'DataBarConditionalFormat';
  bar() {
    const r = ofType(this.cf, 'DataBar', 'DataBarConditionalFormat');
    return (r.dataBar ??= {});
  }
  declare lowerBoundRule: Excel.ConditionalDataBarRule;
  declare upperBoundRule: Excel.ConditionalDataBarRule;
  get positiveFormat(): Excel.ConditionalDataBarPositiveFormat {
    return new FakeDataBarPositive(this.ctx, () => this.bar()) as unknown as Excel.ConditionalDataBarPositiveFormat;
  }
}
FakeObject.properties(FakeDataBarConditionalFormat, {
  lowerBoundRule: {
    run(v: Excel.ConditionalDataBarRule) {
      this.bar().lower = { type: String(v.type), formula: v.formula };
    },
  },
  upperBoundRule: {
    run(v: Excel.ConditionalDataBarRule) {
      this.bar().upper = { type: String(v.type), formula: v.formula };
    },
  },
});

export class FakeDataBarPositive
  extends FakeObject
  implements Pick<Excel.ConditionalDataBarPositiveFormat, 'fillColor' | 'gradientFill'>
{
  protected readonly typeName = 'ConditionalDataBarPositiveFormat';
  constructor(
    ctx: FakeContext,
    readonly bar: () => NonNullable<CfRule['dataBar']>,
  ) {
    super(ctx);
  }
  protected scalars() {
    return { fillColor: () => this.bar().fillColor ?? null, gradientFill: () => this.bar().gradientFill ?? true };
  }
  declare fillColor: string;
  declare gradientFill: boolean;
}
FakeObject.properties(FakeDataBarPositive, {
  fillColor: {
    run(v: string) {
      this.bar().fillColor = colour(v, 'ConditionalDataBarPositiveFormat.fillColor');
    },
  },
  gradientFill: {
    run(v: boolean) {
      this.bar().gradientFill = v;
    },
  },
});

/** RangeAreas: several rectangles of one sheet, for formats and validation set once on all of them. */
export class FakeRangeAreas
  extends FakeObject
  implements Pick<Excel.RangeAreas, 'address' | 'areaCount' | 'format' | 'dataValidation'>, CellsOwner
{
  protected readonly typeName = 'RangeAreas';
  readonly ws: FakeWorksheet;
  private readonly addresses: string[];
  /** For areas Excel finds (special cells): resolved at sync time; null when there are none. */
  private readonly resolver: (() => Rect[] | null) | null;
  private _resolvedRects?: Rect[] | null;
  private _format?: FakeRangeFormat;
  private _dv?: FakeDataValidation;
  constructor(ctx: FakeContext, ws: FakeWorksheet, address: string | (() => Rect[] | null)) {
    super(ctx);
    this.ws = ws;
    if (typeof address === 'string') {
      this.resolver = null;
      this.addresses = address
        .split(/[,;]/)
        .map((a) => a.trim())
        .filter(Boolean);
    } else {
      this.resolver = address;
      this.addresses = [];
      this.canBeNull = true;
      this.probe();
    }
  }
  private found(): Rect[] | null {
    if (this._resolvedRects === undefined) this._resolvedRects = this.resolver!();
    return this._resolvedRects;
  }
  protected exists() {
    return this.resolver === null || (this.ws.sheetOrNull() !== null && this.found() !== null);
  }
  areas(): Areas {
    const sheet = this.ws.sheet();
    if (this.resolver) {
      const rects = this.found();
      if (!rects) throw itemNotFound('special cells (null object)', 'RangeAreas');
      return { sheet, rects };
    }
    if (!this.addresses.length) throw invalidArgument('no address', 'Worksheet.getRanges');
    // Long area lists fail with a bare InvalidArgument; reported from about 8,200 characters or 500
    // areas, not at a fixed count (office-js 5198): the fake refuses past 8,192 characters.
    if (this.addresses.join(',').length > 8192)
      throw invalidArgument('The argument is invalid or missing or has an incorrect format.', 'Worksheet.getRanges');
    return { sheet, rects: this.addresses.map((a) => parseRect(a)) };
  }
  guardAreas(what: 'contents' | 'formats' | 'columns' | 'rows'): Areas {
    const a = this.areas();
    const p = a.sheet.protection;
    if (p.protected && !(what === 'formats' && p.options.allowFormatCells === true))
      throw new FakeOfficeError('AccessDenied', `The cells are on a protected sheet (${a.sheet.name}).`, 'RangeAreas');
    return a;
  }
  protected scalars() {
    return {
      address: () => {
        const a = this.areas();
        return a.rects.map((r) => sheetPrefix(a.sheet.name) + rectAddress(r)).join(',');
      },
      areaCount: () => this.areas().rects.length,
    };
  }
  declare readonly address: string;
  declare readonly areaCount: number;
  get format(): Excel.RangeFormat {
    return (this._format ??= new FakeRangeFormat(this.ctx, this)) as unknown as Excel.RangeFormat;
  }
  get dataValidation(): Excel.DataValidation {
    this.ctx.requireApi('RangeAreas.dataValidation', '1.9');
    return (this._dv ??= new FakeDataValidation(this.ctx, this)) as unknown as Excel.DataValidation;
  }
}
FakeObject.properties(FakeRangeAreas, {
  address: null,
  areaCount: null,
});
