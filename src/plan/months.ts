// Months as a statistician writes them, one way for every surface (findings, sentences, plan changes).
import type { Message } from './message';

/** Runs of consecutive months: [1, 2, 5, 6, 7, 11] -> [[1, 2], [5, 7], [11, 11]]. */
export function monthRuns(months: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const m of [...new Set(months)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && m === last[1] + 1) last[1] = m;
    else runs.push([m, m]);
  }
  return runs;
}

/**
 * "1-2月、5-7月、11月"; single months only share one 月: "3、6、9、12月". The check's monthsNamed reads
 * both forms back.
 */
export function monthsText(months: readonly number[]): Message {
  const runs = monthRuns(months);
  const one = ([a, b]: [number, number]) => (a === b ? `${a}` : `${a}-${b}`);
  const singles = runs.every(([a, b]) => a === b);
  const single = runs.length === 1 && singles;
  return {
    zh: singles ? `${runs.map(one).join('、')}月` : runs.map((r) => `${one(r)}月`).join('、'),
    en: `${single ? 'month' : 'months'} ${runs.map(one).join(', ')}`,
  };
}

const QUARTERLY = new Set(['按季度', '季度', '每季度', '按季', '季报', '按季报送']);
const EVERY_MONTH = new Set(['', '每月', '按月', '月报']);

/**
 * 报送月份 as typed in the 指标库, in every form the tool itself writes and a clerk types: "3,6,9,12",
 * "3、6、9、12月", "2-12", "2-12月", "1-2月、4-12月", "３，６" and 按季度 ([3, 6, 9, 12]); null for every
 * month (blank, 每月); 'bad' for anything else.
 */
export function parseMonthList(text: string): number[] | null | 'bad' {
  const t = text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[～~—–－至到]/g, '-')
    .trim();
  if (EVERY_MONTH.has(t)) return null;
  if (QUARTERLY.has(t)) return [3, 6, 9, 12];
  const out = new Set<number>();
  for (const part of t.split(/[,，、;；\s]+/).filter(Boolean)) {
    const m = /^(\d{1,2})月?(?:-(\d{1,2})月?)?$/.exec(part);
    if (!m) return 'bad';
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b > 12 || b < a) return 'bad';
    for (let k = a; k <= b; k++) out.add(k);
  }
  return out.size ? [...out].sort((x, y) => x - y) : null;
}
