// FakeExcel: a strict in-memory stand-in for Excel's JavaScript API, for tests, benches and the
// task pane's preview page (browser-safe: no Node API).
//
// Strict like Excel: reading a property before load + sync throws PropertyNotLoaded; commands
// run only on sync; a request or response over the payload limit fails; a member of a
// requirement set the fake is told it lacks throws ApiNotFound; changes to locked cells of a
// protected sheet fail. Stricter than Excel: writes left for Excel.run's implicit last sync, or
// dropped because the batch failed, are reported in `problems` (and fail the run when strict).
//
// Not modelled: formula calculation. A formula cell's value stays null (read back as "") unless
// a `calculate` hook is given or a test primes it with setFormulaValues(). Everything else the
// host writes (values, formula text, number formats, fonts, fills, borders, alignment, merges,
// widths, heights, validation, conditional formats, protection and locked flags, visibility,
// freeze panes, page layout, tables, names, hyperlinks, notes, settings) is kept as real state.
import { FakeContext } from './context';
import { FakeOfficeError } from './errors';
import { newWorkbook, type WorkbookState } from './state';
import { FakeWorkbook } from './workbook';

export interface FakeExcelOptions {
  /** Sheets of the new workbook; default ["Sheet1"]. */
  sheets?: string[];
  /** Highest ExcelApi requirement set supported; default "1.20". */
  apiVersion?: string;
  /** Request and response payload limit in bytes; default 5 MB (Excel on the web). */
  payloadLimit?: number;
  /** Cells a single range read may return; default 5,000,000. */
  cellLimit?: number;
  /** The user is editing a cell: a batch without delayForCellEdit fails. */
  cellEditMode?: boolean;
  /** Reject a run that left writes unsynced (default true). */
  strict?: boolean;
  /** Called after a sync that wrote, when calculation is automatic and not suspended. */
  calculate?: (state: WorkbookState) => void;
  /**
   * Where Excel runs (default 'windows'). Inside an undo group (mergeUndoGroup), protect/unprotect
   * fail with UndoNotSupported everywhere and tab position/visibility on Windows and Mac (Learn,
   * "Undo capabilities in Excel add-ins").
   */
  platform?: 'windows' | 'mac' | 'web';
  /**
   * getSpecialCells on a protected sheet: undocumented (VBA's SpecialCells fails there). 'works'
   * (default), 'null' (answers as if there were none) or 'throws'.
   */
  specialCellsOnProtected?: 'works' | 'null' | 'throws';
  /**
   * protect() on a protected sheet and unprotect() on an unprotected one fail with AccessDenied (a
   * 2026 regression, office-js 6784). Default false: unprotect is then a no-op and protect on a
   * protected sheet fails with InvalidOperation.
   */
  unprotectUnprotectedThrows?: boolean;
  /** The error a wrong password gives at unprotect: InvalidArgument (default) or BadPassword (Learn). */
  passwordError?: 'InvalidArgument' | 'BadPassword';
  /** unfreeze and tabColor fail on a hidden sheet (office-js 1463, builds before the fix). Default true. */
  hiddenSheetPanesThrow?: boolean;
  /** AutomaticExceptTables reads back as Automatic (office-js 2770). Default true. */
  exceptTablesReadsAutomatic?: boolean;
  /**
   * More members that fail inside an undo group ("Range.values"): Learn's table lists many more
   * than the fake models, and builds differ.
   */
  undoUnsupported?: string[];
  /**
   * Fit-to-pages print zoom is silently not set unless the Page Layout tab was opened (office-js
   * 1860: orientation and a scale are set, horizontal/verticalFitToPages are not). Default false.
   */
  fitToPagesIgnored?: boolean;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  writes: number;
}

export interface RunRecord {
  syncs: number;
  mergeUndoGroup: boolean;
  delayForCellEdit: boolean;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

export class FakeExcel {
  state: WorkbookState;
  readonly options: Required<Omit<FakeExcelOptions, 'calculate' | 'sheets'>> & Pick<FakeExcelOptions, 'calculate'>;
  /** An error the next round trip fails with (InactiveWorkbook when the user switched workbooks…). */
  failNextSync: { code: string; message: string } | null = null;
  /** Every round trip, in order. */
  syncs: SyncRecord[] = [];
  /** context.sync() calls, including empty ones that make no round trip. */
  syncCalls = 0;
  runs: RunRecord[] = [];
  /** Misuse the fake noticed: writes never explicitly synced. */
  problems: string[] = [];
  screenUpdatingSuspensions = 0;
  calculations = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.state = newWorkbook(options.sheets);
    this.options = {
      apiVersion: options.apiVersion ?? '1.20',
      payloadLimit: options.payloadLimit ?? 5 * 1024 * 1024,
      cellLimit: options.cellLimit ?? 5_000_000,
      cellEditMode: options.cellEditMode ?? false,
      strict: options.strict ?? true,
      calculate: options.calculate,
      platform: options.platform ?? 'windows',
      specialCellsOnProtected: options.specialCellsOnProtected ?? 'works',
      unprotectUnprotectedThrows: options.unprotectUnprotectedThrows ?? false,
      passwordError: options.passwordError ?? 'InvalidArgument',
      hiddenSheetPanesThrow: options.hiddenSheetPanesThrow ?? true,
      exceptTablesReadsAutomatic: options.exceptTablesReadsAutomatic ?? true,
      undoUnsupported: options.undoUnsupported ?? [],
      fitToPagesIgnored: options.fitToPagesIgnored ?? false,
    };
  }

  isSetSupported = (name: string, minVersion?: string): boolean => {
    if (name !== 'ExcelApi') return false;
    return versionAtLeast(this.options.apiVersion, minVersion ?? '1.1');
  };

  /** Office.context.diagnostics as the fake answers it. */
  diagnostics = (): { version: string; platform: string } => ({
    version: `FakeExcel (ExcelApi ${this.options.apiVersion})`,
    platform: this.options.platform,
  });

  /** Excel.run with options, as the host calls it. */
  run = async <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (options.mergeUndoGroup && !this.isSetSupported('ExcelApi', '1.20'))
      throw new FakeOfficeError('ApiNotFound', 'mergeUndoGroup needs ExcelApi 1.20.');
    const ctx = new FakeContext(this, options);
    const workbook = new FakeWorkbook(ctx);
    const context = Object.assign(ctx, { workbook }) as unknown as Excel.RequestContext;
    const before = this.syncs.length;
    let result: T;
    try {
      result = await batch(context);
    } catch (e) {
      const lost = ctx.pendingWrites;
      if (lost.length)
        this.problems.push(`a failed batch dropped ${lost.length} queued write(s): ${lost.slice(0, 3).join('; ')}`);
      ctx.closed = true;
      this.runs.push({ syncs: this.syncs.length - before, ...flags(options) });
      throw e;
    }
    const left = ctx.pendingWrites;
    if (left.length) {
      this.problems.push(`${left.length} write(s) were queued but never synced: ${left.slice(0, 3).join('; ')}`);
      await ctx.sync(); // Excel.run's implicit last sync
    }
    ctx.closed = true;
    this.runs.push({ syncs: this.syncs.length - before, ...flags(options) });
    if (left.length && this.options.strict)
      throw new Error(`FakeExcel (strict): ${this.problems[this.problems.length - 1]}`);
    return result;
  };

  /** Clear the counters (between a setup and the step a test measures). */
  resetStats(): void {
    this.syncs = [];
    this.syncCalls = 0;
    this.runs = [];
    this.screenUpdatingSuspensions = 0;
    this.calculations = 0;
  }

  get stats() {
    return {
      syncs: this.syncs.length,
      maxRequestBytes: Math.max(0, ...this.syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...this.syncs.map((s) => s.responseBytes)),
      totalRequestBytes: this.syncs.reduce((n, s) => n + s.requestBytes, 0),
    };
  }

  /** @internal called by the context after a sync that wrote. */
  afterWrite(calcSuspended: boolean): void {
    if (!calcSuspended && this.state.calculationMode !== 'Manual') this.calculateNow();
  }
  /** @internal */
  calculateNow(): void {
    this.calculations++;
    this.options.calculate?.(this.state);
  }
}

function flags(options: Excel.RunOptions) {
  return { mergeUndoGroup: options.mergeUndoGroup === true, delayForCellEdit: options.delayForCellEdit === true };
}
