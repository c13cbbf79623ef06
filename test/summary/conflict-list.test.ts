// The report names a row's open disagreements once per set of offers: the same two answers
// three months running read "10-12月两份报表不一致：…", not the same words three times.
import { conflictList } from '../../src/template/conflictMarks';
import type { ConflictMark } from '../../src/workbook/figures';

const mark = (month: number, a: unknown, b: unknown): ConflictMark => ({
  month,
  code: 'M1',
  row: month,
  offers: [
    { unit: '镇经济发展办', value: a as ConflictMark['offers'][number]['value'], file: `jf-${month}.xlsx` },
    { unit: '镇农业农村办', value: b as ConflictMark['offers'][number]['value'], file: `ny-${month}.xlsx` },
  ],
});

test('months with the same offers are said once, in month order; other offers apart', () => {
  const list = conflictList([
    mark(12, '推进中', '已完成'),
    mark(10, '推进中', '已完成'),
    mark(11, '推进中', '已完成'),
    mark(6, 60, 65),
  ]);
  expect(list.map((m) => m.zh)).toEqual([
    '6月两份报表不一致：镇经济发展办报 60，镇农业农村办报 65',
    '10-12月两份报表不一致：镇经济发展办报 “推进中”，镇农业农村办报 “已完成”',
  ]);
  expect(list[1].en).toBe('months 10-12: 2 returns disagree: 镇经济发展办: "推进中", 镇农业农村办: "已完成"');
});
