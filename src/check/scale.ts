// A figure off by a unit's scale (亩 typed on a 万亩 row): detected here for the scale rule and for
// the format rule's suggestion.
import type { CheckThresholds, Indicator } from '../plan/types';
import { unitScale } from '../plan/units';
import { fmtNum } from './finding';
import { tidy } from '../progress/round';
import { draft, historyNumbers, unitText, type Draft, type RuleContext } from './draft';

export interface ScaleHit {
  big: boolean;
  ratio: number;
  /** What the figure was compared with, in words. */
  refZh: string;
  refEn: string;
  suggestion: number | null;
}

export function targetRef(ind: Indicator): number | null {
  const t = ind.comparator === 'between' && ind.max !== null ? ind.max : ind.value;
  return t === null ? null : Math.abs(t);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

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

/**
 * A figure off by a unit's scale (亩 typed on a 万亩 row, 万斤 on an 亿斤 row). Caught when it is
 * `scaleFactor` times the target and the history, or beyond `overTargetMultiple` times them while
 * the rescaled figure would be ordinary. Levels are also caught the other way (万亩 typed on an 亩
 * row), since a stock does not shrink a thousandfold in a month.
 */
export function detectScale(ind: Indicator, x: number, history: number[], th: CheckThresholds): ScaleHit | null {
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return null;
  if (x === 0 || !Number.isFinite(x)) return null;
  const target = targetRef(ind);
  const histMax = history.length ? Math.max(...history) : 0;
  const ref = Math.max(target ?? 0, histMax);
  const ax = Math.abs(x);
  const u = ind.unit;
  const ordinary = (v: number) => v <= ref * th.overTargetMultiple && v >= ref / th.scaleFactor;
  if (ref > 0 && ax > th.overTargetMultiple * ref) {
    const d = downScales(u).find((k) => ordinary(ax / k));
    if (d !== undefined || ax >= th.scaleFactor * ref) {
      const byTarget = (target ?? 0) >= histMax;
      return {
        big: true,
        ratio: ax / ref,
        refZh: byTarget ? `年度目标（${fmtNum(target as number)}${u}）` : `此前月份的最大数（${fmtNum(histMax)}${u}）`,
        refEn: byTarget
          ? `the annual target (${fmtNum(target as number)} ${u})`
          : `the largest earlier figure (${fmtNum(histMax)} ${u})`,
        suggestion: d !== undefined ? tidy(x / d) : null,
      };
    }
  }
  if (ind.kind === 'level') {
    const small = history.length ? median(history) : (target ?? 0);
    if (small > 0 && ax * th.scaleFactor <= small) {
      const ms = upScales(u);
      const closeness = (k: number) => Math.abs(Math.log10((ax * k) / small));
      const m = ms.length ? ms.reduce((best, k) => (closeness(k) < closeness(best) ? k : best)) : undefined;
      const byHist = history.length > 0;
      return {
        big: false,
        ratio: small / ax,
        refZh: byHist ? `此前月份的数（${fmtNum(small)}${u}）` : `年度目标（${fmtNum(small)}${u}）`,
        refEn: byHist ? `earlier figures (${fmtNum(small)} ${u})` : `the annual target (${fmtNum(small)} ${u})`,
        suggestion: m !== undefined && ordinary(ax * m) ? tidy(x * m) : null,
      };
    }
  }
  return null;
}

/** " 500 倍" for ordinary ratios; "约 10 的 4 次方倍" where the digits would mean nothing. */
function timesText(ratio: number, small: boolean): string {
  const e = Math.floor(Math.log10(ratio));
  if (e >= 4) return `约 10 的 ${e} 次方${small ? '分之一' : '倍'}`;
  return ` ${fmtNum(Math.round(ratio))} ${small ? '分之一' : '倍'}`;
}

export function scaleRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, series, th } = ctx;
  if (!p.isNumber || p.num === null) return [];
  const hit = detectScale(ind, p.num, historyNumbers(series, p.month), th);
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
          ? `本月填写 ${x}，${relZh}，疑似单位填错（本行单位：${ind.unit}），建议改为 ${fmtNum(sugg)}`
          : `本月填写 ${x}，${relZh}，数值异常，请核对单位（本行单位：${ind.unit}）和位数`,
      en:
        sugg !== null
          ? `${x} is ${relEn}: probably entered in the wrong unit (this row is in ${ind.unit}); suggest ${fmtNum(sugg)}`
          : `${x} is ${relEn}: check the unit (this row is in ${ind.unit}) and the digits`,
      expected: `与年度目标和以前月份同一数量级的数${unitText(ind.unit)}`,
      suggestion: sugg,
    }),
  ];
}
