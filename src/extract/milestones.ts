// Milestones: things to get done rather than counted: 竣工投产, 通过验收, 创建国家卫生乡镇, 新建幼儿园,
// 不发生规模性返贫 (a bottom line), 每月外出招商 (every month). Judged clause by clause; a clause
// that already holds a quantitative target is not a milestone.
import type { QuantityHit, TargetContext } from './reading';
import { isSpace, lexicon, longestFirst, shareTail, withoutMarks, wordAt, wordEndingAt, type Lexicon } from './text';
import { timeAt, timeMentions, type TimeMention } from './times';
import type { Message } from '../plan/message';
import { CYCLES, DUE_MONTHS, LEAD_STRIP, PAST_MARKERS } from './words';
import {
  ACCEPTANCE_WORDS,
  ATTRIBUTIVE_AFTER,
  BUILD_VERBS,
  COMPLETION_NOUNS,
  COMPLETION_PREDICATES,
  CONSTRUCTION_WORDS,
  DRAFT_ENDS,
  DRAFT_VERBS,
  EVENT_VERBS,
  FACILITIES,
  HONOUR_ENDS,
  HONOUR_LEVELS,
  HONOUR_VERBS,
  PLANNING_VERBS,
  VAGUE_ANY,
  VAGUE_OBJECTS,
} from './milestoneWords';

export interface MilestoneHit {
  start: number;
  end: number;
  name: string;
  deadlineMonth: number | null;
  /** Why the month is an assumption (汛期前, 春节前), else null. */
  deadlineNote: Message | null;
  recurring: boolean;
  /** A recurring task's due months: 每季度 -> [3, 6, 9, 12]; null: every month. */
  reportMonths: number[] | null;
  /** A bottom line (不发生规模性返贫): drafted as an at-most-0 count, not a dated milestone. */
  bottomLine?: boolean;
}

const WORK_LEADS = lexicon(['启动', '开工', '开工建设', '推进', '实施', '开展', '完成']);
const WORK_TAILS = lexicon(['建设', '工程建设', '主体工程', '前期工作', '工作', '施工']);
// A step named after its subject ("产业园二期6月底前开工建设"): the subject is what comes before it.
const STEP_TAILS = lexicon(['开工', '动工', '启动', '开建']);
// A finish with no object: 全面完成, 全部建成 (of the quantity before it).
const BARE_DONE = new Set([
  '全面完成',
  '全部完成',
  '基本完成',
  '完成',
  '全部建成',
  '全面建成',
  '建成',
  '完成任务',
  '完成全年任务',
  '全面完成任务',
  '全部完成任务',
]);

/** Clauses longer than this are not one milestone (and keep the pass linear). */
const MAX_CLAUSE = 120;
const MAX_NAME = 60;

const MONTHLY = CYCLES;
const NEVER = lexicon(['不发生']);
const CURB = lexicon(['遏制', '杜绝', '防止']);
const PASS = lexicon(['通过']);
const FINISH = lexicon(['完成']);
const MILESTONE_LEAD = longestFirst([
  ...LEAD_STRIP,
  '扶持',
  '打造',
  '加强',
  '做好',
  '抓好',
  '落实',
  '实现',
  '狠抓',
  // The subject of a project list's item: 该项目预计…开工建设.
  '该项目',
  '该工程',
  '项目',
  '预计',
]);

const ZERO = lexicon(['零的突破', '零突破']);
/** Objects too vague to be a milestone even with a date: 年底前完成全年目标任务. */
const DATED_VAGUE = lexicon(['目标任务', '全年任务', '各项', '各类', '一批', '一系列']);
/** 完成…创建工作: the trailing 工作 says nothing of what is finished. */
const WORK_WORD = '工作';
/** Times that say when the year's work is done, not a deadline (全年, 年内): no milestone of their own. */
const YEAR_ONLY = new Set(['全年', '年内', '今年内']);
/** Lead verbs kept in a dated task's name: 5月底前落实防汛责任 -> 落实防汛责任. */
const KEPT_LEADS = lexicon(['落实', '实现', '做好', '抓好', '打造', '狠抓', '加强', '扶持']);
/** Words that may stand with a time in a clause of its own: "力争到9月底前，…". */
const TIME_CLAUSE_WORDS = longestFirst([
  '到',
  '在',
  '于',
  '截至',
  '力争',
  '确保',
  '争取',
  '计划',
  '预计',
  '今年',
  '务必',
]);
const START = lexicon(['启动']);
/** 开展第三次全国土壤普查: a numbered survey is a milestone. */
const CENSUS = lexicon(['普查', '调查']);

/** The times of a clause that is only a time ("9月底前，完成秋粮收储"): they date the clause after it. */
function timeOnly(ctx: TargetContext, a: number, b: number): TimeMention[] | null {
  const { s } = ctx;
  if (b - a > 14) return null;
  const times = timeMentions(s, a, b, ctx.reportYear);
  if (!times.length) return null;
  let k = a;
  for (let guard = 0; guard < 8 && k < b; guard++) {
    while (k < b && isSpace(s[k])) k++;
    const t = times.find((m) => m.start === k);
    const w = t ? null : wordAt(s, k, TIME_CLAUSE_WORDS);
    if (t) k = t.end;
    else if (w) k += w.length;
    else break;
  }
  return k >= b ? times : null;
}

/** "2." "（3）" "一是" opening a list item. */
function listMarkAt(s: string, a: number): string | null {
  const head = s.slice(a, a + 6);
  const m = LIST_MARK.exec(head) ?? /^[一二三四五六七八九十]{1,2}是/u.exec(head);
  // 1.5万: a decimal is no list mark.
  return m && !(m[0].endsWith('.') && /\d/.test(s[a + m[0].length] ?? '')) ? m[0] : null;
}

function stripLead(s: string, a: number, b: number): number {
  for (let guard = 0; guard < 12 && a < b; guard++) {
    while (a < b && (isSpace(s[a]) || '”"（(、'.includes(s[a]) || (s[a] === '“' && !quoteCloses(s, a, b)))) a++;
    // 打造成为 is an honour verb, not the lead word 打造.
    if (wordAt(s, a, HONOUR_VERBS)) break;
    const w = wordAt(s, a, MILESTONE_LEAD) ?? timeAt(s, a, b) ?? listMarkAt(s, a);
    if (!w || a + w.length >= b) break;
    a += w.length;
  }
  return a;
}

function quoteCloses(s: string, open: number, b: number): boolean {
  for (let k = open + 1; k < b; k++) if (s[k] === '”') return true;
  return false;
}

function quoteOpens(s: string, a: number, close: number): boolean {
  for (let k = close - 1; k >= a; k--) if (s[k] === '“') return true;
  return false;
}

const TIME_LEADS = lexicon(['可望在', '有望在', '预计在', '预计于', '力争在', '争取在', '确保在', '在', '于']);

/** The clause's text without time words, as written. */
function nameOf(
  ctx: TargetContext,
  a: number,
  b: number,
  drop: TimeMention[],
  suffixDrop: readonly string[] = [],
): string {
  const { s, text } = ctx;
  a = stripLead(s, a, b);
  // A closing quote stays when its opening one is in the name: 实现“四好农村路”全覆盖.
  while (b > a && (isSpace(s[b - 1]) || '“"（(、'.includes(s[b - 1]) || (s[b - 1] === '”' && !quoteOpens(s, a, b - 1))))
    b--;
  for (const w of suffixDrop) {
    if (b - w.length > a && s.startsWith(w, b - w.length)) {
      b -= w.length;
      break;
    }
  }
  let name = '';
  let k = a;
  for (const m of drop) {
    if (m.end <= a || m.start >= b) continue;
    // "可望在9月中旬全部竣工": the words that led to the time leave with it.
    let e = Math.max(k, m.start);
    const lead = wordEndingAt(s, e, TIME_LEADS, k);
    if (lead) e -= lead.length;
    name += text.slice(k, e);
    k = Math.max(k, m.end);
  }
  name += text.slice(k, b);
  name = name.trim();
  // A month sits between a verb and its object ("通过3月省级验收"); nothing else is left behind.
  return name.length > MAX_NAME ? name.slice(0, MAX_NAME) : name;
}

function indexOfWord(s: string, a: number, b: number, words: Lexicon): { at: number; word: string } | null {
  for (let k = a; k < b; k++) {
    const w = wordAt(s, k, words);
    if (w && k + w.length <= b) return { at: k, word: w };
  }
  return null;
}

function precededBy(s: string, at: number, chars: string): boolean {
  return chars.includes(s[at - 1] ?? '');
}

/** A predicate used as itself, not as an attribute or a wish: 竣工投产 yes; 投产项目, 早投产,
 * 已通过验收 no. */
function livePredicate(s: string, a: number, b: number): { at: number; word: string } | null {
  for (let k = a; k < b; k++) {
    const w = wordAt(s, k, COMPLETION_PREDICATES);
    if (!w || k + w.length > b) continue;
    if (precededBy(s, k, '早已未')) continue;
    const after = k + w.length;
    if (wordAt(s, after, ATTRIBUTIVE_AFTER)) continue;
    return { at: k, word: w };
  }
  return null;
}

function hasPast(s: string, a: number, b: number): boolean {
  const hit = indexOfWord(s, a, b, PAST_MARKERS);
  if (!hit || (hit.word === '已' && precededBy(s, hit.at, '而不'))) return false;
  // 完成园区已征用地块整体规划: after the clause's own verb, 已 describes the object.
  return !(hit.word === '已' && indexOfWord(s, a, hit.at, OWN_VERBS));
}

const OWN_VERBS = lexicon(['完成', '启动', '建成', '新建', '推进', '实施']);

/** A month of another year ("预计2022年12月开工建设" in a 2023 plan): not this plan's milestone. */
function otherYearMonth(ctx: TargetContext, times: TimeMention[]): boolean {
  if (ctx.reportYear === null) return false;
  const { s } = ctx;
  return times.some((t) => {
    if (s[t.start + 4] !== '年') return false;
    const y = Number(s.slice(t.start, t.start + 4));
    return Number.isInteger(y) && y >= 1949 && y !== ctx.reportYear;
  });
}

const LIST_MARK = /^[（(]?[一二三四五六七八九十\d]{1,3}[）)、.]/u;
const TOPIC_ENDS = lexicon(['项目', '工程', '园区', '基地', '中心']);

/** The project a sentence is about, when its first clause names it: "（一）中药材种植产业园项目：该项目…". */
function topicOf(ctx: TargetContext, sentence: number, before: number): string {
  const { s, text, bounds } = ctx;
  const end = bounds.clauseEnd[sentence];
  if (end >= before || end - sentence > 40 || !wordEndingAt(s, end, TOPIC_ENDS, sentence)) return '';
  let a = sentence;
  while (a < end && isSpace(s[a])) a++;
  const mark = LIST_MARK.exec(s.slice(a, Math.min(end, a + 6)));
  if (mark) a += mark[0].length;
  return text.slice(a, end).trim();
}

/** Verbs of work on a facility that open the clause before a bare predicate. */
const WORK_ON = longestFirst([
  '改造提升',
  '提升改造',
  '新改扩建',
  '改扩建',
  '改造',
  '扩建',
  '新建',
  '建设',
  '修缮',
  '实施',
]);

/**
 * The facility the clause before works on, when it names one: "改造提升乡卫生院住院楼，确保11月投入使用"
 * -> 乡卫生院住院楼 (what is put into use); '' otherwise.
 */
function facilityBefore(ctx: TargetContext, sentence: number, ca: number): string {
  const { s, text, bounds } = ctx;
  const pe = ca - 1;
  if (pe <= sentence || !'，,'.includes(s[pe] ?? '')) return '';
  const pa = bounds.clauseStart[pe - 1];
  if (pa < sentence || pe - pa > 30) return '';
  let a = stripLead(s, pa, pe);
  const verb = wordAt(s, a, WORK_ON);
  if (!verb) return '';
  a += verb.length;
  if (pe - a < 3 || !endsWithAny(s, a, pe, FACILITIES)) return '';
  return text.slice(a, pe).trim();
}

function endsWithAny(s: string, a: number, b: number, words: Lexicon): string | null {
  return wordEndingAt(s, b, words, a);
}

/** "A项目3月开工、年底主体封顶": items after 、 that each open with their own time and hold a completion
 * predicate are steps of the subject before the first time; null when the clause is one step. */
function datedSteps(
  ctx: TargetContext,
  ca: number,
  cb: number,
  times: TimeMention[],
): Array<{ name: string; month: number }> | null {
  const { s, text } = ctx;
  const items = listItems(s, ca, cb);
  if (items.length < 2) return null;
  const first = times.find((t) => t.start >= items[0][0] && t.end <= items[0][1]);
  if (!first) return null;
  const subject = nameOf(ctx, ca, first.start, []);
  if (subject.length < 2) return null;
  const out: Array<{ name: string; month: number }> = [];
  for (const [x, y] of items) {
    const t = x === items[0][0] ? first : times.find((m) => m.start === x);
    if (!t || !livePredicate(s, t.end, y)) return null;
    out.push({ name: subject + text.slice(t.end, y).trim(), month: t.month });
  }
  return out;
}

/** Splits "A、B" objects of 新建 into items. */
function listItems(s: string, a: number, b: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let k = a;
  for (let i = a; i <= b; i++) {
    if (i === b || s[i] === '、') {
      if (i > k) items.push([k, i]);
      k = i + 1;
    }
  }
  return items;
}

const CAMPAIGN_SUFFIXES = longestFirst(['三年行动', '五年行动', '专项行动', '攻坚行动', '行动', '攻坚战', '工程']);
const CAMPAIGN_WINDOW = 120;

/** The last quoted campaign in the sentence before `pos`, without its 三年行动: 矿山生态修复. */
function campaignBefore(ctx: TargetContext, sentence: number, pos: number): string {
  const { s, text } = ctx;
  const min = Math.max(sentence, pos - CAMPAIGN_WINDOW);
  for (let k = pos - 1; k > min; k--) {
    if (s[k] !== '”') continue;
    let open = k - 1;
    while (open >= min && k - open < 40 && s[open] !== '“') open--;
    if (open < min || s[open] !== '“') return '';
    let end = k;
    const suffix = wordEndingAt(s, end, CAMPAIGN_SUFFIXES, open + 1);
    if (!suffix) return '';
    end -= suffix.length;
    const name = text.slice(open + 1, end);
    return name.length >= 2 && name.length <= 12 ? name : '';
  }
  return '';
}

/** Splits "A、B" objects of one verb into items: 争创国家…示范区、国家双拥模范城. */
function honourItems(s: string, a: number, b: number): Array<[number, number]> {
  return listItems(s, a, b).filter(([x, y]) => y - x >= 3);
}

function isHonour(s: string, a: number, b: number): boolean {
  const head = s.slice(a, Math.min(b, a + 6));
  return HONOUR_LEVELS.some((w) => head.includes(w)) || !!wordEndingAt(s, b, HONOUR_ENDS, a);
}

/** The first 完成 of a clause that is not the past or a negation: "该镇计划3月中旬全部完成筹资任务". */
function finishIn(s: string, a: number, b: number): number {
  for (let k = a; k < b - 2; k++) {
    if (s[k] === '完' && s[k + 1] === '成' && !precededBy(s, k, '未已') && s[k + 2] !== '了') return k;
  }
  return -1;
}

/** Where each 通过…验收 of a clause starts (not 已通过, 未通过). */
function acceptancesIn(s: string, a: number, b: number): number[] {
  const at: number[] = [];
  for (let k = a; k < b; k++) if (wordAt(s, k, PASS) && !precededBy(s, k, '已未')) at.push(k);
  return at.filter((p, i) => indexOfWord(s, p, i + 1 < at.length ? at[i + 1] : b, ACCEPTANCE_WORDS));
}

/** The verb of a target's name, left out where the target names what passes: 建设高标准农田. */
const TARGET_VERBS = longestFirst(['建设', '完成', '实施', '新建', '建成', '开展', '推进']);

const SUBJECT_TAIL = longestFirst(['确保', '力争', '争取', '顺利', '全面', '要', '将', '于', '在', '并', '能']);

/** What passes, when the clause names it before its first 通过: 矿山生态修复项目(确保3月)通过… */
function acceptanceSubject(ctx: TargetContext, lead: number, pass: number, times: TimeMention[]): string {
  const before = times.filter((t) => t.start >= lead && t.end <= pass);
  const end = before.length ? before[0].start : pass;
  let name = end > lead ? nameOf(ctx, lead, end, before) : '';
  for (let guard = 0; guard < 6; guard++) {
    const w = SUBJECT_TAIL.find((x) => name.endsWith(x));
    if (!w) break;
    name = name.slice(0, -w.length);
  }
  return name.length >= 2 ? name : '';
}

/** Only lead words (确保, 力争…) or spaces between a and b. */
function onlyLeadWords(s: string, a: number, b: number): boolean {
  while (a < b) {
    if (isSpace(s[a]) || '，、'.includes(s[a])) a++;
    else {
      const w = wordAt(s, a, SUBJECT_TAIL);
      if (!w) return false;
      a += w.length;
    }
  }
  return true;
}

/**
 * One milestone per acceptance, each with its own month: the month written inside its part
 * (通过3月省级验收) or just before its 通过 (3月通过省级验收); several months after one 通过
 * (通过3月省级验收与6月国家验收) split that part again.
 */
function acceptanceParts(
  ctx: TargetContext,
  passes: number[],
  ca: number,
  cb: number,
  times: TimeMention[],
  fallback: number,
): Array<{ name: string; month: number }> {
  const { s, text } = ctx;
  const trim = (a: number, b: number) => {
    while (b > a && '与和及、，并'.includes(s[b - 1])) b--;
    return b;
  };
  const months = times.filter((t) => s[t.start] !== '年');
  const out: Array<{ name: string; month: number }> = [];
  let carried = months.filter((t) => t.start >= ca && t.end <= passes[0]).pop();
  passes.forEach((p, i) => {
    const last = i + 1 === passes.length;
    const next = last ? cb : passes[i + 1];
    const inPart = months.filter((t) => t.start > p && t.end <= next);
    // A month right before the next 通过 (3月通过省级验收、6月通过国家验收) is the next part's.
    const handOver =
      !last && inPart.length && onlyLeadWords(s, inPart[inPart.length - 1].end, next) ? inPart.pop() : undefined;
    const end = trim(p, handOver ? handOver.start : next);
    if (inPart.length >= 2) {
      const verb = text.slice(p, p + 2);
      inPart.forEach((m, k) => {
        const partEnd = trim(m.end, k + 1 < inPart.length ? inPart[k + 1].start : end);
        out.push({ name: verb + nameOf(ctx, m.end, partEnd, []), month: m.month });
      });
    } else out.push({ name: nameOf(ctx, p, end, times), month: inPart[0]?.month ?? carried?.month ?? fallback });
    carried = handOver;
  });
  return out;
}

export function findMilestones(
  ctx: TargetContext,
  quantityStarts: number[],
  quantities: ReadonlyArray<QuantityHit> = [],
): MilestoneHit[] {
  const { s, bounds, quoted } = ctx;
  // "建设高标准农田3000亩，确保6月通过县级验收": what passes is the target just before, in its sentence.
  const subjectBefore = (at: number): string => {
    const q = [...quantities]
      .reverse()
      .find((x) => x.end <= at && bounds.sentenceStart[x.end] === bounds.sentenceStart[at]);
    if (!q) return '';
    const verb = wordAt(q.name, 0, TARGET_VERBS);
    return verb && q.name.length - verb.length >= 2 ? q.name.slice(verb.length) : q.name;
  };
  const out: MilestoneHit[] = [];
  // "三季度启动标准化厂房二期建设，年内建成投用": what the sentence's previous milestone works on.
  const objectBefore = (sentence: number): string => {
    const m = out[out.length - 1];
    if (!m || bounds.sentenceStart[m.start] !== sentence) return '';
    let name = m.name;
    const verb = wordAt(name, 0, WORK_LEADS);
    if (verb) name = name.slice(verb.length);
    const work = wordEndingAt(name, name.length, WORK_TAILS);
    if (work) name = name.slice(0, -work.length);
    const step = wordEndingAt(name, name.length, STEP_TAILS);
    if (step && name.length - step.length >= 2) name = name.slice(0, -step.length);
    return name.length >= 2 ? name : '';
  };
  // Milestones drafted without a time of their own (due at year end by default).
  const undated = new WeakSet<MilestoneHit>();
  let q = 0;
  let prev: { sentence: number; verb: string; end: number } | null = null;
  // A clause that is only a time ("9月底前，") dates the next clause of its sentence.
  let carried: { sentence: number; start: number; times: TimeMention[] } | null = null;
  let a = 0;
  while (a < s.length) {
    const b = bounds.clauseEnd[a];
    const clauseA = a;
    a = b + 1;
    let ca = clauseA;
    let cb = b;
    while (ca < cb && isSpace(s[ca])) ca++;
    while (cb > ca && isSpace(s[cb - 1])) cb--;
    const alone = cb > ca ? timeOnly(ctx, ca, cb) : null;
    if (alone) {
      carried = { sentence: bounds.sentenceStart[ca], start: ca, times: alone };
      continue;
    }
    if (cb - ca < 4 || cb - ca > MAX_CLAUSE) continue;
    while (q < quantityStarts.length && quantityStarts[q] < ca) q++;
    if (q < quantityStarts.length && quantityStarts[q] < cb) continue;
    if (ctx.skipped(ca) || hasPast(s, ca, cb) || (quoted[ca] && quoted[cb - 1])) continue;
    // "建成投用一批重点民生项目": a batch of unnamed things is a direction, not a milestone.
    if (indexOfWord(s, ca, cb, VAGUE_ANY)) {
      prev = null;
      continue;
    }
    const sentence = bounds.sentenceStart[ca];
    let times = timeMentions(s, ca, cb, ctx.reportYear);
    // The source shown starts with the time that dates it.
    let from = ca;
    if (!times.length && carried && carried.sentence === sentence) {
      times = carried.times;
      from = carried.start;
    }
    carried = null;
    // "目前，…各工程项目全面开工": a past opener speaks for its whole sentence, unless the clause is
    // dated (目前…，200座新户厕可望在9月中旬全部竣工).
    const opener = bounds.clauseEnd[sentence];
    if (!times.length && sentence < ca && opener - sentence <= 8 && hasPast(s, sentence, opener)) {
      prev = null;
      continue;
    }
    if (otherYearMonth(ctx, times)) {
      prev = null;
      continue;
    }
    const last = times.length ? times[times.length - 1] : null;
    // Without a time, a milestone is due at year end.
    const deadline = last ? last.month : 12;
    const note = last ? last.note : null;
    const push = (
      start: number,
      end: number,
      name: string,
      deadlineMonth: number | null,
      recurring = false,
      reportMonths: number[] | null = null,
      bottomLine = false,
    ) => {
      name = withoutMarks(name);
      // "该项目…2023年5月竣工": a bare predicate takes the project its sentence is about.
      if (name.length <= 4 && !recurring) {
        const work = objectBefore(sentence);
        const done = out[out.length - 1];
        // "加快污水处理厂建设，力争9月建成投用": the undated work is the one the predicate dates.
        if (work && undated.has(done) && !wordAt(done.name, 0, START)) {
          out.pop();
          start = done.start;
        }
        name = (work || topicOf(ctx, sentence, ca) || facilityBefore(ctx, sentence, ca)) + name;
      }
      if (name.length < 3) return;
      const n = deadlineMonth === deadline ? note : null;
      const hit: MilestoneHit = {
        start: Math.min(start, from),
        end,
        name,
        deadlineMonth,
        deadlineNote: recurring ? null : n,
        recurring,
        reportMonths,
      };
      if (!last) undated.add(hit);
      out.push(bottomLine ? { ...hit, deadlineMonth: null, deadlineNote: null, bottomLine } : hit);
    };

    // Every month: 每月外出招大引强.
    const monthly = indexOfWord(s, ca, cb, MONTHLY);
    if (monthly && !quoted[monthly.at]) {
      // "每月外出招大引强、招商小分队驻点招商等方式": the monthly item ends at its 、.
      let e = monthly.at;
      while (e < cb && s[e] !== '、') e++;
      push(ca, cb, nameOf(ctx, ca, e, [], ['等方式', '等']), null, true, DUE_MONTHS[monthly.word] ?? null);
      prev = null;
      continue;
    }
    // A bottom line: 不发生规模性返贫.
    const never = indexOfWord(s, ca, cb, NEVER);
    if (never && !quoted[never.at]) {
      push(ca, cb, nameOf(ctx, never.at, cb, times, ['的底线', '底线', '红线']), deadline, false, null, true);
      prev = null;
      continue;
    }
    // "坚决遏制较大以上安全生产事故发生": the same bottom line, said as what is held back.
    // "防止发生规模性返贫" likewise.
    const curb = indexOfWord(s, ca, cb, CURB);
    const held = curb ? curb.at + curb.word.length + (s.startsWith('发生', curb.at + curb.word.length) ? 2 : 0) : 0;
    const heldEnd = curb && s.startsWith('发生', cb - 2) && held < cb - 2 ? cb - 2 : cb;
    if (curb && !quoted[curb.at] && (heldEnd < cb || held > curb.at + curb.word.length) && heldEnd - held >= 3) {
      push(ca, cb, '不发生' + nameOf(ctx, held, heldEnd, times), deadline, false, null, true);
      prev = null;
      continue;
    }
    const lead = stripLead(s, ca, cb);
    // "完成10个村人居环境整治，力争9月底前全面完成": a bare finish after a quantity of its sentence is
    // when that quantity is due, not a milestone of its own.
    if (BARE_DONE.has(nameOf(ctx, lead, cb, times))) {
      const q = [...quantities].reverse().find((x) => x.end <= ca && bounds.sentenceStart[x.end] === sentence);
      if (q && q.suggestedKind === 'cumulative') {
        if (last && q.deadlineMonth === null) {
          q.deadlineMonth = last.month;
          q.deadlineNote = last.note;
        }
        q.end = cb;
        prev = null;
        continue;
      }
    }
    // Honour titles, pilots and accreditation: 争创国家…示范区、国家双拥模范城 -> one milestone each.
    const honour = wordAt(s, lead, HONOUR_VERBS);
    if (honour && isHonour(s, lead + honour.length, cb)) {
      const verb = ctx.text.slice(lead, lead + honour.length);
      const items = honourItems(s, lead + honour.length, cb);
      if (items.length > 1) for (const [x, y] of items) push(ca, cb, verb + nameOf(ctx, x, y, times), deadline);
      else push(ca, cb, nameOf(ctx, lead, cb, times), deadline);
      prev = null;
      continue;
    }
    if (PLANNING_VERBS.some((w) => s.startsWith(w, lead))) {
      prev = null;
      continue;
    }
    // Acceptances: 确保顺利通过3月省级验收与6月国家验收, 确保3月通过省级验收、6月通过国家验收 -> two
    // milestones, each with its month, each named with what passes.
    const passes = acceptancesIn(s, ca, cb);
    if (passes.length) {
      const own =
        acceptanceSubject(ctx, lead, passes[0], times) || campaignBefore(ctx, sentence, ca) || subjectBefore(ca);
      // "完成镇区圩镇改造提升，确保12月底前通过市级验收": what passes is the work the clause before
      // finishes, and passing it is that work's milestone: one row, dated by the acceptance (the
      // work keeps its own row when it has a date of its own that differs).
      const work = own ? '' : objectBefore(sentence);
      const parts = acceptanceParts(ctx, passes, ca, cb, times, deadline);
      const done = out[out.length - 1];
      if (work && parts.length === 1 && (undated.has(done) || done.deadlineMonth === parts[0].month)) {
        out.pop();
        push(done.start, cb, work + parts[0].name, parts[0].month);
      } else for (const part of parts) push(ca, cb, (own || work) + part.name, part.month);
      prev = null;
      continue;
    }
    // A first: 实现规上企业零的突破; 开展首届农民丰收节大赛.
    const event = wordAt(s, lead, EVENT_VERBS);
    const numbered = event && (s.startsWith('首届', lead + event.length) || s[lead + event.length] === '第');
    const census = numbered && (s.slice(lead, cb).includes('届') || wordEndingAt(s, cb, CENSUS, lead));
    if (indexOfWord(s, lead, cb, ZERO) || census) {
      push(ca, cb, nameOf(ctx, lead, cb, times), deadline);
      prev = null;
      continue;
    }
    // Plans and lists to draw up: 编制完成全镇国土空间规划, 制定镇级权责清单.
    const draft = wordAt(s, lead, DRAFT_VERBS);
    if (draft && wordEndingAt(s, cb, DRAFT_ENDS, lead + draft.length)) {
      push(ca, cb, nameOf(ctx, lead, cb, times), deadline);
      prev = null;
      continue;
    }
    // Works to start: 启动镇卫生院迁建工程建设.
    if (wordAt(s, lead, START) && cb - lead >= 5) {
      push(ca, cb, nameOf(ctx, lead, cb, times), deadline);
      prev = null;
      continue;
    }
    // New facilities: 新建公办幼儿园、小江村村委会 -> one milestone each.
    const build = wordAt(s, lead, BUILD_VERBS);
    if (build && !indexOfWord(s, lead, cb, VAGUE_OBJECTS)) {
      const items = listItems(s, lead + build.length, cb);
      const verb = ctx.text.slice(lead, lead + build.length);
      // 建成齐东、孙家、四村猕猴桃生产基地: the places share the facility.
      const names = shareTail(items.map(([x, y]) => nameOf(ctx, x, y, times)));
      for (const name of names) push(ca, cb, verb + name, deadline);
      prev = { sentence, verb, end: b };
      continue;
    }
    // Completion predicates: 竣工投产, 投入运营, 延伸至, 技改.
    const live = livePredicate(s, ca, cb);
    if (live) {
      // "滨河商业综合体项目3月开工、年底主体封顶": one milestone per dated step, each named with the project.
      const steps = datedSteps(ctx, ca, cb, times);
      if (steps) for (const step of steps) push(ca, cb, step.name, step.month);
      else push(ca, cb, nameOf(ctx, ca, cb, times), deadline);
      prev = null;
      continue;
    }
    // 完成…任务/建设/工程/改造/规划/普查, also after the subject and the time: 该镇计划3月中旬全部完成筹资任务.
    // With a date, whatever is to be finished: 6月底前完成县经济开发区扩区调规.
    const finishAt = wordAt(s, lead, FINISH) ? lead : finishIn(s, lead, cb);
    // 完成国家卫生乡镇创建工作: what is finished is before its 工作.
    const objectEnd = s.startsWith(WORK_WORD, cb - 2) && cb - 2 - finishAt >= 5 ? cb - 2 : cb;
    const dated = times.some((t) => t.end <= finishAt);
    if (
      finishAt >= 0 &&
      cb - finishAt >= 5 &&
      (endsWithAny(s, finishAt, objectEnd, COMPLETION_NOUNS) || dated) &&
      // 完成第五次全国经济普查入户登记工作: a census is no vague 工作.
      (!indexOfWord(s, finishAt, objectEnd, dated ? DATED_VAGUE : VAGUE_OBJECTS) ||
        indexOfWord(s, finishAt, cb, CENSUS))
    ) {
      push(ca, cb, nameOf(ctx, finishAt, cb, times), deadline);
      prev = { sentence, verb: '完成', end: b };
      continue;
    }
    // A facility's construction: 加快圩镇污水处理厂的建设进度, 推进湖东桥、青山头桥改造.
    let tail = cb;
    for (const w of ['进度', '工程', '项目', '工作']) {
      if (tail - w.length > lead && s.startsWith(w, tail - w.length)) {
        tail -= w.length;
        break;
      }
    }
    const work = endsWithAny(s, lead, tail, CONSTRUCTION_WORDS);
    if (work && !indexOfWord(s, lead, cb, VAGUE_OBJECTS)) {
      let f = tail - work.length;
      if (s[f - 1] === '的') f--;
      const facility = endsWithAny(s, lead, f, FACILITIES);
      if (facility) {
        const name = nameOf(ctx, lead, f, times) + ctx.text.slice(tail - work.length, tail);
        push(ca, cb, name, deadline);
        prev = null;
        continue;
      }
    }
    // A task with a deadline, whatever its verb: 5月底前落实防汛责任, 国庆节前完成集镇风貌打造.
    const deadlineBefore = times.some((t) => t.end <= lead && !YEAR_ONLY.has(s.slice(t.start, t.end)));
    if (deadlineBefore && cb - lead >= 4 && !indexOfWord(s, lead, cb, DATED_VAGUE)) {
      const kept = wordEndingAt(s, lead, KEPT_LEADS, ca);
      push(ca, cb, (kept ? ctx.text.slice(lead - kept.length, lead) : '') + nameOf(ctx, lead, cb, times), deadline);
      prev = null;
      continue;
    }
    // The next item of a 完成/新建 list: "全面完成A除险加固，B清淤工程".
    if (prev && prev.sentence === sentence && prev.end === clauseA - 1 && endsWithAny(s, ca, cb, COMPLETION_NOUNS)) {
      if (!wordAt(s, ca, MILESTONE_LEAD)) {
        push(ca, cb, prev.verb + nameOf(ctx, ca, cb, times), deadline);
        continue;
      }
    }
    prev = null;
  }
  return out;
}
