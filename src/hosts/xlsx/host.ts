// The Host port on an .xlsx file held in memory by ExcelJS: load bytes, act, save with toBytes().
import { Workbook } from 'exceljs';
import type { Cell, Fill, Worksheet } from 'exceljs';
import type { WorkbookSpec } from '../../workbook/spec';
import type { ApplyReport, CellEdit, Host, Mark, ReadRequest, WorkbookSnapshot } from '../../workbook/host';
import { addr, parseAddr } from '../../workbook/a1';
import { tabOrderAfter } from '../../workbook/tabOrder';
import {
  EDGES,
  MARKS_HEADER,
  MARKS_SHEET,
  TIER_FILL,
  bordersOfJson,
  isMarkEdge,
  markLine,
  moreSerious,
  parseRecords,
  recordRows,
  type MarkRecord,
} from '../../check/marks';
import { UserError } from '../../plan/message';
import { loadWorkbook, snapshotOf } from './read';
import { SpecWriteError, argb, setActiveTab, sheetProblems, solidFill, workbookBytes, writeSheet } from './write';

function sheetNotFound(name: string): UserError {
  return new UserError({ zh: `找不到工作表“${name}”`, en: `sheet not found: ${name}` });
}

function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as { texts?: unknown }).texts))
    return (note as { texts: Array<{ text?: string }> }).texts.map((t) => t.text ?? '').join('');
  return '';
}

function fillArgb(fill: Fill | undefined): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return fill.fgColor?.argb ?? null;
}

function normalCell(a: string): string {
  const { row, col } = parseAddr(a);
  return addr(row, col);
}

function setFill(cell: Cell, fill: Fill | undefined): void {
  // Loaded cells share style objects with every cell of the same style: replace, never mutate.
  const style = { ...cell.style };
  if (fill) style.fill = fill;
  else delete style.fill;
  cell.style = style;
}

/**
 * Put back a border mark's edges (made by the Excel host where Excel has no notes) that are still
 * the add-in's: a medium line in the tier's colour. A user's edge stays.
 */
function unOutline(cell: Cell, rec: MarkRecord): void {
  const before = bordersOfJson(rec.borderBefore);
  if (!before) return;
  const now = { ...(cell.style.border ?? {}) } as Record<
    string,
    { style?: string; color?: { argb?: string } } | undefined
  >;
  let changed = false;
  for (const side of EDGES) {
    const e = now[side];
    const edge = e?.style ? { style: e.style, color: `#${(e.color?.argb ?? 'FF000000').slice(-6)}` } : undefined;
    if (!isMarkEdge(edge, rec.tier)) continue;
    const b = before[side];
    if (b) now[side] = { style: b.style, color: { argb: `FF${b.color.replace('#', '')}` } };
    else delete now[side];
    changed = true;
  }
  // Loaded cells share style objects: replace, never mutate.
  if (changed) cell.style = { ...cell.style, border: now as Cell['style']['border'] };
}

function setNote(cell: Cell, note: unknown): void {
  if (note !== null && note !== undefined && note !== '') {
    cell.note = note as string;
    return;
  }
  // ExcelJS has no way to delete a note, and a loaded cell also keeps it in its value's model:
  // rebuild the cell from its model without the comment.
  const model = { ...cell.model, comment: undefined as unknown as typeof cell.model.comment };
  cell._comment = undefined;
  cell.model = model;
}

export class XlsxHost implements Host {
  private constructor(readonly workbook: Workbook) {}

  static async fromBytes(bytes: Uint8Array | ArrayBuffer): Promise<XlsxHost> {
    return new XlsxHost(await loadWorkbook(bytes));
  }

  static empty(): XlsxHost {
    const wb = new Workbook();
    wb.creator = '指标模板 Indicator Templates';
    return new XlsxHost(wb);
  }

  async toBytes(): Promise<Uint8Array> {
    return workbookBytes(this.workbook);
  }

  async read(req?: ReadRequest): Promise<WorkbookSnapshot> {
    return snapshotOf(this.workbook, req);
  }

  /** Set these cells' values; their styles (and every other cell) stay. */
  async writeCells(cells: CellEdit[]): Promise<void> {
    for (const c of cells) {
      const ws = this.workbook.getWorksheet(c.sheet);
      if (!ws) throw sheetNotFound(c.sheet);
      ws.getCell(normalCell(c.cell)).value = c.value;
    }
  }

  async setCachedResults(cells: CellEdit[]): Promise<void> {
    for (const c of cells) {
      const cell = this.sheet(c.sheet).getCell(normalCell(c.cell));
      const v = cell.value as unknown as Record<string, unknown>;
      cell.value = { ...v, result: c.value === null ? undefined : c.value } as never;
    }
    // Sheets outside the template (汇总, 审核结果) and any edited formula: recalculated on open.
    this.workbook.calcProperties = { ...this.workbook.calcProperties, fullCalcOnLoad: true };
  }

  // ApplyOptions' one mode (the spec's sheets replaced whole, others left alone) is what this host always does.
  async applySpec(spec: WorkbookSpec): Promise<ApplyReport> {
    const problems = sheetProblems(spec);
    if (problems.length) throw new SpecWriteError(problems);
    const wb = this.workbook;
    const activeName = this.activeSheetName();
    const report: ApplyReport = { created: [], replaced: [], degraded: [] };
    const order = tabOrderAfter(
      wb.worksheets.map((w) => w.name),
      spec.sheets.map((s) => s.name),
    );
    for (const s of spec.sheets) {
      const old = wb.getWorksheet(s.name);
      if (old) old.destroy();
      (old ? report.replaced : report.created).push(s.name);
      wb.addWorksheet(s.name);
    }
    for (const w of wb.worksheets) w.orderNo = order.indexOf(w.name) + 1;
    for (const s of spec.sheets) await writeSheet(wb.getWorksheet(s.name) as Worksheet, s);
    if (spec.names) {
      const keep = wb.definedNames.model.filter((n) => !(n.name in (spec.names as object)));
      wb.definedNames.model = keep;
      for (const [name, ref] of Object.entries(spec.names)) wb.definedNames.add(ref, name);
    }
    if (!wb.worksheets.some((w) => w.state === 'visible' || !w.state))
      throw new SpecWriteError([
        { zh: '工作簿至少要有一张可见的工作表', en: 'the workbook needs at least one visible sheet' },
      ]);
    const sheets = wb.worksheets;
    const keepActive = sheets.findIndex((w) => w.name === activeName && (w.state === 'visible' || !w.state));
    setActiveTab(wb, keepActive >= 0 ? keepActive : sheets.findIndex((w) => w.state === 'visible' || !w.state));
    return report;
  }

  async markFindings(marks: Mark[]): Promise<void> {
    const records = this.readRecords();
    const byKey = new Map(records.map((r) => [`${r.sheet}!${r.cell}`, r]));
    const groups = new Map<string, Mark[]>();
    for (const m of marks) {
      const ws = this.sheet(m.sheet);
      const cell = normalCell(this.address(m.cell));
      const key = `${ws.name}!${cell}`;
      groups.set(key, [...(groups.get(key) ?? []), { ...m, sheet: ws.name, cell }]);
    }
    for (const [key, group] of groups) {
      const { sheet, cell: address } = group[0];
      const cell = this.sheet(sheet).getCell(address);
      let rec = byKey.get(key);
      if (!rec) {
        rec = {
          sheet,
          cell: address,
          tier: group[0].tier,
          note: '',
          fillBefore: cell.style.fill ? JSON.stringify(cell.style.fill) : '',
          noteBefore: cell.note ? JSON.stringify(cell.note) : '',
          noted: true,
          borderBefore: '',
        };
        byKey.set(key, rec);
        records.push(rec);
      }
      for (const m of group) rec.tier = moreSerious(rec.tier, m.tier);
      rec.note = [rec.note, ...group.map(markLine)].filter(Boolean).join('\n');
      rec.noted = true;
      setFill(cell, solidFill(TIER_FILL[rec.tier]));
      cell.note = rec.note;
    }
    this.writeRecords(records);
  }

  async clearFindings(): Promise<void> {
    for (const rec of this.readRecords()) {
      const ws = this.workbook.getWorksheet(rec.sheet);
      if (!ws) continue;
      const cell = ws.getCell(rec.cell);
      // Only undo what is still ours: a fill or note the user changed since stays.
      if (fillArgb(cell.style.fill) === argb(TIER_FILL[rec.tier]))
        setFill(cell, rec.fillBefore ? (JSON.parse(rec.fillBefore) as Fill) : undefined);
      if (rec.noted && noteText(cell.note) === rec.note)
        setNote(cell, rec.noteBefore ? JSON.parse(rec.noteBefore) : null);
      unOutline(cell, rec);
    }
    const marks = this.workbook.getWorksheet(MARKS_SHEET);
    if (marks) marks.destroy();
  }

  async select(sheet: string, cell: string): Promise<void> {
    const ws = this.sheet(sheet);
    if (ws.state === 'hidden' || ws.state === 'veryHidden')
      throw new UserError({ zh: `工作表“${sheet}”已隐藏，无法定位`, en: `sheet "${sheet}" is hidden` });
    const address = normalCell(this.address(cell));
    setActiveTab(this.workbook, this.workbook.worksheets.indexOf(ws));
    const [first, ...rest] = ws.views.length ? ws.views : [{}];
    ws.views = [{ ...first, activeCell: address }, ...rest];
  }

  private activeSheetName(): string | null {
    const i = this.workbook.views?.[0]?.activeTab ?? 0;
    return this.workbook.worksheets[i]?.name ?? null;
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw sheetNotFound(name);
    return ws;
  }

  private address(a: string): string {
    try {
      parseAddr(a);
      return a;
    } catch {
      throw new UserError({ zh: `不是单元格地址：${a}`, en: `not a cell address: ${a}` });
    }
  }

  private readRecords(): MarkRecord[] {
    const ws = this.workbook.getWorksheet(MARKS_SHEET);
    if (!ws) return [];
    const rows: unknown[][] = [];
    ws.eachRow((row, r) => {
      rows[r - 1] = Array.from({ length: MARKS_HEADER.length }, (_, c) => row.getCell(c + 1).value);
    });
    return parseRecords(Array.from(rows, (r) => r ?? []));
  }

  private writeRecords(records: MarkRecord[]): void {
    const old = this.workbook.getWorksheet(MARKS_SHEET);
    if (old) old.destroy();
    const ws = this.workbook.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
    for (const r of recordRows(records)) ws.addRow(r);
  }
}
