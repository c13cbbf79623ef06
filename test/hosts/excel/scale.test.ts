// The pane's actions at the size of a county's plan (1,000 indicators, a full year) on the fake Excel:
// round trips stay fixed and every request and response stays under Excel's payload limit. In the
// full suite only (about 20 s of one core); npm run bench -- excel measures the same sizes.
import { check, generate } from '../../../src/actions';
import { ExcelHost, memoryStore } from '../../../src/hosts/excel';
import { fillOf, marksOf, noteOf, sheetOf, typeInto, valueOf } from '../../../src/hosts/excel/fake/inspect';
import { TIER_FILL } from '../../../src/check/marks';
import { syntheticPlan } from './bigPlan';
import { counting, fillMonth, setup, where, YEAR } from './helpers';

test('1,000 indicators, a full year: regenerate in 3 round trips, check December in 2, each response under 4 MB', async () => {
  const big = syntheticPlan(1000);
  const { fake, host } = setup();
  await generate(host, { plan: big, months: [12] });
  const cell = await where(host, '12月', big.indicators[0].code, '本月');
  typeInto(fake, '12月', cell, '约3千');
  let syncs = counting(fake);
  const start = fake.syncs.length;
  await generate(host, { plan: big, months: [12] });
  expect(syncs()).toBe(3); // one read of the whole year, two writes of under 4 MB each
  expect(valueOf(fake, '12月', cell)).toBe('约3千');
  syncs = counting(fake);
  const r = await check(host, { month: 12 });
  expect(syncs()).toBe(2);
  expect(r.findings.some((f) => f.sheet === '12月' && f.cell === cell)).toBe(true);
  expect(noteOf(fake, '12月', cell)).toContain('约3千');
  for (const s of fake.syncs.slice(start)) {
    expect(s.responseBytes).toBeLessThan(4_000_000);
    expect(s.requestBytes).toBeLessThan(4_000_000);
  }
  expect(fake.problems).toEqual([]);
}, 60_000);

test('1,000 indicators, three months typed in: December checked in 2 round trips (a typed-over 累计 found and marked), a pane opened again in 2 (3 with nothing stored and marks to clear, 2 with none yet), each request and response under 4 MB', async () => {
  const big = syntheticPlan(1000, { officePerRow: true });
  const storage = memoryStore(); // the pane's local storage, kept between panes
  const { fake, host } = setup({}, { learned: storage });
  await generate(host, { plan: big, months: YEAR });
  for (const m of [1, 2, 3]) await fillMonth(fake, host, m);
  await check(host, { month: 3 });
  // Typed over after that check: a new mark on the 累计 column, which the read must look at too.
  const cum = await where(host, '2月', big.indicators[1].code, '累计');
  const p = sheetOf(fake, '2月').protection; // the user unprotects, types over 累计, protects again
  p.protected = false;
  typeInto(fake, '2月', cum, 123456);
  p.protected = true;
  const input = (await where(host, '12月', big.indicators[0].code, '本月')).replace(/\d+/, '');
  const before = new Map(
    Array.from({ length: 1010 }, (_, i) => [`${input}${i + 1}`, fillOf(fake, '12月', `${input}${i + 1}`)]),
  );
  const start = fake.syncs.length;
  let syncs = counting(fake);
  const dec = await check(host, { month: 12 });
  expect(syncs()).toBe(2);
  const typed = dec.findings.find((f) => f.sheet === '2月' && f.cell === cum);
  expect(typed?.rule).toBe('identity');
  expect(noteOf(fake, '2月', cum)).toContain('累计被手工填写为“123456”');
  expect(fillOf(fake, '2月', cum)).toBe(TIER_FILL.error);
  expect(dec.marks.length).toBeGreaterThan(1000); // 1,500 when written: 875 on 12月, 325 on 11月, 100 a month before
  for (const m of dec.marks.filter((_, i) => i % 97 === 0)) {
    expect(noteOf(fake, m.sheet, m.cell)).toContain(m.message);
    expect(fillOf(fake, m.sheet, m.cell)).not.toBeNull();
  }
  expect(marksOf(fake)).toHaveLength(new Set(dec.marks.map((m) => `${m.sheet}!${m.cell}`)).size);
  // A pane opened again (its storage kept): March, with December's thousands of marks to clear.
  const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }, { learned: storage });
  syncs = counting(fake);
  const march = await check(cold, { month: 3 });
  expect(syncs()).toBe(2);
  const later = dec.marks.find((m) => m.sheet === '12月')!;
  expect(noteOf(fake, '12月', later.cell)).toBeNull(); // December's marks on later months are cleared
  expect(fillOf(fake, '12月', later.cell)).toBe(before.get(later.cell)); // the cell's own fill again
  expect(marksOf(fake)).toHaveLength(new Set(march.marks.map((m) => `${m.sheet}!${m.cell}`)).size);
  // A pane with nothing stored (first use on this computer): 3, the old marks' places are known
  // only once _marks is read, and each is verified (fill and note still the add-in's) before it goes.
  const fresh = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  syncs = counting(fake);
  const again = await check(fresh, { month: 3 });
  expect(syncs()).toBe(3);
  expect(marksOf(fake)).toHaveLength(new Set(again.marks.map((m) => `${m.sheet}!${m.cell}`)).size);
  // Nothing stored and no marks yet (a workbook checked on this computer for the first time): 2,
  // the first request also looks at the checked sheet's mark columns.
  await fresh.clearFindings();
  const first = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  syncs = counting(fake);
  const once = await check(first, { month: 3 });
  expect(syncs()).toBe(2);
  expect(once.marks.length).toBeGreaterThan(0);
  for (const m of once.marks.filter((_, i) => i % 37 === 0)) expect(noteOf(fake, m.sheet, m.cell)).toContain(m.message);
  expect(first.retries).toEqual([]);
  for (const s of fake.syncs.slice(start)) {
    expect(s.responseBytes).toBeLessThan(4_000_000);
    expect(s.requestBytes).toBeLessThan(4_000_000);
  }
  expect(cold.retries).toEqual([]);
  expect(fresh.retries).toEqual([]);
  expect(fake.problems).toEqual([]);
}, 120_000);
