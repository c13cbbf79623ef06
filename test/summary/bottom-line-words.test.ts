// A bottom line reads the same everywhere (review4 X11): its target is 不发生（底线） in the 汇总's lagging
// table, the 通报's table and `plan`, never "0户以内" or "≤0"; a bare event name is said as the event
// that did not happen ("未发生较大以上生产安全事故，守住底线"), a count as its figure.
import { summarize } from '../../src/summary';
import { summarySheet } from '../../src/summary/sheet';
import { reportModel } from '../../src/report/model';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from '../check/support';

const accident = ind({
  code: 'MS-06',
  name: '较大以上生产安全事故',
  kind: 'cumulative',
  unit: '起',
  comparator: '<=',
  value: 0,
  bottomLine: true,
});
const households = ind({
  code: 'MS-07',
  name: '规模性返贫户数',
  kind: 'cumulative',
  unit: '户',
  comparator: '<=',
  value: 0,
  bottomLine: true,
});
const plan = planOf([accident, households]);

function months(over: Record<string, number>): Entries {
  const e: Entries = {};
  for (let m = 1; m <= 6; m++) e[m] = { 'MS-06': 0, 'MS-07': 0, ...(m === 6 ? over : {}) };
  return e;
}

test('the sentence: a bare event did not happen; a count is quoted', () => {
  const s = summarize(plan, figuresOf(plan, months({})), 6);
  expect(s.indicators.map((r) => r.clause)).toEqual([
    '未发生较大以上生产安全事故，守住底线',
    '规模性返贫户数为0，守住底线',
  ]);
});

test('broken, in the lagging tables of the 汇总 and the 通报, the target reads 不发生（底线）', () => {
  const figures = figuresOf(plan, months({ 'MS-06': 1 }));
  const s = summarize(plan, figures, 6);
  expect(s.indicators[0].clause).toBe('发生较大以上生产安全事故1起，未守住底线');
  const sheet = summarySheet(plan, figures.meta, s, 6);
  const texts = sheet.ranges.flatMap((rg) => rg.rows.flat().map((c) => c.v));
  expect(texts).toContain('不发生（底线）');
  expect(texts).not.toContain('≤0');
  const doc = reportModel(s, { date: { year: 2023, month: 7, day: 5 } });
  const cells = doc.blocks
    .filter((b) => b.kind === 'table')
    .flatMap((b) => (b as { rows: Array<Array<{ text: string }>> }).rows.flat().map((c) => c.text));
  expect(cells).toContain('不发生（底线）');
  expect(cells.some((t) => /0起以内/.test(t))).toBe(false);
});
