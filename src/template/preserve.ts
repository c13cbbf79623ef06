// Nothing lost on regeneration: every figure and note a user entered in the old workbook is carried
// into the new spec, matched by indicator code and month. Rows of indicators that left the plan are
// kept at the bottom of their month sheet, flagged 已从计划删除, never deleted. Pure: the old
// workbook comes in as a snapshot.
import type { Plan } from '../plan/types';
import type { WorkbookSnapshot, SheetSnapshot } from '../workbook/host';
import type { CellSpec, CellValue, SheetSpec, WorkbookSpec } from '../workbook/spec';
import {
  locateMonthHeader,
  monthOfSheetName,
  monthSheetName,
  type HeaderLocation,
  type MonthColumn,
} from '../workbook/layout';
import { addr, parseAddr } from '../workbook/a1';
import { isBlank } from '../workbook/cell';
import { buildWorkbookSpec, type BuildOptions, type BuildResult, type EnteredFigures } from './build';
import { readTemplate } from './readback';
import { OTHER_UNIT_STATUS, REMOVED_HEADING, REMOVED_STATUS, SET_ASIDE_HEADING } from './layout';
import { ownedBy } from '../plan/owners';
export { REMOVED_STATUS, REMOVED_HEADING, OTHER_UNIT_STATUS, SET_ASIDE_HEADING } from './layout';

/** One row's entries on one month sheet: what a user typed (never a formula's result). */
export interface Entry {
  code: string;
  month: number;
  sheet: string;
  /** 1-based row where it was found (for messages only). */
  row: number;
  name: CellValue;
  unit: CellValue;
  /** 本月 as typed, or undefined when blank. */
  entered?: CellValue;
  /** 备注 as typed, or undefined when blank. */
  note?: CellValue;
  /** 累计 typed over its formula, or undefined. */
  typedCumulative?: CellValue;
  /** 累计 as shown (a formula's result too), kept on an archived row. */
  cumulativeShown?: CellValue;
}

export interface PreserveReport {
  /** Entries carried into rows of indicators still in the plan. */
  kept: number;
  /** Rows kept at the bottom of their sheet because the indicator left the plan (or this unit's cut). */
  archived: Array<{ sheet: string; code: string; row: number }>;
  /** Entries on month sheets the new spec does not regenerate: those sheets are left as they are. */
  untouched: number;
  /** A cut made from another workbook: entries of rows not the unit's, left in that workbook. */
  left?: number;
}

export type PreserveResult =
  (Extract<BuildResult, { ok: true }> & { preserved: PreserveReport }) | Extract<BuildResult, { ok: false }>;

export interface FoundMonthSheet {
  sheet: SheetSnapshot;
  month: number;
  /** 0-based header row and columns, found by header words. */
  header: HeaderLocation<MonthColumn>;
}

/** The month sheets of a workbook as the template reads them (renamed sheets too), else by name. */
export function monthSheetsOf(snapshot: WorkbookSnapshot): FoundMonthSheet[] {
  const byName = new Map<string, number>();
  const r = readTemplate(snapshot);
  if (r.ok) for (const m of r.figures.months) byName.set(m.sheet, m.month);
  for (const s of snapshot.sheets) {
    const m = monthOfSheetName(s.name);
    if (m !== null && !byName.has(s.name)) byName.set(s.name, m);
  }
  const out: FoundMonthSheet[] = [];
  for (const sheet of snapshot.sheets) {
    const month = byName.get(sheet.name);
    if (month === undefined) continue;
    // Entries are found by code: a sheet without its 代码 column has none to carry.
    const header = locateMonthHeader(sheet.values);
    if (header?.cols.code !== undefined) out.push({ sheet, month, header });
  }
  return out;
}

/** Everything typed on the month sheets of a workbook, by code and month. */
export function typedEntries(snapshot: WorkbookSnapshot): Entry[] {
  const out: Entry[] = [];
  for (const { sheet, month, header: h } of monthSheetsOf(snapshot)) {
    const at = (row: number, col: number | undefined): { v: CellValue; f: string | null } =>
      col === undefined
        ? { v: null, f: null }
        : { v: sheet.values[row]?.[col] ?? null, f: sheet.formulas[row]?.[col] ?? null };
    const seen = new Set<string>();
    for (let row = h.row + 1; row < sheet.values.length; row++) {
      const code = at(row, h.cols.code).v;
      if (typeof code !== 'string' || code.trim() === '' || seen.has(code.trim())) continue;
      seen.add(code.trim());
      const e: Entry = {
        code: code.trim(),
        month,
        sheet: sheet.name,
        row: row + 1,
        name: at(row, h.cols.name).v,
        unit: at(row, h.cols.unit).v,
      };
      const m = at(row, h.cols.month);
      if (m.f === null && !isBlank(m.v)) e.entered = m.v;
      const n = at(row, h.cols.note);
      if (n.f === null && !isBlank(n.v)) e.note = n.v;
      const c = at(row, h.cols.cumulative);
      if (c.f === null && !isBlank(c.v)) e.typedCumulative = c.v;
      if (!isBlank(c.v)) e.cumulativeShown = c.v;
      if (e.entered !== undefined || e.note !== undefined || e.typedCumulative !== undefined) out.push(e);
    }
  }
  return out;
}

interface Grid {
  cell(row: number, col: number): CellSpec | undefined;
  set(row: number, col: number, cell: CellSpec): void;
  lastRow(): number;
}

/** The spec's cells by position, editable in place (later ranges win, as when written). */
function gridOf(sheet: SheetSpec): Grid {
  const where = new Map<string, { range: number; i: number; j: number }>();
  let last = 0;
  sheet.ranges.forEach((r, k) => {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) =>
      cells.forEach((c, j) => {
        if (!c) return;
        where.set(`${row + i}:${col + j}`, { range: k, i, j });
        last = Math.max(last, row + i);
      }),
    );
  });
  return {
    cell: (row, col) => {
      const w = where.get(`${row}:${col}`);
      return w ? sheet.ranges[w.range].rows[w.i][w.j] : undefined;
    },
    set: (row, col, cell) => {
      const w = where.get(`${row}:${col}`);
      if (w) sheet.ranges[w.range].rows[w.i][w.j] = cell;
      else {
        sheet.ranges.push({ ref: addr(row, col), rows: [[cell]] });
        where.set(`${row}:${col}`, { range: sheet.ranges.length - 1, i: 0, j: 0 });
      }
      last = Math.max(last, row);
    },
    lastRow: () => last,
  };
}

/** The spec's header row and columns, 1-based, found the way a reader finds them. */
function specColumns(sheet: SheetSpec): HeaderLocation<MonthColumn> | null {
  // The spec as a snapshot-like grid, to find its header the way a reader would.
  const values: CellValue[][] = [];
  for (const r of sheet.ranges) {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) =>
      cells.forEach((c, j) => {
        if (!c) return;
        (values[row - 1 + i] ??= [])[col - 1 + j] = c.v;
      }),
    );
  }
  const h = locateMonthHeader(values.map((l) => l ?? []));
  return h
    ? { row: h.row + 1, cols: Object.fromEntries(Object.entries(h.cols).map(([k, c]) => [k, (c as number) + 1])) }
    : null;
}

/**
 * Build the workbook spec for `plan`, carrying what users entered in `old`: 本月 and 备注 into the
 * rows of the same code and month, 累计 typed over its formula kept as typed, and rows of codes no
 * longer in the plan appended under a heading at the bottom of their month sheet.
 */
export function buildPreserving(
  plan: Plan,
  options: Omit<BuildOptions, 'figures'> & {
    /**
     * The spec is a new workbook cut for `unit` from `old` (a master, another cut): only the unit's rows
     * and figures go into it; the rest stay in `old`, nothing is archived.
     */
    cutFrom?: boolean;
  },
  old: WorkbookSnapshot | null,
): PreserveResult {
  const entries = old ? typedEntries(old) : [];
  const unit = options.unit?.trim() ? options.unit.trim() : null;
  const inPlan = new Map(plan.indicators.map((i) => [i.code, i]));
  const requested = (options.months ?? []).filter((m) => Number.isInteger(m) && m >= 1 && m <= 12);
  const last = requested.length ? Math.max(...requested) : 0;
  const generated = (m: number) => m >= 1 && m <= last;

  const figures: EnteredFigures = {};
  const carried: Entry[] = [];
  const archived: Entry[] = [];
  let untouched = 0;
  let left = 0;
  for (const e of entries) {
    const ind = inPlan.get(e.code);
    const ours = !!ind && (unit === null || ownedBy(ind, unit));
    if (options.cutFrom && !ours) {
      left++; // another office's figures never leave the workbook they are in
      continue;
    }
    if (!generated(e.month)) {
      untouched++; // its sheet is not regenerated and stays as it is
      continue;
    }
    if (ind && ours) {
      const f = ((figures[e.code] ??= {})[e.month] ??= {});
      if (e.entered !== undefined) f.month = e.entered;
      if (e.note !== undefined) f.note = String(e.note);
      carried.push(e);
    } else archived.push(e);
  }
  const { cutFrom: _cut, ...buildOptions } = options;
  const built = buildWorkbookSpec(plan, { ...buildOptions, figures });
  if (!built.ok) return built;
  const spec: WorkbookSpec = built.spec;

  const report: PreserveReport = {
    kept: carried.length,
    archived: [],
    untouched,
    ...(options.cutFrom ? { left } : {}),
  };
  // Typed-over 累计 stays as typed (the checks flag it; regenerating must not erase it).
  for (const e of carried) {
    if (e.typedCumulative === undefined) continue;
    const sheet = spec.sheets.find((s) => s.name === monthSheetName(e.month));
    const h = sheet && specColumns(sheet);
    if (!sheet || !h || h.cols.code === undefined || h.cols.cumulative === undefined) continue;
    const g = gridOf(sheet);
    for (let row = h.row + 1; row <= g.lastRow(); row++)
      if (g.cell(row, h.cols.code)?.v === e.code) {
        g.set(row, h.cols.cumulative, { v: e.typedCumulative });
        break;
      }
  }
  // Removed indicators: kept under a heading below everything else on their month sheet.
  const byMonth = new Map<number, Entry[]>();
  for (const e of archived) byMonth.set(e.month, [...(byMonth.get(e.month) ?? []), e]);
  for (const [month, list] of [...byMonth].sort((a, b) => a[0] - b[0])) {
    const sheet = spec.sheets.find((s) => s.name === monthSheetName(month));
    const h = sheet && specColumns(sheet);
    if (!sheet || !h || h.cols.code === undefined) continue;
    const g = gridOf(sheet);
    let row = g.lastRow() + 2;
    // The heading says why the rows are here: all removed from the plan, or some only set aside
    // because this workbook was cut for one unit (each row's 状态 says which).
    const allRemoved = list.every((e) => !inPlan.has(e.code));
    g.set(row, 1, { v: allRemoved ? REMOVED_HEADING : SET_ASIDE_HEADING });
    for (const e of list) {
      row++;
      const put = (key: MonthColumn, v: CellValue | undefined) => {
        const col = h.cols[key];
        if (col !== undefined && v !== undefined) g.set(row, col, { v });
      };
      const flag = inPlan.has(e.code) ? OTHER_UNIT_STATUS : REMOVED_STATUS;
      put('code', e.code);
      put('name', e.name);
      put('unit', e.unit);
      put('month', e.entered);
      put('cumulative', e.cumulativeShown);
      put('status', flag);
      put('note', e.note !== undefined ? e.note : flag);
      report.archived.push({ sheet: sheet.name, code: e.code, row });
    }
  }
  return { ...built, spec, preserved: report };
}
