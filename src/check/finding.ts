// What a check says about a cell: where, which indicator, which rule, how serious, and in words a
// statistician reads (Chinese first, English alongside). Rule ids are stable: tests, the task pane
// and saved review lists refer to them. The table with defaults and tiers is in rules.md.
import type { Message } from '../plan/message';
import type { Tier } from '../workbook/host';

export type { Tier };

export type RuleId =
  | 'structure'
  | 'completeness'
  | 'conflict'
  | 'format'
  | 'scale'
  | 'identity'
  | 'formula'
  | 'status'
  | 'monotonic'
  | 'sign'
  | 'mom'
  | 'yoy'
  | 'over-target'
  | 'running-total'
  | 'double-count'
  | 'upper-bound'
  | 'balance'
  | 'milestone-overdue'
  | 'milestone-back';

export interface RuleInfo {
  id: RuleId;
  /** Short Chinese name shown in lists (规则). */
  name: string;
  nameEn: string;
}

/** In the order findings of one cell are listed. */
export const RULES: RuleInfo[] = [
  { id: 'structure', name: '表格结构', nameEn: 'structure' },
  { id: 'completeness', name: '漏填', nameEn: 'completeness' },
  { id: 'conflict', name: '多份填报不一致', nameEn: 'returns disagree' },
  { id: 'format', name: '格式', nameEn: 'format' },
  { id: 'scale', name: '数量级', nameEn: 'unit scale' },
  { id: 'identity', name: '累计平衡', nameEn: 'cumulative identity' },
  { id: 'formula', name: '公式被改写', nameEn: 'formula overwritten' },
  { id: 'status', name: '状态被改写', nameEn: 'status overwritten' },
  { id: 'monotonic', name: '累计减少', nameEn: 'cumulative falls' },
  { id: 'sign', name: '降幅符号', nameEn: 'decrease sign' },
  { id: 'mom', name: '环比波动', nameEn: 'month-on-month change' },
  { id: 'yoy', name: '同比波动', nameEn: 'year-on-year change' },
  { id: 'over-target', name: '远超目标', nameEn: 'far beyond target' },
  { id: 'running-total', name: '疑似累计数', nameEn: 'running total in 本月' },
  { id: 'double-count', name: '疑似重复计算', nameEn: 'counted twice' },
  { id: 'upper-bound', name: '超出上限', nameEn: 'above the upper bound' },
  { id: 'balance', name: '分项大于总量', nameEn: 'part exceeds whole' },
  { id: 'milestone-overdue', name: '节点逾期', nameEn: 'milestone overdue' },
  { id: 'milestone-back', name: '进展倒退', nameEn: 'milestone stepped back' },
];

export const RULE_BY_ID: Record<RuleId, RuleInfo> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
  RuleId,
  RuleInfo
>;

export const TIER_NAME: Record<Tier, string> = { error: '强制性', verify: '核实性', note: '提示性' };
export const TIERS: Tier[] = ['error', 'verify', 'note'];

export interface Finding {
  sheet: string;
  /** A1 address of the figure on `sheet`; null only for a structure finding about a whole sheet. */
  cell: string | null;
  /** Indicator code, or null for a structure finding not tied to a row. */
  code: string | null;
  /** Indicator name ('' when no indicator). */
  name: string;
  rule: RuleId;
  tier: Tier;
  /** The whole sentence a user reads, with the place: "1月!F12 粮食生产面积：…". */
  message: Message;
  /** What the cell holds, as shown. */
  found: string;
  /** What was expected, in plain words. */
  expected: string;
  /** A value to enter instead, where one can be given. */
  suggestion: string | null;
  /** A 核实性 finding the row's 备注 answers (kept as 提示性): the note's words. */
  explainedBy?: string;
}

export interface TierCounts {
  error: number;
  verify: number;
  note: number;
}

export function countByTier(findings: Finding[]): TierCounts {
  const c: TierCounts = { error: 0, verify: 0, note: 0 };
  for (const f of findings) c[f.tier]++;
  return c;
}

/** A number as a user would type it (the one rule in progress/round). */
export { showNumber as fmtNum } from '../progress/round';

/** "1月!F12", quoting sheet names that need it in a formula-style reference is not needed for display. */
export function place(sheet: string, cell: string | null): string {
  return cell ? `${sheet}!${cell}` : sheet;
}

/**
 * Codes whose figures the report text must not quote: an open 强制性 or 核实性 finding about the figure
 * itself. A missing figure (completeness) is stated as 未填报 and an overdue milestone as 逾期 anyway.
 * The task pane and the CLI both use this, so their narratives agree.
 */
export function unverifiedCodes(findings: Finding[]): string[] {
  const codes = new Set<string>();
  for (const f of findings) {
    if (!f.code || (f.tier !== 'error' && f.tier !== 'verify')) continue;
    if (f.rule === 'completeness' || f.rule === 'milestone-overdue') continue;
    codes.add(f.code);
  }
  return [...codes];
}

/** A figure kept as it is because its 备注 explains it: what the report lists as 经备注说明保留的异常数据. */
export interface ExplainedFigure {
  code: string;
  name: string;
  /** The month sheet ("8月") and cell of the figure. */
  sheet: string;
  cell: string;
  found: string;
  /** What the check saw (环比波动, 累计减少…). */
  rule: string;
  note: string;
}

/** The findings a 备注 answered, one per cell: the pane and the CLI list the same. */
export function explainedFigures(findings: Finding[]): ExplainedFigure[] {
  const out: ExplainedFigure[] = [];
  for (const f of findings) {
    if (!f.explainedBy || !f.code || !f.cell || out.some((x) => x.sheet === f.sheet && x.cell === f.cell)) continue;
    out.push({
      code: f.code,
      name: f.name,
      sheet: f.sheet,
      cell: f.cell,
      found: f.found,
      rule: RULE_BY_ID[f.rule].name,
      note: f.explainedBy,
    });
  }
  return out;
}
