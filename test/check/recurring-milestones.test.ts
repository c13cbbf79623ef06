// The checks on recurring tasks (每月, 每季度): only their due months are asked for; a typed-over 状态
// is measured against the year's rule at year end.
import { runChecks } from '../../src/check';
import { figuresOf } from './support';
import { ind, planOf } from '../support/plans';

const quarterly = ind({
  code: 'XF',
  kind: 'milestone',
  name: '每季度开展一次消防安全检查',
  unit: '',
  recurring: true,
  reportMonths: [3, 6, 9, 12],
});
const monthly = ind({ code: 'AQ', kind: 'milestone', name: '每月安全生产大检查', unit: '', recurring: true });
const plan = planOf([quarterly, monthly]);

/** Every month up to `last` filled with 已完成 on the monthly row, the quarterly row as given. */
function year(last: number, xf: Record<number, string | { f: string; status?: string } | null>, aq = {}) {
  const entries: Record<number, Record<string, unknown>> = {};
  for (let m = 1; m <= last; m++)
    entries[m] = { AQ: '已完成', XF: xf[m] ?? null, ...(aq as Record<number, object>)[m] };
  return figuresOf(plan, entries as never);
}

describe('a quarterly task is asked for in its quarter months only', () => {
  test('off months get no 漏填, whatever month is checked', () => {
    const figures = year(5, { 3: '已完成' });
    for (const month of [1, 2, 4, 5]) expect(runChecks(figures, { month })).toEqual([]);
  });

  test('a blank quarter month is 漏填 (强制性) at its 本月 cell, in the task’s own words', () => {
    const [f] = runChecks(year(6, { 3: '已完成' }), { month: 6 });
    expect(f).toMatchObject({ sheet: '6月', cell: 'F4', code: 'XF', rule: 'completeness', tier: 'error' });
    expect(f.message.zh).toBe(
      '6月!F4 每季度开展一次消防安全检查：每季度任务，本月未填写进展状态。应填写 未开始、推进中、已完成 之一',
    );
  });

  test('a state typed in an off month is not judged; in a quarter month it is', () => {
    expect(runChecks(year(4, { 3: '已完成', 4: '推进中' }), { month: 4 })).toEqual([]);
    const [f] = runChecks(year(6, { 3: '已完成', 6: '推进中' }), { month: 6 });
    expect(f).toMatchObject({ sheet: '6月', cell: 'F4', rule: 'milestone-overdue', tier: 'verify' });
    expect(f.message.zh).toBe(
      '6月!F4 每季度开展一次消防安全检查：每季度任务，本月状态为“推进中”，未完成。请核实；如数据无误，须在备注（M4）说明原因',
    );
  });
});

test('a 状态 typed over as 已完成 in December when a quarter was missed: the year is 未完成', () => {
  const figures = year(12, { 3: '已完成', 6: '推进中', 9: '已完成', 12: { f: '已完成', status: '已完成' } });
  const f = runChecks(figures, { month: 12 }).find((x) => x.rule === 'status');
  expect(f).toMatchObject({ sheet: '12月', cell: 'K4', code: 'XF', tier: 'error', suggestion: '未完成' });
  expect(f?.message.zh).toBe(
    '12月!K4 每季度开展一次消防安全检查：状态被手工改为“已完成”，按本表数字应为“未完成”。状态由公式计算，不应手工填写',
  );
});

describe('an earlier due month left blank or unreadable stays open: it counts in the tally the text quotes', () => {
  test('a blank July is reported by the December check at its own cell, saying it counts', () => {
    const figures = year(12, { 3: '已完成', 6: '已完成', 9: '已完成', 12: '已完成' }, { 7: { AQ: null } });
    const found = runChecks(figures, { month: 12 }).filter((f) => f.code === 'AQ');
    expect(found.map((f) => [f.sheet, f.rule, f.tier])).toEqual([['7月', 'completeness', 'error']]);
    expect(found[0].message.zh).toBe(
      '7月!F5 每月安全生产大检查：每月任务，本月未填写进展状态。应填写 未开始、推进中、已完成 之一（计入截至12月的完成次数）',
    );
  });

  test('months before the workbook’s first figure are no row’s blank (begun mid-year)', () => {
    const figures = year(6, { 3: '已完成', 6: '已完成' }, { 1: { AQ: null }, 2: { AQ: null } });
    expect(runChecks(figures, { month: 6 }).filter((f) => f.code === 'AQ')).toEqual([]);
  });

  test('"未完成" typed on a quarter month: must-fix suggesting 推进中, which counts as not done, until fixed', () => {
    const figures = year(12, { 3: '已完成', 6: '已完成', 9: '未完成', 12: '已完成' });
    const [f] = runChecks(figures, { month: 12 }).filter((x) => x.code === 'XF');
    expect(f).toMatchObject({ sheet: '9月', cell: 'F4', rule: 'format', tier: 'error', suggestion: '推进中' });
    expect(f.message.zh).toBe(
      '9月!F4 每季度开展一次消防安全检查：本月填写“未完成”，不是节点状态。应填写 未开始、推进中、已完成 之一，建议改为 推进中（本期未完成的填“推进中”，按未完成计）（计入截至12月的完成次数）',
    );
    const fixed = year(12, { 3: '已完成', 6: '已完成', 9: '推进中', 12: '已完成' });
    expect(runChecks(fixed, { month: 12 }).filter((x) => x.code === 'XF' && x.sheet === '9月')).toEqual([]);
  });
});
