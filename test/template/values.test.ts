// Every formula cell's cached value (v) is what the core computes, and a spreadsheet engine
// recalculating the formulas gets the same values and colours.
import {
  evaluate,
  finalMonth,
  hasCompletion,
  judgement,
  lastReportMonth,
  scheduleShare,
  STATUSES,
  type Colour,
} from '../../src/progress';
import type { Indicator } from '../../src/plan';
import { seedPlan } from '../../src/plan';
import { buildWorkbookSpec, type EnteredFigures } from '../../src/template';
import { COL } from '../../src/workbook/layout';
import type { CellValue, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { parseRange } from '../../src/workbook/a1';
import { sheetSnapshot } from '../support/specSnapshot';
import { loadSpec } from './engine';
import { kindsPlan, yearFigures } from './fixtures';

const plan = kindsPlan();
const figures = yearFigures();

function build(): WorkbookSpec {
  const r = buildWorkbookSpec(plan, { months: [12], figures });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.spec;
}
const spec = build();
const sheet = (m: number) => spec.sheets.find((s) => s.name === `${m}月`) as SheetSpec;

/** The row's cells on a month sheet, found by code. */
function rowOf(s: SheetSpec, code: string): { row: number; cells: Array<{ v: CellValue; f?: string }> } {
  const grid = s.ranges[0].rows;
  const i = grid.findIndex((r) => r[COL.code - 1]?.v === code);
  if (i < 0) throw new Error(`no ${code} on ${s.name}`);
  return { row: i + 1, cells: grid[i] };
}

/** The figure an indicator has after month m, restated independently of the generator. */
function actualAfter(ind: Indicator, m: number): number | string | null {
  const entries = entriesTo(ind, m);
  if (ind.kind === 'cumulative') {
    const nums = entries.filter((v): v is number => typeof v === 'number');
    return nums.length ? nums.reduce((a, b) => a + b, 0) : null;
  }
  if (ind.kind === 'milestone') {
    if (ind.recurring) return (entries[m - 1] as string) ?? null;
    const filled = entries.filter((v) => v !== null);
    return (filled[filled.length - 1] as string) ?? null;
  }
  const nums = entries.filter((v): v is number => typeof v === 'number');
  return nums.length ? nums[nums.length - 1] : null;
}

/** The row's 本月 entries from January to month m (a recurring task's year is judged on them). */
function entriesTo(ind: Indicator, m: number): CellValue[] {
  return Array.from({ length: m }, (_, k) => figures[ind.code]?.[k + 1]?.month ?? null);
}

/** Whether month m's 本月 holds a number. */
function enteredIn(ind: Indicator, m: number): boolean {
  return typeof figures[ind.code]?.[m]?.month === 'number';
}

describe('cached values agree with src/progress', () => {
  for (const ind of plan.indicators) {
    test(`${ind.code} (${ind.kind} ${ind.comparator}), every month`, () => {
      for (let m = 1; m <= 12; m++) {
        const { cells } = rowOf(sheet(m), ind.code);
        const actual = actualAfter(ind, m);
        const ev = evaluate(plan, ind, m, actual, { entered: enteredIn(ind, m), states: entriesTo(ind, m) });
        expect([m, cells[COL.status - 1].v]).toEqual([m, ev.status]);
        if (ind.kind === 'milestone') {
          expect(cells[COL.cumulative - 1].v).toBe(actual ?? '');
          continue;
        }
        const cum = cells[COL.cumulative - 1].v;
        if (typeof actual === 'number') expect(cum).toBeCloseTo(actual, 10);
        else expect(cum).toBe('');
        // 完成年度目标% on flows and levels only: a rate or an at-most row's is blank, in core and sheet.
        if (ind.value !== 0 && hasCompletion(ind)) expect(cells[COL.completion - 1].v).toBe(ev.completion ?? '');
        else expect([cells[COL.completion - 1].v, ev.completion]).toEqual([null, null]);
        expect(cells[COL.gap - 1].v ?? '').toBe(ev.gapPp ?? '');
        const judged = judgement(ind);
        const share = scheduleShare(plan, ind, lastReportMonth(ind, m) ?? m);
        if (judged === 'schedule') expect(cells[COL.expected - 1].v).toBe(m >= finalMonth(ind) ? 1 : share);
        else expect(cells[COL.expected - 1].v).toBeNull();
      }
    });
  }

  test('the fixtures reach every status word and colour', () => {
    const statuses = new Set<string>();
    const colours = new Set<Colour>();
    for (const ind of plan.indicators) {
      for (let m = 1; m <= 12; m++) {
        const ev = evaluate(plan, ind, m, actualAfter(ind, m), {
          entered: enteredIn(ind, m),
          states: entriesTo(ind, m),
        });
        statuses.add(ev.status);
        colours.add(ev.colour);
      }
    }
    // 待核实 comes from the checks, never from a row's own figures.
    expect([...statuses].sort()).toEqual(STATUSES.filter((s) => s !== '待核实').sort());
    expect([...colours].sort()).toEqual(['amber', 'green', 'none', 'red']);
  });
});

describe('a spreadsheet engine recalculates every formula to its cached value', () => {
  function compareAll(s: WorkbookSpec): { compared: number; mismatches: string[] } {
    const engine = loadSpec(s);
    const mismatches: string[] = [];
    let compared = 0;
    for (const sh of s.sheets) {
      const snap = sheetSnapshot(sh);
      snap.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          if (!f) return;
          compared++;
          const got = engine.value(sh.name, r + 1, c + 1);
          const want = snap.values[r][c];
          if (got !== want)
            mismatches.push(
              `${sh.name}!${String.fromCharCode(65 + c)}${r + 1}: ${f} -> ${JSON.stringify(got)}, v ${JSON.stringify(want)}`,
            );
        }),
      );
    }
    return { compared, mismatches };
  }

  test('the kinds fixture, 12 months of figures', () => {
    const { compared, mismatches } = compareAll(spec);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(12 * 19 * 3);
  });

  test('a figure typed as text on a flow: 待核实 from its month on, until it is corrected (not on a rate)', () => {
    const typed: EnteredFigures = {
      ...figures,
      'C-SCH': { ...figures['C-SCH'], 4: { month: '约700' } },
      'C-AP': { ...figures['C-AP'], 8: { month: '3,200' } },
      'R-UP': { ...figures['R-UP'], 6: { month: '26,0' } },
    };
    const r = buildWorkbookSpec(plan, { months: [12], figures: typed });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const { mismatches } = compareAll(r.spec);
    expect(mismatches).toEqual([]);
    const cellAt = (code: string, m: number, col: number) => {
      const s = r.spec.sheets.find((x) => x.name === `${m}月`) as SheetSpec;
      return rowOf(s, code).cells[col - 1].v;
    };
    const months = Array.from({ length: 12 }, (_, i) => i + 1);
    // 4月's 约700 and every later month: 累计 and 状态 say 待核实, 完成% and 差额 are blank.
    expect(months.map((m) => cellAt('C-SCH', m, COL.status))).toEqual(
      months.map((m) => (m < 4 ? cellAt('C-SCH', m, COL.status) : '待核实')),
    );
    expect(cellAt('C-SCH', 3, COL.status)).not.toBe('待核实');
    expect([cellAt('C-SCH', 9, COL.cumulative), cellAt('C-SCH', 9, COL.completion)]).toEqual(['待核实', '']);
    expect(months.map((m) => cellAt('C-AP', m, COL.status) === '待核实')).toEqual(months.map((m) => m >= 8));
    // A rate's text leaves the month unreported: 未填报, and the next month is judged as usual.
    expect(cellAt('R-UP', 6, COL.status)).toBe('未填报');
    expect(months.map((m) => cellAt('R-UP', m, COL.status) === '待核实')).toEqual(months.map(() => false));
    // Corrected to a number (the fixture as it is), everything recomputes: the full total, no 待核实.
    expect(rowOf(sheet(9), 'C-SCH').cells[COL.cumulative - 1].v).toBe(2000);
    expect(months.map((m) => rowOf(sheet(m), 'C-SCH').cells[COL.status - 1].v === '待核实')).toEqual(
      months.map(() => false),
    );
  });

  test('差额 on an at-most count and a range: under the ceiling as a share of it; from the nearest bound', () => {
    const at = (code: string, m: number) => rowOf(sheet(m), code).cells[COL.gap - 1].v;
    // C-LE at most 4: 3 by June is 25 points under the ceiling; 5 at December 25 over it.
    expect([at('C-LE', 6), at('C-LE', 12)]).toEqual([25, -25]);
    // R-BT 增长5-7%: 6 is inside (0), 8 is 1 point over the top, 4 is 1 point under the bottom.
    expect([at('R-BT', 3), at('R-BT', 4), at('R-BT', 6)]).toEqual([0, 1, -1]);
  });

  test('the seed plan, empty and with a few figures', () => {
    const seed = seedPlan();
    const cases: EnteredFigures[] = [
      {},
      {
        'NY-01': { 1: { month: 0.4 }, 2: { month: 1.1 }, 3: { month: 0.6 } },
        'GY-04a': { 3: { month: 22 } },
        'NY-17': { 2: { month: 790 } },
        'HJ-M1': { 1: { month: '推进中' } },
      },
    ];
    for (const figs of cases) {
      const r = buildWorkbookSpec(seed, { months: [3], figures: figs });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      const { compared, mismatches } = compareAll(r.spec);
      expect(mismatches).toEqual([]);
      // Per sheet: 19 milestones x (累计, 状态) + 29 numeric rows x (累计, 状态) + 差额 on 28 of them
      // and 完成 on the 23 flows and levels (a rate or an at-most row has no 完成; NY-17, a level built
      // up from a start the plan does not give, has neither) + the sheet's empty flag (序时 is a
      // value, not a formula).
      expect(compared).toBe(3 * (19 * 2 + 29 * 2 + 28 + 23 + 1));
    }
  });

  test('settings variants: exact 序时, whole-percent 序时, other plan bands, a 5x over-target multiple', () => {
    for (const settings of [
      { ...plan.settings, scheduleDecimals: null },
      { ...plan.settings, scheduleDecimals: 0 },
      {
        ...plan.settings,
        bands: { aheadPp: 2, behindPp: 3, redPp: 10 },
        thresholds: { ...plan.settings.thresholds, overTargetMultiple: 5 },
      },
    ]) {
      const variant = { ...plan, settings };
      const r = buildWorkbookSpec(variant, { months: [12], figures });
      if (!r.ok) throw new Error(JSON.stringify(r.problems));
      const { compared, mismatches } = compareAll(r.spec);
      expect(mismatches).toEqual([]);
      expect(compared).toBeGreaterThan(700);
      const s = r.spec.sheets.find((x) => x.name === '11月') as SheetSpec;
      const { cells } = rowOf(s, 'C-GE');
      const ind = variant.indicators[0];
      expect(cells[COL.expected - 1].v).toBe(scheduleShare(variant, ind, 11));
      expect(cells[COL.status - 1].v).toBe(
        evaluate(variant, ind, 11, actualAfter(ind, 11), { entered: enteredIn(ind, 11), states: entriesTo(ind, 11) })
          .status,
      );
    }
  });

  test('status colours: the conditional formats give the core colour on every row and month', () => {
    const engine = loadSpec(spec);
    const wrong: string[] = [];
    let checked = 0;
    for (let m = 1; m <= 12; m++) {
      const s = sheet(m);
      const rules = s.conditionalFormats.filter((c) => c.type === 'expression' && c.ref.startsWith('J'));
      for (const ind of plan.indicators) {
        const { row } = rowOf(s, ind.code);
        const ev = evaluate(plan, ind, m, actualAfter(ind, m), {
          entered: enteredIn(ind, m),
          states: entriesTo(ind, m),
        });
        let colour: Colour = 'none';
        for (const rule of [...rules].sort((a, b) => a.priority - b.priority)) {
          if (rule.type !== 'expression') continue;
          const { r1, r2 } = parseRange(rule.ref);
          if (row < r1 || row > r2) continue;
          const f = rule.formula.replace(
            /\$([A-Z]+)(\d+)/g,
            (_, col: string, r: string) => `'${s.name}'!$${col}${Number(r) - r1 + row}`,
          );
          if (engine.evaluate(f) === true) {
            colour = rule.fill === '#C6EFCE' ? 'green' : rule.fill === '#FFEB9C' ? 'amber' : 'red';
            break;
          }
        }
        checked++;
        if (colour !== ev.colour)
          wrong.push(`${m}月 ${ind.code}: ${colour} vs core ${ev.colour} (${ev.status} ${ev.gapPp})`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(12 * plan.indicators.length);
  });
});
