// A flow typed as its stock (review4 X6), a decimal point one place off on a level (X14), the 数量级
// wording in plain words (X11): findings as the statistician reads them.
import { runChecks, unverifiedCodes, type Finding } from '../../src/check';
import { ind, planOf } from '../support/plans';
import { figuresOf, type Entries } from './support';

const lines = (fs: Finding[]) => fs.map((f) => `${f.tier} ${f.rule} ${f.message.zh}`);

function byMonth(code: string, months: Record<number, Entries[number][string]>): Entries {
  return Object.fromEntries(Object.entries(months).map(([m, v]) => [m, { [code]: v }]));
}

describe('a flow typed as its stock: the whole area, month after month (X6)', () => {
  const veg = (over = {}) =>
    ind({ code: 'S2', kind: 'cumulative', name: '设施蔬菜种植面积', unit: '亩', value: 6500, ...over });

  test('5250 then 5300 on 6500亩 is 核实性 in February, before the row reads 已完成', () => {
    const plan = planOf([veg()]);
    const found = runChecks(figuresOf(plan, byMonth('S2', { 1: 5250, 2: 5300 })), { month: 2 });
    expect(lines(found)).toEqual([
      'verify running-total 2月!F4 设施蔬菜种植面积：本月填写 5300亩，与1月（5250亩）几乎相同，都已超过年度目标（6500亩）的一半，' +
        '1-2月累计 10550亩 将显示已完成年度目标：疑似填的是现有总量（存量），不是当月新增。本月数应为当月新增的数量（没有新增填 0）；' +
        '如 5300 是现有总量，2月新增为 50，并核对1月。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
    expect(found[0]).toMatchObject({ sheet: '2月', cell: 'F4', suggestion: null });
    expect([...unverifiedCodes(found)]).toEqual(['S2']);
    // January alone is one big month, not yet the pattern.
    expect(runChecks(figuresOf(plan, byMonth('S2', { 1: 5250 })), { month: 1 })).toEqual([]);
  });

  test('not on genuine front-loaded flows: a sowing 序时计划, a one-off big January, a repeat below half the target', () => {
    const sowing = Array.from({ length: 12 }, (_, i) => (i === 0 ? 0.45 : i === 1 ? 0.9 : 1));
    const quiet = (over: object, e: Record<number, number>, m: number) =>
      runChecks(figuresOf(planOf([veg(over)]), byMonth('S2', e)), { month: m }).filter(
        (f) => f.rule === 'running-total',
      );
    expect(quiet({ schedule: sowing }, { 1: 3000, 2: 3000 }, 2)).toEqual([]);
    expect(quiet({ schedule: [0.8, 0.85, 0.9, 0.95, 1, 1, 1, 1, 1, 1, 1, 1] }, { 1: 5250, 2: 300 }, 2)).toEqual([]);
    expect(quiet({}, { 1: 5250, 2: 300, 3: 200 }, 3)).toEqual([]);
    expect(quiet({}, { 1: 3000, 2: 3100 }, 2)).toEqual([]);
    // An even plan that repeats the stock later in the year is the same slip.
    expect(quiet({}, { 4: 5250, 5: 5200 }, 5).map((f) => f.cell)).toEqual(['F4']);
  });
});

describe('a decimal point one place off on a level or a % (X14)', () => {
  const toilets = ind({ code: 'WC', kind: 'level', name: '农村卫生厕所普及率', unit: '%', value: 96, hold: true });
  const sown = ind({ code: 'LS', kind: 'level', name: '粮食播种面积', unit: '万亩', value: 12.8, hold: true });

  test('9.63 after 96.1% is 96.3 with the point slipped: 数量级 with the suggestion, not a bare 环比 −90%', () => {
    const found = runChecks(figuresOf(planOf([toilets]), byMonth('WC', { 3: 96.1, 4: 9.63 })), { month: 4 });
    expect(lines(found)).toEqual([
      'verify scale 4月!F4 农村卫生厕所普及率：本月填写 9.63，只有3月的数（96.1%）的 10 分之一，疑似小数点错位，建议改为 96.3。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
    expect(found[0].suggestion).toBe('96.3');
  });

  test('1.27 for 12.7万亩, and 127 the other way; the month after is measured from the suggestion', () => {
    const e = byMonth('LS', { 2: 12.8, 3: 1.27, 4: 12.7 });
    const found = runChecks(figuresOf(planOf([sown]), e), { month: 3 });
    expect(found.map((f) => [f.sheet, f.rule, f.suggestion])).toEqual([['3月', 'scale', '12.7']]);
    expect(runChecks(figuresOf(planOf([sown]), e), { month: 4 })).toEqual([]);
    expect(found[0].message.zh).toContain('只有2月的数（12.8万亩）的 10 分之一，疑似小数点错位，建议改为 12.7');
    const [up] = runChecks(figuresOf(planOf([sown]), byMonth('LS', { 2: 12.8, 3: 127 })), { month: 3 });
    expect(up.message.zh).toContain('本月填写 127，是2月的数（12.8万亩）的 10 倍，疑似小数点错位，建议改为 12.7');
  });

  test('with no earlier month, a level to hold is measured against its target', () => {
    const [f] = runChecks(figuresOf(planOf([toilets]), byMonth('WC', { 1: 9.7 })), { month: 1 });
    expect(f.message.zh).toContain('只有年度目标（96%）的 10 分之一，疑似小数点错位，建议改为 97');
  });

  test('a fall that no moved point explains stays a 环比 question without a suggestion', () => {
    const found = runChecks(figuresOf(planOf([toilets]), byMonth('WC', { 3: 96.1, 4: 20 })), { month: 4 });
    expect(found.map((f) => [f.rule, f.suggestion])).toEqual([['mom', null]]);
  });
});

describe('数量级 in plain words (X11)', () => {
  test('128000 on a 万亩 row after 12.8: 约1万倍，疑似按亩填写，建议改为 12.8', () => {
    const sown = ind({ code: 'LS', kind: 'level', name: '粮食播种面积', unit: '万亩', value: 12.5, hold: true });
    const [f] = runChecks(figuresOf(planOf([sown]), byMonth('LS', { 3: 12.8, 4: 128000 })), { month: 4 });
    expect(f.message.zh).toBe(
      '4月!F4 粮食播种面积：本月填写 128000，是3月的数（12.8万亩）的约1万倍，疑似按亩填写（本行单位：万亩），建议改为 12.8。请核实；如数据无误，须在备注（M4）说明原因',
    );
  });
});
