// Numbers and words as a township report writes them: "2.1万亩", "65.6%", "40.6个百分点".
import { round } from '../progress/round';

const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthEn(month: number): string {
  return MONTH_EN[month - 1] ?? String(month);
}

/** Round half away from zero and drop trailing zeros; never prints "-0". */
export function plain(x: number, decimals: number): string {
  const r = round(x, decimals);
  if (r === 0) return '0';
  return String(r);
}

/** A figure in the plan's unit: at most 2 decimals (3.2万亩 -> "3.2", 3017.31亩 -> "3017.31"). */
export function fmtFigure(x: number): string {
  return plain(x, 2);
}

/** A share as a percentage to 0.1: 0.65625 -> "65.6". */
export function fmtShare(share: number): string {
  return plain(share * 100, 1);
}

/** Percentage points or a rate to 0.1, without sign: -0.94 -> "0.9". */
export function fmtPoints(pp: number): string {
  return plain(Math.abs(pp), 1);
}

/** A figure with its unit: "2.1万亩", "6.1%". */
export function withUnit(x: number, unit: string): string {
  return `${fmtFigure(x)}${unit}`;
}

/** "全镇" for a 镇, "全县" for a 县…: how a report names its own area. */
export function areaWord(unitName: string): { zh: string; en: string } {
  const name = unitName.trim();
  if (name.endsWith('街道')) return { zh: '全街道', en: 'the subdistrict' };
  const last = name.slice(-1);
  const map: Record<string, { zh: string; en: string }> = {
    镇: { zh: '全镇', en: 'the town' },
    乡: { zh: '全乡', en: 'the township' },
    县: { zh: '全县', en: 'the county' },
    区: { zh: '全区', en: 'the district' },
    市: { zh: '全市', en: 'the city' },
    村: { zh: '全村', en: 'the village' },
  };
  return map[last] ?? { zh: name, en: name };
}
