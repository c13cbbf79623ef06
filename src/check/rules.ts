// The rules, one function each, over one indicator's series at the month being checked.
// Each returns raw findings (tier as the rule sets it); index.ts applies the 备注 step and sorting.
// Rule ids, tiers and defaults are documented in rules.md; keep the two in step.
import type { CheckThresholds, Indicator, Plan } from '../plan/types';
import { unitScale } from '../plan/units';
import { FIGURE_PROBLEMS, readFigure } from '../progress/figure';
import { dueMonth, evaluate, isReportMonth, MILESTONE_STATES, type MilestoneState } from '../progress/progress';
import type { CellValue } from '../workbook/spec';
import type { FigureCell } from '../workbook/figures';
import { fmtNum, place, type Finding, type RuleId, type Tier } from './finding';
import { isBlankValue, type MonthPoint, type Series } from './series';

export interface RuleContext {
  plan: Plan;
  ind: Indicator;
  series: Series;
  /** The month being checked. */
  month: number;
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

function shown(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return fmtNum(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

function unitText(unit: string): string {
  return unit ? `（单位：${unit}）` : '';
}
function unitTextEn(unit: string): string {
  return unit ? ` (unit: ${unit})` : '';
}

function pct(share: number): string {
  return fmtNum(Math.round(share * 1000) / 10);
}

/** What a rule says about one cell; `draft` places it and words the whole message. */
export interface DraftInput {
  cell: FigureCell;
  ind: Indicator;
  rule: RuleId;
  tier: Tier;
  /** The finding's own words, after "sheet!cell name：". */
  zh: string;
  en: string;
  expected: string;
  suggestion: number | string | null;
}

export function draft(p: MonthPoint, d: DraftInput): Draft {
  const { cell, ind, suggestion } = d;
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
      message: `${at} ${ind.name}：${d.zh}`,
      messageEn: `${at} ${ind.name} (${ind.code}): ${d.en}`,
      found: shown(cell.value),
      expected: d.expected,
      suggestion: suggestion === null ? null : typeof suggestion === 'number' ? fmtNum(suggestion) : suggestion,
    },
  };
}

// ---------------------------------------------------------------- format

const APPROX_WORDS = /大约|约|近|左右|余|多|以上|超过|[~≈～]/g;

/** For an estimate such as 约3万, the number it names, as a hint of what to enter once confirmed. */
function estimateValue(raw: CellValue, unit: string): number | null {
  if (typeof raw !== 'string') return null;
  const r = readFigure(raw.replace(APPROX_WORDS, ''), unit);
  return r.kind === 'number' || r.kind === 'fixable' ? r.value : null;
}

/** A 本月 figure that is not a plain number: error, with the number to enter where one can be given. */
export function formatRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  const cell = p.row.month;
  if (ind.kind === 'milestone') {
    // A no-data mark such as "—" is not blank to the sheet: it replaces the carried state.
    const mark = p.reading.kind === 'blank' && !isEmptyEntry(cell.value);
    if (p.reading.kind !== 'invalid' && !mark) return [];
    const raw = shown(cell.value);
    const sugg = suggestState(raw);
    const states = MILESTONE_STATES.join('、');
    return [
      draft(p, {
        cell,
        ind,
        rule: 'format',
        tier: 'error',
        zh: `本月填写“${raw}”，不是节点状态。应填写 ${states} 之一${sugg ? `，建议改为 ${sugg}` : ''}`,
        en: `"${raw}" is not a milestone state; expected one of ${MILESTONE_STATES.join(', ')}${sugg ? `; suggest ${sugg}` : ''}`,
        expected: `${states} 之一`,
        suggestion: sugg,
      }),
    ];
  }
  const r = p.reading;
  if ((r.kind !== 'fixable' && r.kind !== 'invalid') || !('problem' in r)) return [];
  const raw = shown(cell.value);
  let value = r.kind === 'fixable' ? r.value : r.problem === 'approximate' ? estimateValue(cell.value, ind.unit) : null;
  let rescaled = false;
  if (value !== null) {
    // A typed "32,000" on a 万亩 row: the number is readable but in the wrong scale.
    const hist = historyNumbers(ctx.series, p.month);
    const s = detectScale(ind, value, hist, ctx.th);
    if (s && s.suggestion !== null) {
      value = s.suggestion;
      rescaled = true;
    }
  }
  const percentNumber = typeof cell.value === 'number' && r.problem === 'percent';
  const why = percentNumber ? '是小数形式的百分比' : FIGURE_PROBLEMS[r.problem].zh;
  const whyEn = percentNumber ? 'looks like a fraction, not a percentage' : FIGURE_PROBLEMS[r.problem].en;
  let scaleZh = rescaled ? `（已按本行单位${ind.unit}折算）` : '';
  let scaleEn = rescaled ? ` (converted to this row's unit ${ind.unit})` : '';
  const far = value !== null && !rescaled ? farFromTarget(ind, value, ctx.th) : null;
  if (far) {
    scaleZh = `（注意：建议值${far.zh}，请核对数量级和单位）`;
    scaleEn = ` (note: the suggestion is ${far.en}; check the scale and the unit)`;
  }
  const suggZh = value !== null ? `，建议改为 ${fmtNum(value)}${scaleZh}` : '';
  const suggEn = value !== null ? `; suggest ${fmtNum(value)}${scaleEn}` : '';
  return [
    draft(p, {
      cell,
      ind,
      rule: 'format',
      tier: 'error',
      zh: `本月填写“${raw}”，${why}。应填写数字${unitText(ind.unit)}${suggZh}`,
      en: `"${raw}" ${whyEn}; expected a number${unitTextEn(ind.unit)}${suggEn}`,
      expected: `数字${unitText(ind.unit)}`,
      suggestion: value,
    }),
  ];
}

/**
 * A suggested number far from the target's scale: beyond `overTargetMultiple` times the annual
 * target, or `scaleFactor` times below it (约3万 on a 亩 row whose target is 4152).
 */
function farFromTarget(ind: Indicator, x: number, th: CheckThresholds): { zh: string; en: string } | null {
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return null;
  const t = targetRef(ind);
  if (t === null || !(t > 0) || x === 0) return null;
  const ax = Math.abs(x);
  const target = `${fmtNum(t)}${ind.unit}`;
  if (ax > th.overTargetMultiple * t) {
    const times = fmtNum(Number((ax / t).toPrecision(2)));
    return {
      zh: `是年度目标（${target}）的${times}倍`,
      en: `${times} times the annual target (${fmtNum(t)} ${ind.unit})`,
    };
  }
  if (ax * th.scaleFactor < t) {
    return {
      zh: `不到年度目标（${target}）的千分之一`,
      en: `under 1/1000 of the annual target (${fmtNum(t)} ${ind.unit})`,
    };
  }
  return null;
}

const STATE_HINTS: Array<[RegExp, MilestoneState]> = [
  [/已完成|完成|完工|验收|竣工|投产/, '已完成'],
  [/推进中|推进|进行|在建|实施|开工/, '推进中'],
  [/未开始|未启动|未开工|尚未/, '未开始'],
];

function suggestState(raw: string): MilestoneState | null {
  // "未完成" names no state it could be; leave it to the user.
  if (/未完成/.test(raw)) return null;
  for (const [re, state] of STATE_HINTS) if (re.test(raw)) return state;
  return null;
}

// ---------------------------------------------------------------- completeness

export function completenessRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, series } = ctx;
  const month = p.month;
  const cell = p.row.month;
  if (ind.kind === 'milestone') {
    if (p.reading.kind !== 'blank' || !isEmptyEntry(cell.value)) return [];
    if (ind.recurring) {
      return [
        draft(p, {
          cell,
          ind,
          rule: 'completeness',
          tier: 'error',
          zh: `每月任务，本月未填写进展状态。应填写 ${MILESTONE_STATES.join('、')} 之一`,
          en: 'a monthly task with no state this month; enter 未开始, 推进中 or 已完成',
          expected: `${MILESTONE_STATES.join('、')} 之一`,
          suggestion: null,
        }),
      ];
    }
    if (p.computedState !== null) return [];
    return [
      draft(p, {
        cell,
        ind,
        rule: 'completeness',
        tier: 'error',
        zh: `未填写进展状态，此前各月也没有。应填写 ${MILESTONE_STATES.join('、')} 之一`,
        en: 'no state entered this month or before; enter 未开始, 推进中 or 已完成',
        expected: `${MILESTONE_STATES.join('、')} 之一`,
        suggestion: null,
      }),
    ];
  }
  if (p.reading.kind !== 'blank') return [];
  // Off months (reportMonths) are not due: nothing is missing.
  if (!isReportMonth(ind, p.month)) return [];
  if (ind.kind === 'cumulative' && !isBlankValue(cell.value)) {
    // "无" or "—" on a flow row: nothing happened; the sheet counts it as 0 but a 0 says it plainly.
    const raw = shown(cell.value);
    return [
      draft(p, {
        cell,
        ind,
        rule: 'completeness',
        tier: 'note',
        zh: `本月填写“${raw}”，按 0 计入累计；本月没有发生建议填 0`,
        en: `"${raw}" counts as 0 in the cumulative; enter 0 when nothing happened`,
        expected: `本月数${unitText(ind.unit)}`,
        suggestion: 0,
      }),
    ];
  }
  if (ind.kind === 'cumulative') {
    return [
      draft(p, {
        cell,
        ind,
        rule: 'completeness',
        tier: 'error',
        zh: `本月未填写。应填写本月数${unitText(ind.unit)}；本月没有发生请填 0`,
        en: `no figure this month; enter this month's figure${unitTextEn(ind.unit)}, or 0 if nothing happened`,
        expected: `本月数${unitText(ind.unit)}`,
        suggestion: null,
      }),
    ];
  }
  const earlier = lastEntered(series, month);
  if (earlier === null) {
    const what = ind.kind === 'rate' ? '1-本月累计增速（%）' : `当前数${unitText(ind.unit)}`;
    const whatEn =
      ind.kind === 'rate' ? 'the year-to-date growth rate (%)' : `the current level${unitTextEn(ind.unit)}`;
    return [
      draft(p, {
        cell,
        ind,
        rule: 'completeness',
        tier: 'error',
        zh: `本月未填写，此前各月也没有。应填写${what}`,
        en: `no figure this month or before; enter ${whatEn}`,
        expected: what,
        suggestion: null,
      }),
    ];
  }
  // A level carried forward is the template's design; a stale growth rate is worth a question.
  if (ind.kind === 'rate') {
    return [
      draft(p, {
        cell,
        ind,
        rule: 'completeness',
        tier: 'verify',
        zh: `本月增速未填写，累计沿用${earlier.month}月的 ${fmtNum(earlier.value)}%。应填写1-${month}月累计增速`,
        en: `no growth rate this month; month ${earlier.month}'s ${fmtNum(earlier.value)}% is carried forward; enter the rate for months 1-${month}`,
        expected: `1-${month}月累计增速（%）`,
        suggestion: null,
      }),
    ];
  }
  return [];
}

/** Empty to the sheet's `F<>""` test: nothing at all, or an empty string. */
export function isEmptyEntry(v: CellValue): boolean {
  return v === null || v === '';
}

function lastEntered(series: Series, before: number): { month: number; value: number } | null {
  for (let m = before - 1; m >= 1; m--) {
    const e = series[m]?.num;
    if (e !== undefined && e !== null) return { month: m, value: e };
  }
  return null;
}

/** Earlier months' plain-number 本月 figures (non-zero), for scale comparisons. */
function historyNumbers(series: Series, before: number): number[] {
  const out: number[] = [];
  for (let m = 1; m < before; m++) {
    const p = series[m];
    if (p && p.isNumber && p.num !== null && p.num !== 0) out.push(Math.abs(p.num));
  }
  return out;
}

// ---------------------------------------------------------------- scale

export interface ScaleHit {
  big: boolean;
  ratio: number;
  /** What the figure was compared with, in words. */
  refZh: string;
  refEn: string;
  suggestion: number | null;
}

function targetRef(ind: Indicator): number | null {
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
        suggestion: d !== undefined ? Number((x / d).toPrecision(12)) : null,
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
        suggestion: m !== undefined && ordinary(ax * m) ? Number((x * m).toPrecision(12)) : null,
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
    draft(p, {
      cell: p.row.month,
      ind,
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

// ---------------------------------------------------------------- identity / formula / status

const CLOSE = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function identityRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  const cell = p.row.cumulative;
  if (!p.typedOver) {
    if (!p.formulaLost) return [];
    // An empty 累计 without its formula (cleared, or swallowed by a merge): the sheet shows nothing.
    const want = ind.kind === 'milestone' ? p.computedState : p.computed;
    if (want === null) return [];
    const w = typeof want === 'number' ? fmtNum(want) : want;
    return [
      draft(p, {
        cell,
        ind,
        rule: 'identity',
        tier: 'error',
        zh: `累计为空，公式已被清除（如清除内容或合并了单元格），应为 ${w}。请恢复公式`,
        en: `the cumulative is empty and its formula is gone (cleared, or merged away); expected ${w}: restore the formula`,
        expected: w,
        suggestion: want,
      }),
    ];
  }
  const found = shown(cell.value);
  const mk = (zh: string, en: string, expected: string, suggestion: number | string | null) =>
    draft(p, {
      cell,
      ind,
      rule: 'identity',
      tier: 'error',
      zh: `累计被手工填写为“${found}”，${zh}。累计由公式计算，不应手工填写`,
      en: `the cumulative was typed as "${found}"; ${en}; it is a formula, not an input`,
      expected,
      suggestion,
    });
  const empty = () =>
    mk(
      '但本月和以前月份都没有可计入的数，累计应为空',
      'nothing entered so far counts, so it should be blank',
      '空（由公式计算）',
      null,
    );
  if (ind.kind === 'milestone') {
    const want = p.computedState;
    if (want === null) return isEmptyEntry(p.row.month.value) ? [empty()] : [];
    if (p.effectiveState === want) return [formulaNote(p, cell, ind, found)];
    return [mk(`按各月状态应为“${want}”`, `from the monthly states it should be "${want}"`, want, want)];
  }
  const want = p.computed;
  if (want === null) return [empty()];
  const got = typeof cell.value === 'number' ? cell.value : null;
  if (got !== null && CLOSE(got, want)) return [formulaNote(p, cell, ind, found)];
  let how: string;
  let howEn: string;
  if (p.num === null) {
    how = `本月没有填数，应沿用上月累计 ${fmtNum(want)}`;
    howEn = `this month has no figure, so the previous ${fmtNum(want)} carries on`;
  } else if (ind.kind === 'cumulative' && p.prev !== null) {
    how = `应为上月累计 ${fmtNum(p.prev)} + 本月 ${fmtNum(p.num)} = ${fmtNum(want)}`;
    howEn = `expected previous ${fmtNum(p.prev)} + this month ${fmtNum(p.num)} = ${fmtNum(want)}`;
  } else {
    how = `应等于本月数 ${fmtNum(want)}`;
    howEn = `expected this month's ${fmtNum(want)}`;
  }
  return [mk(how, howEn, fmtNum(want), want)];
}

function formulaNote(p: MonthPoint, cell: FigureCell, ind: Indicator, found: string): Draft {
  return draft(p, {
    cell,
    ind,
    rule: 'formula',
    tier: 'note',
    zh: `累计的公式被改成了数值“${found}”（目前与应有数一致）；本月数改动后不会自动更新，建议恢复公式`,
    en: `the cumulative formula was replaced by the value "${found}" (correct for now); it will not follow later edits: restore the formula`,
    expected: '公式',
    suggestion: null,
  });
}

export function statusRule(ctx: RuleContext): Draft[] {
  const { plan, ind, point: p, month } = ctx;
  const cell = p.row.status;
  if (!cell || cell.formula !== null || isBlankValue(cell.value)) return [];
  // A blank month is shown as 未填报 or carried by the sheet; compare only where a figure was entered.
  if (p.reading.kind === 'blank') return [];
  const actual = ind.kind === 'milestone' ? p.effectiveState : p.effective;
  if (actual === null) return [];
  const want = evaluate(plan, ind, month, actual, { entered: ind.kind === 'milestone' || p.num !== null }).status;
  const found = shown(cell.value).trim();
  if (found === want) {
    return [
      draft(p, {
        cell,
        ind,
        rule: 'formula',
        tier: 'note',
        zh: `状态的公式被改成了文字“${found}”（目前与应有状态一致）；数字改动后不会自动更新，建议恢复公式`,
        en: `the status formula was replaced by the text "${found}" (correct for now); restore the formula`,
        expected: '公式',
        suggestion: null,
      }),
    ];
  }
  return [
    draft(p, {
      cell,
      ind,
      rule: 'status',
      tier: 'error',
      zh: `状态被手工改为“${found}”，按本表数字应为“${want}”。状态由公式计算，不应手工填写`,
      en: `the status was typed as "${found}"; from the figures it is "${want}"; it is a formula, not an input`,
      expected: want,
      suggestion: want,
    }),
  ];
}

// ---------------------------------------------------------------- sign

/**
 * 下降 rows take the decrease as a positive number (下降3.2% -> 3.2), as the prompt and the header say.
 * A negative figure reads as a rise: possible, but more often the sign convention misread.
 */
export function signRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  if (ind.kind !== 'rate' || ind.direction !== 'decrease' || !p.isNumber || p.num === null || p.num >= 0) return [];
  const x = fmtNum(p.num);
  const abs = fmtNum(Math.abs(p.num));
  return [
    draft(p, {
      cell: p.row.month,
      ind,
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
  return [
    draft(p, {
      cell: p.row.month,
      ind,
      rule: 'monotonic',
      tier: 'error',
      zh: `本月填写 ${fmtNum(p.num)}（负数）${fall}。累计数不应减少；如需更正以前月份，请改正该月的本月数`,
      en: `${fmtNum(p.num)} is negative${fallEn}; a cumulative figure never falls: correct the earlier month instead`,
      expected: '不小于 0 的本月数',
      suggestion: null,
    }),
  ];
}

// ---------------------------------------------------------------- volatility

function plannedFlow(schedule: number[], m: number): number {
  return schedule[m - 1] - (m >= 2 ? schedule[m - 2] : 0);
}

export function momRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, series, th, month } = ctx;
  if (!p.isNumber || p.num === null || month < 2) return [];
  const q = series[month - 1];
  if (!q || !q.isNumber || q.num === null) return [];
  const x = p.num;
  const y = q.num;
  const limit = pct(th.momChange);
  const mk = (zh: string, en: string) =>
    draft(p, {
      cell: p.row.month,
      ind,
      rule: 'mom',
      tier: 'verify',
      zh,
      en,
      expected: `环比变化不超过 ±${limit}%`,
      suggestion: null,
    });
  if (ind.kind === 'cumulative') {
    if (!(x > 0 && y > 0)) return [];
    let allowed = th.momChange;
    if (ind.schedule) {
      // Seasonal rows: the schedule's own month-on-month swing is expected.
      const fm = plannedFlow(ind.schedule, month);
      const fp = plannedFlow(ind.schedule, month - 1);
      if (fp <= 0) return [];
      allowed = Math.max(1, fm / fp) * (1 + th.momChange) - 1;
    }
    const change = x / y - 1;
    if (change <= allowed) return [];
    return [
      mk(
        `本月 ${fmtNum(x)}，比上月（${fmtNum(y)}）增长 ${pct(change)}%，超过环比阈值 ${limit}%`,
        `${fmtNum(x)} is ${pct(change)}% above last month's ${fmtNum(y)}, beyond the ${limit}% threshold`,
      ),
    ];
  }
  if (ind.kind === 'level') {
    if (y > 0 && x === 0) {
      return [mk(`本月由上月的 ${fmtNum(y)} 降为 0`, `the level fell from ${fmtNum(y)} to 0`)];
    }
    if (x === 0 || y === 0) return [];
    if (x > 0 !== y > 0) {
      return [
        mk(
          `本月 ${fmtNum(x)}，与上月（${fmtNum(y)}）正负相反`,
          `${fmtNum(x)} has the opposite sign of last month's ${fmtNum(y)}`,
        ),
      ];
    }
    const swing = Math.max(Math.abs(x), Math.abs(y)) / Math.min(Math.abs(x), Math.abs(y)) - 1;
    if (swing <= th.momChange) return [];
    const up = Math.abs(x) > Math.abs(y);
    const change = x / y - 1;
    return [
      mk(
        `本月 ${fmtNum(x)}，比上月（${fmtNum(y)}）${up ? '增长' : '减少'} ${pct(Math.abs(change))}%，超过环比阈值 ${limit}%`,
        `${fmtNum(x)} is ${pct(Math.abs(change))}% ${up ? 'above' : 'below'} last month's ${fmtNum(y)}, beyond the ${limit}% threshold`,
      ),
    ];
  }
  if (ind.kind === 'rate') {
    if (x === 0 || y === 0 || x > 0 === y > 0) return [];
    return [
      mk(
        `累计增速由上月的 ${fmtNum(y)}% 转为 ${fmtNum(x)}%，正负相反`,
        `the growth rate changed sign from ${fmtNum(y)}% to ${fmtNum(x)}%`,
      ),
    ];
  }
  return [];
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
  const cell = ind.kind === 'cumulative' ? p.row.cumulative : p.row.month;
  const what = ind.kind === 'cumulative' ? `1-${month}月累计` : '本月';
  const whatEn = ind.kind === 'cumulative' ? `the cumulative for months 1-${month}` : "this month's level";
  const limit = pct(th.yoyChange);
  const dir = change > 0 ? '增长' : '下降';
  return [
    draft(p, {
      cell,
      ind,
      rule: 'yoy',
      tier: 'verify',
      zh: `${what} ${fmtNum(v)}${ind.unit}，比上年同期（${fmtNum(ly)}${ind.unit}）${dir} ${pct(Math.abs(change))}%，超过同比阈值 ±${limit}%`,
      en: `${whatEn} ${fmtNum(v)} ${ind.unit} is ${pct(Math.abs(change))}% ${change > 0 ? 'above' : 'below'} last year's ${fmtNum(ly)}, beyond ±${limit}%`,
      expected: `与上年同期相差不超过 ±${limit}%`,
      suggestion: null,
    }),
  ];
}

// ---------------------------------------------------------------- plausibility

export function overTargetRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, th, month } = ctx;
  if (!p.isNumber || p.num === null) return [];
  const k = th.overTargetMultiple;
  if (ind.kind === 'rate') {
    if (ind.comparator === '<=' || ind.value === null || !(ind.value > 0)) return [];
    const a = p.num;
    if (a <= k * ind.value) return [];
    return [
      draft(p, {
        cell: p.row.month,
        ind,
        rule: 'over-target',
        tier: 'verify',
        zh: `累计增速 ${fmtNum(p.num)}%，是目标（${fmtNum(ind.value)}%）的 ${fmtNum(Math.round((a / ind.value) * 10) / 10)} 倍，超过 ${fmtNum(k)} 倍`,
        en: `the growth rate ${fmtNum(p.num)}% is more than ${fmtNum(k)} times the target ${fmtNum(ind.value)}%`,
        expected: `不超过目标的 ${fmtNum(k)} 倍（${fmtNum(k * ind.value)}%）`,
        suggestion: null,
      }),
    ];
  }
  if (ind.kind !== 'cumulative' && ind.kind !== 'level') return [];
  const t = targetRef(ind);
  if (t === null || !(t > 0)) return [];
  const v = ind.kind === 'cumulative' ? p.effective : p.num;
  if (v === null || v <= k * t) return [];
  const cell = ind.kind === 'cumulative' ? p.row.cumulative : p.row.month;
  const what = ind.kind === 'cumulative' ? `1-${month}月累计` : '本月';
  return [
    draft(p, {
      cell,
      ind,
      rule: 'over-target',
      tier: 'verify',
      zh: `${what} ${fmtNum(v)}${ind.unit}，是年度目标（${fmtNum(t)}${ind.unit}）的 ${fmtNum(Math.round((v / t) * 10) / 10)} 倍，超过 ${fmtNum(k)} 倍`,
      en: `${fmtNum(v)} ${ind.unit} is more than ${fmtNum(k)} times the annual target ${fmtNum(t)} ${ind.unit}`,
      expected: `不超过年度目标的 ${fmtNum(k)} 倍（${fmtNum(k * t)}${ind.unit}）`,
      suggestion: null,
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
  if (us.base !== ws.base) return [];
  const part = p.effective * us.scale;
  const all = q.effective * ws.scale;
  if (part <= all || CLOSE(part, all)) return [];
  const cell = ind.kind === 'cumulative' ? p.row.cumulative : p.row.month;
  const what = ind.kind === 'cumulative' ? `1-${month}月累计` : '本月';
  return [
    draft(p, {
      cell,
      ind,
      rule: 'balance',
      tier: 'error',
      zh: `${what} ${fmtNum(p.effective)}${ind.unit}，大于所属总量“${whole.name}”的 ${fmtNum(q.effective)}${whole.unit}（${q.sheet}!${(ind.kind === 'cumulative' ? q.row.cumulative : q.row.month).address}）。分项不应大于总量`,
      en: `${fmtNum(p.effective)} ${ind.unit} exceeds its whole "${whole.name}" (${fmtNum(q.effective)} ${whole.unit}); a part cannot exceed the whole`,
      expected: `不大于 ${fmtNum(q.effective)}${whole.unit}`,
      suggestion: null,
    }),
  ];
}

// ---------------------------------------------------------------- milestones

export function milestoneOverdueRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, month } = ctx;
  if (ind.kind !== 'milestone') return [];
  const state = p.effectiveState;
  if (state === null || state === '已完成') return [];
  const deadline = dueMonth(ind, month);
  if (month < deadline) return [];
  const zh = ind.recurring
    ? `每月任务，本月状态为“${state}”，未完成`
    : `应于${deadline}月底前完成，目前状态为“${state}”，已逾期`;
  const en = ind.recurring
    ? `a monthly task, this month "${state}", not done`
    : `due by the end of month ${deadline}, still "${state}": overdue`;
  return [
    draft(p, {
      cell: p.row.month,
      ind,
      rule: 'milestone-overdue',
      tier: 'verify',
      zh,
      en,
      expected: '已完成',
      suggestion: null,
    }),
  ];
}
