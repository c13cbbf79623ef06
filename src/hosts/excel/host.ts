// ExcelHost: the Host port on Office.js. Every method is a fixed, small number of syncs, whatever
// the plan's size (README.md has the table). Reads and looks run in one Excel.run; writes in
// another, inside one undo group (ExcelApi 1.20) only when no command in them is one Excel cannot
// group (protection, tab position, visibility: Learn, "Undo capabilities in Excel add-ins"); an
// UndoNotSupported answer all the same is retried once without the group, counted in `retries`.
// What the host learnt in its last call (sheet names, protection, tables, names, calculation mode,
import { tabOrderAfter } from '../../workbook/tabOrder';
// the marks' records) is reused for the next write; a write that meets a changed workbook looks
// again and retries once.
import type {
  ApplyOptions,
  ApplyReport,
  CellEdit,
  Host,
  Mark,
  ReadRequest,
  SelfTestReport,
  WorkbookSnapshot,
} from '../../workbook/host';
import type { WorkbookSpec } from '../../workbook/spec';
import { addr } from '../../workbook/a1';
import { sheetProblems } from '../../workbook/limits';
import { cellKey } from '../../check/marks';
import { hostProblem, isOfficeCode, toHostError } from './errors';
import { findSheet, queueBasics, sameMarks, sameNames, type Knowledge } from './knowledge';
import { keepMarksHint, memoryStore, retryOnce, type LearnedStore } from './learned';
import {
  afterStore,
  cellLookChunks,
  cellsFromLook,
  covers,
  markTargets,
  planMarks,
  queueCellLook,
  storeOps,
  type CellsNow,
  recordsBytes,
  type CellLook,
  type MarkLook,
  type MarkReport,
} from './marking';
import { remember, specSize } from './readPlan';
import { Changed, Reading, type Action } from './reading';
import { queueSheet, type DataMode } from './reader';
import { REQUEST_BUDGET } from './payload';
import { Features } from './requirements';
import { officeRuntime, type ExcelRuntime } from './runtime';
import { columnRuns, wireText } from './cells';
import { SpecWriter, Writing, packChunks, type Op, type SheetInfo } from './writer';

export type { MarkReport } from './marking';

export interface ExcelHostOptions {
  /** Estimated bytes per write request (default 4,000,000: under Excel on the web's 5 MB). */
  requestBudget?: number;
  /** How long what the host learnt stays usable for a write without looking again (default 5 min). */
  knowledgeMaxAgeMs?: number;
  now?: () => number;
  /** What the self-test (or an earlier failure) taught about this Excel; in memory by default. */
  learned?: LearnedStore;
}

/** Errors a write can meet when the workbook changed since the host last looked. */
const STALE = ['ItemNotFound', 'ItemAlreadyExists', 'InvalidOperation', 'AccessDenied', 'MergedRangeConflict'];

/** How long a look taken in a read stays good for marking (a check marks right after reading). */
const LOOK_MAX_AGE_MS = 60_000;

export class ExcelHost implements Host {
  readonly features: Features;
  readonly learned: LearnedStore;
  /** @internal What the host knows of the workbook (shared with reading). */
  knowledge: Knowledge | null = null;
  private readonly budget: number;
  private readonly maxAge: number;
  readonly now: () => number;
  /** What the last markFindings / replaceFindings marked, skipped and left out. */
  lastMarkReport: MarkReport | null = null;
  /** Every retry the host made, and why (an undo group Excel refused, a workbook that changed). */
  readonly retries: Array<{ action: Action; reason: string }> = [];
  /** @internal The marks' look taken by the last read, for the next mark only. */
  markLook: MarkLook | null = null;
  private readonly reading = new Reading(this);

  constructor(
    private readonly runtime: ExcelRuntime = officeRuntime(),
    options: ExcelHostOptions = {},
  ) {
    this.features = new Features(runtime.isSetSupported);
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.maxAge = options.knowledgeMaxAgeMs ?? 5 * 60_000;
    this.now = options.now ?? (() => Date.now());
    this.learned = options.learned ?? memoryStore();
  }

  /** The add-in cannot run on an Excel older than the manifest's minimum set. */
  checkMinimum(): void {
    if (!this.features.hasMinimum())
      throw hostProblem('ApiNotFound', {
        zh: '此版本 Excel 过旧，指标模板需要 ExcelApi 1.4 或更高版本（Excel 2016 及以后的订阅版、Excel 网页版）。',
        en: 'This Excel is too old: Indicator Templates needs ExcelApi 1.4 or later (Excel 2016 subscription or later, Excel on the web).',
      });
  }

  private async run<T>(
    action: Action,
    batch: (ctx: Excel.RequestContext) => Promise<T>,
    write: { group: boolean } | null,
  ): Promise<T> {
    this.checkMinimum();
    if (action !== 'mark') this.markLook = null; // good only for the mark right after its read
    const grouped = !!write?.group && this.features.has('undoGroup');
    try {
      return await retryOnce(
        (n) =>
          this.runtime.run({ delayForCellEdit: true, ...(grouped && n === 0 ? { mergeUndoGroup: true } : {}) }, batch),
        (e) => grouped && isOfficeCode(e, 'UndoNotSupported') && this.noteRetry(action, 'UndoNotSupported'),
      );
    } catch (e) {
      if (write) this.knowledge = null; // after a failed write, look again next time
      throw toHostError(e, action);
    }
  }

  /**
   * The host's one retry rule: run `attempt`, and once more when it failed because the workbook
   * changed since the host last looked (`changed` says so); the retry is listed in `retries`.
   */
  private retryIfChanged<T>(
    action: Action,
    attempt: (n: 0 | 1) => Promise<T>,
    changed: (e: unknown) => boolean,
  ): Promise<T> {
    return retryOnce(attempt, (e) => changed(e) && this.noteRetry(action, 'the workbook changed'));
  }

  /** @internal */
  noteRetry(action: Action, reason: string): true {
    this.retries.push({ action, reason });
    return true;
  }

  private fresh(): Knowledge | null {
    const k = this.knowledge;
    return k && this.now() - k.at <= this.maxAge ? k : null;
  }

  /** @internal */
  async loadBasics(ctx: Excel.RequestContext): Promise<Knowledge> {
    const q = queueBasics(ctx, this.knowledge, this.now());
    await ctx.sync();
    this.knowledge = q();
    return this.knowledge;
  }

  // ---------------------------------------------------------------- read

  async read(req: ReadRequest = {}): Promise<WorkbookSnapshot> {
    // Formula texts are most of a template's bytes; a caller that only asks whether a cell has a
    // formula gets where the formulas are instead (ExcelApi 1.9), and the read stays one request.
    const mode: DataMode = req.formulas === 'presence' && this.features.has('rangeAreas') ? 'presence' : 'text';
    return this.run(
      'read',
      (ctx) =>
        this.retryIfChanged(
          'read',
          (n) => this.reading.once(ctx, req, mode, n === 0 ? this.fresh() : null),
          (e) => e instanceof Changed,
        ),
      null,
    );
  }

  // ---------------------------------------------------------------- apply

  async applySpec(spec: WorkbookSpec, _options: ApplyOptions = { replace: 'sheets-in-spec' }): Promise<ApplyReport> {
    // Excel's limits, checked once for both hosts (workbook/limits.ts): refused, never truncated.
    const problems = sheetProblems(spec);
    if (problems.length)
      throw hostProblem(problems.some((p) => /sheet name/.test(p.en)) ? 'InvalidSheetName' : 'SpecInvalid', {
        zh: problems.map((p) => p.zh).join('\n'),
        en: problems.map((p) => p.en).join('\n'),
      });
    if (!spec.sheets.some((s) => s.visibility === 'visible'))
      throw hostProblem('NoVisibleSheet', {
        zh: '模板中至少要有一张可见的工作表。',
        en: 'The templates need at least one visible sheet.',
      });
    let k = this.fresh();
    const looked = !k || !this.knowsSheetsOf(k, spec);
    if (looked) k = await this.inspect(spec);
    return this.retryIfChanged(
      'apply',
      async (n) => {
        if (n === 1) k = await this.inspect(spec);
        return this.write('apply', spec, k!, []);
      },
      (e) => !looked && isOfficeCode(e, ...STALE),
    );
  }

  private knowsSheetsOf(k: Knowledge, spec: WorkbookSpec): boolean {
    return spec.sheets.every((s) => {
      const info = findSheet(k, s.name);
      return !info || (info.tables !== null && info.protected !== null);
    });
  }

  /** Two syncs: what exists, then the protection and tables of the spec's sheets that exist. */
  private async inspect(spec: WorkbookSpec): Promise<Knowledge> {
    return this.run(
      'apply',
      async (ctx) => {
        const k = await this.loadBasics(ctx);
        const existing = spec.sheets.map((s) => findSheet(k, s.name)).filter((s): s is SheetInfo => !!s);
        if (existing.length) {
          const reads = existing.map((s) => queueSheet(ctx, s.name, this.features.has('protection'), false));
          await ctx.sync();
          remember(k, reads);
        }
        return k;
      },
      null,
    );
  }

  /** Write the spec (after `before`, the marks' commands): one Excel.run, one sync per 4 MB. */
  private async write(action: Action, spec: WorkbookSpec, k: Knowledge, before: Op[]): Promise<ApplyReport> {
    const writer = new SpecWriter(this.features, {
      sheets: k.sheets,
      names: k.names,
      calculationMode: k.calculationMode,
    });
    const ops: Op[] = [...before];
    // Marks on replaced sheets are gone with the old cells: drop them from the records.
    const replacedKeys = new Set(spec.sheets.map((s) => s.name.toLowerCase()));
    const kept = k.marks.filter((m) => !replacedKeys.has(m.sheet.toLowerCase()));
    if (kept.length !== k.marks.length) ops.push(...storeOps(k, kept));
    ops.push(...writer.ops(spec));
    await this.writeOps(action, ops, k.calculationMode);
    if (kept.length !== k.marks.length) afterStore(k, kept);
    // What the workbook now holds, for the next write, in tab order.
    const order = tabOrderAfter(
      k.sheets.map((s) => s.name),
      spec.sheets.map((s) => s.name),
    );
    const created: string[] = [];
    const replaced: string[] = [];
    for (const s of spec.sheets) {
      const info = findSheet(k, s.name);
      (info ? replaced : created).push(s.name);
      const vis = s.visibility === 'veryHidden' ? 'VeryHidden' : s.visibility === 'hidden' ? 'Hidden' : 'Visible';
      const next: SheetInfo = {
        name: s.name,
        visibility: vis,
        protected: s.protection !== null && this.features.has('protection'),
        tables: s.tables.map((t) => t.name),
        ...specSize(s),
      };
      if (info) Object.assign(info, next);
      else k.sheets.push(next);
    }
    k.sheets.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    k.names = [...new Set([...k.names, ...Object.keys(spec.names ?? {})])];
    k.at = this.now();
    this.knowledge = k;
    return { created, replaced, degraded: writer.degradedMessages() };
  }

  /**
   * Send operations in as few syncs as the request budget allows, screen updating suspended. The
   * calculation mode is never changed (Manual is application-wide on desktop, and
   * AutomaticExceptTables reads back as Automatic: office-js 2770): calculation is suspended for
   * every request but the last, which asks Excel to recalculate what the others left.
   */
  private async writeOps(action: Action, ops: Op[], calculationMode: string | null): Promise<void> {
    const chunks = packChunks(ops, this.budget);
    const group = !ops.some((o) => o.ungroupable);
    await this.run(
      action,
      async (ctx) => {
        const app = ctx.workbook.application;
        const suspend = this.features.has('suspendCalculation') && chunks.length > 1;
        const created = new Map<string, Excel.Worksheet>();
        for (let i = 0; i < chunks.length; i++) {
          const w = new Writing(ctx, created);
          const last = i === chunks.length - 1;
          if (this.features.has('suspendScreenUpdating')) app.suspendScreenUpdatingUntilNextSync();
          if (suspend && !last) app.suspendApiCalculationUntilNextSync();
          for (const op of chunks[i]) op.apply(w);
          if (suspend && last && calculationMode !== 'Manual') app.calculate('Recalculate' as Excel.CalculationType);
          await ctx.sync();
        }
      },
      { group },
    );
  }

  // ---------------------------------------------------------------- marks

  /** Add marks (a cell marked again keeps its first "before" and gets the new lines too). */
  async markFindings(marks: Mark[]): Promise<void> {
    this.lastMarkReport = (await this.changeMarks('mark', 'add', marks, null)).report;
  }

  /** Put back what every mark covered, where it is still as the add-in left it. */
  async clearFindings(): Promise<void> {
    await this.changeMarks('clear', 'clear', [], null);
  }

  /**
   * Clear the previous marks, mark these and write the result sheets: one look (one sync, none
   * after a read that looked ahead) and one write (one sync), what a check does after reading.
   */
  async replaceFindings(marks: Mark[], results?: WorkbookSpec): Promise<ApplyReport> {
    const r = await this.changeMarks('mark', 'replace', marks, results ?? null);
    this.lastMarkReport = r.report;
    return r.apply ?? { created: [], replaced: [], degraded: r.report.degraded };
  }

  /** The look the last read took for marking, if still good for this workbook's marks; used once. */
  private takeMarkLook(k: Knowledge): MarkLook | null {
    const l = this.markLook;
    this.markLook = null;
    return l && this.now() - l.at <= LOOK_MAX_AGE_MS && l.marks === JSON.stringify(k.marks) ? l : null;
  }

  private async changeMarks(
    action: Action,
    mode: 'add' | 'clear' | 'replace',
    marks: Mark[],
    results: WorkbookSpec | null,
  ): Promise<{ report: MarkReport; apply: ApplyReport | null }> {
    this.checkMinimum();
    const pre = this.fresh() ? this.takeMarkLook(this.fresh()!) : null;
    return this.retryIfChanged(
      action,
      async (n) => {
        const { k, now } = await this.lookForMarks(action, mode, marks, results, n === 0 ? pre : null);
        const plan = planMarks(k, this.features, mode, marks, now);
        const ops = [...plan.ops, ...storeOps(k, plan.records)];
        if (results) {
          const apply = await this.write(action, results, k, ops);
          afterStore(k, plan.records);
          keepMarksHint(this.learned, k);
          apply.degraded.push(...plan.report.degraded);
          return { report: plan.report, apply };
        }
        await this.writeOps(action, ops, k.calculationMode);
        afterStore(k, plan.records);
        k.at = this.now();
        this.knowledge = k;
        keepMarksHint(this.learned, k);
        return { report: plan.report, apply: null };
      },
      (e) => isOfficeCode(e, ...STALE),
    );
  }

  /** The cells a change of marks touches as they are now: from the read's look, or one look of its own. */
  private async lookForMarks(
    action: Action,
    mode: 'add' | 'clear' | 'replace',
    marks: Mark[],
    results: WorkbookSpec | null,
    pre: MarkLook | null,
  ): Promise<{ k: Knowledge; now: CellsNow }> {
    const k0 = this.fresh();
    const unknownOf = (k: Knowledge) =>
      (results?.sheets ?? [])
        .map((s) => findSheet(k, s.name))
        .filter((i): i is SheetInfo => !!i && (i.tables === null || i.protected === null));
    const outline = !this.features.has('notes');
    if (k0 && pre) {
      const t = markTargets(k0, mode, marks, outline);
      if (
        !unknownOf(k0).length &&
        covers(pre, t.cells, t.involved, this.features.has('notes'), this.features.has('protection'), t.bordered)
      )
        return { k: k0, now: cellsFromLook(pre, t.involved, this.features.has('notes')) };
    }
    return this.run(
      action,
      async (ctx) => {
        // One sync: the basics, every cell involved (its fill and note now), protection and structure.
        let seen: Knowledge | null = null; // what a first attempt found changed, for the second
        return this.retryIfChanged(
          action,
          async (n) => {
            const kk = (n === 0 ? k0 : seen) ?? (await this.loadBasics(ctx));
            const t = markTargets(kk, mode, marks, outline);
            const basics = queueBasics(ctx, kk, this.now());
            // Past some 7,000 old and new marks one request would pass the payload budget: the
            // cells go in as many requests as they need, the first with the basics.
            const [first, ...rest] = cellLookChunks(
              t.cells,
              (c) => ('note' in c ? String(c.note) : ''),
              recordsBytes(kk),
              t.bordered,
            );
            const into: CellLook = new Map();
            const cells = queueCellLook(ctx, this.features, first, t.involved, t.sheetName, into, t.bordered);
            const structure = unknownOf(kk).map((i) => queueSheet(ctx, i.name, this.features.has('protection'), false));
            await ctx.sync(); // ItemNotFound: a sheet went away
            const now = basics();
            this.knowledge = now;
            if (n === 0 && (!sameNames(now.sheets, kk.sheets) || !sameMarks(now.marks, kk.marks))) {
              seen = now;
              throw new Changed();
            }
            remember(now, structure);
            for (const chunk of rest) {
              queueCellLook(ctx, this.features, chunk, [], t.sheetName, into, t.bordered);
              await ctx.sync();
            }
            return { k: now, now: cells() };
          },
          (e) => e instanceof Changed || isOfficeCode(e, 'ItemNotFound'),
        );
      },
      null,
    );
  }

  // ---------------------------------------------------------------- cells

  /**
   * Set these cells' values in one sync; formats, formulas elsewhere and protection stay as they
   * are. Text goes through the template's text path: "-", "3/4" or "=x" stay the text typed.
   */
  async writeCells(cells: CellEdit[]): Promise<void> {
    if (!cells.length) return;
    await this.run(
      'apply',
      async (ctx) => {
        for (const run of columnRuns(cells)) {
          const ws = ctx.workbook.worksheets.getItem(run.sheet);
          const last = addr(run.row + run.values.length - 1, run.col);
          const range = ws.getRange(`${addr(run.row, run.col)}:${last}`);
          range.values = run.values.map((v) => [typeof v === 'string' ? wireText(v) : (v ?? '')]);
        }
        await ctx.sync();
      },
      { group: true },
    );
  }

  // ---------------------------------------------------------------- select

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(
      'select',
      async (ctx) => {
        // Know the sheet first (one more sync only when the host has not looked yet), so that a
        // hidden or missing sheet is said plainly instead of as Excel's refusal.
        let k = this.fresh();
        if (!k || !findSheet(k, sheet)) k = await this.loadBasics(ctx);
        const info = findSheet(k, sheet);
        if (!info)
          throw hostProblem('ItemNotFound', {
            zh: `找不到工作表“${sheet}”，可能已被删除或改名。`,
            en: `The sheet "${sheet}" was not found; it may have been deleted or renamed.`,
          });
        if (info.visibility !== 'Visible')
          throw hostProblem('SheetHidden', {
            zh: `工作表“${sheet}”已隐藏，无法定位。请先取消隐藏。`,
            en: `The sheet "${sheet}" is hidden, so the cell cannot be shown. Unhide the sheet first.`,
          });
        const ws = ctx.workbook.worksheets.getItem(info.name);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      },
      null,
    );
  }

  /** 诊断: try each behaviour the host depends on, on a scratch sheet; what it learns is kept. */
  async selfTest(): Promise<SelfTestReport> {
    try {
      // Loaded on the click: 诊断 is rare, and the pane's first script has a size budget.
      const { runSelfTest } = await import(/* webpackChunkName: "selftest" */ './selfTest');
      return await runSelfTest(this.runtime, this.learned);
    } catch (e) {
      throw toHostError(e, 'apply');
    }
  }

  /** Whether a mark is recorded on this cell (for tests and the self-test). */
  hasMark(sheet: string, cell: string): boolean {
    const key = cellKey(sheet, cell);
    return !!this.knowledge?.marks.some((m) => cellKey(m.sheet, m.cell) === key);
  }
}
