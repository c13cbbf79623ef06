// Collect (汇集): merging 30 offices' returns of a 1,000-indicator plan into the master (pure core).
import { collect } from '../src/collect';
import { DEFAULT_SETTINGS, planHash, type Indicator, type Plan } from '../src/plan';
import type { MonthSheetFigures, TemplateFigures } from '../src/workbook/figures';

export const title = 'collect: 30 returns x 1,000 indicators, months 1-3, collect March';

const UNITS = 30;
const INDICATORS = 1000;
const MONTHS = [1, 2, 3];

function plan(): Plan {
  const indicators: Indicator[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const milestone = i % 10 === 9;
    indicators.push({
      code: `X-${String(i + 1).padStart(4, '0')}`,
      section: String((i % 5) + 1),
      name: `指标${i + 1}`,
      kind: milestone ? 'milestone' : i % 7 === 3 ? 'rate' : 'cumulative',
      unit: milestone ? '' : i % 7 === 3 ? '%' : '万亩',
      comparator: '>=',
      value: milestone ? null : 100,
      max: null,
      tolerance: null,
      direction: i % 7 === 3 ? 'increase' : null,
      baseline: null,
      responsible: `单位${(i % UNITS) + 1}`,
      lead: null,
      deadlineMonth: milestone ? 6 : null,
      schedule: null,
      lastYear: null,
      parent: null,
      recurring: false,
      bands: null,
      thresholds: null,
      note: null,
    });
  }
  return {
    year: 2023,
    unitName: '测试县',
    title: null,
    sections: [1, 2, 3, 4, 5].map((n) => ({ id: String(n), title: `板块${n}` })),
    indicators,
    settings: DEFAULT_SETTINGS,
  };
}

function sheet(p: Plan, inds: Indicator[], month: number, fill: (ind: Indicator) => boolean): MonthSheetFigures {
  return {
    sheet: `${month}月`,
    month,
    columns: { code: 2, month: 6, cumulative: 7, note: 13 },
    rows: inds.map((ind, i) => {
      const row = 4 + i;
      const filled = fill(ind);
      const value = !filled ? null : ind.kind === 'milestone' ? '推进中' : ind.kind === 'rate' ? 6.5 : 8 * month;
      return {
        code: ind.code,
        row,
        month: { address: `F${row}`, value, formula: null },
        cumulative: { address: `G${row}`, value: null, formula: `=F${row}` },
        note: { address: `M${row}`, value: filled && row % 4 === 0 ? '说明' : null, formula: null },
        status: null,
      };
    }),
  };
}

function template(p: Plan, unit: string | null, fill: (ind: Indicator, month: number) => boolean): TemplateFigures {
  const inds = unit === null ? p.indicators : p.indicators.filter((i) => i.responsible === unit);
  return {
    meta: {
      templateVersion: '1',
      planHash: planHash(p),
      year: p.year,
      unitName: p.unitName,
      unitFilter: unit,
      months: MONTHS,
    },
    plan: p,
    months: MONTHS.map((m) => sheet(p, inds, m, (ind) => fill(ind, m))),
    problems: [],
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const p = plan();
  // The master has January and February in, and a few March figures already typed by hand.
  const master = template(p, null, (ind, m) => m < 3 || ind.code.endsWith('00'));
  const returns = Array.from({ length: UNITS }, (_, u) => ({
    file: `单位${u + 1}.xlsx`,
    figures: template(p, `单位${u + 1}`, () => true),
  }));
  const times: number[] = [];
  let result = collect(master, returns, 3);
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    result = collect(master, returns, 3);
    times.push(performance.now() - t0);
  }
  if (!result.ok) throw new Error(result.message);
  times.sort((a, b) => a - b);
  return {
    returns: UNITS,
    indicators: INDICATORS,
    medianMs: Number(times[Math.floor(times.length / 2)].toFixed(1)),
    maxMs: Number(times[times.length - 1].toFixed(1)),
    writes: result.writes.length,
    unchanged: result.provenance.filter((x) => x.status === 'same-as-master').length,
    conflicts: result.conflicts.length,
  };
}
