// Extraction: a work report's text -> candidate targets for the user to review, and a draft plan.
// Pure and linear in the text's length: characters are scanned once and every look around a number
// or a clause is bounded; no regular expression runs over the report.
//
// How a figure is read (targets.ts): a number needs a unit (个 亩 万亩 亿斤 % 个百分点 …). It is a
// target when the words around it say so: a comparator (以上 不少于 突破 以内 控制在 左右 …), a growth
// verb (增长 下降 …), a verb counting its object right before it (新建一个农贸市场), or a clause about
// the year's work ending with it (新造油茶林800亩). It is not when it qualifies a noun (投资5000万元
// 以上的项目, 500亩富硒基地 after another count), sits in quotes (“十四五” “1217”), is an ordinal,
// a year, a date, a code (G105, 5G), a duration, the past (已, 去年, 目前), another year's goal
// (到2027年), or lies in a review section (工作回顾). Choices:
// - "2-3个以上" is between 2 and 3: 以上 restates the range's floor.
// - % targets are rates, 稳定在/保持在 (and per-unit figures such as 微克/立方米) levels, the rest
//   cumulative; rates of a state (覆盖率, 达标率, 人口自然增长率 in ‰, 计划的60%) levels; milestones
//   milestone. The name corrects the wording: a flow held (粮食产量稳定在, 产值, 收入, 出栏) stays
//   cumulative, a stock (保有量, 存栏, 余额) is a level, 增速保持在 a rate. A milestone without a time is
//   due in December; a quantity keeps null unless a month or season is named (times.ts).
// - Scaled units stay as written with their scale (1.5千亩, 3.2万亩: plan/units knows 千 and 万).
// - A figure with no name of its own that restates or schedules the target before it in the sentence
//   (确保增长6%、力争7%; 春耕前完成一千亩; 上半年完成总量的50%) is folded into that target's source.
// - Tasks on a cycle (每月, 每周, 每月至少2次) are recurring milestones; 每季度/每半年 ones recur in
//   their months (reportMonths).
// - A 其中 figure is a part of the figure before it in the sentence (partOf).
// - 分别增长a%、b%以上 gives one candidate per figure; a trailing comparator covers them all.
import { findMilestones } from './milestones';
import { isChineseNumeral, scanNumbers } from './numbers';
import { reportYearOf, sectionAt, sectionsOf, yearMentions } from './sections';
import { findQuantities } from './targets';
import type { TargetContext } from './reading';
import { computeBounds, isDigit, isSpace, lexicon, normalize, quoteMask, wordAt } from './text';
import type { Candidate, ReportSection, SourceSpan } from './types';

/** A bottom line's count unit when the report names none: 起 (occurrences). */
export const BOTTOM_LINE_UNIT = '起';

/** What a bottom line's event is counted in: 返贫 in 户 (households), deaths in 人, the rest in 起. */
export function bottomLineUnit(name: string): string {
  if (/返贫|致贫/.test(name)) return '户';
  if (/死亡|伤亡|溺亡/.test(name)) return '人';
  return BOTTOM_LINE_UNIT;
}

export type { Candidate, ReportSection, SourceSpan } from './types';
export { detectReportYear, detectSections } from './sections';
export { candidatesToPlan, type DraftPlanOptions } from './plan';
export { detectUnitName } from './unit';

/** Paragraphs that open a review of past work. */
const REVIEW_OPENERS = lexicon(['过去一年', '过去的一年', '一年来', '回顾']);

function skipMask(s: string, sections: ReportSection[], reportYear: number | null): Uint8Array {
  const mask = new Uint8Array(s.length + 1);
  for (const sec of sections) if (sec.skipped) mask.fill(1, sec.start, sec.end);
  let ls = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    if (i === s.length || c === 10 || c === 13) {
      let p = ls;
      while (p < i && isSpace(s[p])) p++;
      const lastYear =
        reportYear !== null && s.startsWith(`${reportYear - 1}年`, p) && '，,是'.includes(s[p + 5] ?? '');
      if (wordAt(s, p, REVIEW_OPENERS) || lastYear) mask.fill(1, ls, i);
      ls = i + 1;
    }
  }
  return mask;
}

const LINE_CLOSERS = new Set('。！？；：!?;:，,、…”"’）)》'.split(''));

/** Text copied from a PDF breaks lines inside sentences ("完成地区生产总值\n12\n亿元，增长\n5%"):
 * such breaks become spaces (same length, so indices hold). A line that ends with punctuation,
 * a heading, a blank line or a list item ("1." "（2）") still ends its sentence. */
function joinSoftBreaks(s: string, sections: ReportSection[]): string {
  const headings = new Set(sections.map((x) => x.start));
  const out: string[] = [];
  let from = 0;
  let lineStart = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const brk = i;
    let next = i + 1;
    if (c === 13 && s.charCodeAt(next) === 10) next++;
    let last = brk - 1;
    while (last >= lineStart && isSpace(s[last])) last--;
    let first = next;
    while (first < s.length && isSpace(s[first])) first++;
    const soft =
      last >= lineStart &&
      !LINE_CLOSERS.has(s[last]) &&
      !headings.has(firstNonSpace(s, lineStart)) &&
      first < s.length &&
      s[first] !== '\n' &&
      s[first] !== '\r' &&
      !headings.has(first) &&
      !startsListItem(s, first);
    if (soft) {
      out.push(s.slice(from, brk), ' '.repeat(next - brk));
      from = next;
    }
    lineStart = next;
    i = next - 1;
  }
  if (!out.length) return s;
  out.push(s.slice(from));
  return out.join('');
}

function firstNonSpace(s: string, k: number): number {
  while (k < s.length && isSpace(s[k])) k++;
  return k;
}

/** "1." "2、" "（3）" "(4)" "一是" at a line start. */
function startsListItem(s: string, k: number): boolean {
  const c = s[k];
  if (c === '（' || c === '(' || c === '•' || c === '·') return true;
  let j = k;
  while (j < s.length && j - k < 3 && (isDigit(s[j]) || isChineseNumeral(s[j]))) j++;
  if (j === k) return false;
  // "18.5亿元" starts with a number, not with the list item "18.".
  if ((s[j] === '.' || s[j] === '．') && isDigit(s[j + 1])) return false;
  return '.、．)）'.includes(s[j] ?? '') || s[j] === '是';
}

/** Candidate targets in report order: quantities (a number, unit and comparator) and milestones. */
export function extractTargets(text: string): Candidate[] {
  if (!text) return [];
  const normal = normalize(text);
  const sections = sectionsOf(normal, text);
  const reportYear = reportYearOf(normal);
  const mask = skipMask(normal, sections, reportYear);
  const s = joinSoftBreaks(normal, sections);
  const ctx: TargetContext = {
    s,
    text,
    bounds: computeBounds(s),
    quoted: quoteMask(s),
    tokens: scanNumbers(s),
    years: yearMentions(s).map((y) => ({ year: y.year, start: y.start })),
    reportYear,
    skipped: (pos) => mask[pos] === 1,
  };
  const { hits: quantities, folded } = findQuantities(ctx);
  const milestones = findMilestones(
    ctx,
    [...quantities.map((q) => q.tokenStart), ...folded].sort((a, b) => a - b),
    quantities,
  );
  const span = (start: number, end: number): SourceSpan => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end, text: text.slice(start, end) };
  };
  const section = (pos: number) => sectionAt(sections, pos)?.id ?? null;
  const out: Array<Candidate & { order: number }> = [];
  const sources = quantities.map((q) => span(q.start, q.end));
  quantities.forEach((q, k) => {
    out.push({
      kind: 'quantity',
      name: q.name,
      section: section(q.tokenStart),
      value: q.value,
      max: q.max,
      unit: q.unit,
      comparator: q.comparator,
      direction: q.direction,
      deadlineMonth: q.deadlineMonth,
      deadlineNote: q.deadlineNote,
      partOf: q.partOf === null ? null : sources[q.partOf].start,
      recurring: false,
      reportMonths: q.reportMonths,
      ...(q.baseline != null ? { baseline: q.baseline } : {}),
      suggestedKind: q.suggestedKind,
      source: sources[k],
      order: q.tokenStart,
    });
  });
  for (const m of milestones) {
    if (m.bottomLine) {
      // Not a dated milestone: a count of occurrences the office reports each month, 0 when none.
      out.push({
        kind: 'quantity',
        name: m.name,
        section: section(m.start),
        value: 0,
        max: null,
        unit: bottomLineUnit(m.name),
        comparator: '<=',
        direction: null,
        deadlineMonth: null,
        deadlineNote: null,
        partOf: null,
        recurring: false,
        bottomLine: true,
        suggestedKind: 'cumulative',
        source: span(m.start, m.end),
        order: m.start,
      });
      continue;
    }
    out.push({
      kind: 'milestone',
      name: m.name,
      section: section(m.start),
      value: null,
      max: null,
      unit: '',
      comparator: '>=',
      direction: null,
      deadlineMonth: m.deadlineMonth,
      deadlineNote: m.deadlineNote,
      partOf: null,
      recurring: m.recurring,
      reportMonths: m.reportMonths,
      suggestedKind: 'milestone',
      source: span(m.start, m.end),
      order: m.start,
    });
  }
  out.sort((x, y) => x.order - y.order);
  return out.map(({ order: _order, ...c }) => c);
}

/** The whole sentence around a candidate's phrase, for showing it beside the candidate. */
export function sourceSentence(text: string, source: Pick<SourceSpan, 'start' | 'end'>): SourceSpan {
  const ends = '。！？；!?;\n\r';
  let a = Math.max(0, Math.min(source.start, text.length));
  let b = Math.max(a, Math.min(source.end, text.length));
  // Bounded: a sentence longer than this is shown in part.
  const LIMIT = 300;
  const minA = Math.max(0, a - LIMIT);
  while (a > minA && !ends.includes(text[a - 1])) a--;
  const maxB = Math.min(text.length, b + LIMIT);
  while (b < maxB && !ends.includes(text[b])) b++;
  if (b < text.length && ends.includes(text[b]) && text[b] !== '\n' && text[b] !== '\r') b++;
  while (a < b && /\s/.test(text[a])) a++;
  return { start: a, end: b, text: text.slice(a, b) };
}
