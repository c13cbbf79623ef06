// Generate to .xlsx: the seed year (12 months) and a synthetic 1,000-indicator year, with file sizes.
// build = plan -> spec (pure); write = spec -> .xlsx bytes (ExcelJS); read = bytes -> snapshot.
import { buildWorkbookSpec } from '../src/template';
import { readXlsxSnapshot, writeSpecToXlsx } from '../src/hosts/xlsx';
import { seedPlan, type Plan } from '../src/plan';
import { syntheticPlan } from '../test/hosts/excel/bigPlan';
import type { WorkbookSpec } from '../src/workbook/spec';

export const title = 'generate: seed year and a 1,000-indicator year to .xlsx (12 months each)';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function countCells(spec: WorkbookSpec): { cells: number; formulas: number } {
  let cells = 0;
  let formulas = 0;
  for (const s of spec.sheets)
    for (const r of s.ranges)
      for (const row of r.rows)
        for (const c of row) {
          if (!c) continue;
          cells++;
          if (c.f) formulas++;
        }
  return { cells, formulas };
}

async function measure(plan: Plan) {
  const t0 = performance.now();
  const built = buildWorkbookSpec(plan, { months: MONTHS });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message).join('\n'));
  const t1 = performance.now();
  const bytes = await writeSpecToXlsx(built.spec);
  const t2 = performance.now();
  await readXlsxSnapshot(bytes);
  const t3 = performance.now();
  const { cells, formulas } = countCells(built.spec);
  return {
    indicators: plan.indicators.length,
    cells,
    formulas,
    buildMs: Math.round(t1 - t0),
    writeMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    readBackMs: Math.round(t3 - t2),
    bytes: bytes.length,
    kb: Math.round(bytes.length / 1024),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  // One warm-up so module loading and JIT are not counted against the first figure.
  await measure(seedPlan());
  const seed = await measure(seedPlan());
  const big = await measure(syntheticPlan(1000));
  return { seedYear: seed, year1000: big, heapMb: Math.round(process.memoryUsage().heapUsed / 1048576) };
}
