// The Excel host on the fake Excel: round trips (syncs), the largest request and time for each pane
// action, for the seed plan and a generated 1,000-indicator plan, a full year (12 months) each.
// "cold" is a pane just opened on the workbook (the host has not looked at it yet, its local storage
// kept from the pane before); "coldCheckEmptyStorage" the same with nothing stored, and
// "coldFirstCheckEmptyStorage" with nothing stored and no marks yet. The other
// figures are the same pane right after generating (its usual order of work).
import { FakeExcel } from '../src/hosts/excel/fake/fake';
import { ExcelHost, memoryStore } from '../src/hosts/excel';
import { check, summarize, generate } from '../src/actions';
import { seedPlan, type Plan } from '../src/plan';
import { syntheticPlan } from '../test/hosts/excel/bigPlan';
import { fillMonth } from '../test/hosts/excel/helpers';

export const title =
  'Excel host on the fake Excel: syncs, largest request, ms per action (seed and 1,000 indicators, 12 months)';

const YEAR = Array.from({ length: 12 }, (_, i) => i + 1);

interface Step {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

async function measure<T>(fake: FakeExcel, f: () => Promise<T>): Promise<Step> {
  const before = fake.syncs.length;
  const t0 = performance.now();
  await f();
  const ms = Math.round(performance.now() - t0);
  const syncs = fake.syncs.slice(before);
  return {
    syncs: syncs.length,
    maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    ms,
  };
}

async function measurePlan(plan: Plan) {
  const fake = new FakeExcel();
  // The pane's local storage outlives the pane (src/taskpane/index.tsx uses localStore()): a pane
  // opened again on this computer starts with what the last one kept there.
  const storage = memoryStore();
  const pane = () => new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }, { learned: storage });
  const host = pane();
  const gen = await measure(fake, () => generate(host, { plan: plan, months: YEAR }));
  const regenerate = await measure(fake, () => generate(host, { plan: plan, months: YEAR }));
  for (const m of [1, 2, 3]) await fillMonth(fake, host, m);
  await host.read({ sheets: ['1月'] }); // the pane has looked at the workbook since the figures came in
  const chk = await measure(fake, () => check(host, { month: 3 }));
  const chk12 = await measure(fake, () => check(host, { month: 12 }));
  const sum = await measure(fake, () => summarize(host, { month: 3 }));
  const cold = pane();
  const coldCheck = await measure(fake, () => check(cold, { month: 3 }));
  const cold2 = pane();
  const coldSummary = await measure(fake, () => summarize(cold2, { month: 3 }));
  // A pane with empty storage (first use on this computer, or marks written elsewhere).
  const fresh = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  const coldCheckEmptyStorage = await measure(fake, () => check(fresh, { month: 3 }));
  // Nothing stored and no marks yet (a workbook checked on this computer for the first time).
  await fresh.clearFindings();
  const first = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  const coldFirstCheckEmptyStorage = await measure(fake, () => check(first, { month: 3 }));
  if (fake.problems.length) throw new Error(fake.problems.join('\n'));
  const retries = [host, cold, cold2, fresh, first].flatMap((h) => h.retries);
  const ungroupedRuns = fake.runs.filter((r) => !r.mergeUndoGroup).length;
  return {
    indicators: plan.indicators.length,
    retries: retries.length,
    retryReasons: [...new Set(retries.map((r) => `${r.action}: ${r.reason}`))],
    runs: { total: fake.runs.length, ungrouped: ungroupedRuns },
    generate: gen,
    regenerate,
    check: chk,
    checkDecember: chk12,
    summarize: sum,
    coldCheck,
    coldSummarize: coldSummary,
    coldCheckEmptyStorage,
    // Not 2, and why (BEHAVIOURS.md row 18): the report says so beside the figure.
    coldCheckEmptyStorageWhy:
      "3 by design: with nothing stored the old marks' places are known only once _marks is read, and a note is found only by its cell's address, so each old mark is verified (fill and note still the add-in's) in a request of its own before it is cleared",
    coldFirstCheckEmptyStorage,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  return {
    seed: await measurePlan(seedPlan()),
    // One office a row: no blank month is grouped (check/silentOffices), so the most marks a check writes.
    plan1000: await measurePlan(syntheticPlan(1000, { officePerRow: true })),
    payloadLimitBytes: 5 * 1024 * 1024,
  };
}
