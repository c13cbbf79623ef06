// Workbook-level proxies of the fake: workbook, application, worksheet collection, names,
// settings, tables. Each class implements the subset of the Office.js type it models, so the
// fake is typed against @types/office-js.
import { FakeContext, FakeItem, FakeObject, jsonBytes } from './context';
import { FakeOfficeError, invalidArgument, itemNotFound } from './errors';
import { newSheet, type NameState, type SheetState, type TableState, type WorkbookState } from './state';
import { FakeWorksheet, FakeTable } from './worksheet';

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

export function validSheetName(name: string): boolean {
  return (
    name.trim() !== '' &&
    name.length <= 31 &&
    !SHEET_NAME_BAD.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

export function findSheet(wb: WorkbookState, name: string): SheetState | undefined {
  const n = name.toLowerCase();
  return wb.sheets.find((s) => !s.deleted && s.name.toLowerCase() === n);
}

type WorkbookMembers = 'worksheets' | 'names' | 'settings' | 'application' | 'tables';

export class FakeWorkbook extends FakeObject implements Pick<Excel.Workbook, WorkbookMembers> {
  protected readonly typeName = 'Workbook';
  private _worksheets?: FakeWorksheetCollection;
  private _names?: FakeNamedItemCollection;
  private _settings?: FakeSettingCollection;
  private _application?: FakeApplication;
  private _tables?: FakeTableCollectionAll;

  protected navigation() {
    return { worksheets: () => this._ws(), names: () => this._nm() } as Record<string, () => FakeObject>;
  }
  private _ws() {
    return (this._worksheets ??= new FakeWorksheetCollection(this.ctx));
  }
  private _nm() {
    return (this._names ??= new FakeNamedItemCollection(this.ctx));
  }
  get worksheets(): Excel.WorksheetCollection {
    return this._ws() as unknown as Excel.WorksheetCollection;
  }
  get names(): Excel.NamedItemCollection {
    this.ctx.requireApi('Workbook.names', '1.1');
    return this._nm() as unknown as Excel.NamedItemCollection;
  }
  get settings(): Excel.SettingCollection {
    this.ctx.requireApi('Workbook.settings', '1.4');
    return (this._settings ??= new FakeSettingCollection(this.ctx)) as unknown as Excel.SettingCollection;
  }
  get application(): Excel.Application {
    return (this._application ??= new FakeApplication(this.ctx)) as unknown as Excel.Application;
  }
  get tables(): Excel.TableCollection {
    return (this._tables ??= new FakeTableCollectionAll(this.ctx)) as unknown as Excel.TableCollection;
  }
}

type ApplicationMembers =
  'calculationMode' | 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync' | 'calculate';

export class FakeApplication extends FakeObject implements Pick<Excel.Application, ApplicationMembers> {
  protected readonly typeName = 'Application';
  protected scalars() {
    const fake = this.ctx.fake;
    const mode = fake.state.calculationMode;
    // office-js 2770: AutomaticExceptTables was reported as Automatic.
    return {
      calculationMode: () =>
        mode === 'AutomaticExceptTables' && fake.options.exceptTablesReadsAutomatic ? 'Automatic' : mode,
    };
  }
  declare calculationMode: Excel.Application['calculationMode'];
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requireApi('Application.suspendApiCalculationUntilNextSync', '1.6');
    this.call('suspendApiCalculationUntilNextSync', [], () => {
      this.ctx.suspendCalc = true;
    });
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requireApi('Application.suspendScreenUpdatingUntilNextSync', '1.9');
    this.call('suspendScreenUpdatingUntilNextSync', [], () => {
      this.ctx.fake.screenUpdatingSuspensions++;
    });
  }
  calculate(calculationType: Excel.CalculationType | 'Recalculate' | 'Full' | 'FullRebuild'): void {
    this.call('calculate', [calculationType], () => {
      this.ctx.fake.calculateNow();
    });
  }
}
FakeObject.properties(FakeApplication, {
  calculationMode: {
    api: ['Application.calculationMode (set)', '1.8'],
    run(mode: Excel.Application['calculationMode']) {
      const m = String(mode);
      if (!['Automatic', 'AutomaticExceptTables', 'Manual'].includes(m))
        throw invalidArgument(`calculation mode ${m}`, 'Application.calculationMode');
      this.ctx.fake.state.calculationMode = m as WorkbookState['calculationMode'];
    },
  },
});

type CollectionMembers = 'items' | 'getItem' | 'getItemOrNullObject' | 'add' | 'getActiveWorksheet';

export class FakeWorksheetCollection extends FakeObject implements Pick<Excel.WorksheetCollection, CollectionMembers> {
  protected readonly typeName = 'WorksheetCollection';
  get items(): Excel.Worksheet[] {
    return this.loadedItems();
  }
  protected query(paths: string[]) {
    const sheets = this.ctx.fake.state.sheets.filter((s) => !s.deleted);
    return this.itemsQuery(
      sheets.map((s) => new FakeWorksheet(this.ctx, () => s)),
      paths,
    );
  }
  getItem(key: string): Excel.Worksheet {
    const ws = new FakeWorksheet(this.ctx, () => {
      const s = findSheet(this.ctx.fake.state, key);
      if (!s) throw itemNotFound(`worksheet "${key}"`, 'WorksheetCollection.getItem');
      return s;
    });
    return ws as unknown as Excel.Worksheet;
  }
  getItemOrNullObject(key: string): Excel.Worksheet {
    this.ctx.requireApi('WorksheetCollection.getItemOrNullObject', '1.4');
    const ws = new FakeWorksheet(this.ctx, () => findSheet(this.ctx.fake.state, key) ?? null, true);
    return ws as unknown as Excel.Worksheet;
  }
  getActiveWorksheet(): Excel.Worksheet {
    const ws = new FakeWorksheet(this.ctx, () => {
      const wb = this.ctx.fake.state;
      const s = wb.sheets.find((x) => x.id === wb.activeSheetId && !x.deleted);
      if (!s) throw itemNotFound('active worksheet', 'WorksheetCollection.getActiveWorksheet');
      return s;
    });
    return ws as unknown as Excel.Worksheet;
  }
  add(name?: string): Excel.Worksheet {
    let created: SheetState | null = null;
    const ws = new FakeWorksheet(this.ctx, () => {
      if (!created) throw itemNotFound('worksheet not yet added', 'WorksheetCollection.add');
      return created;
    });
    this.call('add', [name], () => {
      const wb = this.ctx.fake.state;
      let n = name;
      if (n === undefined) {
        let i = wb.sheets.length + 1;
        while (findSheet(wb, `Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      if (!validSheetName(n)) throw invalidArgument(`sheet name "${n}"`, 'WorksheetCollection.add');
      if (findSheet(wb, n))
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          `A worksheet named "${n}" already exists.`,
          'WorksheetCollection.add',
        );
      created = newSheet(wb, n);
      wb.sheets.push(created);
    });
    return ws as unknown as Excel.Worksheet;
  }
}

export class FakeNamedItem extends FakeItem<NameState> implements Pick<Excel.NamedItem, 'name' | 'formula' | 'delete'> {
  protected readonly typeName = 'NamedItem';
  protected readonly itemName = 'named item';
  constructor(ctx: FakeContext, resolveName: () => string | null, orNull: boolean) {
    super(ctx, () => ctx.fake.state.names.get(resolveName()?.toLowerCase() ?? '') ?? null, orNull);
  }
  protected scalars() {
    return { name: () => this.must().name, formula: () => this.must().formula };
  }
  declare readonly name: string;
  declare readonly formula: string;
  delete(): void {
    this.call('delete', [], () => {
      this.ctx.fake.state.names.delete(this.must().name.toLowerCase());
    });
  }
}
FakeObject.properties(FakeNamedItem, {
  name: null,
  formula: null,
});

export class FakeNamedItemCollection
  extends FakeObject
  implements Pick<Excel.NamedItemCollection, 'items' | 'add' | 'getItemOrNullObject'>
{
  protected readonly typeName = 'NamedItemCollection';
  get items(): Excel.NamedItem[] {
    return this.loadedItems();
  }
  protected query(paths: string[]) {
    const names = [...this.ctx.fake.state.names.values()];
    return this.itemsQuery(
      names.map((n) => new FakeNamedItem(this.ctx, () => n.name, false)),
      paths,
    );
  }
  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    this.ctx.requireApi('NamedItemCollection.add', '1.4');
    const ref = typeof reference === 'string' ? reference : '(range)';
    this.call('add', [name, ref, comment], () => {
      const names = this.ctx.fake.state.names;
      if (!/^[A-Za-z_\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
        throw invalidArgument(`name "${name}"`, 'NamedItemCollection.add');
      if (names.has(name.toLowerCase()))
        throw new FakeOfficeError('ItemAlreadyExists', `The name "${name}" already exists.`, 'NamedItemCollection.add');
      names.set(name.toLowerCase(), { name, formula: ref.startsWith('=') ? ref : `=${ref}` });
    });
    return new FakeNamedItem(this.ctx, () => name, false) as unknown as Excel.NamedItem;
  }
  getItemOrNullObject(name: string): Excel.NamedItem {
    this.ctx.requireApi('NamedItemCollection.getItemOrNullObject', '1.4');
    return new FakeNamedItem(this.ctx, () => name, true) as unknown as Excel.NamedItem;
  }
}

export class FakeSetting extends FakeObject implements Pick<Excel.Setting, 'key' | 'value' | 'delete'> {
  protected readonly typeName = 'Setting';
  readonly settingKey: string;
  constructor(ctx: FakeContext, settingKey: string, orNull: boolean) {
    super(ctx);
    this.settingKey = settingKey;
    this.canBeNull = orNull;
    if (orNull) this.probe();
  }
  protected exists() {
    return this.ctx.fake.state.settings.has(this.settingKey);
  }
  protected scalars() {
    return {
      key: () => this.settingKey,
      value: () => {
        if (!this.exists()) throw itemNotFound(`setting ${this.settingKey}`, 'Setting');
        return structuredClone(this.ctx.fake.state.settings.get(this.settingKey));
      },
    };
  }
  declare readonly key: string;
  declare value: unknown;
  delete(): void {
    this.call('delete', [], () => {
      this.ctx.fake.state.settings.delete(this.settingKey);
    });
  }
}
FakeObject.properties(FakeSetting, {
  key: null,
  value: {
    run(v: unknown) {
      this.ctx.fake.state.settings.set(this.settingKey, structuredClone(v));
    },
  },
});

export class FakeSettingCollection
  extends FakeObject
  implements Pick<Excel.SettingCollection, 'add' | 'getItemOrNullObject'>
{
  protected readonly typeName = 'SettingCollection';
  add(key: string, value: string | number | boolean | Date | unknown[] | unknown): Excel.Setting {
    if (jsonBytes(value) > 2_000_000) throw invalidArgument('setting value too large', 'SettingCollection.add');
    this.call('add', [key, value], () => {
      this.ctx.fake.state.settings.set(key, structuredClone(value));
    });
    return new FakeSetting(this.ctx, key, false) as unknown as Excel.Setting;
  }
  getItemOrNullObject(key: string): Excel.Setting {
    return new FakeSetting(this.ctx, key, true) as unknown as Excel.Setting;
  }
}

/** workbook.tables: every table in the workbook. */
export class FakeTableCollectionAll
  extends FakeObject
  implements Pick<Excel.TableCollection, 'items' | 'getItemOrNullObject'>
{
  protected readonly typeName = 'TableCollection';
  get items(): Excel.Table[] {
    return this.loadedItems();
  }
  private all(): Array<{ sheet: SheetState; table: TableState }> {
    return this.ctx.fake.state.sheets
      .filter((s) => !s.deleted)
      .flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  }
  protected query(paths: string[]) {
    return this.itemsQuery(
      this.all().map((x) => new FakeTable(this.ctx, () => x, false)),
      paths,
    );
  }
  getItemOrNullObject(key: string): Excel.Table {
    return new FakeTable(
      this.ctx,
      () => this.all().find((x) => x.table.name.toLowerCase() === key.toLowerCase()) ?? null,
      true,
    ) as unknown as Excel.Table;
  }
}
