// Rules about what was entered in 本月: a figure or state that is not one (format), a missing one
// (completeness), a milestone past its deadline. index.ts applies the 备注 step and sorting.
import type { CheckThresholds, Indicator } from '../plan/types';
import { FIGURE_PROBLEMS, readFigure } from '../progress/figure';
import { dueMonth, isReportMonth, MILESTONE_STATES, type MilestoneState } from '../progress/progress';
import type { CellValue } from '../workbook/spec';
import { fmtNum } from './finding';
import { draft, lastEntered, shown, unitText, rateWord, unitTextEn, type Draft, type RuleContext } from './draft';
import { explainedBy } from './notes';
import { detectScale, scaleHistory, targetRef } from './scale';
import { isBlank, isEmptyToFormula } from '../workbook/cell';

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
    const mark = p.reading.kind === 'blank' && !isEmptyToFormula(cell.value);
    if (p.reading.kind !== 'invalid' && !mark) return [];
    const raw = shown(cell.value);
    const sugg = suggestState(raw);
    const states = MILESTONE_STATES.join('、');
    return [
      draft(ctx, {
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
    const s = detectScale(ind, value, scaleHistory(ind, ctx.series, p.month, ctx.th), ctx.th);
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
    draft(ctx, {
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
    if (p.reading.kind !== 'blank' || !isEmptyToFormula(cell.value)) return [];
    if (ind.recurring) {
      return [
        draft(ctx, {
          rule: 'completeness',
          tier: 'error',
          zh: `每月任务，本月未填写进展状态。应填写 ${MILESTONE_STATES.join('、')} 之一`,
          en: 'a monthly task with no state this month; enter 未开始, 推进中 or 已完成',
          expected: `${MILESTONE_STATES.join('、')} 之一`,
        }),
      ];
    }
    if (p.computedState !== null) return [];
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'error',
        zh: `未填写进展状态，此前各月也没有。应填写 ${MILESTONE_STATES.join('、')} 之一`,
        en: 'no state entered this month or before; enter 未开始, 推进中 or 已完成',
        expected: `${MILESTONE_STATES.join('、')} 之一`,
      }),
    ];
  }
  if (p.reading.kind !== 'blank') return [];
  // Off months (reportMonths) are not due: nothing is missing.
  if (!isReportMonth(ind, p.month)) return [];
  if (ind.kind === 'cumulative' && !isBlank(cell.value)) {
    // "无" or "—" on a flow row: nothing happened; the sheet counts it as 0 but a 0 says it plainly.
    const raw = shown(cell.value);
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'note',
        zh: `本月填写“${raw}”，按 0 计入累计；本月没有发生建议填 0`,
        en: `"${raw}" counts as 0 in the cumulative; enter 0 when nothing happened`,
        expected: `本月数${unitText(ind.unit)}`,
        suggestion: 0,
      }),
    ];
  }
  if (ind.kind === 'cumulative') return [flowBlank(ctx)];
  const earlier = lastEntered(series, month);
  const w = rateWord(ind);
  if (earlier === null) {
    const what = ind.kind === 'rate' ? `1-本月累计${w.zh}（%）` : `当前数${unitText(ind.unit)}`;
    const whatEn = ind.kind === 'rate' ? `the year-to-date ${w.en} (%)` : `the current level${unitTextEn(ind.unit)}`;
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'error',
        zh: `本月未填写，此前各月也没有。应填写${what}`,
        en: `no figure this month or before; enter ${whatEn}`,
        expected: what,
      }),
    ];
  }
  // A level carried forward is the template's design; a stale growth rate is worth a question.
  if (ind.kind === 'rate') {
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'verify',
        zh: `本月${w.zh}未填写，累计沿用${earlier.month}月的 ${fmtNum(earlier.value)}%。应填写1-${month}月累计${w.zh}`,
        en: `no ${w.en} this month; month ${earlier.month}'s ${fmtNum(earlier.value)}% is carried forward; enter the rate for months 1-${month}`,
        expected: `1-${month}月累计${w.zh}（%）`,
      }),
    ];
  }
  return [];
}

/**
 * A blank 本月 on a flow row. The month being checked must say 0 or a figure before it counts as
 * submitted (强制性): only the office knows whether nothing happened. It is 提示性, counted as 0, when
 * its 备注 explains it, when the row's schedule plans nothing that month, and in any earlier month:
 * that month's own check asked for it, and repeating it as must-fix in every later month would only
 * lengthen the list; a later 备注 naming the month (7月数据迟报，含7-8月) is quoted.
 */
function flowBlank(ctx: RuleContext): Draft {
  const { ind, point: p, series, asOf } = ctx;
  const k = p.month;
  const why = explainedBy(series, k, asOf);
  const planned = ind.schedule ? ind.schedule[k - 1] - (k >= 2 ? ind.schedule[k - 2] : 0) : null;
  const expected = `本月数${unitText(ind.unit)}`;
  if (why === null && planned !== 0 && k === asOf) {
    return draft(ctx, {
      rule: 'completeness',
      tier: 'error',
      zh: `本月未填写。应填写本月数${unitText(ind.unit)}；本月没有发生请填 0`,
      en: `no figure this month; enter this month's figure${unitTextEn(ind.unit)}, or 0 if nothing happened`,
      expected,
    });
  }
  let zh = '本月未填写，按 0 计入累计';
  let en = 'no figure this month; counted as 0 in the cumulative';
  if (why !== null) {
    const whose = why.month === k ? '' : `${why.month}月`;
    zh += `（${whose}备注已说明：${why.note}）`;
    en += ` (explained in ${why.month === k ? 'the' : `month ${why.month}'s`} note: ${why.note})`;
  } else if (planned === 0) {
    zh += '（进度安排本月无计划量）；本月没有发生建议填 0';
    en += ' (the schedule plans nothing this month); enter 0 when nothing happened';
  } else {
    zh += '；本月没有发生建议填 0，如有漏报请补填';
    en += '; enter 0 when nothing happened, or the missed figure';
  }
  return draft(ctx, { rule: 'completeness', tier: 'note', zh, en, expected });
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
    draft(ctx, {
      rule: 'milestone-overdue',
      tier: 'verify',
      zh,
      en,
      expected: '已完成',
    }),
  ];
}
