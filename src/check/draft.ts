// What every rule shares: the context it reads and `draft`, which places a finding and words it.
// Rule ids, tiers and defaults are documented in rules.md; keep the two in step.
import type { CheckThresholds, Indicator, Plan } from '../plan/types';
import type { CellValue } from '../workbook/spec';
import type { FigureCell } from '../workbook/figures';
import { fmtNum, place, type Finding, type RuleId, type Tier } from './finding';
import type { MonthPoint, Series } from './series';

export interface RuleContext {
  plan: Plan;
  ind: Indicator;
  series: Series;
  /** The month the rule looks at: the checked month, or an earlier one that feeds it. */
  month: number;
  /** The month being checked. */
  asOf: number;
  point: MonthPoint;
  th: CheckThresholds;
  /** Other indicators' series, by code (for part/whole). */
  seriesByCode: Map<string, Series>;
  indByCode: Map<string, Indicator>;
}

export interface Draft {
  finding: Finding;
  /** Month of the sheet the finding is on (for ordering). */
  month: number;
  row: number;
}

export function shown(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return fmtNum(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

export function unitText(unit: string): string {
  return unit ? `（单位：${unit}）` : '';
}
export function unitTextEn(unit: string): string {
  return unit ? ` (unit: ${unit})` : '';
}

export function pct(share: number): string {
  return fmtNum(Math.round(share * 1000) / 10);
}

/** What a rule says about one cell; `draft` places it and words the whole message. */
export interface DraftInput {
  /** Default: the month's 本月 cell. */
  cell?: FigureCell;
  rule: RuleId;
  tier: Tier;
  /** The finding's own words, after "sheet!cell name：". */
  zh: string;
  en: string;
  expected: string;
  /** A value to enter instead; default none. */
  suggestion?: number | string | null;
}

/** A finding about the context's row in the context's month (`ctx.point`). */
export function draft(ctx: RuleContext, d: DraftInput): Draft {
  const { ind, point: p } = ctx;
  const cell = d.cell ?? p.row.month;
  const suggestion = d.suggestion ?? null;
  const at = place(p.sheet, cell.address);
  return {
    month: p.month,
    row: p.row.row,
    finding: {
      sheet: p.sheet,
      cell: cell.address,
      code: ind.code,
      name: ind.name,
      rule: d.rule,
      tier: d.tier,
      message: { zh: `${at} ${ind.name}：${d.zh}`, en: `${at} ${ind.name} (${ind.code}): ${d.en}` },
      found: shown(cell.value),
      expected: d.expected,
      suggestion: suggestion === null ? null : typeof suggestion === 'number' ? fmtNum(suggestion) : suggestion,
    },
  };
}

export function lastEntered(series: Series, before: number): { month: number; value: number } | null {
  for (let m = before - 1; m >= 1; m--) {
    const e = series[m]?.num;
    if (e !== undefined && e !== null) return { month: m, value: e };
  }
  return null;
}

/** A negative figure on a 下降 row: read as a rise, which the sign rule questions. */
export function isRise(ind: Indicator, x: number): boolean {
  return ind.kind === 'rate' && ind.direction === 'decrease' && x < 0;
}

/** What a rate row's figure is called: 降幅 on a 下降 row (entered as a positive decrease), else 增速. */
export function rateWord(ind: Indicator): { zh: string; en: string } {
  return ind.kind === 'rate' && ind.direction === 'decrease'
    ? { zh: '降幅', en: 'decrease' }
    : { zh: '增速', en: 'growth rate' };
}
