// Rules about the size of a plain-number figure: sign on 下降 rows, a falling 累计, month-on-month and
// year-on-year change, far beyond the target, a part above its whole.
import { sameMeasure, unitScale } from '../plan/units';
import { periodText } from '../workbook/layout';
import type { Indicator } from '../plan/types';
import type { MonthPoint } from './series';
import type { FigureCell } from '../workbook/figures';
import { fmtNum } from './finding';
import { draft, isRise, pct, rateWord, type Draft, type RuleContext } from './draft';
import { CLOSE } from './formulas';
import { baseFigure, scaleHistory, targetRef } from './scale';
import { momHit } from './mom';

/** The figure a size rule reads: the 累计 of a flow, the 本月 of a level, with its cell and words. */
function sized(ctx: RuleContext): { cell: FigureCell; zh: string; en: string } {
  const { ind, point: p, month } = ctx;
  return ind.kind === 'cumulative'
    ? {
        cell: p.row.cumulative,
        zh: `${periodText(month)}累计`,
        en: `the cumulative for ${month === 1 ? 'month 1' : `months 1-${month}`}`,
      }
    : { cell: p.row.month, zh: '本月', en: "this month's level" };
}

// ---------------------------------------------------------------- sign

/**
 * 下降 rows take the decrease as a positive number (下降3.2% -> 3.2), as the prompt and the header say.
 * A negative figure reads as a rise: possible, but more often the sign convention misread.
 */
export function signRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  if (!p.isNumber || p.num === null || !isRise(ind, p.num)) return [];
  const x = fmtNum(p.num);
  const abs = fmtNum(Math.abs(p.num));
  return [
    draft(ctx, {
      rule: 'sign',
      tier: 'verify',
      zh: `本月填写 ${x}。下降目标的行填降幅（正数）：下降${abs}%应填 ${abs}；填负数表示上升${abs}%。如是降幅，建议改为 ${abs}；如确为上升，请在备注说明`,
      en: `${x} was entered; a decrease row takes the decrease as a positive number (down ${abs}% -> ${abs}); a negative figure means a rise of ${abs}%. Suggest ${abs} if it is a decrease; explain a rise in the note`,
      expected: '降幅（正数，%）',
      suggestion: Math.abs(p.num),
    }),
  ];
}

// ---------------------------------------------------------------- monotonic

export function monotonicRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  if (ind.kind !== 'cumulative' || p.num === null || p.num >= 0) return [];
  if (p.reading.kind !== 'number') return [];
  const prev = p.prev;
  const fall =
    prev !== null && p.computed !== null
      ? `，累计由上月 ${fmtNum(prev)} 减少为 ${fmtNum(p.computed)}`
      : '，累计将比上月减少';
  const fallEn =
    prev !== null && p.computed !== null
      ? `; the cumulative falls from ${fmtNum(prev)} to ${fmtNum(p.computed)}`
      : '; the cumulative falls';
  // Money can flow back (退库, 留抵退税): a negative month of revenue may be right, so it is asked, and a
  // 备注 giving the reason answers it; a count or an area never falls.
  if (/元$/.test(ind.unit.trim()))
    return [
      draft(ctx, {
        rule: 'monotonic',
        tier: 'verify',
        zh: `本月填写 ${fmtNum(p.num)}（负数）${fall}。金额类指标可能因退库、留抵退税等减少；如为更正以前月份，请改正该月的本月数`,
        en: `${fmtNum(p.num)} is negative${fallEn}; money can flow back (refunds); to correct an earlier month, correct that month instead`,
        expected: '本月数（负数须在备注说明原因）',
      }),
    ];
  return [
    draft(ctx, {
      rule: 'monotonic',
      tier: 'error',
      zh: `本月填写 ${fmtNum(p.num)}（负数）${fall}。累计数不应减少；如需更正以前月份，请改正该月的本月数`,
      en: `${fmtNum(p.num)} is negative${fallEn}; a cumulative figure never falls: correct the earlier month instead`,
      expected: '不小于 0 的本月数',
    }),
  ];
}

// ---------------------------------------------------------------- volatility

/**
 * Last month's 本月 as a comparison may use it (baseFigure): a figure with an open finding of its own
 * is not a base to measure a correct figure against.
 */
function previousFigure(ctx: RuleContext): number | null {
  const { ind, series, th, month } = ctx;
  return baseFigure(ind, series[month - 1], scaleHistory(ind, series, month - 1, th), th);
}

/** A share of change in per cent; a fall short of 100% never reads as 100% (26000 -> 2.6 is 99.99%). */
function pctChange(share: number): string {
  const shown = pct(share);
  return share < 1 && Number(shown) >= 100 ? fmtNum(Math.floor(share * 10000) / 100) : shown;
}

export function momRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, th, month } = ctx;
  if (!p.isNumber || p.num === null || month < 2) return [];
  // A negative on a 下降 row is the sign rule's finding; a sign flip would say it twice.
  if (isRise(ind, p.num)) return [];
  const y = previousFigure(ctx);
  if (y === null) return [];
  const x = p.num;
  const hit = momHit(ind, x, y, th, month);
  if (!hit) return [];
  const limit = pct(th.momChange);
  // A level may fall as far as it may rise: to 1/(1+k) of last month, a decrease of k/(1+k).
  const fallLimit = pct(th.momChange / (1 + th.momChange));
  const expected =
    ind.kind === 'level'
      ? `环比增长不超过 ${limit}%、减少不超过 ${fallLimit}%`
      : ind.kind === 'rate'
        ? '与上月正负相同'
        : `环比增长不超过 ${limit}%`;
  const mk = (zh: string, en: string) => [draft(ctx, { rule: 'mom', tier: 'verify', zh, en, expected })];
  if (ind.kind === 'rate') {
    const w = rateWord(ind);
    return mk(
      `累计${w.zh}由上月的 ${fmtNum(y)}% 转为 ${fmtNum(x)}%，正负相反`,
      `the ${w.en} changed sign from ${fmtNum(y)}% to ${fmtNum(x)}%`,
    );
  }
  switch (hit.kind) {
    case 'zero':
      return mk(`本月由上月的 ${fmtNum(y)} 降为 0`, `the level fell from ${fmtNum(y)} to 0`);
    case 'flip':
      return mk(
        `本月 ${fmtNum(x)}，与上月（${fmtNum(y)}）正负相反`,
        `${fmtNum(x)} has the opposite sign of last month's ${fmtNum(y)}`,
      );
    case 'rise':
      return mk(
        `本月 ${fmtNum(x)}，比上月（${fmtNum(y)}）增长 ${pct(hit.change)}%，超过环比阈值 ${limit}%`,
        `${fmtNum(x)} is ${pct(hit.change)}% above last month's ${fmtNum(y)}, beyond the ${limit}% threshold`,
      );
    case 'fall': {
      const fall = pctChange(-hit.change);
      return mk(
        `本月 ${fmtNum(x)}，比上月（${fmtNum(y)}）减少 ${fall}%，超过环比降幅阈值 ${fallLimit}%`,
        `${fmtNum(x)} is ${fall}% below last month's ${fmtNum(y)}, beyond the ${fallLimit}% threshold for a fall`,
      );
    }
  }
}

export function yoyRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, th, month } = ctx;
  if (!ind.lastYear || !p.isNumber) return [];
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return [];
  const ly = ind.lastYear[month - 1];
  if (ly === null || ly === undefined || !(ly > 0)) return [];
  const v = ind.kind === 'cumulative' ? p.effective : p.num;
  if (v === null) return [];
  const change = v / ly - 1;
  if (Math.abs(change) <= th.yoyChange) return [];
  const { cell, zh: what, en: whatEn } = sized(ctx);
  const limit = pct(th.yoyChange);
  const dir = change > 0 ? '增长' : '下降';
  return [
    draft(ctx, {
      cell,
      rule: 'yoy',
      tier: 'verify',
      zh: `${what} ${fmtNum(v)}${ind.unit}，比上年同期（${fmtNum(ly)}${ind.unit}）${dir} ${pct(Math.abs(change))}%，超过同比阈值 ±${limit}%`,
      en: `${whatEn} ${fmtNum(v)} ${ind.unit} is ${pct(Math.abs(change))}% ${change > 0 ? 'above' : 'below'} last year's ${fmtNum(ly)}, beyond ±${limit}%`,
      expected: `与上年同期相差不超过 ±${limit}%`,
    }),
  ];
}

// ---------------------------------------------------------------- plausibility

export function overTargetRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, th } = ctx;
  if (!p.isNumber || p.num === null) return [];
  const k = th.overTargetMultiple;
  if (ind.kind === 'rate') {
    if (ind.comparator === '<=' || ind.value === null || !(ind.value > 0)) return [];
    const a = p.num;
    if (a <= k * ind.value) return [];
    return [
      draft(ctx, {
        rule: 'over-target',
        tier: 'verify',
        zh: `累计${rateWord(ind).zh} ${fmtNum(p.num)}%，是目标（${fmtNum(ind.value)}%）的 ${fmtNum(Math.round((a / ind.value) * 10) / 10)} 倍，超过 ${fmtNum(k)} 倍`,
        en: `the ${rateWord(ind).en} ${fmtNum(p.num)}% is more than ${fmtNum(k)} times the target ${fmtNum(ind.value)}%`,
        expected: `不超过目标的 ${fmtNum(k)} 倍（${fmtNum(k * ind.value)}%）`,
      }),
    ];
  }
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return [];
  const t = targetRef(ind);
  if (t === null || !(t > 0)) return [];
  const v = ind.kind === 'cumulative' ? p.effective : p.num;
  if (v === null || v <= k * t) return [];
  const { cell, zh: what } = sized(ctx);
  return [
    draft(ctx, {
      cell,
      rule: 'over-target',
      tier: 'verify',
      zh: `${what} ${fmtNum(v)}${ind.unit}，是年度目标（${fmtNum(t)}${ind.unit}）的 ${fmtNum(Math.round((v / t) * 10) / 10)} 倍，超过 ${fmtNum(k)} 倍`,
      en: `${fmtNum(v)} ${ind.unit} is more than ${fmtNum(k)} times the annual target ${fmtNum(t)} ${ind.unit}`,
      expected: `不超过年度目标的 ${fmtNum(k)} 倍（${fmtNum(k * t)}${ind.unit}）`,
    }),
  ];
}

/**
 * A level above the top of its band: a range's upper end (参保率 95-100%), or 100% for a rate of a
 * state (a level in %). The target says such a figure should not occur, so it asks to verify. A range
 * on a flow (引进2-3个) names how much to do: more is done, not doubtful (far beyond is over-target).
 */
export function upperBoundRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  if (ind.kind !== 'level' || !p.isNumber || p.num === null) return [];
  const x = p.num;
  const max = ind.comparator === 'between' && ind.max !== null ? ind.max : null;
  const overMax = max !== null && x > max && !CLOSE(x, max);
  const over100 = ind.unit === '%' && x > 100;
  if (!overMax && !over100) return [];
  const top = Math.min(max ?? 100, over100 ? 100 : Infinity);
  const u = ind.unit;
  const range = max !== null ? `${fmtNum(ind.value ?? max)}-${fmtNum(max)}${u}` : '';
  const zh = [
    overMax ? `高于目标区间（${range}）的上限 ${fmtNum(max)}${u}` : '',
    over100 ? '比率不应超过 100%' : '',
  ].filter(Boolean);
  const en = [
    overMax ? `above the upper end ${fmtNum(max)}${u} of the target range (${range})` : '',
    over100 ? 'a rate of a state cannot exceed 100%' : '',
  ].filter(Boolean);
  return [
    draft(ctx, {
      rule: 'upper-bound',
      tier: 'verify',
      zh: `本月 ${fmtNum(x)}${u}，${zh.join('，')}`,
      en: `${fmtNum(x)}${u} is ${en.join('; ')}`,
      expected: `不高于 ${fmtNum(top)}${u}`,
    }),
  ];
}

/**
 * A flow's part above its whole in the month itself (review4 X8): one of the two was swapped or typed
 * as a 累计, caught in the month it happens rather than months later when the 累计 cross. 核实性: the
 * two offices may report the same event in different months.
 */
function monthBalance(
  ctx: RuleContext,
  whole: Indicator,
  q: MonthPoint,
  partScale: number,
  wholeScale: number,
): Draft[] {
  const { ind, point: p } = ctx;
  if (ind.kind !== 'cumulative' || p.num === null || q.num === null || p.reading.kind !== 'number') return [];
  const part = p.num * partScale;
  const all = q.num * wholeScale;
  if (part <= all || CLOSE(part, all) || part <= 0) return [];
  return [
    draft(ctx, {
      rule: 'balance',
      tier: 'verify',
      zh: `本月 ${fmtNum(p.num)}${ind.unit}，大于所属总量“${whole.name}”本月的 ${fmtNum(q.num)}${whole.unit}（${q.sheet}!${q.row.month.address}）。分项不应大于总量，请核对两行是否填反或误填了累计数`,
      en: `this month's ${fmtNum(p.num)} ${ind.unit} exceeds its whole "${whole.name}" this month (${fmtNum(q.num)} ${whole.unit}); check whether the two rows were swapped or a 累计 was typed`,
      expected: `不大于 ${fmtNum(q.num)}${whole.unit}`,
    }),
  ];
}

export function balanceRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, month } = ctx;
  if (!ind.parent || (ind.kind !== 'cumulative' && ind.kind !== 'level')) return [];
  if (p.reading.kind === 'invalid' || p.reading.kind === 'fixable') return [];
  const whole = ctx.indByCode.get(ind.parent);
  if (!whole || whole.kind !== ind.kind) return [];
  const q = ctx.seriesByCode.get(whole.code)?.[month];
  if (!q || p.effective === null || q.effective === null) return [];
  const us = unitScale(ind.unit);
  const ws = unitScale(whole.unit);
  if (!sameMeasure(ind.unit, whole.unit)) return [];
  const part = p.effective * us.scale;
  const all = q.effective * ws.scale;
  if (part <= all || CLOSE(part, all)) return monthBalance(ctx, whole, q, us.scale, ws.scale);
  const { cell, zh: what } = sized(ctx);
  return [
    draft(ctx, {
      cell,
      rule: 'balance',
      tier: 'error',
      zh: `${what} ${fmtNum(p.effective)}${ind.unit}，大于所属总量“${whole.name}”的 ${fmtNum(q.effective)}${whole.unit}（${q.sheet}!${(ind.kind === 'cumulative' ? q.row.cumulative : q.row.month).address}）。分项不应大于总量`,
      en: `${fmtNum(p.effective)} ${ind.unit} exceeds its whole "${whole.name}" (${fmtNum(q.effective)} ${whole.unit}); a part cannot exceed the whole`,
      expected: `不大于 ${fmtNum(q.effective)}${whole.unit}`,
    }),
  ];
}
