// A target's name from the words before or after its number: the phrase's bounds, list numbering,
// exhortations and link words trimmed, a counted object's name, paired and inherited names.
import { isChineseNumeral } from './numbers';
import { isClauseEnd, isDigit, isHan, isSpace, longestFirst, shareTail, wordAt, wordEndingAt } from './text';
import { timeAt } from './times';
import { ABSTRACT_OBJECTS, HEAD_VERBS, LEAD_STRIP, NAME_DROP_VERBS, OBJECT_STOPS } from './words';
import type { Hit, QuantityHit, Reading, ScanState, TargetContext, Verdict } from './reading';
import { DE_TARGET, OBJECT_WINDOW, WINDOW, startingFigure, startsNumber } from './reading';

export const LIST_JOINERS = new Set(['、', '和', '与', '及']);

export const SHORT_NAME = 2;

const PAIRED_WORKS = longestFirst(['巩固', '改造', '提质', '优化']);

/** A rate's name that is only its baseline: the figure before it in the sentence is what grows. */
const BASELINE_ONLY = ['同比', '比上年', '较上年', '比去年', '较去年', '比上年同期', '较上年同期', '同期'];

/** Text of [a, b) with leading exhortations and trailing link words removed, as written. */
export function cleanName(ctx: TargetContext, a: number, b: number, dropVerbs = true): string {
  const { s, text } = ctx;
  for (let guard = 0; guard < 12 && a < b; guard++) {
    // An opening quote stays when its closing one is in the name: “专精特新”企业.
    while (a < b && (isSpace(s[a]) || '”"》）()、，'.includes(s[a]) || (OPENERS.has(s[a]) && !closes(s, a, b)))) a++;
    const lead = wordAt(s, a, LEAD_STRIP);
    const w =
      // 高标准 qualifies a noun in 高标准农田 (a name), a verb in 高标准推进 (a manner).
      (lead && !(lead === '高标准' && s.startsWith('农田', a + lead.length)) ? lead : null) ??
      wordAt(s, a, HOLD_LEAD) ??
      // 年底前实现污水处理率…: the due time is the deadline, not the name.
      timeAt(s, a, b) ??
      wordAt(s, a, YEAR_END_LEAD) ??
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

/** 年末金融机构各项贷款余额: the time a level is read at is not its name (milestones read 年底前 as a due month). */
const YEAR_END_LEAD = longestFirst(['年末', '年底']);

function closes(s: string, a: number, b: number): boolean {
  const close = OPENERS.get(s[a]);
  for (let k = a + 1; k < b; k++) if (s[k] === close) return true;
  return false;
}

/** "1." "2、" "3）" "一是" at the start of a name: the list's numbering. */
function listMarkerAt(s: string, a: number, b: number): string | null {
  let c = a;
  while (c < b && c - a < 3 && '一二三四五六七八九十'.includes(s[c])) c++;
  if (c > a && s[c] === '是') return s.slice(a, c + 1);
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
  // The subject's resolve before its verb: 财政总收入力争实现1.2亿元.
  '力争',
  '确保',
  '争取',
  '努力',
  '达到',
  // 居民人均可支配收入全年增长: the year is the plan's, not the indicator's.
  '全年',
  '年内',
  '今年',
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
  const end = a;
  while (a > min && s[a - 1] !== '、' && !(s[a - 1] === '等' && (isDigit(s[a]) || isChineseNumeral(s[a])))) a--;
  // "春节、清明、国庆等重要节点开展专项检查3次": the last example before 等 is not the name either.
  if (s[a - 1] === '、') {
    for (let k = a; k < end && k - a <= 6; k++) {
      if (s[k] === '等' && end - k > 3) return k + 1;
      if (isDigit(s[k]) || isChineseNumeral(s[k])) break;
    }
  }
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
    const stop = wordAt(s, k, OBJECT_STOPS);
    // 巩固提升工程, 改造提升: 提升 is half of the work's own name.
    if (stop === '提升' && wordEndingAt(s, k, PAIRED_WORKS, q)) continue;
    if (stop) {
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

export function listEndsInDe(s: string, from: number): boolean {
  for (let k = from; k < from + 16 && k < s.length; k++) {
    const c = s[k];
    if (isClauseEnd(c) || c === '、') return false;
    if (c === '的') return !wordAt(s, k + 1, DE_TARGET);
  }
  return false;
}

/** Names split for a paired target: "城乡居民人均可支配收入分别增长7.5%、8.5%" -> 城镇…, 农村…. */
export function pairedNames(subject: string, verb: string, n: number): string[] {
  const parts = splitList(subject);
  // "城镇、农村居民人均可支配收入": the last part's tail belongs to every part.
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

/** A name never runs back over another figure, except a qualifier of its own noun: "10亿元以上项目1个". */
export function nameBound(
  ctx: TargetContext,
  hits: Hit[],
  r: Reading,
  prevNumber: Reading | null,
  inherited: number,
): number {
  const { s } = ctx;
  const lastHit = hits[hits.length - 1];
  const hitBound = lastHit && lastHit.afterEnd >= r.cs && lastHit.afterEnd <= r.tok.start ? lastHit.afterEnd : -1;
  let numberBound = -1;
  // 由65.2%提高到66%: the starting figure belongs to this target's phrase.
  const starting =
    prevNumber && startingFigure(s, prevNumber.tok.start - 1, prevNumber.tok.start) < prevNumber.tok.start;
  if (prevNumber && inherited < 0 && !starting) {
    let k = prevNumber.afterEnd;
    while (isSpace(s[k])) k++;
    const noun = prevNumber.following !== 'end' && isHan(s[k]) && !isChineseNumeral(s[k]);
    // "集体经济收入10万元以上的村": what the qualifier measures is part of the name too.
    // "投资超5000万元的项目" likewise: 超 qualifies as 以上 does.
    const over = !prevNumber.prefix || OVER.has(prevNumber.prefix);
    const measured = prevNumber.following === 'de' && !prevNumber.verb && over;
    numberBound = measured ? -1 : noun ? prevNumber.tok.start : prevNumber.afterEnd;
  }
  return Math.max(hitBound, numberBound);
}

const OVER = new Set(['超', '超过', '逾']);

export interface Naming {
  name: string;
  /** The name without its growth verb, for the next figure of the sentence to inherit. */
  subject: string | null;
  hold: boolean;
  end: number;
  spanEnd: number;
  /** Nothing of its own names the figure (确保增长6%, 力争7%, 春耕前完成一千亩, 上半年完成总量的50%):
   * it restates or schedules the target before it. */
  restates?: boolean;
  /** Where the subject was found when it is in the clause before the figure's: the source starts there. */
  subjectStart?: number;
}

/** Whether a name is only time words and resolve: 春耕前, 上半年, 确保. */
function onlyTime(name: string): boolean {
  let k = 0;
  for (let guard = 0; guard < 6 && k < name.length; guard++) {
    const w = timeAt(name, k, name.length) ?? wordAt(name, k, LEAD_STRIP);
    if (!w) return false;
    k += w.length;
  }
  return k >= name.length;
}

/** A number that counts the object after it: "新建3座污水处理站" -> 新建污水处理站. */
export function headName(ctx: TargetContext, st: ScanState, r: Reading, v: Verdict): Naming | null {
  const { s } = ctx;
  const { nameEnd, spanEnd } = objectSpan(ctx, r);
  let q = r.afterEnd;
  while (isSpace(s[q])) q++;
  let end = nameEnd;
  if (v.wholeObject) {
    end = ctx.bounds.clauseEnd[q];
    while (end > q && end - q > OBJECT_WINDOW) end--;
  }
  let rawObject = cleanObject(ctx, q, end);
  if (!rawObject || ABSTRACT_OBJECTS.some((w) => s.startsWith(w, q))) return null;
  // "推进老旧小区改造，完成8个小区…": a bare noun is named by the work the sentence opened with.
  if (rawObject.length <= 2 && !r.tok.chinese) rawObject = workBefore(ctx, r, rawObject) ?? rawObject;
  if (r.tok.chinese && rawObject.length < 2) return null;
  const verb = r.verb ?? v.governing ?? (r.afterList && st.prevHeadVerb ? st.prevHeadVerb.verb : null);
  const keep = verb && !NAME_DROP_VERBS.has(verb) && !DROP_VERBS.includes(verb) ? verb : '';
  // 对8条沟渠进行疏通清淤 -> 沟渠疏通清淤.
  const name = keep + objectName(rawObject.replace('进行', ''));
  if (r.verb) st.prevHeadVerb = { clause: r.cs, verb: r.verb };
  return { name, subject: null, hold: false, end: spanEnd, spanEnd };
}

/** The clause before the number's, in its sentence, when it names a work on `noun` (老旧小区改造). */
function workBefore(ctx: TargetContext, r: Reading, noun: string): string | null {
  const { bounds } = ctx;
  const prevEnd = r.cs - 1;
  if (prevEnd <= bounds.sentenceStart[r.tok.start]) return null;
  const prevStart = bounds.clauseStart[prevEnd];
  if (prevEnd - prevStart > WINDOW) return null;
  const phrase = cleanName(ctx, prevStart, prevEnd);
  return phrase.includes(noun) && wordEndingAt(phrase, phrase.length, WORKS) ? phrase : null;
}

const WORKS = longestFirst(['改造', '建设', '整治', '提升', '修缮', '治理']);

/** A number ending its phrase: "粮食生产面积3.2万亩以上" -> 粮食生产面积. */
export function tailName(ctx: TargetContext, hits: Hit[], r: Reading, localPrev: number, rateVerb: boolean): Naming {
  const { s, bounds } = ctx;
  const start = regionStart(ctx, r, localPrev);
  const nameEnd = startingFigure(s, start, r.fenbie ? r.fenbieStart : rateVerb ? r.verbStart : r.prefixStart);
  let name = cleanName(ctx, start, nameEnd);
  let hold = false;
  // "稳定粮食播种面积6.5万亩" holds a level like 稳定在 does.
  for (let k = start; k < nameEnd && !hold; k++) hold = !!wordAt(s, k, HOLD_LEAD);
  // "20万元以上的村达到8个": the amount qualifies the villages counted.
  const de = name.indexOf('的');
  if (de > 0 && /[0-9０-９]/.test(name.slice(0, de))) name = objectName(name);
  // "完成投资3.5亿元": a bare 投资 says too little; keep the verb. A name that is a work of its own
  // (造林, 培训) says enough: "完成造林1.5千亩" -> 造林.
  let restates = !name || onlyTime(name);
  if (name && name.length <= SHORT_NAME && !rateVerb && !HEAD_VERBS.includes(name))
    name = cleanName(ctx, start, nameEnd, false) || name;
  // "开工项目数达到全年计划的60%": a share of the plan -> 开工项目数占全年计划比例.
  if (r.stateRate && s[nameEnd - 1] === '的') {
    const verb = ['达到', '完成', '达'].map((w) => [w, name.lastIndexOf(w)] as const).find(([, k]) => k >= 0);
    if (verb) restates ||= onlyTime(name.slice(0, verb[1]));
    if (verb && verb[1] > 0) name = `${name.slice(0, verb[1])}占${name.slice(verb[1] + verb[0].length)}比例`;
  }
  let subject: string | null = null;
  let subjectStart: number | undefined;
  // 规上工业企业总产值实现翻番: growth of 100%, named as the report's sentence will read it.
  if (r.tok.doubling && name) {
    subject = withoutBaseline(name) || name;
    name = subject + '增长';
  }
  if (rateVerb && !r.fenbie) {
    // A growth rate is named as the report's sentence will read it: the figure and its verb, the
    // baseline (同比, 比上年) being every rate's: 一般公共预算收入同比增长 -> 一般公共预算收入增长.
    // "财政总收入达到20亿元、增幅12%以上": the growth of the figure before it; so for a baseline alone
    // ("完成规上工业产值12亿元，同比增长8%"). "居民人均可支配收入按季度监测，全年增长7%左右": the
    // subject is the previous clause's.
    const own = withoutBaseline(name);
    const inherited = restates || !own;
    const before = inherited ? inheritName(hits, bounds.sentenceStart[r.tok.start]) : null;
    const opened = inherited && !before ? subjectOfClauseBefore(ctx, r.cs) : null;
    if (opened) subjectStart = opened.start;
    subject = inherited ? before || opened?.name || '' : own;
    name = (inherited ? subject || name : own) + ctx.text.slice(r.verbStart, r.verbStart + r.verb!.length);
  }
  return { name, subject, hold, end: r.afterEnd, spanEnd: r.afterEnd, restates, subjectStart };
}

/** The name without a trailing baseline (同比, 比上年); '' when the name is only one. */
function withoutBaseline(name: string): string {
  const w = BASELINE_ONLY.find((b) => name.endsWith(b));
  return w ? name.slice(0, -w.length).trim() : name;
}

/** Nouns an indicator's name ends with: 收入, 增加值, 零售总额, 投资. */
const INDICATOR_HEADS = longestFirst([
  '收入',
  '产值',
  '总值',
  '增加值',
  '总额',
  '零售额',
  '销售额',
  '交易额',
  '成交额',
  '营收',
  '营业收入',
  '投资',
  '资金',
  '产量',
  '总产',
  '税收',
  '利润',
  '出栏',
  '存栏',
  '出口额',
  '进出口额',
  '用电量',
  '发电量',
  'GDP',
  '生产总值',
]);
/** Where a clause's subject ends: 居民人均可支配收入按季度监测 -> 居民人均可支配收入. */
const PREDICATE_OPENERS = longestFirst([
  '按',
  '实行',
  '每',
  '要',
  '将',
  '力争',
  '确保',
  '继续',
  '持续',
  '保持',
  '稳定',
]);

/** The indicator the clause before `cs` in its sentence is about, when it opens with one (its name
 * ends with an indicator noun): "居民人均可支配收入按季度监测，全年增长7%左右" -> 居民人均可支配收入. */
export function subjectOfClauseBefore(ctx: TargetContext, cs: number): { name: string; start: number } | null {
  const { s, bounds } = ctx;
  let prevEnd = cs - 1;
  if (prevEnd <= bounds.sentenceStart[cs] || !'，,；;'.includes(s[prevEnd] ?? '')) return null;
  const prevStart = bounds.clauseStart[prevEnd - 1];
  if (prevEnd - prevStart > WINDOW) return null;
  let cut = prevEnd;
  for (let k = prevStart + 2; k < prevEnd; k++) {
    if (wordAt(s, k, PREDICATE_OPENERS)) {
      cut = k;
      break;
    }
  }
  // The last indicator noun before the cut ends the subject: 规上工业增加值稳中有进 -> 规上工业增加值.
  for (prevEnd = cut; prevEnd > prevStart + 1; prevEnd--) {
    if (wordEndingAt(s, prevEnd, INDICATOR_HEADS, prevStart)) {
      const name = cleanName(ctx, prevStart, prevEnd);
      return name.length >= 2 ? { name, start: prevStart } : null;
    }
  }
  return null;
}

function cleanObject(ctx: TargetContext, a: number, b: number): string {
  const { s, text } = ctx;
  while (b > a && (isSpace(s[b - 1]) || '“”"《》（(、'.includes(s[b - 1]))) b--;
  return text.slice(a, b).trim();
}

export function inheritName(
  hits: Array<QuantityHit & { sentence: number; subject: string }>,
  sentence: number,
): string | null {
  const prev = hits[hits.length - 1];
  return prev && prev.sentence === sentence ? prev.subject : null;
}

/** Verbs that need an object (造林 is a work of its own). */
const WORKS_ON = new Set([
  '改造提升',
  '提升改造',
  '改造',
  '提升',
  '新建',
  '改建',
  '扩建',
  '改扩建',
  '新改扩建',
  '维修',
  '修缮',
]);

/** "新建高标准农田1500亩、改造提升800亩": a verb alone in a list works on the object before it. */
export function verbOnObject(hits: Array<QuantityHit & { sentence: number }>, sentence: number, name: string): string {
  const prev = hits[hits.length - 1];
  if (!WORKS_ON.has(name) || !prev || prev.sentence !== sentence) return name;
  const verb = wordAt(prev.name, 0, HEAD_VERBS);
  return verb && prev.name.length - verb.length >= 2 ? name + prev.name.slice(verb.length) : name;
}

/** "粮食生产面积3.2万亩以上、产量1.25亿斤以上": 产量 -> 粮食产量. */
export function prefixShortName(
  hits: Array<QuantityHit & { sentence: number }>,
  sentence: number,
  name: string,
  listed = false,
): string {
  const prev = hits[hits.length - 1];
  // 造林 is a work of its own. A verb (新建 of 新建高标准农田) carries only along a list: "维修泵站42台、
  // 涵闸30处" -> 维修涵闸.
  if (!prev || prev.sentence !== sentence || prev.name.length < 4 || HEAD_VERBS.includes(name)) return name;
  // "早稻种植面积1.2万亩、晚稻1.5万亩": a parallel subject (早稻/晚稻) takes the measure after it.
  const k = name.length;
  if (listed && prev.name.length > k + 1 && prev.name[k - 1] === name[k - 1] && !prev.name.startsWith(name))
    return name + prev.name.slice(k);
  const head = prev.name.slice(0, 2);
  if (!listed && wordAt(prev.name, 0, HEAD_VERBS)) return name;
  return name.startsWith(head) ? name : head + name;
}
