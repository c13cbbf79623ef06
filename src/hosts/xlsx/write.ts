// WorkbookSpec -> .xlsx with ExcelJS. Every feature of the spec is written; a spec Excel would
// refuse (an over-long validation message, a bad sheet name) is rejected before a byte is written.
import { Workbook } from 'exceljs';
import type {
  Alignment,
  Borders,
  CellValue as ExcelCellValue,
  ConditionalFormattingRule,
  DataValidation,
  Fill,
  Font,
  Worksheet,
} from 'exceljs';
import type {
  CellSpec,
  ConditionalFormatSpec,
  FormatSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from '../../workbook/spec';
import { addr, colLetter, parseAddr, parseRange } from '../../workbook/a1';
import { eachCell, specProblems } from '../../workbook/limits';
import { UserError, type Message } from '../../plan/message';

export { sheetProblems, specProblems } from '../../workbook/limits';
import { applyExcelJsPatches } from './exceljs-patches';

applyExcelJsPatches();

/** A spec that cannot be written as a valid workbook; the details list every problem. */
export class SpecWriteError extends UserError {
  constructor(problems: readonly Message[]) {
    super({ zh: '无法写出工作簿', en: 'cannot write the workbook' }, problems);
    this.name = 'SpecWriteError';
  }
}

/** "#RRGGBB" -> ExcelJS ARGB "FFRRGGBB". */
export function argb(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color);
  if (!m) throw new SpecWriteError([{ zh: `颜色应为 #RRGGBB：${color}`, en: `colour must be #RRGGBB: ${color}` }]);
  return `FF${m[1].toUpperCase()}`;
}

export function solidFill(color: string): Fill {
  const c = { argb: argb(color) };
  return { type: 'pattern', pattern: 'solid', fgColor: c, bgColor: c };
}

const PAPER_A4 = 9;

function stripEq(f: string): string {
  return f.startsWith('=') ? f.slice(1) : f;
}

export async function writeSpecToXlsx(spec: WorkbookSpec): Promise<Uint8Array> {
  const problems = specProblems(spec);
  if (problems.length) throw new SpecWriteError(problems);
  const wb = new Workbook();
  wb.creator = '指标模板 Indicator Templates';
  for (const s of spec.sheets) await writeSheet(wb.addWorksheet(s.name), s);
  applyNames(wb, spec.names ?? {});
  setActiveTab(wb, firstVisible(wb));
  return workbookBytes(wb);
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function firstVisible(wb: Workbook): number {
  const i = wb.worksheets.findIndex((w) => w.state === 'visible' || !w.state);
  return Math.max(0, i);
}

/** Make tab `index` (0-based, in tab order) the active and only selected tab. */
export function setActiveTab(wb: Workbook, index: number): void {
  const sheets = wb.worksheets;
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 24000, height: 12000, visibility: 'visible' };
  const first = sheets.findIndex((w) => w.state === 'visible' || !w.state);
  wb.views = [{ ...view, activeTab: index, firstSheet: Math.max(0, Math.min(first, index)) }];
  sheets.forEach((w, i) => {
    const views = w.views?.length ? w.views : [{}]; // a sheet saved without sheetViews loads with views null
    w.views = views.map((v, j) => (j === 0 ? { ...v, tabSelected: i === index } : v));
  });
}

function applyNames(wb: Workbook, names: Record<string, string>): void {
  for (const [name, ref] of Object.entries(names)) wb.definedNames.add(ref, name);
}

/** Write one sheet spec onto an empty worksheet. */
export async function writeSheet(ws: Worksheet, s: SheetSpec): Promise<void> {
  ws.state = s.visibility;
  if (s.tabColor) ws.properties.tabColor = { argb: argb(s.tabColor) };
  for (const r of s.ranges) writeRange(ws, r.ref, r.rows);
  for (const h of s.hyperlinks ?? []) {
    const cell = ws.getCell(h.ref);
    cell.value = { text: h.text, hyperlink: h.target.replace(/^#/, '') };
  }
  for (const f of s.formats) applyFormat(ws, f);
  // Without style: each cell of a merge keeps the borders the spec gave it.
  for (const m of s.merges) ws.mergeCellsWithoutStyle(m);
  s.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  for (const [row, h] of Object.entries(s.rowHeights ?? {})) ws.getRow(Number(row)).height = h;
  if (s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0)) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: s.freeze.columns,
        ySplit: s.freeze.rows,
        topLeftCell: addr(s.freeze.rows + 1, s.freeze.columns + 1),
        activeCell: addr(s.freeze.rows + 1, s.freeze.columns + 1),
      },
    ];
  }
  for (const v of s.validations) addValidation(ws, v);
  for (const c of s.conditionalFormats) addConditionalFormat(ws, c);
  for (const t of s.tables) addTable(ws, t.name, t.ref, t.style);
  if (s.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: PAPER_A4,
      orientation: s.print.orientation,
      fitToPage: true,
      fitToWidth: s.print.fitToWidth,
      fitToHeight: s.print.fitToHeight,
      ...(s.print.titleRows ? { printTitlesRow: s.print.titleRows } : {}),
      ...(s.print.titleColumns ? { printTitlesColumn: s.print.titleColumns } : {}),
      // ExcelJS puts "$" before each column only; "A$1" gives Excel's usual "$A$1".
      ...(s.print.area ? { printArea: s.print.area.replace(/\$/g, '').replace(/([A-Za-z]+)(\d+)/g, '$1$$$2') } : {}),
    };
  }
  if (s.protection) {
    const p = s.protection;
    await ws.protect(p.password ?? '', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: p.allowFormatColumns,
      formatRows: p.allowFormatRows,
      sort: p.allowSort,
      autoFilter: p.allowAutoFilter,
    });
  }
}

export function cellValueOf(c: CellSpec): ExcelCellValue {
  if (c.f !== undefined && c.f !== '') {
    const result = c.v === null ? undefined : c.v;
    return { formula: stripEq(c.f), result } as ExcelCellValue;
  }
  return c.v;
}

function writeRange(ws: Worksheet, ref: string, rows: CellSpec[][]): void {
  const { row: r0, col: c0 } = parseAddr(ref);
  rows.forEach((cells, i) => {
    const row = ws.getRow(r0 + i);
    cells.forEach((c, j) => {
      if (c === undefined) return;
      row.getCell(c0 + j).value = cellValueOf(c);
    });
  });
}

function applyFormat(ws: Worksheet, f: FormatSpec): void {
  const font: Partial<Font> | null = f.font
    ? {
        ...(f.font.bold !== undefined ? { bold: f.font.bold } : {}),
        ...(f.font.italic !== undefined ? { italic: f.font.italic } : {}),
        ...(f.font.size !== undefined ? { size: f.font.size } : {}),
        ...(f.font.name !== undefined ? { name: f.font.name } : {}),
        ...(f.font.color !== undefined ? { color: { argb: argb(f.font.color) } } : {}),
      }
    : null;
  const align: Partial<Alignment> | null =
    f.horizontal || f.vertical || f.wrap !== undefined || f.indent !== undefined
      ? {
          ...(f.horizontal ? { horizontal: f.horizontal } : {}),
          ...(f.vertical ? { vertical: f.vertical } : {}),
          ...(f.wrap !== undefined ? { wrapText: f.wrap } : {}),
          ...(f.indent !== undefined ? { indent: f.indent } : {}),
        }
      : null;
  const edge = f.border ? { style: f.border.style, color: { argb: argb(f.border.color ?? '#000000') } } : null;
  const border: Partial<Borders> | null = edge ? { top: edge, left: edge, bottom: edge, right: edge } : null;
  const fill = f.fill ? solidFill(f.fill) : null;
  eachCell(f.ref, (r, c) => {
    const cell = ws.getRow(r).getCell(c);
    if (f.numberFormat !== undefined) cell.numFmt = f.numberFormat;
    if (font) cell.font = { ...(cell.font ?? {}), ...font };
    if (align) cell.alignment = { ...(cell.alignment ?? {}), ...align };
    if (border) cell.border = border;
    if (fill) cell.fill = fill;
    if (f.locked !== undefined) cell.protection = { ...(cell.protection ?? {}), locked: f.locked };
  });
}

function operand(x: string | number): string | number {
  return typeof x === 'number' ? x : stripEq(x);
}

export function validationOf(v: ValidationSpec): DataValidation {
  const formulae: Array<string | number> = [];
  if (v.type === 'list' && v.list) formulae.push(`"${v.list.join(',')}"`);
  else {
    if (v.formula1 !== undefined) formulae.push(operand(v.formula1));
    if (v.formula2 !== undefined) formulae.push(operand(v.formula2));
  }
  return {
    type: v.type,
    ...(v.operator && v.type !== 'list' && v.type !== 'custom' ? { operator: v.operator } : {}),
    formulae,
    allowBlank: v.allowBlank,
    showErrorMessage: true,
    errorStyle: v.alert,
    errorTitle: v.errorTitle,
    error: v.error,
    ...(v.prompt ? { showInputMessage: true, prompt: v.prompt } : {}),
    ...(v.promptTitle ? { promptTitle: v.promptTitle } : {}),
  };
}

function addValidation(ws: Worksheet, v: ValidationSpec): void {
  const dv = validationOf(v);
  for (const part of v.ref.split(/[\s,]+/).filter(Boolean)) ws.dataValidations.add(part, { ...dv });
}

export function conditionalRuleOf(c: ConditionalFormatSpec): ConditionalFormattingRule {
  if (c.type === 'expression') {
    return {
      type: 'expression',
      priority: c.priority,
      formulae: [stripEq(c.formula)],
      ...(c.stopIfTrue ? { stopIfTrue: true } : {}),
      style: {
        ...(c.fill ? { fill: solidFill(c.fill) } : {}),
        ...(c.fontColor ? { font: { color: { argb: argb(c.fontColor) } } } : {}),
      },
    } as ConditionalFormattingRule;
  }
  // gradient: false; a gradient bar makes ExcelJS write an extension with an empty id.
  return {
    type: 'dataBar',
    priority: c.priority,
    gradient: false,
    minLength: 0,
    maxLength: 100,
    showValue: true,
    border: false,
    negativeBarColorSameAsPositive: true,
    negativeBarBorderColorSameAsPositive: true,
    axisPosition: 'auto',
    direction: 'leftToRight',
    cfvo: [
      { type: 'num', value: c.min },
      { type: 'num', value: c.max },
    ],
    color: { argb: argb(c.color) },
  } as ConditionalFormattingRule;
}

function addConditionalFormat(ws: Worksheet, c: ConditionalFormatSpec): void {
  ws.addConditionalFormatting({ ref: c.ref, rules: [conditionalRuleOf(c)] });
}

function plainText(v: ExcelCellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v);
}

/**
 * An Excel table over cells already written. ExcelJS rewrites the cells from the rows it is given,
 * so header and rows are read from the sheet first. A table needs a data row: a header-only ref
 * gets one empty row.
 */
function addTable(ws: Worksheet, name: string, ref: string, style: string): void {
  const { r1, c1, r2, c2 } = parseRange(ref);
  const columns = [];
  for (let c = c1; c <= c2; c++) {
    const header = plainText(ws.getRow(r1).getCell(c).value) || `列${colLetter(c)}`;
    columns.push({ name: header, filterButton: true });
  }
  const rows: ExcelCellValue[][] = [];
  for (let r = r1 + 1; r <= Math.max(r2, r1 + 1); r++) {
    const row: ExcelCellValue[] = [];
    for (let c = c1; c <= c2; c++) row.push(ws.getRow(r).getCell(c).value);
    rows.push(row);
  }
  ws.addTable({
    name,
    ref: addr(r1, c1),
    headerRow: true,
    totalsRow: false,
    style: { theme: style as 'TableStyleMedium2', showRowStripes: true },
    columns,
    rows,
  });
}
