// The report's progress sentences (进度情况), in the style a township report uses:
// "截至3月底，粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点。"
import type { Indicator } from '../plan/types';
import type { Evaluation, Status } from '../progress/progress';
import { fmtFigure, fmtPoints, fmtShare, monthEn, withUnit } from './format';
import type { StatusCounts } from './types';

/** The order counts are told in: the five review words first, then the rest. */
export const COUNT_ORDER: Status[] = ['已完成', '超进度', '达进度', '欠进度', '逾期', '推进中', '未填报'];

const COUNT_EN: Record<Status, string> = {
  已完成: 'done',
  超进度: 'ahead of schedule',
  达进度: 'on schedule',
  欠进度: 'behind schedule',
  逾期: 'overdue',
  推进中: 'in progress',
  未填报: 'not reported',
};

/** "已完成3项，超进度2项，…": `always` words are told even at zero, the others only when present. */
export function countsZh(counts: StatusCounts, always: Status[]): string {
  return COUNT_ORDER.filter((s) => always.includes(s) || counts[s] > 0)
    .map((s) => `${s}${counts[s]}项`)
    .join('，');
}

export function countsEn(counts: StatusCounts, always: Status[]): string {
  return COUNT_ORDER.filter((s) => always.includes(s) || counts[s] > 0)
    .map((s) => `${counts[s]} ${COUNT_EN[s]}`)
    .join(', ');
}

function deadlineZh(month: number): string {
  return month === 12 ? '年底前' : `${month}月底前`;
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

/** Words for a signed growth rate: "增长6.1%" / "下降2.5%". */
function rateZh(rate: number): string {
  return rate < 0 ? `下降${fmtPoints(rate)}%` : `增长${fmtPoints(rate)}%`;
}

function rateEn(rate: number): string {
  return rate < 0 ? `down ${fmtPoints(rate)}%` : `up ${fmtPoints(rate)}%`;
}

/** The target as the plan states it: "3.2万亩", "2-3个", "7%左右", "4%以内". */
export function targetZh(ind: Pick<Indicator, 'unit' | 'value' | 'max' | 'comparator'>): string {
  const u = ind.unit;
  const v = ind.value ?? 0;
  if (ind.comparator === 'between') return `${fmtFigure(v)}-${fmtFigure(ind.max ?? v)}${u}`;
  if (ind.comparator === 'approx') return `${withUnit(v, u)}左右`;
  if (ind.comparator === '<=') return `${withUnit(v, u)}以内`;
  return withUnit(v, u);
}

function targetEn(ind: Indicator): string {
  const u = ind.unit;
  const v = ind.value ?? 0;
  if (ind.comparator === 'between') return `${fmtFigure(v)}-${fmtFigure(ind.max ?? v)}${u}`;
  if (ind.comparator === 'approx') return `about ${withUnit(v, u)}`;
  if (ind.comparator === '<=') return `at most ${withUnit(v, u)}`;
  return withUnit(v, u);
}

function milestoneClause(c: ClauseInput): { zh: string; en: string } {
  const { ind, evaluation, month } = c;
  const name = ind.name;
  const due = c.deadline ?? 12;
  if (evaluation.status === '已完成') {
    if (ind.recurring) return { zh: `${name}本月已完成`, en: `${name}: done this month` };
    const m = c.doneMonth ?? month;
    return { zh: `${name}已于${m}月完成`, en: `${name}: done in ${monthEn(m)}` };
  }
  if (evaluation.status === '逾期') {
    if (ind.recurring) return { zh: `${name}本月未完成`, en: `${name}: not done this month` };
    return {
      zh: `${name}（要求${deadlineZh(due)}完成）逾期未完成`,
      en: `${name}: overdue (due ${deadlineEn(due)})`,
    };
  }
  if (typeof c.actual === 'string' && c.actual.trim() === '未开始') {
    return { zh: `${name}尚未开始（要求${deadlineZh(due)}完成）`, en: `${name}: not started (due ${deadlineEn(due)})` };
  }
  return { zh: `${name}正在推进（要求${deadlineZh(due)}完成）`, en: `${name}: in progress (due ${deadlineEn(due)})` };
}

function rateClause(c: ClauseInput, rate: number): { zh: string; en: string } {
  const { ind, evaluation } = c;
  const gap = evaluation.gapPp ?? 0;
  // "农业增加值增长" + "增长13%" would repeat the verb: say "农业增加值增长13%"; likewise
  // "营收增长（百易）" says "营收（百易）增长19%".
  const stem = ind.name.replace(/(增长|增速|增幅|下降|降幅)(（[^（）]*）|\([^()]*\))?$/, '$2');
  const head = { zh: `${stem}${rateZh(rate)}`, en: `${ind.name}: ${rateEn(rate)}` };
  const adj = c.adjusted ? '调整后' : '';
  const adjEn = c.adjusted ? 'adjusted ' : '';
  const target = `${adj}${ind.direction === 'decrease' ? '下降' : '增长'}${targetZh(ind)}`;
  const targetE = `${adjEn}${ind.direction === 'decrease' ? 'a fall of' : 'growth of'} ${targetEn(ind)}`;
  if (ind.comparator === '<=') {
    if (gap >= 0)
      return { zh: `${head.zh}，控制在目标（${target}）范围内`, en: `${head.en}, within the target (${targetE})` };
    return {
      zh: `${head.zh}，超出目标（${target}）${fmtPoints(gap)}个百分点`,
      en: `${head.en}, ${fmtPoints(gap)} points beyond the target (${targetE})`,
    };
  }
  let zh: string;
  let en: string;
  if (gap > 0) {
    zh = ind.direction === 'decrease' ? `比目标多降${fmtPoints(gap)}个百分点` : `高于目标${fmtPoints(gap)}个百分点`;
    en = `${fmtPoints(gap)} points better than the target (${targetE})`;
  } else if (gap === 0) {
    zh = '达到目标';
    en = `meeting the target (${targetE})`;
  } else {
    zh = `低于目标${fmtPoints(gap)}个百分点`;
    en = `${fmtPoints(gap)} points short of the target (${targetE})`;
  }
  if (evaluation.status === '已完成') {
    zh += '，完成年度目标';
    en += ', annual target reached';
  }
  return { zh: `${head.zh}，${zh}`, en: `${head.en}, ${en}` };
}

function quantityClause(c: ClauseInput, x: number): { zh: string; en: string } {
  const { ind, evaluation } = c;
  const u = ind.unit;
  const v = ind.value ?? 0;
  if (ind.comparator === '<=') {
    if (x <= v)
      return {
        zh: `${ind.name}为${withUnit(x, u)}，控制在目标（${targetZh(ind)}）范围内`,
        en: `${ind.name}: ${withUnit(x, u)}, within the target (${targetEn(ind)})`,
      };
    return {
      zh: `${ind.name}为${withUnit(x, u)}，超出目标上限${withUnit(x - v, u)}`,
      en: `${ind.name}: ${withUnit(x, u)}, ${withUnit(x - v, u)} over the limit (${targetEn(ind)})`,
    };
  }
  if (x === 0 && evaluation.expected === 0 && evaluation.status !== '已完成') {
    // Seasonal rows before their season: nothing planned yet, so nothing is behind.
    return { zh: `${ind.name}按进度安排尚未开始`, en: `${ind.name}: not scheduled to start yet` };
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
  if (evaluation.completion !== null) {
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

/** One indicator's progress clause, without the "截至N月底，" lead and the full stop. */
export function indicatorClause(c: ClauseInput): { zh: string; en: string } {
  if (c.unverified) return { zh: `${c.ind.name}填报数据待核实`, en: `${c.ind.name}: figure to be verified` };
  if (c.ind.kind === 'milestone') return milestoneClause(c);
  if (typeof c.actual !== 'number' || c.evaluation.status === '未填报') {
    return { zh: `${c.ind.name}未填报`, en: `${c.ind.name}: not reported` };
  }
  if (c.ind.kind === 'rate') return rateClause(c, c.actual);
  return quantityClause(c, c.actual);
}

/** A standalone sentence: "截至3月底，粮食生产面积完成2.1万亩，…。" */
export function standaloneSentence(clause: string, month: number): string {
  return `截至${month}月底，${clause}。`;
}

export function standaloneSentenceEn(clause: string, month: number): string {
  return `By the end of ${monthEn(month)}, ${clause}.`;
}
