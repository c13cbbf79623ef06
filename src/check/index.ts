// Checks (审核): the figures read back from a filled template -> findings, in three tiers.
// Pure: the plan and its settings come with the figures; the month to check is passed in or found.
import { concatMessages, isMonth, joinMessages, notAMonth, UserError, type Message } from '../plan/message';
import type { Indicator, Plan } from '../plan/types';
import { thresholdsFor } from '../plan/types';
import { targetAt } from '../plan/adjust';
import { isReportMonth } from '../progress/progress';
import type { ReadProblem, TemplateFigures } from '../workbook/figures';
import { monthSheetName } from '../workbook/layout';
import { RULES, place, type Finding, type RuleId } from './finding';
import { runningTotalRule } from './runningTotal';
import { doubleCountRule } from './doubleCount';
import { draft, type Draft, type RuleContext } from './draft';
import { isBlank, isEmptyToFormula } from '../workbook/cell';
import { colNumber } from '../workbook/a1';
import { completenessRule, flowGapsRule, formatRule, milestoneOverdueRule, milestoneStepBackRule } from './entry';
import { identityRule, statusRule } from './formulas';
import { scaleRule } from './scale';
import { balanceRule, momRule, monotonicRule, overTargetRule, signRule, upperBoundRule, yoyRule } from './values';
import { buildSeries, indexSheets, type MonthPoint, type Series } from './series';
import { confirmationSuffices, confirmsOnly, explains, noteText } from './notes';
import type { CellValue } from '../workbook/spec';
import { emptyMonthsBefore, emptyMonthsMessage, firstFilledMonth } from './emptyMonths';
import { conflictWords, openConflicts } from '../template/conflictMarks';
import { silentOffices, silentRowNames } from './silentOffices';
import type { ConflictMark, MonthSheetFigures } from '../workbook/figures';

export * from './finding';
export { findingMarks, resultsSheetSpec, RESULTS_SHEET } from './annotate';
export * from './marks';
export { detectScale } from './scale';

export interface CheckOptions {
  /** 1-12: check that month's sheet, with earlier months as history. Default: the latest month with any figure. */
  month?: number;
}

export type CheckOutcome = { ok: true; month: number | null; findings: Finding[] } | { ok: false; message: Message };

/** The latest month whose sheet has anything typed in a 本月 cell; null when nothing is entered yet. */
export function latestFilledMonth(figures: TemplateFigures): number | null {
  let best: number | null = null;
  for (const s of figures.months) {
    if (!isMonth(s.month)) continue;
    if (best !== null && s.month <= best) continue;
    if (s.rows.some((r) => !isBlank(r.month.value))) best = s.month;
  }
  return best;
}

const RULE_ORDER = new Map<RuleId, number>(RULES.map((r, i) => [r.id, i]));

/** Column order of a cell address for sorting ("F12" -> 6). */
function colOf(cell: string | null): number {
  return cell ? colNumber(/^[A-Z]*/.exec(cell)![0]) : 0;
}

/**
 * A 核实性 finding stands when 备注 is empty and asks for a note; with a note it becomes 提示性 and
 * carries the note, so the sheet can be submitted and the statistician still sees why. A 备注 that
 * is only a no-data mark or a number (无, /, 0: notes.explains) is no note: the finding stays and says so.
 * A bare confirmation ("已核实") answers a finding where the figure may be right, not a likely entry
 * mistake (notes.confirmationSuffices): that one stays and asks for the fix or a reason.
 */
function applyNote(d: Draft, noteValue: unknown, noteCell: string): Draft {
  if (d.finding.tier !== 'verify') return d;
  const note = noteText(noteValue as CellValue);
  const f = { ...d.finding };
  if (explains(note) && confirmsOnly(note) && !confirmationSuffices(f.rule)) {
    f.message = concatMessages(f.message, {
      zh: `。请核实；备注“${note}”只确认了数字，没有说明原因：这类问题多为填写错误，请改正，或在备注（${noteCell}）写明数据无误的原因`,
      en: `. Please verify; the note "${note}" only confirms the figure without a reason: this is most often an entry mistake: correct it, or say in the note (${noteCell}) why the figure is right`,
    });
  } else if (explains(note)) {
    f.tier = 'note';
    f.explainedBy = note;
    f.message = concatMessages(f.message, { zh: `（备注已说明：${note}）`, en: ` (explained in the note: ${note})` });
  } else if (note) {
    f.message = concatMessages(f.message, {
      zh: `。请核实；备注“${note}”不是说明，如数据无误，请在备注（${noteCell}）写明原因`,
      en: `. Please verify; the note "${note}" explains nothing: if it is right, say why in the note (${noteCell})`,
    });
  } else {
    f.message = concatMessages(f.message, {
      zh: `。请核实；如数据无误，须在备注（${noteCell}）说明原因`,
      en: `. Please verify; if it is right, explain it in the note (${noteCell})`,
    });
  }
  return { ...d, finding: f };
}

/**
 * The months before `month` whose cells still make this month's 累计: every earlier month of a flow;
 * for levels, rates and milestones, the months back to the last one with its own entry (or a typed
 * 累计), since a later entry replaces what came before.
 */
function feedingMonths(ind: Indicator, series: Series, month: number): number[] {
  const out: number[] = [];
  if (ind.kind === 'milestone' && ind.recurring) return out;
  const own = (q: MonthPoint) =>
    ind.kind === 'milestone' ? !isEmptyToFormula(q.row.month.value) : q.num !== null || q.typedOver;
  const here = series[month];
  if (ind.kind !== 'cumulative' && here && own(here)) return out;
  for (let m = month - 1; m >= 1; m--) {
    const q = series[m];
    // A missing sheet or row restarts the chain (the formula's IFERROR gives blank).
    if (!q || q.row.code !== ind.code) break;
    out.unshift(m);
    if (ind.kind !== 'cumulative' && own(q)) break;
  }
  return out;
}

/**
 * The rules about one month's figures: the checked month's, or (`earlier`) a month before it whose
 * entry still feeds it (feedingMonths). An earlier month's findings about its own entry stay open
 * until fixed or explained, the 核实性 ones (环比, 疑似累计数…) as much as 格式 and 数量级; what the
 * checked month judges afresh is left to it: a flow's 累计 (同比, 远超目标), a part against its whole,
 * the 状态 cell, a milestone's deadline, and blank months (flowGapsRule). `before`: the row's findings
 * on earlier months, the 备注 step applied.
 */
function monthRules(ctx: RuleContext, earlier: boolean, before: Draft[]): Draft[] {
  const out: Draft[] = [...formatRule(ctx)];
  const back = milestoneStepBackRule(ctx);
  out.push(...back);
  if (!earlier) out.push(...completenessRule(ctx));
  const scale = scaleRule(ctx);
  out.push(...scale, ...signRule(ctx));
  const typed = identityRule(ctx);
  out.push(...typed);
  // A 累计 typed over with a wrong figure is explained by that finding; sizing it again says nothing new.
  const wrongTotal = typed.some((d) => d.finding.rule === 'identity');
  if (!earlier) out.push(...statusRule(ctx));
  out.push(...monotonicRule(ctx), ...doubleCountRule(ctx));
  // A flow's 累计 holding an earlier month's figure in the wrong scale, or a running total, is sized by that finding.
  const open = (rule: RuleId) => before.some((d) => d.finding.rule === rule && d.finding.tier !== 'note');
  const wrongScale = open('scale');
  // A figure in the wrong scale explains every size rule at once: report it once.
  if (scale.length === 0) {
    out.push(...momRule(ctx));
    // 本月 holding the running total swells 累计: one finding says so, not the size rules after it.
    const running = wrongTotal || wrongScale ? [] : runningTotalRule(ctx);
    out.push(...running);
    const sized = !wrongTotal && !wrongScale && !open('running-total') && running.length === 0;
    // An earlier month's flow 累计 is judged afresh in the checked month.
    if (sized && (!earlier || ctx.ind.kind !== 'cumulative')) out.push(...yoyRule(ctx), ...overTargetRule(ctx));
    out.push(...upperBoundRule(ctx));
  }
  if (!earlier) {
    if (!wrongTotal) out.push(...balanceRule(ctx));
    // A step back from 已完成 is one doubt: whether it is done; 逾期 would assume the later word.
    const stepBack = back.length > 0 || before.some((d) => d.finding.rule === 'milestone-back');
    if (!stepBack) out.push(...milestoneOverdueRule(ctx));
  }
  return out;
}

/**
 * Running totals typed in 本月 month after month are one mistake: the latest month's finding, which
 * gives its own figure and asks to check the months before, stands for the row's others.
 */
function latestRunningTotal(rowDrafts: Draft[]): Draft[] {
  const last = Math.max(0, ...rowDrafts.filter((d) => d.finding.rule === 'running-total').map((d) => d.month));
  return rowDrafts.filter((d) => d.finding.rule !== 'running-total' || d.month === last);
}

/**
 * An office that typed nothing this month (silentOffices): its rows' must-fix blanks become one
 * finding naming the office, at its first row, instead of one per row reading as that many mistakes.
 */
function groupSilentOffices(drafts: Draft[], plan: Plan, sheet: MonthSheetFigures): Draft[] {
  let out = drafts;
  for (const s of silentOffices(plan, sheet)) {
    const codes = new Set(s.rows.map((r) => r.ind.code));
    const blank = (d: Draft) =>
      d.month === sheet.month &&
      d.finding.rule === 'completeness' &&
      d.finding.tier === 'error' &&
      codes.has(d.finding.code ?? '');
    const rows = out.filter(blank);
    if (rows.length < 2) continue;
    const first = s.rows[0];
    // Every blank cell named, as a finding names its cell ("3月!F4、F5、F6"), a long list by its first.
    const cells = s.rows.map((r) => r.cell);
    const at = `${sheet.sheet}!${cells.length <= 4 ? cells.join('、') : `${cells[0]}等${cells.length}格`}`;
    const atEn = `${sheet.sheet}!${cells.length <= 4 ? cells.join(', ') : `${cells[0]} and ${cells.length - 1} more`}`;
    const names = s.rows.map((r) => r.ind.name);
    const finding: Finding = {
      sheet: sheet.sheet,
      cell: first.cell,
      code: null,
      name: s.office,
      rule: 'completeness',
      tier: 'error',
      message: {
        zh: `${at} ${s.office}：${sheet.month}月报表未收到或整表未填写，${silentRowNames(s)}均为空。请向${s.office}催报；本月没有发生的请填 0`,
        en: `${atEn} ${s.office}: no return for month ${sheet.month}, or an empty one: ${names.length} rows are blank (${names.join(', ')}). Ask ${s.office} for it; enter 0 where nothing happened`,
      },
      found: '',
      expected: `${s.office}${sheet.month}月的报表`,
      suggestion: null,
    };
    out = [...out.filter((d) => !blank(d)), { finding, month: sheet.month, row: first.row }];
  }
  return out;
}

/** A row-month collect could not fill because the returns disagreed (template/conflictMarks). */
function conflictDraft(ctx: RuleContext, mark: ConflictMark): Draft {
  const { head, offers } = conflictWords(mark);
  const later = ctx.month < ctx.asOf;
  return draft(ctx, {
    rule: 'conflict',
    tier: 'error',
    zh: `${head.zh}（${offers.zh}），汇集时均未采用。请向填报单位核实后在此填入${later ? `（该月数字影响${ctx.asOf}月累计，此格为空不按 0 计）` : ''}`,
    en: `${head.en} (${offers.en}); none was taken when collecting. Verify with the offices and enter the figure here${later ? ` (it feeds month ${ctx.asOf}; the empty cell is not taken as 0)` : ''}`,
    expected: '核实后的本月数',
  });
}

/** A finding with words added at its end. */
function withWords(d: Draft, words: Message): Draft {
  return { ...d, finding: { ...d.finding, message: concatMessages(d.finding.message, words) } };
}

/** An earlier month's finding, saying which month it feeds. */
function feeds(d: Draft, month: number): Draft {
  return withWords(d, { zh: `（该月数字影响${month}月累计）`, en: ` (this month feeds month ${month}'s cumulative)` });
}

/** An earlier month of a recurring task, saying it counts in the checked month's tally. */
function tallied(d: Draft, month: number): Draft {
  return withWords(d, { zh: `（计入截至${month}月的完成次数）`, en: ` (it counts in the tally up to month ${month})` });
}

/** The reader's problem about a month's sheet as a whole, if it reported one. */
function sheetProblem(figures: TemplateFigures, month: number): ReadProblem | null {
  const name = monthSheetName(month);
  return figures.problems.find((p) => p.cell === null && p.code === null && p.sheet === name) ?? null;
}

/** Check the figures; never throws on what a workbook holds. */
export function checkFigures(figures: TemplateFigures, options: CheckOptions = {}): CheckOutcome {
  const sheets = indexSheets(figures.months);
  let month: number | null;
  if (options.month !== undefined) {
    const m = options.month;
    if (!isMonth(m)) {
      return { ok: false, message: notAMonth(m) };
    }
    if (!sheets.has(m)) {
      const have = [...sheets.keys()].sort((a, b) => a - b);
      const why = sheetProblem(figures, m);
      return {
        ok: false,
        message: {
          zh: `工作簿中没有${m}月的月报表${have.length ? `（现有：${have.map((k) => `${k}月`).join('、')}）` : ''}${why ? `：${why.message.zh}` : ''}`,
          en: `the workbook has no sheet for month ${m}${have.length ? ` (it has months ${have.join(', ')})` : ''}${why ? `: ${why.message.en}` : ''}`,
        },
      };
    }
    month = m;
  } else {
    month = latestFilledMonth(figures);
    // A later month sheet that cannot be read may hold the figures to check: do not guess.
    const later = figures.meta.months.filter((k) => !sheets.has(k) && k > (month ?? 0));
    if (later.length) {
      const whys = joinMessages(
        later.map((k) => sheetProblem(figures, k)?.message).filter((m): m is Message => m !== undefined),
      );
      return {
        ok: false,
        message: {
          zh: `${later.map((k) => `${k}月`).join('、')}的月报表无法读取，不能确定要审核的月份${whys.zh ? `：${whys.zh}` : ''}`,
          en: `the month sheet(s) for ${later.join(', ')} cannot be read, so the month to check is unknown${whys.en ? `: ${whys.en}` : ''}`,
        },
      };
    }
  }

  // A check of month m speaks of months up to m: a later sheet's problem is that month's check's.
  const checked = month ?? 12;
  const problems = figures.problems.filter((p) => p.month === undefined || p.month <= checked);
  const structure: Finding[] = problems.map((p) => {
    const ind = p.code ? figures.plan.indicators.find((i) => i.code === p.code) : undefined;
    // The reader's messages mostly name their place already ("6月!B9：…", "“6月”表…").
    const { zh, en } = p.message;
    return {
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      name: ind?.name ?? '',
      rule: 'structure',
      tier: 'error',
      message: {
        zh: zh.includes(p.sheet) ? zh : `${place(p.sheet, p.cell)} ${zh}`,
        en: en.includes(p.sheet) ? en : `${place(p.sheet, p.cell)} ${en}`,
      },
      found: '',
      expected: '',
      suggestion: null,
    };
  });
  if (month === null) return { ok: true, month: null, findings: structure };

  const plan = figures.plan;
  // Whole earlier months with no figure (not collected): one must-fix saying so, rather than each
  // flow's 累计 quietly counting them as 0.
  const uncollected = emptyMonthsBefore(plan, figures.months, month);
  const gaps: Finding[] = uncollected.length
    ? [
        {
          sheet: sheets.get(uncollected[0])!.sheet.sheet,
          cell: null,
          code: null,
          name: '',
          rule: 'completeness',
          tier: 'error',
          message: emptyMonthsMessage(uncollected, month),
          found: '',
          expected: '各月报表已汇集',
          suggestion: null,
        },
      ]
    : [];
  const firstFilled = firstFilledMonth(figures.months);
  const indByCode = new Map<string, Indicator>();
  for (const i of plan.indicators) if (!indByCode.has(i.code)) indByCode.set(i.code, i);
  const current = sheets.get(month)!;
  const seriesByCode = new Map<string, Series>();
  for (const ind of indByCode.values()) seriesByCode.set(ind.code, buildSeries(ind, sheets, month));

  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const row of current.sheet.rows) {
    if (seen.has(row.code)) continue;
    seen.add(row.code);
    const planned = indByCode.get(row.code);
    if (!planned) continue; // an unknown code is the reader's structure finding
    // A target adjusted by this month (年中调整) is the one every rule measures against.
    const ind = targetAt(planned, month);
    const series = seriesByCode.get(ind.code)!;
    const point = series[month]!;
    const ctx: RuleContext = {
      plan,
      ind,
      series,
      month,
      asOf: month,
      point,
      th: thresholdsFor(plan, ind),
      seriesByCode,
      indByCode,
    };
    const rowDrafts: Draft[] = [];
    // Earlier months whose cells still feed this month's 累计: their problems change this month's
    // figures, so they are reported here too, each at its own cell.
    const feeding = feedingMonths(ind, series, month);
    for (const m of feeding) {
      const q = series[m] as MonthPoint;
      const earlier = monthRules({ ...ctx, month: m, point: q }, true, rowDrafts).map((d) => feeds(d, month));
      for (const d of earlier) rowDrafts.push(applyNote(d, q.row.note.value, q.row.note.address));
    }
    // A flow's months counted as 0 without a figure, in one note; earlier ones once the row has a figure
    // (a row with none says so in its own month), and not the uncollected months said above.
    // A month the returns disagreed on is no blank: it is its own must-fix until the cell is filled.
    const conflicts = openConflicts(figures, ind, month);
    const conflicted = new Set(conflicts.map((c) => c.month));
    const gapMonths = point.effective !== null ? feeding.filter((m) => !uncollected.includes(m)) : [];
    rowDrafts.push(
      ...flowGapsRule(
        ctx,
        [...gapMonths, month].filter((m) => !conflicted.has(m)),
      ),
    );
    // A recurring task's earlier due months left blank or unreadable count in the tally the text
    // quotes ("全年12次中完成11次（7月未填报）"): open until filled, each at its own cell. A month with
    // no figure at all is no row's blank (not collected, said once above, or before the workbook began).
    if (ind.kind === 'milestone' && ind.recurring) {
      for (let m = 1; m < month; m++) {
        const q = series[m];
        if (!q || q.row.code !== ind.code || !isReportMonth(ind, m)) continue;
        if (m < firstFilled || uncollected.includes(m)) continue;
        const at = { ...ctx, month: m, point: q };
        rowDrafts.push(...[...formatRule(at), ...completenessRule(at)].map((d) => tallied(d, month)));
      }
    }
    const own = monthRules(ctx, false, rowDrafts).filter(
      (d) =>
        !(d.finding.rule === 'completeness' && conflicted.has(month)) &&
        // Whether a disputed milestone is done is the open question: 逾期 would assume one answer.
        !(d.finding.rule === 'milestone-overdue' && conflicts.length),
    );
    for (const d of own) rowDrafts.push(applyNote(d, row.note.value, row.note.address));
    for (const c of conflicts) {
      const q = series[c.month];
      if (q) rowDrafts.push(conflictDraft({ ...ctx, month: c.month, point: q }, c));
    }
    drafts.push(...latestRunningTotal(rowDrafts));
  }

  const grouped = groupSilentOffices(drafts, plan, current.sheet);

  grouped.sort(
    (a, b) =>
      a.month - b.month ||
      a.row - b.row ||
      colOf(a.finding.cell) - colOf(b.finding.cell) ||
      (RULE_ORDER.get(a.finding.rule) ?? 0) - (RULE_ORDER.get(b.finding.rule) ?? 0),
  );
  return { ok: true, month, findings: [...structure, ...gaps, ...grouped.map((d) => d.finding)] };
}

export class CheckOptionError extends UserError {
  constructor(message: Message) {
    super(message);
    this.name = 'CheckOptionError';
  }
}

/**
 * The findings for one month (default: the latest month with any figure). Throws CheckOptionError
 * only for a month option that is not 1-12 or has no sheet; never for what the workbook holds.
 */
export function runChecks(figures: TemplateFigures, options: CheckOptions = {}): Finding[] {
  const r = checkFigures(figures, options);
  if (!r.ok) throw new CheckOptionError(r.message);
  return r.findings;
}
