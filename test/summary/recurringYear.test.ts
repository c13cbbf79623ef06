// A recurring task's year: the sentence counts the months done and names the months missed, and from
// its final month on the status is the year's (a missed month makes the year 未完成).
import { parsePlan } from '../../src/plan';
import { evaluate, recurringRecord } from '../../src/progress/progress';
import { indicatorClause } from '../../src/summary/text';

const r = parsePlan({
  year: 2023,
  unitName: '小江镇',
  sections: [{ id: '4', title: '安全' }],
  indicators: [
    { code: 'AQ', section: '4', name: '每月安全生产大检查', kind: 'milestone', recurring: true },
    {
      code: 'XF',
      section: '4',
      name: '每季度开展一次消防安全检查',
      kind: 'milestone',
      recurring: true,
      reportMonths: [3, 6, 9, 12],
    },
  ],
});
if (!r.ok) throw new Error('plan');
const plan = r.plan;
const [monthly, quarterly] = plan.indicators;

/** Every month 已完成, except the months given (null: blank). */
function year(except: Record<number, string | null> = {}): Array<string | null> {
  return Array.from({ length: 12 }, (_, i) => (i + 1 in except ? except[i + 1] : '已完成'));
}

function judged(ind: typeof monthly, month: number, states: Array<string | null>) {
  const upTo = states.slice(0, month);
  const evaluation = evaluate(plan, ind, month, upTo[month - 1], { states: upTo });
  const clause = indicatorClause({
    ind,
    actual: upTo[month - 1],
    evaluation,
    month,
    deadline: month,
    doneMonth: null,
    lastEntered: month,
    recurring: recurringRecord(ind, month, upTo),
  });
  return { status: evaluation.status, colour: evaluation.colour, zh: clause.zh, en: clause.en };
}

describe('a monthly task at year end speaks of the year', () => {
  test('12月 done, 8月 blank and 11月 推进中: 未完成 for the year, and the sentence names both', () => {
    const got = judged(monthly, 12, year({ 8: null, 11: '推进中' }));
    expect(got.status).toBe('未完成');
    expect(got.colour).toBe('red');
    expect(got.zh).toBe('每月安全生产大检查全年12次中完成10次（8月未填报，11月未完成），未完成年度目标');
    expect(got.en).toBe(
      '每月安全生产大检查: 10 of 12 done this year (not reported: August; not done: November), annual target not reached',
    );
  });

  test('12月 done, 8月 未开始: 全年12次中完成11次（8月未完成）, 未完成', () => {
    const got = judged(monthly, 12, year({ 8: '未开始' }));
    expect([got.status, got.zh]).toEqual([
      '未完成',
      '每月安全生产大检查全年12次中完成11次（8月未完成），未完成年度目标',
    ]);
  });

  test('every month done: 已完成, 全年12次均已完成', () => {
    const got = judged(monthly, 12, year());
    expect([got.status, got.zh]).toEqual(['已完成', '每月安全生产大检查全年12次均已完成']);
  });

  test('December blank, the eleven before done: 未填报 (the last report is missing), the year not decided', () => {
    const got = judged(monthly, 12, year({ 12: null }));
    expect([got.status, got.zh]).toEqual(['未填报', '每月安全生产大检查12月未填报（此前11次均已完成）']);
  });

  test('December blank after a missed month: the blank does not hide the year, 未完成', () => {
    const got = judged(monthly, 12, year({ 5: '推进中', 12: null }));
    expect([got.status, got.zh]).toEqual([
      '未完成',
      '每月安全生产大检查全年12次中完成10次（5月未完成，12月未填报），未完成年度目标',
    ]);
  });
});

describe('before the final month: the month’s own occurrence, earlier misses in the tally', () => {
  test('9月 done after a blank 8月: 已完成 this month, the tally says 8月未填报', () => {
    const got = judged(monthly, 9, year({ 8: null }));
    expect([got.status, got.zh]).toEqual(['已完成', '每月安全生产大检查本月已完成（1-9月9次中完成8次，8月未填报）']);
  });

  test('nothing missed before: no tally', () => {
    expect(judged(monthly, 7, year()).zh).toBe('每月安全生产大检查本月已完成');
  });

  test('this month not done is 逾期, and says so without counting itself as an earlier miss', () => {
    const got = judged(monthly, 6, year({ 6: '推进中' }));
    expect([got.status, got.zh]).toEqual(['逾期', '每月安全生产大检查本月未完成']);
  });

  test('evaluate needs the months before at year end: a recurring row without them is a programming error', () => {
    expect(() => evaluate(plan, monthly, 12, '已完成')).toThrow(/states/);
  });
});

describe('a quarterly task: due in 3、6、9、12月 only', () => {
  const q = (except: Record<number, string | null>) =>
    Array.from({ length: 12 }, (_, i) => (i + 1 in except ? except[i + 1] : null));

  test('off months are 不适用 and not asked for; due months are judged', () => {
    const states = q({ 3: '已完成', 6: '推进中', 9: '已完成', 12: '已完成' });
    const at = (m: number) => judged(quarterly, m, states).status;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(at)).toEqual([
      '不适用',
      '不适用',
      '已完成',
      '不适用',
      '不适用',
      '逾期',
      '不适用',
      '不适用',
      '已完成',
      '不适用',
      '不适用',
    ]);
    expect(judged(quarterly, 4, states).zh).toBe('每季度开展一次消防安全检查本月不需报送');
    expect(judged(quarterly, 6, states).zh).toBe('每季度开展一次消防安全检查本季度未完成');
    expect(judged(quarterly, 8, states).zh).toBe(
      '每季度开展一次消防安全检查本月不需报送（1-8月2次中完成1次，6月未完成）',
    );
    expect(judged(quarterly, 9, states).zh).toBe(
      '每季度开展一次消防安全检查本季度已完成（1-9月3次中完成2次，6月未完成）',
    );
  });

  test('December counts the four quarters only: 全年4次中完成3次, 未完成', () => {
    const got = judged(quarterly, 12, q({ 3: '已完成', 6: '推进中', 9: '已完成', 12: '已完成' }));
    expect([got.status, got.zh]).toEqual([
      '未完成',
      '每季度开展一次消防安全检查全年4次中完成3次（6月未完成），未完成年度目标',
    ]);
    const all = judged(quarterly, 12, q({ 3: '已完成', 6: '已完成', 9: '已完成', 12: '已完成' }));
    expect([all.status, all.zh]).toEqual(['已完成', '每季度开展一次消防安全检查全年4次均已完成']);
  });
});
