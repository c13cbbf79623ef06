// What the preview's grid shows and what typing into it does, over the fake Excel's plain state.
// Typing goes straight into the state, as a user typing in Excel would (outside the API the add-in
// uses), with Excel's conversion of typed text and its refusal to edit locked cells on a protected sheet.
import type { Message } from '../plan/message';
import { addr, parseAddr } from '../workbook/a1';
import {
  cellAt,
  coerce,
  key,
  usedRect,
  type CellState,
  type Rect,
  type SheetState,
  type WorkbookState,
} from '../hosts/excel/fake/state';

export interface GridCell {
  row: number;
  col: number;
  address: string;
  text: string;
  formula: string | null;
  numeric: boolean;
  bold: boolean;
  fill: string | null;
  color: string | null;
  align: 'left' | 'center' | 'right' | null;
  wrap: boolean;
  locked: boolean;
  rowSpan: number;
  colSpan: number;
  /** Covered by a merge whose top-left cell is elsewhere: not drawn. */
  hidden: boolean;
  note: string | null;
}

export interface GridView {
  sheet: string;
  rows: number;
  cols: number;
  /** Column widths in pixels, index 0 = column A. */
  widths: number[];
  cells: GridCell[][];
  frozenRows: number;
  protectedSheet: boolean;
}

/** Sheets a user sees as tabs (hidden and veryHidden ones are not), with their tab colours. */
export function visibleSheets(wb: WorkbookState): Array<{ name: string; color: string | null }> {
  return wb.sheets
    .filter((s) => !s.deleted && s.visibility === 'Visible')
    .map((s) => ({ name: s.name, color: s.tabColor || null }));
}

export function sheetByName(wb: WorkbookState, name: string): SheetState | undefined {
  return wb.sheets.find((s) => !s.deleted && s.name === name);
}

export function activeSheetName(wb: WorkbookState): string | null {
  const s = wb.sheets.find((x) => x.id === wb.activeSheetId && !x.deleted && x.visibility === 'Visible');
  return s?.name ?? visibleSheets(wb)[0]?.name ?? null;
}

/** The selected cell (top-left of the selection) on its sheet. */
export function selectedCell(wb: WorkbookState): { sheet: string; cell: string } | null {
  if (!wb.selection) return null;
  const s = wb.sheets.find((x) => x.id === wb.selection?.sheetId && !x.deleted);
  if (!s) return null;
  return { sheet: s.name, cell: addr(wb.selection.rect.r1, wb.selection.rect.c1) };
}

export function selectCell(wb: WorkbookState, sheet: string, cell: string): void {
  const s = sheetByName(wb, sheet);
  if (!s) return;
  const { row, col } = parseAddr(cell);
  wb.activeSheetId = s.id;
  wb.selection = { sheetId: s.id, rect: { r1: row, c1: col, r2: row, c2: col } };
}

export function activateSheet(wb: WorkbookState, sheet: string): void {
  const s = sheetByName(wb, sheet);
  if (!s) return;
  wb.activeSheetId = s.id;
  if (wb.selection?.sheetId !== s.id) wb.selection = { sheetId: s.id, rect: { r1: 1, c1: 1, r2: 1, c2: 1 } };
}

/** One section of an Excel number format, split into literal text and the number pattern. */
interface FormatParts {
  prefix: string;
  suffix: string;
  decimals: number;
  grouping: boolean;
  /** Powers of 100 from unquoted % signs. */
  percent: number;
  hasNumber: boolean;
}

function formatParts(section: string): FormatParts {
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let percent = 0;
  const lit = (text: string) => {
    if (pattern) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      lit(section[i + 1] ?? '');
      i++;
    } else if (ch === '[') {
      i = Math.max(i, section.indexOf(']', i)); // colours and conditions: not drawn here
    } else if ('0#?,.'.includes(ch) && !suffix) {
      pattern += ch;
    } else if (ch === '%') {
      percent++;
      lit('%');
    } else if (ch === '_' || ch === '*') {
      i++; // padding: skip the character it names
    } else {
      lit(ch);
    }
  }
  const dot = pattern.indexOf('.');
  return {
    prefix,
    suffix,
    decimals: dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0#?]/g, '').length,
    grouping: pattern.includes(','),
    percent,
    hasNumber: /[0#?]/.test(pattern),
  };
}

function formatNumber(v: number, format: string): string {
  const sections = format.split(';');
  const section = v < 0 && sections.length > 1 ? sections[1] : sections[0];
  const p = formatParts(section);
  if (!p.hasNumber) return p.prefix + p.suffix;
  const scaled = Math.abs(v) * 100 ** p.percent;
  const digits = p.grouping
    ? scaled.toLocaleString('en-US', { minimumFractionDigits: p.decimals, maximumFractionDigits: p.decimals })
    : scaled.toFixed(p.decimals);
  const sign = v < 0 && sections.length === 1 && Number(digits.replace(/,/g, '')) !== 0 ? '-' : '';
  return `${p.prefix}${sign}${digits}${p.suffix}`;
}

/** A cell's value as Excel shows it under its number format (literals, %, decimals, grouping). */
export function displayText(c: CellState | undefined): string {
  if (!c || c.value === null || c.value === undefined) return '';
  const v = c.value;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  const f = c.numberFormat ?? 'General';
  if (f === 'General' || f === '@') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  return formatNumber(v, f);
}

function isLocked(c: CellState | undefined): boolean {
  return c?.locked !== false;
}

function inRect(r: Rect, row: number, col: number): boolean {
  return row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;
}

/** Points (the Office JavaScript API's column widths) to CSS pixels. */
const PX_PER_POINT = 4 / 3;

export function gridView(wb: WorkbookState, sheetName: string, minRows = 30, minCols = 12): GridView | null {
  const s = sheetByName(wb, sheetName);
  if (!s) return null;
  const used = usedRect(s, false);
  const mergedTo = s.merges.reduce((m, r) => ({ r: Math.max(m.r, r.r2), c: Math.max(m.c, r.c2) }), { r: 0, c: 0 });
  const rows = Math.max(minRows, (used?.r2 ?? 0) + 3, mergedTo.r);
  const cols = Math.max(minCols, (used?.c2 ?? 0) + 1, mergedTo.c);
  const widths = Array.from({ length: cols }, (_, i) => Math.round((s.columnWidths.get(i + 1) ?? 64) * PX_PER_POINT));
  const cells: GridCell[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: GridCell[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = s.cells.get(key(r, c));
      const merge = s.merges.find((m) => inRect(m, r, c));
      const top = !merge || (merge.r1 === r && merge.c1 === c);
      const h = cell?.horizontal?.toLowerCase();
      line.push({
        row: r,
        col: c,
        address: addr(r, c),
        text: displayText(cell),
        formula: cell?.formula ?? null,
        numeric: typeof cell?.value === 'number',
        bold: cell?.font?.bold === true,
        fill: cell?.fill ?? null,
        color: cell?.font?.color ?? null,
        align:
          h === 'center' || h === 'centeracrossselection'
            ? 'center'
            : h === 'right'
              ? 'right'
              : h === 'left'
                ? 'left'
                : null,
        wrap: cell?.wrap === true,
        locked: isLocked(cell),
        rowSpan: merge && top ? Math.min(merge.r2, rows) - merge.r1 + 1 : 1,
        colSpan: merge && top ? Math.min(merge.c2, cols) - merge.c1 + 1 : 1,
        hidden: !top,
        note: s.notes.get(key(r, c))?.content ?? null,
      });
    }
    cells.push(line);
  }
  return {
    sheet: s.name,
    rows,
    cols,
    widths,
    cells,
    frozenRows: s.freeze.rows,
    protectedSheet: s.protection.protected,
  };
}

export type TypeResult = { ok: true } | { ok: false; reason: 'protected' | 'no-sheet' | 'formula'; message: Message };

/** Types `raw` into a cell, as a user would in Excel. */
export function typeIntoCell(wb: WorkbookState, sheetName: string, cell: string, raw: string): TypeResult {
  const s = sheetByName(wb, sheetName);
  if (!s)
    return {
      ok: false,
      reason: 'no-sheet',
      message: { zh: `没有工作表“${sheetName}”`, en: `no sheet "${sheetName}"` },
    };
  const { row, col } = parseAddr(cell);
  const current = s.cells.get(key(row, col));
  if (s.protection.protected && isLocked(current)) {
    return {
      ok: false,
      reason: 'protected',
      message: {
        zh: `${sheetName}!${cell} 受保护，只能在白色的输入格中填写`,
        en: `${sheetName}!${cell} is protected: type only into the white input cells`,
      },
    };
  }
  if (raw.startsWith('=')) {
    return {
      ok: false,
      reason: 'formula',
      message: {
        zh: '预览只计算模板自己的公式，请输入数字或文字',
        en: 'the preview calculates only the template’s own formulas: type a number or text',
      },
    };
  }
  let typed: ReturnType<typeof coerce>;
  try {
    // Excel takes "-5" or "+5" typed by hand as numbers; text that only starts with a sign is a formula error.
    typed = coerce(raw, `${sheetName}!${cell}`);
  } catch {
    return {
      ok: false,
      reason: 'formula',
      message: {
        zh: `“${raw}”会被当作公式，请改为数字或文字`,
        en: `"${raw}" would be taken as a formula: type a number or text`,
      },
    };
  }
  const target = cellAt(s, row, col);
  target.value = typed.value;
  target.formula = typed.formula;
  target.quotePrefix = typed.quotePrefix;
  return { ok: true };
}
