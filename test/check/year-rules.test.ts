// Issue 13's checks and proposals, each on a small plan: the sign of a 下降 figure, a suggestion far
// from the target's scale, off months of a quarterly row, and the hold proposal of the extractor and
// the 指标库.
import { runChecks } from '../../src/check';
import { candidatesToPlan, extractTargets } from '../../src/extract';
import { proposeHold } from '../../src/progress';
import { summarize } from '../../src/summary';
import { ledgerToPlan, planToLedger } from '../../src/template';
import { ind, planOf } from '../support/plans';
import { figuresOf } from './support';

describe('下降 rows take the decrease as a positive number', () => {
  const plan = planOf([
    ind({ code: 'E', kind: 'rate', name: '单位GDP能耗', unit: '%', value: 3, direction: 'decrease' }),
  ]);

  test('3.2 is a decrease: no finding, "下降3.2%，比目标多降0.2个百分点"', () => {
    const figures = figuresOf(plan, { 1: { E: 3.2 } });
    expect(runChecks(figures, { month: 1 })).toEqual([]);
    expect(summarize(plan, figures, 1).indicators[0].clause).toBe('单位GDP能耗下降3.2%，比目标多降0.2个百分点');
  });

  test('-3.2 is a 核实性 question with the positive number as suggestion', () => {
    const [f] = runChecks(figuresOf(plan, { 1: { E: -3.2 } }), { month: 1 });
    expect(f).toMatchObject({ cell: 'F4', rule: 'sign', tier: 'verify', suggestion: '3.2' });
    expect(f.message.zh).toBe(
      '1月!F4 单位GDP能耗：本月填写 -3.2。下降目标的行填降幅（正数）：下降3.2%应填 3.2；填负数表示上升3.2%。如是降幅，建议改为 3.2；如确为上升，请在备注说明。请核实；如数据无误，须在备注（M4）说明原因',
    );
  });
});

describe('a suggestion far from the target’s scale says so', () => {
  test('约3万 on a 亩 row whose target is 4152', () => {
    const plan = planOf([ind({ code: 'A', kind: 'cumulative', name: '高标准农田提升', unit: '亩', value: 4152 })]);
    const [f] = runChecks(figuresOf(plan, { 1: { A: '约3万' } }), { month: 1 });
    expect(f.suggestion).toBe('30000');
    expect(f.message.zh).toContain('建议改为 30000（注意：建议值是年度目标（4152亩）的7.2倍，请核对数量级和单位）');
  });

  test('3万 on a 家 row whose target is 3', () => {
    const plan = planOf([ind({ code: 'B', kind: 'cumulative', name: '新增规上企业', unit: '家', value: 3 })]);
    const [f] = runChecks(figuresOf(plan, { 1: { B: '3万' } }), { month: 1 });
    expect(f.message.zh).toContain('建议改为 30000（注意：建议值是年度目标（3家）的10000倍');
  });

  test('a suggestion in the target’s scale says nothing more', () => {
    const plan = planOf([ind({ code: 'A', kind: 'cumulative', name: '高标准农田提升', unit: '亩', value: 4152 })]);
    const [f] = runChecks(figuresOf(plan, { 1: { A: '1,200' } }), { month: 1 });
    expect(f.message.zh).not.toContain('注意');
  });
});

describe('reporting months', () => {
  const plan = planOf([
    ind({ code: 'Q', kind: 'rate', name: '居民收入增长', unit: '%', value: 8, reportMonths: [3, 6, 9, 12] }),
  ]);
  test('off months are not 漏填; a missed report month is', () => {
    const figures = figuresOf(plan, { 1: {}, 2: {}, 3: { Q: 8.2 }, 4: {}, 5: {}, 6: {} });
    for (const m of [1, 2, 4, 5]) expect(runChecks(figures, { month: m })).toEqual([]);
    expect(runChecks(figures, { month: 6 }).map((f) => [f.cell, f.rule])).toEqual([['F4', 'completeness']]);
  });
  test('before the first report month the row reads 不适用; after, the last figure is judged and named', () => {
    const figures = figuresOf(plan, { 1: {}, 2: {}, 3: { Q: 8.2 }, 4: {} });
    expect(summarize(plan, figures, 2).indicators[0]).toMatchObject({
      evaluation: { status: '不适用' },
      clause: '居民收入增长本月不需报送',
    });
    expect(summarize(plan, figures, 4).indicators[0]).toMatchObject({
      evaluation: { status: '达标' },
      clause: '居民收入增长8.2%，高于目标0.2个百分点（3月数据）',
    });
  });
});

describe('a month with no figures at all', () => {
  test('every row is 未填报, the last figure quoted, and a warning says so', () => {
    const plan = planOf([ind({ code: 'A', kind: 'cumulative', name: '粮食生产面积', unit: '万亩', value: 3.2 })]);
    const s = summarize(plan, figuresOf(plan, { 1: { A: 1 }, 2: { A: 0.5 }, 3: {} }), 3);
    expect(s.indicators[0]).toMatchObject({
      evaluation: { status: '未填报' },
      clause: '粮食生产面积3月未填报（截至2月累计1.5万亩）',
    });
    expect(s.warnings).toEqual([
      {
        zh: '“3月”工作表没有任何填报数据：各行按未填报汇总',
        en: 'the sheet "3月" holds no figures at all: every row is summarized as not reported',
      },
    ]);
  });
});

describe('a level to hold or to build up: the plan field and its proposals', () => {
  test('wording of a level to hold', () => {
    expect(proposeHold('森林覆盖率稳定在68%以上')).toBe(true);
    expect(proposeHold('农村自来水普及率保持98%')).toBe(true);
    expect(proposeHold('设施大棚蔬菜面积800亩')).toBe(false);
  });

  test('the extractor proposes it for a level row', () => {
    const text = '一、生态环境\n森林覆盖率稳定在68%以上，新增设施大棚面积800亩。';
    const plan = candidatesToPlan(extractTargets(text), { year: 2023, unitName: '测试镇' });
    const cover = plan.indicators.find((i) => i.name.includes('森林覆盖率'));
    expect(cover).toMatchObject({ kind: 'level', hold: true });
  });

  test('指标库: 保持水平 round-trips, and a level row added with it blank gets the proposal', () => {
    const plan = planOf([
      ind({ code: 'H', kind: 'level', name: '森林覆盖率', unit: '%', value: 68, hold: true }),
      ind({ code: 'B', kind: 'level', name: '设施大棚面积', unit: '亩', value: 800 }),
    ]);
    const grid = planToLedger(plan);
    const col = grid[0].indexOf('保持水平');
    expect(grid.slice(1).map((r) => r[col])).toEqual(['是', '否']);
    grid[1][col] = '';
    grid[2][col] = '';
    const base = {
      year: plan.year,
      unitName: plan.unitName,
      title: null,
      sections: plan.sections,
      settings: plan.settings,
    };
    const back = ledgerToPlan(grid, base);
    expect(back.plan?.indicators.map((i) => [i.code, i.hold])).toEqual([
      ['H', true],
      ['B', false],
    ]);
  });
});
