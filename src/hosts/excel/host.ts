// ExcelHost: the Host port on Office.js. Every method is one Excel.run with a fixed, small number
// of syncs, whatever the plan's size:
//   read          1 sync (2 the first time, to learn the sheet list; more only past 4 MB). With
//                 formulas: 'presence' it reads where the formulas are instead of their texts; with
//                 markSheets it also looks at those sheets' cells for the next mark.
//   applySpec     1 sync per 4 MB of commands (one for any real plan), +1 to inspect when the
//                 host has not just read the sheets it replaces
//   markFindings  2 syncs (look at the cells, then mark), +1 the first time
//   replaceFindings 1 sync right after a read that looked ahead and covers every cell, else 2
//   clearFindings 2 syncs, +1 the first time
//   select        1 sync
//   writeCells    1 sync (values only: runs of cells down a column go as one range)
// What the host learnt in its last read (sheet names, protection, tables, names, calculation
// mode, the marks registry) is reused for the next write; the write checks it in the same
// request and, when the workbook changed meanwhile, looks again and retries once.
import type {
  ApplyOptions,
  ApplyReport,
  CellEdit,
  Host,
  Mark,
  ReadRequest,
  SheetSnapshot,
  WorkbookSnapshot,
} from '../../workbook/host';
import type { SheetSpec, WorkbookSpec } from '../../workbook/spec';
import { addr, parseAddr } from '../../workbook/a1';
import { sheetNameProblem } from '../../workbook/a1';
import { ExcelHostError, hostProblem, isOfficeCode, toHostError } from './errors';
import {
  REGISTRY_KEY,
  TIER_FILL,
  byCell,
  cellKey,
  emptyRegistry,
  markLine,
  moreSerious,
  parseRegistry,
  type MarkEntry,
  type Registry,
} from './marks';
import {
  queueFormulaAreas,
  queueSheet,
  toSnapshot,
  isSizeLimit,
  parseAreas,
  readInBlocks,
  type DataMode,
  type Extent,
  type SheetRead,
} from './reader';
import { REQUEST_BUDGET, RESPONSE_BUDGET, jsonBytes } from './payload';
import { Features } from './requirements';
import { officeRuntime, type ExcelRuntime } from './runtime';
import { SpecWriter, Writing, packChunks, type Op, type SheetInfo, type Structure } from './writer';

export interface ExcelHostOptions {
  /** Estimated bytes per write request (default 4,000,000: under Excel on the web's 5 MB). */
  requestBudget?: number;
  /** How long what the host learnt stays usable for a write without looking again (default 5 min). */
  knowledgeMaxAgeMs?: number;
  now?: () => number;
}

interface Knowledge {
  sheets: SheetInfo[];
  names: string[];
  calculationMode: string | null;
  registry: Registry;
  at: number;
}

/** Errors a write can meet when the workbook changed since the host last looked. */
const STALE = ['ItemNotFound', 'ItemAlreadyExists', 'InvalidOperation', 'AccessDenied', 'MergedRangeConflict'];

/**
 * What marking will need to know, looked at in a read that was told where marks will go
 * (ReadRequest.markSheets): the fills of those sheets' cells, whether they hold notes, the cells of
 * the marks already made, and the protection of every sheet involved. Good for the next mark only.
 */
interface MarkLook {
  at: number;
  registry: string;
  /** Fill (a colour, or null for none) by cellKey, for every cell looked at. */
  fills: Map<string, string | null>;
  /** Note text (or null for none) by cellKey, where known cell by cell. */
  notes: Map<string, string | null>;
  /** Sheets (lower case) whose every note sits on a cell in `notes`: any other cell has none. */
  noteFree: Set<string>;
  protections: Map<string, { protected: boolean; options: Excel.WorksheetProtectionOptions }>;
}

/** Response bytes per cell of a fill look: {"format":{"fill":{"color":"#FFFFFF","pattern":"None"}}}. */
const LOOK_BYTES_PER_CELL = 60;
/** Request and response bytes of looking at one marked cell (fill and note). */
const LOOK_BYTES_PER_MARK = 200;

/** How long a look taken in a read stays good for marking (a check marks right after reading). */
const LOOK_MAX_AGE_MS = 60_000;

export interface MarkReport {
  marked: number;
  skipped: string[];
  degraded: string[];
}

export class ExcelHost implements Host {
  readonly features: Features;
  private knowledge: Knowledge | null = null;
  private readonly budget: number;
  private readonly maxAge: number;
  private readonly now: () => number;
  /** What the last markFindings / replaceFindings marked, skipped and left out. */
  lastMarkReport: MarkReport | null = null;
  /** The marks' look taken by the last read, for the next mark only. */
  private markLook: MarkLook | null = null;

  constructor(
    private readonly runtime: ExcelRuntime = officeRuntime(),
    options: ExcelHostOptions = {},
  ) {
    this.features = new Features(runtime.isSetSupported);
    this.budget = options.requestBudget ?? REQUEST_BUDGET;
    this.maxAge = options.knowledgeMaxAgeMs ?? 5 * 60_000;
    this.now = options.now ?? (() => Date.now());
  }

  /** The add-in cannot run on an Excel older than the manifest's minimum set. */
  checkMinimum(): void {
    if (!this.features.hasMinimum())
      throw hostProblem(
        'ApiNotFound',
        '此版本 Excel 过旧，指标模板需要 ExcelApi 1.4 或更高版本（Excel 2016 及以后的订阅版、Excel 网页版）。',
        'This Excel is too old: Indicator Templates needs ExcelApi 1.4 or later (Excel 2016 subscription or later, Excel on the web).',
      );
  }

  private async run<T>(
    action: 'read' | 'apply' | 'mark' | 'clear' | 'select',
    batch: (ctx: Excel.RequestContext) => Promise<T>,
    write: boolean,
  ): Promise<T> {
    this.checkMinimum();
    if (action !== 'mark') this.markLook = null; // good only for the mark right after its read
    const options: Excel.RunOptions = { delayForCellEdit: true };
    if (write && this.features.has('undoGroup')) options.mergeUndoGroup = true;
    try {
      return await this.runtime.run(options, batch);
    } catch (e) {
      if (write) this.knowledge = null; // after a failed write, look again next time
      throw toHostError(e, action);
    }
  }

  private fresh(): Knowledge | null {
    const k = this.knowledge;
    return k && this.now() - k.at <= this.maxAge ? k : null;
  }

  private findSheet(k: Knowledge, name: string): SheetInfo | undefined {
    const n = name.toLowerCase();
    return k.sheets.find((s) => s.name.toLowerCase() === n);
  }

  /** One sync: the sheet list, defined names, calculation mode and the marks registry. */
  private async loadBasics(ctx: Excel.RequestContext): Promise<Knowledge> {
    const q = this.queueBasics(ctx);
    await ctx.sync();
    return q();
  }

  private queueBasics(ctx: Excel.RequestContext): () => Knowledge {
    const wb = ctx.workbook;
    const sheets = wb.worksheets.load('items/name,items/visibility');
    const names = wb.names.load('items/name');
    const app = wb.application.load('calculationMode');
    const reg = wb.settings.getItemOrNullObject(REGISTRY_KEY).load('value');
    return () => {
      const old = this.knowledge;
      return {
        sheets: sheets.items.map((s) => {
          const prev = old?.sheets.find((x) => x.name === s.name);
          // What the host learnt of a sheet's structure and size stays until it reads or writes it again.
          return {
            ...prev,
            name: s.name,
            visibility: s.visibility as SheetInfo['visibility'],
            protected: prev?.protected ?? null,
            tables: prev?.tables ?? null,
          };
        }),
        names: names.items.map((n) => n.name),
        calculationMode: String(app.calculationMode),
        registry: reg.isNullObject ? emptyRegistry() : parseRegistry(reg.value),
        at: this.now(),
      };
    };
  }

  // ---------------------------------------------------------------- read

  async read(req: ReadRequest = {}): Promise<WorkbookSnapshot> {
    return this.run(
      'read',
      async (ctx) => {
        // Formula texts are most of a template's bytes; a caller that only asks whether a cell has a
        // formula gets where the formulas are instead (ExcelApi 1.9), and the read stays one request.
        const mode: DataMode = req.formulas === 'presence' && this.features.has('rangeAreas') ? 'presence' : 'text';
        let k = this.fresh();
        let loadedNow = false;
        for (let attempt = 0; ; attempt++) {
          if (!k) {
            k = await this.loadBasics(ctx);
            this.knowledge = k;
            loadedNow = true;
          }
          const kk = k;
          const wanted = req.sheets
            ? [...new Set(req.sheets.map((n) => this.findSheet(kk, n)?.name).filter((n): n is string => !!n))]
            : kk.sheets.map((s) => s.name);
          if (wanted.length === 0) {
            if (loadedNow) return { sheets: [] };
            k = null; // none of them known here: make sure, with a fresh look
            continue;
          }
          // Sheets in requests that fit the response limit, by what the host knows of their size.
          const infos = wanted.map((n) => this.findSheet(kk, n)!);
          // The marks' look rides with the read in the room its response leaves (sheets in the order given).
          const readBytes = infos.reduce((n, s) => n + ((mode === 'presence' ? s.presenceBytes : s.bytes) ?? 0), 0);
          const lookAt = this.lookSheets(kk, req.markSheets ?? [], RESPONSE_BUDGET - readBytes);
          const groups = planGroups(infos, mode, lookAt.bytes);
          const out = new Map<string, SheetSnapshot>();
          let changed = false;
          for (let g = 0; g < groups.length; g++) {
            const basics = g === 0 && !loadedNow ? this.queueBasics(ctx) : null;
            const reads = groups[g].map((n) => queueSheet(ctx, n, this.features.has('protection'), mode));
            const look = g === 0 && lookAt.sheets.length ? this.queueMarkLook(ctx, kk, lookAt.sheets) : null;
            try {
              await ctx.sync();
            } catch (e) {
              if (attempt === 0 && g === 0 && !loadedNow && isOfficeCode(e, 'ItemNotFound')) {
                changed = true; // a sheet went away since the host last looked
                break;
              }
              if (!isSizeLimit(e)) throw e;
              const large = await this.readLarge(ctx, groups[g], mode);
              for (const s of large.sheets) out.set(s.name, s);
              continue;
            }
            if (basics) {
              const now = basics();
              if (!sameNames(now.sheets, kk.sheets)) {
                changed = true;
                break;
              }
              if (look && JSON.stringify(now.registry) === look.registry) this.markLook = look.take();
            } else if (look) this.markLook = look.take();
            this.remember(this.knowledge ?? kk, reads, true);
            for (const r of reads) out.set(r.name, this.snapshotOf(r));
          }
          if (changed && attempt === 0) {
            // The workbook changed since the host last looked: read again with what is there now.
            k = null;
            continue;
          }
          return { sheets: wanted.map((n) => out.get(n)).filter((s): s is SheetSnapshot => !!s) };
        }
      },
      false,
    );
  }

  /**
   * Queue, with a read, what marking these sheets will need to look at (ExcelApi 1.9 for per-cell
   * fills): the fills of their cells as last seen in extent, their note counts, the cells of the
   * marks already made, and protection. Null when there is nothing to look at or no way to.
   */
  /** What the marks' look adds to a read's response, estimated; 0 when it will not be taken. */
  /** The sheets (first ones first) whose look fits in `room` bytes of response, and its estimate. */
  private lookSheets(k: Knowledge, markSheets: string[], room: number): { sheets: SheetInfo[]; bytes: number } {
    const out: SheetInfo[] = [];
    if (!markSheets.length || !this.features.has('fillPattern')) return { sheets: out, bytes: 0 };
    let bytes = k.registry.marks.length * LOOK_BYTES_PER_MARK;
    for (const n of markSheets) {
      const s = this.findSheet(k, n);
      if (!s || !s.rows || !s.columns || out.includes(s)) continue;
      const b = s.rows * s.columns * LOOK_BYTES_PER_CELL;
      if (bytes + b > room) break;
      out.push(s);
      bytes += b;
    }
    return out.length ? { sheets: out, bytes } : { sheets: out, bytes: 0 };
  }

  private queueMarkLook(
    ctx: Excel.RequestContext,
    k: Knowledge,
    sheets: SheetInfo[],
  ): { registry: string; take: () => MarkLook } | null {
    const notes = this.features.has('notes');
    const old = k.registry.marks.filter((m) => this.findSheet(k, m.sheet));
    const involved = [...new Set([...sheets.map((s) => s.name), ...old.map((m) => this.findSheet(k, m.sheet)!.name)])];
    if (!involved.length) return null;
    const grids = sheets.map((s) => ({
      name: s.name,
      props: ctx.workbook.worksheets
        .getItem(s.name)
        .getRangeByIndexes(0, 0, s.rows!, s.columns!)
        .getCellProperties({ format: { fill: { color: true, pattern: true } } }),
      count: notes ? ctx.workbook.worksheets.getItem(s.name).notes.getCount() : null,
    }));
    const cells = old.map((m) => {
      const ws = ctx.workbook.worksheets.getItem(this.findSheet(k, m.sheet)!.name);
      return {
        key: cellKey(m.sheet, m.cell),
        sheet: m.sheet.toLowerCase(),
        fill: ws.getRange(m.cell).format.fill.load('color,pattern'),
        note: notes ? ws.notes.getItemOrNullObject(m.cell).load('content') : null,
      };
    });
    const protections = this.features.has('protection')
      ? involved.map((n) => ({ name: n, p: ctx.workbook.worksheets.getItem(n).protection.load('protected,options') }))
      : [];
    return {
      registry: JSON.stringify(k.registry),
      take: () => {
        const look: MarkLook = {
          at: this.now(),
          registry: JSON.stringify(k.registry),
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
                cellKey(g.name, addr(r + 1, j + 1)),
                f && f.pattern !== 'None' && f.color ? f.color.toUpperCase() : null,
              );
            }),
          );
        for (const c of cells) {
          look.fills.set(c.key, c.fill.pattern === 'None' || !c.fill.color ? null : c.fill.color.toUpperCase());
          if (c.note) look.notes.set(c.key, c.note.isNullObject ? null : c.note.content);
          else look.notes.set(c.key, null);
        }
        for (const g of grids) {
          const own = cells.filter((c) => c.sheet === g.name.toLowerCase() && c.note && !c.note.isNullObject).length;
          // Every note on the sheet is one of the marks' cells: any other cell has none.
          if (g.count === null || g.count.value === own) look.noteFree.add(g.name.toLowerCase());
        }
        return look;
      },
    };
  }

  private snapshotOf(r: SheetRead): SheetSnapshot {
    const u = r.used;
    if (u.isNullObject) return toSnapshot(r.ws.name, r.ws.visibility, 0, 0, []);
    const presence = r.formulaAreas !== null;
    return toSnapshot(
      r.ws.name,
      r.ws.visibility,
      u.rowIndex + u.rowCount,
      u.columnIndex + u.columnCount,
      [{ row: u.rowIndex, col: u.columnIndex, values: u.values, ...(presence ? {} : { formulas: u.formulas }) }],
      presence ? areasOf(r.formulaAreas) : [],
    );
  }

  /** The read did not fit one response: learn the extents, then read in row blocks. */
  private async readLarge(ctx: Excel.RequestContext, wanted: string[], mode: DataMode): Promise<WorkbookSnapshot> {
    const basics = this.queueBasics(ctx);
    const reads = wanted.map((n) => queueSheet(ctx, n, this.features.has('protection'), false));
    const areas = new Map(mode === 'presence' ? reads.map((r) => [r.name, queueFormulaAreas(r.ws)]) : []);
    await ctx.sync();
    this.remember(basics(), reads);
    const extents: Extent[] = reads
      .filter((r) => !r.used.isNullObject)
      .map((r) => ({
        name: r.name,
        rowIndex: r.used.rowIndex,
        columnIndex: r.used.columnIndex,
        rowCount: r.used.rowCount,
        columnCount: r.used.columnCount,
      }));
    const blocks = await readInBlocks(ctx, extents, mode === 'text');
    return {
      sheets: reads.map((r) =>
        r.used.isNullObject
          ? toSnapshot(r.ws.name, r.ws.visibility, 0, 0, [])
          : toSnapshot(
              r.ws.name,
              r.ws.visibility,
              r.used.rowIndex + r.used.rowCount,
              r.used.columnIndex + r.used.columnCount,
              blocks.get(r.name) ?? [],
              areas.has(r.name) ? areasOf(areas.get(r.name)!) : [],
            ),
      ),
    };
  }

  private remember(k: Knowledge, reads: SheetRead[], withData = false): void {
    for (const r of reads) {
      const s = this.findSheet(k, r.name);
      if (!s) continue;
      s.protected = r.protection ? r.protection.protected : false;
      s.tables = r.tables.items.map((t) => t.name);
      if (r.used.isNullObject) {
        s.bytes = 0;
        s.rows = 0;
        s.columns = 0;
      } else {
        s.rows = r.used.rowIndex + r.used.rowCount;
        s.columns = r.used.columnIndex + r.used.columnCount;
        if (withData) {
          const values = jsonBytes(r.used.values);
          if (r.formulaAreas) {
            const areas = r.formulaAreas.isNullObject ? 0 : jsonBytes(r.formulaAreas.address);
            s.presenceBytes = values + areas;
            // The texts' size stays as last known; without it, assume formulas as long as values.
            s.bytes = s.bytes ?? 2 * values + areas;
          } else {
            s.bytes = values + jsonBytes(r.used.formulas);
            s.presenceBytes = values + formulaRowsBytes(r.used.formulas, r.used.values);
          }
        }
      }
    }
    this.knowledge = k;
  }

  // ---------------------------------------------------------------- apply

  async applySpec(spec: WorkbookSpec, _options: ApplyOptions = { replace: 'sheets-in-spec' }): Promise<ApplyReport> {
    for (const s of spec.sheets) {
      const p = sheetNameProblem(s.name);
      if (p) throw hostProblem('InvalidSheetName', p.split(' / ')[0], p.split(' / ')[1] ?? p);
    }
    if (!spec.sheets.some((s) => s.visibility === 'visible'))
      throw hostProblem(
        'NoVisibleSheet',
        '模板中至少要有一张可见的工作表。',
        'The templates need at least one visible sheet.',
      );
    return this.run(
      'apply',
      async (ctx) => {
        let k = this.fresh();
        let inspected = false;
        if (!k || !this.knowsSheetsOf(k, spec)) {
          k = await this.inspect(ctx, spec);
          inspected = true;
        }
        const originalMode = k.calculationMode;
        try {
          return await this.write(ctx, spec, k, originalMode);
        } catch (e) {
          if (inspected || !isOfficeCode(e, ...STALE)) {
            await this.restoreCalculation(ctx, originalMode, e);
            throw e;
          }
          // The workbook changed since the host last looked: look again and write again once.
          k = await this.inspect(ctx, spec);
          try {
            return await this.write(ctx, spec, k, originalMode);
          } catch (e2) {
            await this.restoreCalculation(ctx, originalMode, e2);
            throw e2;
          }
        }
      },
      true,
    );
  }

  private knowsSheetsOf(k: Knowledge, spec: WorkbookSpec): boolean {
    return spec.sheets.every((s) => {
      const info = this.findSheet(k, s.name);
      return !info || (info.tables !== null && info.protected !== null);
    });
  }

  /** Two syncs: what exists, then the protection and tables of the spec's sheets that exist. */
  private async inspect(ctx: Excel.RequestContext, spec: WorkbookSpec): Promise<Knowledge> {
    const k = await this.loadBasics(ctx);
    const existing = spec.sheets.map((s) => this.findSheet(k, s.name)).filter((s): s is SheetInfo => !!s);
    if (existing.length) {
      const reads = existing.map((s) => queueSheet(ctx, s.name, this.features.has('protection'), false));
      await ctx.sync();
      this.remember(k, reads);
    } else this.knowledge = k;
    return k;
  }

  private async write(
    ctx: Excel.RequestContext,
    spec: WorkbookSpec,
    k: Knowledge,
    originalMode: string | null,
    before: Op[] = [],
  ): Promise<ApplyReport> {
    const structure: Structure = { sheets: k.sheets, names: k.names, calculationMode: originalMode };
    const writer = new SpecWriter(this.features, structure);
    const ops: Op[] = [...before];
    // Marks on replaced sheets are gone with the old cells: drop them from the registry.
    const replacedKeys = new Set(spec.sheets.map((s) => s.name.toLowerCase()));
    const keptMarks = k.registry.marks.filter((m) => !replacedKeys.has(m.sheet.toLowerCase()));
    if (keptMarks.length !== k.registry.marks.length) {
      const reg: Registry = { version: 1, marks: keptMarks };
      ops.push({
        phase: 'prepare',
        bytes: 300 + JSON.stringify(reg).length * 3,
        apply: (w) => void w.ctx.workbook.settings.add(REGISTRY_KEY, reg),
      });
    }
    ops.push(...writer.ops(spec));
    await this.writeOps(ctx, ops, originalMode);
    // What the workbook now holds, for the next write.
    const created_: string[] = [];
    const replaced: string[] = [];
    for (const s of spec.sheets) {
      const info = this.findSheet(k, s.name);
      (info ? replaced : created_).push(s.name);
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
    const order = new Map(spec.sheets.map((s, i) => [s.name.toLowerCase(), i]));
    k.sheets.sort((a, b) => (order.get(a.name.toLowerCase()) ?? 1e9) - (order.get(b.name.toLowerCase()) ?? 1e9));
    k.names = [...new Set([...k.names, ...Object.keys(spec.names ?? {})])];
    k.registry = { version: 1, marks: keptMarks };
    k.at = this.now();
    this.knowledge = k;
    return { created: created_, replaced, degraded: writer.degradedMessages() };
  }

  /**
   * Send operations in as few syncs as the request budget allows, with screen updating suspended
   * and calculation manual meanwhile (restored in the last sync).
   */
  private async writeOps(ctx: Excel.RequestContext, ops: Op[], originalMode: string | null): Promise<void> {
    const chunks = packChunks(ops, this.budget);
    const app = ctx.workbook.application;
    const manual = this.features.has('calculationMode') && originalMode !== null && originalMode !== 'Manual';
    const created = new Map<string, Excel.Worksheet>();
    for (let i = 0; i < chunks.length; i++) {
      const w = new Writing(ctx, created);
      if (this.features.has('suspendScreenUpdating')) app.suspendScreenUpdatingUntilNextSync();
      if (manual && i === 0) app.calculationMode = 'Manual';
      if (!manual && this.features.has('suspendCalculation') && i < chunks.length - 1)
        app.suspendApiCalculationUntilNextSync();
      for (const op of chunks[i]) op.apply(w);
      if (manual && i === chunks.length - 1) app.calculationMode = originalMode as Excel.CalculationMode;
      await ctx.sync();
    }
  }

  /** Put calculation back after a failed write; a second failure rides along on the first. */
  private async restoreCalculation(ctx: Excel.RequestContext, mode: string | null, primary: unknown): Promise<void> {
    if (!this.features.has('calculationMode') || mode === null || mode === 'Manual') return;
    try {
      ctx.workbook.application.calculationMode = mode as Excel.CalculationMode;
      await ctx.sync();
    } catch (e) {
      if (primary && typeof primary === 'object')
        (primary as { secondary?: ExcelHostError }).secondary = toHostError(e, 'apply');
    }
  }

  // ---------------------------------------------------------------- marks

  /** Add marks (a cell marked again keeps its first "before" and gets the new lines too). */
  async markFindings(marks: Mark[]): Promise<void> {
    const r = await this.run('mark', (ctx) => this.changeMarks(ctx, 'add', marks, null), true);
    this.lastMarkReport = r.report;
  }

  /** Put back what every mark covered, where it is still as the add-in left it. */
  async clearFindings(): Promise<void> {
    await this.run('clear', (ctx) => this.changeMarks(ctx, 'clear', [], null), true);
  }

  /**
   * Clear the previous marks, mark these and write the result sheets: one look (one sync) and one
   * write (one sync), what a check does after reading.
   */
  async replaceFindings(marks: Mark[], results?: WorkbookSpec): Promise<ApplyReport> {
    const r = await this.run('mark', (ctx) => this.changeMarks(ctx, 'replace', marks, results ?? null), true);
    this.lastMarkReport = r.report;
    return r.apply ?? { created: [], replaced: [], degraded: r.report.degraded };
  }

  /** The look the last read took for marking, if still good for this workbook's marks; used once. */
  private takeMarkLook(k: Knowledge): MarkLook | null {
    const l = this.markLook;
    this.markLook = null;
    return l && this.now() - l.at <= LOOK_MAX_AGE_MS && l.registry === JSON.stringify(k.registry) ? l : null;
  }

  private async changeMarks(
    ctx: Excel.RequestContext,
    mode: 'add' | 'clear' | 'replace',
    marks: Mark[],
    results: WorkbookSpec | null,
  ): Promise<{ report: MarkReport; apply: ApplyReport | null }> {
    const notes = this.features.has('notes');
    const pattern = this.features.has('fillPattern');
    let k = this.fresh();
    for (let attempt = 0; ; attempt++) {
      if (!k) k = await this.loadBasics(ctx);
      const kk = k;
      const sheetName = (s: string) => this.findSheet(kk, s)?.name;
      const all = byCell(marks);
      const groups = all.filter((g) => sheetName(g.sheet));
      const skipped = all.filter((g) => !sheetName(g.sheet)).map((g) => `${g.sheet}!${g.cell}`);
      const old = kk.registry.marks.filter((m) => sheetName(m.sheet));
      const cells = [...groups.map((g) => ({ sheet: g.sheet, cell: g.cell })), ...(mode === 'add' ? [] : old)];
      const involved = [...new Set(cells.map((c) => sheetName(c.sheet)!))];
      const unknown = (results?.sheets ?? [])
        .map((s) => this.findSheet(kk, s.name))
        .filter((i): i is SheetInfo => !!i && (i.tables === null || i.protected === null));
      let fillOf: (key: string) => string | null;
      let noteOf: (key: string) => string | null;
      let locked: Array<{ name: string; options: Excel.WorksheetProtectionOptions }>;
      // What the read just before looked at, when it covers every cell and sheet involved: no look now.
      const pre = attempt === 0 ? this.takeMarkLook(kk) : null;
      if (pre && unknown.length === 0 && covers(pre, cells, involved, notes, this.features.has('protection'))) {
        fillOf = (key) => pre.fills.get(key) ?? null;
        noteOf = (key) => (notes ? (pre.notes.get(key) ?? null) : null);
        locked = involved
          .map((n) => ({ name: n, p: pre.protections.get(n.toLowerCase()) }))
          .filter((x) => x.p?.protected)
          .map((x) => ({ name: x.name, options: x.p!.options }));
      } else {
        // 1. Look at every cell involved (its fill and note now), with the registry and sheet list.
        const basics = this.queueBasics(ctx);
        const look = new Map<string, { fill: Excel.RangeFill; note: Excel.Note | null }>();
        for (const c of cells) {
          const key = cellKey(c.sheet, c.cell);
          if (look.has(key)) continue;
          const ws = ctx.workbook.worksheets.getItem(sheetName(c.sheet)!);
          const fill = ws.getRange(c.cell).format.fill.load(pattern ? 'color,pattern' : 'color');
          const note = notes ? ws.notes.getItemOrNullObject(c.cell).load('content') : null;
          look.set(key, { fill, note });
        }
        // Marks change formats: a protected sheet is unprotected meanwhile and protected again as it was.
        const protections = this.features.has('protection')
          ? involved.map((n) => ({
              name: n,
              p: ctx.workbook.worksheets.getItem(n).protection.load('protected,options'),
            }))
          : [];
        const structureReads = unknown.map((i) => queueSheet(ctx, i.name, this.features.has('protection'), false));
        try {
          await ctx.sync();
        } catch (e) {
          if (attempt === 0 && isOfficeCode(e, 'ItemNotFound')) {
            k = null; // a sheet went away since the host last looked
            continue;
          }
          throw e;
        }
        const now = basics();
        if (
          attempt === 0 &&
          (!sameNames(now.sheets, kk.sheets) || JSON.stringify(now.registry) !== JSON.stringify(kk.registry))
        ) {
          // The sheets or the marks changed meanwhile: look again at what is there now.
          this.remember(now, []);
          k = this.knowledge;
          continue;
        }
        this.remember(now, structureReads);
        fillOf = (key) => {
          const f = look.get(key)!.fill;
          if (pattern && f.pattern === 'None') return null;
          const c = f.color;
          if (!pattern && c === '#FFFFFF') return null; // before ExcelApi 1.9 white and no fill look alike
          return c ? c.toUpperCase() : null;
        };
        noteOf = (key) => {
          const n = look.get(key)?.note;
          return n && !n.isNullObject ? n.content : null;
        };
        locked = protections.filter((x) => x.p.protected).map((x) => ({ name: x.name, options: x.p.options }));
      }
      const k2 = (this.knowledge ?? kk) as Knowledge;
      // 2. Write: undo old marks still as the add-in left them, then mark, then the registry.
      const ops: Op[] = [];
      if (locked.length) {
        ops.push({
          phase: 'prepare',
          bytes: 300 * locked.length,
          apply: (w) => locked.forEach((x) => w.sheet(x.name).protection.unprotect()),
        });
        ops.push({
          phase: 'finish',
          bytes: 600 * locked.length,
          apply: (w) => locked.forEach((x) => w.sheet(x.name).protection.protect(x.options)),
        });
      }
      const entries = new Map<string, MarkEntry>();
      const oldBy = new Map(old.map((m) => [cellKey(m.sheet, m.cell), m]));
      const newKeys = new Set(groups.map((g) => cellKey(g.sheet, g.cell)));
      if (mode === 'add') for (const m of k2.registry.marks) entries.set(cellKey(m.sheet, m.cell), { ...m });
      else
        for (const m of old) {
          const key = cellKey(m.sheet, m.cell);
          if (newKeys.has(key)) continue; // marked again below, from what it had before the old mark
          const fillOurs = fillOf(key) === TIER_FILL[m.tier];
          const noteOurs = m.noted && noteOf(key) === m.text;
          if (!fillOurs && !noteOurs) continue;
          const sheet = sheetName(m.sheet)!;
          ops.push({
            phase: 'prepare',
            bytes: 600 + (m.prevNote?.length ?? 0) * 3,
            apply: (w) => {
              const ws = w.sheet(sheet);
              if (fillOurs) {
                const fill = ws.getRange(m.cell).format.fill;
                if (m.prevFill) fill.color = m.prevFill;
                else fill.clear();
              }
              if (noteOurs) {
                if (m.prevNote !== null) ws.notes.getItem(m.cell).content = m.prevNote;
                else ws.notes.getItem(m.cell).delete();
              }
            },
          });
        }
      for (const g of groups) {
        const key = cellKey(g.sheet, g.cell);
        const was = mode === 'add' ? entries.get(key) : oldBy.get(key);
        const lines = g.marks.map(markLine);
        const tier = g.marks.reduce(
          (t, m) => moreSerious(t, m.tier),
          was && mode === 'add' ? was.tier : g.marks[0].tier,
        );
        let entry: MarkEntry;
        if (was && mode === 'add') entry = { ...was, tier, text: [was.text, ...lines].join('\n'), noted: notes };
        else {
          const fillOurs = !!was && fillOf(key) === TIER_FILL[was.tier];
          const noteOurs = !!was && was.noted && noteOf(key) === was.text;
          entry = {
            sheet: sheetName(g.sheet)!,
            cell: g.cell,
            tier,
            text: lines.join('\n'),
            prevFill: fillOurs ? was!.prevFill : fillOf(key),
            prevNote: noteOurs ? was!.prevNote : noteOf(key),
            noted: notes,
          };
        }
        const hasNote = mode === 'add' && was ? was.noted || was.prevNote !== null : noteOf(key) !== null;
        entries.set(key, entry);
        const e = entry;
        ops.push({
          phase: 'prepare',
          bytes: 600 + e.text.length * 3,
          apply: (w) => {
            const ws = w.sheet(e.sheet);
            ws.getRange(e.cell).format.fill.color = TIER_FILL[e.tier];
            if (notes) {
              if (hasNote) ws.notes.getItem(e.cell).content = e.text;
              else ws.notes.add(e.cell, e.text);
            }
          },
        });
      }
      const registry: Registry = { version: 1, marks: mode === 'clear' ? [] : [...entries.values()] };
      ops.push({
        phase: 'prepare',
        bytes: 300 + JSON.stringify(registry).length * 3,
        apply: (w) => void w.ctx.workbook.settings.add(REGISTRY_KEY, registry),
      });
      k2.registry = registry;
      const degraded: string[] = [];
      if (!notes && groups.length) {
        const d = this.features.degraded('notes', groups.length);
        if (d) degraded.push(d);
      }
      const report: MarkReport = { marked: groups.length, skipped, degraded };
      if (results) {
        const apply = await this.write(ctx, results, k2, k2.calculationMode, ops);
        apply.degraded.push(...degraded);
        return { report, apply };
      }
      await this.writeOps(ctx, ops, null);
      k2.at = this.now();
      this.knowledge = k2;
      return { report, apply: null };
    }
  }

  // ---------------------------------------------------------------- cells

  /** Set these cells' values in one sync; formats, formulas elsewhere and protection stay as they are. */
  async writeCells(cells: CellEdit[]): Promise<void> {
    if (!cells.length) return;
    await this.run(
      'apply',
      async (ctx) => {
        for (const run of columnRuns(cells)) {
          const ws = ctx.workbook.worksheets.getItem(run.sheet);
          const last = addr(run.row + run.values.length - 1, run.col);
          const range = ws.getRange(`${addr(run.row, run.col)}:${last}`);
          range.values = run.values.map((v) => [v ?? '']) as Excel.Range['values'];
        }
        await ctx.sync();
      },
      true,
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
        if (!k || !this.findSheet(k, sheet)) {
          k = await this.loadBasics(ctx);
          this.knowledge = k;
        }
        const info = this.findSheet(k, sheet);
        if (!info)
          throw hostProblem(
            'ItemNotFound',
            `找不到工作表“${sheet}”，可能已被删除或改名。`,
            `The sheet "${sheet}" was not found; it may have been deleted or renamed.`,
          );
        if (info.visibility !== 'Visible')
          throw hostProblem(
            'SheetHidden',
            `工作表“${sheet}”已隐藏，无法定位。请先取消隐藏。`,
            `The sheet "${sheet}" is hidden, so the cell cannot be shown. Unhide the sheet first.`,
          );
        const ws = ctx.workbook.worksheets.getItem(info.name);
        ws.activate();
        ws.getRange(cell).select();
        await ctx.sync();
      },
      false,
    );
  }
}

/** Cells grouped into runs down one column of one sheet (a month sheet's 本月 column is mostly one run). */
function columnRuns(
  cells: CellEdit[],
): Array<{ sheet: string; row: number; col: number; values: CellEdit['value'][] }> {
  const sorted = cells
    .map((c) => ({ ...c, ...parseAddr(c.cell) }))
    .sort((a, b) => (a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const runs: Array<{ sheet: string; row: number; col: number; values: CellEdit['value'][] }> = [];
  for (const c of sorted) {
    const prev = runs[runs.length - 1];
    if (prev && prev.sheet === c.sheet && prev.col === c.col && prev.row + prev.values.length === c.row)
      prev.values.push(c.value);
    else if (prev && prev.sheet === c.sheet && prev.col === c.col && prev.row + prev.values.length - 1 === c.row)
      prev.values[prev.values.length - 1] = c.value; // the same cell twice: the last value wins
    else runs.push({ sheet: c.sheet, row: c.row, col: c.col, values: [c.value] });
  }
  return runs;
}

function sameNames(a: SheetInfo[], b: SheetInfo[]): boolean {
  if (a.length !== b.length) return false;
  const x = new Set(a.map((s) => s.name));
  return b.every((s) => x.has(s.name));
}

/** Sheets grouped so that each read's response stays under the limit; unknown sizes go together. */
function planGroups(sheets: SheetInfo[], mode: DataMode, firstExtra = 0): string[][] {
  const groups: string[][] = [];
  let cur: string[] = [];
  let bytes = firstExtra; // what rides along with the first request
  for (const s of sheets) {
    const b = (mode === 'presence' ? s.presenceBytes : s.bytes) ?? 0;
    if (cur.length && bytes + b > RESPONSE_BUDGET) {
      groups.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(s.name);
    bytes += b;
  }
  if (cur.length) groups.push(cur);
  return groups;
}

/** What reading a written sheet back will cost: its values and formulas as JSON, and its extent. */
function specSize(s: SheetSpec): { bytes: number; presenceBytes: number; rows: number; columns: number } {
  let bytes = 0;
  let presenceBytes = 0;
  let rows = 0;
  let columns = 0;
  for (const r of s.ranges) {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) => {
      if (!cells) return;
      rows = Math.max(rows, row + i);
      columns = Math.max(columns, col + cells.length - 1);
      for (const c of cells) {
        if (!c) continue;
        const v = jsonBytes(c.v ?? '');
        bytes += v + (c.f ? jsonBytes(c.f) : v) + 2;
        presenceBytes += v + 1 + (c.f ? AREA_BYTES_PER_FORMULA : 0);
      }
    });
  }
  return { bytes, presenceBytes, rows, columns };
}

/** Bytes an areas address takes per formula cell, at most ("'12月'!G4,"), for planning reads. */
const AREA_BYTES_PER_FORMULA = 16;

/** An estimate of the formula areas' address from a text read: one area per formula cell at most. */
function formulaRowsBytes(formulas: unknown[][], values: unknown[][]): number {
  let n = 0;
  formulas.forEach((line, i) =>
    line.forEach((f, j) => {
      if (typeof f === 'string' && f.startsWith('=') && f !== values[i]?.[j]) n += AREA_BYTES_PER_FORMULA;
    }),
  );
  return n;
}

function areasOf(a: Excel.RangeAreas | null): Array<{ r1: number; c1: number; r2: number; c2: number }> {
  return a && !a.isNullObject ? parseAreas(a.address) : [];
}

/** Whether a look taken in a read knows every cell and sheet a mark is about to touch. */
function covers(
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
