// Collect (汇集): the plain data that goes in and comes out of merging the offices' returns.
import type { Finding } from '../check';
import type { Message } from '../plan/message';
import type { TemplateFigures } from '../workbook/figures';
import type { CellValue } from '../workbook/spec';

/**
 * One returned workbook, read back; `file` names it in every message. A file that could not be
 * read as a template comes with why, so it is listed with the other refusals.
 */
export type ReturnInput = { file: string; figures: TemplateFigures } | { file: string; unreadable: Message };

/** The two input cells of a month sheet row that offices fill. */
export type InputField = 'month' | 'note';

export const FIELD_ZH: Record<InputField, string> = { month: '本月数', note: '备注' };
export const FIELD_EN: Record<InputField, string> = { month: 'monthly figure', note: 'note' };

/** The entered figures by code, then month: what regeneration needs and the master's input cells hold. */
export interface EnteredCell {
  /** 本月 as entered (a number, a milestone state, or text the checks will judge). */
  month: CellValue;
  /** 备注 */
  note: CellValue;
}
export type MergedFigures = Record<string, Record<number, EnteredCell>>;

/** A cell of a returned file (or of the master) that a figure came from or collided in. */
export interface SourceCell {
  file: string;
  /** The return's responsible unit (its unitFilter); null for the master. */
  unit: string | null;
  sheet: string;
  cell: string;
  value: CellValue;
}

/** Where one merged input came from. */
export interface Provenance {
  /** The month of the sheet it belongs to. */
  month: number;
  code: string;
  name: string;
  field: InputField;
  /** The master's cell this value belongs in. */
  sheet: string;
  cell: string;
  value: CellValue;
  /** The returns that gave it (more than one when offices sharing the row agreed). */
  from: SourceCell[];
  /**
   * new: the master cell was empty and will be written; same-as-master: the master already had it;
   * corrected: the master held what this same office had sent before (the record says so) and the
   * office now sends another value: its correction is written over its own earlier figure.
   */
  status: 'new' | 'same-as-master' | 'corrected';
  /** What the master held before a correction. */
  previous?: CellValue;
  /**
   * Why a correction was written: own-figure, the master held what this office had sent before;
   * number-for-text, the master held text ("０．４５") reading as the number the office now sends.
   */
  because?: 'own-figure' | 'number-for-text';
  /** same-as-master: the office sent text ("约250") that reads as the master's number; this is what it sent. */
  sentAs?: CellValue;
  /**
   * same-as-master: the office's number is the master's figure in another unit (4200 平方米 where the
   * row and the master hold 0.42 万平方米, a 数量级 slip the statistician corrected): its unit and the row's.
   */
  sentIn?: { unit: string; rowUnit: string };
  /**
   * same-as-master: the office sent again its own earlier figure (the record holds it), which the
   * statistician has since changed in the master: already weighed, the master's figure stays.
   */
  overruled?: true;
}

/**
 * note-not-taken: a 备注 withheld because its row-month's figure was refused (a note belongs with its
 * figure). cleared: an office's return is blank where the master holds what that office sent before.
 */
export type ConflictKind =
  'not-their-row' | 'two-offices' | 'differs-from-master' | 'not-in-master' | 'note-not-taken' | 'cleared';

/** Short labels for lists and headings. */
export const CONFLICT_KIND_ZH: Record<ConflictKind, string> = {
  'not-their-row': '非本单位指标',
  'two-offices': '多份填报不一致',
  'differs-from-master': '与总表不同',
  'not-in-master': '总表无此行',
  'note-not-taken': '未采用备注',
  cleared: '报来已清空',
};
export const CONFLICT_KIND_EN: Record<ConflictKind, string> = {
  'not-their-row': 'not their row',
  'two-offices': 'returns disagree',
  'differs-from-master': 'differs from the master',
  'not-in-master': 'no such row in the master',
  'note-not-taken': 'note not taken',
  cleared: 'cleared in the return',
};

export interface Conflict {
  kind: ConflictKind;
  /** The month of the sheets in conflict. */
  month: number;
  code: string;
  name: string;
  field: InputField;
  files: string[];
  /** Every cell involved, the master's first where it is one of them. */
  cells: SourceCell[];
  values: CellValue[];
  message: Message;
}

/**
 * A row-month the returns disagreed on in an earlier collect, which the statistician has since filled
 * in the master: a return sending a figure already weighed then is told once more, as settled, not
 * as a new conflict (nothing new was left out).
 */
export interface Settled extends Pick<Provenance, 'month' | 'code' | 'name' | 'field' | 'sheet' | 'cell'> {
  files: string[];
  message: Message;
}

export type RefusalReason = 'not-a-template' | 'plan' | 'year' | 'month' | 'not-a-return' | 'duplicate-file';

export interface Refusal {
  file: string;
  reasons: RefusalReason[];
  message: Message;
}

/** A structural problem met while reading a return (from readback), named by file (the message says where on the sheet). */
export interface SourceProblem {
  file: string;
  sheet: string;
  cell: string | null;
  code: string | null;
  message: Message;
}

/** What each accepted return gave. */
export interface SourceSummary {
  file: string;
  unit: string;
  /** The months this return gave entries for (its sheets up to the month collected). */
  months: number[];
  /** Figures (本月 numbers) taken into the master as new values. */
  figures: number;
  /** Milestone states (本月 of a 节点 row: 推进中, 已完成…) taken into the master as new values. */
  states: number;
  /** Notes (备注) taken into the master as new values. */
  notes: number;
  /** Inputs identical to what the master already had. */
  unchanged: number;
  /** The office's corrections of its own earlier figures or notes, written over them. */
  corrections: number;
  /**
   * A return cut from the plan before the master's last regenerate (年中调整): what changed and what
   * to do; its rows still in the plan were collected by code and month. null for a return of this plan.
   */
  planChange: Message | null;
  /**
   * The office edited its copy's 指标库 (a target, a name): what differs from the master's plan, not
   * adopted (the master's plan rules; a change is a 年中调整). Said, not counted as not collected. null when none.
   */
  ledgerEdits: Message | null;
  /** Conflicts this file is named in. */
  conflicts: number;
  /**
   * An earlier file of this collect giving every entry this one gives (the same return mailed twice):
   * its entries are counted there, once. null otherwise.
   */
  sameAs: string | null;
}

/** One input cell to set in the master. */
export interface CellWrite {
  sheet: string;
  cell: string;
  value: CellValue;
  code: string;
  field: InputField;
}

export interface CollectOk {
  ok: true;
  /** The last month collected: every month up to it was merged. */
  month: number;
  /** The master's months merged (its month sheets up to `month`). */
  months: number[];
  /** The master's month sheet for `month`. */
  sheet: string;
  /** The master's entered figures for every month it holds, with the new ones overlaid. */
  merged: MergedFigures;
  provenance: Provenance[];
  conflicts: Conflict[];
  /** Offers of row-months settled in the master after an earlier conflict: said, not conflicts. */
  settled: Settled[];
  /**
   * Offices whose every row is still empty in the master for the month collected (check/silentOffices):
   * no return from them in this collect, or one without that month (last month's file sent again).
   * Said, not counted as not collected: no figure was left out.
   */
  unheard: Array<{ office: string; file: string | null; message: Message }>;
  refused: Refusal[];
  sources: SourceSummary[];
  problems: SourceProblem[];
  /** The master's input cells to set (empty cells, and an office's correction of its own figure). */
  writes: CellWrite[];
  /** The record of where the master's inputs came from, brought up to date: cells of _meta to set with `writes`. */
  recordWrites: Array<{ sheet: string; cell: string; value: CellValue }>;
  /** The checks (审核) of the month on the master with the writes in. */
  findings: Finding[];
  /**
   * true when every figure and note the returns hold went in or was already there: no conflict, no
   * refused file, no problem in a return (a deleted row, a figure typed over a formula, an empty
   * return). A caller reports anything else as not done (the CLI exits 1).
   */
  complete: boolean;
}

export interface CollectFailed {
  ok: false;
  message: Message;
}

export type CollectResult = CollectOk | CollectFailed;
