// What a 备注 cell says, and which months it speaks of: a late report explained in a later month
// ("7月数据迟报，含7-8月") answers the earlier month's blank.
import { parseChineseInteger } from '../progress/numerals';
import { isNoDataMark, readFigure } from '../progress/figure';
import type { CellValue } from '../workbook/spec';
import type { MonthPoint, Series } from './series';
import type { RuleId } from './finding';

/** What a 备注 cell holds, trimmed; '' when nothing. */
export function noteText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** A note without the punctuation it ends on ("无。", "2，"). */
function bareNote(note: string): string {
  return note.replace(/[。．.，,；;！!、]+$/u, '').trim();
}

/**
 * Whether a 备注 says something: clerks fill an empty column with 无, /, — or 0, and such a mark (the
 * figure reader's no-data marks) or a bare number explains nothing, so the finding it sits beside stays open.
 */
export function explains(note: string): boolean {
  const s = bareNote(note);
  if (isNoDataMark(s)) return false;
  const r = readFigure(s, '');
  return r.kind !== 'number' && r.kind !== 'fixable';
}

/** Words that only vouch for a figure: "已核实", "经核实，数据准确无误", "情况属实", "OK". */
const CONFIRMING =
  /经过|经|已经|已|再次|重新|核实|核查|复核|核对|审核|确认|确定|无误|属实|准确|正确|真实|可靠|有效|无问题|没有问题|没问题|无异议|没错|正常|对的|ok|数据|数字|此数|该数|本月数|情况|填报|后|过|均|是|的|为|且|并|和|[\s，,。．.；;、！!：:]/giu;

/**
 * A 备注 that only confirms the figure ("已核实", "数据无误", "属实") and gives no reason. It answers a
 * finding where the figure may well be right (环比, 同比, 远超目标…), not one that is almost surely an
 * entry mistake with a concrete fix (confirmationSuffices).
 */
export function confirmsOnly(note: string): boolean {
  const s = bareNote(note);
  return explains(s) && s.replace(CONFIRMING, '') === '';
}

/** The 备注 of a month when it explains something (explains); '' when it is empty or only a mark. */
export function noteOf(p: MonthPoint): string {
  const note = noteText(p.row.note.value);
  return explains(note) ? note : '';
}

/** The 备注 of a month when it gives a reason, not only a confirmation (confirmsOnly); '' otherwise. */
export function reasonOf(p: MonthPoint): string {
  const note = noteOf(p);
  return note && !confirmsOnly(note) ? note : '';
}

/**
 * Findings a bare confirmation answers: the figure may be right, and "已核实" says the office looked.
 * Not 数量级, 疑似累计数, 降幅符号 or 疑似重复计算: almost surely entry mistakes with a concrete fix, where
 * "已核实" tells nothing about which reading is meant; they need a reason (or the fix).
 */
export function confirmationSuffices(rule: RuleId): boolean {
  return !NEEDS_REASON.has(rule);
}

const NEEDS_REASON: ReadonlySet<RuleId> = new Set<RuleId>(['scale', 'running-total', 'sign', 'double-count']);

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
/** "7-8月", "7至8月", "7月-8月", "7、8月", "七月": month numbers, then the 月 that closes the run. */
const RUN = new RegExp(
  `${NUM}(?:\\s*月)?((?:\\s*(?:[-—–~～至到、，,和及与]|月\\s*[-—–~～至到])\\s*${NUM})*)\\s*月`,
  'g',
);
const NEXT = new RegExp(`([-—–~～至到]|[、，,和及与])\\s*(?:月\\s*[-—–~～至到]\\s*)?${NUM}`, 'g');

function monthNumber(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : parseChineseInteger(s.replace('两', '二'));
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

/** The months a note names: "含7-8月" -> 7, 8; "1、2月" -> 1, 2; "三季度" names none. */
export function monthsNamed(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(RUN)) {
    let last = monthNumber(m[1]);
    if (last !== null) out.add(last);
    for (const n of (m[2] ?? '').matchAll(NEXT)) {
      const k = monthNumber(n[2]);
      if (k === null) continue;
      const range = /[-—–~～至到]/.test(n[1]) || /月/.test(n[0]);
      if (range && last !== null && k > last) for (let j = last; j <= k; j++) out.add(j);
      out.add(k);
      last = k;
    }
  }
  return out;
}

/**
 * The note that explains month `month`'s entry as of month `asOf`: its own 备注, or the 备注 of a
 * later month up to `asOf` that names it. Null when none does. A bare "已核实" (confirmsOnly) says
 * nothing about a blank: it explains none.
 */
export function explainedBy(series: Series, month: number, asOf: number): { month: number; note: string } | null {
  const own = series[month];
  if (own && reasonOf(own)) return { month, note: reasonOf(own) };
  for (let j = month + 1; j <= asOf; j++) {
    const q = series[j];
    const note = q ? reasonOf(q) : '';
    if (note && monthsNamed(note).has(month)) return { month: j, note };
  }
  return null;
}

export { monthsText } from '../plan/months';

/**
 * A figure written in the 备注 instead of 本月 ("本月完成危房改造10户", or just "2"): the number, when the
 * note holds one bare or with the row's own unit; null otherwise. Such a note reports, it does not explain.
 */
export function figureInNote(note: string, unit: string): number | null {
  const s = bareNote(note);
  if (s === '') return null;
  const bare = readFigure(s, '');
  if (bare.kind === 'number' || bare.kind === 'fixable') return bare.value;
  if (unit === '' || unit === '%') return null;
  const esc = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [...s.matchAll(new RegExp(`(\\d+(?:\\.\\d+)?)\\s*${esc}`, 'g'))];
  return found.length === 1 ? Number(found[0][1]) : null;
}
