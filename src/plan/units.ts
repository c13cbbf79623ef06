// Units carry a scale: 3.2万亩 is 32,000 亩. Knowing the scale lets checks catch a figure
// typed in 亩 on a 万亩 row.

const PREFIXES: Array<[string, number]> = [
  ['亿', 1e8],
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['千', 1e3],
  ['百', 1e2],
];

// Units that start with a scale character but are not scaled (万元 is scaled; 千克 is not).
const UNSCALED = new Set(['千克', '千米', '千瓦', '千瓦时', '百分点', '万元/亩']);

export interface UnitScale {
  /** The unit as written: 万亩 */
  unit: string;
  /** 1e4 for 万亩 */
  scale: number;
  /** The base unit: 亩 */
  base: string;
}

export function unitScale(unit: string): UnitScale {
  const u = unit.trim();
  if (!UNSCALED.has(u)) {
    for (const [prefix, scale] of PREFIXES) {
      if (u.startsWith(prefix) && u.length > prefix.length) {
        return { unit: u, scale, base: u.slice(prefix.length) };
      }
    }
  }
  return { unit: u, scale: 1, base: u };
}

// Counts of firms and households are one measure: "新增市场主体500户，其中企业80家".
const ENTITY_COUNTS = new Set(['户', '家', '个']);

/** Whether two units measure the same thing at some scale: 万元 and 亿元; 户, 家 and 个 of entities. */
export function sameMeasure(a: string, b: string): boolean {
  const [x, y] = [unitScale(a).base, unitScale(b).base];
  return x === y || (ENTITY_COUNTS.has(x) && ENTITY_COUNTS.has(y));
}

export function isPercentUnit(unit: string): boolean {
  const u = unit.trim();
  return u === '%' || u === '％' || u === '百分比';
}

/** The unit a figure typed `factor` times too small (or, below 1, too large) for `unit` is in: 万亩 for 亩 at 10^4. */
export function typedUnit(unit: string, factor: number): string | null {
  const { scale, base } = unitScale(unit);
  const total = scale * factor;
  const prefix = PREFIX_OF.get(Math.round(total));
  return prefix !== undefined ? `${prefix}${base}` : null;
}

const PREFIX_OF = new Map<number, string>([
  [1, ''],
  [1e4, '万'],
  [1e8, '亿'],
]);
