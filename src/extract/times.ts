// Times in a clause read as a due month: 3月, 6月底前, 十月份, 上半年 (6), 一季度/第一季度末 (3), 年中 (6),
// 年底前/年内 (12), 汛期前 (5, with a note), 春节前 (the festival's month, with a note). One rule for
// quantities and milestones; every look is a few characters wide.
import { isMonth, type Message } from '../plan/message';
import { isDigit, longestFirst, wordAt, wordEndingAt } from './text';

export interface TimeMention {
  month: number;
  start: number;
  end: number;
  /** A year-end word (年内, 年底前): the plan's default for a figure, so a quantity keeps null. */
  yearEnd: boolean;
  /** Why the month is an assumption (汛期前, 春节前); null when the text names the month. */
  note: Message | null;
}

const TIME_WORDS: Record<string, number> = {
  今年内: 12,
  今年底前: 12,
  年底之前: 12,
  年底前: 12,
  年底: 12,
  年内: 12,
  年末: 12,
  全年: 12,
  年中: 6,
  上半年: 6,
  下半年: 12,
  第一季度末: 3,
  第一季度: 3,
  一季度末: 3,
  一季度: 3,
  第二季度末: 6,
  第二季度: 6,
  二季度末: 6,
  二季度: 6,
  第三季度末: 9,
  第三季度: 9,
  三季度末: 9,
  三季度: 9,
  第四季度: 12,
  四季度: 12,
};
const YEAR_END = new Set([
  '今年内',
  '今年底前',
  '年底之前',
  '年底前',
  '年底',
  '年内',
  '年末',
  '全年',
  '下半年',
  '第四季度',
  '四季度',
]);
/** Farm seasons, whose month differs by place: taken as a month, with a note saying so. */
const FARM_SEASONS: Record<string, number> = { 春耕前: 3, 春播前: 3, 夏收前: 5, 麦收前: 5, 秋收前: 9 };
/** Fixed-date holidays: before 国庆 (1 October) is done in September, before 元旦 in December. */
const HOLIDAYS: Record<string, number> = { 国庆节前: 9, 国庆前: 9, 元旦前: 12, 五一前: 4, 劳动节前: 4 };

function holidayNote(word: string, month: number): Message {
  return {
    zh: `${word}：按${month}月底计，请核对`,
    en: `${word} (before the holiday): taken as the end of month ${month}; check it`,
  };
}

function farmNote(word: string, month: number): Message {
  return {
    zh: `${word}：按${month}月计，各地农时不同，请核对`,
    en: `${word} (farm season): taken as month ${month}; check the local date`,
  };
}

const TIME_LIST = longestFirst([
  ...Object.keys(TIME_WORDS),
  ...Object.keys(FARM_SEASONS),
  ...Object.keys(HOLIDAYS),
  '汛期前',
  '汛前',
  '春节前',
  '春节之前',
]);
export const MONTH_SUFFIX = longestFirst([
  '底之前',
  '底前',
  '中旬',
  '下旬',
  '上旬',
  '底',
  '前',
  '末',
  '份',
  '内',
  '中',
]);
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
export const CN_MONTH_LIST = longestFirst(Object.keys(CN_MONTH));

export const FLOOD_NOTE: Message = {
  zh: '汛期前：按5月计，各地入汛时间不同，请核对',
  en: 'before the flood season: taken as May; check the local date',
};

/** The month of the Spring Festival (春节) by year, where known; else February. */
const SPRING_FESTIVAL: Record<number, [number, number]> = {
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
};

/** 春节前: the festival's month in the report's year (1 or 2), with a note saying so. */
export function springFestival(year: number | null): { month: number; note: Message } {
  const day = year !== null ? SPRING_FESTIVAL[year] : undefined;
  if (!day) {
    return {
      month: 2,
      note: {
        zh: '春节前：按2月计，请按当年春节日期核对',
        en: 'before the Spring Festival: taken as February; check the year',
      },
    };
  }
  return {
    month: day[0],
    note: {
      zh: `春节前：${year}年春节为${day[0]}月${day[1]}日，按${day[0]}月计`,
      en: `before the Spring Festival (${year}: ${day[0]}/${day[1]}): taken as month ${day[0]}`,
    },
  };
}

/** Month mentions (3月, 6月底前, 十月份) and time words (年内, 上半年, 汛期前) in [a, b). */
export function timeMentions(s: string, a: number, b: number, year: number | null = null): TimeMention[] {
  const out: TimeMention[] = [];
  for (let k = a; k < b; k++) {
    const tw = wordAt(s, k, TIME_LIST);
    if (tw && k + tw.length <= b) {
      const end = k + tw.length;
      if (tw.startsWith('汛')) out.push({ month: 5, start: k, end, yearEnd: false, note: FLOOD_NOTE });
      else if (tw.startsWith('春节')) out.push({ ...springFestival(year), start: k, end, yearEnd: false });
      else if (HOLIDAYS[tw])
        out.push({ month: HOLIDAYS[tw], start: k, end, yearEnd: false, note: holidayNote(tw, HOLIDAYS[tw]) });
      else if (FARM_SEASONS[tw])
        out.push({ month: FARM_SEASONS[tw], start: k, end, yearEnd: false, note: farmNote(tw, FARM_SEASONS[tw]) });
      // 全年 is a year-end word only as a time (全年完成), not in 全年任务 (a noun).
      else if (tw === '全年' && '任目计的'.includes(s[end] ?? '')) continue;
      else out.push({ month: TIME_WORDS[tw], start: k, end, yearEnd: YEAR_END.has(tw), note: null });
      k = end - 1;
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
    if (!isMonth(m)) continue;
    const before = s[j - 1];
    // 每月 is a frequency; 3个月 a duration; 第三个月 an ordinal; 5·20 / 3.15 style dates are codes.
    if (before === '每' || before === '个' || before === '第' || before === '.') continue;
    // 6月30日 is a day; the month still holds.
    let end = k + 1;
    const suf = wordAt(s, end, MONTH_SUFFIX);
    if (suf) end += suf.length;
    // 2023年5月: the year goes with the month (and out of a name).
    const withYear = s[j - 1] === '年' && j - 5 >= a && isDigit(s[j - 5]) && isDigit(s[j - 2]) ? j - 5 : j;
    out.push({ month: m, start: withYear, end, yearEnd: false, note: null });
  }
  return out;
}

/** Year-end words that set a deadline (年底前实现…): a figure drafted with them is due in December. */
const YEAR_END_DEADLINES = new Set(['年底前', '年底之前', '今年底前']);

/** The due month of a figure from the clause before it: the last month or season named, or 年底前;
 * another year-end word (年内, 全年) leaves it null (year end is a figure's default). */
export function figureMonth(s: string, a: number, b: number, year: number | null): TimeMention | null {
  const ms = timeMentions(s, a, b, year);
  for (let k = ms.length - 1; k >= 0; k--)
    if (!ms[k].yearEnd || YEAR_END_DEADLINES.has(s.slice(ms[k].start, ms[k].end))) return ms[k];
  return null;
}

/** "3月底前" or "上半年" at `a`, as the text to skip. */
export function timeAt(s: string, a: number, b: number): string | null {
  const tw = wordAt(s, a, TIME_LIST);
  if (tw) return tw;
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
