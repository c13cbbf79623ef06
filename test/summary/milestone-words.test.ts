// A milestone reported done in words ("已投产") in its due month (review4 X3): the year's report says it
// was done that month, not late when a later return writes 已完成; a blank after such words says what
// was sent, not that nothing was.
import { runChecks } from '../../src/check';
import { summarize } from '../../src/summary';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from '../check/support';

const park = ind({ code: 'GY-M1', name: '食品产业园二期竣工投产', kind: 'milestone', unit: '', deadlineMonth: 10 });
const plan = planOf([park]);

function year(over: Record<number, string | null>): Entries {
  const e: Entries = {};
  for (let m = 1; m <= 12; m++) e[m] = { 'GY-M1': m in over ? over[m] : m < 3 ? '未开始' : '推进中' };
  return e;
}

test('done in words in October, 已完成 from December: 已于10月完成, on time', () => {
  const s = summarize(plan, figuresOf(plan, year({ 10: '已投产', 11: null, 12: '已完成' })), 12);
  const row = s.indicators.find((r) => r.code === 'GY-M1');
  expect(row?.doneMonth).toBe(10);
  expect(row?.clause).toContain('已于10月完成');
  expect(row?.clause).not.toContain('逾期');
});

test('a blank after a state sent in words names that entry, not "nothing before"', () => {
  const f = runChecks(figuresOf(plan, year({ 10: '已投产', 11: null })), { month: 11 }).find(
    (x) => x.sheet === '11月' && x.rule === 'completeness',
  );
  expect(f?.tier).toBe('error');
  expect(f?.message.zh).toBe(
    '11月!F4 食品产业园二期竣工投产：未填写进展状态，此前最近填写的是10月的“已投产”（不是节点状态）。应填写 未开始、推进中、已完成 之一',
  );
});
