// The summary (汇总) as plain data: what the 汇总 sheet, the CLI's --json and the task pane show.
import type { Comparator, IndicatorKind } from '../plan/types';
import type { Actual, Evaluation, Status } from '../progress/progress';

/** How many indicators have each status word. */
export type StatusCounts = Record<Status, number>;

export interface IndicatorResult {
  code: string;
  name: string;
  /** The name in a list or table away from the row's place (plan/names.listName): a 其中 row with its whole. */
  listName: string;
  section: string;
  kind: IndicatorKind;
  comparator: Comparator;
  /** A bottom line (底线): its target reads 不发生（底线） wherever a table shows it. */
  bottomLine: boolean;
  unit: string;
  /** Annual target judged this month (null for milestones): the adjusted one once a 年中调整 is in force. */
  value: number | null;
  max: number | null;
  /** The 年中调整 in force this month, with the original target; null when none. */
  adjustment: AdjustmentShown | null;
  responsible: string | null;
  /** The figure judged: 累计 for cumulative rows, the latest level or rate, or the milestone state. */
  actual: Actual;
  /** The row's judgement; 待核实 where its figure waits for verification (see `unverified`). */
  evaluation: Evaluation;
  /** The row's 序时 share where it has one: evaluation.expected, or for a flow already done, its schedule. */
  schedule: number | null;
  /** The status the month sheet's 状态 formula shows (before 待核实 is applied). */
  sheetStatus: Status;
  /** The latest month up to this one whose 本月 holds a figure; null when none has. */
  lastEntered: number | null;
  /** Milestones: the deadline month this month is judged against (recurring rows: this month). */
  deadline: number | null;
  /** Milestones: the 完成时限 as the 汇总 and the 通报 print it ("6月底", "年底", recurring rows "每月"); else null. */
  deadlineText: string | null;
  /** Milestones: the first month whose state was 已完成 (carried forward), else null. */
  doneMonth: number | null;
  /** The figure has an unresolved finding (强制性, or 核实性 without a note): counted, but the text quotes no number. */
  unverified: boolean;
  /** The row's 状态 cell on the month sheet, for click-to-go: "K7". Null when the sheet has no such column. */
  cell: string | null;
  /** The indicator's progress clause, without the "截至N月底，" lead: "粮食生产面积完成2.1万亩，…". */
  clause: string;
  clauseEn: string;
  /** The month's 备注 as the office wrote it (a no-data mark such as 无 or / is no note): "" when none. */
  note: string;
}

export interface AdjustmentShown {
  /** The original target (原目标) and upper value. */
  originalValue: number | null;
  originalMax: number | null;
  /** First month judged on the adjusted target. */
  month: number;
  reason: string | null;
}

export interface GroupSummary {
  /** Section id, or the responsible unit's name ('' where the plan names none). */
  key: string;
  /**
   * By office: the 责任单位 texts counted under this office (its own name, and each row naming it as
   * lead among several, "镇农业农村办、镇林业站"); absent: just `key`.
   */
  texts?: string[];
  /** Section title, or the unit's name ("未指定" when the plan names none). */
  label: string;
  total: number;
  counts: StatusCounts;
  /** 已完成 / total. */
  doneShare: number;
  /** ON_TRACK statuses (已完成, 超进度, 达进度, 达标, 推进中) / total: nothing behind, over, overdue, unreported or in doubt. */
  onTrackShare: number;
}

export interface SectionSummary extends GroupSummary {
  /** The report paragraph for this section: "一、<title>。" + body. */
  paragraph: string;
  /** The paragraph without its "一、<title>。" lead, for a document that numbers its own headings. */
  body: string;
  paragraphEn: string;
}

/** Where the month sheet keeps what the 汇总 formulas count (1-based columns). */
export interface SummarySource {
  sheet: string;
  codeColumn: number;
  statusColumn: number;
  responsibleColumn: number;
  /** The hidden 板块 column holding each row's section id. */
  sectionColumn: number;
}

export interface Summary {
  month: number;
  year: number;
  unitName: string;
  source: SummarySource;
  total: number;
  counts: StatusCounts;
  sections: SectionSummary[];
  /** By office: a row naming several offices counts once, under its lead (牵头单位; see plan/owners). */
  units: GroupSummary[];
  /** Rows naming several offices, each with the lead it is counted under, for the 汇总 to say so. */
  jointRows: Array<{ code: string; name: string; responsible: string; lead: string }>;
  /** Every row in the month sheet's order. */
  indicators: IndicatorResult[];
  /** 欠进度, 未达标, 超标 and 未完成 rows, most behind first (rows without a gap lead). */
  lagging: IndicatorResult[];
  milestones: {
    /** Milestones whose deadline is this month (recurring rows every month). */
    dueThisMonth: IndicatorResult[];
    /** Milestones past their deadline and not done (逾期). */
    overdue: IndicatorResult[];
    /**
     * The milestone table of the 汇总 (四) and the 通报, one rule for both: in a month, those due this
     * month and those overdue; in December, every milestone of the year with how it ended.
     */
    table: MilestoneTable;
  };
  /** Rows with no figure (未填报). */
  unreported: IndicatorResult[];
  /** Rows counted 待核实: their figures wait for verification (see SummarizeOptions.unverified). */
  unverified: IndicatorResult[];
  /** Rows judged on an adjusted target this month (年中调整), in the month sheet's order. */
  adjusted: IndicatorResult[];
  /** The status words any row can take this month: the 汇总 sheet's count columns, in order. */
  statuses: Status[];
  /** Said beside the summary: a month with no figures at all; a column 汇总 counts that is not found. */
  warnings: Array<{ zh: string; en: string }>;
  /** The report text, paragraph by paragraph: the opening, one per section, and a closing one. */
  text: { zh: string[]; en: string[] };
}

/** How a milestone ended the year, as the year-end table says it. */
export type MilestoneYearWord = '按期完成' | '逾期完成' | '已完成' | '未完成' | '未填报' | '待核实';

export interface MilestoneTable {
  /** The caption after "四、" / "表N　": "本月到期及逾期节点任务（逾期1项）", "全年节点任务完成情况（…）". */
  caption: string;
  /** The 状态 column's header: 状态 in a month, 完成情况 at year end. */
  statusHeader: string;
  /** Said in the table's one row when it lists nothing. */
  empty: string;
  rows: Array<{ row: IndicatorResult; word: string; colour: 'red' | 'amber' | 'green' | 'none' }>;
}
