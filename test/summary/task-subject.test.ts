// A milestone named by its verb (完成征兵任务, from the report's words) is told by what it finishes:
// "征兵任务已于5月完成", never "完成征兵任务已于5月完成" (review5 Y2's second half).
import { parsePlan, type Plan } from '../../src/plan';
import { summarize } from '../../src/summary';
import { figuresOf, type Entries } from '../check/support';

function plan(): Plan {
  const r = parsePlan({
    year: 2025,
    unitName: '测试镇',
    sections: [{ id: '1', title: '民生' }],
    indicators: [
      { code: 'M1', section: '1', name: '完成征兵任务', kind: 'milestone' },
      { code: 'M2', section: '1', name: '全面完成大坪村示范村创建', kind: 'milestone', deadlineMonth: 6 },
      { code: 'M3', section: '1', name: '完成', kind: 'milestone' },
      { code: 'M4', section: '1', name: '完成率考核', kind: 'milestone' },
    ],
  });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.zh).join('; '));
  return r.plan;
}

test('the sentence names what is finished; the 指标 keeps its name', () => {
  const p = plan();
  const entries: Entries = {};
  for (let m = 1; m <= 7; m++)
    entries[m] = { M1: m >= 5 ? '已完成' : '推进中', M2: '推进中', M3: '推进中', M4: '推进中' };
  const s = summarize(p, figuresOf(p, entries), 7);
  const clause = (code: string) => s.indicators.find((i) => i.code === code)?.clause;
  expect(clause('M1')).toBe('征兵任务已于5月完成');
  expect(clause('M2')).toBe('大坪村示范村创建（要求6月底前完成）逾期未完成');
  // Too short to stand alone without the verb: kept as named.
  expect(clause('M3')).toBe('完成正在推进（要求年底前完成）');
  expect(clause('M4')).toBe('完成率考核正在推进（要求年底前完成）');
  expect(s.indicators.find((i) => i.code === 'M1')?.name).toBe('完成征兵任务');
});
