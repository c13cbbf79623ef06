// Marking's own look (no read looked ahead) past some 8,000 old and new marks: cut by the payload
// budget into several requests, each under 4,000,000 bytes, and every mark still cleared where it
// is the add-in's.
import { generate } from '../../../src/actions';
import { fillOf, noteOf, userFill } from '../../../src/hosts/excel/fake/inspect';
import { addr } from '../../../src/workbook/a1';
import type { Mark } from '../../../src/workbook/host';
import { syntheticPlan } from './bigPlan';
import { setup } from './helpers';

jest.setTimeout(120_000);

test('9,000 marks, then 9,000 others: each look in requests under 4,000,000 bytes, old marks cleared', async () => {
  const { fake, host } = setup();
  await generate(host, { plan: syntheticPlan(1000), months: [1, 2, 3] });
  // 1,000 rows × 3 columns × 3 sheets: 本月 (F), 累计 (G), 备注 (H) from row 6 on.
  const marksOn = (cols: string[], message: string): Mark[] =>
    ['1月', '2月', '3月'].flatMap((sheet) =>
      cols.flatMap((c) =>
        Array.from({ length: 1000 }, (_, i) => ({ sheet, cell: `${c}${i + 6}`, tier: 'error' as const, message })),
      ),
    );
  const first = marksOn(['F', 'G', 'H'], '旧的');
  expect(first).toHaveLength(9_000);
  let from = fake.syncs.length;
  await host.markFindings(first);
  const looks = (syncs: typeof fake.syncs) => syncs.filter((s) => s.responseBytes > 100_000);
  let mine = fake.syncs.slice(from);
  // 9,000 cells at about 500 request bytes each: one request would be 4.5 MB.
  expect(looks(mine).length).toBeGreaterThanOrEqual(2);
  for (const s of mine) {
    expect(s.requestBytes).toBeLessThan(4_000_000);
    expect(s.responseBytes).toBeLessThan(4_000_000);
  }
  expect(fillOf(fake, '2月', 'G500')).toBe('#FFC7CE');
  expect(noteOf(fake, '2月', 'G500')).toBe('【强制性】旧的');

  // The user recolours one marked cell: it is not the add-in's any more and keeps the user's fill.
  userFill(fake, '3月', 'H900', '#00FF00');
  const second = marksOn(['I', 'J', 'K'], '新的');
  from = fake.syncs.length;
  await host.replaceFindings(second);
  mine = fake.syncs.slice(from);
  // 18,000 cells to look at: at least three requests, each under the budget.
  expect(looks(mine).length).toBeGreaterThanOrEqual(3);
  for (const s of mine) {
    expect(s.requestBytes).toBeLessThan(4_000_000);
    expect(s.responseBytes).toBeLessThan(4_000_000);
  }
  expect(fillOf(fake, '2月', 'G500')).toBeNull();
  expect(noteOf(fake, '2月', 'G500')).toBeNull();
  expect(fillOf(fake, '3月', 'H900')).toBe('#00FF00');
  expect(fillOf(fake, '1月', addr(1005, 11))).toBe('#FFC7CE');
  expect(noteOf(fake, '1月', addr(1005, 11))).toBe('【强制性】新的');
  expect(fake.problems).toEqual([]);
});
