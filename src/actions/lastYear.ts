// Last year's figures for next year's plan (lastYear, the base of 同比): as the year-end check reads
// them, not as typed. A figure the check holds in doubt (a format, unit-scale or sign problem still
// open) goes in as the check's suggestion, or is left out (a flow from that month on, its 累计 being
// built on it); every such month is listed, so nothing changes silently. A suggestion the check
// itself doubts (far from the target's scale) is not carried; nor is a run of running totals typed
// in 本月 (疑似累计数): the month it began is a guess, so the row is left out from that run's start.
import { runChecks } from '../check';
import { farFromTarget } from '../check/entry';
import { RULE_BY_ID, type Finding, type RuleId } from '../check/finding';
import { thresholdsFor } from '../plan/types';
import type { Message } from '../plan/message';
import { showNumber, tidy } from '../progress/round';
import { yearSeries } from '../summary';
import type { TemplateFigures } from '../workbook/figures';

/** Rules that say the typed figure itself is not the number meant. */
const FIGURE_RULES = new Set<RuleId>(['format', 'scale', 'sign', 'running-total']);

export interface LastYearFix {
  code: string;
  name: string;
  month: number;
  rule: RuleId;
  /** What the cell holds, as shown. */
  found: string;
  /** The number carried instead, or null when the month is left out. */
  carried: number | null;
  /** A flow: left out from this month on (its 累计 is built on it). */
  flow: boolean;
}

export interface CheckedYear {
  series: Map<string, Array<number | null>>;
  fixes: LastYearFix[];
}

function suggestedNumber(f: Finding): number | null {
  if (f.suggestion === null || f.suggestion.trim() === '') return null;
  const n = Number(f.suggestion);
  return Number.isFinite(n) ? n : null;
}

/** The year's series (summary/yearSeries) with the year-end check's open figure problems applied. */
export function checkedYearSeries(figures: TemplateFigures): CheckedYear {
  const last = Math.max(0, ...figures.months.map((m) => m.month));
  if (last === 0) return { series: yearSeries(figures.plan, figures), fixes: [] };
  // Each month's own check finds its figures' problems (a level's earlier month is not in a later
  // month's check: it feeds no 累计); the workbook is the final one, so each reads what is there now.
  const findings: Finding[] = [];
  for (const sheet of figures.months)
    for (const f of runChecks(figures, { month: sheet.month }))
      if (
        f.sheet === sheet.sheet &&
        (f.tier === 'error' || f.tier === 'verify') &&
        f.code !== null &&
        FIGURE_RULES.has(f.rule)
      )
        findings.push(f);
  const kinds = new Map(figures.plan.indicators.map((i) => [i.code, i]));
  const fixes: LastYearFix[] = [];
  const months = figures.months.map((sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) => {
      const f = findings.find((x) => x.sheet === sheet.sheet && x.code === row.code && x.cell === row.month.address);
      const ind = kinds.get(row.code);
      if (!f || !ind || ind.kind === 'milestone' || ind.kind === 'rate') return row;
      if (fixes.some((x) => x.code === row.code && x.month === sheet.month)) return row;
      const flow = ind.kind === 'cumulative';
      if (f.rule === 'running-total') {
        // The pattern spans this month and the two before it: left out from its first month on.
        const from = Math.max(1, sheet.month - 2);
        if (!fixes.some((x) => x.code === row.code && x.rule === f.rule))
          fixes.push({
            code: row.code,
            name: ind.name,
            month: from,
            rule: f.rule,
            found: `${sheet.month}月 ${f.found}`,
            carried: null,
            flow,
          });
        return row;
      }
      const suggested = suggestedNumber(f);
      const carried =
        suggested !== null && farFromTarget(ind, suggested, thresholdsFor(figures.plan, ind)) === null
          ? suggested
          : null;
      fixes.push({ code: row.code, name: ind.name, month: sheet.month, rule: f.rule, found: f.found, carried, flow });
      return carried === null ? row : { ...row, month: { ...row.month, value: carried } };
    }),
  }));
  const series = yearSeries(figures.plan, { months });
  for (const fix of fixes) {
    if (fix.carried !== null) continue;
    const s = series.get(fix.code);
    if (!s) continue;
    for (let m = fix.month; m <= (fix.flow ? 12 : fix.month); m++) s[m - 1] = null;
  }
  // Sums of decimals carry float noise (4503.299999999999): next year's plan is a file people edit.
  for (const [code, s] of series)
    series.set(
      code,
      s.map((x) => (x === null ? null : tidy(x))),
    );
  fixes.sort((a, b) => a.code.localeCompare(b.code) || a.month - b.month);
  return { series, fixes };
}

/** One line per month not carried as typed, as the CLI prints it and the pane lists it. */
export function lastYearFixLines(fixes: LastYearFix[], carriedCodes: ReadonlySet<string>): Message[] {
  return fixes
    .filter((f) => carriedCodes.has(f.code))
    .map((f) => {
      const rule = RULE_BY_ID[f.rule];
      return f.carried !== null
        ? {
            zh: `上年同期数按审核建议带入：${f.code} ${f.name} ${f.month}月 ${f.found} → ${showNumber(f.carried)}（${rule.name}）`,
            en: `last year's figure carried as the check suggests: ${f.code} ${f.month}: ${f.found} → ${showNumber(f.carried)} (${rule.nameEn})`,
          }
        : {
            zh: `上年同期数未带入：${f.code} ${f.name} ${f.month}月${f.flow ? '起' : ''}（${rule.name}未通过：${f.found}）`,
            en: `last year's figure left out: ${f.code} month ${f.month}${f.flow ? ' onwards' : ''} (${rule.nameEn}: ${f.found})`,
          };
    });
}
