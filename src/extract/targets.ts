// Quantitative targets: a number with a unit, judged by the words around it. Every look around a
// number is bounded (a clause at most WINDOW characters back), so the whole pass is linear.
import type { Comparator, IndicatorKind, Message } from '../plan';
import type { NumberToken } from './numbers';
import { isChineseNumeral } from './numbers';
import type { Bounds } from './text';
import {
  isClauseEnd,
  isDigit,
  isHan,
  isSpace,
  lastWordEnds,
  longestFirst,
  shareTail,
  withoutMarks,
  wordAt,
  wordEndingAt,
} from './text';
import { figureMonth } from './times';
import {
  ABOUT_AFTER,
  ABOUT_BEFORE,
  ABSTRACT_OBJECTS,
  AT_LEAST_AFTER,
  AT_MOST_AFTER,
  AT_MOST_BEFORE,
  BASELINE_BEFORE,
  DECREASE_VERBS,
  FILLERS,
  GOAL_INTROS,
  HEAD_VERBS,
  HOLD_BEFORE,
  LEAD_STRIP,
  NAME_DROP_VERBS,
  OBJECT_STOPS,
  PAST_MARKERS,
  PREFIX_COMPARATORS,
  RATE_VERBS,
  SUFFIX_COMPARATORS,
  TAIL_GATES,
} from './words';

/** How far back from a number its name and context are read. */
const WINDOW = 40;
/** How far forward a counted object's name is read. */
const OBJECT_WINDOW = 24;

const VERBS = longestFirst([...HEAD_VERBS, ...RATE_VERBS]);
const GATES = longestFirst(TAIL_GATES);
const PERCENT_UNITS = new Set(['%', '‰', '个百分点', '百分点']);
const DE_TARGET = longestFirst(['目标任务', '目标', '任务', '水平', '增长', '增幅']);
const LIST_JOINERS = new Set(['、', '和', '与', '及']);
const SHORT_NAME = 2;

export interface QuantityHit {
  tokenStart: number;
  /** Where the phrase carrying the target begins and ends. */
  start: number;
  end: number;
  name: string;
  value: number;
  max: number | null;
  unit: string;
  comparator: Comparator;
  direction: 'decrease' | null;
  suggestedKind: IndicatorKind;
  deadlineMonth: number | null;
  deadlineNote: Message | null;
  /** Index (among the hits) of the whole a 其中 part belongs to. */
  partOf: number | null;
}

export interface TargetContext {
  s: string;
  text: string;
  bounds: Bounds;
  quoted: Uint8Array;
  tokens: NumberToken[];
  /** Years mentioned, for long-term and past sentences. */
  years: Array<{ year: number; start: number }>;
  reportYear: number | null;
  /** True where a position lies in a skipped (review) section. */
  skipped: (pos: number) => boolean;
}

type Following = 'end' | 'de' | 'object';

interface Reading {
  tok: NumberToken;
  cs: number;
  prefix: string | null;
  prefixStart: number;
  verb: string | null;
  verbStart: number;
  fenbie: boolean;
  fenbieStart: number;
  afterDeng: boolean;
  afterList: boolean;
  suffix: string | null;
  afterEnd: number;
  following: Following;
  rate: boolean;
  /** A % right after a rate of a state (覆盖率, 达标率, 占比), with no growth verb: a level. */
  stateRate: boolean;
}

function read(ctx: TargetContext, tok: NumberToken): Reading {
  const { s, bounds } = ctx;
  const cs = bounds.clauseStart[tok.start];
  const min = Math.max(cs, tok.start - WINDOW);
  let p = tok.start;
  while (p > min && isSpace(s[p - 1])) p--;
  // 至少有1人: 有 may stand between a comparator and its number.
  const you = s[p - 1] === '有' && wordEndingAt(s, p - 1, PREFIX_COMPARATORS, min) ? 1 : 0;
  const prefix = wordEndingAt(s, p - you, PREFIX_COMPARATORS, min);
  const prefixStart = prefix ? p - you - prefix.length : p;
  p = prefixStart;
  let verb = wordEndingAt(s, p, VERBS, min);
  // 完成好3017亩, 共计: a filler may sit between the verb and its number (抓好 is a verb itself).
  for (let k = 0; k < 2 && !verb; k++) {
    const f = wordEndingAt(s, p, FILLERS, min);
    // 分别 belongs before the verb (分别增长), not between verb and number.
    if (!f || f === '分别') break;
    p -= f.length;
    verb = wordEndingAt(s, p, VERBS, min);
  }
  const verbStart = verb ? p - verb.length : p;
  const fenbie = !!verb && s.startsWith('分别', verbStart - 2) && verbStart - 2 >= min;
  const afterDeng = !verb && !prefix && s[p - 1] === '等';
  const afterList = !verb && !prefix && LIST_JOINERS.has(s[p - 1]);
  let q = tok.unitEnd;
  while (isSpace(s[q])) q++;
  const suffix = wordAt(s, q, SUFFIX_COMPARATORS);
  if (suffix) q += suffix.length;
  const afterEnd = suffix ? q : tok.unitEnd;
  while (isSpace(s[q])) q++;
  const c = s[q];
  let following: Following = 'object';
  if (isClauseEnd(c) || c === '、' || c === '）' || c === ')' || c === '（' || c === '(' || c === '”' || c === '"')
    following = 'end';
  else if (c === '的') following = wordAt(s, q + 1, DE_TARGET) ? 'end' : 'de';
  // "总投资3亿元、占地200亩的项目": a list of figures ending in 的 describes its noun.
  if (following === 'end' && c === '、' && listEndsInDe(s, q + 1)) following = 'de';
  else if (LIST_JOINERS.has(c) && (isDigit(s[q + 1]) || isChineseNumeral(s[q + 1]))) following = 'end';
  const rate = PERCENT_UNITS.has(tok.unit);
  let k = verb ? verbStart : prefixStart;
  while (k > min && isSpace(s[k - 1])) k--;
  const stateRate =
    tok.unit === '%' &&
    !(verb && RATE_VERBS.includes(verb)) &&
    !!wordEndingAt(s, k, STATE_RATES, min) &&
    !wordEndingAt(s, k, GROWTH_RATES, min);
  return {
    tok,
    cs,
    prefix,
    prefixStart,
    verb,
    verbStart,
    fenbie,
    fenbieStart: fenbie ? verbStart - 2 : verbStart,
    afterDeng,
    afterList,
    suffix,
    afterEnd,
    following,
    rate,
    stateRate,
  };
}

/** Nouns of a state measured in %: 覆盖率, 达标率, 占比. */
const STATE_RATES = longestFirst(['率', '占比', '比例', '比重', '覆盖面']);
const GROWTH_RATES = longestFirst(['增长率', '下降率', '利率', '增长', '增速', '增幅']);

/** Text of [a, b) with leading exhortations and trailing link words removed, as written. */
function cleanName(ctx: TargetContext, a: number, b: number, dropVerbs = true): string {
  const { s, text } = ctx;
  for (let guard = 0; guard < 12 && a < b; guard++) {
    // An opening quote stays when its closing one is in the name: “专精特新”企业.
    while (a < b && (isSpace(s[a]) || '”"》）()、，'.includes(s[a]) || (OPENERS.has(s[a]) && !closes(s, a, b)))) a++;
    const w =
      wordAt(s, a, LEAD_STRIP) ??
      wordAt(s, a, HOLD_LEAD) ??
      (dropVerbs ? dropVerbAt(s, a) : null) ??
      listMarkerAt(s, a, b);
    // May strip to nothing: "确保增长7%" has no subject of its own.
    if (!w || a + w.length > b) break;
    a += w.length;
  }
  for (let guard = 0; guard < 6 && b > a; guard++) {
    while (b > a && (isSpace(s[b - 1]) || '“”"《》（(、，'.includes(s[b - 1]))) b--;
    let w = wordEndingAt(s, b, TRAILING_LINKS, a);
    // 均 ends "…收入均达到" but belongs to 年均 and 人均.
    if (!w && s[b - 1] === '均' && !'年人平'.includes(s[b - 2] ?? '')) w = '均';
    if (!w || b - w.length <= a) break;
    b -= w.length;
  }
  return text.slice(a, b).trim();
}

const OPENERS = new Map([
  ['“', '”'],
  ['《', '》'],
  ['（', '）'],
]);
const HOLD_LEAD = longestFirst(['稳定', '保持', '稳住']);

function closes(s: string, a: number, b: number): boolean {
  const close = OPENERS.get(s[a]);
  for (let k = a + 1; k < b; k++) if (s[k] === close) return true;
  return false;
}

/** "1." "2、" "3）" at the start of a name: the list's numbering. */
function listMarkerAt(s: string, a: number, b: number): string | null {
  let j = a;
  while (j < b && j - a < 3 && isDigit(s[j])) j++;
  return j > a && '.、．)）'.includes(s[j] ?? '') ? s.slice(a, j + 1) : null;
}

/** Words a name never ends with: "财政总收入完成1.2亿元" -> 财政总收入. */
const TRAILING_LINKS = longestFirst([
  '全部',
  '分别',
  '的',
  '为',
  '达',
  '在',
  '共',
  '约',
  '是',
  '要',
  '都',
  '完成',
  '完成好',
  '实现',
  '达到',
]);
const DROP_VERBS = longestFirst([...NAME_DROP_VERBS, '完成好']);

function dropVerbAt(s: string, a: number): string | null {
  return wordAt(s, a, DROP_VERBS);
}

/** The start of the phrase that names the number: after the clause start, a 、 or the previous
 * number (with its unit) in the clause, whichever is last. */
function regionStart(ctx: TargetContext, r: Reading, prevEnd: number): number {
  const { s } = ctx;
  const min = Math.max(r.cs, r.tok.start - WINDOW, prevEnd);
  let a = r.fenbie ? r.fenbieStart : r.verb ? r.verbStart : r.prefixStart;
  // 百易、莲池…等5家规上企业营收: the examples before 等 are not the name.
  while (a > min && s[a - 1] !== '、' && !(s[a - 1] === '等' && (isDigit(s[a]) || isChineseNumeral(s[a])))) a--;
  return a;
}

/** "投资5000万元以上的农业招商项目" -> "农业招商项目（投资5000万元以上）". */
function objectName(raw: string): string {
  const de = raw.lastIndexOf('的');
  if (de > 0 && de < raw.length - 1) return `${raw.slice(de + 1)}（${raw.slice(0, de)}）`;
  return raw;
}

function objectSpan(ctx: TargetContext, r: Reading): { nameEnd: number; spanEnd: number } {
  const { s, bounds } = ctx;
  let q = r.afterEnd;
  while (isSpace(s[q])) q++;
  const limit = Math.min(bounds.clauseEnd[q] ?? s.length, q + OBJECT_WINDOW);
  let e = q;
  while (e < limit && s[e] !== '、' && !(LIST_JOINERS.has(s[e]) && startsNumber(s, e + 1))) e++;
  let nameEnd = e;
  for (let k = q + 2; k < e; k++) {
    if (wordAt(s, k, OBJECT_STOPS)) {
      nameEnd = k;
      break;
    }
  }
  // The clause's rest: a later target in it makes this number a qualifier of that target's subject.
  let spanEnd = q;
  const clauseEnd = bounds.clauseEnd[q] ?? s.length;
  while (
    spanEnd < clauseEnd &&
    spanEnd - q < WINDOW * 2 &&
    s[spanEnd] !== '、' &&
    !(LIST_JOINERS.has(s[spanEnd]) && startsNumber(s, spanEnd + 1))
  )
    spanEnd++;
  return { nameEnd, spanEnd };
}

function listEndsInDe(s: string, from: number): boolean {
  for (let k = from; k < from + 16 && k < s.length; k++) {
    const c = s[k];
    if (isClauseEnd(c) || c === '、') return false;
    if (c === '的') return !wordAt(s, k + 1, DE_TARGET);
  }
  return false;
}

function startsNumber(s: string, k: number): boolean {
  return isDigit(s[k]) || isChineseNumeral(s[k]);
}

function comparatorOf(r: Reading): Comparator {
  const { prefix, suffix, tok } = r;
  if (suffix && ABOUT_AFTER.includes(suffix)) return 'approx';
  if (prefix && ABOUT_BEFORE.includes(prefix)) return 'approx';
  if ((suffix && AT_MOST_AFTER.includes(suffix)) || (prefix && AT_MOST_BEFORE.includes(prefix))) return '<=';
  if (suffix && AT_LEAST_AFTER.includes(suffix)) return '>=';
  if (tok.max !== null) return 'between';
  return '>=';
}

function hasPast(ctx: TargetContext, r: Reading): boolean {
  const { s } = ctx;
  const min = Math.max(r.cs, r.tok.start - WINDOW);
  for (let k = min; k < r.tok.start; k++) {
    const w = wordAt(s, k, PAST_MARKERS);
    if (w && !BASELINE_BEFORE.includes(s[k - 1])) {
      // 已 inside 而已/不已 is not the past.
      if (w === '已' && (s[k - 1] === '而' || s[k - 1] === '不')) continue;
      return true;
    }
  }
  return false;
}

/** A sentence about another year: "到2025年…" (long-term) or "2022年，…" (the past). */
function otherYear(ctx: TargetContext, pos: number): boolean {
  if (ctx.reportYear === null) return false;
  const ss = ctx.bounds.sentenceStart[pos];
  for (const y of yearsBetween(ctx, ss, pos)) {
    if (y.year > ctx.reportYear) return true;
    if (y.year < ctx.reportYear && !BASELINE_BEFORE.includes(ctx.s[y.start - 1])) return true;
  }
  return false;
}

function yearsBetween(ctx: TargetContext, a: number, b: number): Array<{ year: number; start: number }> {
  const ys = ctx.years;
  let lo = 0;
  let hi = ys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ys[mid].start < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Array<{ year: number; start: number }> = [];
  for (let k = lo; k < ys.length && ys[k].start < b && out.length < 8; k++) out.push(ys[k]);
  return out;
}

function kindOf(r: Reading): IndicatorKind {
  // 稳定在27万亩 holds a level; 35微克/立方米 is a concentration, a level too; so is a rate of a state
  // (处理率达到95%, 达标率100%) that no growth verb moves.
  if ((r.prefix && HOLD_BEFORE.includes(r.prefix)) || r.tok.unit.includes('/')) return 'level';
  if (r.stateRate) return 'level';
  if (r.rate) return 'rate';
  return 'cumulative';
}

function directionOf(r: Reading): 'decrease' | null {
  return r.verb && DECREASE_VERBS.includes(r.verb) ? 'decrease' : null;
}

/** Names split for a paired target: "城乡居民人均可支配收入分别增长7.5%、8.5%" -> 城镇…, 农村…. */
function pairedNames(subject: string, verb: string, n: number): string[] {
  const parts = splitList(subject);
  // "城镇、农村居民人均可支配收入": the last part's tail is shared.
  if (parts.length === n) return shareTail(parts).map((p) => p + verb);
  if (n === 2 && subject.startsWith('城乡')) {
    const rest = subject.slice(2);
    return [`城镇${rest}${verb}`, `农村${rest}${verb}`];
  }
  return Array.from({ length: n }, (_, k) => `${subject}${verb}（${k + 1}）`);
}

function splitList(t: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (const ch of t) {
    if (ch === '、' || ch === '和' || ch === '与' || ch === '及') {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) parts.push(cur);
  return parts;
}

interface Hit extends QuantityHit {
  head: boolean;
  spanEnd: number;
  afterEnd: number;
  sentence: number;
  clause: number;
  listed: boolean;
  subject: string;
}

/** What the scan carries from one number to the next. */
interface ScanState {
  hits: Hit[];
  prevHeadVerb: { clause: number; verb: string } | null;
  lastNumber: Reading | null;
  consumed: Set<number>;
  gates: Int32Array;
  intros: Int32Array;
}

/** Find the quantitative targets. */
export function findQuantities(ctx: TargetContext): QuantityHit[] {
  const { s, tokens } = ctx;
  const st: ScanState = {
    hits: [],
    prevHeadVerb: null,
    lastNumber: null,
    consumed: new Set<number>(),
    gates: lastWordEnds(s, GATES),
    intros: lastWordEnds(s, GOAL_INTROS),
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok.unit || st.consumed.has(t)) continue;
    const r = read(ctx, tok);
    const prevNumber = st.lastNumber && st.lastNumber.cs === r.cs ? st.lastNumber : null;
    st.lastNumber = r;
    if (ruledOut(ctx, r)) continue;
    const verdict = judge(ctx, st, r, prevNumber);
    if (!verdict) continue;
    if (r.fenbie) {
      pushPaired(ctx, st, r, t);
      continue;
    }
    const hit = readHit(ctx, st, r, prevNumber, verdict);
    if (hit) st.hits.push(hit);
  }
  return st.hits.map((h) => ({
    tokenStart: h.tokenStart,
    start: h.start,
    end: h.end,
    name: h.name,
    value: h.value,
    max: h.max,
    unit: h.unit,
    comparator: h.comparator,
    direction: h.direction,
    suggestedKind: h.suggestedKind,
    deadlineMonth: h.deadlineMonth,
    deadlineNote: h.deadlineNote,
    partOf: h.partOf,
  }));
}

/** Numbers that are never targets, whatever the words around them: ordinals, durations, slogans,
 * quoted names, qualifiers of a noun, the past, another year. */
function ruledOut(ctx: TargetContext, r: Reading): boolean {
  const { s, quoted } = ctx;
  const tok = r.tok;
  if (quoted[tok.start] || ctx.skipped(tok.start)) return true;
  const before = s[tok.start - 1];
  if (before === '第' || before === '每' || before === '前' || before === '近') return true;
  if (tok.unit === '个' && s[tok.unitEnd] === '月') return true;
  // 一户一档, 一村一品: slogans, not counts.
  if (tok.chinese && tok.value === 1 && s[r.afterEnd] === '一') return true;
  if (r.following === 'de') return true;
  return hasPast(ctx, r) || otherYear(ctx, tok.start);
}

interface Verdict {
  /** The number counts the object after it (新建3座污水处理站). */
  head: boolean;
  /** The verb that governs a counted object further back (实施总投资35亿元的80项工程: 实施). */
  governing: string | null;
  /** The object runs to the end of the clause (…等5个项目开工建设). */
  wholeObject: boolean;
}

/** Whether the number is a target, and how its name is read. */
function judge(ctx: TargetContext, st: ScanState, r: Reading, prevNumber: Reading | null): Verdict | null {
  const { s, bounds } = ctx;
  const tok = r.tok;
  const hasCmp = !!r.prefix || !!r.suffix || tok.more || tok.max !== null;
  const rateVerb = !!r.verb && r.rate && RATE_VERBS.includes(r.verb);
  const headVerb = !!r.verb && HEAD_VERBS.includes(r.verb);
  const gated = st.gates[tok.start] >= r.cs || st.intros[tok.start] >= bounds.lineStart[tok.start];
  const none: Verdict = { head: false, governing: null, wholeObject: false };
  if (r.following === 'end') {
    // A list of figures: "计划投入资金583万元，清洗沟渠108.5公里，…" — after a target in an earlier
    // clause of the sentence, a clause ending with its figure is the list's next item.
    const last = st.hits[st.hits.length - 1];
    const listed = !!last && last.sentence === bounds.sentenceStart[tok.start] && last.clause < r.cs;
    return hasCmp || rateVerb || headVerb || gated || r.stateRate || listed ? none : null;
  }
  // An object follows: only a number right after its verb counts the object.
  if (rateVerb) return none;
  const continuing = r.afterList && st.prevHeadVerb !== null && st.prevHeadVerb.clause === r.cs;
  // 推动2个项目落地: the count is named with what is to happen to it.
  if (headVerb && objectEndsInWork(ctx, r)) return { ...none, head: true, wholeObject: true };
  if (headVerb || (!!r.prefix && !ABOUT_BEFORE.includes(r.prefix)) || continuing) return { ...none, head: true };
  // 推动甲、乙、丙等5个项目开工建设: the count of an enumeration, named with what is to happen to it.
  if (r.afterDeng && (gated || objectEndsInWork(ctx, r))) return { head: true, governing: null, wholeObject: true };
  // 实施总投资35亿元的80项城建重点工程: the verb governs the count past the qualifier.
  const governing = prevNumber && s[r.tok.start - 1] === '的' ? verbBefore(ctx, prevNumber) : null;
  if (governing) return { head: true, governing, wholeObject: false };
  // 对8条沟渠进行疏通清淤: the object of 对…进行 is counted.
  if (objectThenJinxing(ctx, r)) return { head: true, governing: null, wholeObject: true };
  return null;
}

const WORK_ENDS = longestFirst([
  '开工建设',
  '开工',
  '竣工',
  '建成',
  '投产',
  '完工',
  '前期工作',
  '落地',
  '签约',
  '投入使用',
  '提质增效',
]);

function objectEndsInWork(ctx: TargetContext, r: Reading): boolean {
  const end = ctx.bounds.clauseEnd[r.afterEnd];
  return end - r.afterEnd <= OBJECT_WINDOW && !!wordEndingAt(ctx.s, end, WORK_ENDS, r.afterEnd);
}

/** The head verb right before a qualified figure: "实施总投资35亿元的…" -> 实施. */
function verbBefore(ctx: TargetContext, q: Reading): string | null {
  const { s } = ctx;
  let p = q.verb ? q.verbStart : q.prefixStart;
  // 总投资, 投资, 占地: the qualifier's own noun sits between the verb and its figure.
  for (let k = 0; k < 4 && p > q.cs; k++) {
    const v = wordEndingAt(s, p, VERBS, q.cs);
    if (v && HEAD_VERBS.includes(v)) return v;
    p--;
  }
  return null;
}

function objectThenJinxing(ctx: TargetContext, r: Reading): boolean {
  const { s, bounds } = ctx;
  const end = Math.min(bounds.clauseEnd[r.afterEnd], r.afterEnd + OBJECT_WINDOW);
  let k = r.afterEnd;
  while (k < end && !(s[k] === '进' && s[k + 1] === '行')) k++;
  if (k >= end) return false;
  // 对 may open the sentence a few clauses back: "对A至B，C至D等8条共计21.5公里沟渠进行清淤".
  const from = Math.max(bounds.sentenceStart[r.tok.start], r.tok.start - WINDOW * 3);
  for (let j = from; j < r.tok.start; j++) if (s[j] === '对') return true;
  return false;
}

/** The candidate for an accepted number: its name, comparator, kind and due month. */
function readHit(ctx: TargetContext, st: ScanState, r: Reading, prevNumber: Reading | null, v: Verdict): Hit | null {
  const { s, bounds } = ctx;
  const { hits } = st;
  const tok = r.tok;
  const rateVerb = !!r.verb && r.rate && RATE_VERBS.includes(r.verb);
  // A counted object that holds this target is its subject, not a target: in
  // "扶持…等5家规上企业营收增加20%以上" the target is the 20%, not the 5家.
  const open = hits[hits.length - 1];
  let inherited = -1;
  if (open && open.head && tok.start > open.afterEnd && tok.start < open.spanEnd && !r.afterList) {
    hits.pop();
    inherited = open.start;
  }
  const localPrev = nameBound(ctx, hits, r, prevNumber, inherited);

  let named: Naming | null;
  if (v.head) named = headName(ctx, st, r, v);
  else named = tailName(ctx, hits, r, localPrev, rateVerb);
  if (!named) return null;
  let { name } = named;
  const sentence = bounds.sentenceStart[tok.start];
  if (!name) name = inheritName(hits, sentence) ?? '';
  else if (name.length <= SHORT_NAME && !named.subject) name = prefixShortName(hits, sentence, name);
  // A figure with nothing to name it ("…3个以上45%以上") is not a target.
  if (!name) return null;

  // The phrase shown as the source: from the clause start, or after the previous target in it.
  const prevHit = hits[hits.length - 1];
  let start = prevHit && prevHit.afterEnd >= r.cs && prevHit.afterEnd <= tok.start ? prevHit.afterEnd : r.cs;
  while (start < tok.start && (isSpace(s[start]) || s[start] === '、' || LIST_JOINERS.has(s[start]))) start++;
  if (inherited >= 0) start = Math.min(start, inherited);

  const range = rangeOf(r);
  const due = figureMonth(s, Math.max(r.cs, tok.start - WINDOW), tok.start, ctx.reportYear);
  return {
    tokenStart: tok.start,
    start,
    end: named.end,
    name: withoutMarks(name).slice(0, 60),
    ...range,
    unit: tok.unit,
    direction: directionOf(r),
    suggestedKind: named.hold ? 'level' : kindOf(r),
    deadlineMonth: due ? due.month : null,
    deadlineNote: due ? due.note : null,
    partOf: wholeOf(ctx, hits, r),
    head: v.head,
    spanEnd: named.spanEnd,
    afterEnd: r.afterEnd,
    sentence,
    clause: r.cs,
    listed: r.afterList,
    subject: named.subject ?? name,
  };
}

/** A name never runs back over another figure, except a qualifier of its own noun: "10亿元以上项目1个". */
function nameBound(ctx: TargetContext, hits: Hit[], r: Reading, prevNumber: Reading | null, inherited: number): number {
  const { s } = ctx;
  const lastHit = hits[hits.length - 1];
  const hitBound = lastHit && lastHit.afterEnd >= r.cs && lastHit.afterEnd <= r.tok.start ? lastHit.afterEnd : -1;
  let numberBound = -1;
  if (prevNumber && inherited < 0) {
    let k = prevNumber.afterEnd;
    while (isSpace(s[k])) k++;
    const noun = prevNumber.following !== 'end' && isHan(s[k]) && !isChineseNumeral(s[k]);
    numberBound = noun ? prevNumber.tok.start : prevNumber.afterEnd;
  }
  return Math.max(hitBound, numberBound);
}

interface Naming {
  name: string;
  /** The name without its growth verb, for the next figure of the sentence to inherit. */
  subject: string | null;
  hold: boolean;
  end: number;
  spanEnd: number;
}

/** A number that counts the object after it: "新建3座污水处理站" -> 新建污水处理站. */
function headName(ctx: TargetContext, st: ScanState, r: Reading, v: Verdict): Naming | null {
  const { s } = ctx;
  const { nameEnd, spanEnd } = objectSpan(ctx, r);
  let q = r.afterEnd;
  while (isSpace(s[q])) q++;
  let end = nameEnd;
  if (v.wholeObject) {
    end = ctx.bounds.clauseEnd[q];
    while (end > q && end - q > OBJECT_WINDOW) end--;
  }
  const rawObject = cleanObject(ctx, q, end);
  if (!rawObject || ABSTRACT_OBJECTS.some((w) => s.startsWith(w, q))) return null;
  if (r.tok.chinese && rawObject.length < 2) return null;
  const verb = r.verb ?? v.governing ?? (r.afterList && st.prevHeadVerb ? st.prevHeadVerb.verb : null);
  const keep = verb && !NAME_DROP_VERBS.has(verb) && !DROP_VERBS.includes(verb) ? verb : '';
  // 对8条沟渠进行疏通清淤 -> 沟渠疏通清淤.
  const name = keep + objectName(rawObject.replace('进行', ''));
  if (r.verb) st.prevHeadVerb = { clause: r.cs, verb: r.verb };
  return { name, subject: null, hold: false, end: spanEnd, spanEnd };
}

/** A number ending its phrase: "粮食生产面积3.2万亩以上" -> 粮食生产面积. */
function tailName(ctx: TargetContext, hits: Hit[], r: Reading, localPrev: number, rateVerb: boolean): Naming {
  const { s, bounds } = ctx;
  const start = regionStart(ctx, r, localPrev);
  const nameEnd = r.fenbie ? r.fenbieStart : rateVerb ? r.verbStart : r.prefixStart;
  let name = cleanName(ctx, start, nameEnd);
  let hold = false;
  // "稳定粮食播种面积6.5万亩" holds a level like 稳定在 does.
  for (let k = start; k < nameEnd && !hold; k++) hold = !!wordAt(s, k, HOLD_LEAD);
  // "20万元以上的村达到8个": the amount qualifies the villages counted.
  const de = name.indexOf('的');
  if (de > 0 && /[0-9０-９]/.test(name.slice(0, de))) name = objectName(name);
  // "完成投资3.5亿元": a bare 投资 says too little; keep the verb.
  if (name.length <= SHORT_NAME && !rateVerb) name = cleanName(ctx, start, nameEnd, false) || name;
  let subject: string | null = null;
  if (rateVerb && !r.fenbie) {
    // "财政总收入达到20亿元、增幅12%以上": the growth of the figure before it.
    if (!name) name = inheritName(hits, bounds.sentenceStart[r.tok.start]) ?? '';
    subject = name;
    name += ctx.text.slice(r.verbStart, r.verbStart + r.verb!.length);
  }
  return { name, subject, hold, end: r.afterEnd, spanEnd: r.afterEnd };
}

/** Value, max and comparator: "2-3个以上" is between 2 and 3 (以上 restates the range's floor). */
function rangeOf(r: Reading): Pick<QuantityHit, 'value' | 'max' | 'comparator'> {
  let comparator = comparatorOf(r);
  let value = r.tok.value;
  let max = r.tok.max;
  if (max !== null && comparator === '>=' && r.suffix && AT_LEAST_AFTER.includes(r.suffix)) comparator = 'between';
  if (comparator === 'between' && max !== null && max < value) [value, max] = [max, value];
  if (comparator === '<=' && max !== null) value = Math.max(value, max);
  if (comparator !== 'between') max = null;
  if (comparator === 'between' && max === value) {
    comparator = '>=';
    max = null;
  }
  return { value, max, comparator };
}

const QIZHONG = longestFirst(['其中']);

/** A 其中 part ("固定资产投资5亿元，其中工业投资3亿元"): the index of its whole among the hits. */
function wholeOf(ctx: TargetContext, hits: Hit[], r: Reading): number | null {
  const { s } = ctx;
  let k = r.cs;
  while (k < r.tok.start && isSpace(s[k])) k++;
  if (!wordAt(s, k, QIZHONG)) return null;
  for (let h = hits.length - 1; h >= 0 && hits.length - h <= 4; h--) {
    const w = hits[h];
    if (w.clause >= r.cs) continue;
    if (ctx.bounds.sentenceStart[w.tokenStart] !== ctx.bounds.sentenceStart[r.tok.start]) return null;
    if (w.partOf === null && w.unit === r.tok.unit) return h;
  }
  return null;
}

/** 分别增长7.5%、8.5%以上: one candidate per figure, the last comparator shared. */
function pushPaired(ctx: TargetContext, st: ScanState, r: Reading, t: number): void {
  const { s, bounds, tokens } = ctx;
  const prevHit = st.hits[st.hits.length - 1];
  let start = prevHit && prevHit.afterEnd >= r.cs && prevHit.afterEnd <= r.tok.start ? prevHit.afterEnd : r.cs;
  while (start < r.tok.start && (isSpace(s[start]) || s[start] === '、' || LIST_JOINERS.has(s[start]))) start++;
  const group: Reading[] = [r];
  let last = r;
  for (let u = t + 1; u < tokens.length && group.length < 6; u++) {
    const next = tokens[u];
    let gap = last.afterEnd;
    while (isSpace(s[gap])) gap++;
    if (!LIST_JOINERS.has(s[gap]) || next.start !== gap + 1 || !next.unit) break;
    const nr = read(ctx, next);
    group.push(nr);
    st.consumed.add(u);
    last = nr;
  }
  const verb = r.verb ? ctx.text.slice(r.verbStart, r.verbStart + r.verb.length) : '';
  const subject = cleanName(ctx, start, r.fenbieStart);
  const names = pairedNames(subject, verb, group.length);
  const shared = [...group].reverse().find((g) => g.suffix || g.prefix) ?? r;
  const due = figureMonth(s, Math.max(r.cs, r.tok.start - WINDOW), r.tok.start, ctx.reportYear);
  group.forEach((g, k) => {
    const own = g.suffix || g.prefix ? g : shared;
    st.hits.push({
      tokenStart: g.tok.start,
      start,
      end: last.afterEnd,
      name: withoutMarks(names[k]),
      value: g.tok.value,
      max: g.tok.max,
      unit: g.tok.unit,
      comparator: comparatorOf({ ...g, prefix: own.prefix, suffix: own.suffix }),
      direction: directionOf(r),
      suggestedKind: kindOf({ ...g, prefix: r.prefix ?? own.prefix }),
      deadlineMonth: due ? due.month : null,
      deadlineNote: due ? due.note : null,
      partOf: null,
      head: false,
      spanEnd: last.afterEnd,
      afterEnd: g.afterEnd,
      sentence: bounds.sentenceStart[g.tok.start],
      clause: r.cs,
      listed: k > 0,
      subject: names[k],
    });
  });
}

function cleanObject(ctx: TargetContext, a: number, b: number): string {
  const { s, text } = ctx;
  while (b > a && (isSpace(s[b - 1]) || '“”"《》（(、'.includes(s[b - 1]))) b--;
  return text.slice(a, b).trim();
}

function inheritName(
  hits: Array<QuantityHit & { sentence: number; subject: string }>,
  sentence: number,
): string | null {
  const prev = hits[hits.length - 1];
  return prev && prev.sentence === sentence ? prev.subject : null;
}

/** "粮食生产面积3.2万亩以上、产量1.25亿斤以上": 产量 -> 粮食产量. */
function prefixShortName(hits: Array<QuantityHit & { sentence: number }>, sentence: number, name: string): string {
  const prev = hits[hits.length - 1];
  if (!prev || prev.sentence !== sentence || prev.name.length < 4) return name;
  const head = prev.name.slice(0, 2);
  return name.startsWith(head) ? name : head + name;
}
