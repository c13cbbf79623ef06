// The month sheet's layout as generated: fixed positions for writing. Readers never rely on these
// positions (they find columns by header text and rows by code); only the generator does.
import type { MonthColumn } from '../workbook/figures';
import { colLetter } from '../workbook/a1';

export const TEMPLATE_VERSION = '1.0';

export const LEDGER_SHEET = '指标库';
export const META_SHEET = '_meta';
export const LEDGER_TABLE = 'PlanTable';

/** 1-based column of each month-sheet column, A..M, plus the hidden 板块 column N. */
export const COL: Record<MonthColumn | 'section', number> = {
  seq: 1,
  code: 2,
  name: 3,
  unit: 4,
  target: 5,
  month: 6,
  cumulative: 7,
  completion: 8,
  expected: 9,
  gap: 10,
  status: 11,
  responsible: 12,
  note: 13,
  section: 14,
};
export const LAST_COL = COL.section;
/** Column letter by key: L.month === 'F'. */
export const L = Object.fromEntries(Object.entries(COL).map(([k, n]) => [k, colLetter(n)])) as Record<
  keyof typeof COL,
  string
>;

export const TITLE_ROW = 1;
export const UNIT_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

/** Header of the hidden column that holds each indicator row's section id (for COUNTIFS on 汇总). */
export const SECTION_HEADER = '板块';

export function monthSheetName(month: number): string {
  return `${month}月`;
}

/** "1-3月", or "1月" for January. */
export function periodText(month: number): string {
  return month === 1 ? '1月' : `1-${month}月`;
}

/** Header texts; each begins with the MONTH_HEADERS word of its column. */
export function headerTexts(month: number): Record<keyof typeof COL, string> {
  return {
    seq: '序号',
    code: '代码',
    name: '指标名称',
    unit: '单位',
    target: '年度目标',
    month: '本月\n(数值/增速/降幅/进展)',
    cumulative: `累计\n(${periodText(month)})`,
    completion: '完成年度目标%',
    expected: '序时进度%',
    gap: '差额\n(百分点)',
    status: '状态',
    responsible: '责任单位',
    note: '备注',
    section: SECTION_HEADER,
  };
}

export const COLUMN_WIDTHS: number[] = [5, 9, 34, 7, 12, 11, 11, 10, 9, 9, 8, 14, 22, 6];

export const FOOTER_TEXT = '单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三 (section numbering up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] || '零';
  if (n < 20) return '十' + DIGITS[n - 10];
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + DIGITS[n % 10];
  return String(n);
}
