import fc from 'fast-check';
import { parseChineseNumber, readFigure, readMilestoneState } from '../../src/progress';

describe('readFigure: what a user typed becomes a number or a clear problem', () => {
  const cases: Array<[unknown, string, string, number | null, string | null]> = [
    // raw, unit, expected kind, value, problem
    [3200, '亩', 'number', 3200, null],
    ['3,200', '亩', 'fixable', 3200, 'thousands-separator'],
    ['３２００', '亩', 'fixable', 3200, 'full-width'],
    ['3.2万', '亩', 'fixable', 32000, 'scaled'],
    ['32000亩', '万亩', 'fixable', 3.2, 'unit-suffix'],
    ['3.2万亩', '万亩', 'fixable', 3.2, 'unit-suffix'],
    ['三千二百', '亩', 'fixable', 3200, 'chinese-numeral'],
    ['12%', '%', 'fixable', 12, 'percent'],
    [0.12, '%', 'fixable', 12, 'percent'],
    [' 3200 ', '亩', 'fixable', 3200, 'text-number'],
    ['3 200', '亩', 'fixable', 3200, 'whitespace'],
    ['3200', '亩', 'fixable', 3200, 'text-number'],
    ['5个', '个', 'fixable', 5, 'unit-suffix'],
    // Units as clerks also write them (review3 W6).
    ['1.5km', '公里', 'fixable', 1.5, 'unit-suffix'],
    ['1.5 KM', '公里', 'fixable', 1.5, 'unit-suffix'],
    ['800m', '米', 'fixable', 800, 'unit-suffix'],
    ['1.5km', '户', 'invalid', null, null],
    // A remark after the number belongs in 备注.
    ['15（含2月）', '户', 'fixable', 15, 'remark'],
    ['12户（含上月3户）', '户', 'fixable', 12, 'remark'],
    ['(15)', '户', 'invalid', null, null],
    // The letters O and l typed for 0 and 1 among digits; a word is still no number.
    ['1,2OO', '亩', 'fixable', 1200, 'letter-digit'],
    ['l5', '户', 'fixable', 15, 'letter-digit'],
    ['OK', '户', 'invalid', null, null],
    // A projection is not a figure.
    ['3.2万（预计）', '亩', 'invalid', null, null],
    ['预计15', '户', 'invalid', null, null],
  ];
  test.each(cases)('%p on a %s row', (raw, unit, kind, value, problem) => {
    const r = readFigure(raw as string | number, unit);
    expect(r.kind).toBe(kind);
    if (r.kind === 'number') expect(r.value).toBe(value);
    if (r.kind === 'fixable') {
      expect(r.value).toBeCloseTo(value as number, 9);
      expect(r.problem).toBe(problem);
      expect(r.message.zh).toContain('建议填写');
      expect(r.message.en).toContain('suggest');
    }
  });

  test('a percentage typed as a fraction, told from a small rate by the row’s target', () => {
    const read = (raw: number, target: number) => {
      const r = readFigure(raw, '%', target);
      return r.kind === 'fixable' ? ['fixable', r.value, r.message.zh] : [r.kind, r.kind === 'number' ? r.value : null];
    };
    // 8.3% typed into a percent-formatted cell arrives as 0.083: nearer a growth target of 7.9% as 8.3.
    expect(read(0.083, 7.9)).toEqual(['fixable', 8.3, '0.083 看起来是小数形式的百分比（本行单位为%），建议填写 8.3']);
    expect(read(0.976, 95)).toEqual(['fixable', 97.6, '0.976 看起来是小数形式的百分比（本行单位为%），建议填写 97.6']);
    // A growth of 0.5% against a target of 6.5% is a small rate, not 50%.
    expect(read(0.5, 6.5)).toEqual(['number', 0.5]);
    expect(read(-0.3, 5)).toEqual(['number', -0.3]);
    // More than two decimals once ×100 is not a percentage a clerk typed.
    expect(read(0.08345, 8)).toEqual(['number', 0.08345]);
    // 1 beside a target near 100 is 100% as a fraction (review3 W5); beside a growth of 7%, or with no target, 1%.
    expect(read(1, 100)).toEqual(['fixable', 100, '1 看起来是小数形式的百分比（本行单位为%），建议填写 100']);
    expect(read(1, 96)).toEqual(['fixable', 100, '1 看起来是小数形式的百分比（本行单位为%），建议填写 100']);
    expect(read(1, 7)).toEqual(['number', 1]);
    expect(read(-1, 100)).toEqual(['number', -1]);
    expect(readFigure(1, '%')).toEqual({ kind: 'number', value: 1 });
  });

  test('the suggestion a user reads names the typed text and the number to enter', () => {
    const r = readFigure('3,200', '亩');
    expect(r.kind === 'fixable' && r.message.zh).toBe('“3,200”含千位分隔符，建议填写 3200');
    const s = readFigure('32000亩', '万亩');
    expect(s.kind === 'fixable' && s.message.zh).toBe('“32000亩”写了单位（本行单位为万亩，只填数字），建议填写 3.2');
    const k = readFigure('15（含2月）', '户');
    expect(k.kind === 'fixable' && k.message.zh).toBe(
      '“15（含2月）”在数字后写了说明（“含2月”请写在备注），建议填写 15',
    );
  });

  test('an estimate is not a figure', () => {
    const r = readFigure('约3万', '亩');
    expect(r).toMatchObject({ kind: 'invalid', problem: 'approximate' });
    expect(r.kind === 'invalid' && r.message.zh).toBe(
      '“约3万”不是数字，应填写数字（单位：亩）；“约”“左右”“多”等估计值不能作为统计数',
    );
  });

  test('blanks and no-data marks are blank', () => {
    for (const raw of [null, '', '  ', '-', '—', '/', '无', '－'])
      expect(readFigure(raw, '亩')).toEqual({ kind: 'blank' });
  });

  test('text and percent signs on a non-percent row are invalid', () => {
    expect(readFigure('abc', '亩')).toMatchObject({ kind: 'invalid', problem: 'not-a-number' });
    expect(readFigure('12%', '亩')).toMatchObject({ kind: 'invalid', problem: 'not-a-number' });
    expect(readFigure(true, '亩')).toMatchObject({ kind: 'invalid' });
    expect(readFigure(Number.NaN, '亩')).toMatchObject({ kind: 'invalid' });
  });

  test('Chinese numerals', () => {
    expect(parseChineseNumber('三千二百')).toBe(3200);
    expect(parseChineseNumber('两万')).toBe(20000);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('一百零五')).toBe(105);
    expect(parseChineseNumber('三点二万')).toBe(32000);
    expect(parseChineseNumber('一亿二千五百万')).toBe(125000000);
    expect(parseChineseNumber('abc')).toBeNull();
    // Runs that are not one number are refused, not guessed.
    expect(parseChineseNumber('一二三')).toBeNull();
    expect(parseChineseNumber('十四五')).toBeNull();
    expect(readFigure('一二三', '亩')).toMatchObject({ kind: 'invalid', problem: 'not-a-number' });
  });

  test('property: never throws on any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()),
        fc.constantFrom('亩', '万亩', '%', '个', ''),
        (raw, unit) => {
          const r = readFigure(raw, unit);
          expect(['blank', 'number', 'fixable', 'invalid']).toContain(r.kind);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('property: plain numbers round-trip, as numbers and as text', () => {
    fc.assert(
      fc.property(
        fc
          .double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true })
          .map((v) => (Object.is(v, -0) ? 0 : v)),
        (x) => {
          const n = readFigure(x, '亩');
          expect(n).toEqual({ kind: 'number', value: x });
          const t = readFigure(String(x), '亩');
          expect(t.kind === 'fixable' || t.kind === 'number' ? t.value : null).toBe(x);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('readMilestoneState', () => {
  test('states, blanks and a suggestion for near words', () => {
    expect(readMilestoneState('已完成')).toEqual({ kind: 'state', state: '已完成' });
    expect(readMilestoneState(' 推进中 ')).toEqual({ kind: 'state', state: '推进中' });
    expect(readMilestoneState(null)).toEqual({ kind: 'blank' });
    const r = readMilestoneState('完成');
    expect(r.kind === 'invalid' && r.message.zh).toBe(
      '“完成”不是节点状态，应填写 未开始、推进中 或 已完成，是否为“已完成”？',
    );
  });
});
