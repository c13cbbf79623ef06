// How an indicator is named: on the month sheet (a 其中 row under its whole), and in a list or table
// that takes it out of that place (the report's attention lists, the 汇总's 待核实 line, the 通报).
import type { Indicator } from './types';

const PART_PREFIX = /^其中[：:]\s*/;

/** A 其中 row's name on the sheet: one 其中：, whether or not the plan's name already has it. */
export function partLabel(name: string): string {
  return PART_PREFIX.test(name) ? name : `其中：${name}`;
}

/** A name as the plan means it, without the 其中： a sheet may show. */
export function bareName(name: string): string {
  return name.replace(PART_PREFIX, '');
}

/**
 * A row's name in a list: "其中：" means nothing away from the row above, so a part is named with its
 * whole ("农村危房改造中的土坯房改造"), or bare where the whole is not in the plan.
 */
export function listName(
  ind: Pick<Indicator, 'code' | 'name' | 'parent'>,
  wholeOf: (code: string) => Pick<Indicator, 'name'> | undefined,
): string {
  const own = bareName(ind.name);
  const whole = ind.parent && ind.parent !== ind.code ? wholeOf(ind.parent) : undefined;
  if (!whole) return own;
  const w = bareName(whole.name);
  // "新增市场主体中的企业", not "…中的新增企业": the words the part shares with its whole are said once.
  let k = 0;
  while (k < w.length && k < own.length && w[k] === own[k]) k++;
  return `${w}中的${k >= 2 && own.length - k >= 2 ? own.slice(k) : own}`;
}
