// Quantitative targets: the scan over a text's numbers, and the verdict on each (a target or not, and
// how it is read). What a number's words say is in reading.ts, how its name is cut in naming.ts.
import { isSpace, lastWordEnds, longestFirst, withoutMarks, wordAt, wordEndingAt } from './text';
import { figureMonth } from './times';
import { isPercentUnit, sameMeasure, unitScale } from '../plan/units';
import { showNumber, tidy } from '../progress/round';
import {
  ABOUT_BEFORE,
  CYCLES,
  DUE_MONTHS,
  GOAL_INTROS,
  HEAD_VERBS,
  NAME_DROP_VERBS,
  RATE_VERBS,
  REPORTED_ON_CYCLE,
} from './words';
import type { Hit, QuantityHit, Reading, ScanState, TargetContext, Verdict } from './reading';
import {
  GATES,
  OBJECT_WINDOW,
  VERBS,
  WINDOW,
  comparatorOf,
  directionOf,
  hasPast,
  kindOfNamed,
  otherYear,
  rangeOf,
  read,
  startingFigure,
  worksArea,
} from './reading';
import {
  LIST_JOINERS,
  type Naming,
  SHORT_NAME,
  cleanName,
  headName,
  inheritName,
  nameBound,
  pairedNames,
  prefixShortName,
  verbOnObject,
  tailName,
} from './naming';

/** Find the quantitative targets, and where figures folded into a target before them stand (their
 * clauses are taken: no milestone is read there). */
export function findQuantities(ctx: TargetContext): { hits: QuantityHit[]; folded: number[] } {
  const { s, tokens } = ctx;
  const st: ScanState = {
    hits: [],
    prevHeadVerb: null,
    lastNumber: null,
    consumed: new Set<number>(),
    folded: [],
    gates: lastWordEnds(s, GATES),
    intros: lastWordEnds(s, GOAL_INTROS),
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (!tok.unit || st.consumed.has(t)) continue;
    const r = read(ctx, tok);
    const prevNumber = st.lastNumber && st.lastNumber.cs === r.cs ? st.lastNumber : null;
    const sentence = ctx.bounds.sentenceStart[tok.start];
    const earlier =
      st.lastNumber && ctx.bounds.sentenceStart[st.lastNumber.tok.start] === sentence ? st.lastNumber : null;
    st.lastNumber = r;
    if (ruledOut(ctx, r)) continue;
    const verdict = judge(ctx, st, r, prevNumber);
    if (!verdict) continue;
    if (r.fenbie) {
      pushPaired(ctx, st, r, t);
      continue;
    }
    const hit = readHit(ctx, st, r, prevNumber, verdict, earlier);
    if (hit) st.hits.push(hit);
  }
  const hits = st.hits.map((h) => ({
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
    reportMonths: h.reportMonths,
    baseline: h.baseline ?? null,
  }));
  return { hits, folded: st.folded };
}

/** Numbers that are never targets, whatever the words around them: ordinals, durations, slogans,
 * quoted names, qualifiers of a noun, the past, another year. */
function ruledOut(ctx: TargetContext, r: Reading): boolean {
  const { s, quoted } = ctx;
  const tok = r.tok;
  if (quoted[tok.start] || ctx.skipped(tok.start)) return true;
  const before = s[tok.start - 1];
  if (before === '第' || before === '每' || before === '前' || before === '近') return true;
  // 由65.2%提高到66%: the starting point is last year's figure.
  if ((before === '由' || before === '从') && startingFigure(s, tok.start - 1, tok.start) === tok.start - 1)
    return true;
  if (tok.unit === '个' && s[tok.unitEnd] === '月') return true;
  // 一户一档, 一村一品: slogans, not counts.
  if (tok.chinese && tok.value === 1 && s[r.afterEnd] === '一') return true;
  if (r.following === 'de') return true;
  if (scopeOrComparison(ctx, r) || perCycle(ctx, r)) return true;
  return hasPast(ctx, r) || otherYear(ctx, tok.start);
}

function perCycle(ctx: TargetContext, r: Reading): boolean {
  for (let k = Math.max(r.cs, r.tok.start - WINDOW); k < r.tok.start; k++) if (wordAt(ctx.s, k, CYCLES)) return true;
  return false;
}

/** Words opening a clause that gives a task's scope: "改造老旧小区12个、涉及住户1860户". */
const SCOPE_OPENERS = longestFirst(['涉及', '惠及', '受益']);
/** A lead over others: "增长6.5%，高于全市平均水平0.5个百分点" compares with a figure the township
 * does not report. */
const LEAD_OVER = longestFirst(['高于', '快于', '高出', '领先', '超出', '低于']);

function scopeOrComparison(ctx: TargetContext, r: Reading): boolean {
  const { s } = ctx;
  // The item of a list the number is in: after the clause start or its last 、.
  let a = r.tok.start;
  while (a > r.cs && r.tok.start - a < WINDOW && s[a - 1] !== '、') a--;
  while (a < r.tok.start && isSpace(s[a])) a++;
  if (wordAt(s, a, SCOPE_OPENERS)) return true;
  if (!r.tok.unit.endsWith('百分点')) return false;
  // Only over a named other (全市平均水平); 低于 right before its number is an at-most bound.
  const own = r.prefix ? r.prefixStart : r.verb ? r.verbStart : r.tok.start;
  for (let k = Math.max(r.cs, r.tok.start - WINDOW); k < own - 2; k++) if (wordAt(s, k, LEAD_OVER)) return true;
  return false;
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
    return hasCmp || rateVerb || headVerb || gated || r.stateRate || listed || tok.doubling ? none : null;
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
function readHit(
  ctx: TargetContext,
  st: ScanState,
  r: Reading,
  prevNumber: Reading | null,
  v: Verdict,
  earlier: Reading | null,
): Hit | null {
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
  // "增长6.5%左右，确保增长6%、力争7%", "新建高标准农田1500亩，春耕前完成一千亩": a restatement or a
  // schedule point of the target before it is shown in that target's source, not drafted again.
  const before = hits[hits.length - 1];
  // "丝苗米种植面积达到1.2万亩，较上年增加2000亩": an increment on the target before it gives that
  // target's 上年基数 (1.0万亩); it is no target of its own, and never one named 较上年增加.
  if (inherited < 0 && before && before.sentence === sentence && incrementClause(s, r.cs, tok.start)) {
    const inc = before.suggestedKind === 'rate' ? null : inUnitOf(tok.value, tok.unit, before.unit);
    if (inc !== null && tok.max === null) {
      before.end = Math.max(before.end, r.afterEnd);
      if (before.comparator !== 'between' && before.value > inc) before.baseline = tidy(before.value - inc);
      // "规上工业企业达到30家，比上年新增3家": a total reached that grows on last year's is a stock.
      if (
        before.suggestedKind === 'cumulative' &&
        REACHED.test(s.slice(before.start, before.tokenStart)) &&
        !worksArea(before.name)
      )
        before.suggestedKind = 'level';
      st.folded.push(tok.start);
      return null;
    }
    if (!r.rate) name = before.subject + name;
  }
  if (named.restates && inherited < 0 && before && before.sentence === sentence) {
    const share = r.stateRate && s[r.tok.start - 1] === '的';
    if (before.unit === tok.unit || share) {
      before.end = Math.max(before.end, r.afterEnd);
      st.folded.push(tok.start);
      return null;
    }
  }
  if (!name) name = inheritName(hits, sentence) ?? (earlier ? pastSubject(ctx, earlier) : '');
  else if (WHOSE_INVESTMENT.includes(name))
    name = (countedBefore(hits, sentence) ?? projectBefore(ctx, r.cs, sentence)) + name;
  else if (inList(ctx, r) && verbOnObject(hits, sentence, name) !== name) name = verbOnObject(hits, sentence, name);
  else if (name.length <= SHORT_NAME && !named.subject) name = prefixShortName(hits, sentence, name, inList(ctx, r));
  else if (!v.head && !r.rate) name = listVerb(ctx, hits, r, name);
  // A figure with nothing to name it ("…3个以上45%以上") is not a target.
  if (!name) return null;
  name = withListedVerbs(ctx, r.cs, tok.start, name);

  // The phrase shown as the source: from the clause start, or after the previous target in it.
  const prevHit = hits[hits.length - 1];
  let start = prevHit && prevHit.afterEnd >= r.cs && prevHit.afterEnd <= tok.start ? prevHit.afterEnd : r.cs;
  while (start < tok.start && (isSpace(s[start]) || s[start] === '、' || LIST_JOINERS.has(s[start]))) start++;
  if (inherited >= 0) start = Math.min(start, inherited);
  if (named.subjectStart !== undefined) start = Math.min(start, named.subjectStart);

  const range = rangeOf(r);
  const unit = perOutputUnit(name, tok.unit);
  const due = figureMonth(s, Math.max(r.cs, tok.start - WINDOW), tok.start, ctx.reportYear);
  const hit: Hit = {
    tokenStart: tok.start,
    start,
    end: named.end,
    name: withoutMarks(name).slice(0, 60),
    ...range,
    unit,
    direction: directionOf(r),
    suggestedKind: kindOfNamed(unit === tok.unit ? r : { ...r, tok: { ...tok, unit } }, name, named.hold),
    deadlineMonth: due ? due.month : null,
    deadlineNote: due ? due.note : null,
    partOf: null,
    reportMonths: reportedOnCycle(ctx, tok.start),
    head: v.head,
    spanEnd: named.spanEnd,
    afterEnd: r.afterEnd,
    sentence,
    clause: r.cs,
    listed: r.afterList,
    subject: named.subject ?? name,
  };
  hit.partOf = wholeOf(ctx, hits, r);
  if (hit.partOf !== null) hit.name = partName(hits[hit.partOf], hit.name);
  const every = !v.head && !r.rate && tok.max === null ? everyUnitReaches(ctx, r, name) : null;
  if (!every) return hit;
  // A share of them, from the year's start: no 其中 whole, no due month of its own.
  const share = { value: 100, max: null, unit: '%', comparator: '>=', direction: null, partOf: null } as const;
  const undated = { deadlineMonth: null, deadlineNote: null };
  return { ...hit, ...share, ...undated, name: every.name, subject: every.name, suggestedKind: 'level' };
}

/**
 * "农村集体经济收入全部达到5万元以上", "各村…都超过8万元": every village (community, school) reaches the
 * figure. That is no township total of 5万元: it is the share of villages at the figure, 100%.
 */
function everyUnitReaches(ctx: TargetContext, r: Reading, name: string): { name: string } | null {
  const lead = ctx.s.slice(r.cs, r.tok.start);
  if (!/(全部|均|都|全都)(达到|超过|突破|不低于|达|在)/.test(lead)) return null;
  const unitWord = EVERY_UNITS.find((w) => name.includes(w));
  if (!unitWord) return null;
  const subject = name.replace(/^(全镇|全乡|全区|全县)?(所有|各|全部)?([0-9０-９]+个)?(行政)?/, '');
  const figure = `${showNumber(r.tok.value)}${r.tok.unit}`;
  return { name: `${unitWord}占比（${subject}${figure}以上）` };
}

/** What "every … reaches" counts, most specific first. */
const EVERY_UNITS = ['社区', '学校', '企业', '合作社', '村'];

/** The clause is only a comparison with last year and its verb before the number: 较上年增加, 比上年新增. */
function incrementClause(s: string, cs: number, at: number): boolean {
  return INCREMENT.test(s.slice(cs, at).replace(/\s/g, ''));
}

const REACHED = /达到|达$/;

const INCREMENT = /^(?:较|比)(?:上年|去年)(?:同期)?(?:增加|新增|增长|提高|扩大|多)了?$|^同比(?:增加|新增|提高)$/;

/** `value` in `unit` expressed in `target`'s unit (2000亩 -> 0.2 in 万亩; 0.5个百分点 on a % row -> 0.5); null if unlike. */
function inUnitOf(value: number, unit: string, target: string): number | null {
  if (isPercentUnit(target) && /^个?百分点$/.test(unit)) return value;
  const a = unitScale(unit);
  const b = unitScale(target);
  if (!a.base || a.base !== b.base) return null;
  return tidy((value * a.scale) / b.scale);
}

/** Names of a figure per 万元 of output: 万元GDP能耗, 单位GDP能耗. */
const PER_OUTPUT = longestFirst(['万元', '单位GDP', '单位生产总值', '单位地区生产总值', '单位工业增加值']);

/** 万元GDP能耗0.45吨标煤: the figure is per 万元 of output, so its unit is 吨标煤/万元. */
function perOutputUnit(name: string, unit: string): string {
  if (!unit || unit.includes('/') || unit.endsWith('%') || unit.endsWith('‰') || unit.endsWith('百分点')) return unit;
  return wordAt(name, 0, PER_OUTPUT) && !unit.includes('元') ? `${unit}/万元` : unit;
}

/** What an earlier figure of the sentence (not a target: last year's) counts, for a target that
 * names nothing of its own: "2023年全区共接待游客860万人次，今年力争突破1000万人次" -> 接待游客. */
function pastSubject(ctx: TargetContext, e: Reading): string {
  const { s } = ctx;
  let a = e.cs;
  while (isSpace(s[a])) a++;
  // The year that made it the past.
  if (/^\d{4}年/.test(s.slice(a, a + 5))) a += 5;
  while (s[a] === '，' || s[a] === ',' || isSpace(s[a])) a++;
  const end = e.verb ? e.verbStart : e.prefixStart;
  return end - a >= 2 && end - a <= WINDOW ? cleanName(ctx, a, end) : '';
}

/** Amounts that belong to the things counted before them: "新签约项目8个，总投资不低于10亿元". */
const WHOSE_INVESTMENT = ['总投资', '投资', '完成投资', '计划投资', '总投资额', '投资额'];

/** A project's work verbs, left out of the project's name: 启动龙溪河综合治理项目 -> 龙溪河综合治理项目. */
const PROJECT_VERBS = longestFirst(['启动', '开工建设', '开工', '动工', '续建', '新建', '谋划']);
const PROJECT_ENDS = longestFirst(['项目', '工程']);

/** The project the clause before names: "上半年启动龙溪河综合治理项目，年内完成投资1200万元" -> 龙溪河综合治理项目. */
function projectBefore(ctx: TargetContext, cs: number, sentence: number): string {
  const { s, bounds } = ctx;
  const prevEnd = cs - 1;
  if (prevEnd <= sentence || !'，,；;'.includes(s[prevEnd] ?? '')) return '';
  const prevStart = bounds.clauseStart[prevEnd - 1];
  if (prevEnd - prevStart > WINDOW || !wordEndingAt(s, prevEnd, PROJECT_ENDS, prevStart)) return '';
  let name = cleanName(ctx, prevStart, prevEnd);
  const verb = wordAt(name, 0, PROJECT_VERBS);
  if (verb) name = name.slice(verb.length);
  return name.length >= 4 ? name : '';
}

/** "新培育家庭农场15户、农民专业合作社8个": the second item of a list is done by the first one's verb
 * too (新培育农民专业合作社, not a stock of cooperatives). Only a verb that says what is counted. */
function listVerb(ctx: TargetContext, hits: Hit[], r: Reading, name: string): string {
  const { s } = ctx;
  const prev = hits[hits.length - 1];
  if (!prev || prev.clause !== r.cs || prev.unit.endsWith('%')) return name;
  let k = prev.afterEnd;
  while (isSpace(s[k])) k++;
  if (s[k] !== '、') return name;
  const verb = wordAt(prev.name, 0, HEAD_VERBS);
  if (!verb || NAME_DROP_VERBS.has(verb) || prev.name.length < verb.length + 2) return name;
  return wordAt(name, 0, VERBS) ? name : verb + name;
}

const COUNT_UNITS = new Set(['个', '项', '家', '宗', '座', '条', '处', '所']);

function countedBefore(hits: Hit[], sentence: number): string | null {
  const prev = hits[hits.length - 1];
  return prev && prev.sentence === sentence && COUNT_UNITS.has(prev.unit) ? prev.subject : null;
}

/** The reporting months of a figure its sentence says is monitored on a cycle: "居民人均可支配收入按季度
 * 监测，全年增长7%左右" -> [3, 6, 9, 12]. Bounded: the sentence around the figure, WINDOW*2 each side. */
function reportedOnCycle(ctx: TargetContext, pos: number): number[] | null {
  const { s, bounds } = ctx;
  const a = Math.max(bounds.sentenceStart[pos], pos - WINDOW * 2);
  const b = Math.min(bounds.sentenceEnd[pos], pos + WINDOW * 2);
  for (let k = a; k < b; k++) {
    const w = wordAt(s, k, REPORTED_ON_CYCLE);
    if (w) return DUE_MONTHS[w] ?? null;
  }
  return null;
}

/** "新建、改扩建学校2所": the verbs listed before the name's own are part of it. */
function withListedVerbs(ctx: TargetContext, cs: number, end: number, name: string): string {
  const { s, text } = ctx;
  if (!wordAt(name, 0, HEAD_VERBS)) return name;
  let at = text.lastIndexOf(name, end);
  if (at < 0 || at > end - name.length) return name;
  let out = name;
  while (at - 1 > cs && s[at - 1] === '、') {
    const verb = wordEndingAt(s, at - 1, HEAD_VERBS, cs);
    if (!verb) break;
    at -= verb.length + 1;
    out = text.slice(at, at + verb.length + 1) + out;
  }
  return out;
}

/** Whether the number's phrase is an item after a 、 in its clause: "维修泵站42台、涵闸30处". */
function inList(ctx: TargetContext, r: Reading): boolean {
  for (let k = Math.max(r.cs, r.tok.start - WINDOW); k < r.tok.start; k++) if (ctx.s[k] === '、') return true;
  return false;
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
    if (w.partOf === null && sameMeasure(w.unit, r.tok.unit)) return h;
  }
  return null;
}

// The verbs of a count of new things, which a bare 其中 part shares: 新增市场主体…，其中企业80家 -> 新增企业.
const NEW_THINGS = longestFirst(['新增', '新引进', '引进', '招引', '新培育', '培育', '新签约', '签约', '新认定']);

/** A 其中 part's name: its own, with the whole's verb of new things when it has no verb of its own. */
function partName(whole: Hit, name: string): string {
  const verb = wordAt(whole.name, 0, NEW_THINGS);
  if (!verb || wordAt(name, 0, HEAD_VERBS) || wordAt(name, 0, NEW_THINGS)) return name;
  return verb + name;
}

/** 分别增长7.5%、8.5%以上: one candidate per figure, the last comparator applies to all. */
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
  const common = [...group].reverse().find((g) => g.suffix || g.prefix) ?? r;
  const due = figureMonth(s, Math.max(r.cs, r.tok.start - WINDOW), r.tok.start, ctx.reportYear);
  group.forEach((g, k) => {
    const own = g.suffix || g.prefix ? g : common;
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
      suggestedKind: kindOfNamed({ ...g, prefix: r.prefix ?? own.prefix }, names[k], false),
      deadlineMonth: due ? due.month : null,
      deadlineNote: due ? due.note : null,
      partOf: null,
      reportMonths: reportedOnCycle(ctx, g.tok.start),
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
