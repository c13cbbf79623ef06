// Summary (汇总): summarize + the 汇总 sheet spec for the seed plan and a 1,000-indicator plan,
// on the demo's sample figures for January to June (pure core, no workbook I/O).
import { sampleFigures } from '../src/demo';
import { seedPlan, type Plan } from '../src/plan';
import { summarize, summarySheet } from '../src/summary';
import type { MonthSheetFigures, TemplateFigures } from '../src/workbook/figures';

export const title = 'summary: summarize + 汇总 sheet, month 6 (seed 48 and 1,000 indicators)';

const MONTH = 6;

/** The seed's indicators repeated with new codes and 30 responsible units, up to `n` rows. */
function bigPlan(n: number): Plan {
  const seed = seedPlan();
  const indicators = Array.from({ length: n }, (_, i) => {
    const base = seed.indicators[i % seed.indicators.length];
    return {
      ...base,
      code: `${base.code}-${Math.floor(i / seed.indicators.length)}`,
      name: `${base.name}${Math.floor(i / seed.indicators.length) + 1}`,
      responsible: `单位${(i % 30) + 1}`,
    };
  });
  return { ...seed, indicators };
}

/** The month sheets as the read-back returns them, from the sample entries. */
function figuresOf(plan: Plan): TemplateFigures {
  const sample = sampleFigures(plan, MONTH);
  const months: MonthSheetFigures[] = sample.months.map((m) => ({
    sheet: `${m.month}月`,
    month: m.month,
    columns: { code: 2, month: 6, cumulative: 7, status: 11, responsible: 12, note: 13 },
    rows: plan.indicators.map((ind, i) => {
      const row = 4 + i;
      return {
        code: ind.code,
        row,
        month: { address: `F${row}`, value: m.values[ind.code] ?? null, formula: null },
        cumulative: { address: `G${row}`, value: null, formula: '=x' },
        note: { address: `M${row}`, value: m.notes[ind.code] ?? null, formula: null },
        status: { address: `K${row}`, value: null, formula: '=x' },
      };
    }),
  }));
  return {
    meta: {
      templateVersion: 'bench',
      planHash: '',
      year: plan.year,
      unitName: plan.unitName,
      unitFilter: null,
      months: months.map((m) => m.month),
    },
    plan,
    months,
    problems: [],
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(plan: Plan, runs: number) {
  const figures = figuresOf(plan);
  const tSummary: number[] = [];
  const tSheet: number[] = [];
  let cells = 0;
  let chars = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const s = summarize(plan, figures, MONTH);
    const t1 = performance.now();
    const sheet = summarySheet(plan, figures.meta, s, MONTH);
    const t2 = performance.now();
    tSummary.push(t1 - t0);
    tSheet.push(t2 - t1);
    cells = sheet.ranges.reduce((n, r) => n + r.rows.reduce((m, row) => m + row.length, 0), 0);
    chars = s.text.zh.join('').length;
  }
  return {
    summarizeMs: +median(tSummary).toFixed(2),
    sheetMs: +median(tSheet).toFixed(2),
    sheetCells: cells,
    narrativeChars: chars,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  return {
    seed48: time(seedPlan(), 20),
    plan1000: time(bigPlan(1000), 10),
  };
}
