// Rules about what was entered in 本月: a figure or state that is not one (format), a missing one
// (completeness), a milestone past its deadline. index.ts applies the 备注 step and sorting.
import type { CheckThresholds, Indicator } from '../plan/types';
import type { Message } from '../plan/message';
import { FIGURE_PROBLEMS, readingOf, suggestMilestoneState } from '../progress/figure';
import { dueMonth, isReportMonth, milestoneStepBack, MILESTONE_STATES, plansNothing } from '../progress/progress';
import { recurringWord } from '../progress/vocabulary';
import { fmtNum } from './finding';
import { draft, lastEntered, shown, unitText, rateWord, unitTextEn, type Draft, type RuleContext } from './draft';
import { explainedBy, figureInNote, monthsText, noteText } from './notes';
import type { MonthPoint } from './series';
import { detectScale, scaleHistory, targetRef } from './scale';
import { isBlank, isEmptyToFormula } from '../workbook/cell';

/** A 本月 figure that is not a plain number: error, with the number to enter where one can be given. */
export function formatRule(ctx: RuleContext): Draft[] {
  const { ind, point: p } = ctx;
  const cell = p.row.month;
  if (ind.kind === 'milestone') {
    // A no-data mark such as "—" is not blank to the sheet: it replaces the carried state.
    const mark = p.reading.kind === 'blank' && !isEmptyToFormula(cell.value);
    if (p.reading.kind !== 'invalid' && !mark) return [];
    const raw = shown(cell.value);
    // A recurring task not done this time ("未完成"): the states say so with 推进中 (counted as not done).
    const notDone = ind.recurring && /未完成|没有完成|未开展/.test(raw);
    const sugg = notDone ? '推进中' : suggestMilestoneState(raw);
    const states = MILESTONE_STATES.join('、');
    const why = notDone ? '（本期未完成的填“推进中”，按未完成计）' : '';
    return [
      draft(ctx, {
        rule: 'format',
        tier: 'error',
        zh: `本月填写“${raw}”，不是节点状态。应填写 ${states} 之一${sugg ? `，建议改为 ${sugg}${why}` : ''}`,
        en: `"${raw}" is not a milestone state; expected one of ${MILESTONE_STATES.join(', ')}${sugg ? `; suggest ${sugg}${notDone ? ' (not done this time: 推进中 counts as not done)' : ''}` : ''}`,
        expected: `${states} 之一`,
        suggestion: sugg,
      }),
    ];
  }
  const r = p.reading;
  if ((r.kind !== 'fixable' && r.kind !== 'invalid') || !('problem' in r)) return [];
  if (r.problem === 'date-cell') {
    return [
      draft(ctx, {
        rule: 'format',
        tier: 'error',
        zh: `本月${r.message.zh}。应填写数字${unitText(ind.unit)}：请把单元格设为“常规”格式后重新填写`,
        en: `the figure ${r.message.en}; expected a number${unitTextEn(ind.unit)}: set the cell's format to General and enter it again`,
        expected: `数字${unitText(ind.unit)}`,
        suggestion: null,
      }),
    ];
  }
  const raw = shown(cell.value);
  let value = r.kind === 'fixable' ? r.value : r.problem === 'approximate' ? readingOf(cell.value, ind.unit) : null;
  let rescaled = false;
  if (value !== null) {
    // A typed "32,000" on a 万亩 row: the number is readable but in the wrong scale.
    const s = detectScale(ind, value, scaleHistory(ind, ctx.series, p.month, ctx.th), ctx.th);
    if (s && s.suggestion !== null && !s.decimal) {
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
export function farFromTarget(ind: Indicator, x: number, th: CheckThresholds): { zh: string; en: string } | null {
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

// ---------------------------------------------------------------- completeness

export function completenessRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, series } = ctx;
  const month = p.month;
  const cell = p.row.month;
  if (ind.kind === 'milestone') {
    if (p.reading.kind !== 'blank' || !isEmptyToFormula(cell.value)) return [];
    if (ind.recurring) {
      // Off months (a quarterly task in 4月) are not due: nothing is missing.
      if (!isReportMonth(ind, month)) return [];
      const each = recurringWord(ind.reportMonths ?? null);
      return [
        draft(ctx, {
          rule: 'completeness',
          tier: 'error',
          zh: `${each}任务，本月未填写进展状态。应填写 ${MILESTONE_STATES.join('、')} 之一`,
          en: `a ${each === '每月' ? 'monthly' : 'recurring'} task with no state this month; enter 未开始, 推进中 or 已完成`,
          expected: `${MILESTONE_STATES.join('、')} 之一`,
        }),
      ];
    }
    if (p.computedState !== null) return [];
    // Earlier text that is no state ("已投产") carries nothing, but it was sent: say what and when.
    const said = [...series.slice(1, month)].reverse().find((q) => q && !isEmptyToFormula(q.row.month.value));
    const before = said
      ? {
          zh: `，此前最近填写的是${said.month}月的“${shown(said.row.month.value)}”（不是节点状态）`,
          en: `; the latest earlier entry is month ${said.month}'s "${shown(said.row.month.value)}" (not a state)`,
        }
      : month > 1
        ? { zh: '，此前各月也没有', en: '; none before either' }
        : { zh: '', en: '' };
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'error',
        zh: `未填写进展状态${before.zh}。应填写 ${MILESTONE_STATES.join('、')} 之一`,
        en: `no state entered this month${before.en}; enter 未开始, 推进中 or 已完成`,
        expected: `${MILESTONE_STATES.join('、')} 之一`,
      }),
    ];
  }
  if (p.reading.kind !== 'blank') return [];
  // Off months (reportMonths) are not due: nothing is missing.
  if (!isReportMonth(ind, p.month)) return [];
  // A flow's blank or no-data month counts as 0: flowGapsRule lists them; only a due blank is must-fix here.
  if (ind.kind === 'cumulative') return isBlank(cell.value) && blankIsDue(ctx) ? [dueBlank(ctx)] : [];
  const earlier = lastEntered(series, month);
  const w = rateWord(ind);
  if (earlier === null) {
    // January has no months before it to mention, and its year-to-date rate is the month's own.
    const what =
      ind.kind === 'rate' ? `${month > 1 ? `1-${month}月累计` : '1月'}${w.zh}（%）` : `当前数${unitText(ind.unit)}`;
    const whatEn = ind.kind === 'rate' ? `the year-to-date ${w.en} (%)` : `the current level${unitTextEn(ind.unit)}`;
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'error',
        zh: `本月未填写${month > 1 ? '，此前各月也没有' : ''}。应填写${what}`,
        en: `no figure this month${month > 1 ? ' or before' : ''}; enter ${whatEn}`,
        expected: what,
      }),
    ];
  }
  // A due month's return states its figure, for every kind (review3 W33): a blank growth rate or level
  // is must-fix like a blank flow, though the sheet carries the last one. A 备注 saying why (or a later
  // one naming the month) makes it a note; the carried figure is said either way.
  const w2 = ind.kind === 'rate' ? w : { zh: '', en: 'figure' };
  const was = ind.kind === 'rate' ? ` ${fmtNum(earlier.value)}%` : `${fmtNum(earlier.value)}${ind.unit}`;
  const wasEn = `${fmtNum(earlier.value)}${ind.unit === '%' ? '%' : ` ${ind.unit}`}`;
  const mark = isBlank(cell.value) ? null : shown(cell.value);
  const blankZh = mark === null ? `本月${w2.zh}未填写` : `本月填写“${mark}”，没有${w2.zh || '数字'}`;
  const blankEn = mark === null ? `no ${w2.en} this month` : `"${mark}" is no ${w2.en}`;
  const carriedZh = `${ind.kind === 'rate' ? '累计' : ''}沿用${earlier.month}月的${was}`;
  const carriedEn = `month ${earlier.month}'s ${wasEn} is carried forward`;
  const enter =
    ind.kind === 'rate'
      ? { zh: `应填写1-${month}月累计${w.zh}`, en: `enter the ${w.en} for months 1-${month}` }
      : {
          zh: `应填写本月数${unitText(ind.unit)}，没有变化也请照填`,
          en: `enter this month's level${unitTextEn(ind.unit)}, the same figure if it has not changed`,
        };
  const expected = ind.kind === 'rate' ? `1-${month}月累计${w.zh}（%）` : `当前数${unitText(ind.unit)}`;
  const why = explainedBy(series, month, month);
  if (why !== null) {
    const by = why.month === month ? '备注' : `${why.month}月备注`;
    return [
      draft(ctx, {
        rule: 'completeness',
        tier: 'note',
        zh: `${blankZh}，${carriedZh}（${by}已说明：${why.note}）`,
        en: `${blankEn}; ${carriedEn} (explained in ${why.month === month ? 'the note' : `month ${why.month}'s note`}: ${why.note})`,
        expected,
      }),
    ];
  }
  return [
    draft(ctx, {
      rule: 'completeness',
      tier: 'error',
      zh: `${blankZh}（表中${carriedZh}）。${enter.zh}`,
      en: `${blankEn} (the sheet carries month ${earlier.month}'s ${wasEn}); ${enter.en}`,
      expected,
    }),
  ];
}

/**
 * A blank 本月 on a flow row in the month being checked must say 0 or a figure before the month
 * counts as submitted (强制性): only the office knows whether nothing happened. Not when its 备注 (or a
 * later one up to the checked month naming it) explains it, nor when the schedule plans nothing then.
 */
function blankIsDue(ctx: RuleContext): boolean {
  const { ind, point: p, series, asOf } = ctx;
  if (p.month !== asOf || plansNothing(ind, p.month)) return false;
  return explainedBy(series, p.month, asOf) === null || noteFigure(ctx) !== null;
}

/** A figure the office wrote in 备注 beside a blank 本月 (review3 W29): reported, but not where it counts. */
function noteFigure(ctx: RuleContext): number | null {
  return figureInNote(noteText(ctx.point.row.note.value), ctx.ind.unit);
}

function dueBlank(ctx: RuleContext): Draft {
  const { ind } = ctx;
  const inNote = noteFigure(ctx);
  if (inNote !== null) {
    const note = noteText(ctx.point.row.note.value);
    const at = ctx.point.row.month.address;
    return draft(ctx, {
      rule: 'completeness',
      tier: 'error',
      zh: `本月未填写，备注写了“${note}”：数字应填在本月（${at}），不计入累计。建议本月填 ${fmtNum(inNote)}`,
      en: `no figure this month, but the 备注 says "${note}": the figure belongs in 本月 (${at}) and is not counted; suggest ${fmtNum(inNote)}`,
      expected: `本月数${unitText(ind.unit)}`,
      suggestion: inNote,
    });
  }
  return draft(ctx, {
    rule: 'completeness',
    tier: 'error',
    zh: `本月未填写。应填写本月数${unitText(ind.unit)}；本月没有发生请填 0`,
    en: `no figure this month; enter this month's figure${unitTextEn(ind.unit)}, or 0 if nothing happened`,
    expected: `本月数${unitText(ind.unit)}`,
  });
}

/** A flow month counted as 0 without a figure: blank, or a no-data mark (无, —), and why if said. */
interface FlowGap {
  point: MonthPoint;
  /** The no-data mark as typed; null for a blank cell. */
  mark: string | null;
  why: { month: number; note: string } | null;
  /** The schedule plans nothing that month. */
  unplanned: boolean;
}

/**
 * One 提示性 finding per flow row for the months of `months` whose 本月 counts as 0 without a figure
 * (blank, or 无/—), except the checked month's must-fix blank: "1-2月、5-9月、11月未填报，均按 0 计入
 * 12月累计", with the 备注 that explain some of them quoted and the months the schedule plans nothing
 * for named. An earlier month's blank was its own month's must-fix; listing it once, not once a month,
 * keeps the list as long as the rows it speaks of. It points at the latest such month's 本月 cell.
 */
export function flowGapsRule(ctx: RuleContext, months: number[]): Draft[] {
  const { ind, series, asOf } = ctx;
  if (ind.kind !== 'cumulative') return [];
  const gaps: FlowGap[] = [];
  for (const k of months) {
    const p = series[k];
    if (!p || p.reading.kind !== 'blank' || !isReportMonth(ind, k)) continue;
    const mark = isBlank(p.row.month.value) ? null : shown(p.row.month.value);
    if (mark === null && blankIsDue({ ...ctx, month: k, point: p })) continue;
    gaps.push({ point: p, mark, why: explainedBy(series, k, asOf), unplanned: plansNothing(ind, k) });
  }
  if (!gaps.length) return [];
  const many = gaps.length > 1;
  const monthsOf = (gs: FlowGap[]) => monthsText(gs.map((g) => g.point.month));
  const lead: Message[] = [];
  const blanks = gaps.filter((g) => g.mark === null);
  if (blanks.length) lead.push({ zh: `${monthsOf(blanks).zh}未填报`, en: `no figure in ${monthsOf(blanks).en}` });
  for (const mark of new Set(gaps.map((g) => g.mark).filter((m) => m !== null))) {
    const ms = monthsOf(gaps.filter((g) => g.mark === mark));
    lead.push({ zh: `${ms.zh}填写“${mark}”`, en: `"${mark}" in ${ms.en}` });
  }
  // Why, where something says why: a 备注 (quoted), or the schedule.
  const reasons = new Map<string, { zh: string; en: string; gaps: FlowGap[] }>();
  for (const g of gaps) {
    const r = g.why
      ? {
          key: `${g.why.month}\n${g.why.note}`,
          zh: `${g.why.month}月备注已说明“${g.why.note}”`,
          en: `explained in month ${g.why.month}'s note: "${g.why.note}"`,
        }
      : g.unplanned
        ? { key: 'schedule', zh: '进度安排无计划量', en: 'the schedule plans nothing' }
        : null;
    if (!r) continue;
    const seen = reasons.get(r.key) ?? { zh: r.zh, en: r.en, gaps: [] };
    seen.gaps.push(g);
    reasons.set(r.key, seen);
  }
  // A reason for some of the months names them; one for all of them, or a month's own 备注, needs no names.
  const own = (r: { gaps: FlowGap[] }) => r.gaps.length === 1 && r.gaps[0].why?.month === r.gaps[0].point.month;
  const why = [...reasons.values()].map((r) =>
    r.gaps.length < gaps.length && !own(r)
      ? { zh: `${monthsOf(r.gaps).zh}：${r.zh}`, en: `${monthsOf(r.gaps).en}: ${r.en}` }
      : { zh: r.zh, en: r.en },
  );
  // What to do about the months nothing explains: 0 where nothing happened, else the missed figure.
  const open = gaps.filter((g) => g.why === null);
  const missed = open.some((g) => g.mark === null && !g.unplanned);
  const when = many ? '的月份' : '';
  let adviceZh = open.length ? `；没有发生${when}建议填 0` : '';
  let adviceEn = open.length ? `; enter 0 where nothing happened` : '';
  if (missed) {
    adviceZh += '，如有漏报请补填';
    adviceEn += ', or the missed figure';
  }
  const zh =
    lead.map((l) => l.zh).join('，') +
    `，${many ? '均' : ''}按 0 计入${asOf}月累计` +
    (why.length ? `（${why.map((w) => w.zh).join('；')}）` : '') +
    adviceZh;
  const en =
    lead.map((l) => l.en).join('; ') +
    `; ${many ? 'all ' : ''}counted as 0 in the cumulative to month ${asOf}` +
    (why.length ? ` (${why.map((w) => w.en).join('; ')})` : '') +
    adviceEn;
  const latest = gaps[gaps.length - 1];
  return [
    draft(
      { ...ctx, month: latest.point.month, point: latest.point },
      {
        rule: 'completeness',
        tier: 'note',
        zh,
        en,
        expected: `本月数${unitText(ind.unit)}`,
        suggestion: latest.mark !== null ? 0 : null,
      },
    ),
  ];
}

// ---------------------------------------------------------------- milestones

export function milestoneOverdueRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, month } = ctx;
  if (ind.kind !== 'milestone') return [];
  const state = p.effectiveState;
  if (state === null || state === '已完成') return [];
  // A recurring task's off month is not due, whatever is typed in it.
  if (ind.recurring && !isReportMonth(ind, month)) return [];
  const deadline = dueMonth(ind, month);
  if (month < deadline) return [];
  const each = recurringWord(ind.reportMonths ?? null);
  const zh = ind.recurring
    ? `${each}任务，本月状态为“${state}”，未完成`
    : `应于${deadline}月底前完成，目前状态为“${state}”，已逾期`;
  const en = ind.recurring
    ? `a ${each === '每月' ? 'monthly' : 'recurring'} task, this month "${state}", not done`
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

/**
 * A milestone reported 已完成 and now 推进中 or 未开始 (progress.milestoneStepBack): 核实性 at the month the
 * step back was typed. A published 已完成 is not reversed without a word.
 */
export function milestoneStepBackRule(ctx: RuleContext): Draft[] {
  const { ind, point: p, series } = ctx;
  if (ind.kind !== 'milestone' || p.reading.kind === 'blank') return [];
  const states = series.slice(1, p.month + 1).map((q) => q?.row.month.value ?? null);
  const back = milestoneStepBack(ind, states, p.month);
  if (!back || back.month !== p.month) return [];
  return [
    draft(ctx, {
      rule: 'milestone-back',
      tier: 'verify',
      zh: `${back.done}月已报已完成，${back.month}月报${back.state}，进展倒退`,
      en: `reported done in month ${back.done}, "${back.state}" in month ${back.month}: a step back`,
      expected: `已完成（${back.done}月所报），或在备注说明原因`,
    }),
  ];
}
