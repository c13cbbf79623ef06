// A stable hash of what the templates depend on, so a returned workbook can be matched to its plan.
import type { Plan } from './types';

function fnv1a(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Hash of the year and the indicators' codes, kinds and targets, adjusted targets included (not names or notes: fixing a typo keeps returns valid). */
export function planHash(plan: Plan): string {
  const key = JSON.stringify([
    plan.year,
    // Adjustments, hold and reportMonths change the formulas; they join the key only when set, so
    // plans without them keep their hash.
    plan.indicators.map((i) => [
      i.code,
      i.kind,
      i.unit,
      i.comparator,
      i.value,
      i.max,
      ...(i.adjustment ? [i.adjustment.month, i.adjustment.value, i.adjustment.max] : []),
      ...(i.hold ? ['hold'] : []),
      ...(i.bottomLine ? ['bottomLine'] : []),
      ...(i.reportMonths ? [i.reportMonths] : []),
    ]),
  ]);
  return fnv1a(key);
}
