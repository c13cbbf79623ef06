// What changed between the plan a workbook was generated from and a new one, field by field, in the
// words of 指标库's headers: "NY-02 高标准农田 序时计划：3月 70% → 60%", "序时进度取整：0.1% → 1%".
// One table per level of the plan schema (plan, settings, indicator), each typed by its key set, so a
// field added to the plan without a way to say its change is a compile error (and a test checks the
// tables against the schema itself).
import type { CheckThresholds, Indicator, Plan, Section, Settings, StatusBands } from '../plan/types';
import { round, showNumber } from '../progress/round';
import { monthsText as monthList } from '../plan/months';
import { COMPARATOR_WORDS, DIRECTION_WORDS, KIND_WORDS, type Words } from '../progress/vocabulary';
import type { Message } from '../plan/message';
import { LEDGER_COLUMNS, type FieldKey } from './ledgerColumns';

export interface FieldChange {
  /** The indicator's code; null for a plan-level field or a setting. */
  code: string | null;
  /** The field's path in the plan file: "deadlineMonth", "bands.aheadPp", "settings.scheduleDecimals". */
  field: string;
  message: Message;
  /** Whether the change re-judges months already reported (序时, status, due months, checks). */
  judges: boolean;
}

/** How one field's change is said: the words for each side, or whole lines for a field with parts. */
interface Rule<T> {
  label: Words;
  judges: boolean;
  /** The value in words; the change reads "label：old → new". */
  show?: (v: T) => Words;
  /** Instead of show: the change in words ("3月 70% → 60%，4月 …"), null when nothing changed. */
  detail?: (a: T, b: T) => Words | null;
}

/** A field whose change another list reports (identity, renamed, moved, the indicator list itself). */
const ELSEWHERE = 'elsewhere' as const;

type Table<O> = { [K in keyof Required<O>]: Rule<O[K]> | typeof ELSEWHERE };

const w = (zh: string, en: string): Words => ({ zh, en });
const header = (key: FieldKey): Words => {
  const c = LEDGER_COLUMNS.find((x) => x.key === key);
  return c ? w(c.header, c.en) : w(key, key);
};
const NONE = w('无', 'none');
const num =
  (unit: Words = w('', '')) =>
  (v: number | null | undefined) =>
    v === null || v === undefined ? NONE : w(`${showNumber(v)}${unit.zh}`, `${showNumber(v)}${unit.en}`);
const pct = (v: number | null | undefined) =>
  v === null || v === undefined ? NONE : w(`${showNumber(round(v * 100, 2))}%`, `${showNumber(round(v * 100, 2))}%`);
const text = (v: string | null | undefined) => (v ? w(`“${v}”`, `"${v}"`) : NONE);
const yesNo = (v: boolean | undefined) => (v ? w('是', 'yes') : w('否', 'no'));
const month = (m: number | null | undefined) => (m ? w(`${m}月`, `month ${m}`) : NONE);

/** 2-12月, 3、6、9、12月; null (every month) 每月. */
export function monthsText(ms: readonly number[] | null | undefined): Words {
  return !ms || ms.length === 0 || ms.length === 12 ? w('每月', 'every month') : monthList(ms);
}

const sameValue = (a: unknown, b: unknown): boolean => {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return (a ?? null) === (b ?? null);
};

/** Months whose value differs, "3月 70% → 60%，4月 …" (at most four, then 等N个月). */
function byMonth(
  a: ReadonlyArray<number | null> | null | undefined,
  b: ReadonlyArray<number | null> | null | undefined,
  at: (list: ReadonlyArray<number | null> | null | undefined, m: number) => number | null,
  show: (v: number | null) => Words,
): Words | null {
  const diff: number[] = [];
  for (let m = 1; m <= 12; m++) if (!sameValue(at(a, m), at(b, m))) diff.push(m);
  if (!diff.length) return null;
  const shown = diff.slice(0, 4).map((m) => {
    const [x, y] = [show(at(a, m)), show(at(b, m))];
    return w(`${m}月 ${x.zh} → ${y.zh}`, `month ${m} ${x.en} → ${y.en}`);
  });
  const more = diff.length > 4 ? w(`等${diff.length}个月`, ` and ${diff.length - 4} more month(s)`) : w('', '');
  return w(shown.map((s) => s.zh).join('，') + more.zh, shown.map((s) => s.en).join(', ') + more.en);
}

/** A schedule's cumulative share at month m: its own, or m/12 when it has none. */
const share = (s: ReadonlyArray<number | null> | null | undefined, m: number) => (s ? (s[m - 1] ?? null) : m / 12);
const given = (s: ReadonlyArray<number | null> | null | undefined, m: number) => (s ? (s[m - 1] ?? null) : null);

/** An override table (bands, thresholds): each part that changed, "超进度线 5 → 3". */
function parts<O extends object>(label: Words, table: { [K in keyof Required<O>]: Rule<number> }) {
  return {
    label,
    judges: true,
    detail: (a: Partial<O> | null | undefined, b: Partial<O> | null | undefined): Words | null => {
      const lines: Words[] = [];
      for (const k of Object.keys(table) as Array<keyof O>) {
        const [x, y] = [a?.[k] as number | undefined, b?.[k] as number | undefined];
        if (sameValue(x, y)) continue;
        const r = table[k];
        const show = r.show ?? num();
        const [sx, sy] = [
          x === undefined ? w('按设置', 'as set') : show(x),
          y === undefined ? w('按设置', 'as set') : show(y),
        ];
        lines.push(w(`${r.label.zh} ${sx.zh} → ${sy.zh}`, `${r.label.en} ${sx.en} → ${sy.en}`));
      }
      return lines.length ? w(lines.map((l) => l.zh).join('，'), lines.map((l) => l.en).join(', ')) : null;
    },
  } satisfies Rule<Partial<O> | null | undefined>;
}

const PP = w('个百分点', ' pp');
const TIMES = w('倍', ' times');
const BANDS: { [K in keyof StatusBands]: Rule<number> } = {
  aheadPp: { label: header('aheadPp'), judges: true, show: num(PP) },
  behindPp: { label: header('behindPp'), judges: true, show: num(PP) },
  redPp: { label: header('redPp'), judges: true, show: num(PP) },
};
const THRESHOLDS: { [K in keyof CheckThresholds]: Rule<number> } = {
  momChange: { label: header('momChange'), judges: true, show: pct },
  yoyChange: { label: header('yoyChange'), judges: true, show: pct },
  overTargetMultiple: { label: header('overTargetMultiple'), judges: true, show: num(TIMES) },
  scaleFactor: { label: header('scaleFactor'), judges: true, show: num(TIMES) },
};

/** Every field of an indicator. */
export const INDICATOR_FIELDS: Table<Indicator> = {
  code: ELSEWHERE, // identity: a new code is an indicator added
  name: ELSEWHERE, // 改名, from what the month sheets show
  responsible: ELSEWHERE, // 责任单位变更, from what the month sheets show
  section: { label: header('section'), judges: false, show: (v) => w(v, v) },
  kind: { label: header('kind'), judges: true, show: (v) => KIND_WORDS[v] },
  unit: { label: header('unit'), judges: true, show: (v) => (v ? w(v, v) : NONE) },
  comparator: { label: header('comparator'), judges: true, show: (v) => COMPARATOR_WORDS[v] },
  value: { label: header('value'), judges: true, show: num() },
  max: { label: header('max'), judges: true, show: num() },
  tolerance: { label: header('tolerance'), judges: true, show: pct },
  direction: { label: header('direction'), judges: true, show: (v) => (v ? DIRECTION_WORDS[v] : NONE) },
  baseline: { label: header('baseline'), judges: true, show: num() },
  lead: { label: header('lead'), judges: false, show: text },
  deadlineMonth: { label: header('deadlineMonth'), judges: true, show: month },
  schedule: {
    label: header('schedule'),
    judges: true,
    detail: (a, b) => byMonth(a, b, share, pct),
  },
  lastYear: {
    label: header('lastYear'),
    judges: true,
    detail: (a, b) => byMonth(a, b, given, (v) => (v === null ? w('（空）', '(blank)') : num()(v))),
  },
  parent: { label: header('parent'), judges: false, show: (v) => (v ? w(v, v) : NONE) },
  recurring: { label: header('recurring'), judges: true, show: yesNo },
  hold: { label: header('hold'), judges: true, show: yesNo },
  bottomLine: { label: w('底线', 'bottom line'), judges: true, show: yesNo },
  reportMonths: { label: header('reportMonths'), judges: true, show: monthsText },
  bands: parts<StatusBands>(w('状态区间', 'status bands'), BANDS),
  thresholds: parts<CheckThresholds>(w('审核阈值', 'check thresholds'), THRESHOLDS),
  note: { label: header('note'), judges: false, show: text },
  adjustment: {
    label: w('年中调整', 'mid-year adjustment'),
    judges: true,
    show: (a) =>
      a
        ? w(
            `${a.month}月起${showNumber(a.value)}${a.max !== null ? `-${showNumber(a.max)}` : ''}`,
            `${showNumber(a.value)}${a.max !== null ? `-${showNumber(a.max)}` : ''} from month ${a.month}`,
          )
        : NONE,
  },
};

/** 0.1%, 1%; null: exact m/12. */
const decimals = (d: number | null) =>
  d === null ? w('不取整', 'not rounded') : w(`${showNumber(Math.pow(10, -d))}%`, `${showNumber(Math.pow(10, -d))}%`);

export const SETTINGS_FIELDS: Table<Settings> = {
  scheduleDecimals: { label: w('序时进度取整', '序时 rounding'), judges: true, show: decimals },
  bands: parts<StatusBands>(w('状态区间（全部指标）', 'status bands (all indicators)'), BANDS),
  thresholds: parts<CheckThresholds>(w('审核阈值（全部指标）', 'check thresholds (all indicators)'), THRESHOLDS),
};

const sectionsText = (a: Section[], b: Section[]): Words | null => {
  const lines: Words[] = [];
  const old = new Map(a.map((s) => [s.id, s.title]));
  const now = new Map(b.map((s) => [s.id, s.title]));
  for (const s of b)
    if (!old.has(s.id)) lines.push(w(`新增${s.id} ${s.title}`, `added ${s.id} ${s.title}`));
    else if (old.get(s.id) !== s.title)
      lines.push(w(`${s.id} ${old.get(s.id)} → ${s.title}`, `${s.id} ${old.get(s.id)} → ${s.title}`));
  for (const s of a) if (!now.has(s.id)) lines.push(w(`删除${s.id} ${s.title}`, `removed ${s.id} ${s.title}`));
  return lines.length ? w(lines.map((l) => l.zh).join('，'), lines.map((l) => l.en).join(', ')) : null;
};

export const PLAN_FIELDS: Table<Plan> = {
  year: ELSEWHERE, // another year is next year's workbook
  indicators: ELSEWHERE, // each indicator by INDICATOR_FIELDS
  settings: ELSEWHERE, // each setting by SETTINGS_FIELDS
  unitName: { label: w('单位名称', 'unit name'), judges: false, show: (v) => w(v, v) },
  title: { label: w('标题', 'title'), judges: false, show: text },
  sections: { label: w('板块', 'sections'), judges: false, detail: sectionsText },
};

function lines<O extends object>(
  table: Table<O>,
  a: O,
  b: O,
  prefix: Words,
  code: string | null,
  path = '',
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const key of Object.keys(table) as Array<keyof O & string>) {
    const rule = table[key] as Rule<unknown> | typeof ELSEWHERE;
    if (rule === ELSEWHERE || sameValue(a[key], b[key])) continue;
    let change: Words | null;
    if (rule.detail) change = rule.detail(a[key], b[key]);
    else {
      const show = rule.show as (v: unknown) => Words;
      const [x, y] = [show(a[key]), show(b[key])];
      change = w(`${x.zh} → ${y.zh}`, `${x.en} → ${y.en}`);
    }
    if (!change) continue;
    out.push({
      code,
      field: path + key,
      judges: rule.judges,
      message: {
        zh: `${prefix.zh}${rule.label.zh}：${change.zh}`,
        en: `${prefix.en}${rule.label.en}: ${change.en}`,
      },
    });
  }
  return out;
}

/**
 * Every field that differs between the plan the workbook was generated from and the new one:
 * plan-level fields and settings first, then indicator by indicator (those in both plans; added and
 * removed indicators are listed as such elsewhere).
 */
export function planDiff(old: Plan, now: Plan, codes?: ReadonlySet<string>): FieldChange[] {
  const out = [
    ...lines(PLAN_FIELDS, old, now, w('', ''), null),
    ...lines(SETTINGS_FIELDS, old.settings, now.settings, w('', ''), null, 'settings.'),
  ];
  // Optional fields absent from an older stored plan read as their defaults.
  const before = new Map(
    old.indicators.map((i): [string, Indicator] => [
      i.code,
      { hold: false, reportMonths: null, adjustment: null, ...i },
    ]),
  );
  for (const ind of now.indicators) {
    const was = before.get(ind.code);
    if (!was || (codes && !codes.has(ind.code))) continue;
    out.push(...lines(INDICATOR_FIELDS, was, ind, w(`${ind.code} ${ind.name} `, `${ind.code} ${ind.name} `), ind.code));
  }
  return out;
}
