// The pane's actions on the Excel host over the fake: what the user sees, and how many round trips.
import { counting, setup, where } from './helpers';
import { generate, check, summarize, readPlan } from '../../../src/actions';
import { seedPlan, type Plan } from '../../../src/plan';
import { ExcelHost } from '../../../src/hosts/excel';
import { fillOf, noteOf, sheetOf, typeInto, userFill, userNote, valueOf } from '../../../src/hosts/excel/fake/inspect';
import { REMOVED_STATUS } from '../../../src/template';
import { recalc } from '../../../src/preview/recalc';

const plan = seedPlan();
const first = plan.indicators.find((i) => i.kind === 'cumulative')!;
const second = plan.indicators.filter((i) => i.kind === 'cumulative')[1];

test('generate on a new workbook: one look, one write; the templates are there', async () => {
  const { fake, host } = setup();
  const syncs = counting(fake);
  const r = await generate(host, { plan: plan, months: [3] });
  expect(syncs()).toBe(2);
  expect(r.report.created).toEqual(['指标库', '1月', '2月', '3月', '_meta']);
  expect(fake.problems).toEqual([]);
});

test('regenerate after the plan changed: typed figures stay at their code and feed its 累计, a removed row is kept and flagged', async () => {
  const { fake, host } = setup({ calculate: (state) => recalc(state, null) });
  await generate(host, { plan: plan, months: [3] });
  typeInto(fake, '1月', await where(host, '1月', first.code, '本月'), 200);
  const f1 = await where(host, '2月', first.code, '本月');
  const f2 = await where(host, '2月', second.code, '本月');
  const n2 = await where(host, '2月', second.code, '备注');
  typeInto(fake, '2月', f1, 12);
  typeInto(fake, '2月', f2, '约3万');
  typeInto(fake, '2月', n2, '镇统计站核实中');
  const edited: Plan = { ...plan, indicators: plan.indicators.filter((i) => i.code !== second.code).reverse() };
  const syncs = counting(fake);
  const r = await generate(host, { plan: edited, months: [3] });
  expect(syncs()).toBeLessThanOrEqual(3);
  expect(valueOf(fake, '2月', await where(host, '2月', first.code, '本月'))).toBe(12);
  expect(valueOf(fake, '2月', await where(host, '2月', first.code, '累计'))).toBe(212);
  const kept = await where(host, '2月', second.code, '本月');
  expect(valueOf(fake, '2月', kept)).toBe('约3万');
  expect(valueOf(fake, '2月', await where(host, '2月', second.code, '备注'))).toBe('镇统计站核实中');
  expect(valueOf(fake, '2月', await where(host, '2月', second.code, '状态'))).toBe(REMOVED_STATUS);
  expect(r.preserved.archived.map((a) => a.code)).toEqual([second.code]);
});

test('check: one read of the months needed (looking at the cells to mark too), one write for marks and 审核结果', async () => {
  const { fake, host } = setup();
  await generate(host, { plan: plan, months: [3] });
  const cell = await where(host, '3月', first.code, '本月');
  const inputFill = fillOf(fake, '3月', cell);
  typeInto(fake, '3月', cell, '约3千');
  const syncs = counting(fake);
  const r = await check(host, { month: 3 });
  expect(syncs()).toBe(2);
  const mine = r.findings.filter((f) => f.sheet === '3月' && f.cell === cell);
  expect(mine.length).toBeGreaterThan(0);
  expect(fillOf(fake, '3月', cell)).toMatch(/^#(FFC7CE|FFEB9C|DDEBF7)$/);
  expect(noteOf(fake, '3月', cell)).toContain('约3千');
  const results = await host.read({ sheets: ['审核结果'] });
  expect(results.sheets[0].values.flat().some((v) => typeof v === 'string' && v.includes('约3千'))).toBe(true);
  // Each listed cell links back to where it is.
  const links = [...sheetOf(fake, '审核结果').cells.values()]
    .map((c) => c.hyperlink?.documentReference)
    .filter(Boolean);
  expect(links).toContain(`'3月'!${cell}`);
  // Checking again after a fix: the old mark is gone.
  typeInto(fake, '3月', cell, 1);
  await check(host, { month: 3 });
  expect(noteOf(fake, '3月', cell)).toBeNull();
  expect(fillOf(fake, '3月', cell)).toBe(inputFill);
  expect(['#FFC7CE', '#FFEB9C', '#DDEBF7']).not.toContain(inputFill);
});

test('a pane opened on a filled workbook: check within four round trips, summary within two more', async () => {
  const { fake, host } = setup();
  await generate(host, { plan: plan, months: [6] });
  typeInto(fake, '6月', await where(host, '6月', first.code, '本月'), 5);
  const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  let syncs = counting(fake);
  await check(cold, { month: 6 });
  expect(syncs()).toBeLessThanOrEqual(4);
  syncs = counting(fake);
  const s = await summarize(cold, { month: 6 });
  expect(syncs()).toBeLessThanOrEqual(2);
  expect(s.report.created.concat(s.report.replaced)).toEqual(['汇总']);
  const sheet = await cold.read({ sheets: ['汇总'] });
  expect(sheet.sheets[0].values.flat().some((v) => typeof v === 'string' && v.includes(plan.unitName))).toBe(true);
});

test('readPlan gives back the plan the workbook holds', async () => {
  const { host } = setup();
  await generate(host, { plan: plan, months: [1] });
  const r = await readPlan(host, { current: null });
  expect(r.plan?.indicators.map((i) => i.code)).toEqual(plan.indicators.map((i) => i.code));
  expect(r.problems).toEqual([]);
});

test("a mark over a user's own fill and note gives both back when the finding is fixed", async () => {
  const { fake, host } = setup();
  await generate(host, { plan: plan, months: [3] });
  const cell = await where(host, '3月', first.code, '本月');
  userFill(fake, '3月', cell, '#00B0F0');
  userNote(fake, '3月', cell, '村里报的是估计数');
  typeInto(fake, '3月', cell, '约3千');
  let syncs = counting(fake);
  await check(host, { month: 3 });
  // A note the add-in did not write: the read cannot tell where, so marking looks at its cells first.
  expect(syncs()).toBe(3);
  expect(noteOf(fake, '3月', cell)).toContain('约3千');
  expect(fillOf(fake, '3月', cell)).toMatch(/^#(FFC7CE|FFEB9C|DDEBF7)$/);
  typeInto(fake, '3月', cell, 1);
  syncs = counting(fake);
  await check(host, { month: 3 });
  expect(syncs()).toBe(2); // every note on 3月 is now a mark's: the read's look is enough
  expect(noteOf(fake, '3月', cell)).toBe('村里报的是估计数');
  expect(fillOf(fake, '3月', cell)).toBe('#00B0F0');
  expect(fake.problems).toEqual([]);
});

test("a user's note elsewhere on the checked sheet: marking looks at its cells itself and loses nothing", async () => {
  const { fake, host } = setup();
  await generate(host, { plan: plan, months: [3] });
  const cell = await where(host, '3月', first.code, '本月');
  const other = await where(host, '3月', second.code, '备注');
  userNote(fake, '3月', other, '已与农业办核对');
  typeInto(fake, '3月', cell, '约3千');
  const syncs = counting(fake);
  await check(host, { month: 3 });
  // The read cannot tell which cells hold the user's note, so marking looks before writing.
  expect(syncs()).toBe(3);
  expect(noteOf(fake, '3月', other)).toBe('已与农业办核对');
  expect(noteOf(fake, '3月', cell)).toContain('约3千');
});

test('a March check that marks January too: still one read and one write', async () => {
  const { fake, host } = setup();
  await generate(host, { plan: plan, months: [3] });
  const jan = await where(host, '1月', first.code, '本月');
  const mar = await where(host, '3月', second.code, '本月');
  typeInto(fake, '1月', jan, '约3千');
  typeInto(fake, '3月', mar, '3,200');
  const syncs = counting(fake);
  const r = await check(host, { month: 3 });
  expect(syncs()).toBe(2);
  expect(r.marks.some((m) => m.sheet === '1月' && m.cell === jan)).toBe(true);
  expect(noteOf(fake, '1月', jan)).toContain('约3千');
  expect(noteOf(fake, '3月', mar)).toContain('3200'); // Excel took the typed 3,200 as a number
});
