// One month sheet ("3月"): title, 填报单位 line, header, section title rows, indicator rows with
// input cells (本月, 备注) and formulas, footer; protection, print; its style from monthStyle.ts.
import type { Plan } from '../plan/types';
import { targetAt } from '../plan/adjust';
import type { CellSpec, CellValue, SheetSpec } from '../workbook/spec';
import { emptySheet, landscapePrint } from '../workbook/spec';
import {
  COL as LAYOUT_COLUMNS,
  COLUMN_WIDTHS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerTexts,
  L as LAYOUT_LETTERS,
  LAST_COL,
  monthSheetName,
  monthTitleText,
  periodText,
  TITLE_ROW,
  UNIT_ROW,
  type MonthColumn,
} from '../workbook/layout';
import { FOOTER_TEXT } from './layout';
import { chineseNumber } from '../progress/numerals';
import { isFilled } from '../progress/cumulate';
import { isReportMonth } from '../progress/progress';
import { emptyFlagFormula, rowFormulas, type MonthInputs } from './formulas';
import { targetCell } from './target';
import { partLabel, type SheetRow } from './rows';
import { monthSheetStyle, type MonthSheetStyle } from './monthStyle';

// Local copies: module bindings compiled to CommonJS are getters, and these are read per cell.
const COL = { ...LAYOUT_COLUMNS };
const L = { ...LAYOUT_LETTERS };

/** What one indicator row holds in one month: the entry, the note and the computed 累计. */
export interface MonthCell {
  entry: CellValue;
  note: CellValue;
  cum: CellValue;
  /** A recurring task's 本月 cells from January to this month. */
  states?: CellValue[];
}

function monthTitle(plan: Plan, month: number, unit: string | null): string {
  return monthTitleText(unit ? `${plan.unitName}（${unit}）` : plan.unitName, plan.year, month);
}

export interface MonthSheetResult {
  sheet: SheetSpec;
  /** The indicator codes by 1-based sheet row. */
  codesByRow: Array<[number, string]>;
}

export function buildMonthSheet(
  plan: Plan,
  rows: SheetRow[],
  month: number,
  cells: Map<string, MonthCell>,
  unit: string | null,
  style: MonthSheetStyle = monthSheetStyle(plan, rows),
): MonthSheetResult {
  const sheet = emptySheet(monthSheetName(month));
  const grid: CellSpec[][] = [];
  const codesByRow: Array<[number, string]> = [];
  const blankRow = (): CellSpec[] => Array.from({ length: LAST_COL }, () => ({ v: null }));

  // Title, 填报单位 line, header.
  const title = blankRow();
  title[0] = { v: monthTitle(plan, month, unit) };
  const unitLine = blankRow();
  unitLine[0] = { v: `填报单位：${unit ?? plan.unitName}` };
  unitLine[COL.month - 1] = { v: `报告期：${plan.year}年${periodText(month)}` };
  unitLine[COL.gap - 1] = { v: '单位：见各行“单位”列' };
  const headers = headerTexts(month);
  const header = blankRow();
  for (const [key, col] of Object.entries(COL)) header[col - 1] = { v: headers[key as MonthColumn] };
  grid.push(title, unitLine, header);

  const inputs: MonthInputs = {
    range: `$${L.month}$${FIRST_DATA_ROW}:$${L.month}$${FIRST_DATA_ROW + Math.max(rows.length, 1) - 1}`,
    empty: rows.every((sr) => sr.type === 'section' || !isFilled(cells.get(sr.ind.code)?.entry ?? null)),
    flag: `$${L.section}$${UNIT_ROW}`,
  };
  // The guard applies to a month some row is due in (summarize's sheetEmpty says the same).
  const due = rows.some((sr) => sr.type !== 'section' && isReportMonth(sr.ind, month));
  if (due) unitLine[COL.section - 1] = { f: emptyFlagFormula(inputs), v: inputs.empty };
  let r = FIRST_DATA_ROW;
  for (const sr of rows) {
    const line = blankRow();
    if (sr.type === 'section') {
      line[COL.seq - 1] = { v: `${chineseNumber(sr.number)}、` };
      line[COL.name - 1] = { v: sr.section.title };
    } else {
      // From an adjustment's month on, 年度目标 and every formula use the adjusted target.
      const ind = targetAt(sr.ind, month);
      const cell = cells.get(ind.code) ?? { entry: null, note: null, cum: '', states: [] };
      const fx = rowFormulas(plan, ind, month, r, cell.cum, cell.entry, due ? inputs : undefined, cell.states);
      line[COL.seq - 1] = { v: sr.seq };
      line[COL.code - 1] = { v: ind.code };
      line[COL.name - 1] = { v: sr.depth > 0 ? partLabel(ind.name) : ind.name };
      line[COL.unit - 1] = { v: ind.unit || null };
      line[COL.target - 1] = { v: targetCell(ind).v };
      line[COL.month - 1] = { v: cell.entry };
      line[COL.cumulative - 1] = fx.cumulative;
      line[COL.completion - 1] = fx.completion;
      line[COL.expected - 1] = fx.expected;
      line[COL.gap - 1] = fx.gap;
      line[COL.status - 1] = fx.status;
      line[COL.responsible - 1] = { v: ind.responsible };
      line[COL.note - 1] = { v: cell.note };
      line[COL.section - 1] = { v: ind.section };
      codesByRow.push([r, ind.code]);
    }
    grid.push(line);
    r++;
  }
  // Footer, one blank row below the table.
  grid.push(blankRow());
  const footer = blankRow();
  footer[0] = { v: FOOTER_TEXT };
  grid.push(footer);

  sheet.ranges.push({ ref: 'A1', rows: grid });
  // Copies: each sheet's spec is its own plain data, whatever a consumer does to another.
  sheet.formats = style.formats.map((f) => ({ ...f }));
  sheet.merges = [...style.merges];
  sheet.validations = style.validations.map((v) => ({ ...v }));
  sheet.conditionalFormats = style.conditionalFormats.map((c) => ({ ...c }));
  sheet.columnWidths = [...COLUMN_WIDTHS];
  sheet.hiddenColumns = [COL.section];
  sheet.rowHeights = { [TITLE_ROW]: 30, [HEADER_ROW]: 48 };
  sheet.freeze = { rows: HEADER_ROW, columns: COL.name };
  sheet.protection = {
    password: null,
    allowFormatColumns: true,
    allowFormatRows: true,
    allowSort: false,
    allowAutoFilter: false,
  };
  sheet.print = landscapePrint({ titleRows: `${TITLE_ROW}:${HEADER_ROW}`, area: `A1:${L.note}${style.footerRow}` });
  return { sheet, codesByRow };
}
