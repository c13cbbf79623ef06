// Worksheet-level proxies of the fake: worksheet, protection, freeze panes, page layout, tables, notes.
import { clientResult, FakeContext, FakeItem, FakeObject } from './context';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import {
  cellCount,
  existingCells,
  intersects,
  key,
  MAX_ROWS,
  parseRect,
  rectAddress,
  sheetPrefix,
  usedRect,
  type Rect,
  type SheetState,
  type TableState,
} from './state';
import { FakeRange, FakeRangeAreas } from './range';
import { findSheet, validSheetName } from './workbook';

type WorksheetMembers =
  | 'name'
  | 'id'
  | 'visibility'
  | 'position'
  | 'tabColor'
  | 'protection'
  | 'freezePanes'
  | 'pageLayout'
  | 'tables'
  | 'notes'
  | 'getRange'
  | 'getRangeByIndexes'
  | 'getRanges'
  | 'getUsedRangeOrNullObject'
  | 'activate'
  | 'delete';

export class FakeWorksheet extends FakeObject implements Pick<Excel.Worksheet, WorksheetMembers> {
  protected readonly typeName = 'Worksheet';
  private readonly resolver: () => SheetState | null;
  private resolved?: SheetState | null;
  private _protection?: FakeWorksheetProtection;
  private _freeze?: FakeFreezePanes;
  private _pageLayout?: FakePageLayout;
  private _tables?: FakeTableCollection;
  private _notes?: FakeNoteCollection;

  constructor(ctx: FakeContext, resolver: () => SheetState | null, orNull = false) {
    super(ctx);
    this.resolver = resolver;
    this.canBeNull = orNull;
    if (orNull) this.probe();
  }

  /** The sheet this proxy stands for, resolved once at its first use in a sync (as Excel does). */
  sheetOrNull(): SheetState | null {
    if (this.resolved === undefined) {
      const s = this.resolver();
      if (s === null) {
        this.resolved = null;
        return null;
      }
      this.resolved = s;
    }
    if (this.resolved && this.resolved.deleted) throw itemNotFound('worksheet (deleted)', 'Worksheet');
    return this.resolved;
  }
  sheet(): SheetState {
    const s = this.sheetOrNull();
    if (!s) throw itemNotFound('worksheet', 'Worksheet');
    return s;
  }
  protected exists() {
    return this.sheetOrNull() !== null;
  }

  protected scalars() {
    const wb = this.ctx.fake.state;
    return {
      name: () => this.sheet().name,
      id: () => this.sheet().id,
      visibility: () => this.sheet().visibility,
      position: () => wb.sheets.filter((s) => !s.deleted).indexOf(this.sheet()),
      tabColor: () => this.sheet().tabColor,
    };
  }
  protected navigation(): Record<string, () => FakeObject> {
    return {
      protection: () => this.protectionProxy(),
      tables: () => this.tablesProxy(),
    };
  }

  declare name: string;
  declare readonly id: string;
  declare visibility: Excel.Worksheet['visibility'];
  declare position: number;
  declare tabColor: string;

  private protectionProxy() {
    return (this._protection ??= new FakeWorksheetProtection(this.ctx, this));
  }
  private tablesProxy() {
    return (this._tables ??= new FakeTableCollection(this.ctx, this));
  }
  get protection(): Excel.WorksheetProtection {
    this.ctx.requireApi('Worksheet.protection', '1.2');
    return this.protectionProxy() as unknown as Excel.WorksheetProtection;
  }
  get freezePanes(): Excel.WorksheetFreezePanes {
    this.ctx.requireApi('Worksheet.freezePanes', '1.7');
    return (this._freeze ??= new FakeFreezePanes(this.ctx, this)) as unknown as Excel.WorksheetFreezePanes;
  }
  get pageLayout(): Excel.PageLayout {
    this.ctx.requireApi('Worksheet.pageLayout', '1.9');
    return (this._pageLayout ??= new FakePageLayout(this.ctx, this)) as unknown as Excel.PageLayout;
  }
  get tables(): Excel.TableCollection {
    return this.tablesProxy() as unknown as Excel.TableCollection;
  }
  get notes(): Excel.NoteCollection {
    this.ctx.requireApi('Worksheet.notes', '1.18');
    return (this._notes ??= new FakeNoteCollection(this.ctx, this)) as unknown as Excel.NoteCollection;
  }

  getRange(address?: string): Excel.Range {
    return new FakeRange(this.ctx, this, () =>
      address ? parseRect(address) : { r1: 1, c1: 1, r2: 1048576, c2: 16384 },
    ) as unknown as Excel.Range;
  }
  getRanges(address?: string): Excel.RangeAreas {
    this.ctx.requireApi('Worksheet.getRanges', '1.9');
    if (address === undefined) throw invalidArgument('the fake takes RangeAreas by address', 'Worksheet.getRanges');
    return new FakeRangeAreas(this.ctx, this, address) as unknown as Excel.RangeAreas;
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    this.ctx.requireApi('Worksheet.getRangeByIndexes', '1.7');
    return new FakeRange(this.ctx, this, () => {
      if (rowCount < 1 || columnCount < 1) throw invalidArgument('empty range', 'Worksheet.getRangeByIndexes');
      return { r1: startRow + 1, c1: startColumn + 1, r2: startRow + rowCount, c2: startColumn + columnCount };
    }) as unknown as Excel.Range;
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    this.ctx.requireApi('Worksheet.getUsedRangeOrNullObject', '1.4');
    return new FakeRange(
      this.ctx,
      this,
      () => usedRect(this.sheet(), valuesOnly === true),
      true,
    ) as unknown as Excel.Range;
  }
  activate(): void {
    this.call('activate', [], () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible')
        throw new FakeOfficeError('InvalidOperation', `The worksheet "${s.name}" is hidden and cannot be activated.`);
      this.ctx.fake.state.activeSheetId = s.id;
    });
  }
  delete(): void {
    this.call('delete', [], () => {
      const s = this.sheet();
      const wb = this.ctx.fake.state;
      if (!wb.sheets.some((x) => !x.deleted && x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      s.deleted = true;
      if (wb.activeSheetId === s.id)
        wb.activeSheetId = wb.sheets.find((x) => !x.deleted && x.visibility === 'Visible')!.id;
    });
  }
}
FakeObject.properties(FakeWorksheet, {
  name: {
    run(v: string) {
      const s = this.sheet();
      if (!validSheetName(v)) throw invalidArgument(`sheet name "${v}"`, 'Worksheet.name');
      const other = findSheet(this.ctx.fake.state, v);
      if (other && other !== s)
        throw new FakeOfficeError('ItemAlreadyExists', `A worksheet named "${v}" already exists.`);
      s.name = v;
    },
  },
  id: null,
  visibility: {
    api: ['Worksheet.visibility (set)', '1.2'],
    run(v: Excel.Worksheet['visibility']) {
      this.ctx.undoable('Worksheet.visibility', ['windows', 'mac']);
      const s = this.sheet();
      const wb = this.ctx.fake.state;
      const val = String(v) as SheetState['visibility'];
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(val))
        throw invalidArgument(`visibility ${val}`, 'Worksheet.visibility');
      if (val !== 'Visible') {
        const othersVisible = wb.sheets.some((x) => !x.deleted && x !== s && x.visibility === 'Visible');
        if (!othersVisible)
          throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      s.visibility = val;
      if (val !== 'Visible' && wb.activeSheetId === s.id)
        wb.activeSheetId = wb.sheets.find((x) => !x.deleted && x.visibility === 'Visible')!.id;
    },
  },
  position: {
    run(p: number) {
      this.ctx.undoable('Worksheet.position', ['windows', 'mac']);
      const s = this.sheet();
      const wb = this.ctx.fake.state;
      const live = wb.sheets.filter((x) => !x.deleted);
      if (!Number.isInteger(p) || p < 0 || p >= live.length)
        throw invalidArgument(`position ${p}`, 'Worksheet.position');
      const rest = live.filter((x) => x !== s);
      rest.splice(p, 0, s);
      wb.sheets = [...rest, ...wb.sheets.filter((x) => x.deleted)];
    },
  },
  tabColor: {
    api: ['Worksheet.tabColor', '1.7'],
    run(c: string) {
      if (c !== '' && !/^#[0-9A-Fa-f]{6}$/.test(c)) throw invalidArgument(`colour ${c}`, 'Worksheet.tabColor');
      hiddenSheetGuard(this.ctx, this.sheet(), 'Worksheet.tabColor');
      this.sheet().tabColor = c.toUpperCase();
    },
  },
});

/** office-js 1463: panes and tab colour of a hidden sheet could not be changed before the fix. */
function hiddenSheetGuard(ctx: FakeContext, s: SheetState, member: string): void {
  if (s.visibility !== 'Visible' && ctx.fake.options.hiddenSheetPanesThrow)
    throw new FakeOfficeError('GeneralException', `${member} failed on the hidden sheet ${s.name}.`, member);
}

/** A fake type that belongs to one FakeWorksheet (its `ws`). */
export abstract class FakeSheetPart extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
  ) {
    super(ctx);
  }
}

export class FakeWorksheetProtection
  extends FakeSheetPart
  implements Pick<Excel.WorksheetProtection, 'protected' | 'options' | 'protect' | 'unprotect'>
{
  protected readonly typeName = 'WorksheetProtection';
  protected exists() {
    return this.ws.sheetOrNull() !== null; // a null object's protection is a null object too
  }
  protected scalars() {
    return {
      protected: () => this.ws.sheet().protection.protected,
      options: () => ({ ...this.ws.sheet().protection.options }),
    };
  }
  declare readonly protected: boolean;
  declare readonly options: Excel.WorksheetProtectionOptions;
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    if (password !== undefined) this.ctx.requireApi('WorksheetProtection.protect(password)', '1.7');
    this.call('protect', [options, password ? '***' : undefined], () => {
      this.ctx.undoable('WorksheetProtection.protect');
      const p = this.ws.sheet().protection;
      if (p.protected)
        throw new FakeOfficeError(
          this.ctx.fake.options.unprotectUnprotectedThrows ? 'AccessDenied' : 'InvalidOperation',
          'The worksheet is already protected.',
          'WorksheetProtection.protect',
        );
      p.protected = true;
      p.options = { ...(options ?? {}) };
      p.password = password ?? null;
    });
  }
  unprotect(password?: string): void {
    if (password !== undefined) this.ctx.requireApi('WorksheetProtection.unprotect(password)', '1.7');
    this.call('unprotect', [password ? '***' : undefined], () => {
      this.ctx.undoable('WorksheetProtection.unprotect');
      const p = this.ws.sheet().protection;
      if (!p.protected) {
        if (this.ctx.fake.options.unprotectUnprotectedThrows)
          throw new FakeOfficeError(
            'InvalidOperation',
            'The worksheet is not protected.',
            'WorksheetProtection.unprotect',
          );
        return;
      }
      if (p.password !== null && p.password !== password)
        throw new FakeOfficeError(
          this.ctx.fake.options.passwordError,
          'The password you supplied is not correct.',
          'WorksheetProtection.unprotect',
        );
      p.protected = false;
      p.password = null;
      p.options = {};
    });
  }
}
FakeObject.properties(FakeWorksheetProtection, {
  protected: null,
  options: null,
});

export class FakeFreezePanes
  extends FakeSheetPart
  implements Pick<Excel.WorksheetFreezePanes, 'freezeRows' | 'freezeColumns' | 'freezeAt' | 'unfreeze'>
{
  protected readonly typeName = 'WorksheetFreezePanes';
  freezeRows(count?: number): void {
    this.call('freezeRows', [count], () => {
      this.ws.sheet().freeze = { rows: count ?? 1, columns: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.call('freezeColumns', [count], () => {
      this.ws.sheet().freeze = { rows: 0, columns: count ?? 1 };
    });
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    const addr = typeof frozenRange === 'string' ? frozenRange : null;
    const rangeProxy = typeof frozenRange === 'string' ? null : (frozenRange as unknown as FakeRange);
    this.call('freezeAt', [addr ?? '(range)'], () => {
      const r = addr ? parseRect(addr) : rangeProxy!.target().rect;
      this.ws.sheet().freeze = { rows: r.r2, columns: r.c2 };
    });
  }
  unfreeze(): void {
    this.call('unfreeze', [], () => {
      hiddenSheetGuard(this.ctx, this.ws.sheet(), 'WorksheetFreezePanes.unfreeze');
      this.ws.sheet().freeze = { rows: 0, columns: 0 };
    });
  }
}

type PageLayoutMembers =
  'orientation' | 'paperSize' | 'zoom' | 'setPrintTitleRows' | 'setPrintTitleColumns' | 'setPrintArea';

export class FakePageLayout extends FakeSheetPart implements Pick<Excel.PageLayout, PageLayoutMembers> {
  protected readonly typeName = 'PageLayout';
  protected scalars() {
    const pl = () => this.ws.sheet().pageLayout;
    return {
      orientation: () => pl().orientation,
      paperSize: () => pl().paperSize,
      zoom: () => ({ ...pl().zoom }),
    };
  }
  declare orientation: Excel.PageLayout['orientation'];
  declare paperSize: Excel.PageLayout['paperSize'];
  declare zoom: Excel.PageLayoutZoomOptions;
  setPrintTitleRows(range: Excel.Range | string): void {
    const a = typeof range === 'string' ? range : null;
    this.call('setPrintTitleRows', [a], () => {
      if (!a) throw invalidArgument('the fake takes print title rows as an address', 'PageLayout.setPrintTitleRows');
      const r = parseRect(a);
      if (r.c1 !== 1 || r.c2 !== 16384)
        throw invalidArgument(`print title rows must be whole rows: ${a}`, 'PageLayout.setPrintTitleRows');
      this.ws.sheet().pageLayout.printTitleRows = rectAddress(r);
    });
  }
  /** Learn, PageLayout.setPrintTitleColumns (ExcelApi 1.9): "The range must span the entire column to be valid." */
  setPrintTitleColumns(range: Excel.Range | string): void {
    const a = typeof range === 'string' ? range : null;
    this.call('setPrintTitleColumns', [a], () => {
      if (!a)
        throw invalidArgument('the fake takes print title columns as an address', 'PageLayout.setPrintTitleColumns');
      const r = parseRect(a);
      if (r.r1 !== 1 || r.r2 !== MAX_ROWS)
        throw invalidArgument(`print title columns must be whole columns: ${a}`, 'PageLayout.setPrintTitleColumns');
      this.ws.sheet().pageLayout.printTitleColumns = rectAddress(r);
    });
  }
  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    const a = typeof printArea === 'string' ? printArea : null;
    this.call('setPrintArea', [a], () => {
      if (!a) throw invalidArgument('the fake takes a print area as an address', 'PageLayout.setPrintArea');
      this.ws.sheet().pageLayout.printArea = rectAddress(parseRect(a));
    });
  }
}
FakeObject.properties(FakePageLayout, {
  orientation: {
    run(v: Excel.PageLayout['orientation']) {
      if (!['Portrait', 'Landscape'].includes(String(v)))
        throw invalidArgument(`orientation ${v}`, 'PageLayout.orientation');
      this.ws.sheet().pageLayout.orientation = String(v);
    },
  },
  paperSize: {
    run(v: Excel.PageLayout['paperSize']) {
      this.ws.sheet().pageLayout.paperSize = String(v);
    },
  },
  zoom: {
    run(v: Excel.PageLayoutZoomOptions) {
      if (v.scale !== undefined && (v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined))
        throw invalidArgument('zoom takes a scale or fit-to-pages, not both', 'PageLayout.zoom');
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && this.ctx.fake.options.fitToPagesIgnored) return; // office-js 1860: no error, no change
      this.ws.sheet().pageLayout.zoom = { ...v };
    },
  },
});

type TableAt = { sheet: SheetState; table: TableState };

export class FakeTable
  extends FakeItem<TableAt>
  implements Pick<Excel.Table, 'name' | 'style' | 'delete' | 'worksheet'>
{
  protected readonly typeName = 'Table';
  protected readonly itemName = 'table';
  constructor(ctx: FakeContext, resolver: () => TableAt | null, orNull: boolean) {
    // A table deleted since it was got is gone, whatever the resolver remembers.
    super(
      ctx,
      () => {
        const t = resolver();
        return t !== null && t.sheet.tables.includes(t.table) ? t : null;
      },
      orNull,
    );
  }
  protected scalars() {
    return { name: () => this.must().table.name, style: () => this.must().table.style };
  }
  protected navigation(): Record<string, () => FakeObject> {
    return { worksheet: () => new FakeWorksheet(this.ctx, () => this.must().sheet) };
  }
  declare name: string;
  declare style: string;
  get worksheet(): Excel.Worksheet {
    return new FakeWorksheet(this.ctx, () => this.must().sheet) as unknown as Excel.Worksheet;
  }
  delete(): void {
    this.call('delete', [], () => {
      const { sheet, table } = this.must();
      sheet.tables = sheet.tables.filter((t) => t !== table);
      // Deleting a table deletes its cells' contents and formats.
      for (const [row, col] of [...existingCells(sheet, table.rect)]) sheet.cells.delete(key(row, col));
    });
  }
}
FakeObject.properties(FakeTable, {
  name: {
    run(v: string) {
      const { table } = this.must();
      if (!/^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(v))
        throw invalidArgument(`table name "${v}"`, 'Table.name');
      const clash = this.ctx.fake.state.sheets
        .filter((s) => !s.deleted)
        .some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase()));
      if (clash || this.ctx.fake.state.names.has(v.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `A table or name "${v}" already exists.`, 'Table.name');
      table.name = v;
    },
  },
  style: {
    run(v: string) {
      this.must().table.style = v;
    },
  },
});

export class FakeTableCollection
  extends FakeSheetPart
  implements Pick<Excel.TableCollection, 'items' | 'add' | 'getItem' | 'getItemOrNullObject'>
{
  protected readonly typeName = 'TableCollection';
  get items(): Excel.Table[] {
    return this.loadedItems();
  }
  protected query(paths: string[]) {
    const sheet = this.ws.sheetOrNull(); // a null object's collections are empty
    const tables = sheet ? sheet.tables.map((table) => new FakeTable(this.ctx, () => ({ sheet, table }), false)) : [];
    return this.itemsQuery(tables, paths);
  }
  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    const a = typeof address === 'string' ? address : null;
    let created: TableState | null = null;
    const table = new FakeTable(
      this.ctx,
      () => {
        if (!created) throw itemNotFound('table not yet added', 'TableCollection.add');
        return { sheet: this.ws.sheet(), table: created };
      },
      false,
    );
    this.call('add', [a, hasHeaders], () => {
      if (!a) throw invalidArgument('the fake takes a table address as a string', 'TableCollection.add');
      const sheet = this.ws.sheet();
      const r: Rect = parseRect(a.includes('!') ? a.slice(a.lastIndexOf('!') + 1) : a);
      if (cellCount(r) > 1_000_000) throw invalidArgument('table too large for the fake', 'TableCollection.add');
      const wb = this.ctx.fake.state;
      for (const s of wb.sheets.filter((x) => !x.deleted))
        if (s === sheet && s.tables.some((t) => intersects(t.rect, r)))
          throw new FakeOfficeError('InvalidOperation', 'A table cannot overlap another table.', 'TableCollection.add');
      let n = 1;
      const taken = () =>
        wb.sheets.some((s) => !s.deleted && s.tables.some((t) => t.name.toLowerCase() === `table${n}`));
      while (taken()) n++;
      created = { id: String(wb.nextId++), name: `Table${n}`, rect: r, style: 'TableStyleMedium2', hasHeaders };
      sheet.tables.push(created);
    });
    return table as unknown as Excel.Table;
  }
  /** The sheet's table named `key` (in any case), looked up when the command runs. */
  private named(key: string): () => TableAt | null {
    return () => {
      const sheet = this.ws.sheet();
      const table = sheet.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
      return table ? { sheet, table } : null;
    };
  }
  getItem(key: string): Excel.Table {
    const find = this.named(key);
    const must = () => {
      const t = find();
      if (!t) throw itemNotFound(`table "${key}"`, 'TableCollection.getItem');
      return t;
    };
    return new FakeTable(this.ctx, must, false) as unknown as Excel.Table;
  }
  getItemOrNullObject(key: string): Excel.Table {
    return new FakeTable(this.ctx, this.named(key), true) as unknown as Excel.Table;
  }
}

export class FakeNote extends FakeObject implements Pick<Excel.Note, 'content' | 'authorName' | 'delete'> {
  protected readonly typeName = 'Note';
  readonly ws: FakeWorksheet;
  private readonly cell: string;
  constructor(ctx: FakeContext, ws: FakeWorksheet, cell: string, orNull: boolean) {
    super(ctx);
    this.ws = ws;
    this.cell = cell;
    this.canBeNull = orNull;
    if (orNull) this.probe();
  }
  private k(): number {
    const r = parseRect(this.cell.includes('!') ? this.cell.slice(this.cell.lastIndexOf('!') + 1) : this.cell);
    if (r.r1 !== r.r2 || r.c1 !== r.c2)
      throw new FakeOfficeError('InvalidCellAddress', `not a single cell: ${this.cell}`);
    return key(r.r1, r.c1);
  }
  protected exists() {
    return this.ws.sheet().notes.has(this.k());
  }
  must() {
    const n = this.ws.sheet().notes.get(this.k());
    if (!n) throw itemNotFound(`note at ${this.cell}`, 'Note');
    return n;
  }
  protected scalars() {
    return { content: () => this.must().content, authorName: () => this.must().authorName };
  }
  declare content: string;
  declare readonly authorName: string;
  delete(): void {
    this.call('delete', [], () => {
      this.must();
      this.ws.sheet().notes.delete(this.k());
    });
  }
  static addTo(ctx: FakeContext, ws: FakeWorksheet, cell: string, content: string): FakeNote {
    const note = new FakeNote(ctx, ws, cell, false);
    note.call('add', [cell, content], () => {
      const sheet = ws.sheet();
      const k = note.k();
      if (sheet.threaded?.has(k))
        throw new FakeOfficeError(
          'InvalidOperation',
          `The cell ${sheetPrefix(sheet.name)}${cell} has a threaded comment.`,
          'NoteCollection.add',
        );
      if (sheet.notes.has(k))
        throw new FakeOfficeError(
          'InvalidArgument',
          `The cell ${sheetPrefix(sheet.name)}${cell} already has a note.`,
          'NoteCollection.add',
        );
      sheet.notes.set(k, { content, authorName: 'FakeExcel' });
    });
    return note;
  }
}
FakeObject.properties(FakeNote, {
  content: {
    run(v: string) {
      this.must().content = v;
    },
  },
  authorName: null,
});

export class FakeNoteCollection
  extends FakeSheetPart
  implements Pick<Excel.NoteCollection, 'add' | 'getItem' | 'getItemOrNullObject' | 'getCount'>
{
  protected readonly typeName = 'NoteCollection';
  add(cellAddress: Excel.Range | string, content: unknown): Excel.Note {
    if (typeof cellAddress !== 'string')
      throw invalidArgument('the fake takes a note address as a string', 'NoteCollection.add');
    return FakeNote.addTo(this.ctx, this.ws, cellAddress, String(content)) as unknown as Excel.Note;
  }
  getItem(key: string): Excel.Note {
    return new FakeNote(this.ctx, this.ws, key, false) as unknown as Excel.Note;
  }
  getItemOrNullObject(key: string): Excel.Note {
    return new FakeNote(this.ctx, this.ws, key, true) as unknown as Excel.Note;
  }
  getCount(): OfficeExtension.ClientResult<number> {
    return clientResult(this.ctx, this, 'NoteCollection.getCount()', () => ({
      value: this.ws.sheet().notes.size,
      bytes: 8,
    }));
  }
}
