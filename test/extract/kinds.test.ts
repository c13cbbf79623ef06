// Scaled units and the kind a figure's name calls for (review2 V25, V15): what the statistician sees
// in the drafted 指标库 row is its name, value, unit, comparator and kind (and, for a level, whether it
// is held).
import { candidatesToPlan, extractTargets, type Candidate } from '../../src/extract';
import { targetText } from '../../src/extract/describe';
import { unitScale } from '../../src/plan/units';

const row = (c: Candidate) => ({
  name: c.name,
  value: c.value,
  unit: c.unit,
  comparator: c.comparator,
  kind: c.suggestedKind,
});
const quantities = (text: string) => extractTargets(text).filter((c) => c.kind === 'quantity');
/** The text drafts one at-least row: its name, value, unit and kind. */
const atLeastOne = (text: string, name: string, value: number, unit: string, kind: string) =>
  expect(quantities(text).map(row)).toEqual([{ name, value, unit, comparator: '>=', kind }]);
const draft = (text: string) =>
  candidatesToPlan(extractTargets(text), { year: 2025, unitName: '测试镇' }).indicators.map((i) => ({
    name: i.name,
    value: i.value,
    unit: i.unit,
    comparator: i.comparator,
    kind: i.kind,
    hold: i.hold,
  }));

describe('review2 V25: one line of ordinary targets', () => {
  const line =
    '完成造林1.5千亩；新增城镇就业一百二十人；新建三个村级综合服务站；实施“1217”工程；全年接待游客突破50万人次；' +
    '人口自然增长率控制在6‰以内；耕地保有量不低于2.3万亩，永久基本农田保护面积稳定在1.9万亩；' +
    '确保年底前实现“四好农村路”全覆盖。';
  const all = extractTargets(line);

  test('1.5千亩 is 1.5 in 千亩 (scale 1000, as 3.2万亩 is 3.2 in 万亩), named 造林', () => {
    expect(row(all[0])).toEqual({ name: '造林', value: 1.5, unit: '千亩', comparator: '>=', kind: 'cumulative' });
    expect(unitScale('千亩')).toEqual({ unit: '千亩', scale: 1000, base: '亩' });
    expect(all.some((c) => c.value === 1000)).toBe(false);
  });

  test('人口自然增长率 is a rate of a state: at most 6‰, a level, not growth', () => {
    const c = all.find((x) => x.name === '人口自然增长率')!;
    expect(row(c)).toEqual({ name: '人口自然增长率', value: 6, unit: '‰', comparator: '<=', kind: 'level' });
    expect(c.direction).toBeNull();
  });

  test('保有量 is a stock: a level to hold, like the 保护面积 next to it', () => {
    expect(draft(line).filter((r) => r.unit === '万亩')).toEqual([
      { name: '耕地保有量', value: 2.3, unit: '万亩', comparator: '>=', kind: 'level', hold: true },
      { name: '永久基本农田保护面积', value: 1.9, unit: '万亩', comparator: '>=', kind: 'level', hold: true },
    ]);
  });

  test('a quoted name keeps both its quotes', () => {
    const m = all.filter((c) => c.kind === 'milestone');
    expect(m.map((c) => [c.name, c.deadlineMonth])).toEqual([['“四好农村路”全覆盖', 12]]);
  });

  test('the draft carries the scaled unit as written', () => {
    expect(draft(line)[0]).toEqual({
      name: '造林',
      value: 1.5,
      unit: '千亩',
      comparator: '>=',
      kind: 'cumulative',
      hold: false,
    });
  });
});

describe('scaled units after Arabic digits', () => {
  test.each([
    ['新建高标准农田1.2千亩。', { name: '新建高标准农田', value: 1.2, unit: '千亩' }],
    ['完成植树3.5千株。', { name: '植树', value: 3.5, unit: '千株' }],
    // Units that start with 千 are units of their own.
    ['新增光伏装机500千瓦。', { name: '新增光伏装机', value: 500, unit: '千瓦' }],
    ['新修农村公路12千米。', { name: '新修农村公路', value: 12, unit: '千米' }],
    ['新增农产品冷库2千吨。', { name: '新增农产品冷库', value: 2, unit: '千吨' }],
  ])('%s', (text, expected) => {
    const qs = quantities(text);
    expect(qs).toHaveLength(1);
    expect({ name: qs[0].name, value: qs[0].value, unit: qs[0].unit }).toEqual(expected);
  });
});

describe('稳定在 a flow is a flow; 稳定在 an area, a coverage or a rate is a level', () => {
  test.each([
    // Output, value, income and sales come in over the year (the seed plan keeps 粮食产量 累计).
    ['粮食产量稳定在1.25亿斤以上。', '粮食产量', 1.25, '亿斤', 'cumulative'],
    ['稳定粮食产量1.2亿斤。', '粮食产量', 1.2, '亿斤', 'cumulative'],
    ['农业总产值稳定在15亿元。', '农业总产值', 15, '亿元', 'cumulative'],
    ['生猪出栏稳定在5万头以上。', '生猪出栏', 5, '万头', 'cumulative'],
    ['茶叶产值保持在8000万元以上。', '茶叶产值', 8000, '万元', 'cumulative'],
    // Stocks and states are held.
    ['粮食播种面积稳定在6.5万亩。', '粮食播种面积', 6.5, '万亩', 'level'],
    ['森林覆盖率稳定在68%以上。', '森林覆盖率', 68, '%', 'level'],
    ['生猪存栏稳定在3万头。', '生猪存栏', 3, '万头', 'level'],
    ['耕地保有量不低于2.3万亩。', '耕地保有量', 2.3, '万亩', 'level'],
    // A growth rate held is still a growth rate.
    ['地区生产总值增速保持在6%以上。', '地区生产总值增速', 6, '%', 'rate'],
  ])('%s', atLeastOne);

  // review4 X6: a size reached at year end is a level built up; what the year adds or sows stays a flow.
  test.each([
    ['设施蔬菜种植面积达到6500亩。', '设施蔬菜种植面积', 6500, '亩', 'level'],
    ['农村公路总里程达到350公里。', '农村公路总里程', 350, '公里', 'level'],
    ['新增设施蔬菜面积500亩。', '新增设施蔬菜面积', 500, '亩', 'cumulative'],
    ['油菜种植面积达到8000亩。', '油菜种植面积', 8000, '亩', 'cumulative'],
    ['造林面积达到800亩。', '造林面积', 800, '亩', 'cumulative'],
  ])('%s', atLeastOne);

  test('a size reached is built up over the year, not held', () => {
    expect(draft('设施蔬菜种植面积达到6500亩。').map((r) => [r.name, r.kind, r.hold])).toEqual([
      ['设施蔬菜种植面积', 'level', false],
    ]);
  });

  test('the draft holds the level and not the flow', () => {
    expect(
      draft('粮食播种面积稳定在6.5万亩，粮食产量稳定在1.25亿斤以上。').map((r) => [r.name, r.kind, r.hold]),
    ).toEqual([
      ['粮食播种面积', 'level', true],
      ['粮食产量', 'cumulative', false],
    ]);
  });
});

describe('rules found on passages of other reports', () => {
  const names = (text: string) => quantities(text).map((c) => [c.name, c.value, c.unit]);

  test('a sentence that turns from last year to 今年 keeps this year’s target, named by last year’s figure', () => {
    expect(names('2024年政府工作报告。2023年全镇共接待游客86万人次，今年力争突破100万人次。')).toEqual([
      ['接待游客', 100, '万人次'],
    ]);
  });

  test('a baseline alone (同比, 比上年) takes the figure before it as its subject; the name is its growth', () => {
    expect(names('完成农业总产值9亿元，比上年增长6%。')).toEqual([
      ['农业总产值', 9, '亿元'],
      ['农业总产值增长', 6, '%'],
    ]);
  });

  test('an investment after a count belongs to what is counted', () => {
    expect(names('力争引进项目6个，总投资不低于8亿元。')).toEqual([
      ['引进项目', 6, '个'],
      ['引进项目总投资', 8, '亿元'],
    ]);
  });

  test('a scope (涉及, 惠及) and a lead over others (高于全省平均水平) are not targets', () => {
    expect(names('改造农村危房40户、惠及群众150人。')).toEqual([['改造农村危房', 40, '户']]);
    expect(names('地区生产总值增长7%，高于全省平均水平1个百分点。')).toEqual([['地区生产总值增长', 7, '%']]);
    // 低于 right before its number is a bound, not a comparison.
    expect(names('城镇调查失业率低于5.5个百分点。')).toEqual([['城镇调查失业率', 5.5, '个百分点']]);
  });

  test('the examples before 等 are not the name: 春节、清明、国庆等重要节点', () => {
    expect(names('春节、清明、国庆等重要节点开展专项检查3次以上。')).toEqual([['重要节点开展专项检查', 3, '次']]);
  });

  test('counted units: 批次, 场次', () => {
    expect(names('全年开展食品抽检不少于300批次，举办招聘会12场次。')).toEqual([
      ['食品抽检', 300, '批次'],
      ['举办招聘会', 12, '场次'],
    ]);
  });

  test('a dated 完成 is a milestone whatever it finishes; 每季度 and 每半年 recur in their months', () => {
    const ms = extractTargets('9月底前完成镇村布局调整。每季度召开一次安全生产例会。每半年开展一次村务审计。').filter(
      (c) => c.kind === 'milestone',
    );
    expect(ms.map((c) => [c.name, c.deadlineMonth, c.recurring, c.reportMonths])).toEqual([
      ['完成镇村布局调整', 9, false, null],
      ['每季度召开一次安全生产例会', null, true, [3, 6, 9, 12]],
      ['每半年开展一次村务审计', null, true, [6, 12]],
    ]);
    expect(ms.map((c) => targetText(c))).toEqual(['9月底前', '每季度', '每半年']);
  });
});

describe('openers, seasons and steps', () => {
  test('目前 opening a sentence makes its figures the present state, but a dated step stays a milestone', () => {
    const all = extractTargets(
      '目前，全镇有家庭农场45家，各项目全面开工。目前，该镇正加快施工，200座户厕可望在9月中旬全部竣工。',
    );
    expect(all.map((c) => [c.kind, c.name, c.deadlineMonth])).toEqual([['milestone', '200座户厕全部竣工', 9]]);
  });

  test('春耕前 is taken as March with a note to check the local farm calendar', () => {
    const [m] = extractTargets('春耕前完成全镇灌溉渠道清淤任务。');
    expect([m.name, m.deadlineMonth, m.deadlineNote?.zh]).toEqual([
      '完成全镇灌溉渠道清淤任务',
      3,
      '春耕前：按3月计，各地农时不同，请核对',
    ]);
  });
});

describe('which drafted levels are held (judged 达标/未达标 every month) and which are built up', () => {
  test.each([
    ['生活垃圾无害化处理率达到90%以上。', '生活垃圾无害化处理率', true],
    ['城镇登记失业率控制在3.5%以内。', '城镇登记失业率', true],
    ['税收收入占比达到75%。', '税收收入占比', true],
    ['确保耕地保有量2.3万亩。', '耕地保有量', true],
    // A stock reached during the year is built up.
    ['年末生猪存栏达到1.5万头。', '生猪存栏', false],
  ])('%s', (text, name, hold) => {
    expect(draft(text).map((r) => [r.name, r.kind, r.hold])).toEqual([[name, 'level', hold]]);
  });
});

describe('a change from a starting figure, and a share reached', () => {
  test.each([
    // 由65.2% is where the year starts: no target, and the name is what changes.
    ['森林覆盖率由65.2%提高到66%。', '森林覆盖率', 66, '%', 'level'],
    ['粮食产量由1.1亿斤增加到1.2亿斤。', '粮食产量', 1.2, '亿斤', 'cumulative'],
    // A % reached with no growth in its words is a share of a state.
    ['集体经济收入10万元以上的村达到100%。', '村（集体经济收入10万元以上）', 100, '%', 'level'],
    ['地区生产总值增速达到7%。', '地区生产总值增速', 7, '%', 'rate'],
  ])('%s', atLeastOne);
});
