// 指标库's columns, described once: the key of the Indicator field each holds, its header (Chinese,
// with the English a reader also accepts), width and number format, and how its header row is found.
import { colLetter } from '../workbook/a1';
import type { HeaderRule } from '../workbook/layout';

export type FieldKey =
  | 'code'
  | 'section'
  | 'sectionTitle'
  | 'name'
  | 'kind'
  | 'unit'
  | 'comparator'
  | 'value'
  | 'max'
  | 'adjustedValue'
  | 'adjustedMax'
  | 'adjustMonth'
  | 'adjustReason'
  | 'tolerance'
  | 'direction'
  | 'baseline'
  | 'responsible'
  | 'lead'
  | 'deadlineMonth'
  | 'recurring'
  | 'hold'
  | 'reportMonths'
  | 'parent'
  | 'schedule'
  | 'lastYear'
  | 'aheadPp'
  | 'behindPp'
  | 'redPp'
  | 'momChange'
  | 'yoyChange'
  | 'overTargetMultiple'
  | 'scaleFactor'
  | 'note';

export interface LedgerColumn {
  key: FieldKey;
  header: string;
  /** The English header a reader also accepts, and messages name: the key where not given. */
  en: string;
  width: number;
  format?: string;
}

const COLUMNS: Array<Omit<LedgerColumn, 'en'> & { en?: string }> = [
  { key: 'code', header: '代码', width: 9, format: '@' },
  { key: 'section', header: '板块', width: 6, format: '@' },
  { key: 'sectionTitle', header: '板块名称', en: 'section title', width: 18, format: '@' },
  { key: 'name', header: '指标名称', width: 30, format: '@' },
  { key: 'kind', header: '类型', width: 7 },
  { key: 'unit', header: '单位', width: 7, format: '@' },
  { key: 'comparator', header: '比较', width: 7 },
  { key: 'value', header: '目标值', en: 'target', width: 10 },
  { key: 'max', header: '上限', width: 8 },
  // 年中调整: 目标值/上限 stay the original target (原目标); these say what it became and from when.
  { key: 'adjustedValue', header: '调整后目标', en: 'adjusted target', width: 10 },
  { key: 'adjustedMax', header: '调整后上限', en: 'adjusted max', width: 9 },
  { key: 'adjustMonth', header: '调整月份', en: 'adjusted from month', width: 9 },
  { key: 'adjustReason', header: '调整原因', en: 'adjustment reason', width: 18, format: '@' },
  { key: 'tolerance', header: '容差', width: 7, format: '0.0%' },
  { key: 'direction', header: '方向', width: 7 },
  { key: 'baseline', header: '上年基数', width: 10 },
  { key: 'responsible', header: '责任单位', width: 14, format: '@' },
  { key: 'lead', header: '分管领导', width: 10, format: '@' },
  { key: 'deadlineMonth', header: '截止月份', en: 'deadline month', width: 9 },
  { key: 'recurring', header: '每月任务', width: 9 },
  { key: 'parent', header: '上级代码', width: 9, format: '@' },
  { key: 'schedule', header: '序时计划', width: 26, format: '@' },
  { key: 'lastYear', header: '上年同期累计', en: 'last year', width: 26, format: '@' },
  { key: 'aheadPp', header: '超进度线', en: 'ahead pp', width: 9 },
  { key: 'behindPp', header: '欠进度线', en: 'behind pp', width: 9 },
  { key: 'redPp', header: '红色线', en: 'red pp', width: 8 },
  { key: 'momChange', header: '环比阈值', en: 'mom change', width: 9 },
  { key: 'yoyChange', header: '同比阈值', en: 'yoy change', width: 9 },
  { key: 'overTargetMultiple', header: '超目标倍数', en: 'over-target multiple', width: 10 },
  { key: 'scaleFactor', header: '量级倍数', en: 'scale factor', width: 9 },
  { key: 'note', header: '说明', width: 36, format: '@' },
  // Added after the original 27 columns, so older 指标库 sheets read the same.
  { key: 'hold', header: '保持水平', width: 9 },
  { key: 'reportMonths', header: '报送月份', en: 'report months', width: 12, format: '@' },
];

export const LEDGER_COLUMNS: LedgerColumn[] = COLUMNS.map((c) => ({ ...c, en: c.en ?? c.key }));

/** Column letter of a field as generated: ledgerLetter('code') === 'A'. */
export function ledgerLetter(key: FieldKey): string {
  return colLetter(LEDGER_COLUMNS.findIndex((c) => c.key === key) + 1);
}

/** 指标库's header: a row of the first ten naming 代码 and 指标名称, by the exact header or its English. */
export const LEDGER_HEADER_RULE: HeaderRule<FieldKey> = {
  columns: LEDGER_COLUMNS.map((lc) => ({
    key: lc.key,
    matches: (text: string) => {
      const h = text.replace(/^\*/, '');
      return lc.header === h || lc.en === h.toLowerCase();
    },
  })),
  rows: 10,
  atLeast: 2,
  required: ['code', 'name'],
};
