// The pane's actions at the size of a county's plan (1,000 indicators, a full year) on the fake Excel:
// round trips stay fixed and every request and response stays under Excel's payload limit. In the
// full suite only (about 20 s of one core); npm run bench -- excel measures the same sizes.
import { check, generate } from '../../../src/actions';
import { noteOf, typeInto, valueOf } from '../../../src/hosts/excel/fake/inspect';
import { syntheticPlan } from './bigPlan';
import { counting, setup, where } from './helpers';

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
