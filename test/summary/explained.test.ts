// Unusual figures kept because their 备注 explains them (review3 W13): the report lists them, so the
// township head sees which figures stand and why; a figure whose finding is still open is 待核实 instead.
import { checkFigures, explainedFigures, unverifiedCodes } from '../../src/check';
import { summarize } from '../../src/summary';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from '../check/support';

const revenue = ind({ code: 'ZB-05', name: '一般公共预算收入', kind: 'cumulative', unit: '万元', value: 6000 });
const works = ind({ code: 'MS-01', name: '民生实事', kind: 'cumulative', unit: '件', value: 24 });
const plan = planOf([revenue, works]);

function year(over: Entries): Entries {
  const e: Entries = {};
  for (let m = 1; m <= 8; m++) e[m] = { 'ZB-05': 480, 'MS-01': 2, ...(over[m] ?? {}) };
  return e;
}

function judged(e: Entries, month: number) {
  const figures = figuresOf(plan, e);
  const checked = checkFigures(figures, { month });
  if (!checked.ok) throw new Error(checked.message.zh);
  const f = checked.findings;
  return summarize(plan, figures, month, { unverified: unverifiedCodes(f), explained: explainedFigures(f) });
}

test('a negative month explained in its 备注 is listed with the reason; the row is not held', () => {
  const s = judged(year({ 8: { 'ZB-05': { f: -60, note: '增值税留抵退税' } } }), 8);
  expect(s.text.zh).toContain(
    '经备注说明保留的异常数据：8月一般公共预算收入 -60万元（累计减少；备注：增值税留抵退税）。',
  );
  expect(s.unverified.map((r) => r.code)).toEqual([]);
});

test('nothing unusual, or unusual and unexplained: no such list', () => {
  expect(judged(year({}), 8).text.zh.join('')).not.toContain('经备注说明');
  const open = judged(year({ 8: { 'ZB-05': -60 } }), 8);
  expect(open.text.zh.join('')).not.toContain('经备注说明');
  expect(open.unverified.map((r) => r.code)).toEqual(['ZB-05']);
});
