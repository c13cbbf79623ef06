// Rules about the sheet's own formulas: a 累计 typed over (identity, formula) and a 状态 typed over.
import { evaluate } from '../progress/progress';
import type { FigureCell } from '../workbook/figures';
import { fmtNum } from './finding';
import { draft, shown, type Draft, type RuleContext } from './draft';
import { isBlank, isEmptyToFormula } from '../workbook/cell';

export const CLOSE = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

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
      draft(ctx, {
        cell,
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
    draft(ctx, {
      cell,
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
    if (want === null) return isEmptyToFormula(p.row.month.value) ? [empty()] : [];
    if (p.effectiveState === want) return [formulaNote(ctx, cell, found)];
    return [mk(`按各月状态应为“${want}”`, `from the monthly states it should be "${want}"`, want, want)];
  }
  const want = p.computed;
  if (want === null) return [empty()];
  const got = typeof cell.value === 'number' ? cell.value : null;
  if (got !== null && CLOSE(got, want)) return [formulaNote(ctx, cell, found)];
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

function formulaNote(ctx: RuleContext, cell: FigureCell, found: string): Draft {
  return draft(ctx, {
    cell,
    rule: 'formula',
    tier: 'note',
    zh: `累计的公式被改成了数值“${found}”（目前与应有数一致）；本月数改动后不会自动更新，建议恢复公式`,
    en: `the cumulative formula was replaced by the value "${found}" (correct for now); it will not follow later edits: restore the formula`,
    expected: '公式',
  });
}

export function statusRule(ctx: RuleContext): Draft[] {
  const { plan, ind, point: p, month } = ctx;
  const cell = p.row.status;
  if (!cell || cell.formula !== null || isBlank(cell.value)) return [];
  // A blank month is shown as 未填报 or carried by the sheet; compare only where a figure was entered.
  if (p.reading.kind === 'blank') return [];
  const actual = ind.kind === 'milestone' ? p.effectiveState : p.effective;
  if (actual === null) return [];
  // A recurring task's year is judged on every month's 进展.
  const states = ind.recurring ? ctx.series.slice(1, month + 1).map((q) => q?.row.month.value ?? null) : undefined;
  const want = evaluate(plan, ind, month, actual, {
    entered: ind.kind === 'milestone' || p.num !== null,
    states,
  }).status;
  const found = shown(cell.value).trim();
  if (found === want) {
    return [
      draft(ctx, {
        cell,
        rule: 'formula',
        tier: 'note',
        zh: `状态的公式被改成了文字“${found}”（目前与应有状态一致）；数字改动后不会自动更新，建议恢复公式`,
        en: `the status formula was replaced by the text "${found}" (correct for now); restore the formula`,
        expected: '公式',
      }),
    ];
  }
  return [
    draft(ctx, {
      cell,
      rule: 'status',
      tier: 'error',
      zh: `状态被手工改为“${found}”，按本表数字应为“${want}”。状态由公式计算，不应手工填写`,
      en: `the status was typed as "${found}"; from the figures it is "${want}"; it is a formula, not an input`,
      expected: want,
      suggestion: want,
    }),
  ];
}
