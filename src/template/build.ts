// plan + options -> the workbook spec: 指标库, the month sheets, _meta. Pure: no I/O, no clock.
import { isMonth, notAMonth, type Message } from '../plan/message';
import type { Indicator, Plan } from '../plan/types';
import { parsePlan } from '../plan/schema';
import { planHash } from '../plan/hash';
import { adjustedAt, targetAt } from '../plan/adjust';
import type { TemplateMeta } from '../workbook/figures';
import type { CellValue, WorkbookSpec } from '../workbook/spec';
import { officesOf, ownedBy } from '../plan/owners';
import { shownCumulative } from '../progress/cumulate';
import { FORMULA_VERSION, TEMPLATE_VERSION } from './layout';
import { buildLedgerSheet } from './ledger';
import { buildMetaSheet } from './meta';
import { buildMonthSheet, type MonthCell } from './monthSheet';
import { monthSheetStyle, type MonthSheetStyle } from './monthStyle';
import { sheetRows } from './rows';

/**
 * The plan as one responsible unit's workbook holds it: that unit's rows only (a 其中 row whose whole
 * is another unit's keeps no parent there).
 */
export function unitPlan(plan: Plan, unit: string): Plan {
  const indicators = plan.indicators.filter((i) => ownedBy(i, unit));
  const codes = new Set(indicators.map((i) => i.code));
  return {
    ...plan,
    indicators: indicators.map((i) => (i.parent !== null && !codes.has(i.parent) ? { ...i, parent: null } : i)),
  };
}

/** Figures to write into the input cells: code -> month (1-12) -> 本月 entry and 备注. */
export type EnteredFigures = Record<string, Record<number, { month?: CellValue; note?: string }>>;

export interface BuildOptions {
  /** Months to generate, 1-12. Earlier months are generated too (see README: 月份). */
  months: number[];
  /** A responsible unit (责任单位): keep only its rows, for distribution. */
  unit?: string | null;
  figures?: EnteredFigures;
  templateVersion?: string;
}

export interface BuildProblem {
  message: Message;
  /** Where: a plan field path ("indicators[3].name"), "months", "unit" or "figures.<code>". */
  path?: string;
}

/** Something the user should know about the workbook made (earlier months generated too…). */
export type BuildNotice = Message;

export type BuildResult =
  | { ok: true; spec: WorkbookSpec; meta: TemplateMeta; notices: BuildNotice[] }
  | { ok: false; problems: BuildProblem[] };

/** Characters that make a spreadsheet read a cell as a formula when typed. */
const FORMULA_START = /^[=+@]/;

function checkMonths(months: unknown): { months: number[]; problems: BuildProblem[] } {
  const problems: BuildProblem[] = [];
  if (!Array.isArray(months) || months.length === 0) {
    problems.push({
      path: 'months',
      message: { zh: '请至少选择一个月份（1-12）', en: 'choose at least one month (1-12)' },
    });
    return { months: [], problems };
  }
  for (const m of months) {
    if (!isMonth(m)) {
      problems.push({ path: 'months', message: notAMonth(m) });
    }
  }
  return { months: [...new Set(months as number[])].sort((a, b) => a - b), problems };
}

function checkPlan(plan: Plan): BuildProblem[] {
  const problems: BuildProblem[] = [];
  const seen = new Map<string, number>();
  plan.indicators.forEach((ind, i) => {
    const at = (f: string) => `indicators[${i}].${f}`;
    const code = typeof ind.code === 'string' ? ind.code.trim() : '';
    const first = seen.get(code);
    if (code && first !== undefined) {
      problems.push({
        path: at('code'),
        message: {
          zh: `指标代码“${code}”重复：第${first + 1}个和第${i + 1}个指标用了同一个代码，每个指标的代码必须唯一`,
          en: `duplicate indicator code "${code}": indicators ${first + 1} and ${i + 1} share it; codes must be unique`,
        },
      });
    } else if (code) seen.set(code, i);
    if (typeof ind.name !== 'string' || ind.name.trim() === '') {
      problems.push({
        path: at('name'),
        message: {
          zh: `第${i + 1}个指标（代码“${code}”）没有名称`,
          en: `indicator ${i + 1} (code "${code}") has an empty name`,
        },
      });
    }
  });
  if (typeof plan.unitName !== 'string' || plan.unitName.trim() === '') {
    problems.push({ path: 'unitName', message: { zh: '单位名称为空', en: 'the unit name is empty' } });
  }
  // The schema's own checks (types, ranges, sections, parents…), for what is not said above.
  const r = parsePlan(plan);
  if (!r.ok) {
    const said = new Set(problems.map((p) => p.path));
    for (const issue of r.issues) {
      if (said.has(issue.path)) continue;
      problems.push({ path: issue.path, message: issue.message });
    }
  }
  return problems;
}

export function buildWorkbookSpec(plan: Plan, options: BuildOptions): BuildResult {
  const notices: BuildNotice[] = [];
  const { months: requested, problems } = checkMonths(options.months);
  problems.push(...checkPlan(plan));

  const unit = options.unit?.trim() ? options.unit.trim() : null;
  const knownUnits = officesOf(plan);
  if (unit !== null && !knownUnits.includes(unit)) {
    problems.push({
      path: 'unit',
      message: {
        zh: `计划中没有责任单位“${unit}”。已有的责任单位：${knownUnits.join('、') || '（无）'}`,
        en: `no responsible unit "${unit}" in the plan. Known units: ${knownUnits.join(', ') || '(none)'}`,
      },
    });
  }

  const last = requested.length ? requested[requested.length - 1] : 0;
  const months = Array.from({ length: last }, (_, i) => i + 1);
  const codes = new Set(plan.indicators.map((i) => i.code));
  for (const [code, byMonth] of Object.entries(options.figures ?? {})) {
    if (!codes.has(code)) {
      problems.push({
        path: `figures.${code}`,
        message: {
          zh: `填报数据中的代码“${code}”不在计划中，这些数据会丢失`,
          en: `figures for code "${code}", which is not in the plan, would be lost`,
        },
      });
      continue;
    }
    for (const m of Object.keys(byMonth)) {
      if (!months.includes(Number(m))) {
        problems.push({
          path: `figures.${code}`,
          message: {
            zh: `代码“${code}”有${m}月的填报数据，但不生成${m}月表，这些数据会丢失`,
            en: `code "${code}" has figures for month ${m}, which is not generated; they would be lost`,
          },
        });
      }
    }
  }
  if (problems.length) return { ok: false, problems };

  const earlier = months.filter((m) => !requested.includes(m));
  if (earlier.length) {
    notices.push({
      zh: `累计是从1月起逐月相加的，所选月份的累计要用到前面各月的数，因此同时生成了${earlier.map((m) => `${m}月`).join('、')}表`,
      en: `累计 adds up every month from January, so the months chosen need the earlier months' figures: sheets for month(s) ${earlier.join(', ')} were generated too`,
    });
  }
  plan.indicators.forEach((ind) => {
    if (FORMULA_START.test(ind.name)) {
      notices.push({
        zh: `指标“${ind.code}”的名称以“${ind.name[0]}”开头，已按文字写入（不是公式）`,
        en: `the name of "${ind.code}" starts with "${ind.name[0]}": written as text, not as a formula`,
      });
    }
  });

  const ledgerPlan = unit ? unitPlan(plan, unit) : plan;
  const indicators: Indicator[] = ledgerPlan.indicators;
  const rows = sheetRows(plan, indicators, { cut: unit !== null });

  // Month by month, the entries and the 累计 the formulas will compute.
  const byMonth = new Map<number, Map<string, MonthCell>>();
  const prev = new Map<string, CellValue | undefined>();
  for (const m of months) {
    const cells = new Map<string, MonthCell>();
    for (const ind of indicators) {
      const f = options.figures?.[ind.code]?.[m];
      const entry = f?.month === undefined ? null : f.month;
      const cum = shownCumulative(ind, entry, prev.get(ind.code));
      prev.set(ind.code, cum);
      const note = f?.note === undefined || f.note === '' ? null : f.note;
      // A recurring task's year is judged on every month's 进展 (progress.recurringStatus).
      const states = ind.recurring
        ? months.filter((k) => k <= m).map((k) => options.figures?.[ind.code]?.[k]?.month ?? null)
        : undefined;
      cells.set(ind.code, { entry, note, cum, ...(states ? { states } : {}) });
    }
    byMonth.set(m, cells);
  }

  const meta: TemplateMeta = {
    templateVersion: options.templateVersion ?? TEMPLATE_VERSION,
    formulaVersion: FORMULA_VERSION,
    planHash: planHash(plan),
    year: plan.year,
    unitName: plan.unitName,
    unitFilter: unit,
    months,
    ...(unit ? { ledgerHash: planHash(ledgerPlan) } : {}),
  };
  // A unit's workbook holds its own rows only, in 指标库 as on the month sheets.
  const spec: WorkbookSpec = { sheets: [buildLedgerSheet(ledgerPlan)] };
  const codesBySheet = new Map<string, Map<number, string>>();
  // One style per set of adjustments in force: a month after a 年中调整 shows the adjusted target's format.
  const styles = new Map<string, MonthSheetStyle>();
  for (const m of months) {
    const cells = byMonth.get(m) as Map<string, MonthCell>;
    const active = indicators.filter((i) => adjustedAt(i, m)).map((i) => i.code);
    const key = active.join('\n');
    let style = styles.get(key);
    if (!style) {
      const at = active.length
        ? rows.map((r) => (r.type === 'indicator' ? { ...r, ind: targetAt(r.ind, m) } : r))
        : rows;
      style = monthSheetStyle(plan, at);
      styles.set(key, style);
    }
    const { sheet, codesByRow } = buildMonthSheet(plan, rows, m, cells, unit, style);
    spec.sheets.push(sheet);
    codesBySheet.set(sheet.name, new Map(codesByRow));
  }
  spec.sheets.push(
    buildMetaSheet({
      meta,
      title: plan.title,
      sections: plan.sections,
      settings: plan.settings,
      codesBySheet,
      indicators: ledgerPlan.indicators,
    }),
  );
  return { ok: true, spec, meta, notices };
}
