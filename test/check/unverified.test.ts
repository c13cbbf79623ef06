import { unverifiedCodes, type Finding } from '../../src/check';

const f = (code: string, rule: Finding['rule'], tier: Finding['tier']): Finding =>
  ({
    sheet: '3月',
    cell: 'F5',
    code,
    name: code,
    rule,
    tier,
    message: { zh: '', en: '' },
    found: '',
    expected: '',
    suggestion: null,
  }) as Finding;

test('the report text holds back figures with an open error or verify finding, not blanks or overdue milestones', () => {
  expect(
    unverifiedCodes([
      f('A', 'format', 'error'),
      f('B', 'scale', 'verify'),
      f('B', 'mom', 'verify'),
      f('C', 'completeness', 'error'),
      f('D', 'milestone-overdue', 'verify'),
      f('E', 'mom', 'note'),
    ]),
  ).toEqual(['A', 'B']);
});
