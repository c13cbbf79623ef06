// Nothing lost: regenerating after the plan changed keeps every figure and note a user entered.
import fc from 'fast-check';
import {
  buildPreserving,
  typedEntries,
  REMOVED_STATUS,
  REMOVED_HEADING,
  SET_ASIDE_HEADING,
} from '../../src/template/preserve';
import { buildWorkbookSpec, type EnteredFigures } from '../../src/template';
import type { Indicator, Plan } from '../../src/plan';
import type { CellValue, WorkbookSpec } from '../../src/workbook/spec';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { ind, planOf } from '../support/plans';
import { XlsxHost, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { regenerate } from '../../src/actions/regenerate';
import { addr } from '../../src/workbook/a1';
import { specSnapshot, sheetOf } from '../support/specSnapshot';

const POOL: Indicator[] = [
  ind({ code: 'A1', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800 }),
  ind({ code: 'A2', kind: 'cumulative', name: '引进项目', unit: '个', comparator: 'between', value: 2, max: 3 }),
  ind({ code: 'A3', kind: 'level', name: '粮食面积', unit: '万亩', value: 3.2 }),
  ind({ code: 'A4', kind: 'rate', name: '营收增长', unit: '%', value: 20 }),
  ind({ code: 'A5', kind: 'rate', name: '能耗下降', unit: '%', value: 2, direction: 'decrease' }),
  ind({ code: 'A6', kind: 'milestone', name: '省级验收', unit: '', deadlineMonth: 6 }),
  ind({ code: 'A7', kind: 'cumulative', name: '安全事故', unit: '起', comparator: '<=', value: 2 }),
  ind({ code: 'A8', kind: 'cumulative', name: '新增就业', unit: '人', value: 300, section: '2' }),
  ind({ code: 'A9', kind: 'level', name: '大棚面积', unit: '亩', value: 800, section: '2' }),
];
const SECTIONS = [
  { id: '1', title: '第一板块' },
  { id: '2', title: '第二板块' },
];

function planWith(codes: string[], renamed = new Set<string>()): Plan {
  const indicators = codes.map((c) => {
    const i = POOL.find((p) => p.code === c)!;
    return renamed.has(c) ? { ...i, name: `${i.name}（新）` } : i;
  });
  return planOf(indicators, { sections: SECTIONS });
}

function build(plan: Plan, months: number[], figures?: EnteredFigures): WorkbookSpec {
  const r = buildWorkbookSpec(plan, { months, figures });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.zh).join('; '));
  return r.spec;
}

/** Row of a code and the columns of a month sheet, found by header text as a user would. */
function locate(snap: WorkbookSnapshot, sheet: string) {
  const s = sheetOf(snap, sheet);
  const hr = s.values.findIndex((r) => r.some((v) => v === '代码'));
  const col = (word: string) => s.values[hr].findIndex((v) => typeof v === 'string' && v.startsWith(word));
  const cols = { code: col('代码'), month: col('本月'), cum: col('累计'), note: col('备注'), status: col('状态') };
  return {
    cols,
    rowsOf: (code: string) => s.values.map((r, i) => (r[cols.code] === code ? i : -1)).filter((i) => i >= 0),
    at: (row: number, c: number) => ({ v: s.values[row][c] ?? null, f: s.formulas[row]?.[c] ?? null }),
    values: s.values,
  };
}

test('a plan change: kept figures at their code, a removed indicator kept at the bottom and flagged', () => {
  const before = build(planWith(['A1', 'A3', 'A6']), [1, 2], {
    A1: { 1: { month: 120, note: '春季造林' }, 2: { month: 80 } },
    A3: { 2: { month: '约3万', note: '待核实' } },
    A6: { 1: { month: '推进中' } },
  });
  const snap = specSnapshot(before);
  // The user typed over 2月's 累计 of A1.
  const l = locate(snap, '2月');
  const [r] = l.rowsOf('A1');
  sheetOf(snap, '2月').values[r][l.cols.cum] = 250;
  sheetOf(snap, '2月').formulas[r][l.cols.cum] = null;

  const result = buildPreserving(planWith(['A6', 'A1', 'A9'], new Set(['A1'])), { months: [1, 2] }, snap);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.zh).join());
  const after = specSnapshot(result.spec);
  const jan = locate(after, '1月');
  const feb = locate(after, '2月');
  expect(jan.at(jan.rowsOf('A1')[0], jan.cols.month).v).toBe(120);
  expect(jan.at(jan.rowsOf('A1')[0], jan.cols.note).v).toBe('春季造林');
  expect(jan.at(jan.rowsOf('A6')[0], jan.cols.month).v).toBe('推进中');
  expect(feb.at(feb.rowsOf('A1')[0], feb.cols.month).v).toBe(80);
  expect(feb.at(feb.rowsOf('A1')[0], feb.cols.cum)).toEqual({ v: 250, f: null });
  // A3 left the plan: its February row is kept at the bottom, flagged, with what was typed.
  const [kept] = feb.rowsOf('A3');
  expect(feb.values.findIndex((r) => r[0] === REMOVED_HEADING)).toBeLessThan(kept);
  expect(feb.at(kept, feb.cols.month).v).toBe('约3万');
  expect(feb.at(kept, feb.cols.note).v).toBe('待核实');
  expect(feb.at(kept, feb.cols.status).v).toBe(REMOVED_STATUS);
  expect(result.preserved.archived).toEqual([{ sheet: '2月', code: 'A3', row: kept + 1 }]);
  // Regenerating again keeps the archived row (it is read back like any other).
  const again = buildPreserving(planWith(['A6', 'A1', 'A9']), { months: [1, 2] }, after);
  if (!again.ok) throw new Error('rebuild failed');
  const feb2 = locate(specSnapshot(again.spec), '2月');
  expect(feb2.rowsOf('A3')).toHaveLength(1);
  expect(feb2.at(feb2.rowsOf('A3')[0], feb2.cols.month).v).toBe('约3万');
});

test('months not regenerated keep their sheets untouched (not in the new spec)', () => {
  const before = build(planWith(['A1']), [1, 2, 3], { A1: { 3: { month: 5 } } });
  const result = buildPreserving(planWith(['A1']), { months: [2] }, specSnapshot(before));
  if (!result.ok) throw new Error('build failed');
  expect(result.spec.sheets.map((s) => s.name)).not.toContain('3月');
  expect(result.preserved.untouched).toBe(1);
});

const CODES = POOL.map((p) => p.code);
const VALUE = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc.double({ min: -50, max: 500, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 10) / 10),
  fc.constantFrom('约3万', '3,200', '推进中', '已完成', '三千二百', '-'),
);
const ENTRY = fc.record({
  code: fc.constantFrom(...CODES),
  month: fc.integer({ min: 1, max: 4 }),
  value: fc.option(VALUE, { nil: undefined }),
  note: fc.option(fc.constantFrom('已核实', '含上月补报', '数据来自统计站'), { nil: undefined }),
  typeOver: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }),
});
type Typed = { code: string; month: number; value?: CellValue; note?: string; typeOver?: number };

/** What the user typed, straight from the test's own record (not from the code under test). */
function wanted(figures: EnteredFigures, typedOver: Map<string, CellValue>) {
  const want: Array<{ code: string; month: number; entered?: CellValue; note?: string }> = [];
  for (const [code, byMonth] of Object.entries(figures))
    for (const [m, f] of Object.entries(byMonth))
      if (f.month !== undefined || f.note !== undefined)
        want.push({ code, month: Number(m), entered: f.month, note: f.note });
  for (const [k] of typedOver) {
    const [code, m] = k.split('@');
    if (!want.some((w) => w.code === code && w.month === Number(m))) want.push({ code, month: Number(m) });
  }
  return want;
}

function figuresOf(typed: Typed[]): EnteredFigures {
  const figures: EnteredFigures = {};
  for (const e of typed) {
    const f = ((figures[e.code] ??= {})[e.month] ??= {});
    if (e.value !== undefined) f.month = e.value;
    if (e.note !== undefined) f.note = e.note;
  }
  return figures;
}

/** Every wanted figure is on its code's one row of its month sheet in `after` (or its sheet was left alone). */
function expectKept(
  after: WorkbookSnapshot,
  sheetsWritten: string[],
  want: ReturnType<typeof wanted>,
  typedOver: Map<string, CellValue>,
  newCodes: string[],
  newLast: number,
) {
  for (const w of want) {
    if (w.month > newLast) {
      // Not regenerated: the old sheet stays in the workbook as it is.
      expect(sheetsWritten).not.toContain(`${w.month}月`);
      continue;
    }
    const l = locate(after, `${w.month}月`);
    const rows = l.rowsOf(w.code);
    expect({ code: w.code, month: w.month, rows: rows.length }).toEqual({ code: w.code, month: w.month, rows: 1 });
    const row = rows[0];
    if (w.entered !== undefined) expect(l.at(row, l.cols.month).v).toEqual(w.entered);
    if (w.note !== undefined) expect(l.at(row, l.cols.note).v).toEqual(w.note);
    const over = typedOver.get(`${w.code}@${w.month}`);
    if (over !== undefined) expect(l.at(row, l.cols.cum).v).toEqual(over);
    if (!newCodes.includes(w.code)) expect(l.at(row, l.cols.status).v).toBe(REMOVED_STATUS);
  }
}

test('property: random plan edits and entered figures, regenerate, every entered figure is still there', () => {
  fc.assert(
    fc.property(
      fc.subarray(CODES, { minLength: 1 }),
      fc.subarray(CODES, { minLength: 1 }),
      fc.array(ENTRY, { maxLength: 12 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
      (oldCodes, newCodes, entries, oldLast, newLast) => {
        const oldMonths = Array.from({ length: oldLast }, (_, i) => i + 1);
        // Only rows and months the old workbook has can be typed into.
        const typed = entries.filter((e) => oldCodes.includes(e.code) && e.month <= oldLast);
        const figures = figuresOf(typed);
        const snap = specSnapshot(build(planWith(oldCodes), oldMonths, figures));
        const typedOver = new Map<string, CellValue>();
        for (const e of typed) {
          if (e.typeOver === undefined) continue;
          const l = locate(snap, `${e.month}月`);
          const [row] = l.rowsOf(e.code);
          sheetOf(snap, `${e.month}月`).values[row][l.cols.cum] = e.typeOver;
          sheetOf(snap, `${e.month}月`).formulas[row][l.cols.cum] = null;
          typedOver.set(`${e.code}@${e.month}`, e.typeOver);
        }
        const want = wanted(figures, typedOver);
        // The reader finds every one of them.
        const read = typedEntries(snap);
        for (const w of want) expect(read.some((r) => r.code === w.code && r.month === w.month)).toBe(true);
        const result = buildPreserving(planWith(newCodes), { months: [newLast] }, snap);
        if (!result.ok) throw new Error(result.problems.map((p) => p.message.zh).join('; '));
        const written = result.spec.sheets.map((s) => s.name);
        expectKept(specSnapshot(result.spec), written, want, typedOver, newCodes, newLast);
      },
    ),
    { numRuns: 60 },
  );
});

test('property, through files: the same edits regenerated by the generate action on an .xlsx (XlsxHost)', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.subarray(CODES, { minLength: 1 }),
      fc.subarray(CODES, { minLength: 1 }),
      fc.array(ENTRY, { maxLength: 10 }),
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 3 }),
      async (oldCodes, newCodes, entries, oldLast, newLast) => {
        const oldMonths = Array.from({ length: oldLast }, (_, i) => i + 1);
        // A cell in a file holds no negative zero: -0 is typed as 0.
        const typed = entries
          .filter((e) => oldCodes.includes(e.code) && e.month <= oldLast)
          .map((e) => (Object.is(e.value, -0) ? { ...e, value: 0 } : e));
        const figures = figuresOf(typed);
        const file = await XlsxHost.fromBytes(await writeSpecToXlsx(build(planWith(oldCodes), oldMonths, figures)));
        // 累计 typed over its formula, in the file, as a user would.
        const typedOver = new Map<string, CellValue>();
        const before = await file.read();
        for (const e of typed) {
          if (e.typeOver === undefined) continue;
          const l = locate(before, `${e.month}月`);
          const [row] = l.rowsOf(e.code);
          await file.writeCells([{ sheet: `${e.month}月`, cell: addr(row + 1, l.cols.cum + 1), value: e.typeOver }]);
          typedOver.set(`${e.code}@${e.month}`, e.typeOver);
        }
        const input = await file.toBytes();
        const host = await XlsxHost.fromBytes(input);
        const r = await regenerate(host, host, { plan: planWith(newCodes), months: [newLast] });
        // What the file holds once saved and opened again.
        const after = await (await XlsxHost.fromBytes(await host.toBytes())).read();
        const written = [...r.report.created, ...r.report.replaced];
        expectKept(after, written, wanted(figures, typedOver), typedOver, newCodes, newLast);
      },
    ),
    { numRuns: 15 },
  );
}, 120_000);

test('rows set aside only because the workbook is cut for one unit get a heading that says so', () => {
  const plan = planOf(
    [
      { ...POOL.find((p) => p.code === 'A1')!, responsible: '林业站' },
      { ...POOL.find((p) => p.code === 'A8')!, responsible: '人社所' },
    ],
    { sections: SECTIONS },
  );
  const snap = specSnapshot(build(plan, [1], { A8: { 1: { month: 12 } } }));
  const result = buildPreserving(plan, { months: [1], unit: '林业站' }, snap);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.zh).join());
  const jan = locate(specSnapshot(result.spec), '1月');
  const [kept] = jan.rowsOf('A8');
  const heading = jan.values.findIndex((r) => r[0] === SET_ASIDE_HEADING);
  expect(heading).toBeGreaterThanOrEqual(0);
  expect(heading).toBeLessThan(kept);
  expect(jan.values.some((r) => r[0] === REMOVED_HEADING)).toBe(false);
  expect(jan.at(kept, jan.cols.month).v).toBe(12);
  expect(jan.at(kept, jan.cols.status).v).toBe('不属于本单位');
});
