// figures -> summary: counts by section and by responsible unit, the lagging list, milestones due
// and overdue, and the report's progress text. Every status comes from progress.evaluate, the
// same rule the month sheet's 状态 formulas say, so the 汇总 sheet's COUNTIFS agree with it.
import { conflictList, openConflicts } from '../template/conflictMarks';
import type { ExplainedFigure } from '../check/finding';
import { UserError, type Message } from '../plan/message';
import type { Indicator, Plan } from '../plan/types';
import {
  assertMonth,
  dueMonth,
  evaluate,
  farBeyondTarget,
  scheduleShare,
  hasSchedule,
  isDueMonth,
  isReportMonth,
  isOnTrack,
  pointsGap,
  milestoneStepBack,
  possibleStatuses,
  recurringRecord,
  STATUSES,
  STATUS_EN,
  unverifiedEvaluation,
  type Status,
} from '../progress/progress';
import { addr } from '../workbook/a1';
import type { MonthSheetFigures, RowFigures, TemplateFigures } from '../workbook/figures';
import { isFilled } from '../progress/cumulate';
import { COL, L, MONTH_HEADERS, monthSheetName, type MonthColumn } from '../workbook/layout';
import { actualAt, rowsByCode } from './actuals';
import { areaWord, fmtFigure, monthEn } from './format';
import { chineseNumber } from '../progress/numerals';
import { isNoDataMark } from '../progress/figure';
import type { CellValue } from '../workbook/spec';
import { emptyMonthsBefore, emptyMonthsMessage, holdsNoFigures } from '../check/emptyMonths';
import { adjustedAt, targetAt } from '../plan/adjust';
import { listName } from '../plan/names';
import { countsEn, countsZh, deadlineText, indicatorClause } from './text';
import type {
  GroupSummary,
  IndicatorResult,
  MilestoneTable,
  MilestoneYearWord,
  SectionSummary,
  StatusCounts,
  Summary,
  SummarySource,
} from './types';
import { leadOf, ownersOf } from '../plan/owners';
import { sectionNumber } from '../template/rows';

/** Label for indicators whose plan names no responsible unit. */
export const NO_UNIT = '未指定';

export class SummaryError extends UserError {
  constructor(message: Message) {
    super(message);
    this.name = 'SummaryError';
  }
}

export function zeroCounts(): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/**
 * Where the 汇总 formulas find codes, statuses, units and sections on the month sheet: the columns
 * the read-back found by header text; a column it did not find is taken where it was generated.
 */
export function summarySource(sheet: MonthSheetFigures): SummarySource {
  const at = (key: MonthColumn) => sheet.columns[key] ?? COL[key];
  return {
    sheet: sheet.sheet,
    codeColumn: at('code'),
    statusColumn: at('status'),
    responsibleColumn: at('responsible'),
    sectionColumn: at('section'),
  };
}

/** The 汇总 formulas' columns the read-back did not find on the month sheet: said, never counted silently. */
function unfoundColumns(sheet: MonthSheetFigures): { zh: string; en: string } | null {
  const keys = (['status', 'responsible', 'section'] as const).filter((k) => sheet.columns[k] === undefined);
  if (!keys.length) return null;
  const words = keys.map((k) => MONTH_HEADERS[k]).join('、');
  const letters = keys.map((k) => L[k]).join('、');
  return {
    zh: `“${sheet.sheet}”工作表找不到“${words}”列（按标题行文字查找）：汇总表按生成时的位置（${letters}列）计数，请恢复该列后重新汇总`,
    en: `the sheet "${sheet.sheet}" has no column headed ${keys.map((k) => MONTH_HEADERS[k]).join(', ')}: the 汇总 sheet counts column ${keys.map((k) => L[k]).join(', ')} where it was generated; restore the column and summarize again`,
  };
}

/** The status counts of a group, with its shares. */
function group(key: string, label: string, items: IndicatorResult[]): GroupSummary {
  const counts = zeroCounts();
  for (const r of items) counts[r.evaluation.status]++;
  const total = items.length;
  const onTrack = STATUSES.filter(isOnTrack).reduce((n, st) => n + counts[st], 0);
  return {
    key,
    label,
    total,
    counts,
    doneShare: total ? counts['已完成'] / total : 0,
    onTrackShare: total ? onTrack / total : 0,
  };
}

/**
 * The one rule for zeros in the opening sentence: these core words are told even at zero (where the
 * plan's rows can take them this month), every other word only when some row has it; a month with
 * no figure at all tells only what it has.
 */
const ALWAYS: Status[] = ['已完成', '超进度', '达进度', '欠进度', '未完成', '逾期'];

/** A milestone's year as the year-end table tells it (doneMonth against its deadline). */
function yearWord(r: IndicatorResult, recurring: boolean): MilestoneYearWord {
  if (r.unverified) return '待核实';
  const st = r.evaluation.status;
  if (st === '未填报') return '未填报';
  if (recurring) return st === '已完成' ? '已完成' : '未完成';
  if (r.doneMonth !== null) {
    return r.deadline !== null && r.doneMonth > r.deadline ? '逾期完成' : '按期完成';
  }
  return st === '已完成' ? '已完成' : '未完成';
}

const YEAR_COLOUR: Record<MilestoneYearWord, MilestoneTable['rows'][number]['colour']> = {
  按期完成: 'green',
  已完成: 'green',
  逾期完成: 'amber',
  待核实: 'amber',
  未完成: 'red',
  未填报: 'none',
};

/**
 * The milestone table (汇总 四, 通报): in a month, overdue ones then those due this month; in December
 * the year's every milestone, with 按期完成 / 逾期完成 / 未完成, so one finished late is not lost.
 */
function milestoneTable(
  all: IndicatorResult[],
  dueThisMonth: IndicatorResult[],
  overdue: IndicatorResult[],
  month: number,
  recurring: Set<string>,
): MilestoneTable {
  if (month === 12) {
    const rows = all.map((row) => {
      const word = yearWord(row, recurring.has(row.code));
      return { row, word, colour: YEAR_COLOUR[word] };
    });
    const order: MilestoneYearWord[] = ['按期完成', '已完成', '逾期完成', '未完成', '未填报', '待核实'];
    const counts = order
      .map((w) => [w, rows.filter((x) => x.word === w).length] as const)
      .filter(([w, n]) => n > 0 || w === '按期完成' || w === '逾期完成' || w === '未完成')
      .map(([w, n]) => `${w}${n}项`);
    return {
      caption: `全年节点任务完成情况（共${rows.length}项：${counts.join('，')}）`,
      statusHeader: '完成情况',
      empty: '本年度计划中没有节点任务。',
      rows,
    };
  }
  const list = [...overdue, ...dueThisMonth.filter((x) => !overdue.includes(x))];
  return {
    caption: `本月到期及逾期节点任务（逾期${overdue.length}项）`,
    statusHeader: '状态',
    empty: '本月无到期或逾期的节点任务。',
    rows: list.map((row) => ({
      row,
      word: row.unverified ? '待核实' : row.evaluation.status,
      colour: row.unverified ? 'amber' : row.evaluation.colour,
    })),
  };
}

/** Rows a report lists as lagging: behind schedule, below or over the target, or the year missed. */
export const LAGGING: Status[] = ['欠进度', '未达标', '超标', '未完成'];

function listNames(items: IndicatorResult[], sep = '、'): string {
  return items.map((r) => r.listName).join(sep);
}

/**
 * Summarize the month sheet of `month`: the rows found on it (the indicators this workbook
 * carries), judged on the figures entered from January to `month`.
 * Throws MonthError for a month outside 1-12 and SummaryError when the workbook has no sheet for it.
 */
export interface SummarizeOptions {
  /**
   * Codes whose figures carry an unresolved 强制性 or 核实性 finding: they are still counted as the
   * sheet counts them, but the report text quotes no number for them and lists them to verify.
   */
  unverified?: Iterable<string>;
  /** Unusual figures kept because their 备注 explains them (check explainedFigures): listed in the text. */
  explained?: ExplainedFigure[];
}

/** What an office wrote in 备注, for the 通报's 进展情况: marks that only fill the column say nothing. */
function monthNote(v: CellValue): string {
  const text = v === null || v === undefined ? '' : String(v).trim();
  return isNoDataMark(text) ? '' : text;
}

/** Due months up to `month` whose 本月 is blank (a month sheet missing counts too). */
/** Due months up to `month` whose 本月 is blank on the workbook's own sheets: a workbook made for
 * 7-12月 has no 1-6月 to report. */
function blankDueMonths(
  ind: Indicator,
  byMonth: Map<number, RowFigures> | undefined,
  month: number,
  sheets: ReadonlySet<number>,
): number[] {
  const out: number[] = [];
  for (let m = 1; m <= month; m++)
    if (sheets.has(m) && isReportMonth(ind, m) && !isFilled(byMonth?.get(m)?.month.value ?? null)) out.push(m);
  return out;
}

export function summarize(
  plan: Plan,
  figures: Pick<TemplateFigures, 'months'> & Partial<Pick<TemplateFigures, 'meta' | 'conflictMarks'>>,
  month: number,
  options: SummarizeOptions = {},
): Summary {
  assertMonth(month);
  const sheet = figures.months.find((s) => s.month === month);
  if (!sheet) {
    const have = figures.months.map((s) => s.sheet).join('、') || '无';
    throw new SummaryError({
      zh: `工作簿中没有“${monthSheetName(month)}”工作表（现有：${have}），无法汇总${month}月`,
      en: `the workbook has no sheet for month ${month} (sheets: ${figures.months.map((s) => s.sheet).join(', ') || 'none'})`,
    });
  }
  const source = summarySource(sheet);
  const byCode = new Map<string, Indicator>(plan.indicators.map((i) => [i.code, i]));
  const history = rowsByCode(figures);
  const sheetMonths = new Set(figures.months.map((s) => s.month));
  const unverifiedCodes = new Set(options.unverified ?? []);

  const indicators: IndicatorResult[] = [];
  const seen = new Set<string>();
  // Nothing typed in any 本月 cell of a month where some row is due: an unopened sheet.
  const sheetEmpty = holdsNoFigures(plan, sheet, month);
  // Earlier months with no figure at all (not collected): a flow's 累计 lacks them, so it is not
  // reported as if 0 had been typed there.
  const uncollected = emptyMonthsBefore(plan, figures.months, month);
  for (const row of sheet.rows) {
    const ind = byCode.get(row.code);
    // Unknown and duplicated codes are read problems, reported by the read-back and the checks.
    if (!ind || seen.has(row.code)) continue;
    seen.add(row.code);
    const { actual, doneMonth, entered, lastEntered, textFigure } = actualAt(ind, history.get(row.code), month);
    // A recurring task's year is judged on every due month's 进展 (progress.recurringStatus).
    const entries = ind.kind === 'milestone' ? entriesOf(history.get(row.code), month) : [];
    const states = ind.recurring ? entries : undefined;
    const sheetEvaluation = evaluate(plan, ind, month, actual, { entered, sheetEmpty, states });
    // 已完成 reported, then 推进中 / 未开始: the check's milestone-back holds it; the office reported a
    // state, so it is 待核实 even past the deadline (never a silent 逾期).
    const stepBack = sheetEmpty ? null : milestoneStepBack(ind, entries, month);
    const judged = targetAt(ind, month);
    // Held in doubt: an open finding, a figure typed as text (the check's 格式 finding says so), or a
    // figure beyond the over-target multiple, which a 备注 may explain to the check but which is never
    // said to be done. A text figure was sent: 待核实, not 未填报 (an empty sheet sent nothing).
    const sent = textFigure && !sheetEmpty;
    // A flow figure entered after an uncollected month: its 累计 lacks that month (one entered only
    // before it is quoted "按截至6月数据" anyway).
    const lacking =
      ind.kind === 'cumulative' &&
      lastEntered !== null &&
      uncollected.some((m) => m < lastEntered && isDueMonth(ind, m));
    // A month the returns disagreed on (collect left it empty): the total misses a reported figure.
    const conflicts = openConflicts(figures, ind, month);
    const disputed = conflicts.length > 0;
    const held = unverifiedCodes.has(ind.code) || sent || lacking || disputed || farBeyondTarget(plan, judged, actual);
    const evaluation = held
      ? unverifiedEvaluation(sheetEvaluation, sent || disputed || stepBack !== null)
      : sheetEvaluation;
    // One flag with the status: a row with no figure to doubt (未填报, 不适用, 逾期) is not 待核实.
    const unverified = evaluation.status === '待核实';
    const deadline = ind.kind === 'milestone' ? dueMonth(ind, month) : null;
    // A row judged against 序时 keeps it once the year is decided (已完成 early, or from its final
    // month on, where evaluate speaks of the year and leaves 序时 out): the chart draws the same rows
    // every month.
    const schedule =
      sheetEvaluation.expected ??
      (hasSchedule(ind) && (sheetEvaluation.status === '已完成' || sheetEvaluation.status === '未完成')
        ? scheduleShare(plan, ind, month)
        : null);
    const adjusted = adjustedAt(ind, month);
    const clause = indicatorClause({
      ind: judged,
      actual,
      evaluation,
      month,
      deadline,
      doneMonth,
      unverified,
      adjusted,
      lastEntered,
      recurring: states ? recurringRecord(ind, month, states) : null,
      stepBack,
      blankMonths: blankDueMonths(ind, history.get(row.code), month, sheetMonths),
      conflicts: conflictList(conflicts),
    });
    indicators.push({
      code: ind.code,
      name: ind.name,
      listName: listName(ind, (code) => byCode.get(code)),
      section: ind.section,
      kind: ind.kind,
      comparator: ind.comparator,
      bottomLine: ind.bottomLine === true,
      unit: ind.unit,
      value: judged.value,
      max: judged.max,
      adjustment:
        adjusted && ind.adjustment
          ? {
              originalValue: ind.value,
              originalMax: ind.max,
              month: ind.adjustment.month,
              reason: ind.adjustment.reason,
            }
          : null,
      responsible: ind.responsible,
      actual,
      evaluation,
      schedule,
      sheetStatus: sheetEvaluation.status,
      lastEntered,
      deadline,
      deadlineText: deadlineText(ind, deadline),
      doneMonth,
      unverified,
      cell: addr(row.row, source.statusColumn),
      clause: clause.zh,
      clauseEn: clause.en,
      note: monthNote(row.note.value),
    });
  }

  const overall = group('', '', indicators);
  // A unit's workbook speaks of that unit's targets, not the township's.
  const unit = figures.meta?.unitFilter ?? null;
  const area = unit ? { zh: unit, en: unit } : areaWord(plan.unitName);

  const sectionIds = [...plan.sections.map((s) => s.id)];
  for (const r of indicators) if (!sectionIds.includes(r.section)) sectionIds.push(r.section);
  const sections: SectionSummary[] = [];
  const bySection = new Map<string, IndicatorResult[]>();
  for (const r of indicators) {
    const list = bySection.get(r.section);
    if (list) list.push(r);
    else bySection.set(r.section, [r]);
  }
  let ordinal = 0;
  for (const id of sectionIds) {
    const items = bySection.get(id) ?? [];
    if (!items.length) continue;
    ordinal++;
    const number = sectionNumber(plan.sections, id, ordinal, unit !== null);
    const title = plan.sections.find((s) => s.id === id)?.title ?? id;
    const g = group(id, title, items);
    const body = `本板块${g.total}项目标任务中，${countsZh(g.counts, [])}。${items.map((r) => r.clause).join('；')}。`;
    const paragraph = `${chineseNumber(number)}、${title}。${body}`;
    const paragraphEn =
      `${number}. ${title}: of its ${g.total} targets, ${countsEn(g.counts, [])}. ` +
      `${items.map((r) => r.clauseEn).join('; ')}.`;
    sections.push({ ...g, paragraph, body, paragraphEn });
  }

  // Keyed by the row's lead office ('' where the plan names none): a row several offices share is
  // counted once, under its 牵头单位 (the rule in plan/owners), and the 汇总 says so.
  const byUnit = new Map<string, IndicatorResult[]>();
  for (const r of indicators) {
    const u = leadOf(r.responsible) ?? '';
    const list = byUnit.get(u);
    if (list) list.push(r);
    else byUnit.set(u, [r]);
  }
  const units = [...byUnit].map(([u, items]) => ({
    ...group(u, u || NO_UNIT, items),
    texts: [...new Set(items.map((r) => r.responsible ?? ''))],
  }));
  const jointRows = indicators
    .filter((r) => ownersOf(r.responsible).length > 1)
    .map((r) => ({ code: r.code, name: r.name, responsible: r.responsible ?? '', lead: leadOf(r.responsible) ?? '' }));

  const order = new Map(indicators.map((r, i) => [r.code, i]));
  const lagging = indicators
    .filter((r) => LAGGING.includes(r.evaluation.status))
    .sort((a, b) => {
      // A breach of a count's ceiling (超标, its 差额 a share of the ceiling, not points) is red by
      // rule, so it leads, as does a row without a 差额; the others go by their gap in points.
      const lead = (r: IndicatorResult) =>
        r.evaluation.gapPp === null || (r.evaluation.status === '超标' && !pointsGap(r));
      const la = lead(a);
      const lb = lead(b);
      if (la !== lb) return la ? -1 : 1;
      const gap = la ? 0 : (a.evaluation.gapPp as number) - (b.evaluation.gapPp as number);
      return gap || (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0);
    });
  const milestoneRows = indicators.filter((r) => r.kind === 'milestone');
  const dueThisMonth = milestoneRows.filter((r) => r.deadline === month);
  const overdue = milestoneRows.filter((r) => r.evaluation.status === '逾期');
  const unreported = indicators.filter((r) => r.evaluation.status === '未填报');
  const unverified = indicators.filter((r) => r.evaluation.status === '待核实');
  const adjustedRows = indicators.filter((r) => r.adjustment !== null);

  // The 汇总 sheet's columns: every word a row can take this month, and 待核实 where a row is held.
  const possible = new Set<Status>();
  for (const r of indicators)
    for (const st of possibleStatuses(byCode.get(r.code) as Indicator, month)) possible.add(st);
  if (unverified.length) possible.add('待核实');
  const statuses = STATUSES.filter((st) => possible.has(st));
  const always = sheetEmpty ? [] : ALWAYS.filter((st) => possible.has(st));

  const warnings: Array<{ zh: string; en: string }> = [];
  if (sheetEmpty && indicators.length) {
    warnings.push({
      zh: `“${sheet.sheet}”工作表没有任何填报数据：各行按未填报汇总`,
      en: `the sheet "${sheet.sheet}" holds no figures at all: every row is summarized as not reported`,
    });
  }
  if (uncollected.length && indicators.length) warnings.push(emptyMonthsMessage(uncollected, month));
  const unfound = unfoundColumns(sheet);
  if (unfound) warnings.push(unfound);

  const zh = [`截至${month}月底，${area.zh}${overall.total}项目标任务中，${countsZh(overall.counts, always)}。`];
  const en = [
    `By the end of ${monthEn(month)}, of ${area.en}'s ${overall.total} targets, ${countsEn(overall.counts, always)}.`,
  ];
  for (const s of sections) {
    zh.push(s.paragraph);
    en.push(s.paragraphEn);
  }
  const attention: string[] = [];
  const attentionEn: string[] = [];
  for (const st of LAGGING) {
    const rows = lagging.filter((r) => r.evaluation.status === st);
    if (!rows.length) continue;
    attention.push(`${st}的有${listNames(rows)}（共${rows.length}项）`);
    attentionEn.push(`${STATUS_EN[st]}: ${listNames(rows, ', ')} (${rows.length})`);
  }
  if (overdue.length) {
    attention.push(`逾期未完成的有${listNames(overdue)}（共${overdue.length}项）`);
    attentionEn.push(`overdue: ${listNames(overdue, ', ')} (${overdue.length})`);
  }
  if (unreported.length) {
    attention.push(`未填报的有${listNames(unreported)}（共${unreported.length}项）`);
    attentionEn.push(`not reported: ${listNames(unreported, ', ')} (${unreported.length})`);
  }
  if (unverified.length) {
    attention.push(`填报数据待核实的有${listNames(unverified)}（共${unverified.length}项）`);
    attentionEn.push(`figures to verify: ${listNames(unverified, ', ')} (${unverified.length})`);
  }
  if (attention.length) {
    zh.push(`需重点关注：${attention.join('；')}。`);
    en.push(`Needs attention: ${attentionEn.join('; ')}.`);
  }
  if (adjustedRows.length) {
    const told = adjustmentSentence(adjustedRows);
    zh.push(told.zh);
    en.push(told.en);
  }
  const explained = options.explained ?? [];
  // A number with its row's unit ("-60万元"); text as sent.
  const unitOf = (x: ExplainedFigure) => (/^-?[\d.]+$/.test(x.found) ? (byCode.get(x.code)?.unit ?? '') : '');
  if (explained.length) {
    zh.push(
      `经备注说明保留的异常数据：${explained.map((x) => `${x.sheet}${x.name} ${x.found}${unitOf(x)}（${x.rule}；备注：${x.note}）`).join('；')}。`,
    );
    en.push(
      `Unusual figures kept as explained in their notes: ${explained.map((x) => `${x.name} ${x.found}${unitOf(x)} in ${x.sheet} (${x.rule}; note: ${x.note})`).join('; ')}.`,
    );
  }

  return {
    month,
    year: plan.year,
    unitName: plan.unitName,
    source,
    total: overall.total,
    counts: overall.counts,
    sections,
    units,
    jointRows,
    indicators,
    lagging,
    milestones: {
      dueThisMonth,
      overdue,
      table: milestoneTable(
        milestoneRows,
        dueThisMonth,
        overdue,
        month,
        new Set(plan.indicators.filter((i) => i.recurring).map((i) => i.code)),
      ),
    },
    unreported,
    unverified,
    adjusted: adjustedRows,
    statuses,
    warnings,
    text: { zh, en },
  };
}

/** A row's 本月 cells from January to `month` (null where a month has no such row). */
function entriesOf(byMonth: Map<number, { month: { value: unknown } }> | undefined, month: number): unknown[] {
  return Array.from({ length: month }, (_, i) => byMonth?.get(i + 1)?.month.value ?? null);
}

/** "年内调整目标的有：粮食生产面积（原目标3.2万亩，7月起调整为3.5万亩，县政府年中调整）。" */
export function adjustmentSentence(rows: IndicatorResult[]): { zh: string; en: string } {
  const zh = rows.map((r) => {
    const a = r.adjustment!;
    const why = a.reason ? `，${a.reason}` : '';
    return `${r.listName}（原目标${adjustedTargetText(a.originalValue, a.originalMax, r)}，${a.month}月起调整为${adjustedTargetText(r.value, r.max, r)}${why}）`;
  });
  const en = rows.map((r) => {
    const a = r.adjustment!;
    const why = a.reason ? `; ${a.reason}` : '';
    return `${r.listName} (from ${adjustedTargetText(a.originalValue, a.originalMax, r)} to ${adjustedTargetText(r.value, r.max, r)} from ${monthEn(a.month)}${why})`;
  });
  return {
    zh: `年内调整目标的有${rows.length}项：${zh.join('；')}。`,
    en: `Targets adjusted during the year (${rows.length}): ${en.join('; ')}.`,
  };
}

/** A target as the adjustment list shows it: "3.2万亩", "2-3个", "增长7%". */
export function adjustedTargetText(
  value: number | null,
  max: number | null,
  r: Pick<IndicatorResult, 'unit' | 'comparator' | 'kind'>,
): string {
  if (value === null) return '';
  const unit = r.kind === 'rate' ? '%' : r.unit;
  if (r.comparator === 'between') return `${fmtFigure(value)}-${fmtFigure(max ?? value)}${unit}`;
  return `${fmtFigure(value)}${unit}`;
}
