// Numbers with their units, as a report writes them: 3.2万亩, 1.25亿斤, 2-3个, 1—2项, 2至3个, 20%,
// 一个, 两个, 十二个, 千亩, 百分之八. One left-to-right pass; every look is a few characters wide.
import { isDigit, isHan, isLatin, isSpace, longestFirst, wordAt } from './text';
import { parseChineseInteger as parseChinese } from '../progress/numerals';

export interface NumberToken {
  /** First character of the number (or of 百分之). */
  start: number;
  /** After the number or the range's second number. */
  numEnd: number;
  value: number;
  /** Upper bound of a range (2-3个), else null. */
  max: number | null;
  /** Written in Chinese numerals (一个, 两个, 千亩). */
  chinese: boolean;
  /** Unit as written, scale included (万亩); '' when no unit follows. */
  unit: string;
  /** After the unit (and 多/余). */
  unitEnd: number;
  /** 300多户 / 100余家: more than the figure. */
  more: boolean;
  /** 翻番 / 翻一番 (+100%), 翻两番 (+300%): a growth rate written as a word. */
  doubling?: boolean;
}

/** Growth written as doubling, with its rate in %: 翻一番 doubles (+100%), 翻两番 quadruples (+300%). */
const DOUBLINGS: Array<[string, number]> = [
  ['翻一番', 100],
  ['翻两番', 300],
  ['翻二番', 300],
  ['翻番', 100],
];
const FAN = '翻'.charCodeAt(0);

/** Base units a target is counted in; longest first so 个百分点 wins over 个. */
const BASE_UNITS = longestFirst([
  '个百分点',
  '百分点',
  '个工作日',
  '微克/立方米',
  '平方公里',
  '平方米',
  '立方米',
  '平米',
  '公里',
  '千米',
  '公顷',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '人次',
  '户次',
  '批次',
  '场次',
  '架次',
  '班次',
  '家次',
  '车次',
  '标箱',
  '公斤',
  '千克',
  // Energy in standard coal: 万元GDP能耗0.45吨标煤.
  '吨标准煤',
  '吨标煤',
  '千克标准煤',
  '千克标煤',
  '美元',
  '个',
  '家',
  '项',
  '件',
  '户',
  '亩',
  '斤',
  '吨',
  '元',
  '人',
  '名',
  '位',
  '座',
  '所',
  '条',
  '处',
  '场',
  '次',
  '套',
  '栋',
  '幢',
  '间',
  '台',
  '辆',
  '头',
  '只',
  '羽',
  '株',
  '棵',
  '盏',
  '口',
  '眼',
  '宗',
  '张',
  '份',
  '篇',
  '支',
  '块',
  '片',
  '度',
  '米',
  '床',
  '笔',
  '单',
  '部',
  '站',
  '种',
  '例',
  '起',
  '对',
  '道',
  '方',
  '%',
  '‰',
]);

/** After Chinese numerals only countable things: 一次, 一片, 一支队伍, 一张蓝图, 一场硬仗,
 * 一口气, 一块, 一点 are figures of speech far more often than targets. */
const CHINESE_EXCLUDED = new Set([
  '次',
  '片',
  '支',
  '张',
  '场',
  '口',
  '块',
  '度',
  '份',
  '对',
  '种',
  '单',
  '部',
  '笔',
  '道',
  '方',
]);

/** Characters after which 方 and 道 start a noun (方面, 方案, 道路) rather than end a figure. */
const NOUN_HEADS: Record<string, string> = { 方: '面式案向法针位', 道: '路理德' };

const SCALES = longestFirst(['千万', '百万', '十万', '万', '亿']);
const LATE_SCALES = longestFirst(['万', '亿']);
const RANGE_SEPS = longestFirst(['——', '—', '–', '-', '~', '〜', '至', '到']);

const CN_NUMERALS = new Set('零〇一二两三四五六七八九十百千万亿'.split(''));
const CN_NUMERAL_CODES = new Set([...CN_NUMERALS].map((c) => c.charCodeAt(0)));

export function isChineseNumeral(c: string | undefined): boolean {
  return c !== undefined && CN_NUMERALS.has(c);
}

export { parseChinese };

interface Unit {
  unit: string;
  end: number;
  more: boolean;
}

/** The unit at `pos`: optional scale (万, 亿), optional 多/余, a base unit. */
function readUnit(s: string, pos: number, chinese: boolean): Unit | null {
  let p = pos;
  if (isSpace(s[p]) && !isSpace(s[p + 1])) p++;
  let scale = wordAt(s, p, SCALES) ?? '';
  // 1.5千亩: after Arabic digits a bare 千 or 百 is the unit's scale (千克, 千米, 千瓦 are units of
  // their own). After Chinese numerals it is part of the numeral (三千亩 was read already).
  if (!scale && !chinese && (s[p] === '千' || s[p] === '百') && !wordAt(s, p, BASE_UNITS)) scale = s[p];
  const scaleOk =
    scale === '万' ||
    scale === '亿' ||
    scale === '千万' ||
    scale === '百万' ||
    scale === '十万' ||
    (!chinese && (scale === '千' || scale === '百'));
  let q = scaleOk ? p + scale.length : p;
  let more = false;
  let prefix = scaleOk ? scale : '';
  if (s[q] === '多' || s[q] === '余') {
    more = true;
    q++;
    // 3000余万元: the scale may follow 余.
    const late = scaleOk ? null : wordAt(s, q, LATE_SCALES);
    if (late) {
      prefix = late;
      q += late.length;
    }
  }
  const base = wordAt(s, q, BASE_UNITS);
  if (!base) return null;
  if (chinese && !prefix && CHINESE_EXCLUDED.has(base)) return null;
  // 3方面, 2道路: the measure word is the first character of a noun.
  if (NOUN_HEADS[base]?.includes(s[q + base.length] ?? '')) return null;
  // 万元/亩 and 元/亩 style rates stay whole.
  let end = q + base.length;
  let unit = prefix + base;
  if (s[end] === '/' && isHan(s[end + 1]) && base !== '%') {
    const per = wordAt(s, end + 1, BASE_UNITS);
    if (per && per !== '%') {
      unit += '/' + per;
      end += 1 + per.length;
    }
  }
  return { unit, end, more };
}

interface RawNumber {
  end: number;
  value: number;
}

function readArabic(s: string, pos: number): RawNumber {
  let j = pos;
  while (isDigit(s[j])) j++;
  const intLen = j - pos;
  if (s[j] === '.' && isDigit(s[j + 1])) {
    j++;
    while (isDigit(s[j])) j++;
  }
  if (intLen > 12 || j - pos > 18) return { end: j, value: NaN };
  return { end: j, value: Number(s.slice(pos, j)) };
}

function readChineseRun(s: string, pos: number): { end: number; run: string } {
  let j = pos;
  while (j < s.length && j - pos < 16 && isChineseNumeral(s[j])) j++;
  // The whole run is consumed even when it is too long, so no suffix of it is read again.
  let k = j;
  while (isChineseNumeral(s[k])) k++;
  return { end: k, run: k === j ? s.slice(pos, j) : '' };
}

/** A number (Arabic or Chinese) starting at pos, for the upper end of a range. */
function readAny(s: string, pos: number, chinese: boolean): RawNumber | null {
  if (!chinese && isDigit(s[pos])) {
    const r = readArabic(s, pos);
    return r && Number.isFinite(r.value) && !isLatin(s[r.end]) ? r : null;
  }
  if (chinese && isChineseNumeral(s[pos])) {
    const { end, run } = readChineseRun(s, pos);
    const v = parseChinese(run);
    return v === null ? null : { end, value: v };
  }
  return null;
}

function makeToken(
  s: string,
  start: number,
  numEnd: number,
  value: number,
  max: number | null,
  chinese: boolean,
  unitPos: number,
): NumberToken {
  const u = readUnit(s, unitPos, chinese);
  return {
    start,
    numEnd,
    value,
    max,
    chinese,
    unit: u ? u.unit : '',
    unitEnd: u ? u.end : unitPos,
    more: u ? u.more : false,
  };
}

/** Every number in the normalized text with the unit that follows it. Years, dates and codes are
 * still returned (with unit '' or their own context); the target rules judge them. */
export function scanNumbers(s: string): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code === FAN) {
      const d = DOUBLINGS.find(([w]) => s.startsWith(w, i));
      if (d) {
        const end = i + d[0].length;
        out.push({
          start: i,
          numEnd: end,
          value: d[1],
          max: null,
          chinese: true,
          unit: '%',
          unitEnd: end,
          more: false,
          doubling: true,
        });
        i = end;
        continue;
      }
    }
    // Most characters are neither digits nor numerals: one code lookup, no string made.
    if (!(code >= 48 && code <= 57) && !CN_NUMERAL_CODES.has(code)) {
      i++;
      continue;
    }
    const c = s[i];
    if (s.startsWith('百分之', i)) {
      const p = i + 3;
      const chinese = !isDigit(s[p]);
      const r = readAny(s, p, chinese);
      if (r) {
        out.push({
          start: i,
          numEnd: r.end,
          value: r.value,
          max: null,
          chinese,
          unit: '%',
          unitEnd: r.end,
          more: false,
        });
        i = r.end;
        continue;
      }
    }
    if (isDigit(c)) {
      const r = readArabic(s, i);
      const next = s[r.end];
      const prev = s[i - 1];
      // Parts of codes and dates: G105, 5G, PM2.5, 1+N, 5·20, 3.15.
      const glued =
        isLatin(prev) ||
        isLatin(next) ||
        prev === '+' ||
        next === '+' ||
        prev === '·' ||
        next === '·' ||
        prev === '.' ||
        next === '.' ||
        prev === '•' ||
        next === '•';
      if (!Number.isFinite(r.value) || glued) {
        i = Math.max(r.end, i + 1);
        continue;
      }
      let end = r.end;
      let max: number | null = null;
      let unitPos = end;
      const sep = wordAt(s, end, RANGE_SEPS);
      if (sep && isDigit(s[end + sep.length])) {
        const r2 = readAny(s, end + sep.length, false);
        if (r2) {
          max = r2.value;
          end = r2.end;
          unitPos = end;
        }
      } else if (s[end] === '%') {
        // 7%-8%
        const sep2 = wordAt(s, end + 1, RANGE_SEPS);
        if (sep2 && isDigit(s[end + 1 + sep2.length])) {
          const r2 = readAny(s, end + 1 + sep2.length, false);
          if (r2 && s[r2.end] === '%') {
            max = r2.value;
            end = r2.end;
            unitPos = end;
          }
        }
      }
      const token = makeToken(s, i, end, r.value, max, false, unitPos);
      out.push(token);
      // Past the unit: its scale (1.5千亩) is not a Chinese numeral of its own.
      i = Math.max(token.unit ? token.unitEnd : end, i + 1);
      continue;
    }
    if (isChineseNumeral(c)) {
      const { end: runEnd, run: fullRun } = readChineseRun(s, i);
      let run = fullRun;
      let unitPos = runEnd;
      // 两万亩: the trailing 万 belongs to the unit (2 万亩), as 3.2万亩 does.
      const last = run[run.length - 1];
      if ((last === '万' || last === '亿') && readUnit(s, runEnd, true) && run.length > 1) {
        run = run.slice(0, -1);
        unitPos = runEnd - 1;
      }
      const value = run.length && !(run.length === 1 && (run === '万' || run === '亿')) ? parseChinese(run) : null;
      if (value === null) {
        i = runEnd;
        continue;
      }
      let end = unitPos;
      let max: number | null = null;
      const sep = unitPos === runEnd ? wordAt(s, end, RANGE_SEPS) : null;
      if (
        sep &&
        (sep === '至' || sep === '到' || sep === '-' || sep === '—') &&
        isChineseNumeral(s[end + sep.length])
      ) {
        const r2 = readAny(s, end + sep.length, true);
        if (r2) {
          max = r2.value;
          end = r2.end;
          unitPos = end;
        }
      }
      out.push(makeToken(s, i, end, value, max, true, unitPos));
      i = Math.max(end, i + 1);
      continue;
    }
    i++;
  }
  return out;
}
