// What a regeneration changes: the plan the month sheets were generated from (as they show it: code,
// name, 年度目标, 责任单位 by month) against the new plan. Added, removed, renamed and moved indicators,
// and targets changed, with the months already filled, so a target changed under typed figures is
// asked about (年中调整 or 更正) instead of silently re-judging them. Pure: snapshots and plans in.
import type { Indicator, Plan, TargetAdjustment } from '../plan/types';
import { targetAt } from '../plan/adjust';
import type { WorkbookSnapshot } from '../workbook/host';
import type { CellValue } from '../workbook/spec';
import { bareName } from './rows';
import { monthSheetsOf, REMOVED_STATUS, OTHER_UNIT_STATUS, type PreserveReport } from './preserve';
import { planDiff, type FieldChange } from './planDiff';
import { generatedPlan } from './readback';
import { ownedBy, ownersOf } from '../plan/owners';

/** One indicator row as a generated month sheet shows it. */
interface ShownRow {
  name: string;
  responsible: string | null;
  /** 年度目标 as a number, null for milestones (text) or a blank cell. */
  target: number | null;
  /** Something typed in 本月 or 备注 this month. */
  filled: boolean;
}

export interface IndicatorRef {
  code: string;
  name: string;
  responsible: string | null;
}

export interface TargetChange {
  code: string;
  name: string;
  unit: string;
  /** The target the sheets showed, and the target the new plan gives, at the first changed month. */
  from: number;
  to: number;
  /** Months whose target changes. */
  months: number[];
  /** Of those, months that already hold a typed figure or note. */
  filled: number[];
  /** 'adjustment': the new plan records it as a 年中调整; 'change': the target itself was changed. */
  as: 'adjustment' | 'change';
  adjustment: TargetAdjustment | null;
  /** A plain change under typed figures: the user should say whether it is an adjustment or a correction. */
  question: boolean;
}

export interface PlanChanges {
  added: IndicatorRef[];
  /** Left the plan; their typed figures stay on flagged rows at the bottom of the month sheets. */
  removed: Array<IndicatorRef & { figures: number }>;
  renamed: Array<{ code: string; from: string; to: string }>;
  moved: Array<{ code: string; name: string; from: string | null; to: string | null }>;
  targets: TargetChange[];
  /** Every other field changed (settings, deadlines, schedules, report months…), line by line. */
  fields: FieldChange[];
  /**
   * Whether the workbook kept the plan it was generated from. False (made by an older version): the
   * fields are compared with 指标库 as it reads now, so an edit made there cannot be listed.
   */
  complete: boolean;
  /** Typed figures and notes (by code and month) carried into the new sheets, and kept on flagged rows. */
  carried: number;
  archived: number;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/** Each code's rows by month as the old month sheets show them (rows flagged as set aside excluded). */
function shownRows(old: WorkbookSnapshot): Map<string, Map<number, ShownRow>> {
  const out = new Map<string, Map<number, ShownRow>>();
  for (const { sheet, month, header } of monthSheetsOf(old)) {
    const c = header.cols;
    for (let r = header.row + 1; r < sheet.values.length; r++) {
      const line = sheet.values[r] ?? [];
      const code = c.code === undefined ? '' : text(line[c.code]);
      if (!code) continue;
      const status = c.status === undefined ? '' : text(line[c.status]);
      if (status === REMOVED_STATUS || status === OTHER_UNIT_STATUS) continue;
      const byMonth = out.get(code) ?? new Map<number, ShownRow>();
      out.set(code, byMonth);
      if (byMonth.has(month)) continue;
      const typed = (k: 'month' | 'note') => {
        const col = c[k];
        return col !== undefined && !sheet.formulas[r]?.[col] && text(line[col]) !== '';
      };
      const t = c.target === undefined ? null : line[c.target];
      byMonth.set(month, {
        name: bareName(c.name === undefined ? '' : text(line[c.name])),
        responsible: c.responsible === undefined ? null : text(line[c.responsible]) || null,
        target: typeof t === 'number' && Number.isFinite(t) ? t : null,
        filled: typed('month') || typed('note'),
      });
    }
  }
  return out;
}

const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The changes regenerating `old` with `plan` makes. `unit`: the workbook is cut for one responsible
 * unit (only its indicators count as added). `preserved`: the regeneration's own count of figures.
 */
export function planChanges(
  old: WorkbookSnapshot | null,
  plan: Plan,
  options: { unit?: string | null; preserved?: PreserveReport } = {},
): PlanChanges {
  const shown = old ? shownRows(old) : new Map<string, Map<number, ShownRow>>();
  const unit = options.unit?.trim() || null;
  const wanted = plan.indicators.filter((i) => unit === null || ownedBy(i, unit));
  const inPlan = new Map(wanted.map((i) => [i.code, i]));
  const changes: PlanChanges = {
    added: [],
    removed: [],
    renamed: [],
    moved: [],
    targets: [],
    fields: [],
    complete: true,
    carried: options.preserved?.kept ?? 0,
    archived: options.preserved?.archived.length ?? 0,
  };
  for (const ind of wanted) {
    const byMonth = shown.get(ind.code);
    if (!byMonth || byMonth.size === 0) {
      changes.added.push({ code: ind.code, name: ind.name, responsible: ind.responsible });
      continue;
    }
    const months = [...byMonth.keys()].sort((a, b) => a - b);
    const latest = byMonth.get(months[months.length - 1]) as ShownRow;
    if (latest.name && latest.name !== bareName(ind.name))
      changes.renamed.push({ code: ind.code, from: latest.name, to: ind.name });
    if ((latest.responsible ?? '') !== (ind.responsible ?? ''))
      changes.moved.push({ code: ind.code, name: ind.name, from: latest.responsible, to: ind.responsible });
    const t = targetChange(ind, byMonth, months);
    if (t) changes.targets.push(t);
  }
  const generated = old ? generatedPlan(old) : null;
  if (generated) {
    changes.complete = generated.complete;
    // Targets the month sheets showed are told as 目标变更/目标调整 above, with their months.
    const told = new Set(changes.targets.map((t) => t.code));
    const added = new Set(changes.added.map((a) => a.code));
    changes.fields = planDiff(generated.plan, plan, new Set(inPlan.keys())).filter(
      (f) =>
        !(f.code && added.has(f.code)) &&
        !(f.code && told.has(f.code) && ['value', 'max', 'adjustment'].includes(f.field)),
    );
  }
  const planned = new Map(plan.indicators.map((i) => [i.code, i]));
  for (const [code, byMonth] of shown) {
    if (inPlan.has(code)) continue;
    const months = [...byMonth.keys()].sort((a, b) => a - b);
    const latest = byMonth.get(months[months.length - 1]) as ShownRow;
    // Still in the plan, another office's row: not removed. It moved away only if it was this unit's.
    const other = planned.get(code);
    if (other) {
      if (unit !== null && ownersOf(latest.responsible).includes(unit))
        changes.moved.push({ code, name: other.name, from: latest.responsible, to: other.responsible });
      continue;
    }
    const figures = [...byMonth.values()].filter((r) => r.filled).length;
    changes.removed.push({ code, name: latest.name, responsible: latest.responsible, figures });
  }
  return changes;
}

function targetChange(ind: Indicator, byMonth: Map<number, ShownRow>, months: number[]): TargetChange | null {
  if (ind.kind === 'milestone') return null;
  const changed: number[] = [];
  let from: number | null = null;
  let to: number | null = null;
  for (const m of months) {
    const was = byMonth.get(m)?.target ?? null;
    const now = targetAt(ind, m).value;
    if (was === null || now === null || sameNumber(was, now)) continue;
    changed.push(m);
    if (from === null) {
      from = was;
      to = now;
    }
  }
  if (!changed.length || from === null || to === null) return null;
  const filled = changed.filter((m) => byMonth.get(m)?.filled);
  // The new plan explains the change when it records an adjustment whose original is what the sheets
  // showed before it and whose adjusted value is the new target: every changed month is on or after it.
  const a = ind.adjustment ?? null;
  const explained =
    a !== null &&
    changed.every((m) => m >= a.month) &&
    months
      .filter((m) => m < a.month)
      .every((m) => {
        const was = byMonth.get(m)?.target ?? null;
        return was === null || ind.value === null || sameNumber(was, ind.value);
      });
  return {
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    from,
    to,
    months: changed,
    filled,
    as: explained ? 'adjustment' : 'change',
    adjustment: explained ? a : null,
    question: !explained && filled.length > 0,
  };
}

/** The user's answer to a target changed under typed figures. */
export type TargetDecision =
  { code: string; as: 'adjustment'; month: number; reason: string | null } | { code: string; as: 'correction' };

/**
 * The plan with the decisions applied: an adjustment keeps the target the sheets showed as the
 * original and records the new one from `month` on; a correction leaves the plan as it is (every
 * month judged on the corrected target).
 */
export function applyTargetDecisions(plan: Plan, changes: PlanChanges, decisions: TargetDecision[]): Plan {
  const byCode = new Map(decisions.map((d) => [d.code, d]));
  const found = new Map(changes.targets.map((t) => [t.code, t]));
  return {
    ...plan,
    indicators: plan.indicators.map((ind) => {
      const d = byCode.get(ind.code);
      const t = found.get(ind.code);
      if (!d || !t || d.as !== 'adjustment' || ind.value === null) return ind;
      return {
        ...ind,
        value: t.from,
        adjustment: {
          month: d.month,
          value: ind.value,
          max: ind.comparator === 'between' ? ind.max : null,
          reason: d.reason,
        },
      };
    }),
  };
}

/** The month a 年中调整 starts by default: the month after the last one filled (at most 12). */
export function defaultAdjustmentMonth(change: TargetChange): number {
  const last = change.filled.length ? Math.max(...change.filled) : 0;
  return Math.min(12, Math.max(2, last + 1));
}
