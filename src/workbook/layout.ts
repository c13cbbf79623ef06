// The month sheet ("3月"), described once: its columns (key, header word, header text, width and
// generated position), its rows (title, 填报单位 line, header), the sheet name of month m and the
// title that names the month. The generator writes from this description; every reader finds the
// header row and the columns with the one locator below (by header words, never by position), so
// a sheet whose columns a user inserted or moved is read, checked and counted at the right cells.
import type { CellValue } from './spec';
import { colLetter } from './a1';
import { isMonth } from '../plan/message';

/** The month sheet's columns in their generated order (A..N). 板块 (N) is hidden: 汇总 counts by it. */
export const MONTH_COLUMNS = [
  'seq',
  'code',
  'name',
  'unit',
  'target',
  'month', // input
  'cumulative', // formula: 1-本月累计
  'completion',
  'expected',
  'gap',
  'status',
  'responsible',
  'note', // input
  'section', // hidden
] as const;
export type MonthColumn = (typeof MONTH_COLUMNS)[number];

interface ColumnDescription {
  /** The word the header cell begins with: what readers look for. */
  word: string;
  /** The header text written where it is more than the word; given the period ("1-3月"). */
  header?: string | ((period: string) => string);
  /** Width in Excel's character units. */
  width: number;
}

const DESCRIPTION: Record<MonthColumn, ColumnDescription> = {
  seq: { word: '序号', width: 5 },
  code: { word: '代码', width: 9 },
  name: { word: '指标', header: '指标名称', width: 34 },
  unit: { word: '单位', width: 7 },
  target: { word: '年度目标', width: 12 },
  month: { word: '本月', header: '本月\n(数值/增速/降幅/进展)', width: 11 },
  cumulative: { word: '累计', header: (period) => `累计\n(${period})`, width: 11 },
  completion: { word: '完成', header: '完成年度目标%', width: 10 },
  expected: { word: '序时', header: '序时进度%', width: 9 },
  gap: { word: '差额', header: '差额\n(百分点)', width: 9 },
  status: { word: '状态', width: 8 },
  responsible: { word: '责任单位', width: 14 },
  note: { word: '备注', width: 22 },
  section: { word: '板块', width: 6 },
};

/** Header words each column's header cell begins with. */
export const MONTH_HEADERS = Object.fromEntries(MONTH_COLUMNS.map((k) => [k, DESCRIPTION[k].word])) as Record<
  MonthColumn,
  string
>;

/** 1-based column of each month-sheet column as generated (where a writer puts it). */
export const COL = Object.fromEntries(MONTH_COLUMNS.map((k, i) => [k, i + 1])) as Record<MonthColumn, number>;
export const LAST_COL = MONTH_COLUMNS.length;
/** Column letter by key as generated: L.month === 'F'. */
export const L = Object.fromEntries(MONTH_COLUMNS.map((k, i) => [k, colLetter(i + 1)])) as Record<MonthColumn, string>;
export const COLUMN_WIDTHS: number[] = MONTH_COLUMNS.map((k) => DESCRIPTION[k].width);

export const TITLE_ROW = 1;
export const UNIT_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/** "1-3月", or "1月" for January: the period a month's figures cover. */
export function periodText(month: number): string {
  return month === 1 ? '1月' : `1-${month}月`;
}

/** Header texts of month `month`'s sheet; each begins with the MONTH_HEADERS word of its column. */
export function headerTexts(month: number): Record<MonthColumn, string> {
  const period = periodText(month);
  const text = ({ word, header }: ColumnDescription) =>
    header === undefined ? word : typeof header === 'string' ? header : header(period);
  return Object.fromEntries(MONTH_COLUMNS.map((k) => [k, text(DESCRIPTION[k])])) as Record<MonthColumn, string>;
}

// ---- Sheet names and titles ----

export function monthSheetName(month: number): string {
  return `${month}月`;
}

/** The month a sheet's name says in the generated form ("3月" -> 3), else null. */
export function monthOfSheetName(name: string): number | null {
  const m = /^(\d{1,2})月$/.exec(name.trim());
  const n = m ? Number(m[1]) : NaN;
  return isMonth(n) ? n : null;
}

const TITLE_WORD = '月报表';

/** "…2025年目标任务完成情况月报表（1-3月）": `who` is the township, or "镇（单位）" for a unit's workbook. */
export function monthTitleText(who: string, year: number, month: number): string {
  return `${who}${year}年目标任务完成情况${TITLE_WORD}（${periodText(month)}）`;
}

/** The title's period, "（1-3月）" or "（3月）", as readers recognise it. */
const TITLE_MONTH = /[（(]\s*(?:1\s*[-－—–~～至]\s*)?(\d{1,2})\s*月\s*[）)]/;

/** The month a sheet's title row names ("…月报表（1-3月）" -> 3), from its first two rows. */
export function titleMonth(sheet: { values: CellValue[][] }): number | null {
  for (let r = 0; r < Math.min(2, sheet.values.length); r++) {
    for (const v of sheet.values[r] ?? []) {
      const s = v === null || v === undefined ? '' : String(v).trim();
      if (!s.includes(TITLE_WORD)) continue;
      const m = TITLE_MONTH.exec(s);
      if (m) {
        const n = Number(m[1]);
        if (isMonth(n)) return n;
      }
    }
  }
  return null;
}

// ---- The header locator ----

/** A header row found: 0-based row and 0-based column of each key found in it. */
export interface HeaderLocation<K extends string> {
  row: number;
  cols: Partial<Record<K, number>>;
}

/** How a sheet's header row is recognised: which text names which column, and how many must. */
export interface HeaderRule<K extends string> {
  /** In order of preference: a cell names the first key whose `matches` accepts its trimmed text. */
  columns: ReadonlyArray<{ key: K; matches: (text: string) => boolean }>;
  /** The header is among the first `rows` rows. */
  rows: number;
  /** A header row names at least this many columns… */
  atLeast: number;
  /** …and every one of these. */
  required: readonly K[];
}

/**
 * The header row of a sheet (values as read, row-major from A1) and each column in it, found by
 * header text: the row among the first `rule.rows` that names the most columns (the first such row
 * on a tie), so a sheet that lost a column is still read far enough to say which one is missing.
 * Each key takes its first cell in the row. Null when no row qualifies.
 */
export function locateHeader<K extends string>(values: CellValue[][], rule: HeaderRule<K>): HeaderLocation<K> | null {
  let best: (HeaderLocation<K> & { count: number }) | null = null;
  for (let r = 0; r < Math.min(values.length, rule.rows); r++) {
    const cols: Partial<Record<K, number>> = {};
    let count = 0;
    (values[r] ?? []).forEach((v, c) => {
      const text = v === null || v === undefined ? '' : String(v).trim();
      if (!text) return;
      const hit = rule.columns.find((col) => cols[col.key] === undefined && col.matches(text));
      if (!hit) return;
      cols[hit.key] = c;
      count++;
    });
    if (count < rule.atLeast || rule.required.some((k) => cols[k] === undefined)) continue;
    if (!best || count > best.count) best = { row: r, cols, count };
  }
  return best && { row: best.row, cols: best.cols };
}

/** The month sheet's header: any three of its words in one row of the first thirty. */
export const MONTH_HEADER_RULE: HeaderRule<MonthColumn> = {
  columns: MONTH_COLUMNS.map((key) => ({
    key,
    matches: (text: string) => text.replace(/\s+/g, '').startsWith(MONTH_HEADERS[key]),
  })),
  rows: 30,
  atLeast: 3,
  required: [],
};

/** The header row and columns of a month sheet, 0-based, or null when it has none. */
export function locateMonthHeader(values: CellValue[][]): HeaderLocation<MonthColumn> | null {
  return locateHeader(values, MONTH_HEADER_RULE);
}
