// Refreshing the master's cached formula results through the template, and when it must not.
import { collect, enteredFigures, refreshPlan, withWrites, writesBySheet, type CollectOk } from '../../src/collect';
import { seedPlan } from '../../src/plan';
import { buildWorkbookSpec, readTemplate } from '../../src/template';
import { parseAddr } from '../../src/workbook/a1';
import type { TemplateFigures } from '../../src/workbook/figures';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { cloneSnapshot, sheetOf, specSnapshot } from '../support/specSnapshot';
import { entries } from './seedFiles';

const plan = seedPlan();
const all = plan.indicators.map((i) => i.code);
const zsCodes = plan.indicators.filter((i) => i.responsible === '镇招商办').map((i) => i.code);

function template(unit: string | null, figures: ReturnType<typeof entries>) {
  const built = buildWorkbookSpec(plan, { months: [1, 2, 3], unit, figures });
  if (!built.ok) throw new Error(built.problems[0].message.zh);
  const snapshot = specSnapshot(built.spec);
  const r = readTemplate(snapshot);
  if (!r.ok) throw new Error(r.message.zh);
  return { snapshot, figures: r.figures };
}

/** Apply writes to a snapshot, as a host would set the cells. */
function written(s: WorkbookSnapshot, figures: TemplateFigures, r: CollectOk): WorkbookSnapshot {
  const out = cloneSnapshot(s);
  const after = withWrites(figures, r.writes);
  for (const m of after.months) {
    const sh = sheetOf(out, m.sheet);
    for (const row of m.rows) {
      for (const c of [row.month, row.note]) {
        const { row: r1, col } = parseAddr(c.address);
        while (sh.values[r1 - 1].length < col) sh.values[r1 - 1].push(null);
        sh.values[r1 - 1][col - 1] = c.value;
      }
    }
  }
  return out;
}

describe('refreshPlan', () => {
  // The master has January-February and March for everyone but 招商办, who returns March.
  const masterFigures = entries(plan, all, 2);
  for (const [code, m] of Object.entries(
    entries(
      plan,
      all.filter((c) => !zsCodes.includes(c)),
      3,
    ),
  ))
    masterFigures[code][3] = m[3];
  const master = template(null, masterFigures);
  const zs = template('镇招商办', entries(plan, zsCodes, 3, { 'GY-01': { 3: { month: 1 } } }));
  const r = collect(master.figures, [{ file: 'zs.xlsx', figures: zs.figures }], 3) as CollectOk;

  test('the master as the template makes it: the changed formula results are listed', () => {
    expect(r.ok).toBe(true);
    expect(writesBySheet(r.writes)).toEqual([
      {
        sheet: '3月',
        cells: [
          { cell: 'F5', value: 1 },
          { cell: 'F6', value: 0 },
          { cell: 'F7', value: 0 },
          { cell: 'F16', value: '已完成' },
        ],
      },
    ]);
    const p = refreshPlan(master.figures, r.merged, written(master.snapshot, master.figures, r));
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    // GY-01 reaches its target of 1 in March: 累计, 完成, 差额 and 状态 change; GY-M3 is done this month.
    const changed = Object.fromEntries(p.results.map((x) => [`${x.sheet}!${x.cell}`, x.value]));
    expect(changed['3月!G5']).toBe(1);
    expect(changed['3月!H5']).toBe(1);
    expect(changed['3月!K5']).toBe('已完成');
    expect(changed['3月!K16']).toBe('已完成');
    expect(p.formulas).toBeGreaterThan(400);
  });

  test('a formula typed over in the master: nothing is refreshed, and the cell is named', () => {
    const s = written(master.snapshot, master.figures, r);
    const sh = sheetOf(s, '2月');
    sh.formulas[4][6] = null; // 2月!G5 typed over
    sh.values[4][6] = 5;
    const p = refreshPlan(master.figures, r.merged, s);
    expect(p).toEqual({
      ok: false,
      message: {
        zh: '总表 2月!G5 的公式与模板不同（可能被改写或行序有变）',
        en: "the formula at 2月!G5 differs from the template's (edited, or rows moved)",
      },
    });
  });

  test('an input the writes did not put in (the master changed since it was read): nothing is refreshed', () => {
    const p = refreshPlan(master.figures, r.merged, master.snapshot);
    expect(p.ok).toBe(false);
    expect(!p.ok && p.message.zh).toBe('总表 3月!F5 与模板不同（为 null）');
  });

  test('enteredFigures: blank entries dropped, notes as text', () => {
    expect(
      enteredFigures({
        A: { 1: { month: null, note: null }, 2: { month: 3, note: 12 }, 3: { month: '', note: '说明' } },
      }),
    ).toEqual({ A: { 2: { month: 3, note: '12' }, 3: { note: '说明' } } });
  });
});
