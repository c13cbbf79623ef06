import type { Comparator, IndicatorKind, Message } from '../plan';

/** Where a candidate comes from: JavaScript string indices into the text given to the extractor
 * (the CLI gives the file decoded as UTF-8 with any BOM removed) and the phrase itself. */
export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

/** A target found in the report, for the user to review before it becomes a plan row. */
export interface Candidate {
  kind: 'quantity' | 'milestone';
  /** Short indicator name from its clause: 粮食生产面积, 新增规上企业, 通过国家验收. */
  name: string;
  /** Section id from the report's headings ("1" for 一、, "2.1" for 二、…（一）), null before the first. */
  section: string | null;
  /** The number as written in its unit (3.2 for 3.2万亩); null for milestones. */
  value: number | null;
  /** Upper bound of a range (2-3个), else null. */
  max: number | null;
  /** Unit as written, scale included (万亩, 亿斤, %); '' for milestones. */
  unit: string;
  comparator: Comparator;
  direction: 'decrease' | null;
  /** 1-12 where the report gives a month or a season (3月省级验收, 上半年 -> 6); a milestone without a
   * time is due at year end (12); a figure without one keeps null (its year end is implied). */
  deadlineMonth: number | null;
  /** Why the month is an assumption (汛期前 -> 5, 春节前 -> 1 or 2); else null. */
  deadlineNote: Message | null;
  /** A 其中 part: the source.start of the candidate it is a part of (its whole), else null. */
  partOf: number | null;
  /** Something to do every month (每月外出招大引强). */
  recurring: boolean;
  /** The months a recurring task falls due: 每季度 -> [3, 6, 9, 12], 每半年 -> [6, 12]; null or absent:
   * every month (每月), or not recurring. */
  reportMonths?: number[] | null;
  /** The office that reports the row (责任单位), given in review: a report seldom says. Absent or null:
   * left for the 指标库. */
  responsible?: string | null;
  /** 上年基数 from an increment the report gives after the target ("1.2万亩，较上年增加2000亩" -> 1.0),
   * in the target's unit; absent or null: none given. */
  baseline?: number | null;
  /** A zero-tolerance bottom line (不发生规模性返贫): a count at most 0, judged 达标 / 未达标 every month. */
  bottomLine?: boolean;
  /** The indicator kind the plan row should get: % targets are rates, 稳定在/保持在 levels,
   * other figures cumulative, milestones milestone. */
  suggestedKind: IndicatorKind;
  source: SourceSpan;
}

/** A heading of the report (一、… or （一）…) and the text it governs. */
export interface ReportSection {
  /** "1".."n" for 一、..; "2.1" for the first （一） under 二、. */
  id: string;
  title: string;
  level: 1 | 2;
  /** Index of the heading line's first character. */
  start: number;
  /** Index where the section's text ends (the next heading of the same or a higher level). */
  end: number;
  /** A review of past work (工作回顾) or a multi-year outlook (今后五年): no annual targets there. */
  skipped: boolean;
}
