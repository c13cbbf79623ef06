// Checks in the pure core: 30 units' workbooks of 1,000 indicators x 12 months, each checked at
// December with the eleven earlier months as history. Synthetic figures with a few per cent of
// typical mistakes, so the rules that build messages run too.
import { runChecks, countByTier } from '../src/check';
import { DEFAULT_SETTINGS, type Indicator, type IndicatorKind, type Plan } from '../src/plan';
import type { CellValue } from '../src/workbook/spec';
import type { MonthSheetFigures, RowFigures, TemplateFigures } from '../src/workbook/figures';

export const title = 'Checks: 1,000 indicators x 12 months x 30 units (pure core)';

const INDICATORS = 1000;
const UNITS = 30;

function indicator(k: number): Indicator {
  const kinds: IndicatorKind[] = [
    'cumulative',
    'cumulative',
    'cumulative',
    'cumulative',
    'cumulative',
    'cumulative',
    'cumulative',
    'level',
    'rate',
    'milestone',
  ];
  const kind = kinds[k % kinds.length];
  return {
    code: `I-${k}`,
    section: String(1 + (k % 5)),
    name: `指标${k}`,
    kind,
    unit: kind === 'rate' ? '%' : kind === 'milestone' ? '' : k % 3 === 0 ? '万亩' : '亩',
    comparator: '>=',
    value: kind === 'milestone' ? null : kind === 'rate' ? 10 : 1200,
    max: null,
    tolerance: null,
    direction: kind === 'rate' ? 'increase' : null,
    baseline: null,
    responsible: null,
    lead: null,
    deadlineMonth: kind === 'milestone' ? 1 + (k % 12) : null,
    schedule: null,
    lastYear: k % 20 === 0 ? Array.from({ length: 12 }, (_, i) => (i + 1) * 100) : null,
    parent: k % 50 === 1 ? `I-${k - 1}` : null,
    recurring: false,
    bands: null,
    thresholds: null,
    note: null,
  };
}

/** A deterministic pseudo-random stream (mulberry32) so every run checks the same figures. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entry(ind: Indicator, m: number, r: () => number): CellValue {
  const x = r();
  if (ind.kind === 'milestone') return x < 0.02 ? '完成了' : m > 6 ? '已完成' : '推进中';
  if (x < 0.01) return '约100';
  if (x < 0.02) return null;
  if (x < 0.025) return 1e6;
  if (ind.kind === 'rate') return 8 + r() * 6;
  if (ind.kind === 'level') return 1100 + Math.round(r() * 100);
  return Math.round(80 + r() * 40);
}

function workbook(plan: Plan, seed: number): TemplateFigures {
  const r = rng(seed);
  const months: MonthSheetFigures[] = [];
  for (let m = 1; m <= 12; m++) {
    const rows: RowFigures[] = plan.indicators.map((ind, i) => {
      const row = 4 + i;
      const typed = r() < 0.005;
      return {
        code: ind.code,
        row,
        month: { address: `F${row}`, value: entry(ind, m, r), formula: null },
        cumulative: typed
          ? { address: `G${row}`, value: 12345, formula: null }
          : { address: `G${row}`, value: null, formula: '=G' },
        note: { address: `M${row}`, value: r() < 0.3 ? '已核实' : null, formula: null },
        status: { address: `K${row}`, value: null, formula: '=K' },
      };
    });
    months.push({ sheet: `${m}月`, month: m, columns: { month: 6, cumulative: 7, status: 11, note: 13 }, rows });
  }
  return {
    meta: {
      templateVersion: '1.0',
      planHash: 'bench',
      year: 2023,
      unitName: `单位${seed}`,
      unitFilter: null,
      months: months.map((s) => s.month),
    },
    plan,
    months,
    problems: [],
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const plan: Plan = {
    year: 2023,
    unitName: '基准镇',
    title: null,
    sections: ['1', '2', '3', '4', '5'].map((id) => ({ id, title: `板块${id}` })),
    indicators: Array.from({ length: INDICATORS }, (_, k) => indicator(k)),
    settings: DEFAULT_SETTINGS,
  };
  const books = Array.from({ length: UNITS }, (_, u) => workbook(plan, u + 1));
  // Warm up the JIT on one workbook so the figure is the steady cost.
  runChecks(books[0], { month: 12 });
  const t0 = performance.now();
  const counts = { error: 0, verify: 0, note: 0 };
  for (const b of books) {
    const c = countByTier(runChecks(b, { month: 12 }));
    counts.error += c.error;
    counts.verify += c.verify;
    counts.note += c.note;
  }
  const ms = performance.now() - t0;
  return {
    units: UNITS,
    indicators: INDICATORS,
    months: 12,
    cellsRead: UNITS * INDICATORS * 12,
    totalMs: Math.round(ms),
    msPerUnit: Math.round((ms / UNITS) * 10) / 10,
    findings: counts,
  };
}
