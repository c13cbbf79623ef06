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
import { addr, colLetter, parseAddr, parseRange, sheetNameProblem } from '../../workbook/a1';
import { applyExcelJsPatches } from './exceljs-patches';

applyExcelJsPatches();

/** A spec that cannot be written as a valid workbook; the message lists every problem (zh / en). */
export class SpecWriteError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SpecWriteError';
  }
}

/** "#RRGGBB" -> ExcelJS ARGB "FFRRGGBB". */
export function argb(color: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(color);
  if (!m) throw new SpecWriteError([`颜色应为 #RRGGBB：${color} / colour must be #RRGGBB: ${color}`]);
  return `FF${m[1].toUpperCase()}`;
}

export function solidFill(color: string): Fill {
  const c = { argb: argb(color) };
  return { type: 'pattern', pattern: 'solid', fgColor: c, bgColor: c };
}

const PAPER_A4 = 9;

// Excel's limits (validation texts per [MS-XLS] DValStrings, formula and cell text lengths); beyond
// them Excel "repairs" the file or refuses the cell.
const LIMITS = { title: 32, error: 225, prompt: 255, inlineList: 255, formula: 8192, text: 32767 };

function stripEq(f: string): string {
  return f.startsWith('=') ? f.slice(1) : f;
}

/** Every problem Excel would choke on, in plain words; empty when the spec can be written. */
export function specProblems(spec: WorkbookSpec): string[] {
  const out = sheetProblems(spec);
  if (spec.sheets.length === 0) out.push('工作簿没有工作表 / the workbook has no sheets');
  else if (!spec.sheets.some((s) => s.visibility === 'visible'))
    out.push('工作簿至少要有一张可见的工作表 / the workbook needs at least one visible sheet');
  return out;
}

/** The problems of the spec's sheets taken one by one (a partial spec applied to a workbook). */
export function sheetProblems(spec: WorkbookSpec): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const tables = new Set<string>();
  for (const s of spec.sheets) {
    const p = sheetNameProblem(s.name);
    if (p) out.push(p);
    const key = s.name.toLowerCase();
    if (seen.has(key)) out.push(`工作表名称重复：${s.name} / duplicate sheet name: ${s.name}`);
    seen.add(key);
    const overlap = overlappingValidation(s);
    if (overlap)
      out.push(
        `${s.name}!${overlap} 有两条数据验证（Excel 每个单元格只认一条）/ two data validations on one cell: ${s.name}!${overlap}`,
      );
    for (const v of s.validations) {
      const at = `${s.name}!${v.ref}`;
      if (v.errorTitle.length > LIMITS.title)
        out.push(`${at} 的提示标题超过32个字符 / validation error title longer than 32 characters`);
      if (v.error.length > LIMITS.error)
        out.push(`${at} 的出错提示超过225个字符 / validation error message longer than 225 characters`);
      if ((v.promptTitle ?? '').length > LIMITS.title)
        out.push(`${at} 的输入提示标题超过32个字符 / validation prompt title longer than 32 characters`);
      if ((v.prompt ?? '').length > LIMITS.prompt)
        out.push(`${at} 的输入提示超过255个字符 / validation prompt longer than 255 characters`);
      if (v.type === 'list' && v.list) {
        if (v.list.some((x) => x.includes(',') || x.includes('"')))
          out.push(`${at} 的下拉选项不能含逗号或引号 / list items cannot contain commas or quotes`);
        if (v.list.join(',').length + 2 > LIMITS.inlineList)
          out.push(`${at} 的下拉选项总长超过255个字符 / list longer than 255 characters`);
      }
      if (v.type === 'list' && !v.list && v.formula1 === undefined)
        out.push(`${at} 的下拉列表没有选项 / list validation without items`);
    }
    const merge = overlappingMerge(s);
    if (merge) out.push(`${s.name} 的合并区域 ${merge} 与另一合并区域重叠 / merged ranges overlap: ${s.name}!${merge}`);
    const cells = cellMap(s);
    for (const [a, c] of cells) {
      if (c.f && c.f.length > LIMITS.formula)
        out.push(`${s.name}!${a} 的公式超过8192个字符 / formula longer than 8192 characters: ${s.name}!${a}`);
      if (typeof c.v === 'string' && c.v.length > LIMITS.text)
        out.push(`${s.name}!${a} 的文字超过32767个字符 / text longer than 32767 characters: ${s.name}!${a}`);
    }
    for (const t of s.tables) {
      if (!/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]{0,254}$/.test(t.name))
        out.push(`表格名称不合法：${t.name} / invalid table name: ${t.name}`);
      if (tables.has(t.name.toLowerCase())) out.push(`表格名称重复：${t.name} / duplicate table name: ${t.name}`);
      tables.add(t.name.toLowerCase());
      const { r1, c1, c2 } = parseRange(t.ref);
      const headers = new Set<string>();
      for (let c = c1; c <= c2; c++) {
        const h = cells.get(addr(r1, c));
        const text = h && h.v !== null ? String(h.v).trim() : '';
        if (!text)
          out.push(`表格 ${t.name} 的 ${addr(r1, c)} 列标题为空 / table ${t.name}: empty header at ${addr(r1, c)}`);
        else if (headers.has(text.toLowerCase()))
          out.push(`表格 ${t.name} 的列标题“${text}”重复 / table ${t.name}: duplicate header "${text}"`);
        headers.add(text.toLowerCase());
      }
    }
  }
  return out;
}

/** The spec's cells by A1 address (later ranges win, as they are written later). */
function cellMap(s: SheetSpec): Map<string, CellSpec> {
  const out = new Map<string, CellSpec>();
  for (const range of s.ranges) {
    const { row, col } = parseAddr(range.ref);
    range.rows.forEach((cells, i) => cells.forEach((c, j) => c && out.set(addr(row + i, col + j), c)));
  }
  return out;
}

/** The first merge that overlaps an earlier one, or null (ExcelJS would throw). */
function overlappingMerge(s: SheetSpec): string | null {
  const seen = new Set<string>();
  for (const m of s.merges) {
    let hit = false;
    eachCell(m, (r, c) => {
      const a = addr(r, c);
      if (seen.has(a)) hit = true;
      seen.add(a);
    });
    if (hit) return m;
  }
  return null;
}

/** The first cell covered by two validations, or null. */
function overlappingValidation(s: SheetSpec): string | null {
  const seen = new Set<string>();
  for (const v of s.validations) {
    let hit: string | null = null;
    const mine = new Set<string>();
    eachCell(v.ref, (r, c) => {
      const a = addr(r, c);
      if (seen.has(a) && !hit) hit = a;
      mine.add(a);
    });
    if (hit) return hit;
    mine.forEach((a) => seen.add(a));
  }
  return null;
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
  const view = wb.views[0] ?? { x: 0, y: 0, width: 24000, height: 12000, visibility: 'visible' };
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

function eachCell(ref: string, fn: (row: number, col: number) => void): void {
  for (const part of ref.split(/[\s,]+/).filter(Boolean)) {
    const { r1, c1, r2, c2 } = parseRange(part);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) fn(r, c);
  }
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
