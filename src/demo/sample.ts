// Deterministic sample figures for the demo: what the responsible units might have reported from
// January to a month, following each row's schedule (farm work is seasonal), with a few deliberate
// problems for the checks to find. No clock and no Math.random: the same plan gives the same figures.
import type { Indicator, Plan } from '../plan/types';
import { unitScale } from '../plan/units';
import { assertMonth, scheduleShare } from '../progress/progress';
import { round } from '../progress/round';
import type { CellValue } from '../workbook/spec';

export interface SampleMonth {
  month: number;
  /** 本月 entries by code: a number, a milestone state, or (deliberately) text. */
  values: Record<string, CellValue>;
  /** 备注 entries by code. */
  notes: Record<string, string>;
}

export type PlantedKind = 'text' | 'scale' | 'falls' | 'overdue' | 'volatile-noted' | 'volatile';

export interface PlantedProblem {
  kind: PlantedKind;
  code: string;
  month: number;
  description: string;
  descriptionEn: string;
}

export interface SampleFigures {
  months: SampleMonth[];
  planted: PlantedProblem[];
}

/** FNV-1a: a stable 32-bit seed from text. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small deterministic generator, one per indicator. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNT_UNITS = new Set(['个', '家', '户', '件', '人', '项', '座', '所', '次', '起', '名', '条', '处', '套', '台']);

/** Decimals a unit reports in: whole counts, 2 decimals for 万/亿 units, else whole numbers above 100. */
function decimalsFor(ind: Indicator): number {
  if (COUNT_UNITS.has(ind.unit)) return 0;
  if (unitScale(ind.unit).scale >= 1e4) return 2;
  const v = Math.abs(ind.value ?? 0);
  return v >= 100 ? 0 : 1;
}

/** The cumulative path of a flow row: the schedule scaled by the row's pace, never falling. */
function cumulativePath(plan: Plan, ind: Indicator, pace: number, last: number): number[] {
  const value = ind.value ?? 0;
  const d = decimalsFor(ind);
  const out: number[] = [];
  let prev = 0;
  for (let m = 1; m <= last; m++) {
    const share = scheduleShare(plan, ind, m);
    // At-most rows (事故, 投诉) stay under their bound most of the year.
    const target = ind.comparator === '<=' ? value * (m / 12) * 0.8 * pace : value * share * pace;
    const c = Math.max(prev, round(target, d));
    out.push(c);
    prev = c;
  }
  return out;
}

function flowsOf(path: number[], d: number): number[] {
  return path.map((c, i) => round(c - (i ? path[i - 1] : 0), d));
}

function levelPath(ind: Indicator, pace: number, r: () => number, last: number): number[] {
  const value = ind.value ?? 0;
  const d = decimalsFor(ind);
  const start = value * (0.82 + 0.06 * r());
  // A held level (保有) grows towards the row's pace; it does not shrink in a normal year.
  const end = Math.max(start, value * pace);
  const out: number[] = [];
  for (let m = 1; m <= last; m++) out.push(round(start + ((end - start) * m) / 12, d));
  return out;
}

function ratePath(ind: Indicator, pace: number, r: () => number, last: number): number[] {
  const value = ind.value ?? 0;
  const sign = ind.direction === 'decrease' ? -1 : 1;
  // Year-to-date rates wander early in the year and settle towards the row's pace.
  const centre = ind.comparator === '<=' ? value * 0.8 * pace : value * pace;
  const out: number[] = [];
  for (let m = 1; m <= last; m++) {
    const wobble = (r() - 0.5) * (6 / m);
    out.push(round(sign * (centre + wobble), 1));
  }
  return out;
}

/** Milestone states month by month: 未开始, then 推进中, then 已完成 from the done month on. */
function milestonePath(ind: Indicator, r: () => number, last: number): string[] {
  if (ind.recurring) return Array.from({ length: last }, () => '已完成');
  const deadline = ind.deadlineMonth ?? 12;
  const start = 1 + Math.floor(r() * 3);
  // Most finish by their deadline; year-end ones spread over the year and are done by December,
  // so only the planted overdue row is overdue.
  const done = ind.deadlineMonth ? deadline - Math.floor(r() * 2) : Math.min(12, 4 + Math.floor(r() * 10));
  const out: string[] = [];
  for (let m = 1; m <= last; m++) out.push(m >= done ? '已完成' : m >= start ? '推进中' : '未开始');
  return out;
}

/** Each row's pace against its target: 0.7-1.3, so some rows lead and some lag. */
function paceOf(r: () => number): number {
  return 0.7 + 0.6 * r();
}

/** Where the deliberate problems go: the first rows that suit each, preferring these seed rows. */
const PREFER: Record<PlantedKind, string[]> = {
  scale: ['NY-01'],
  text: ['NY-06'],
  falls: ['HJ-01'],
  overdue: ['HJ-M2'],
  'volatile-noted': ['MS-01'],
  volatile: ['NY-07'],
};

/**
 * Sample 本月 figures for months 1..`month` of `plan`, with the deliberate problems:
 * one approximate text figure, one figure in the wrong scale, a negative flow that makes a
 * cumulative fall, an overdue milestone, and a month-on-month jump with and without a 备注 note.
 */
export function sampleFigures(plan: Plan, month: number): SampleFigures {
  assertMonth(month);
  const months: SampleMonth[] = Array.from({ length: month }, (_, i) => ({ month: i + 1, values: {}, notes: {} }));
  const flows = new Map<string, number[]>();

  for (const ind of plan.indicators) {
    const r = rng(hash(`xiaojiang-demo:${ind.code}`));
    const pace = paceOf(r);
    let series: CellValue[];
    if (ind.kind === 'milestone') series = milestonePath(ind, r, month);
    else if (ind.value === null) continue;
    else if (ind.kind === 'cumulative') {
      const f = flowsOf(cumulativePath(plan, ind, pace, month), decimalsFor(ind));
      flows.set(ind.code, f);
      series = f;
    } else if (ind.kind === 'level') series = levelPath(ind, pace, r, month);
    else series = ratePath(ind, pace, r, month);
    series.forEach((v, i) => (months[i].values[ind.code] = v));
  }

  const planted: PlantedProblem[] = [];
  const used = new Set<string>();
  const at = (m: number) => months[m - 1];
  const pick = (kind: PlantedKind, ok: (i: Indicator) => boolean): Indicator | undefined => {
    const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
    const preferred = PREFER[kind].map((c) => byCode.get(c)).filter((i): i is Indicator => !!i && ok(i));
    const found = [...preferred, ...plan.indicators.filter(ok)].find((i) => !used.has(i.code));
    if (found) used.add(found.code);
    return found;
  };
  const flow = (code: string, m: number) => flows.get(code)?.[m - 1] ?? 0;

  // A figure in 亩 on a 万亩 row: needs earlier figures for the slip to stand out against.
  const scaled = pick(
    'scale',
    (i) =>
      i.kind === 'cumulative' &&
      unitScale(i.unit).scale >= 1e4 &&
      month >= 2 &&
      flow(i.code, month) > 0 &&
      flow(i.code, month - 1) > 0,
  );
  if (scaled) {
    const u = unitScale(scaled.unit);
    const v = round(flow(scaled.code, month) * u.scale, 0);
    at(month).values[scaled.code] = v;
    planted.push({
      kind: 'scale',
      code: scaled.code,
      month,
      description: `${scaled.name}：${month}月填了${v}（按${u.base}填写，本行单位是${scaled.unit}）`,
      descriptionEn: `${scaled.name}: ${v} entered for month ${month} in ${u.base}, on a ${scaled.unit} row`,
    });
  }

  const text = pick('text', (i) => i.kind === 'cumulative' && flow(i.code, month) >= 10);
  if (text) {
    const v = `约${Math.round(flow(text.code, month) / 10) * 10}`;
    at(month).values[text.code] = v;
    planted.push({
      kind: 'text',
      code: text.code,
      month,
      description: `${text.name}：${month}月填了“${v}”（约数，不是数字）`,
      descriptionEn: `${text.name}: "${v}" entered for month ${month} (an approximation, not a figure)`,
    });
  }

  const falls = pick(
    'falls',
    (i) => i.kind === 'cumulative' && i.comparator !== '<=' && month >= 2 && flow(i.code, month - 1) >= 5,
  );
  if (falls) {
    const v = -round(flow(falls.code, month - 1) / 2, 0);
    at(month).values[falls.code] = v;
    planted.push({
      kind: 'falls',
      code: falls.code,
      month,
      description: `${falls.name}：${month}月填了${v}，累计比上月减少`,
      descriptionEn: `${falls.name}: ${v} entered for month ${month}, so the cumulative falls`,
    });
  }

  const overdue = pick('overdue', (i) => i.kind === 'milestone' && !i.recurring && (i.deadlineMonth ?? 13) <= month);
  if (overdue) {
    for (const m of months) if (m.values[overdue.code] === '已完成') m.values[overdue.code] = '推进中';
    planted.push({
      kind: 'overdue',
      code: overdue.code,
      month,
      description: `${overdue.name}：要求${overdue.deadlineMonth}月底前完成，仍为“推进中”`,
      descriptionEn: `${overdue.name}: due by month ${overdue.deadlineMonth}, still in progress`,
    });
  }

  // A jump of five times last month's flow (a 环比 change of +400%), once explained and once not.
  for (const kind of ['volatile-noted', 'volatile'] as const) {
    const row = pick(
      kind,
      (i) =>
        i.kind === 'cumulative' &&
        i.comparator !== '<=' &&
        month >= 2 &&
        flow(i.code, month - 1) > 0 &&
        flow(i.code, month) > 0,
    );
    if (!row) continue;
    const v = round(flow(row.code, month - 1) * 5, decimalsFor(row));
    at(month).values[row.code] = v;
    if (kind === 'volatile-noted') at(month).notes[row.code] = '本月集中验收一批，数据已核实';
    planted.push({
      kind,
      code: row.code,
      month,
      description: `${row.name}：${month}月${v}${row.unit}，是上月的5倍${kind === 'volatile-noted' ? '（备注已说明）' : '（未写备注）'}`,
      descriptionEn: `${row.name}: ${v}${row.unit} in month ${month}, five times the previous month${kind === 'volatile-noted' ? ' (explained in 备注)' : ' (no note)'}`,
    });
  }

  return { months, planted };
}
