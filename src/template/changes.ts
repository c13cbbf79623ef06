// What a regeneration changes: the plan the month sheets were generated from (as they show it: code,
// name, 年度目标, 责任单位 by month) against the new plan. Added, removed, renamed and moved indicators,
// and targets changed, with the months already filled, so a target changed under typed figures is
// asked about (年中调整 or 更正) instead of silently re-judging them. Pure: snapshots and plans in.
import type { Indicator, Plan, TargetAdjustment } from '../plan/types';
import { isMonth, joinMessages, type Message } from '../plan/message';
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
  /** What 本月 holds as typed (not a formula), null when blank. */
  entry: CellValue;
  /** 单位 as the sheet shows it. */
  unit: string;
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
  /** The unit the sheets showed with the old target, where it changed too (户 → 万户). */
  fromUnit?: string;
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

/**
 * A change other than a target's that re-judges months already filled (a deadline, schedule, report
 * months, hold, thresholds, a setting, the unit, an indicator added): asked like a target, 年中调整
 * from a month or 更正, and never applied to those months without an answer.
 */
export interface FieldQuestion {
  /** The indicator's code; '' for plan-wide settings. */
  code: string;
  name: string;
  /** Each field changed, as the list of changes says it. */
  changes: FieldChange[];
  /** Months already filled that the change would re-judge. */
  filled: number[];
  /** Added to the plan: 年中调整 from M makes it 不适用 before M (its report months start at M, 序时 from M). */
  added: boolean;
  /**
   * The fields a 年中调整 can record from a month, with the values they had (the months before keep
   * them): report months and a schedule (序时计划) hold a value per month. null: only 更正 is possible.
   */
  before: Pick<Indicator, 'reportMonths' | 'schedule'> | null;
  /** A new unit under typed figures: they would be read in the new unit, so 更正 must be chosen. */
  unit: { from: string; to: string; figures: Array<{ month: number; value: CellValue }> } | null;
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
  /** Changes other than targets on months already filled: 年中调整 or 更正? */
  asked: FieldQuestion[];
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
        entry: typed('month') && c.month !== undefined ? (line[c.month] ?? null) : null,
        unit: c.unit === undefined ? '' : text(line[c.unit]),
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
    asked: [],
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
    changes.asked = fieldQuestions(changes, shown, generated.plan, wanted);
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

/** Months any row of the workbook has a typed figure or note in. */
function filledMonths(shown: Map<string, Map<number, ShownRow>>, code?: string): number[] {
  const months = new Set<number>();
  for (const [c, byMonth] of shown)
    if (code === undefined || c === code) for (const [m, row] of byMonth) if (row.filled) months.add(m);
  return [...months].sort((a, b) => a - b);
}

/** Fields a 年中调整 can record month by month (the rest hold one value for the year). */
const BY_MONTH = new Set(['reportMonths', 'schedule']);

function fieldQuestions(
  changes: PlanChanges,
  shown: Map<string, Map<number, ShownRow>>,
  generated: Plan,
  wanted: Indicator[],
): FieldQuestion[] {
  const out: FieldQuestion[] = [];
  const any = filledMonths(shown);
  if (!any.length) return out;
  const was = new Map(generated.indicators.map((i) => [i.code, i]));
  const judging = changes.fields.filter((f) => f.judges);
  const settings = judging.filter((f) => f.code === null);
  if (settings.length)
    out.push({ code: '', name: '', changes: settings, filled: any, added: false, before: null, unit: null });
  for (const ind of wanted) {
    if (changes.added.some((a) => a.code === ind.code)) {
      out.push({ code: ind.code, name: ind.name, changes: [], filled: any, added: true, before: null, unit: null });
      continue;
    }
    const mine = judging.filter((f) => f.code === ind.code);
    const filled = filledMonths(shown, ind.code);
    const old = was.get(ind.code);
    if (!mine.length || !filled.length || !old) continue;
    const unitChanged = mine.some((f) => f.field === 'unit');
    const figures = [...(shown.get(ind.code) ?? new Map<number, ShownRow>())]
      .filter(([, r]) => r.entry !== null)
      .sort(([a], [b]) => a - b)
      .map(([month, r]) => ({ month, value: r.entry }));
    out.push({
      code: ind.code,
      name: ind.name,
      changes: mine,
      filled,
      added: false,
      before: mine.every((f) => BY_MONTH.has(f.field))
        ? { reportMonths: old.reportMonths ?? null, schedule: old.schedule ?? null }
        : null,
      unit: unitChanged && figures.length ? { from: old.unit, to: ind.unit, figures } : null,
    });
  }
  return out;
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
  const shownUnit = byMonth.get(changed[0])?.unit ?? ind.unit;
  return {
    code: ind.code,
    name: ind.name,
    unit: ind.unit,
    ...(shownUnit && shownUnit !== ind.unit ? { fromUnit: shownUnit } : {}),
    from,
    to,
    months: changed,
    filled,
    as: explained ? 'adjustment' : 'change',
    adjustment: explained ? a : null,
    question: !explained && filled.length > 0,
  };
}

/**
 * The user's answer to a change under typed figures: a target's, or (scope 'fields') an indicator's
 * other fields, a new indicator, or the plan-wide settings (code '').
 */
export type TargetDecision = { scope?: 'fields' } & (
  { code: string; as: 'adjustment'; month: number; reason: string | null } | { code: string; as: 'correction' }
);

/**
 * The plan with the decisions applied: an adjustment keeps the target the sheets showed as the
 * original and records the new one from `month` on; a correction leaves the plan as it is (every
 * month judged on the corrected target).
 */
export function applyTargetDecisions(plan: Plan, changes: PlanChanges, decisions: TargetDecision[]): Plan {
  const byCode = new Map(decisions.filter((d) => d.scope !== 'fields').map((d) => [d.code, d]));
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
export function defaultAdjustmentMonth(change: Pick<TargetChange, 'filled'>): number {
  const last = change.filled.length ? Math.max(...change.filled) : 0;
  return Math.min(12, Math.max(2, last + 1));
}

const monthsFrom = (m: number) => Array.from({ length: 13 - m }, (_, i) => m + i);
const share = (s: ReadonlyArray<number> | null, m: number) => (s ? s[m - 1] : m / 12);

/**
 * 序时 from month `from` to the indicator's deadline (or December): nothing planned before, then an
 * even share a month, 1 at the deadline. Four decimals, as 指标库's 序时计划 shows a share.
 */
export function scheduleFrom(from: number, deadline: number | null): number[] {
  const end = Math.max(from, deadline ?? 12);
  return Array.from({ length: 12 }, (_, i) =>
    i + 1 < from ? 0 : Math.min(1, Math.round(((i + 2 - from) / (end - from + 1)) * 1e4) / 1e4),
  );
}

/**
 * Why the answers cannot be applied, or null: a unit changed under typed figures needs 更正 (they
 * are then read in the new unit), and a 年中调整 can be recorded only for fields that hold a value per
 * month (report months, 序时计划) and for a new indicator; every other field holds one value a year.
 */
export function refusedDecisions(changes: PlanChanges, decisions: TargetDecision[]): Message | null {
  const answer = new Map(decisions.filter((d) => d.scope === 'fields').map((d) => [d.code, d]));
  const lines: Message[] = [];
  for (const q of changes.asked) {
    const d = answer.get(q.code);
    const who = q.code ? `${q.code} ${q.name}` : '全局设置';
    const whoEn = q.code ? `${q.code} ${q.name}` : 'settings';
    if (q.unit && d?.as !== 'correction') {
      const typed = q.unit.figures.map((f) => `${f.month}月 ${String(f.value)}`).join('、');
      lines.push({
        zh: `单位变更：${who} ${q.unit.from} → ${q.unit.to}，而已填报的数字（${typed}）会按新单位（${q.unit.to}）读取。如这些数字本来就是按${q.unit.to}填的（原单位写错），请选更正（命令行加 --correct）；否则请保留原单位，或先把已填的数字改为${q.unit.to}再重新生成`,
        en: `unit changed: ${whoEn} ${q.unit.from} → ${q.unit.to}, and the figures typed (${typed}) would be read in ${q.unit.to}. If they were typed in ${q.unit.to} (the old unit was wrong), answer correction (--correct); otherwise keep the old unit, or change the typed figures to ${q.unit.to} first`,
      });
    } else if (d?.as === 'adjustment' && !q.added && !q.before) {
      const fields = q.changes.filter((f) => !BY_MONTH.has(f.field)).map((f) => f.message);
      const shown = joinMessages(fields);
      lines.push({
        zh: `${shown.zh}：不能只从${d.month}月起生效（每项指标只记一个值），只能更正（各月都按新值计算；命令行加 --correct）或在计划中撤回`,
        en: `${shown.en}: cannot take effect from month ${d.month} only (one value a year); only a correction (every month, --correct) or leaving the plan as it was`,
      });
    }
  }
  return lines.length ? joinMessages(lines) : null;
}

/**
 * The plan with the answers to other changes applied. 年中调整 from M: a new indicator is reported
 * from M (不适用 before, as an off month of reportMonths) with 序时 from M unless the plan gives one;
 * report months and 序时计划 keep their old values before M. 更正: the plan as it is.
 */
export function applyFieldDecisions(plan: Plan, changes: PlanChanges, decisions: TargetDecision[]): Plan {
  const answer = new Map(decisions.filter((d) => d.scope === 'fields').map((d) => [d.code, d]));
  const asked = new Map(changes.asked.map((q) => [q.code, q]));
  return {
    ...plan,
    indicators: plan.indicators.map((ind) => {
      const d = answer.get(ind.code);
      const q = asked.get(ind.code);
      if (!d || !q || d.as !== 'adjustment' || !isMonth(d.month)) return ind;
      const from = d.month;
      if (q.added) {
        const months = (ind.reportMonths ?? monthsFrom(1)).filter((m) => m >= from);
        const paced = ind.kind === 'cumulative' || (ind.kind === 'level' && !ind.hold);
        return {
          ...ind,
          reportMonths: months.length === 12 ? null : months.length ? months : [12],
          schedule: ind.schedule ?? (paced ? scheduleFrom(from, ind.deadlineMonth) : null),
        };
      }
      if (!q.before) return ind;
      const was = q.before;
      const reportMonths =
        was.reportMonths === ind.reportMonths
          ? ind.reportMonths
          : monthsFrom(1).filter((m) =>
              m < from
                ? !was.reportMonths || was.reportMonths.includes(m)
                : !ind.reportMonths || ind.reportMonths.includes(m),
            );
      const schedule =
        was.schedule === ind.schedule
          ? ind.schedule
          : Array.from({ length: 12 }, (_, i) => share(i + 1 < from ? was.schedule : ind.schedule, i + 1));
      return { ...ind, reportMonths: reportMonths && reportMonths.length === 12 ? null : reportMonths, schedule };
    }),
  };
}
