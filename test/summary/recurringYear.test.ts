// A recurring task's year: the sentence counts the months done and names the months missed.
import { parsePlan } from '../../src/plan';
import { evaluate } from '../../src/progress/progress';
import { indicatorClause } from '../../src/summary/text';

const r = parsePlan({
  year: 2023,
  unitName: '小江镇',
  sections: [{ id: '4', title: '安全' }],
  indicators: [{ code: 'AQ', section: '4', name: '每月安全生产大检查', kind: 'milestone', recurring: true }],
});
if (!r.ok) throw new Error('plan');
const plan = r.plan;
const ind = plan.indicators[0];
const allBut8 = [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12];

const clause = (month: number, state: string, monthsDone: number[]) =>
  indicatorClause({
    ind,
    actual: state,
    evaluation: evaluate(plan, ind, month, state),
    month,
    deadline: month,
    doneMonth: null,
    lastEntered: month,
    monthsDone,
  });

test('12月 done, 8月 missed: 全年12次中完成11次（8月未完成）', () => {
  expect(clause(12, '已完成', allBut8).zh).toBe('每月安全生产大检查本月已完成，全年12次中完成11次（8月未完成）');
  expect(clause(12, '已完成', allBut8).en).toBe(
    '每月安全生产大检查: done this month, 11 of 12 done this year (not done: August)',
  );
});

test('every month done: 全年12次均已完成', () => {
  expect(clause(12, '已完成', [...allBut8, 8]).zh).toBe('每月安全生产大检查本月已完成，全年12次均已完成');
});

test('9月, with 8月 missed: the tally so far', () => {
  expect(clause(9, '已完成', [1, 2, 3, 4, 5, 6, 7, 9]).zh).toBe(
    '每月安全生产大检查本月已完成（1-9月9次中完成8次，8月未完成）',
  );
  // Nothing missed before December: no tally.
  expect(clause(7, '已完成', [1, 2, 3, 4, 5, 6, 7]).zh).toBe('每月安全生产大检查本月已完成');
});
