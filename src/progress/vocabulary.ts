// One vocabulary: the words the sheet, the pane, the CLI and the messages use for kinds,
// comparators, directions, statuses and milestone states. Each table is typed by its key set, so a
// new kind, comparator or status without words is a compile error.
import type { Comparator, Direction, IndicatorKind } from '../plan/types';

export interface Words {
  zh: string;
  en: string;
}

/** Kind names: 指标库's 类型 column, the pane, the CLI listings. */
export const KIND_WORDS: Record<IndicatorKind, Words> = {
  cumulative: { zh: '累计', en: 'cumulative' },
  level: { zh: '存量', en: 'level' },
  rate: { zh: '增速', en: 'growth rate' },
  milestone: { zh: '节点', en: 'milestone' },
};

/** Comparator words as 指标库's 比较 column writes them. */
export const COMPARATOR_WORDS: Record<Comparator, Words> = {
  '>=': { zh: '以上', en: 'at least' },
  '<=': { zh: '以内', en: 'at most' },
  between: { zh: '区间', en: 'between' },
  approx: { zh: '左右', en: 'about' },
};

export const DIRECTION_WORDS: Record<Direction, Words> = {
  increase: { zh: '增长', en: 'growth' },
  decrease: { zh: '下降', en: 'decrease' },
};

/** Status words of a row: the month sheet's 状态 column, the 汇总 counts and the text. */
export const STATUS_WORDS = {
  已完成: 'done',
  超进度: 'ahead of schedule',
  达进度: 'on schedule',
  欠进度: 'behind schedule',
  达标: 'target met',
  未达标: 'below target',
  超标: 'over the limit',
  未完成: 'not achieved',
  逾期: 'overdue',
  推进中: 'in progress',
  待核实: 'to be verified',
  未填报: 'not reported',
  不适用: 'not due',
} as const;

export type Status = keyof typeof STATUS_WORDS;

/** Every status, in the order counts are told (the review words first). */
export const STATUSES = Object.keys(STATUS_WORDS) as Status[];

/** English for a status word. */
export const STATUS_EN: Record<Status, string> = STATUS_WORDS;

/** Statuses that count as going well: nothing behind, over, overdue, unreported or in doubt. */
export const ON_TRACK: readonly Status[] = ['已完成', '超进度', '达进度', '达标', '推进中'];

export function isOnTrack(s: Status): boolean {
  return ON_TRACK.includes(s);
}

/** Milestone states a 进展 cell may hold, in the drop-down list's order. */
export const MILESTONE_STATES = ['未开始', '推进中', '已完成'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];
/** English for a milestone state. */
export const MILESTONE_STATE_EN: Record<MilestoneState, string> = {
  未开始: 'not started',
  推进中: 'in progress',
  已完成: 'done',
};

/** A recurring task's cycle by its report months: 每月, 每季度 (3、6、9、12月), 每半年 (6、12月), else the months. */
export function recurringWord(months: readonly number[] | null): string {
  const key = months ? months.join(',') : '';
  if (!key) return '每月';
  if (key === '3,6,9,12') return '每季度';
  if (key === '6,12') return '每半年';
  return months!.map((m) => `${m}月`).join('、');
}
