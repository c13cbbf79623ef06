// What the words around a number say: its reading (verb, unit, comparator words, what follows),
// its kind, direction and range, and whether its sentence is about another year. Every look is
// bounded (a clause at most WINDOW characters back), so the whole pass stays linear.
import type { Comparator, IndicatorKind, Message } from '../plan';
import { type NumberToken, isChineseNumeral } from './numbers';
import { type Bounds, isClauseEnd, isDigit, isSpace, lexicon, longestFirst, wordAt, wordEndingAt } from './text';
import {
  ABOUT_AFTER,
  ABOUT_BEFORE,
  AT_LEAST_AFTER,
  AT_MOST_AFTER,
  AT_MOST_BEFORE,
  BASELINE_BEFORE,
  DECREASE_VERBS,
  FILLERS,
  HEAD_VERBS,
  HOLD_BEFORE,
  PAST_MARKERS,
  PREFIX_COMPARATORS,
  RATE_VERBS,
  SUFFIX_COMPARATORS,
  TAIL_GATES,
} from './words';
import { LIST_JOINERS, listEndsInDe } from './naming';

/** How far back from a number its name and context are read. */
export const WINDOW = 40;

/** How far forward a counted object's name is read. */
export const OBJECT_WINDOW = 24;

export const VERBS = longestFirst([...HEAD_VERBS, ...RATE_VERBS]);

export const GATES = longestFirst(TAIL_GATES);

const PERCENT_UNITS = new Set(['%', '‰', '个百分点', '百分点']);

export const DE_TARGET = longestFirst(['目标任务', '目标', '任务', '水平', '增长', '增幅']);

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
  /** The months a figure monitored on a cycle is reported in (按季度监测 -> [3, 6, 9, 12]); else null. */
  reportMonths: number[] | null;
  /** 上年基数 from an increment after the target ("…1.2万亩，较上年增加2000亩" -> 1.0); else null. */
  baseline?: number | null;
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

export interface Reading {
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

export function read(ctx: TargetContext, tok: NumberToken): Reading {
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
  // 突破15亿元大关: the 大关 is the figure's, not an object it counts.
  const mark = wordAt(s, q, MILESTONE_MARKS);
  if (mark) q += mark.length;
  const afterEnd = suffix || mark ? q : tok.unitEnd;
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
  // "森林覆盖率由65.2%提高到66%": the state is named before its starting figure.
  k = Math.min(k, startingFigure(s, min, k));
  const stateWord = wordEndingAt(s, k, STATE_RATES, min);
  const growthWord = wordEndingAt(s, k, GROWTH_RATES, min);
  const stateRate =
    (tok.unit === '%' || tok.unit === '‰') &&
    !(verb && RATE_VERBS.includes(verb)) &&
    !!stateWord &&
    // 人口自然增长率 is a rate of a state, though it ends in 增长率.
    (!growthWord || stateWord.length > growthWord.length);
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

const MILESTONE_MARKS = longestFirst(['大关', '关口']);

/** Nouns of a state measured in % or ‰: 覆盖率, 达标率, 占比, 人口自然增长率, a share of a plan. */
const STATE_RATES = longestFirst([
  '率',
  '占比',
  '比例',
  '比重',
  '覆盖面',
  '自然增长率',
  // 开工项目数达到全年计划的60%: a share of a plan, not growth.
  '计划的',
  '任务的',
  '总数的',
  '总量的',
]);

const GROWTH_RATES = longestFirst(['增长率', '下降率', '利率', '增长', '增速', '增幅']);

/** Where "由65.2%" (or 从…) begins right before `end`, the starting point of a change; `end` when none. */
export function startingFigure(s: string, min: number, end: number): number {
  for (let j = end - 1; j >= min && end - j <= 16; j--) {
    if ((s[j] === '由' || s[j] === '从') && (isDigit(s[j + 1]) || isChineseNumeral(s[j + 1]))) return j;
  }
  return end;
}

export function startsNumber(s: string, k: number): boolean {
  return isDigit(s[k]) || isChineseNumeral(s[k]);
}

export function comparatorOf(r: Reading): Comparator {
  const { prefix, suffix, tok } = r;
  if (suffix && ABOUT_AFTER.includes(suffix)) return 'approx';
  if (prefix && ABOUT_BEFORE.includes(prefix)) return 'approx';
  if ((suffix && AT_MOST_AFTER.includes(suffix)) || (prefix && AT_MOST_BEFORE.includes(prefix))) return '<=';
  if (suffix && AT_LEAST_AFTER.includes(suffix)) return '>=';
  if (tok.max !== null) return 'between';
  return '>=';
}

export function hasPast(ctx: TargetContext, r: Reading): boolean {
  const { s } = ctx;
  // "目前，全乡有规模养殖场27家": a past opener speaks for its whole sentence.
  const ss = ctx.bounds.sentenceStart[r.tok.start];
  const opener = ctx.bounds.clauseEnd[ss];
  if (ss < r.cs && opener - ss <= 8 && pastIn(s, ss, opener)) return true;
  return pastIn(s, Math.max(r.cs, r.tok.start - WINDOW), r.tok.start);
}

function pastIn(s: string, min: number, end: number): boolean {
  for (let k = min; k < end; k++) {
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
export function otherYear(ctx: TargetContext, pos: number): boolean {
  if (ctx.reportYear === null) return false;
  const ss = ctx.bounds.sentenceStart[pos];
  for (const y of yearsBetween(ctx, ss, pos)) {
    // "2023年全区共接待游客860万人次，今年力争突破1000万人次": the sentence turns to this year.
    if (y.year !== ctx.reportYear && thisYearBetween(ctx, y.start + 5, pos)) continue;
    if (y.year > ctx.reportYear) return true;
    if (y.year < ctx.reportYear && !BASELINE_BEFORE.includes(ctx.s[y.start - 1])) return true;
  }
  return false;
}

const THIS_YEAR = lexicon(['今年', '本年', '本年度', '全年']);

/** Whether the words in [a, b) name this year again (今年, or the report's own year). Bounded. */
function thisYearBetween(ctx: TargetContext, a: number, b: number): boolean {
  const { s } = ctx;
  for (let k = Math.max(a, b - WINDOW * 3); k < b; k++) {
    if (wordAt(s, k, THIS_YEAR)) return true;
    if (s[k + 4] === '年' && s.startsWith(String(ctx.reportYear), k) && !isDigit(s[k - 1])) return true;
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

export function kindOf(r: Reading): IndicatorKind {
  // 稳定在27万亩 holds a level; 35微克/立方米 is a concentration, a level too; so is a rate of a state
  // (处理率达到95%, 达标率100%) that no growth verb moves.
  if ((r.prefix && HOLD_BEFORE.includes(r.prefix)) || r.tok.unit.includes('/')) return 'level';
  if (r.stateRate) return 'level';
  if (r.rate) return 'rate';
  return 'cumulative';
}

/** What a year produces, earns or spends: a flow even when the report says 稳定在 (粮食产量稳定在
 * 1.25亿斤以上 is the year's harvest, reported as it comes in). */
const FLOW_NOUNS = longestFirst([
  '产量',
  '总产',
  '产值',
  '增加值',
  '收入',
  '营收',
  '销售额',
  '交易额',
  '成交额',
  '零售额',
  '零售总额',
  '税收',
  '投资',
  '出栏',
  '出栏量',
  '发电量',
  '用电量',
  '出口额',
  '进出口额',
  '进出口总额',
  '接待游客',
  '游客',
  '游客量',
]);

/** What is held at a moment: a level whatever the comparator (耕地保有量不低于2.3万亩). */
const STOCK_NOUNS = longestFirst([
  '保有量',
  '存栏',
  '存栏量',
  '余额',
  '存量',
  '保护面积',
  '常住人口',
  '总人口',
  '总数',
]);

/**
 * What a year's end finds in place, when the report says it will reach a size (设施蔬菜种植面积达到6500亩,
 * 农村公路总里程达到350公里, 养老床位达到200张): a level built up, not what the year adds (新增设施蔬菜面积500亩,
 * with a growth verb, stays a flow).
 */
const REACHED_STOCK_NOUNS = longestFirst([
  '面积',
  '总面积',
  '里程',
  '总里程',
  '床位',
  '床位数',
  '规模',
  '总量',
  '数量',
]);

/** A level reached: 达到100%, 提高到60%. */
const REACH_BEFORE = ['达到', '达', '提高到', '提高至', '提升到', '提升至', '增加到', '增加至'];

/** A growth rate named as such: 增速保持在6%以上 holds a rate of growth, not a level. */
const GROWTH_NAMES = longestFirst(['增速', '增长', '增幅', '增长率', '增长幅度']);

/** The kind from the number's words and the indicator's name: 稳定在 a flow (产量, 产值, 收入) is still
 * a flow; a stock (保有量, 存栏, 余额) is a level; 增速保持在 a rate. */
export function kindOfNamed(r: Reading, name: string, held: boolean): IndicatorKind {
  const kind = held ? 'level' : kindOf(r);
  if (r.stateRate) return kind;
  // "农业招商项目（投资5000万元以上）": the name's head is before its qualifier.
  const paren = name.indexOf('（');
  const head = paren > 0 ? name.slice(0, paren) : name;
  const endsIn = (words: Parameters<typeof wordEndingAt>[2]) => !!wordEndingAt(head, head.length, words);
  if (r.rate && kind === 'level') return endsIn(GROWTH_NAMES) ? 'rate' : kind;
  // "集体经济收入10万元以上的村达到100%": a % reached, with no growth in its words, is a share.
  if (r.rate && r.prefix && REACH_BEFORE.includes(r.prefix) && !r.verb && !endsIn(GROWTH_NAMES)) return 'level';
  if (r.rate) return kind;
  // 人均可支配收入21000元/人 is earned over the year (a flow); 浓度35微克/立方米 stays a level.
  if (kind === 'level' && endsIn(FLOW_NOUNS)) return 'cumulative';
  if (r.tok.unit.includes('/')) return kind;
  if (kind === 'cumulative' && endsIn(STOCK_NOUNS)) return 'level';
  // "面积达到6500亩": the size reached at year end; "新增…面积500亩" (a growth verb) what the year adds.
  // A season's sowing or a year's works reach their area by what is done (油菜种植面积达到8000亩, 造林面积):
  // flows; greenhouses (设施, 大棚) stand from year to year.
  const reached = r.prefix && REACH_BEFORE.includes(r.prefix) && !r.verb;
  // "村集体经济收入10万元以上的村达到12个": villages meeting a bar at the time, a level built up.
  if (kind === 'cumulative' && reached && paren > 0 && /^(行政村|自然村|村|社区)$/.test(head)) return 'level';
  const works = worksArea(head);
  if (
    kind === 'cumulative' &&
    reached &&
    endsIn(REACHED_STOCK_NOUNS) &&
    !works &&
    !/^(新增|新建|完成|新造|累计)/.test(head)
  )
    return 'level';
  return kind;
}

/** An area a season's or a year's works reach by what is done (油菜种植面积, 造林面积): a flow even when 达到. */
export function worksArea(name: string): boolean {
  return /(播种|种植|造林|复垦|收获|治理|改造|整治|绿化|修复|流转)面积$/.test(name) && !/设施|大棚/.test(name);
}

export function directionOf(r: Reading): 'decrease' | null {
  return r.verb && DECREASE_VERBS.includes(r.verb) ? 'decrease' : null;
}

export interface Hit extends QuantityHit {
  head: boolean;
  spanEnd: number;
  afterEnd: number;
  sentence: number;
  clause: number;
  listed: boolean;
  subject: string;
}

/** What the scan carries from one number to the next. */
export interface ScanState {
  hits: Hit[];
  prevHeadVerb: { clause: number; verb: string } | null;
  lastNumber: Reading | null;
  consumed: Set<number>;
  /** Token starts of figures shown in the source of the target before them. */
  folded: number[];
  gates: Int32Array;
  intros: Int32Array;
}

export interface Verdict {
  /** The number counts the object after it (新建3座污水处理站). */
  head: boolean;
  /** The verb that governs a counted object further back (实施总投资35亿元的80项工程: 实施). */
  governing: string | null;
  /** The object runs to the end of the clause (…等5个项目开工建设). */
  wholeObject: boolean;
}

/** Value, max and comparator: "2-3个以上" is between 2 and 3 (以上 restates the range's floor). */
export function rangeOf(r: Reading): Pick<QuantityHit, 'value' | 'max' | 'comparator'> {
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
