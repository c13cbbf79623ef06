// Review3 W1, W2, W3, W12: dated tasks whatever their object, subjects carried from the clause before,
// deadlines out of names, 翻番 and per-output units, and the kinds that follow from the name. Each test
// asserts what the statistician sees in the review list and in the drafted 指标库 row: name, kind,
// value, unit, comparator, due month, reporting months. Sentences written for these tests.
import { candidatesToPlan, extractTargets, type Candidate } from '../../src/extract';
import { targetText } from '../../src/extract/describe';
import { unitScale } from '../../src/plan/units';

const milestones = (text: string) => extractTargets(text).filter((c) => c.kind === 'milestone');
const quantities = (text: string) => extractTargets(text).filter((c) => c.kind === 'quantity');
const figure = (c: Candidate) => ({
  name: c.name,
  kind: c.suggestedKind,
  value: c.value,
  unit: c.unit,
  comparator: c.comparator,
  due: c.deadlineMonth,
  months: c.reportMonths ?? null,
});
const f = (
  name: string,
  kind: string,
  value: number,
  unit: string,
  comparator = '>=',
  due: number | null = null,
  months: number[] | null = null,
) => ({ name, kind, value, unit, comparator, due, months });
const draft = (text: string) => candidatesToPlan(extractTargets(text), { year: 2025, unitName: '测试镇' }).indicators;

describe('W1: a dated 完成… is a milestone whatever it finishes', () => {
  test.each([
    ['三季度完成红岩村乡村振兴示范村创建。', '完成红岩村乡村振兴示范村创建', 9],
    ['上半年完成青石村示范村创建。', '完成青石村示范村创建', 6],
    // 创建工作: the trailing 工作 no longer makes the object vague.
    ['10月底前完成青石村美丽乡村示范村创建工作。', '完成青石村美丽乡村示范村创建工作', 10],
    ['年底前全面完成国家卫生乡镇创建工作。', '完成国家卫生乡镇创建工作', 12],
    ['三季度前完成村规民约修订工作。', '完成村规民约修订工作', 9],
    ['9月底前完成秋粮收储。', '完成秋粮收储', 9],
    ['4月底前完成早稻插秧。', '完成早稻插秧', 4],
    ['11月底前完成冬季森林防火准备。', '完成冬季森林防火准备', 11],
    ['7月底前完成村级财务审计。', '完成村级财务审计', 7],
    // Without a date, 创建 is a task's object like 建设 or 改造: due at year end.
    ['完成示范村创建。', '完成示范村创建', 12],
  ])('%s', (text, name, month) => {
    expect(milestones(text).map((c) => [c.name, c.deadlineMonth, c.recurring])).toEqual([[name, month, false]]);
  });

  test('two dated tasks in one sentence: 春耕备耕 by March, 小春收获 by June', () => {
    expect(milestones('确保3月底前完成春耕备耕，6月底前完成小春收获。').map((c) => [c.name, targetText(c)])).toEqual([
      ['完成春耕备耕', '3月底前'],
      ['完成小春收获', '6月底前'],
    ]);
  });

  test('a deadline with any verb is a task: 落实, 实现, 开展', () => {
    expect(
      milestones('5月底前落实防汛责任。6月底前实现集镇污水管网全覆盖。一季度全镇开展春季攻势。').map((c) => [
        c.name,
        c.deadlineMonth,
      ]),
    ).toEqual([
      ['落实防汛责任', 5],
      ['集镇污水管网全覆盖', 6],
      ['开展春季攻势', 3],
    ]);
  });

  test('a time in a clause of its own dates the clause after it, and the source shows it', () => {
    const ms = milestones('9月底前，完成秋粮收储。力争到年底，全面完成村庄规划编制。二季度末，实现集镇雨污分流。');
    expect(ms.map((c) => [c.name, c.deadlineMonth, c.source.text])).toEqual([
      ['完成秋粮收储', 9, '9月底前，完成秋粮收储'],
      ['完成村庄规划编制', 12, '力争到年底，全面完成村庄规划编制'],
      ['实现集镇雨污分流', 6, '二季度末，实现集镇雨污分流'],
    ]);
  });

  test('before 国庆 is September, with a note to check', () => {
    const [m] = milestones('国庆节前完成集镇风貌打造。');
    expect([m.name, m.deadlineMonth, m.deadlineNote?.zh]).toEqual([
      '完成集镇风貌打造',
      9,
      '国庆节前：按9月底计，请核对',
    ]);
  });

  test('a date does not make a vague object a task', () => {
    expect(extractTargets('年底前完成全年目标任务。9月底前完成各项工作。')).toEqual([]);
  });

  test('the drafted row is a milestone due in its month', () => {
    expect(draft('三季度完成红岩村乡村振兴示范村创建。').map((i) => [i.name, i.kind, i.deadlineMonth])).toEqual([
      ['完成红岩村乡村振兴示范村创建', 'milestone', 9],
    ]);
  });
});

describe('W2: the subject of the clause before, 按季度, 全年, a list’s verb, 同比', () => {
  test('居民人均可支配收入按季度监测，全年增长7%左右: named with its subject, reported quarterly', () => {
    const text = '居民人均可支配收入按季度监测，全年增长7%左右。';
    const [c] = quantities(text);
    expect(figure(c)).toEqual(f('居民人均可支配收入增长', 'rate', 7, '%', 'approx', null, [3, 6, 9, 12]));
    expect(c.source.text).toBe('居民人均可支配收入按季度监测，全年增长7%左右');
    expect(targetText(c)).toBe('增长7%左右（每季度报送）');
    const [row] = draft(text);
    expect([row.name, row.kind, row.value, row.reportMonths, row.note]).toEqual([
      '居民人均可支配收入增长',
      'rate',
      7,
      [3, 6, 9, 12],
      '居民人均可支配收入按季度监测，全年增长7%左右',
    ]);
  });

  test.each([
    ['居民人均可支配收入全年增长7%左右。', f('居民人均可支配收入增长', 'rate', 7, '%', 'approx')],
    // Other subjects, other predicates in the clause before.
    ['规上工业增加值稳中有进，全年增长8%。', f('规上工业增加值增长', 'rate', 8, '%')],
    [
      '社会消费品零售总额按季调度，同比增长9%以上。',
      f('社会消费品零售总额增长', 'rate', 9, '%', '>=', null, [3, 6, 9, 12]),
    ],
    // The baseline is every growth rate's: the name reads as the report's sentence will.
    ['一般公共预算收入同比增长5%。', f('一般公共预算收入增长', 'rate', 5, '%')],
  ])('%s', (text, expected) => {
    expect(quantities(text).map(figure)).toEqual([expected]);
  });

  test('招商引资到位资金…，同比增长10%以上: the growth of the figure before it', () => {
    expect(quantities('招商引资到位资金力争完成2.5亿元，同比增长10%以上。').map(figure)).toEqual([
      f('招商引资到位资金', 'cumulative', 2.5, '亿元'),
      f('招商引资到位资金增长', 'rate', 10, '%'),
    ]);
  });

  test('新培育家庭农场15户、农民专业合作社8个: the second item keeps the verb', () => {
    expect(quantities('新培育家庭农场15户、农民专业合作社8个。').map(figure)).toEqual([
      f('新培育家庭农场', 'cumulative', 15, '户'),
      f('新培育农民专业合作社', 'cumulative', 8, '个'),
    ]);
    // A list whose first item is named without a counting verb lends none.
    expect(quantities('粮食播种面积5万亩、油料种植面积8000亩。').map((c) => c.name)).toEqual([
      '粮食播种面积',
      '油料种植面积',
    ]);
  });

  test('完成投资 after a clause naming its project is that project’s investment', () => {
    expect(quantities('上半年启动龙溪河综合治理项目，年内完成投资1200万元。').map(figure)).toEqual([
      f('龙溪河综合治理项目完成投资', 'cumulative', 1200, '万元'),
    ]);
  });
});

describe('W3: a deadline before a level is its due month, not its name', () => {
  test.each([
    ['年底前实现污水处理率达到90%以上。', f('污水处理率', 'level', 90, '%', '>=', 12)],
    ['力争年底前城乡环卫一体化覆盖率达到95%。', f('城乡环卫一体化覆盖率', 'level', 95, '%', '>=', 12)],
    ['6月底前农村集中供水率达到98%以上。', f('农村集中供水率', 'level', 98, '%', '>=', 6)],
  ])('%s', (text, expected) => {
    expect(quantities(text).map(figure)).toEqual([expected]);
  });

  test('the drafted row: 污水处理率, a level held, due in December', () => {
    expect(
      draft('年底前实现污水处理率达到90%以上。').map((i) => [i.name, i.kind, i.value, i.unit, i.hold, i.deadlineMonth]),
    ).toEqual([['污水处理率', 'level', 90, '%', true, 12]]);
  });
});

describe('W12: tasks on a cycle, 翻番, flows held, stocks, ‰ rates of a state, energy per output', () => {
  test('每季度/每半年 tasks recur in their months, as 每月 ones do every month', () => {
    const text = '每季度开展一次矛盾纠纷排查。每半年开展一次消防演练。每月召开一次安全生产例会。';
    expect(
      milestones(text).map((c) => [c.name, c.recurring, c.deadlineMonth, c.reportMonths ?? null, targetText(c)]),
    ).toEqual([
      ['每季度开展一次矛盾纠纷排查', true, null, [3, 6, 9, 12], '每季度'],
      ['每半年开展一次消防演练', true, null, [6, 12], '每半年'],
      ['每月召开一次安全生产例会', true, null, null, '每月'],
    ]);
    expect(draft(text).map((i) => [i.kind, i.recurring, i.reportMonths])).toEqual([
      ['milestone', true, [3, 6, 9, 12]],
      ['milestone', true, [6, 12]],
      ['milestone', true, null],
    ]);
  });

  test.each([
    ['规上工业企业总产值实现翻番。', f('规上工业企业总产值增长', 'rate', 100, '%')],
    ['全镇农村居民人均可支配收入力争翻一番。', f('农村居民人均可支配收入增长', 'rate', 100, '%')],
    ['村集体经济收入比上年翻番。', f('村集体经济收入增长', 'rate', 100, '%')],
    ['特色产业产值翻两番。', f('特色产业产值增长', 'rate', 300, '%')],
  ])('翻番 is growth: %s', (text, expected) => {
    expect(quantities(text).map(figure)).toEqual([expected]);
  });

  test('a doubling of the past is no target', () => {
    expect(extractTargets('去年产值实现了翻番。')).toEqual([]);
  });

  test.each([
    // 出栏 and 产量 are the year's totals, reported as they come in, whatever the comparator.
    ['生猪出栏稳定在3.5万头左右。', f('生猪出栏', 'cumulative', 3.5, '万头', 'approx'), false],
    ['粮食总产量保持在1.25万吨以上。', f('粮食总产量', 'cumulative', 1.25, '万吨'), false],
    // 存栏 and 保有量 are held at a moment: levels.
    ['生猪存栏稳定在2万头左右。', f('生猪存栏', 'level', 2, '万头', 'approx'), true],
    ['耕地保有量不低于2.3万亩。', f('耕地保有量', 'level', 2.3, '万亩'), true],
    // A ‰ rate of a state under a bound: an at-most level, not growth.
    ['人口自然增长率控制在5‰以内。', f('人口自然增长率', 'level', 5, '‰', '<='), true],
    ['森林火灾受害率控制在0.9‰以下。', f('森林火灾受害率', 'level', 0.9, '‰', '<='), true],
    // Energy per 万元 of output: the unit says per what.
    ['万元GDP能耗降低到0.45吨标煤以下。', f('万元GDP能耗', 'level', 0.45, '吨标煤/万元', '<='), false],
    [
      '单位地区生产总值能耗控制在0.5吨标准煤以内。',
      f('单位地区生产总值能耗', 'level', 0.5, '吨标准煤/万元', '<='),
      false,
    ],
  ])('%s', (text, expected, hold) => {
    expect(quantities(text).map(figure)).toEqual([expected]);
    const [row] = draft(text);
    expect([row.kind, row.hold, row.direction]).toEqual([expected.kind, hold, null]);
  });

  test('完成造林1.5千亩 is 1.5 in 千亩, that is 1500亩', () => {
    const [c] = quantities('完成造林1.5千亩。');
    expect(figure(c)).toEqual(f('造林', 'cumulative', 1.5, '千亩'));
    expect(c.value! * unitScale(c.unit).scale).toBe(1500);
    expect(unitScale(c.unit).base).toBe('亩');
  });
});
