// Reading sheets for the Excel host: the sheet list with the sheets a pane just opened asks for
// (getItemOrNullObject, one request), reads grouped to fit the response limit, the marks' look
// riding along, and formula presence taken from special cells only where Excel can be trusted
// with it (src/hosts/excel/BEHAVIOURS.md).
import type { ReadRequest, SheetSnapshot, WorkbookSnapshot } from '../../workbook/host';
import { findSheet, queueBasics, sameMarks, sameNames, type Knowledge } from './knowledge';
import type { LearnedStore } from './learned';
import { colNumber } from '../../workbook/a1';
import { lookSheets, queueColdLook, queueMarkLook, recordsBytes, type LookPiece, type MarkLook } from './marking';
import { areasOf, planGroups, remember, snapshotOf } from './readPlan';
import {
  missing,
  queueFormulaAreas,
  queueSheet,
  toSnapshot,
  withDates,
  isSizeLimit,
  readInBlocks,
  type DataMode,
  type Extent,
  type SheetRead,
} from './reader';
import { isOfficeCode } from './errors';
import { RESPONSE_BUDGET } from './payload';
import type { Features } from './requirements';
import type { SheetInfo } from './writer';

export type Action = 'read' | 'apply' | 'mark' | 'clear' | 'select';

/** What reading shares with the host: its features, what it knows and learnt, its clock. */
export interface HostCore {
  readonly features: Features;
  readonly learned: LearnedStore;
  readonly now: () => number;
  knowledge: Knowledge | null;
  markLook: MarkLook | null;
  loadBasics(ctx: Excel.RequestContext): Promise<Knowledge>;
  noteRetry(action: Action, reason: string): true;
}

/** The workbook changed between two requests of one read: read again with what is there now. */
export class Changed extends Error {}

export class Reading {
  /** Set when a first request carrying the look for a pane with nothing stored was refused. */
  private coldLookRefused = false;
  constructor(private readonly h: HostCore) {}

  sheetMode(mode: DataMode, info: SheetInfo | undefined): DataMode {
    if (mode !== 'presence') return mode;
    const trusted = this.h.learned.load().specialCellsOnProtected !== false;
    return trusted || info?.protected === false ? 'presence' : 'text';
  }

  async once(
    ctx: Excel.RequestContext,
    req: ReadRequest,
    mode: DataMode,
    known: Knowledge | null,
  ): Promise<WorkbookSnapshot> {
    let k = known;
    // A pane just opened reads the sheet list with the sheets it names, in one request.
    const cold = !k && !!req.sheets;
    if (!k && !cold) k = await this.h.loadBasics(ctx);
    const kk = k;
    const wanted = kk
      ? [...new Set((req.sheets ?? kk.sheets.map((s) => s.name)).map((n) => findSheet(kk, n)?.name))].filter(
          (n): n is string => !!n,
        )
      : [...new Set(req.sheets!)];
    if (!wanted.length) {
      if (!known) return { sheets: [] };
      throw new Changed(); // none of them known here: make sure, with a fresh look
    }
    // A pane opened again knows where its marks were (the pane's storage): its first request looks
    // at them too, and the look is used only if _marks still holds exactly those records.
    const hinted = cold && req.markSheets ? this.hinted() : null;
    const plan = kk ?? hinted;
    const noCells = new Set((req.withoutCells ?? []).map((n) => n.toLowerCase()));
    const cellsWanted = (n: string) => !noCells.has(n.toLowerCase());
    const dateSheets = new Set((req.dateCells?.sheets ?? []).map((n) => n.toLowerCase()));
    const infos = wanted.map((n) => {
      const info = (plan && findSheet(plan, n)) || ({ name: n } as SheetInfo);
      return cellsWanted(n) ? info : { ...info, bytes: 0, presenceBytes: 0 };
    });
    // The first request also carries the _marks records (queueBasics reads them whole).
    const records = plan ? recordsBytes(plan) : 0;
    // The marks' look rides with the read in the room its response leaves (sheets in the order given).
    const readBytes = infos.reduce((n, s) => n + ((mode === 'presence' ? s.presenceBytes : s.bytes) ?? 0), records);
    const columns = (req.markColumns ?? []).map((c) => colNumber(c) - 1);
    const lookAt = plan
      ? lookSheets(plan, this.h.features, req.markSheets ?? [], RESPONSE_BUDGET - readBytes, columns)
      : null;
    const groups = planGroups(infos, mode, records + (lookAt?.bytes ?? 0));
    // Nothing stored: the first request also looks at the mark sheets' mark columns, so that a
    // first check on this computer (no marks yet, or none with notes to verify) is 2 requests.
    const coldSheets = cold && !hinted && !this.coldLookRefused ? (req.markSheets ?? []) : [];
    const out = new Map<string, SheetSnapshot>();
    for (let g = 0; g < groups.length; g++) {
      const basics = g === 0 && known ? queueBasics(ctx, this.h.knowledge, this.h.now()) : null;
      const coldBasics = g === 0 && cold ? queueBasics(ctx, null, this.h.now()) : null;
      const reads = groups[g].map((n) =>
        queueSheet(
          ctx,
          n,
          this.h.features.has('protection'),
          cellsWanted(n) ? this.sheetMode(mode, kk ? findSheet(kk, n) : undefined) : 'none',
          cold,
          dateSheets.has(n.toLowerCase()) ? req.dateCells!.column : null,
        ),
      );
      const look = g === 0 && plan && lookAt ? this.queueLook(ctx, plan, lookAt.pieces) : null;
      const coldLook =
        g === 0 && coldSheets.length ? queueColdLook(ctx, this.h.features, coldSheets, columns, this.h.now) : null;
      try {
        await ctx.sync();
      } catch (e) {
        if (coldLook) {
          // How Excel answers getCellProperties on a null object (a sheet or column not there) is
          // not documented, and the look's size was not known: the same request again without
          // the look (one more sync, reported).
          this.coldLookRefused = true;
          this.h.noteRetry('read', 'the first look of a pane with nothing stored was refused');
          return this.once(ctx, req, mode, known);
        }
        if (g === 0 && known && isOfficeCode(e, 'ItemNotFound')) throw new Changed(); // a sheet went away
        if (g === 0 && hinted && isOfficeCode(e, 'ItemNotFound')) {
          this.forgetHint(); // a sheet the hint named is gone: read again without it
          throw new Changed();
        }
        if (isSizeLimit(e)) {
          for (const s of (await this.readLarge(ctx, groups[g], mode, req.dateCells)).sheets) out.set(s.name, s);
          continue;
        }
        if (mode === 'presence' && this.h.learned.load().specialCellsOnProtected !== false) {
          // Special cells failed (on a protected sheet, as VBA's does): formula texts from now on.
          this.h.learned.save({ ...this.h.learned.load(), specialCellsOnProtected: false });
          this.h.noteRetry('read', 'special cells refused');
          throw new Changed();
        }
        throw e;
      }
      if (coldBasics) this.h.knowledge = coldBasics();
      if (coldLook && this.h.knowledge) this.h.markLook = coldLook.take(this.h.knowledge);
      if (basics) {
        const now = basics();
        if (!sameNames(now.sheets, kk!.sheets)) throw new Changed();
        if (look && sameMarks(now.marks, kk!.marks)) this.h.markLook = look.take();
      } else if (look) this.h.markLook = look.take();
      const k2 = this.h.knowledge ?? kk!;
      remember(k2, reads, true);
      this.h.knowledge = k2;
      const present = reads.filter((r) => !missing(r));
      for (const r of present) out.set(r.name, snapshotOf(r));
      await this.withFormulaTexts(ctx, present, out);
    }
    const names = this.h.knowledge ? wanted.map((n) => findSheet(this.h.knowledge!, n)?.name ?? n) : wanted;
    return { sheets: names.map((n) => out.get(n)).filter((s): s is SheetSnapshot => !!s) };
  }

  /**
   * A protected sheet whose formula areas came back empty is not taken at its word (special cells
   * on a protected sheet are not documented; VBA's fail there): its formula texts are read, so that a
   * formula is never taken for a typed figure because a read came back empty.
   */
  async withFormulaTexts(
    ctx: Excel.RequestContext,
    reads: SheetRead[],
    out: Map<string, SheetSnapshot>,
  ): Promise<void> {
    const doubtful = reads.filter(
      (r) => r.formulaAreas && r.formulaAreas.isNullObject && r.protection?.protected && !r.used.isNullObject,
    );
    if (!doubtful.length) return;
    this.h.noteRetry('read', 'formula areas empty on a protected sheet');
    const extents = doubtful.map((r) => extentOf(r));
    const blocks = await readInBlocks(ctx, extents, true);
    for (const r of doubtful) {
      const u = r.used;
      const rows = u.rowIndex + u.rowCount;
      const cols = u.columnIndex + u.columnCount;
      out.set(r.name, withDates(r, toSnapshot(r.ws.name, r.ws.visibility, rows, cols, blocks.get(r.name) ?? [])));
    }
  }

  /** What the pane's storage says of the marks and the sheets' sizes, as knowledge to plan with. */
  private hinted(): Knowledge | null {
    const h = this.h.learned.load().marksHint;
    if (!h) return null;
    return {
      sheets: h.sheets.map((s) => ({ ...s, visibility: 'Visible', protected: null, tables: null })),
      names: [],
      calculationMode: null,
      marks: h.marks,
      at: this.h.now(),
    };
  }

  private forgetHint(): void {
    const { marksHint: _gone, ...rest } = this.h.learned.load();
    this.h.learned.save(rest);
  }

  queueLook(ctx: Excel.RequestContext, k: Knowledge, pieces: LookPiece[]) {
    return queueMarkLook(ctx, k, this.h.features, pieces, this.h.now);
  }

  /** The read did not fit one response: learn the extents, then read in row blocks. */
  async readLarge(
    ctx: Excel.RequestContext,
    wanted: string[],
    mode: DataMode,
    dateCells?: ReadRequest['dateCells'],
  ): Promise<WorkbookSnapshot> {
    const basics = queueBasics(ctx, this.h.knowledge, this.h.now());
    const dated = new Set((dateCells?.sheets ?? []).map((n) => n.toLowerCase()));
    const reads = wanted.map((n) =>
      queueSheet(
        ctx,
        n,
        this.h.features.has('protection'),
        false,
        true,
        dated.has(n.toLowerCase()) ? dateCells!.column : null,
      ),
    );
    const areas = new Map(mode === 'presence' ? reads.map((r) => [r.name, queueFormulaAreas(r.ws)]) : []);
    await ctx.sync();
    const k = basics();
    remember(k, reads);
    this.h.knowledge = k;
    const present = reads.filter((r) => !missing(r));
    const blocks = await readInBlocks(ctx, present.filter((r) => !r.used.isNullObject).map(extentOf), mode === 'text');
    return {
      sheets: present.map((r) => {
        if (r.used.isNullObject) return toSnapshot(r.ws.name, r.ws.visibility, 0, 0, []);
        return withDates(
          r,
          toSnapshot(
            r.ws.name,
            r.ws.visibility,
            r.used.rowIndex + r.used.rowCount,
            r.used.columnIndex + r.used.columnCount,
            blocks.get(r.name) ?? [],
            areas.has(r.name) ? areasOf(areas.get(r.name)!) : [],
          ),
        );
      }),
    };
  }
}

export function extentOf(r: SheetRead): Extent {
  return {
    name: r.name,
    rowIndex: r.used.rowIndex,
    columnIndex: r.used.columnIndex,
    rowCount: r.used.rowCount,
    columnCount: r.used.columnCount,
  };
}
