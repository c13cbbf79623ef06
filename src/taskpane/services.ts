// What the pane asks of the rest of the add-in, as one interface. Views call these and never touch a
// workbook: the implementation (wire.ts) composes the Host port with the extraction, template, check
// and summary functions; view tests pass their own.
import type { Message } from '../plan/message';
import type { Plan, Settings } from '../plan/types';
import type { ReadPlanResult, ReviewCandidate, TemplateChanges } from '../actions';
import type { SelfTestReport, Tier } from '../workbook/host';
import type { TargetChange, TargetDecision } from '../template';
import type { SavedFile } from './fileMode';

export type { TargetChange, TargetDecision } from '../template';

/** A candidate target found in report text, as the review table shows and edits it. */
export type { ReviewCandidate, TemplateChanges } from '../actions';

/** A problem in something read from the workbook, in both languages, with its cell where known. */
export type { PlanProblem as PaneProblem, ReadPlanResult } from '../actions';

export interface TemplateOptions {
  year: number;
  months: number[];
  /** Responsible unit to cut the template for (分发表), or null for the master. */
  unit: string | null;
  /** Answers to target changes on months already filled: 年中调整 from a month, or 更正. */
  decisions?: TargetDecision[];
}

export interface GenerateOutcome {
  added: string[];
  updated: string[];
  /** What the generate did besides (earlier months added, rows of removed indicators kept). */
  notices: Message[];
  /** Features the host could not apply (an older Excel). */
  degraded: Message[];
  /** The plan as generated: the year chosen, and the answers (年中调整) recorded in it. */
  plan?: Plan;
  /** What changed in a workbook that had month sheets: added, removed, renamed, moved, targets, figures kept. */
  changes?: Message[];
}

/** Next year in the pane: the plan with last year's figures in lastYear, and what was matched. */
export interface CarryOutcome {
  plan: Plan;
  lines: Message[];
  /** Matches by name and unit waiting for the user's confirmation. */
  unconfirmed: number;
}

export interface PaneFinding {
  sheet: string;
  /** null when the finding is about a whole sheet. */
  cell: string | null;
  code: string | null;
  name: string | null;
  rule: string;
  tier: Tier;
  message: string;
  messageEn: string;
  /** What the cell holds, what was expected, and a value to enter instead, where known. */
  found: string | null;
  expected: string | null;
  suggestion: string | null;
}

export interface CheckOutcome {
  month: number;
  findings: PaneFinding[];
  /** What could not be done after checking (notes on an older Excel…), in plain words. */
  warnings: Message[];
}

export interface StatusCount {
  status: string;
  count: number;
}

export interface SummaryOutcome {
  month: number;
  /** Counts of 已完成 / 超进度 / 达进度 / 欠进度 / 逾期 over all indicators. */
  counts: StatusCount[];
  /** The report's progress text, ready to paste (Chinese: it goes into the township's report). */
  narrative: string;
}

export interface ReportOutcome extends SummaryOutcome {
  file: SavedFile;
  /** The 成文日期 written in the document: "2023年7月5日". */
  dateText: string;
}

export interface ExtractResult {
  candidates: ReviewCandidate[];
  /** The year the report plans for ("2023年是…"), where it says. */
  year: number | null;
  /** The government the report speaks for (我代表木洞镇人民政府 -> 木洞镇), where it says. */
  unitName?: string | null;
}

export interface DraftOptions {
  year: number;
  unitName: string;
}

/** A file the user picked, read into memory. */
export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** What one accepted return gave (汇集). */
export interface CollectSource {
  file: string;
  unit: string;
  /** The months this file gave entries for. */
  months: number[];
  figures: number;
  notes: number;
  /** Inputs the master already held, the same. */
  unchanged: number;
  conflicts: number;
}

/** One input cell filled in the master, and where it came from. */
export interface CollectTaken {
  code: string;
  name: string;
  field: 'month' | 'note';
  value: string;
  valueEn: string;
  /** The master's cell it went into. */
  sheet: string;
  cell: string;
  /** The returns' cells it came from (several when offices sharing the row agreed). */
  from: Array<{ file: string; sheet: string; cell: string }>;
}

export interface CollectConflict {
  kind: 'not-their-row' | 'two-offices' | 'differs-from-master' | 'not-in-master';
  code: string;
  name: string;
  message: string;
  messageEn: string;
  /** The master's cell involved, to go to; null when the master has no such row. */
  sheet: string | null;
  cell: string | null;
}

export interface CollectOutcome {
  month: number;
  /** The master's month sheet. */
  sheet: string;
  sources: CollectSource[];
  taken: CollectTaken[];
  conflicts: CollectConflict[];
  /** Files not collected, with why. */
  refused: Array<{ file: string; message: string; messageEn: string }>;
  /** Problems met reading the accepted returns. */
  problems: Array<{ file: string; message: string; messageEn: string }>;
  /** Input cells written into the workbook. */
  written: number;
  /** The checks on the merged month. */
  findings: PaneFinding[];
}

export interface PaneServices {
  seedPlan(): Plan;
  /** The plan from the workbook (指标库 with _meta); `current` supplies year and unit for a bare 指标库. */
  readPlan(current: Plan | null): Promise<ReadPlanResult>;
  writePlan(plan: Plan): Promise<void>;
  /** Extraction loads on first use: it is not in the pane's initial bundle. */
  extract(text: string): Promise<ExtractResult>;
  /** A draft plan from the accepted candidates; `text` is the report they came from (for section titles). */
  candidatesToPlan(text: string, candidates: ReviewCandidate[], options: DraftOptions): Promise<Plan>;
  /** Months with a month sheet in the workbook, ascending (to default the month pickers). */
  months(): Promise<number[]>;
  previewTemplates(plan: Plan, options: TemplateOptions): Promise<TemplateChanges>;
  generate(plan: Plan, options: TemplateOptions): Promise<GenerateOutcome>;
  /** Targets the generate would change on months already filled: ask 年中调整 or 更正 first. */
  targetQuestions(plan: Plan, options: TemplateOptions): Promise<TargetChange[]>;
  /** Last year's workbook (a picked file) -> the plan with lastYear carried (下一年度). */
  carryLastYear(plan: Plan, file: PickedFile, acceptNameMatches: boolean): Promise<CarryOutcome>;
  check(month: number): Promise<CheckOutcome>;
  clearFindings(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  fillSummary(month: number): Promise<SummaryOutcome>;
  /** The month's 通报 as a .docx to save (fills 汇总 too, from the same summary); dated `date`. */
  reportDocx(month: number, date: Date): Promise<ReportOutcome>;
  /** 汇集: read the returned files, merge them into the month's sheet, write the new input cells. */
  collect(files: PickedFile[], month: number): Promise<CollectOutcome>;
  /** The plan with new settings; stored: whether a template in the workbook now carries them. */
  saveSettings(plan: Plan, settings: Settings): Promise<{ plan: Plan; stored: boolean }>;
  /** 诊断: the host tries each Excel behaviour it depends on, on a scratch sheet. */
  selfTest(): Promise<SelfTestReport>;
}
