// Milestones: things to get done rather than counted: 竣工投产, 通过验收, 创建国家卫生乡镇, 新建幼儿园,
// 不发生规模性返贫 (a bottom line), 每月外出招商 (every month). Judged clause by clause; a clause
// that already holds a quantitative target is not a milestone.
import type { TargetContext } from './targets';
import { isDigit, isSpace, lexicon, longestFirst, wordAt, wordEndingAt, type Lexicon } from './text';
import {
  ACCEPTANCE_WORDS,
  ATTRIBUTIVE_AFTER,
  BUILD_VERBS,
  COMPLETION_NOUNS,
  COMPLETION_PREDICATES,
  CONSTRUCTION_WORDS,
  FACILITIES,
  HONOUR_LEVELS,
  HONOUR_VERBS,
  LEAD_STRIP,
  PAST_MARKERS,
  PLANNING_VERBS,
  VAGUE_ANY,
  VAGUE_OBJECTS,
} from './words';

export interface MilestoneHit {
  start: number;
  end: number;
  name: string;
  deadlineMonth: number | null;
  recurring: boolean;
}

/** Clauses longer than this are not one milestone (and keep the pass linear). */
const MAX_CLAUSE = 120;
const MAX_NAME = 60;

const MONTHLY = lexicon(['每月']);
const NEVER = lexicon(['不发生']);
const PASS = lexicon(['通过']);
const FINISH = lexicon(['完成']);
const MILESTONE_LEAD = longestFirst([...LEAD_STRIP, '扶持', '打造', '加强', '做好', '抓好', '落实', '实现', '狠抓']);

const TIME_WORDS: Record<string, number> = {
  今年内: 12,
  年底前: 12,
  年底: 12,
  年内: 12,
  年末: 12,
  上半年: 6,
  下半年: 12,
  第一季度: 3,
  一季度: 3,
  第二季度: 6,
  二季度: 6,
  第三季度: 9,
  三季度: 9,
  第四季度: 12,
  四季度: 12,
};
const TIME_LIST = longestFirst(Object.keys(TIME_WORDS));
const MONTH_SUFFIX = longestFirst(['底前', '中旬', '下旬', '上旬', '底', '前', '末', '份', '内']);
const CN_MONTH: Record<string, number> = {
  十二: 12,
  十一: 11,
  十: 10,
  九: 9,
  八: 8,
  七: 7,
  六: 6,
  五: 5,
  四: 4,
  三: 3,
  二: 2,
  一: 1,
};
const CN_MONTH_LIST = longestFirst(Object.keys(CN_MONTH));

interface Mention {
  month: number;
  start: number;
  end: number;
}

/** Month mentions (3月, 6月底前, 十二月) and time words (年内, 上半年) in [a, b). */
function timeMentions(s: string, a: number, b: number): Mention[] {
  const out: Mention[] = [];
  for (let k = a; k < b; k++) {
    const tw = wordAt(s, k, TIME_LIST);
    if (tw && k + tw.length <= b) {
      out.push({ month: TIME_WORDS[tw], start: k, end: k + tw.length });
      k += tw.length - 1;
      continue;
    }
    if (s[k] !== '月' || k === a) continue;
    let j = k;
    let m = NaN;
    if (isDigit(s[k - 1])) {
      while (j > a && isDigit(s[j - 1]) && k - j < 2) j--;
      m = Number(s.slice(j, k));
      if (isDigit(s[j - 1])) continue;
    } else {
      const cn = wordEndingAt(s, k, CN_MONTH_LIST, a);
      if (cn) {
        m = CN_MONTH[cn];
        j = k - cn.length;
      }
    }
    if (!(m >= 1 && m <= 12)) continue;
    const before = s[j - 1];
    // 每月 is a frequency; 3个月 a duration; 第三个月 an ordinal.
    if (before === '每' || before === '个' || before === '第') continue;
    let end = k + 1;
    const suf = wordAt(s, end, MONTH_SUFFIX);
    if (suf) end += suf.length;
    out.push({ month: m, start: j, end });
  }
  return out;
}

function stripLead(s: string, a: number, b: number): number {
  for (let guard = 0; guard < 12 && a < b; guard++) {
    while (a < b && (isSpace(s[a]) || '“”"（(、'.includes(s[a]))) a++;
    const w = wordAt(s, a, MILESTONE_LEAD) ?? wordAt(s, a, TIME_LIST) ?? monthAt(s, a, b);
    if (!w || a + w.length >= b) break;
    a += w.length;
  }
  return a;
}

/** "3月底前" at `a`, as the text to skip. */
function monthAt(s: string, a: number, b: number): string | null {
  let k = a;
  while (k < b && k - a < 2 && isDigit(s[k])) k++;
  if (k === a) {
    const cn = wordAt(s, a, CN_MONTH_LIST);
    if (cn) k = a + cn.length;
  }
  if (k === a || s[k] !== '月') return null;
  const suf = wordAt(s, k + 1, MONTH_SUFFIX);
  return s.slice(a, k + 1 + (suf ? suf.length : 0));
}

/** The clause's text without time words, as written. */
function nameOf(ctx: TargetContext, a: number, b: number, drop: Mention[], suffixDrop: readonly string[] = []): string {
  const { s, text } = ctx;
  a = stripLead(s, a, b);
  while (b > a && (isSpace(s[b - 1]) || '“”"（(、'.includes(s[b - 1]))) b--;
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
    name += text.slice(k, Math.max(k, m.start));
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
  return !!hit && !(hit.word === '已' && precededBy(s, hit.at, '而不'));
}

function endsWithAny(s: string, a: number, b: number, words: Lexicon): string | null {
  return wordEndingAt(s, b, words, a);
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

export function findMilestones(ctx: TargetContext, quantityStarts: number[]): MilestoneHit[] {
  const { s, bounds, quoted } = ctx;
  const out: MilestoneHit[] = [];
  let q = 0;
  let prev: { sentence: number; verb: string; end: number } | null = null;
  let a = 0;
  while (a < s.length) {
    const b = bounds.clauseEnd[a];
    const clauseA = a;
    a = b + 1;
    let ca = clauseA;
    let cb = b;
    while (ca < cb && isSpace(s[ca])) ca++;
    while (cb > ca && isSpace(s[cb - 1])) cb--;
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
    const times = timeMentions(s, ca, cb);
    const deadline = times.length ? times[times.length - 1].month : null;
    const push = (start: number, end: number, name: string, deadlineMonth: number | null, recurring = false) => {
      if (name.length < 3) return;
      out.push({ start, end, name, deadlineMonth, recurring });
    };

    // Every month: 每月外出招大引强.
    const monthly = indexOfWord(s, ca, cb, MONTHLY);
    if (monthly && !quoted[monthly.at]) {
      // "每月外出招大引强、招商小分队驻点招商等方式": the monthly item ends at its 、.
      let e = monthly.at;
      while (e < cb && s[e] !== '、') e++;
      push(ca, cb, nameOf(ctx, ca, e, [], ['等方式', '等']), null, true);
      prev = null;
      continue;
    }
    // A bottom line: 不发生规模性返贫.
    const never = indexOfWord(s, ca, cb, NEVER);
    if (never && !quoted[never.at]) {
      push(ca, cb, nameOf(ctx, never.at, cb, times, ['的底线', '底线', '红线']), deadline);
      prev = null;
      continue;
    }
    const lead = stripLead(s, ca, cb);
    if (PLANNING_VERBS.some((w) => s.startsWith(w, lead))) {
      prev = null;
      continue;
    }
    // Acceptance with months: 确保顺利通过3月省级验收与6月国家验收 -> two milestones.
    const pass = indexOfWord(s, ca, cb, PASS);
    const accepted = pass && !precededBy(s, pass.at, '已未') ? indexOfWord(s, pass.at, cb, ACCEPTANCE_WORDS) : null;
    if (pass && accepted) {
      // "扎实开展“矿山生态修复三年行动”，…确保通过验收": what passes is the sentence's campaign.
      const subject = stripLead(s, ca, cb) >= pass.at ? campaignBefore(ctx, sentence, ca) : '';
      const months = timeMentions(s, pass.at, cb).filter((m) => s[m.start] !== '年');
      if (months.length >= 2) {
        for (let k = 0; k < months.length; k++) {
          let partEnd = k + 1 < months.length ? months[k + 1].start : cb;
          while (partEnd > months[k].end && '与和及、'.includes(s[partEnd - 1])) partEnd--;
          const verb = ctx.text.slice(pass.at, pass.at + 2);
          const rest = nameOf(ctx, months[k].end, partEnd, []);
          push(ca, cb, subject + verb + rest, months[k].month);
        }
      } else push(ca, cb, subject + nameOf(ctx, pass.at, cb, times), deadline);
      prev = null;
      continue;
    }
    // Honour titles with a level: 创建国家卫生乡镇, 全力创建省级生态园林乡镇.
    const honour = wordAt(s, lead, HONOUR_VERBS);
    if (honour) {
      const objStart = lead + honour.length;
      const obj = s.slice(objStart, Math.min(cb, objStart + 6));
      if (HONOUR_LEVELS.some((w) => obj.includes(w))) {
        push(ca, cb, nameOf(ctx, lead, cb, times), deadline);
        prev = null;
        continue;
      }
    }
    // New facilities: 新建公办幼儿园、小江村村委会 -> one milestone each.
    const build = wordAt(s, lead, BUILD_VERBS);
    if (build && !indexOfWord(s, lead, cb, VAGUE_OBJECTS)) {
      const items = listItems(s, lead + build.length, cb);
      const verb = ctx.text.slice(lead, lead + build.length);
      for (const [x, y] of items) push(ca, cb, verb + nameOf(ctx, x, y, times), deadline);
      prev = { sentence, verb, end: b };
      continue;
    }
    // Completion predicates: 竣工投产, 投入运营, 延伸至, 技改.
    const live = livePredicate(s, ca, cb);
    if (live) {
      push(ca, cb, nameOf(ctx, ca, cb, times), deadline);
      prev = null;
      continue;
    }
    // 完成…任务/建设/工程/改造/加固.
    const finish = wordAt(s, lead, FINISH);
    if (finish && endsWithAny(s, lead, cb, COMPLETION_NOUNS) && !indexOfWord(s, lead, cb, VAGUE_OBJECTS)) {
      push(ca, cb, nameOf(ctx, lead, cb, times), deadline);
      prev = { sentence, verb: '完成', end: b };
      continue;
    }
    // A facility's construction: 加快圩镇污水处理厂的建设进度, 推进湖东桥、青山头桥改造.
    let tail = cb;
    for (const w of ['进度', '工程', '项目']) {
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
