// The year's milestone table (review4 X9): in December the 汇总 四 and the 通报 list every milestone of
// the year with how it ended, so one finished late is not lost behind "本月到期及逾期（逾期0项）"; in a
// month they keep listing those due and overdue. One table in the summary, used by both surfaces.
import { summarize } from '../../src/summary';
import { reportModel } from '../../src/report/model';
import { summarySheet } from '../../src/summary/sheet';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from '../check/support';

const onTime = ind({ code: 'M-1', name: '教学楼竣工', kind: 'milestone', unit: '', deadlineMonth: 8 });
const late = ind({ code: 'M-2', name: '污水处理厂建成', kind: 'milestone', unit: '', deadlineMonth: 9 });
const missed = ind({ code: 'M-3', name: '产业园二期投产', kind: 'milestone', unit: '', deadlineMonth: 10 });
const monthly = ind({ code: 'M-4', name: '安全生产大检查', kind: 'milestone', unit: '', recurring: true });
const plan = planOf([onTime, late, missed, monthly]);

function year(): Entries {
  const e: Entries = {};
  for (let m = 1; m <= 12; m++)
    e[m] = {
      'M-1': m >= 7 ? '已完成' : '推进中',
      'M-2': m >= 11 ? '已完成' : '推进中',
      'M-3': '推进中',
      'M-4': '已完成',
    };
  return e;
}

test('December: every milestone with 按期完成, 逾期完成 or 未完成, and honest counts', () => {
  const figures = figuresOf(plan, year());
  const s = summarize(plan, figures, 12);
  const t = s.milestones.table;
  expect(t.caption).toBe('全年节点任务完成情况（共4项：按期完成1项，已完成1项，逾期完成1项，未完成1项）');
  expect(t.statusHeader).toBe('完成情况');
  expect(t.rows.map((x) => [x.row.code, x.word])).toEqual([
    ['M-1', '按期完成'],
    ['M-2', '逾期完成'],
    ['M-3', '未完成'],
    ['M-4', '已完成'],
  ]);

  const sheet = summarySheet(plan, figures.meta, s, 12);
  const texts = sheet.ranges.flatMap((rg) => rg.rows.flat().map((c) => c.v)).filter((v) => typeof v === 'string');
  expect(texts).toContain('四、全年节点任务完成情况（共4项：按期完成1项，已完成1项，逾期完成1项，未完成1项）');
  expect(texts).toContain('逾期完成');

  const doc = reportModel(s, { date: { year: 2024, month: 1, day: 8 } });
  expect(doc.title).toBe('测试镇2023年目标任务完成情况通报');
  const captions = doc.blocks.filter((b) => b.kind === 'caption').map((b) => (b as { text: string }).text);
  expect(captions).toContain('表3　全年节点任务完成情况（共4项：按期完成1项，已完成1项，逾期完成1项，未完成1项）');
  const table = doc.blocks.filter((b) => b.kind === 'table').at(-2) as {
    header: string[];
    rows: Array<Array<{ text: string }>>;
  };
  expect(table.header[4]).toBe('完成情况');
  expect(table.rows.map((r) => [r[1].text, r[4].text])).toContainEqual(['污水处理厂建成', '逾期完成']);
});

test('a month before December keeps the month table: due this month and overdue', () => {
  const s = summarize(plan, figuresOf(plan, year()), 10);
  expect(s.milestones.table.caption).toBe('本月到期及逾期节点任务（逾期2项）');
  expect(s.milestones.table.rows.map((x) => [x.row.code, x.word])).toEqual([
    ['M-2', '逾期'],
    ['M-3', '逾期'],
    ['M-4', '已完成'],
  ]);
  expect(reportModel(s, { date: { year: 2023, month: 11, day: 5 } }).title).toBe(
    '测试镇2023年1-10月目标任务推进情况通报',
  );
});
