// The report's year and its headings (一、… and （一）…), which become the plan's sections.
import { isChineseNumeral, parseChinese } from './numbers';
import { isDigit, isSpace, normalize } from './text';
import type { ReportSection } from './types';

interface YearMention {
  year: number;
  /** Index of the first digit. */
  start: number;
  /** Index after 年. */
  end: number;
}

const CN_YEAR_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** Every "2023年" (or "二〇二三年") in the normalized text. */
export function yearMentions(s: string): YearMention[] {
  const out: YearMention[] = [];
  const nian = '年'.charCodeAt(0);
  for (let i = 0; i + 4 < s.length; i++) {
    if (s.charCodeAt(i + 4) !== nian) continue;
    let digits = '';
    for (let k = 0; k < 4; k++) {
      const c = s[i + k];
      if (isDigit(c)) digits += c;
      else if (CN_YEAR_DIGITS[c] !== undefined) digits += CN_YEAR_DIGITS[c];
      else break;
    }
    if (digits.length !== 4) continue;
    const before = s[i - 1];
    if (isDigit(before) || (before !== undefined && CN_YEAR_DIGITS[before] !== undefined)) continue;
    const year = Number(digits);
    if (year >= 1949 && year <= 2100) out.push({ year, start: i, end: i + 5 });
  }
  return out;
}

const HORIZON_BEFORE = ['到', '至'];
const PLAN_YEAR_AFTER = ['工作安排', '主要预期目标', '主要目标', '目标任务', '工作任务', '工作的总体要求', '政府工作'];

/** The year the report plans for: "2023年是…", "2023年工作安排", else the year mentioned most. */
export function detectReportYear(text: string): number | null {
  return reportYearOf(normalize(text));
}

/** detectReportYear on text already normalized. */
export function reportYearOf(s: string): number | null {
  const years = yearMentions(s);
  if (!years.length) return null;
  const is = years.find((y) => s[y.end] === '是');
  if (is) return is.year;
  const planned = years.find((y) =>
    PLAN_YEAR_AFTER.some((w) => s.startsWith(w, y.end) || s.startsWith('的' + w, y.end)),
  );
  if (planned) return planned.year;
  // "到2027年" names a horizon, not the year planned for.
  const plain = years.filter((y) => !HORIZON_BEFORE.includes(s[y.start - 1]));
  if (!plain.length) return null;
  const counts = new Map<number, number>();
  for (const y of plain) counts.set(y.year, (counts.get(y.year) ?? 0) + 1);
  let best = plain[0].year;
  for (const [year, n] of counts) {
    const b = counts.get(best)!;
    if (n > b || (n === b && year > best)) best = year;
  }
  return best;
}

const REVIEW_WORDS = [
  '回顾',
  '过去',
  '总结',
  '一年来',
  '五年来',
  '今后五年',
  '未来五年',
  '今后一个时期',
  '今后一段时期',
];
const MAX_TITLE = 40;

interface Heading {
  level: 1 | 2;
  num: number;
  start: number;
  titleStart: number;
  lineEnd: number;
}

function headingAt(s: string, lineStart: number, lineEnd: number): Heading | null {
  let p = lineStart;
  while (p < lineEnd && isSpace(s[p])) p++;
  const open = s[p] === '（' || s[p] === '(';
  let q = open ? p + 1 : p;
  const numStart = q;
  while (q < lineEnd && q - numStart < 4 && isChineseNumeral(s[q])) q++;
  if (q === numStart) return null;
  const num = parseChinese(s.slice(numStart, q));
  if (num === null || num < 1 || num > 99) return null;
  if (open) {
    if (s[q] !== '）' && s[q] !== ')') return null;
    return { level: 2, num, start: p, titleStart: q + 1, lineEnd };
  }
  if (s[q] !== '、') return null;
  return { level: 1, num, start: p, titleStart: q + 1, lineEnd };
}

function titleOf(s: string, text: string, h: Heading): string {
  let end = h.titleStart;
  while (end < h.lineEnd && end - h.titleStart < MAX_TITLE && s[end] !== '。') end++;
  let title = text.slice(h.titleStart, end).trim();
  title = title.replace(/[，,；;：:。\s]+$/u, '');
  return title || `第${h.num}部分`;
}

/** The report's headings in order. Text between a 一、 heading and its first （一） belongs to the
 * 一、 section. Review and outlook sections are marked skipped. */
export function detectSections(text: string): ReportSection[] {
  return sectionsOf(normalize(text), text);
}

/** detectSections on `s`, the normalized form of `text`. */
export function sectionsOf(s: string, text: string): ReportSection[] {
  const reportYear = reportYearOf(s);
  const heads: Heading[] = [];
  let ls = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = s.charCodeAt(i);
    if (i === s.length || c === 10 || c === 13) {
      if (i > ls) {
        const h = headingAt(s, ls, i);
        if (h) heads.push(h);
      }
      ls = i + 1;
    }
  }
  const out: ReportSection[] = [];
  const used = new Map<string, number>();
  let parent: ReportSection | null = null;
  for (let k = 0; k < heads.length; k++) {
    const h = heads[k];
    let end = s.length;
    for (let m = k + 1; m < heads.length; m++) {
      if (heads[m].level <= h.level) {
        end = heads[m].start;
        break;
      }
    }
    const title = titleOf(s, text, h);
    let id = h.level === 2 && parent ? `${parent.id}.${h.num}` : String(h.num);
    const seen = used.get(id) ?? 0;
    used.set(id, seen + 1);
    if (seen) id = `${id}-${seen + 1}`;
    // "一、2023年主要工作" in a 2024 report reviews the past year.
    // Only the heading's own words count: "（二）冷链项目：…预计2023年12月开工" is a list item whose
    // body names a date, not a review.
    const head = headWords(title);
    const titleYears = yearMentions(normalize(head)).map((y) => y.year);
    const review =
      REVIEW_WORDS.some((w) => head.includes(w)) || (reportYear !== null && titleYears.some((y) => y < reportYear));
    const section: ReportSection = {
      id,
      title,
      level: h.level,
      start: h.start,
      end,
      skipped: review || (h.level === 2 && parent !== null && parent.skipped && h.start < parent.end),
    };
    if (h.level === 1) parent = section;
    out.push(section);
  }
  return out;
}

function headWords(title: string): string {
  let k = 0;
  while (k < title.length && !'，,：:；;'.includes(title[k])) k++;
  return title.slice(0, k);
}

/** The innermost section holding index `pos`, or null before the first heading. */
export function sectionAt(sections: ReportSection[], pos: number): ReportSection | null {
  let lo = 0;
  let hi = sections.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  // The latest heading before pos owns it: a heading's text runs to the next heading of any level.
  return sections[found];
}
