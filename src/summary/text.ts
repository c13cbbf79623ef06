// The report's progress sentences (进度情况), in the style a township report uses:
// "截至3月底，粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点。"
import type { Indicator } from '../plan/types';
import { monthsText } from '../check/notes';
import {
  finalMonth,
  isDueMonth,
  isBottomLine,
  isReportMonth,
  judgement,
  notStarted,
  pointsGap,
  startLevel,
  STATUS_EN,
  STATUSES,
  targetCeiling,
  targetFloor,
  type Actual,
  type Evaluation,
  type RecurringRecord,
  type Status,
  type StepBack,
} from '../progress/progress';
import { recurringWord } from '../progress/vocabulary';
import { fmtFigure, fmtPoints, fmtShare, monthEn, withUnit } from './format';
import type { StatusCounts, Summary } from './types';

/** The order counts are told in: the vocabulary's order, review words first. */
export const COUNT_ORDER: Status[] = STATUSES;

/** "已完成3项，超进度2项，…": `always` words are told even at zero, the others only when present. */
export function countsZh(counts: StatusCounts, always: Status[]): string {
  return COUNT_ORDER.filter((s) => always.includes(s) || counts[s] > 0)
    .map((s) => `${s}${counts[s]}项`)
    .join('，');
}

export function countsEn(counts: StatusCounts, always: Status[]): string {
  return COUNT_ORDER.filter((s) => always.includes(s) || counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS_EN[s]}`)
    .join(', ');
}

function deadlineZh(month: number): string {
  return month === 12 ? '年底前' : `${month}月底前`;
}

/**
 * A difference of two figures in the row's unit: a % row's in percentage points ("5个百分点": "差5%"
 * reads as 5% of the target), others with the unit ("1人", "50亩").
 */
function amount(diff: number, unit: string): string {
  return withUnit(diff, unit === '%' ? '个百分点' : unit);
}

/**
 * What the lagging tables (汇总, 通报) show where a share would be for an at-most count over its
 * bound: "超出1人", as the sentence says it. Null for every other row (no share: blank or "—"), and
 * for a rate or % level, whose 差额 column already gives the points over.
 */
export function excessText(
  r: Pick<Indicator, 'kind' | 'comparator' | 'unit' | 'value' | 'bottomLine'> & { actual: Actual },
): string | null {
  if (r.comparator !== '<=' || pointsGap(r) || r.value === null || typeof r.actual !== 'number') return null;
  if (isBottomLine(r)) return r.actual > 0 ? `发生${withUnit(r.actual, r.unit)}` : null;
  return r.actual > r.value ? `超出${withUnit(r.actual - r.value, r.unit)}` : null;
}

/**
 * The 差额（百分点） the lagging tables (汇总, 通报) show: the row's gap, except an at-most count's, which
 * is a share of its ceiling, not points ("−100" for 2人 on ≤1 means nothing to a reader): its
 * excess stands in the 完成% column beside it ("超出1人", excessText).
 */
export function tableGapPp(
  r: Pick<Indicator, 'kind' | 'comparator' | 'unit'> & { evaluation: Pick<Evaluation, 'gapPp'> },
): number | null {
  return r.comparator === '<=' && !pointsGap(r) ? null : r.evaluation.gapPp;
}

/** A milestone's 完成时限 in a table: "6月底", "年底", "每月" / "每季度" for a recurring task; null for other rows. */
export function deadlineText(
  ind: Pick<Indicator, 'recurring'> & Partial<Pick<Indicator, 'reportMonths'>>,
  deadline: number | null,
): string | null {
  if (deadline === null) return null;
  if (ind.recurring) return recurringWord(ind.reportMonths ?? null);
  return deadline === 12 ? '年底' : `${deadline}月底`;
}

function deadlineEn(month: number): string {
  return `by the end of ${monthEn(month)}`;
}

export interface ClauseInput {
  ind: Indicator;
  actual: number | string | null;
  evaluation: Evaluation;
  month: number;
  deadline: number | null;
  doneMonth: number | null;
  /** A figure with an unresolved finding: the report text names the row but quotes no number. */
  unverified?: boolean;
  /** The target in `ind` is an adjusted one (年中调整 in force this month): the text says 调整后目标. */
  adjusted?: boolean;
  /** Recurring tasks: the record of their due months so far (progress.recurringRecord). */
  recurring?: RecurringRecord | null;
  /** Milestones reported 已完成 and later 推进中 / 未开始 (progress.milestoneStepBack). */
  stepBack?: StepBack | null;
  /** The latest month up to `month` with a figure entered (for "截至N月"). */
  lastEntered?: number | null;
  /** Due months up to `month` whose 本月 is blank: a bottom line is held only on every month's report. */
  blankMonths?: number[];
  /** Months collect left empty because the returns disagreed ("9月两份报表不一致（…）"). */
  conflicts?: Array<{ zh: string; en: string }>;
}

/** "同比增长5.2%": a cumulative or level figure against last year's same month, where the plan has it. */
function yoyWords(c: ClauseInput, x: number): { zh: string; en: string } | null {
  if (c.ind.kind !== 'cumulative' && c.ind.kind !== 'level') return null;
  const ly = c.ind.lastYear?.[c.month - 1];
  if (typeof ly !== 'number' || !(ly > 0)) return null;
  const change = (x / ly - 1) * 100;
  const pp = fmtPoints(change);
  if (pp === '0') return { zh: '与上年同期持平', en: 'level with last year' };
  return change > 0
    ? { zh: `同比增长${pp}%`, en: `up ${pp}% year on year` }
    : { zh: `同比下降${pp}%`, en: `down ${pp}% year on year` };
}

/** Words for a signed growth rate: "增长6.1%" / "下降2.5%"; 0 (as printed) is "与上年持平", not "增长0%". */
function rateZh(rate: number): string {
  if (fmtPoints(rate) === '0') return '与上年持平';
  return rate < 0 ? `下降${fmtPoints(rate)}%` : `增长${fmtPoints(rate)}%`;
}

function rateEn(rate: number): string {
  if (fmtPoints(rate) === '0') return 'level with last year';
  return rate < 0 ? `down ${fmtPoints(rate)}%` : `up ${fmtPoints(rate)}%`;
}

/** The target as the plan states it: "3.2万亩", "2-3个", "7%左右", "4%以内"; a bottom line "不发生（底线）". */
export function targetZh(ind: Pick<Indicator, 'unit' | 'value' | 'max' | 'comparator' | 'bottomLine'>): string {
  if (isBottomLine(ind)) return BOTTOM_LINE_TARGET;
  const u = ind.unit;
  const v = ind.value ?? 0;
  if (ind.comparator === 'between') return `${fmtFigure(v)}-${fmtFigure(ind.max ?? v)}${u}`;
  if (ind.comparator === 'approx') return `${withUnit(v, u)}左右`;
  if (ind.comparator === '<=') return `${withUnit(v, u)}以内`;
  return withUnit(v, u);
}

function targetEn(ind: Indicator): string {
  if (isBottomLine(ind)) return 'none (bottom line)';
  const u = ind.unit;
  const v = ind.value ?? 0;
  if (ind.comparator === 'between') return `${fmtFigure(v)}-${fmtFigure(ind.max ?? v)}${u}`;
  if (ind.comparator === 'approx') return `about ${withUnit(v, u)}`;
  if (ind.comparator === '<=') return `at most ${withUnit(v, u)}`;
  return withUnit(v, u);
}

/** A bottom line's target in tables and the 年度目标 cell. */
export const BOTTOM_LINE_TARGET = '不发生（底线）';

/**
 * What a bottom line guards against, from its name: 不发生规模性返贫（底线） -> 规模性返贫; 确保不发生
 * 重大安全事故 -> 重大安全事故; a bare event names itself (较大以上生产安全事故). Null when the name is a
 * count (规模性返贫户数): the sentence then quotes it with its figure.
 */
export function bottomLineEvent(name: string): string | null {
  const m =
    /^(?:坚决|确保|严守|守住|牢牢守住|坚决守住)*(?:不发生|零发生|杜绝)(.+?)(?:的?底线|（底线）|\(底线\))?$/.exec(
      name.trim(),
    );
  if (m && m[1]) return m[1];
  // A bare event (规模性返贫, 较大以上生产安全事故) is what did not happen; a count (户数, 起数) is quoted.
  const bare = name
    .trim()
    .replace(/(?:的?底线|（底线）|\(底线\))$/, '')
    .replace(/^(?:坚决|确保|严守|守住|牢牢守住|坚决守住)+/, '');
  return bare && !/(?:数|数量|人次|率)$/.test(bare) ? bare : null;
}

/** "未发生规模性返贫，守住底线" / "发生规模性返贫2户，未守住底线". */
function bottomLineClause(c: ClauseInput, x: number): { zh: string; en: string } {
  const { ind } = c;
  const event = bottomLineEvent(ind.name);
  const kept = x <= 0;
  const count = withUnit(x, ind.unit);
  const eventClause = event
    ? kept
      ? { zh: `未发生${event}，守住底线`, en: `no ${event}: the bottom line held` }
      : { zh: `发生${event}${count}，未守住底线`, en: `${event} happened (${count}): the bottom line was broken` }
    : null;
  const clause = kept
    ? { zh: `${ind.name}为0，守住底线`, en: `${ind.name}: 0, the bottom line held` }
    : { zh: `${ind.name}为${count}，未守住底线`, en: `${ind.name}: ${count}, the bottom line was broken` };
  return kept ? withBlanks(eventClause ?? clause, c.blankMonths ?? []) : (eventClause ?? clause);
}

/** A bottom line held only as far as every month reported: the blank months are named, to verify. */
function withBlanks(clause: { zh: string; en: string }, blanks: number[]): { zh: string; en: string } {
  if (!blanks.length) return clause;
  const w = monthsText(blanks);
  return { zh: `${clause.zh}（${w.zh}未填报，待核实）`, en: `${clause.en} (${w.en} not reported: to verify)` };
}

/** The occurrence a recurring task's month stands for: 本月 (每月), 本季度 (每季度), else the month. */
function occurrence(ind: Pick<Indicator, 'reportMonths'>, month: number): { zh: string; en: string } {
  const word = recurringWord(ind.reportMonths ?? null);
  if (word === '每月') return { zh: '本月', en: 'this month' };
  if (word === '每季度') return { zh: '本季度', en: 'this quarter' };
  return { zh: `${month}月`, en: `in ${monthEn(month)}` };
}

/** A recurring task's due months missed: "8月未填报，11月未完成". */
function missedWords(blank: number[], notDone: number[]): { zh: string; en: string } {
  const parts = [
    { months: blank, zh: '未填报', en: 'not reported' },
    { months: notDone, zh: '未完成', en: 'not done' },
  ]
    .filter((p) => p.months.length)
    .sort((a, b) => a.months[0] - b.months[0]);
  return {
    zh: parts.map((p) => `${monthsText(p.months).zh}${p.zh}`).join('，'),
    en: parts.map((p) => `${p.en}: ${p.months.map(monthEn).join(', ')}`).join('; '),
  };
}

/**
 * A recurring task before its final month: the month's own occurrence, with the tally of its due
 * months so far when an earlier one was missed ("（1-9月9次中完成8次，8月未填报）"); the status is the
 * month's own (progress.recurringStatus), so the sentence is where an earlier miss shows.
 */
function recurringTally(c: ClauseInput, rec: RecurringRecord): { zh: string; en: string } {
  const before = (m: number) => m < c.month;
  const missed = missedWords(rec.blank.filter(before), rec.notDone.filter(before));
  if (!missed.zh) return { zh: '', en: '' };
  const n = rec.done.length;
  return {
    zh: `（1-${c.month}月${rec.due.length}次中完成${n}次，${missed.zh}）`,
    en: ` (${n} of ${rec.due.length} done to ${monthEn(c.month)}; ${missed.en})`,
  };
}

/** A recurring task's sentence (the year's from its final month on, as its status is). */
function recurringClause(c: ClauseInput, rec: RecurringRecord): { zh: string; en: string } {
  const { ind, evaluation, month } = c;
  const name = ind.name;
  const status = evaluation.status;
  if (month >= finalMonth(ind)) {
    const total = rec.due.length;
    if (status === '已完成') return { zh: `${name}全年${total}次均已完成`, en: `${name}: all ${total} done this year` };
    const last = rec.due[total - 1];
    if (status === '未填报') {
      const earlier =
        total > 1 ? { zh: `（此前${total - 1}次均已完成）`, en: ` (the ${total - 1} before all done)` } : null;
      return {
        zh: `${name}${last}月未填报${earlier?.zh ?? ''}`,
        en: `${name}: not reported for ${monthEn(last)}${earlier?.en ?? ''}`,
      };
    }
    const missed = missedWords(rec.blank, rec.notDone);
    return {
      zh: `${name}全年${total}次中完成${rec.done.length}次（${missed.zh}），未完成年度目标`,
      en: `${name}: ${rec.done.length} of ${total} done this year (${missed.en}), annual target not reached`,
    };
  }
  const tally = recurringTally(c, rec);
  const when = occurrence(ind, month);
  let base: { zh: string; en: string };
  if (status === '已完成') base = { zh: `${name}${when.zh}已完成`, en: `${name}: done ${when.en}` };
  else if (status === '逾期') base = { zh: `${name}${when.zh}未完成`, en: `${name}: not done ${when.en}` };
  else if (status === '不适用') base = { zh: `${name}本月不需报送`, en: `${name}: not due this month` };
  else base = { zh: `${name}${month}月未填报`, en: `${name}: not reported for ${monthEn(month)}` };
  return { zh: base.zh + tally.zh, en: base.en + tally.en };
}

function milestoneClause(c: ClauseInput): { zh: string; en: string } {
  if (c.ind.recurring && c.recurring) return recurringClause(c, c.recurring);
  return milestoneClauseOfMonth(c);
}

/** A task named by its verb (完成征兵任务) is told by what it finishes: "征兵任务已于5月完成", not "完成…已于5月完成". */
function taskSubject(name: string): string {
  // 完成率, 完成额: a noun, not the verb.
  const m = /^(?:全面)?完成(?![率度量额值数])(.{3,})$/.exec(name);
  return m ? m[1] : name;
}

function milestoneClauseOfMonth(c: ClauseInput): { zh: string; en: string } {
  const { ind, evaluation, month } = c;
  const name = taskSubject(ind.name);
  const due = c.deadline ?? 12;
  if (evaluation.status === '已完成') {
    const m = c.doneMonth ?? month;
    // Done, and counted 已完成; done after its deadline says so.
    if (m > due)
      return {
        zh: `${name}已于${m}月完成（要求${deadlineZh(due)}，逾期完成）`,
        en: `${name}: done in ${monthEn(m)} (due ${deadlineEn(due)}; done late)`,
      };
    return { zh: `${name}已于${m}月完成`, en: `${name}: done in ${monthEn(m)}` };
  }
  if (evaluation.status === '逾期') {
    return {
      zh: `${name}（要求${deadlineZh(due)}完成）逾期未完成`,
      en: `${name}: overdue (due ${deadlineEn(due)})`,
    };
  }
  if (evaluation.status === '未填报') {
    return {
      zh: `${name}未填报进展（要求${deadlineZh(due)}完成）`,
      en: `${name}: no progress reported (due ${deadlineEn(due)})`,
    };
  }
  if (typeof c.actual === 'string' && c.actual.trim() === '未开始') {
    return { zh: `${name}尚未开始（要求${deadlineZh(due)}完成）`, en: `${name}: not started (due ${deadlineEn(due)})` };
  }
  return { zh: `${name}正在推进（要求${deadlineZh(due)}完成）`, en: `${name}: in progress (due ${deadlineEn(due)})` };
}

/** ", 完成年度目标" / ", 未完成年度目标" at the year's end. */
function yearEndWords(status: Status, adjusted = false): { zh: string; en: string } {
  const which = adjusted ? '调整后目标' : '年度目标';
  const whichEn = adjusted ? 'adjusted target' : 'annual target';
  if (status === '已完成') return { zh: `，完成${which}`, en: `, ${whichEn} reached` };
  if (status === '未完成') return { zh: `，未完成${which}`, en: `, ${whichEn} not reached` };
  return { zh: '', en: '' };
}

function rateClause(c: ClauseInput, rate: number): { zh: string; en: string } {
  const { ind, evaluation } = c;
  const decrease = ind.direction === 'decrease';
  // On a 下降 row the figure is the decrease, typed as a positive number; a negative one is a rise.
  const signed = decrease ? -rate : rate;
  // "农业增加值增长" + "增长13%" would repeat the verb: say "农业增加值增长13%"; likewise
  // "营收增长（百易）" says "营收（百易）增长19%".
  const stem = ind.name.replace(/(增长|增速|增幅|下降|降幅)(（[^（）]*）|\([^()]*\))?$/, '$2');
  const head = { zh: `${stem}${rateZh(signed)}`, en: `${ind.name}: ${rateEn(signed)}` };
  const adj = c.adjusted ? '调整后' : '';
  const adjEn = c.adjusted ? 'adjusted ' : '';
  const target = `${adj}${decrease ? '下降' : '增长'}${targetZh(ind)}`;
  const targetE = `${adjEn}${decrease ? 'a fall of' : 'growth of'} ${targetEn(ind)}`;
  const end = yearEndWords(evaluation.status, c.adjusted);
  const gap = evaluation.gapPp ?? 0;
  if (ind.comparator === '<=') {
    if (gap >= 0)
      return {
        zh: `${head.zh}，控制在目标（${target}）范围内${end.zh}`,
        en: `${head.en}, within the target (${targetE})${end.en}`,
      };
    return {
      zh: `${head.zh}，超出目标（${target}）${fmtPoints(gap)}个百分点${end.zh}`,
      en: `${head.en}, ${fmtPoints(gap)} points beyond the target (${targetE})${end.en}`,
    };
  }
  // Inside a 左右 band by the figure itself: at year end a miss is 未完成, not 未达标, so the
  // status alone cannot say it (review3 W19: "增长5%，达到目标（增长6.5%左右），未完成年度目标").
  const ceiling = targetCeiling(ind);
  const floor = targetFloor(ind);
  const withinBand =
    ind.comparator === 'approx' &&
    ceiling !== null &&
    floor !== null &&
    rate >= floor - 1e-9 &&
    rate <= ceiling + 1e-9 &&
    evaluation.status !== '未达标' &&
    evaluation.status !== '未完成';
  let zh: string;
  let en: string;
  if (withinBand || gap === 0) {
    zh = `达到目标（${target}）`;
    en = `meeting the target (${targetE})`;
  } else if (gap > 0 && ind.comparator === 'between') {
    // Above a range's top: 差额 is the points over it (the 超出上限 check asks to verify it).
    zh = `${decrease ? '比' : '高于'}目标区间（${target}）上限${decrease ? '多降' : ''}${fmtPoints(gap)}个百分点`;
    en = `${fmtPoints(gap)} points above the top of the target range (${targetE})`;
  } else if (gap > 0) {
    zh = decrease ? `比目标多降${fmtPoints(gap)}个百分点` : `高于目标${fmtPoints(gap)}个百分点`;
    en = `${fmtPoints(gap)} points better than the target (${targetE})`;
  } else {
    zh = decrease ? `比目标少降${fmtPoints(gap)}个百分点` : `低于目标${fmtPoints(gap)}个百分点`;
    en = `${fmtPoints(gap)} points short of the target (${targetE})`;
  }
  return { zh: `${head.zh}，${zh}${end.zh}`, en: `${head.en}, ${en}${end.en}` };
}

function quantityClause(c: ClauseInput, x: number): { zh: string; en: string } {
  const { ind, evaluation } = c;
  const u = ind.unit;
  const v = ind.value ?? 0;
  const end = yearEndWords(evaluation.status, c.adjusted);
  if (ind.comparator === '<=') {
    if (x <= v)
      return {
        zh: `${ind.name}为${withUnit(x, u)}，控制在目标（${targetZh(ind)}）范围内${end.zh}`,
        en: `${ind.name}: ${withUnit(x, u)}, within the target (${targetEn(ind)})${end.en}`,
      };
    const over = amount(x - v, u);
    const overEn = u === '%' ? `${fmtFigure(x - v)} percentage points` : withUnit(x - v, u);
    return {
      zh: `${ind.name}为${withUnit(x, u)}，超出控制目标${over}${end.zh}`,
      en: `${ind.name}: ${withUnit(x, u)}, ${overEn} over the limit (${targetEn(ind)})${end.en}`,
    };
  }
  // A % level built up without a start level, once the year is decided (or the target reached),
  // speaks as a held one: "污水处理率为85%，低于目标（90%）5个百分点，未完成年度目标" (review3 W20).
  const decided = evaluation.status === '已完成' || evaluation.status === '未完成';
  if (ind.kind === 'level' && (ind.hold || (u === '%' && judgement(ind) === 'reach' && decided))) {
    // A level to hold: against the target itself, in the row's own unit (points for a % row).
    const met = evaluation.status === '达标' || evaluation.status === '已完成';
    const diff = amount(Math.abs(v - x), u);
    // Above a band's top (参保率 95-100% at 101%): not "达到目标"; the check asks to verify it.
    const top = ind.comparator === 'between' ? ind.max : null;
    if (met && top !== null && x > top) {
      const over = amount(x - top, u);
      return {
        zh: `${ind.name}为${withUnit(x, u)}，高于目标区间（${targetZh(ind)}）上限${over}${end.zh}`,
        en: `${ind.name}: ${withUnit(x, u)}, ${over} above the top of the target range (${targetEn(ind)})${end.en}`,
      };
    }
    return met
      ? {
          zh: `${ind.name}为${withUnit(x, u)}，达到目标（${targetZh(ind)}）${end.zh}`,
          en: `${ind.name}: ${withUnit(x, u)}, meeting the target (${targetEn(ind)})${end.en}`,
        }
      : {
          zh: `${ind.name}为${withUnit(x, u)}，低于目标（${targetZh(ind)}）${diff}${end.zh}`,
          en: `${ind.name}: ${withUnit(x, u)}, ${diff} below the target (${targetEn(ind)})${end.en}`,
        };
  }
  if (x === 0 && evaluation.expected === 0 && evaluation.status !== '已完成') {
    // Seasonal rows before their season: nothing planned yet, so nothing is behind.
    return notScheduledYet(ind.name);
  }
  const verb = ind.kind === 'level' ? '达到' : '完成';
  const verbEn = ind.kind === 'level' ? '' : ' done';
  const parts = [`${ind.name}${verb}${withUnit(x, u)}`];
  const partsEn = [`${ind.name}: ${withUnit(x, u)}${verbEn}`];
  const yoy = yoyWords(c, x);
  if (yoy) {
    parts.push(yoy.zh);
    partsEn.push(yoy.en);
  }
  if (evaluation.status === '推进中' && judgement(ind) === 'reach') {
    // A level built up from a start the plan does not give: how far from the target, no 序时.
    const short = amount(Math.max(0, (targetFloor(ind) ?? v) - x), u);
    parts.push(`${c.adjusted ? '调整后目标' : '目标'}${targetZh(ind)}`, `尚差${short}`);
    partsEn.push(`target ${targetEn(ind)}`, `${short} to go`);
    return { zh: parts.join('，'), en: partsEn.join(', ') };
  }
  const start = judgement(ind) === 'schedule' ? startLevel(ind) : null;
  if (start !== null) {
    // A level built up from a known start: this year's increase against the increase planned.
    const change = x - start;
    const by = amount(Math.abs(change), u);
    const from = withUnit(start, u);
    if (change === 0) {
      parts.push(`与年初（${from}）持平`);
      partsEn.push(`level with ${from} at the start of the year`);
    } else {
      parts.push(`较年初（${from}）${change < 0 ? '减少' : '增加'}${by}`);
      partsEn.push(`${change < 0 ? 'down' : 'up'} ${by} from ${from} at the start of the year`);
    }
    if (evaluation.completion !== null) {
      const planned = amount(v - start, u);
      parts.push(`占${c.adjusted ? '调整后' : '年度'}新增目标（${planned}）的${fmtShare(evaluation.completion)}%`);
      partsEn.push(
        `${fmtShare(evaluation.completion)}% of the ${c.adjusted ? 'adjusted ' : ''}increase planned (${planned})`,
      );
    }
  } else if (evaluation.completion !== null) {
    const share = fmtShare(evaluation.completion);
    if (c.adjusted) {
      // 年中调整: the share is of the adjusted target, and the text names it.
      const lower = ind.comparator === 'between' ? '下限' : '';
      parts.push(`占调整后目标（${targetZh(ind)}）${lower}的${share}%`);
      partsEn.push(`${share}% of the adjusted target${lower ? "'s lower end" : ''} (${targetEn(ind)})`);
    } else if (ind.comparator === 'between') {
      parts.push(`占年度目标（${targetZh(ind)}）下限的${share}%`);
      partsEn.push(`${share}% of the target's lower end (${targetEn(ind)})`);
    } else {
      parts.push(`占年度目标的${share}%`);
      partsEn.push(`${share}% of the annual target (${targetEn(ind)})`);
    }
  }
  if (evaluation.status === '已完成') {
    parts.push(c.adjusted ? '已完成调整后目标' : '已完成年度目标');
    partsEn.push(c.adjusted ? 'adjusted target reached' : 'annual target reached');
  } else if (evaluation.status === '未完成') {
    const short = amount(Math.max(0, v - x), u);
    parts.push(`${c.adjusted ? '未完成调整后目标' : '未完成年度目标'}，差${short}`);
    partsEn.push(`${c.adjusted ? 'adjusted' : 'annual'} target not reached, ${short} short`);
  } else if (evaluation.gapPp !== null) {
    const g = evaluation.gapPp;
    if (g > 0) {
      parts.push(`超序时进度${fmtPoints(g)}个百分点`);
      partsEn.push(`${fmtPoints(g)} points ahead of schedule`);
    } else if (g === 0) {
      parts.push('与序时进度持平');
      partsEn.push('level with the schedule');
    } else {
      parts.push(`低于序时进度${fmtPoints(g)}个百分点`);
      partsEn.push(`${fmtPoints(g)} points behind schedule`);
    }
  }
  return { zh: parts.join('，'), en: partsEn.join(', ') };
}

/** A seasonal row before its season, with or without a 0 typed: nothing planned yet, nothing behind. */
function notScheduledYet(name: string): { zh: string; en: string } {
  return { zh: `${name}按进度安排尚未开始`, en: `${name}: not scheduled to start yet` };
}

/** "截至6月累计2.1万亩" / "截至6月增长6.1%": the last figure known, for a row not reported this month. */
function lastKnown(c: ClauseInput): { zh: string; en: string } {
  const n = c.lastEntered;
  if (typeof c.actual !== 'number' || !n || n >= c.month) return { zh: '', en: '' };
  const u = c.ind.unit;
  const x = c.actual;
  if (c.ind.kind === 'rate') {
    const signed = c.ind.direction === 'decrease' ? -x : x;
    return { zh: `（截至${n}月${rateZh(signed)}）`, en: ` (to ${monthEn(n)}: ${rateEn(signed)})` };
  }
  const what = c.ind.kind === 'cumulative' ? '累计' : '为';
  return { zh: `（截至${n}月${what}${withUnit(x, u)}）`, en: ` (to ${monthEn(n)}: ${withUnit(x, u)})` };
}

/** One indicator's progress clause, without the "截至N月底，" lead and the full stop. */
export function indicatorClause(c: ClauseInput): { zh: string; en: string } {
  const name = c.ind.name;
  // Held by the checks, or a flow's figure typed as text (its 累计 shows the word): never a verdict.
  if (c.evaluation.status === '待核实') {
    const b = c.stepBack;
    if (b)
      return {
        zh: `${name}进展待核实（${b.done}月已报已完成，${b.month}月报${b.state}）`,
        en: `${name}: progress to be verified (reported done in ${monthEn(b.done)}, "${b.state}" in ${monthEn(b.month)})`,
      };
    const open = c.conflicts ?? [];
    if (open.length)
      return {
        zh: `${name}填报数据待核实（${open.map((x) => x.zh).join('；')}）`,
        en: `${name}: figure to be verified (${open.map((x) => x.en).join('; ')})`,
      };
    return { zh: `${name}填报数据待核实`, en: `${name}: figure to be verified` };
  }
  if (c.ind.kind === 'milestone') return milestoneClause(c);
  if (c.evaluation.status === '不适用') {
    if (notStarted(c.ind, c.month)) return notScheduledYet(name);
    return { zh: `${name}本月不需报送`, en: `${name}: not due this month` };
  }
  if (typeof c.actual !== 'number' || c.evaluation.status === '未填报') {
    const last = lastKnown(c);
    return { zh: `${name}${c.month}月未填报${last.zh}`, en: `${name}: not reported for ${monthEn(c.month)}${last.en}` };
  }
  const clause = isBottomLine(c.ind)
    ? bottomLineClause(c, c.actual)
    : c.ind.kind === 'rate'
      ? rateClause(c, c.actual)
      : quantityClause(c, c.actual);
  const notes = [flowGaps(c), sinceLastFigure(c)].filter((x) => x !== null);
  if (!notes.length) return clause;
  return {
    zh: `${clause.zh}（${notes.map((x) => x.zh).join('；')}）`,
    en: `${clause.en} (${notes.map((x) => x.en).join('; ')})`,
  };
}

/**
 * A flow's earlier due months left blank count as 0 in its 累计, as the check's 提示性 finding says:
 * the sentence that quotes the total names them ("8月未填报，按0计入"), so that a total short by a
 * missing month is not read as the year's figure.
 */
function flowGaps(c: ClauseInput): { zh: string; en: string } | null {
  if (c.ind.kind !== 'cumulative' || isBottomLine(c.ind)) return null;
  // Months after the latest figure are sinceLastFigure's ("7月未填报，按截至6月数据").
  const upTo = c.lastEntered && c.lastEntered < c.month ? c.lastEntered : c.month;
  const gaps = (c.blankMonths ?? []).filter((m) => m < upTo && isDueMonth(c.ind, m));
  if (!gaps.length) return null;
  const w = monthsText(gaps);
  return { zh: `${w.zh}未填报，按0计入`, en: `${w.en} not reported, counted as 0` };
}

/**
 * Where the figure judged is from, for a row with nothing entered since month n: the months a
 * figure was due and not reported ("7-9月未填报，按截至6月数据"); the report months a flow's schedule
 * plans nothing for are not missed ("7-9月按进度安排无计划量，按截至6月数据"); off months only say
 * the figure's month ("6月数据"). Null when this month's figure is entered.
 */
function sinceLastFigure(c: ClauseInput): { zh: string; en: string } | null {
  const n = c.lastEntered;
  if (!n || n >= c.month) return null;
  const months = Array.from({ length: c.month - n }, (_, i) => n + 1 + i);
  const missed = months.filter((m) => isDueMonth(c.ind, m));
  if (missed.length) {
    const w = monthsText(missed);
    return { zh: `${w.zh}未填报，按截至${n}月数据`, en: `${w.en} not reported; figures to ${monthEn(n)}` };
  }
  const unplanned = months.filter((m) => isReportMonth(c.ind, m));
  if (unplanned.length) {
    const w = monthsText(unplanned);
    return {
      zh: `${w.zh}按进度安排无计划量，按截至${n}月数据`,
      en: `nothing planned for ${w.en}; figures to ${monthEn(n)}`,
    };
  }
  return { zh: `${n}月数据`, en: `${monthEn(n)} figure` };
}

/** A standalone sentence: "截至3月底，粮食生产面积完成2.1万亩，…。" */
export function standaloneSentence(clause: string, month: number): string {
  return `截至${month}月底，${clause}。`;
}

export function standaloneSentenceEn(clause: string, month: number): string {
  return `By the end of ${monthEn(month)}, ${clause}.`;
}

/** The line under the table by office naming the rows several offices share and where each is counted, or null. */
export function jointRowsNote(summary: Pick<Summary, 'jointRows'>): string | null {
  if (!summary.jointRows.length) return null;
  const rows = summary.jointRows.map((s) => `${s.name}（${s.code}，${s.responsible}）计入${s.lead}`);
  return `注：多个单位共同负责的指标按牵头单位（排在第一位或注明“牵头”的单位）计数一次：${rows.join('；')}。`;
}
