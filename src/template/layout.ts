// What the generator writes besides the month sheet's own layout (which is described once, in
// src/workbook/layout.ts): the template's version, its other sheets' names, the footer line.
export const TEMPLATE_VERSION = '1.0';

export const LEDGER_SHEET = '指标库';
export const META_SHEET = '_meta';
export const LEDGER_TABLE = 'PlanTable';

export const FOOTER_TEXT = '单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三 (section numbering up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] || '零';
  if (n < 20) return '十' + DIGITS[n - 10];
  if (n < 100) return DIGITS[Math.floor(n / 10)] + '十' + DIGITS[n % 10];
  return String(n);
}
