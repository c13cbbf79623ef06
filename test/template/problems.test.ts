// Bad input: a clear message in Chinese and English, and no spec.
import { seedPlan, type Plan } from '../../src/plan';
import { buildWorkbookSpec, readTemplate, type BuildProblem } from '../../src/template';
import { COL } from '../../src/workbook/layout';
import { parseRange } from '../../src/workbook/a1';
import { specSnapshot } from '../support/specSnapshot';
import { ind, planOf } from '../support/plans';

function problems(plan: Plan, months: number[] = [1], extra: Partial<Parameters<typeof buildWorkbookSpec>[1]> = {}) {
  const r = buildWorkbookSpec(plan, { months, ...extra });
  expect(r.ok).toBe(false);
  expect('spec' in r).toBe(false);
  return r.ok ? [] : r.problems;
}
const texts = (ps: BuildProblem[]) => ps.map((p) => [p.path, p.message.zh, p.message.en]);

test('a duplicate code', () => {
  const p = planOf([ind({ code: 'A', kind: 'cumulative' }), ind({ code: 'A', kind: 'level', name: '另一个' })]);
  expect(texts(problems(p))).toEqual([
    [
      'indicators[1].code',
      '指标代码“A”重复：第1个和第2个指标用了同一个代码，每个指标的代码必须唯一',
      'duplicate indicator code "A": indicators 1 and 2 share it; codes must be unique',
    ],
  ]);
});

test('an empty name', () => {
  const p = planOf([ind({ code: 'A', kind: 'cumulative', name: '  ' })]);
  expect(texts(problems(p))).toEqual([
    ['indicators[0].name', '第1个指标（代码“A”）没有名称', 'indicator 1 (code "A") has an empty name'],
  ]);
});

test('a responsible unit that cannot name a sheet: 40 characters, or a colon', () => {
  const long = '镇'.repeat(40);
  const p = planOf([
    ind({ code: 'A', kind: 'cumulative', responsible: long }),
    ind({ code: 'B', kind: 'cumulative', responsible: '农业办:林业站' }),
  ]);
  const ps = problems(p);
  expect(ps.map((x) => x.path)).toEqual(['indicators[0].responsible', 'indicators[1].responsible']);
  expect(ps[0].message.zh).toBe(
    `第1项指标（代码 A A）的责任单位：责任单位名称“${long}”不能用作工作表名（分发和汇集时按单位建表）：工作表名称“${long}”超过31个字符`,
  );
  expect(ps[1].message).toEqual({
    zh: '第2项指标（代码 B B）的责任单位：责任单位名称“农业办:林业站”不能用作工作表名（分发和汇集时按单位建表）：工作表名称“农业办:林业站”含有不允许的字符 []:*?/\\',
    en: 'indicators[1].responsible (indicator 2: B B): responsible unit "农业办:林业站" cannot name a sheet (per-unit sheets are made when distributing and collecting): sheet name "农业办:林业站" contains one of []:*?/\\',
  });
});

test.each([
  [[0], '月份应为1-12的整数，收到 0'],
  [[13], '月份应为1-12的整数，收到 13'],
  [[2.5], '月份应为1-12的整数，收到 2.5'],
  [[], '请至少选择一个月份（1-12）'],
])('months %j', (months, message) => {
  const ps = problems(seedPlan(), months);
  expect(ps.map((p) => [p.path, p.message.zh])).toEqual([['months', message]]);
});

test('figures that would be lost: an unknown code, a month not generated', () => {
  const ps = problems(seedPlan(), [2], {
    figures: { 'XX-1': { 1: { month: 3 } }, 'NY-01': { 5: { month: 1 } } },
  });
  expect(ps.map((p) => p.message.zh)).toEqual([
    '填报数据中的代码“XX-1”不在计划中，这些数据会丢失',
    '代码“NY-01”有5月的填报数据，但不生成5月表，这些数据会丢失',
  ]);
});

test('anything else the plan schema refuses is passed on with its field path', () => {
  const p = planOf([ind({ code: 'A', kind: 'cumulative', section: '7' })]);
  expect(texts(problems(p))).toEqual([
    [
      'indicators[0].section',
      '第1项指标（代码 A A）的板块：“7”不在 sections（板块列表）中',
      'indicators[0].section (indicator 1: A A): section "7" is not listed in sections',
    ],
  ]);
});

describe('text that looks like a formula is written as text', () => {
  const p = planOf([
    ind({ code: 'A', kind: 'cumulative', name: '=SUM(1,2)', responsible: '+镇办' }),
    ind({ code: 'B', kind: 'milestone', name: '@项目' }),
  ]);
  const r = buildWorkbookSpec(p, { months: [1, 2], figures: { A: { 1: { month: '=1+1', note: '=HYPERLINK("x")' } } } });

  test('built, with a notice for each such name', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notices.map((n) => n.zh)).toEqual([
      '指标“A”的名称以“=”开头，已按文字写入（不是公式）',
      '指标“B”的名称以“@”开头，已按文字写入（不是公式）',
    ]);
  });

  test('no formula anywhere holds that text; name cells have the text format', () => {
    if (!r.ok) return;
    for (const sheet of r.spec.sheets) {
      for (const range of sheet.ranges) {
        for (const row of range.rows) {
          for (const c of row) {
            if (typeof c.v === 'string' && /^[=+@]/.test(c.v)) expect(c.f).toBeUndefined();
            if (c.f) expect(c.f).not.toMatch(/SUM\(1,2\)|HYPERLINK|1\+1/);
          }
        }
      }
    }
    const jan = r.spec.sheets.find((s) => s.name === '1月');
    const row = jan?.ranges[0].rows.findIndex((x) => x[COL.code - 1]?.v === 'A') as number;
    expect(jan?.ranges[0].rows[row][COL.name - 1]).toEqual({ v: '=SUM(1,2)' });
    expect(jan?.ranges[0].rows[row][COL.month - 1]).toEqual({ v: '=1+1' });
    const textFormat = jan?.formats.find((f) => {
      const q = parseRange(f.ref);
      return f.numberFormat === '@' && q.c1 === COL.name && q.r1 <= row + 1 && row + 1 <= q.r2;
    });
    expect(textFormat).toBeDefined();
  });

  test('and reads back as the same text', () => {
    if (!r.ok) return;
    const back = readTemplate(specSnapshot(r.spec));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.figures.plan.indicators[0].name).toBe('=SUM(1,2)');
    expect(back.figures.months[0].rows[0].month.value).toBe('=1+1');
    expect(back.figures.months[0].rows[0].note.value).toBe('=HYPERLINK("x")');
  });
});
