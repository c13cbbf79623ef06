// Who owns a row: the one rule every surface uses (generate --unit, collect, the 汇总 by office, the
// pane's list of offices). A 任务分解表 often names several offices for one target, as
// "镇农业农村办、镇林业站" or "牵头：镇农业农村办；配合：镇林业站". The row belongs to each office it
// names (it goes into each one's workbook, and collect takes its figure from any of them); the first
// named office, or the one marked 牵头, is its lead (牵头单位), under which the 汇总 counts it once.
import type { Indicator, Plan } from './types';

const SEPARATORS = /[、，,；;／/\n]+/;
/** "牵头：", "牵头单位:", "配合单位：", "责任单位：" before a name. */
const ROLE_PREFIX = /^(牵头|配合|协办|责任)(单位|部门)?\s*[：:]\s*/;
/** "（牵头）", "(配合)" after a name. */
const ROLE_SUFFIX = /\s*[（(]\s*(牵头|配合|协办)(单位|部门)?\s*[）)]\s*$/;

interface Named {
  name: string;
  lead: boolean;
}

function parse(responsible: string | null | undefined): Named[] {
  if (!responsible) return [];
  const out: Named[] = [];
  let role: string | null = null;
  for (const raw of responsible.split(SEPARATORS)) {
    let part = raw.trim();
    // A role prefix applies to the names after it until the next one ("配合：甲、乙").
    const pre = ROLE_PREFIX.exec(part);
    if (pre) {
      role = pre[1];
      part = part.slice(pre[0].length).trim();
    }
    const suf = ROLE_SUFFIX.exec(part);
    const own = suf ? suf[1] : role;
    if (suf) part = part.slice(0, suf.index).trim();
    if (part !== '' && !out.some((n) => n.name === part)) out.push({ name: part, lead: own === '牵头' });
  }
  return out;
}

/**
 * The offices a row names, de-duplicated, its lead first: "牵头：甲；配合：乙、丙" and "乙、甲（牵头）"
 * both give 甲 first.
 */
export function ownersOf(responsible: string | null | undefined): string[] {
  const named = parse(responsible);
  const lead = named.findIndex((n) => n.lead);
  if (lead > 0) named.unshift(...named.splice(lead, 1));
  return named.map((n) => n.name);
}

/** The row's lead office (牵头单位): the one marked 牵头, else the first named; null when none. */
export function leadOf(responsible: string | null | undefined): string | null {
  return ownersOf(responsible)[0] ?? null;
}

/** Whether `unit` is one of the offices the row names. */
export function ownedBy(ind: Pick<Indicator, 'responsible'>, unit: string): boolean {
  return ownersOf(ind.responsible).includes(unit.trim());
}

/** Whether the row names more than one office. */
export function isShared(ind: Pick<Indicator, 'responsible'>): boolean {
  return ownersOf(ind.responsible).length > 1;
}

/** Every office the plan names, each once, in the order they first appear. */
export function officesOf(plan: Pick<Plan, 'indicators'>): string[] {
  const seen = new Set<string>();
  for (const ind of plan.indicators) for (const o of ownersOf(ind.responsible)) seen.add(o);
  return [...seen];
}

/** The offices in Chinese collation, as the pane lists them. */
export function officesSorted(plan: Pick<Plan, 'indicators'>): string[] {
  return officesOf(plan).sort((a, b) => a.localeCompare(b, 'zh-CN'));
}
