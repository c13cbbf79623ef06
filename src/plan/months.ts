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
