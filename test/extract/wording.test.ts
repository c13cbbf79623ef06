// Every wording of the issue, in sentences written for these tests (not the seed's): what the user
// sees is the candidate's name, value, max, unit, comparator, direction and suggested kind.
import { extractTargets, type Candidate } from '../../src/extract';

const quantities = (text: string) => extractTargets(text).filter((c) => c.kind === 'quantity');
const brief = (c: Candidate) => ({
  name: c.name,
  value: c.value,
  max: c.max,
  unit: c.unit,
  comparator: c.comparator,
  direction: c.direction,
  kind: c.suggestedKind,
});
const only = (text: string) => {
  const qs = quantities(text);
  expect(qs).toHaveLength(1);
  return brief(qs[0]);
};
const q = (
  name: string,
  value: number,
  unit: string,
  comparator = '>=',
  extra: Partial<ReturnType<typeof brief>> = {},
) => ({
  name,
  value,
  max: null,
  unit,
  comparator,
  direction: null,
  kind: 'cumulative',
  ...extra,
});

describe('at least: 以上, 不少于, 不低于, 突破, 力争', () => {
  test.each([
    ['全年新增市场主体800户以上。', q('新增市场主体', 800, '户')],
    ['新增市场主体不少于800户。', q('新增市场主体', 800, '户')],
    ['农业总产值不低于15亿元。', q('农业总产值', 15, '亿元')],
    ['一般公共预算收入突破1.2亿元。', q('一般公共预算收入', 1.2, '亿元')],
    ['力争招引亿元以上项目5个。', q('招引亿元以上项目', 5, '个')],
    ['力争培育省级龙头企业3家以上。', q('培育省级龙头企业', 3, '家')],
    // The resolve between the subject and its verb is not part of the name.
    ['全年财政总收入力争实现1.2亿元。', q('财政总收入', 1.2, '亿元')],
    ['乡村旅游接待游客达到50万人次以上。', q('乡村旅游接待游客', 50, '万人次')],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));
});

describe('doing N: 完成, 新建, 创建, 改造 N', () => {
  test.each([
    ['完成植树造林2000亩。', q('植树造林', 2000, '亩')],
    ['新建村组道路15公里。', q('新建村组道路', 15, '公里')],
    ['新建3座污水处理站。', q('新建污水处理站', 3, '座')],
    ['创建3个省级森林乡村。', q('省级森林乡村', 3, '个')],
    ['改造老旧小区12个。', q('改造老旧小区', 12, '个')],
    ['改造农村危房45户。', q('改造农村危房', 45, '户')],
    ['完成投资3.5亿元。', q('完成投资', 3.5, '亿元')],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));
});

describe('at most: 以内, 不超过, 控制在', () => {
  test.each([
    ['安全生产事故死亡人数控制在3人以内。', q('安全生产事故死亡人数', 3, '人', '<=')],
    ['政府性债务不超过8000万元。', q('政府性债务', 8000, '万元', '<=')],
    // A rate of a state (失业率) is a level held under its bound, not a growth rate.
    ['城镇调查失业率控制在5.5%以内。', q('城镇调查失业率', 5.5, '%', '<=', { kind: 'level' })],
    ['行政审批事项办理时限压缩至3个工作日以内。', q('行政审批事项办理时限', 3, '个工作日', '<=')],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));
});

describe('ranges: 2-3个, 1—2项, 2至3个, 2~3家', () => {
  test.each([
    ['引进2-3个工业项目。', { name: '引进工业项目', value: 2, max: 3, unit: '个' }],
    ['争取1—2项省级试点。', { name: '省级试点', value: 1, max: 2, unit: '项' }],
    ['新建2至3个村级光伏电站。', { name: '新建村级光伏电站', value: 2, max: 3, unit: '个' }],
    ['培育家庭农场5~8家。', { name: '培育家庭农场', value: 5, max: 8, unit: '家' }],
    ['新建两到三个冷链仓库。', { name: '新建冷链仓库', value: 2, max: 3, unit: '个' }],
  ])('%s', (text, expected) =>
    expect(only(text)).toEqual(expect.objectContaining({ ...expected, comparator: 'between' })),
  );

  test('"2-3个以上" is between 2 and 3: 以上 restates the floor of the range', () => {
    expect(only('再引进2-3个以上工业企业。')).toEqual(q('引进工业企业', 2, '个', 'between', { max: 3 }));
  });
});

describe('about, growth and decrease rates', () => {
  test.each([
    ['地区生产总值增长7%左右。', q('地区生产总值增长', 7, '%', 'approx', { kind: 'rate' })],
    ['规模以上工业增加值增长8.5%。', q('规模以上工业增加值增长', 8.5, '%', '>=', { kind: 'rate' })],
    ['外贸进出口总额增长10%以上。', q('外贸进出口总额增长', 10, '%', '>=', { kind: 'rate' })],
    ['单位GDP能耗下降2%以上。', q('单位GDP能耗下降', 2, '%', '>=', { kind: 'rate', direction: 'decrease' })],
    ['化肥使用量减少3%。', q('化肥使用量减少', 3, '%', '>=', { kind: 'rate', direction: 'decrease' })],
    ['主要污染物排放量降低5%。', q('主要污染物排放量降低', 5, '%', '>=', { kind: 'rate', direction: 'decrease' })],
    ['居民消费价格涨幅控制在3%左右。', q('居民消费价格涨幅', 3, '%', 'approx', { kind: 'rate' })],
    ['农村居民人均可支配收入增速达到8%。', q('农村居民人均可支配收入增速', 8, '%', '>=', { kind: 'rate' })],
    ['森林覆盖率提高0.5个百分点。', q('森林覆盖率提高', 0.5, '个百分点', '>=', { kind: 'rate' })],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));
});

describe('hold a level: 稳定在, 保持在', () => {
  test.each([
    ['粮食播种面积稳定在27万亩。', q('粮食播种面积', 27, '万亩', '>=', { kind: 'level' })],
    ['设施蔬菜面积保持在3000亩以上。', q('设施蔬菜面积', 3000, '亩', '>=', { kind: 'level' })],
    ['森林覆盖率稳定在76%以上。', q('森林覆盖率', 76, '%', '>=', { kind: 'level' })],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));

  test("产量 after 面积 in one sentence takes the first name's head: 粮食产量, a flow though 保持在", () => {
    expect(quantities('粮食播种面积稳定在27万亩，产量保持在1.25亿斤以上。').map(brief)).toEqual([
      q('粮食播种面积', 27, '万亩', '>=', { kind: 'level' }),
      q('粮食产量', 1.25, '亿斤'),
    ]);
  });
});

describe('paired targets: 分别增长a%、b%以上', () => {
  test('城乡居民收入 gives two rates, 城镇 and 农村, both at least', () => {
    const qs = quantities('城乡居民人均可支配收入分别增长7.5%、8.5%以上。');
    expect(qs.map(brief)).toEqual([
      q('城镇居民人均可支配收入增长', 7.5, '%', '>=', { kind: 'rate' }),
      q('农村居民人均可支配收入增长', 8.5, '%', '>=', { kind: 'rate' }),
    ]);
    expect(qs[0].source).toEqual(qs[1].source);
  });

  test('named subjects pair with their figures; the shared 左右 applies to both', () => {
    expect(quantities('规上工业增加值、固定资产投资分别增长8%和10%左右。').map(brief)).toEqual([
      q('规上工业增加值增长', 8, '%', 'approx', { kind: 'rate' }),
      q('固定资产投资增长', 10, '%', 'approx', { kind: 'rate' }),
    ]);
  });

  test('城镇、农村居民…: the shared tail completes the first name', () => {
    expect(quantities('城镇、农村居民人均可支配收入分别增长6%、7%。').map((c) => c.name)).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
  });
});

describe('numbers as written', () => {
  test.each([
    ['full-width digits', '新建１２个停车场。', q('新建停车场', 12, '个')],
    ['full-width decimal and percent', '财政收入增长６．５％。', q('财政收入增长', 6.5, '%', '>=', { kind: 'rate' })],
    ['一个', '新建一个农贸市场。', q('新建农贸市场', 1, '个')],
    ['两个', '创建两个省级示范村。', q('省级示范村', 2, '个')],
    ['三个', '抓好三个柑橘示范园。', q('柑橘示范园', 3, '个')],
    ['十二', '改建十二座桥梁。', q('改建桥梁', 12, '座')],
    ['千亩', '新增油茶林千亩以上。', q('新增油茶林', 1000, '亩')],
    // 造林 is a work of its own: the name needs no 完成 (a bare 投资 does: 完成投资).
    ['一万二千', '完成造林一万二千亩。', q('造林', 12000, '亩')],
    ['1.5千亩 keeps its scale in the unit', '完成造林1.5千亩。', q('造林', 1.5, '千亩')],
    ['两万亩 keeps its scale in the unit', '新建高标准农田两万亩。', q('新建高标准农田', 2, '万亩')],
    ['万亩', '粮食生产面积3.2万亩以上。', q('粮食生产面积', 3.2, '万亩')],
    ['亿斤', '粮食产量1.25亿斤以上。', q('粮食产量', 1.25, '亿斤')],
    ['万元', '实现村集体经济收入50万元以上。', q('村集体经济收入', 50, '万元')],
    ['多', '培育新型职业农民300多人。', q('培育新型职业农民', 300, '人')],
    ['余 before the scale', '争取上级资金3000余万元。', q('上级资金', 3000, '万元')],
  ])('%s: %s', (_label, text, expected) => expect(only(text)).toEqual(expected));
});

describe('qualifiers are not targets', () => {
  test('1个投资5000万元以上的项目: the target is 1 个', () => {
    expect(only('完成1个投资5000万元以上的招商项目。')).toEqual(q('招商项目（投资5000万元以上）', 1, '个'));
  });
  test('2个以上500亩示范基地: the target is 2 个', () => {
    expect(only('建设2个以上500亩蔬菜示范基地。')).toEqual(q('500亩蔬菜示范基地', 2, '个'));
  });
  test('a number before 的 describes its noun', () => {
    expect(quantities('支持年产值2000万元以上的企业技术改造。')).toEqual([]);
  });
  test("a count whose noun holds a growth target is that target's subject", () => {
    expect(quantities('扶持甲、乙等3家企业营收增长15%以上。').map(brief)).toEqual([
      q('3家企业营收增长', 15, '%', '>=', { kind: 'rate' }),
    ]);
  });
  test('"10亿元以上项目1个": the amount qualifies the project, the count is the target', () => {
    // The list's second item is signed too: the first item's verb carries (review3 W2).
    expect(quantities('签约亿元以上项目5个、10亿元以上项目1个。').map(brief)).toEqual([
      q('签约亿元以上项目', 5, '个'),
      q('签约10亿元以上项目', 1, '个'),
    ]);
  });
  test('"建成8公里A路和3公里B路" lists two targets', () => {
    expect(quantities('全面建成8公里滨河路和3公里环湖路。').map((c) => [c.name, c.value, c.unit])).toEqual([
      ['建成滨河路', 8, '公里'],
      ['建成环湖路', 3, '公里'],
    ]);
  });
  test('a list after one verb: 发展A2个、B1个', () => {
    expect(quantities('发展绿色食品2个、有机农产品1个。').map((c) => [c.name, c.value])).toEqual([
      ['绿色食品', 2],
      ['有机农产品', 1],
    ]);
  });
});

describe('more wordings of real reports', () => {
  test('a percentage range: 增长7%-8%', () => {
    expect(only('规上工业增加值增长7%-8%。')).toEqual({
      ...q('规上工业增加值增长', 7, '%', 'between', { kind: 'rate' }),
      max: 8,
    });
  });
  test('其中 marks a part of the target before it', () => {
    expect(
      quantities('建成高标准农田1.5万亩，其中高效节水灌溉0.3万亩。').map((c) => [c.name, c.value, c.unit]),
    ).toEqual([
      ['建成高标准农田', 1.5, '万亩'],
      ['高效节水灌溉', 0.3, '万亩'],
    ]);
  });
  test("an amount and its growth: the growth takes the amount's name", () => {
    expect(quantities('实现农业总产值45亿元，增长4%。').map((c) => [c.name, c.value, c.unit])).toEqual([
      ['农业总产值', 45, '亿元'],
      ['农业总产值增长', 4, '%'],
    ]);
  });
  test('确保…、力争…: the floor and the stretch restate the same figure: one row, both in its source', () => {
    // Three rows would count one indicator three times in the 汇总; the note keeps 确保 and 力争.
    expect(
      quantities('规上工业增加值增长8%，确保增长7%、力争达到9%。').map((c) => [c.name, c.value, c.source.text]),
    ).toEqual([['规上工业增加值增长', 8, '规上工业增加值增长8%，确保增长7%、力争达到9%']]);
  });
  test('a goal paragraph gates the figures after its colon', () => {
    expect(
      quantities('主要预期目标是：财政总收入2.5亿元；农民人均纯收入1.8万元。').map((c) => [c.name, c.value]),
    ).toEqual([
      ['财政总收入', 2.5],
      ['农民人均纯收入', 1.8],
    ]);
  });
  test('稳定 before the noun holds a level too; the next figure of the sentence borrows its head', () => {
    expect(quantities('稳定粮食播种面积6.5万亩，产量达到3.1万吨。').map(brief)).toEqual([
      q('粮食播种面积', 6.5, '万亩', '>=', { kind: 'level' }),
      q('粮食产量', 3.1, '万吨'),
    ]);
  });
  test('names keep their quotes whole and drop 全部 and 均', () => {
    expect(quantities('新增“专精特新”企业2家。村级集体经济收入均达到10万元。').map((c) => c.name)).toEqual([
      '新增“专精特新”企业',
      '村占比（村级集体经济收入10万元以上）',
    ]);
    expect(quantities('城乡居民收入年均增长8%。')[0].name).toBe('城乡居民收入年均增长');
  });
  test('"其中20万元以上的村达到8个": the amount qualifies what is counted', () => {
    expect(quantities('其中20万元以上的村达到8个。').map((c) => [c.name, c.value, c.unit])).toEqual([
      ['村（20万元以上）', 8, '个'],
    ]);
  });
  test('lines broken inside sentences (text copied from a PDF) still read as sentences', () => {
    const text =
      '二、2024年工作安排\n完成地区生产总值\n120\n亿元，增长\n5%\n；新增规上企业\n3家以上。\n1.新增市场主体800户\n2.新建村组道路15公里\n';
    expect(quantities(text).map((c) => [c.name, c.value, c.unit, c.comparator, c.section])).toEqual([
      ['地区生产总值', 120, '亿元', '>=', '2'],
      ['地区生产总值增长', 5, '%', '>=', '2'],
      ['新增规上企业', 3, '家', '>=', '2'],
      ['新增市场主体', 800, '户', '>=', '2'],
      ['新建村组道路', 15, '公里', '>=', '2'],
    ]);
    const rate = quantities(text)[1];
    expect(rate.source.text).toBe('增长\n5%');
  });
  test('"的" after a list of figures: they describe the project', () => {
    expect(quantities('推进总投资3亿元、占地200亩的智能制造产业园建设。')).toEqual([]);
  });
});

describe('numbers that are not targets', () => {
  test.each([
    ['years', '2023年是全面贯彻党的二十大精神的开局之年。'],
    ['二十大', '深入学习贯彻党的二十大精神。'],
    ['十四五', '实施“十四五”规划，落实十四五规划纲要。'],
    ['"1217"', '全面推动“1217”总体思路落地见效。'],
    ['1217 without quotes', '全面推动1217总体思路落地见效。'],
    ['三千行动', '以“三千行动”为载体，推进三千行动。'],
    ['四风', '驰而不息纠治“四风”，坚决纠治四风问题。'],
    ['五型', '提升“五型”政府建设质量，建设五型政府。'],
    ['5·20', '持续抓好“5·20”企业服务日，办好5·20企业服务日。'],
    ['520', '落实好“520”企业服务日。'],
    ['105国道', '开展105国道沿线环境整治。'],
    ['三年行动', '深入实施人居环境提升三年行动。'],
    ['ordinals', '第三季度召开第2次推进会，争创第一等工作。'],
    ['一是/二是', '一是抓项目，二是抓招商。'],
    ['slogans with counts', '坚定捍卫“两个确立”，做到两个维护，实现三个转向，增强四个意识。'],
    ['一户一档', '实现一户一档、一村一策。'],
    ['durations', '用3个月时间完成整治，开展百日攻坚。'],
    ['dates', '5月20日召开大会，3.15开展宣传。'],
    ['codes', '建设5G基站，PM2.5浓度下降，落实1+N政策，G105改造。'],
    ['past work', '去年新增规上企业5家，已建成标准厂房3万平方米。'],
    ['long-term goals', '2023年是开局之年。到2027年，地区生产总值达到200亿元。'],
    ['descriptions', '全镇辖12个行政村，总面积185平方公里。'],
    ['the present state', '目前全县拥有省级龙头企业12家，现有耕地3.5万亩。'],
    ['中央八项规定', '严格落实中央八项规定精神，守住两条底线。'],
  ])('%s', (_label, text) => {
    expect(quantities(text)).toEqual([]);
  });

  test('review sections (工作回顾) give no targets; the plan section does', () => {
    const report = [
      '一、2022年工作回顾',
      '过去一年，全镇完成地区生产总值30亿元，增长6%，新增规上企业4家。',
      '二、2023年工作安排',
      '新增规上企业3家以上。',
    ].join('\n');
    expect(quantities(report).map((c) => [c.section, c.name, c.value])).toEqual([['2', '新增规上企业', 3]]);
  });
});

describe('milestones', () => {
  const milestones = (text: string) =>
    extractTargets(text)
      .filter((c) => c.kind === 'milestone')
      .map((c) => [c.name, c.deadlineMonth]);

  test.each([
    ['确保3月底前完成征地拆迁。', [['完成征地拆迁', 3]]],
    [
      '确保顺利通过5月省级验收和9月国家验收。',
      [
        ['通过省级验收', 5],
        ['通过国家验收', 9],
      ],
    ],
    ['推进县人民医院项目年内竣工投入使用。', [['县人民医院项目竣工投入使用', 12]]],
    ['力争上半年开工建设物流园。', [['开工建设物流园', 6]]],
    // Without a time, a milestone is due at year end.
    ['创建国家卫生乡镇。', [['创建国家卫生乡镇', 12]]],
    [
      '新建敬老院、文化广场。',
      [
        ['新建敬老院', 12],
        ['新建文化广场', 12],
      ],
    ],
    ['完成第七次全国人口普查任务。', [['完成第七次全国人口普查任务', 12]]],
    ['加快镇卫生院的改扩建。', [['镇卫生院改扩建', 12]]],
  ])('%s', (text, expected) => expect(milestones(text)).toEqual(expected));

  test('two acceptances, each with its month before its 通过, are two milestones named with what passes', () => {
    expect(milestones('矿山生态修复项目确保3月通过省级验收、6月通过国家验收。')).toEqual([
      ['矿山生态修复项目通过省级验收', 3],
      ['矿山生态修复项目通过国家验收', 6],
    ]);
    // What passes is the target just before it in the sentence, without its verb.
    expect(milestones('建设高标准农田3000亩，确保6月通过县级验收、10月通过省级验收。')).toEqual([
      ['高标准农田通过县级验收', 6],
      ['高标准农田通过省级验收', 10],
    ]);
  });

  test('an acceptance without a subject takes the quoted campaign of its sentence', () => {
    expect(milestones('扎实开展“河道污染治理专项行动”，确保6月底前通过市级验收。')).toEqual([
      ['河道污染治理通过市级验收', 6],
    ]);
  });

  test('每月 makes a recurring milestone', () => {
    const [m] = extractTargets('坚持每月召开一次项目调度会。');
    expect(m).toMatchObject({
      kind: 'milestone',
      name: '坚持每月召开一次项目调度会',
      recurring: true,
      deadlineMonth: null,
    });
  });

  test('not milestones: wishes, finished work, plans and slogans', () => {
    expect(milestones('推动签约项目早落地、前期项目早开工、建设项目早投产。')).toEqual([]);
    expect(milestones('加强已通过验收项目的后续管护。')).toEqual([]);
    expect(milestones('谋划好体育公园建设。')).toEqual([]);
    expect(milestones('争创新时代第一等工作。')).toEqual([]);
  });
});
