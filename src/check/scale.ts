// A figure off by a unit's scale (亩 typed on a 万亩 row): detected here for the scale rule and for
// the format rule's suggestion.
import type { Message } from '../plan/message';
import type { CheckThresholds, Indicator } from '../plan/types';
import { isPercentUnit, typedUnit, unitScale } from '../plan/units';
import { fmtNum } from './finding';
import { tidy } from '../progress/round';
import { targetReference } from '../progress/progress';
import { draft, isRise, unitText, type Draft, type RuleContext } from './draft';
import { momHit } from './mom';
import { noteOf, reasonOf } from './notes';
import type { MonthPoint, Series } from './series';

export interface ScaleHit {
  big: boolean;
  ratio: number;
  /** What the figure was compared with, in words. */
  refZh: string;
  refEn: string;
  suggestion: number | null;
  /** The unit the figure looks typed in (万亩 for 0.12 on an 亩 row), where a suggestion rescales it. */
  typedIn: string | null;
  /** A decimal point one place off (9.63 for 96.3), not a unit: the suggestion moves the point back. */
  decimal?: boolean;
}

/** How many accepted months a flow needs before a tiny figure reads as typed in a larger unit. */
const FLOW_HISTORY_MIN = 2;

/** The over-target reference, one rule with the summary's 远超目标 hold (progress). */
export const targetRef = targetReference;

/** Divisors that turn a figure typed in a smaller unit into the row's unit: 万斤 or 斤 on an 亿斤 row. */
function downScales(unit: string): number[] {
  const s = unitScale(unit).scale;
  return [...new Set([s, s / 1e4].filter((d) => d > 1))].sort((a, b) => a - b);
}

/** Multipliers for a figure typed in a larger unit: 万亩 on an 亩 row, 亿元 on a 万元 row. */
function upScales(unit: string): number[] {
  const s = unitScale(unit).scale;
  return [1e4, 1e8].map((k) => k / s).filter((m) => m > 1);
}

/** An earlier month's figure a scale is judged against: its month and its size. */
export interface ScaleBase {
  month: number;
  value: number;
}

/** How many of a level's latest accepted months speak for its scale: a stock moves during the year. */
const RECENT_LEVELS = 3;

/**
 * A month's 本月 as the base the next month's 环比 is measured from. A figure with an open finding of
 * its own is not a base to measure a correct figure against: the scale or sign rule's suggestion
 * stands in for it (26000 on a 万亩 row -> 2.6), and without one there is no comparison. A figure
 * explained in its 备注 stands as typed. `history`: scaleHistory before that month.
 */
export function baseFigure(
  ind: Indicator,
  q: MonthPoint | undefined,
  history: ScaleBase[],
  th: CheckThresholds,
): number | null {
  if (!q || !q.isNumber || q.num === null) return null;
  if (reasonOf(q)) return q.num;
  // A bare "已核实" answers a 环比 question, not a likely slip of unit or sign (notes.confirmationSuffices).
  if (isRise(ind, q.num)) return Math.abs(q.num);
  const hit = detectScale(ind, q.num, history, th);
  if (hit) return hit.suggestion;
  return noteOf(q) ? q.num : (hundredfold(ind, q, history, th) ?? q.num);
}

/**
 * A % figure exactly 100 times off the last accepted one with a 环比 finding of its own (1 after 100:
 * a percentage typed as a fraction the figure reader could not tell without a target): the figure it
 * stands for, so that the correct 100 next month is not a +9900% jump.
 */
function hundredfold(ind: Indicator, q: MonthPoint, history: ScaleBase[], th: CheckThresholds): number | null {
  const last = history[history.length - 1];
  const x = q.num as number;
  if (!isPercentUnit(ind.unit) || !last || !momHit(ind, x, last.value, th, q.month)) return null;
  const f = [100, 0.01].find((k) => Math.abs(x * k - last.value) < 1e-9 * Math.max(1, last.value));
  return f === undefined ? null : tidy(x * f);
}

/**
 * A figure itself in doubt, unless its 备注 explains it: off in scale against `history`, a 环比 jump
 * from `prev` (baseFigure of the month before), or far beyond the target (a level's figure, or the
 * flow's month that took its 累计 past `overTargetMultiple` times the target). A bare confirmation
 * (`confirmed`: "已核实") answers the last two, not a figure off in scale.
 */
function inDoubt(
  ind: Indicator,
  p: MonthPoint,
  history: ScaleBase[],
  prev: number | null,
  th: CheckThresholds,
  confirmed: boolean,
): boolean {
  const x = p.num as number;
  if (detectScale(ind, x, history, th)) return true;
  if (confirmed) return false;
  if (prev !== null && momHit(ind, x, prev, th, p.month)) return true;
  const t = targetRef(ind);
  if (t === null || !(t > 0)) return false;
  const far = (v: number | null) => v !== null && v > th.overTargetMultiple * t;
  return ind.kind === 'level' ? far(x) : far(p.effective) && !far(p.prev);
}

/**
 * The row's own earlier figures of the same kind that a month's scale is judged against: a flow's
 * monthly figures (all of the year's, as seasons differ), a level's latest levels. Blank, zero and
 * text months are left out, a negative flow (a correction: the 累计减少 finding's), and a month whose
 * figure is itself in doubt (inDoubt: 26000 typed on a 万亩 row, a tenfold 环比 jump, far beyond the
 * target) unless its 备注 explains it: a mistake must not become the measure that lets the next one pass.
 * Built month by month, since each month's doubt is judged against the history before it.
 */
export function scaleHistory(ind: Indicator, series: Series, before: number, th: CheckThresholds): ScaleBase[] {
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return [];
  const recent = (kept: ScaleBase[]) => (ind.kind === 'level' ? kept.slice(-RECENT_LEVELS) : kept);
  const kept: ScaleBase[] = [];
  let lastHistory: ScaleBase[] = [];
  for (let m = 1; m < before; m++) {
    const history = recent(kept);
    const prev = m > 1 ? baseFigure(ind, series[m - 1], lastHistory, th) : null;
    lastHistory = history;
    const p = series[m];
    if (!p || !p.isNumber || p.num === null || p.num === 0) continue;
    if (ind.kind === 'cumulative' && p.num < 0) continue;
    if (!reasonOf(p) && inDoubt(ind, p, history, prev, th, noteOf(p) !== '')) continue;
    kept.push({ month: m, value: Math.abs(p.num) });
  }
  return recent(kept);
}

/** "3月的本月数（500万元）" / "3月的数（2.6万亩）": an earlier figure named by its month. */
function baseWords(ind: Indicator, b: ScaleBase): Message {
  const what = ind.kind === 'cumulative' ? '本月数' : '数';
  return {
    zh: `${b.month}月的${what}（${fmtNum(b.value)}${ind.unit}）`,
    en: `month ${b.month}'s figure (${fmtNum(b.value)} ${ind.unit})`,
  };
}

function targetWords(target: number, unit: string): Message {
  return { zh: `年度目标（${fmtNum(target)}${unit}）`, en: `the annual target (${fmtNum(target)} ${unit})` };
}

/**
 * A figure off by a unit's scale (亩 typed on a 万亩 row, 万斤 on an 亿斤 row), judged against the
 * target and `history` (scaleHistory). Caught when it is `scaleFactor` times the larger of them, or
 * beyond `overTargetMultiple` times it while the rescaled figure would be ordinary. Levels are also
 * caught the other way (万亩 typed on an 亩 row), `scaleFactor` times below the smallest recent level
 * (or the target, with no level yet), since a stock does not shrink a thousandfold in a month; a
 * built-up level's first figure only where a unit's scale explains it (it may start near 0).
 */
export function detectScale(ind: Indicator, x: number, history: ScaleBase[], th: CheckThresholds): ScaleHit | null {
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return null;
  if (x === 0 || !Number.isFinite(x)) return null;
  const target = targetRef(ind);
  const largest = history.reduce<ScaleBase | null>((a, b) => (a === null || b.value >= a.value ? b : a), null);
  const histMax = largest?.value ?? 0;
  const ref = Math.max(target ?? 0, histMax);
  const ax = Math.abs(x);
  const u = ind.unit;
  const ordinary = (v: number) => v <= ref * th.overTargetMultiple && v >= ref / th.scaleFactor;
  if (ref > 0 && ax > th.overTargetMultiple * ref) {
    const d = downScales(u).find((k) => ordinary(ax / k));
    if (d !== undefined || ax >= th.scaleFactor * ref) {
      const words =
        largest === null || (target ?? 0) >= histMax ? targetWords(target as number, u) : baseWords(ind, largest);
      return {
        big: true,
        ratio: ax / ref,
        refZh: words.zh,
        refEn: words.en,
        suggestion: d !== undefined ? tidy(x / d) : null,
        typedIn: d !== undefined ? typedUnit(u, 1 / d) : null,
      };
    }
  }
  if (ind.kind === 'level') {
    const smallest = history.reduce<ScaleBase | null>((a, b) => (a === null || b.value <= a.value ? b : a), null);
    const small = smallest?.value ?? target ?? 0;
    if (small > 0 && ax * th.scaleFactor <= small) {
      const ms = upScales(u);
      const closeness = (k: number) => Math.abs(Math.log10((ax * k) / small));
      const m = ms.length ? ms.reduce((best, k) => (closeness(k) < closeness(best) ? k : best)) : undefined;
      const words = smallest !== null ? baseWords(ind, smallest) : targetWords(small, u);
      const suggestion = m !== undefined && ordinary(ax * m) ? tidy(x * m) : null;
      // A stock built up during the year may really start near 0: against the target alone, only a
      // unit's scale (0.042 for 420亩, typed in 万亩) makes its first figure doubtful.
      if (smallest === null && !ind.hold && suggestion === null) return null;
      const typedIn = suggestion !== null && m !== undefined ? typedUnit(u, m) : null;
      return { big: false, ratio: small / ax, refZh: words.zh, refEn: words.en, suggestion, typedIn };
    }
    return decimalSlip(ind, x, history, th);
  }
  if (ind.kind === 'cumulative' && x > 0) return smallFlow(ind, ax, history, th);
  return null;
}

/**
 * A flow's figure typed in a larger unit (0.12 for 1200 on an 亩 row, 0.001 on a 户 row). A month's
 * flow may really be small, so only where the row's accepted months are consistently large (at
 * least FLOW_HISTORY_MIN of them, each `scaleFactor` times the figure or more) and the unit's factor
 * brings it inside their range (widened by `overTargetMultiple` each way): a figure that no unit
 * explains is left alone.
 */
function smallFlow(ind: Indicator, ax: number, history: ScaleBase[], th: CheckThresholds): ScaleHit | null {
  if (history.length < FLOW_HISTORY_MIN) return null;
  const smallest = history.reduce((a, b) => (b.value < a.value ? b : a));
  const largest = Math.max(...history.map((b) => b.value));
  if (ax * th.scaleFactor > smallest.value) return null;
  const fits = (v: number) => v >= smallest.value / th.overTargetMultiple && v <= largest * th.overTargetMultiple;
  const middle = Math.sqrt(smallest.value * largest);
  const m = upScales(ind.unit)
    .filter((k) => fits(ax * k))
    .sort((a, b) => Math.abs(Math.log10((ax * a) / middle)) - Math.abs(Math.log10((ax * b) / middle)))[0];
  if (m === undefined) return null;
  const words = baseWords(ind, smallest);
  return {
    big: false,
    ratio: smallest.value / ax,
    refZh: words.zh,
    refEn: words.en,
    suggestion: tidy(ax * m),
    typedIn: typedUnit(ind.unit, m),
  };
}

/** How near (as a ratio) the figure with its point moved must come to its reference to read as a decimal slip. */
const DECIMAL_NEAR = 1.1;

/**
 * A level's decimal point one place off (9.63 for 96.3 on a 普及率, 1.27 for 12.7万亩): the figure
 * moved beyond the 环比 threshold from the latest accepted level (or, for a level to hold with none
 * yet, from the target), and ten times it (or a tenth) lies within DECIMAL_NEAR of it.
 */
function decimalSlip(ind: Indicator, x: number, history: ScaleBase[], th: CheckThresholds): ScaleHit | null {
  const last = history[history.length - 1];
  const t = targetRef(ind);
  const ref = last?.value ?? (ind.hold && t !== null && t > 0 ? t : null);
  const ax = Math.abs(x);
  if (ref === null || !(ref > 0) || Math.max(ax, ref) / Math.min(ax, ref) - 1 <= th.momChange) return null;
  const k = [10, 0.1].find((f) => ax * f <= ref * DECIMAL_NEAR && ax * f >= ref / DECIMAL_NEAR);
  if (k === undefined) return null;
  const words = last ? baseWords(ind, last) : targetWords(ref, ind.unit);
  const big = k < 1;
  return {
    big,
    ratio: big ? ax / ref : ref / ax,
    refZh: words.zh,
    refEn: words.en,
    suggestion: tidy(x * k),
    typedIn: null,
    decimal: true,
  };
}

/** " 500 倍" for ordinary ratios; "约1万倍", "约100万分之一" where the digits would mean nothing. */
function timesText(ratio: number, small: boolean): string {
  const e = Math.floor(Math.log10(ratio));
  if (e >= 4) {
    const [u, name] = e >= 12 ? [12, '万亿'] : e >= 8 ? [8, '亿'] : [4, '万'];
    return `约${fmtNum(10 ** (e - u))}${name}${small ? '分之一' : '倍'}`;
  }
  return ` ${fmtNum(Math.round(ratio))} ${small ? '分之一' : '倍'}`;
}

export function scaleRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, series, th } = ctx;
  if (!p.isNumber || p.num === null) return [];
  const hit = detectScale(ind, p.num, scaleHistory(ind, series, p.month, th), th);
  if (!hit) return [];
  const x = fmtNum(p.num);
  const relZh = hit.big
    ? `是${hit.refZh}的${timesText(hit.ratio, false)}`
    : `只有${hit.refZh}的${timesText(hit.ratio, true)}`;
  const times = fmtNum(Number(hit.ratio.toPrecision(3)));
  const relEn = hit.big ? `${times} times ${hit.refEn}` : `1/${times} of ${hit.refEn}`;
  const sugg = hit.suggestion;
  return [
    draft(ctx, {
      rule: 'scale',
      tier: 'verify',
      zh:
        sugg !== null
          ? hit.decimal
            ? `本月填写 ${x}，${relZh}，疑似小数点错位，建议改为 ${fmtNum(sugg)}`
            : `本月填写 ${x}，${relZh}，${hit.typedIn ? `疑似按${hit.typedIn}填写` : '疑似单位填错'}（本行单位：${ind.unit}），建议改为 ${fmtNum(sugg)}`
          : `本月填写 ${x}，${relZh}，数值异常，请核对单位（本行单位：${ind.unit}）和位数`,
      en:
        sugg !== null
          ? hit.decimal
            ? `${x} is ${relEn}: the decimal point looks one place off; suggest ${fmtNum(sugg)}`
            : `${x} is ${relEn}: probably entered in ${hit.typedIn ?? 'the wrong unit'} (this row is in ${ind.unit}); suggest ${fmtNum(sugg)}`
          : `${x} is ${relEn}: check the unit (this row is in ${ind.unit}) and the digits`,
      expected: `与年度目标和此前月份同一数量级的数${unitText(ind.unit)}`,
      suggestion: sugg,
    }),
  ];
}
