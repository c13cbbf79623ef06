// The wordings of issue 16, in sentences written for these tests: counted objects either side of the
// number, enumerations, rates of a state, counting forms, text noise, milestones without a month and
// times read as months. What the user sees: name, value, max, unit, comparator, kind, month.
import { extractTargets, type Candidate } from '../../src/extract';

const quantities = (text: string) => extractTargets(text).filter((c) => c.kind === 'quantity');
const milestones = (text: string) => extractTargets(text).filter((c) => c.kind === 'milestone');
const brief = (c: Candidate) => [c.name, c.value, c.max, c.unit, c.comparator, c.suggestedKind];
const only = (text: string) => {
  const qs = quantities(text);
  expect(qs.map(brief)).toHaveLength(1);
  return brief(qs[0]);
};

describe('object, then number and measure word', () => {
  test.each([
    ['今年新打机井30眼。', ['新打机井', 30, null, '眼', '>=', 'cumulative']],
    ['年内安装路灯500盏。', ['安装路灯', 500, null, '盏', '>=', 'cumulative']],
    ['铺设供水管网12公里。', ['铺设供水管网', 12, null, '公里', '>=', 'cumulative']],
    ['改造供热管线8000米。', ['改造供热管线', 8000, null, '米', '>=', 'cumulative']],
    ['更换老旧水表600只。', ['更换老旧水表', 600, null, '只', '>=', 'cumulative']],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));

  test('a list of such clauses after a target: every item counts, 万方 included', () => {
    const qs = quantities('计划投入资金300万元，清理河道15公里，完成土方2.5万方，维修涵闸12处。');
    expect(qs.map((c) => [c.value, c.unit])).toEqual([
      [300, '万元'],
      [15, '公里'],
      [2.5, '万方'],
      [12, '处'],
    ]);
    expect(qs[1].name).toBe('清理河道');
  });

  test('方面 and 道路 after a number are nouns, not 方 and 道', () => {
    expect(quantities('从3方面推进改革，打通2道路口。')).toEqual([]);
  });
});

describe('number and measure word, then object', () => {
  test.each([
    ['建成2座口袋公园。', ['建成口袋公园', 2, null, '座', '>=', 'cumulative']],
    ['新建4万亩高标准农田。', ['新建高标准农田', 4, null, '万亩', '>=', 'cumulative']],
    ['推进32个重点项目。', ['推进重点项目', 32, null, '个', '>=', 'cumulative']],
    ['打通3条断头路。', ['打通断头路', 3, null, '条', '>=', 'cumulative']],
    ['创建6个A级景区。', ['A级景区', 6, null, '个', '>=', 'cumulative']],
    // The verb governs the count past a qualifier of the counted thing.
    ['年内实施总投资12亿元的40项城建工程。', ['城建工程', 40, null, '项', '>=', 'cumulative']],
    ['对东干渠、西干渠等6条共计9.5公里渠道进行清淤。', ['渠道清淤', 9.5, null, '公里', '>=', 'cumulative']],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));
});

describe('enumerations with a count', () => {
  test.each([
    ['推动东方新材、宏达电子、绿源食品等5个项目开工建设。', ['项目开工建设', 5, null, '个', '>=', 'cumulative']],
    ['做好城东污水厂、北环路等7个项目前期工作。', ['项目前期工作', 7, null, '个', '>=', 'cumulative']],
  ])('%s', (text, expected) => {
    expect(only(text)).toEqual(expected);
    expect(milestones(text)).toEqual([]);
  });
});

describe('rates of a state are levels in %', () => {
  test.each([
    ['生活垃圾无害化处理率达到95%。', ['生活垃圾无害化处理率', 95, null, '%', '>=', 'level']],
    ['农村卫生户厕普及率100%。', ['农村卫生户厕普及率', 100, null, '%', '>=', 'level']],
    ['医保参保率保持在98%以上。', ['医保参保率', 98, null, '%', '>=', 'level']],
    // A growth rate stays a rate.
    ['工业增加值增长率达到8%。', ['工业增加值增长率', 8, null, '%', '>=', 'rate']],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));
});

describe('counting forms', () => {
  test.each([
    ['每个村至少有1名专职调解员。', ['专职调解员', 1, null, '名', '>=', 'cumulative']],
    ['填补两项技术空白。', ['填补技术空白', 2, null, '项', '>=', 'cumulative']],
    ['引进三家农产品加工企业。', ['引进农产品加工企业', 3, null, '家', '>=', 'cumulative']],
    ['推动两个招商项目落地。', ['推动招商项目落地', 2, null, '个', '>=', 'cumulative']],
    ['建成三处文化广场。', ['建成文化广场', 3, null, '处', '>=', 'cumulative']],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));

  test('numbered slogans are not counts: 两个维护, 四个意识, 三项制度改革', () => {
    expect(quantities('做到两个维护，增强四个意识，深化三项制度改革。')).toEqual([]);
  });

  test('实现零的突破 is a milestone', () => {
    expect(milestones('实现省级龙头企业零的突破。').map((c) => [c.name, c.deadlineMonth])).toEqual([
      ['省级龙头企业零的突破', 12],
    ]);
  });
});

describe('text noise', () => {
  test.each([
    ['新增规上企业3家[12]以上。', ['新增规上企业', 3, null, '家', '>=', 'cumulative']],
    ['新增规上企业3家［12］以上。', ['新增规上企业', 3, null, '家', '>=', 'cumulative']],
    ['引进②优质项目5个。', ['引进优质项目', 5, null, '个', '>=', 'cumulative']],
    ['新造油茶林¹²800亩。', ['新造油茶林', 800, null, '亩', '>=', 'cumulative']],
    ['培育“专精特新”企业4家。', ['培育“专精特新”企业', 4, null, '家', '>=', 'cumulative']],
    ['培育【专精特新】企业4家。', ['培育【专精特新】企业', 4, null, '家', '>=', 'cumulative']],
  ])('%s', (text, expected) => expect(only(text)).toEqual(expected));

  test('a line break inside a sentence (text pasted from a PDF) joins it', () => {
    const qs = quantities('全年完成地区生产总值\n18.5亿元，增长\n6%以上。');
    expect(qs.map(brief)).toEqual([
      ['地区生产总值', 18.5, null, '亿元', '>=', 'cumulative'],
      ['地区生产总值增长', 6, null, '%', '>=', 'rate'],
    ]);
  });
});

describe('milestones without a month are due at year end', () => {
  test.each([
    ['编制完成全镇国土空间规划。', '编制完成全镇国土空间规划'],
    ['修编集镇控制性详细规划。', '修编集镇控制性详细规划'],
    ['启动镇卫生院迁建工程。', '启动镇卫生院迁建工程'],
    ['高质量完成第五次全国经济普查。', '完成第五次全国经济普查'],
    ['开展首届农民丰收节厨艺大赛。', '开展首届农民丰收节厨艺大赛'],
    ['制定镇级权责清单。', '制定镇级权责清单'],
    ['争取认定为省级森林乡镇。', '争取认定为省级森林乡镇'],
    ['打造成为全省乡村振兴试点。', '打造成为全省乡村振兴试点'],
    ['创建美丽乡村示范村。', '创建美丽乡村示范村'],
    ['完成集镇主街道改造提升。', '完成集镇主街道改造提升'],
    ['新建党群服务中心动工建设。', '新建党群服务中心动工建设'],
    ['开展第三次全国土壤普查。', '开展第三次全国土壤普查'],
    ['完成外业调查。', '完成外业调查'],
  ])('%s', (text, name) => {
    expect(milestones(text).map((c) => [c.name, c.deadlineMonth])).toEqual([[name, 12]]);
  });

  test('places listed before one facility share it', () => {
    expect(milestones('建成东岭、西坪、南村茶叶加工基地。').map((c) => c.name)).toEqual([
      '建成东岭茶叶加工基地',
      '建成西坪茶叶加工基地',
      '建成南村茶叶加工基地',
    ]);
  });

  test('an honour list gives one milestone per title', () => {
    expect(milestones('争创国家园林县城、全省文明城市。').map((c) => c.name)).toEqual([
      '争创国家园林县城',
      '争创全省文明城市',
    ]);
  });

  test('a project list item takes the project its sentence names; another year is not this plan', () => {
    const text =
      '（二）蔬菜冷链项目：该项目位于东村，预计2023年12月开工建设，2024年4月竣工。\n（三）农机库项目：预计2024年2月开工建设。';
    expect(milestones(text).map((c) => [c.name, c.deadlineMonth])).toEqual([
      ['蔬菜冷链项目竣工', 4],
      ['农机库项目开工建设', 2],
    ]);
  });

  test('a task after the subject and the time: 该镇计划3月中旬全部完成筹资任务', () => {
    expect(milestones('该镇计划3月中旬全部完成筹资任务。').map((c) => [c.name, c.deadlineMonth])).toEqual([
      ['完成筹资任务', 3],
    ]);
  });

  test('已 after the milestone verb describes its object', () => {
    expect(milestones('完成园区已征用地块整体设计。').map((c) => c.name)).toEqual(['完成园区已征用地块整体设计']);
    expect(milestones('已完成园区整体设计。')).toEqual([]);
  });
});

describe('times as months', () => {
  test.each([
    ['上半年完成老旧小区改造。', 6],
    ['一季度完成河道清淤。', 3],
    ['第一季度末完成河道清淤。', 3],
    ['三季度完成河道清淤。', 9],
    ['年中完成污水管网铺设。', 6],
    ['年底前完成集镇提升改造。', 12],
    ['年内完成集镇提升改造。', 12],
    ['9月底前完成道路建设。', 9],
    ['6月份完成村级换届。', 6],
    ['十月底前完成道路建设。', 10],
  ])('%s', (text, month) => {
    const [m] = milestones(text);
    expect(m.deadlineMonth).toBe(month);
    expect(m.deadlineNote).toBeNull();
  });

  test('汛期前 is May, with a note saying it is an assumption', () => {
    const [m] = milestones('汛期前完成水库除险加固。');
    expect(m).toMatchObject({ name: '完成水库除险加固', deadlineMonth: 5 });
    expect(m.deadlineNote?.zh).toContain('汛期前：按5月计');
  });

  test('春节前 is the festival month of the report year, with a note', () => {
    const [m2024] = milestones('2024年是关键之年。春节前完成农民工工资清欠。');
    expect(m2024).toMatchObject({ deadlineMonth: 2 });
    expect(m2024.deadlineNote?.zh).toContain('2024年春节为2月10日');
    const [m2025] = milestones('2025年是关键之年。春节前完成农民工工资清欠。');
    expect(m2025).toMatchObject({ deadlineMonth: 1 });
    const [unknown] = milestones('春节前完成农民工工资清欠。');
    expect(unknown).toMatchObject({ deadlineMonth: 2 });
    expect(unknown.deadlineNote?.zh).toContain('按2月计');
  });

  test('a figure takes a month or a season, not a year-end word', () => {
    expect(quantities('上半年新建村组道路8公里。')[0].deadlineMonth).toBe(6);
    expect(quantities('6月底前新建村组道路8公里。')[0].deadlineMonth).toBe(6);
    expect(quantities('年内新建村组道路8公里。')[0].deadlineMonth).toBeNull();
  });
});

describe('其中 rows and their whole', () => {
  test('a 其中 count points at the count it is part of', () => {
    const [whole, part] = quantities('全年力争新签约亿元以上项目10个，其中5亿元以上项目2个。');
    expect([whole.value, part.value, part.partOf]).toEqual([10, 2, whole.source.start]);
  });

  test('a 其中 figure points at the figure it is part of', () => {
    const [whole, part] = quantities('全年完成固定资产投资8亿元，其中工业投资5亿元。');
    expect([whole.name, whole.value, whole.partOf]).toEqual(['固定资产投资', 8, null]);
    expect([part.name, part.value, part.partOf]).toEqual(['工业投资', 5, whole.source.start]);
  });
});
