// A 其中 part belongs to the figure right before it, counted in firms or households alike, and shares its
// verb of new things when it has none; a step named after its subject ("…6月底前开工建设，年底前建成投产")
// leaves the subject alone for the next step; a bare finish after a quantity ("力争9月底前全面完成")
// is when that quantity is due, not a milestone named 全面完成. Sentences written for these tests.
import { candidatesToPlan, extractTargets } from '../../src/extract';
import { targetText } from '../../src/extract/describe';

const rows = (text: string) =>
  extractTargets(text).map((c) => ({ kind: c.kind, name: c.name, target: targetText(c), source: c.source.text }));
const draft = (text: string) => candidatesToPlan(extractTargets(text), { year: 2024, unitName: '测试镇' }).indicators;

describe('其中 parts', () => {
  test('a part in 家 of a whole in 户 is that whole’s, not an earlier count in 家', () => {
    const plan = draft('2024年，新增规上工业企业3家，新增市场主体500户，其中企业80家。');
    const byName = (n: string) => plan.find((i) => i.name === n);
    expect(plan.map((i) => i.name)).toEqual(['新增规上工业企业', '新增市场主体', '新增企业']);
    expect(byName('新增企业')!.parent).toBe(byName('新增市场主体')!.code);
    expect(byName('新增规上工业企业')!.parent).toBeNull();
  });

  test('a part in 万元 of a whole in 亿元 is a part; a part with its own verb keeps its name', () => {
    const plan = draft('2024年，完成固定资产投资8亿元，其中工业投资5000万元。引进项目10个，其中新签约重大项目2个。');
    expect(plan.map((i) => [i.name, i.parent])).toEqual([
      ['固定资产投资', null],
      ['工业投资', plan[0].code],
      ['引进项目', null],
      ['新签约重大项目', plan[2].code],
    ]);
  });
});

describe('steps and finishes of the sentence before', () => {
  test('开工建设 then 建成投产: the second step is the subject’s, without 开工', () => {
    expect(rows('2024年，推动食品产业园二期6月底前开工建设，年底前建成投产。').map((r) => [r.name, r.target])).toEqual([
      ['食品产业园二期开工建设', '6月底前'],
      ['食品产业园二期建成投产', '12月底前'],
    ]);
  });

  test('a bare 全面完成 with a month dates the quantity before it; its 序时 runs to that month', () => {
    expect(rows('2024年，完成10个村人居环境整治，力争9月底前全面完成。')).toEqual([
      {
        kind: 'quantity',
        name: '村人居环境整治',
        target: '10个以上（9月底前）',
        source: '完成10个村人居环境整治，力争9月底前全面完成',
      },
    ]);
    const [row] = draft('2024年，完成10个村人居环境整治，力争9月底前全面完成。');
    expect([row.kind, row.deadlineMonth]).toEqual(['cumulative', 9]);
  });

  test('年底前全部建成 after a count is no milestone named 全部建成', () => {
    expect(rows('2024年，新建村级养老服务站4个，年底前全部建成。').map((r) => [r.kind, r.name, r.target])).toEqual([
      ['quantity', '新建村级养老服务站', '4个以上'],
    ]);
  });

  test('a finish with its own object stays a milestone', () => {
    expect(rows('2024年，新建村级养老服务站4个，6月底前完成集镇污水管网改造。').map((r) => [r.kind, r.name])).toEqual([
      ['quantity', '新建村级养老服务站'],
      ['milestone', '完成集镇污水管网改造'],
    ]);
  });
});

describe('names along a list', () => {
  test.each([
    // A parallel subject takes the measure after the first one's.
    ['全年完成早稻种植面积1.2万亩、晚稻1.5万亩。', ['早稻种植面积', '晚稻种植面积']],
    // A measure noun still takes the subject before it.
    ['粮食生产面积3.2万亩以上、产量1.25亿斤以上。', ['粮食生产面积', '粮食产量']],
    // Verbs listed before the named one are part of the name.
    ['新建、改扩建学校2所。', ['新建、改扩建学校']],
    // A verb alone works on the object before it; a work of its own (造林) stays itself.
    ['新建高标准农田1500亩、改造提升800亩。', ['新建高标准农田', '改造提升高标准农田']],
    ['新造油茶林800亩、造林500亩。', ['新造油茶林', '造林']],
  ])('%s', (text, names) => {
    expect(rows(`2025年，${text}`).map((r) => r.name)).toEqual(names);
  });

  test('a dated acceptance after an undated factory building is that building’s', () => {
    expect(
      rows('2025年，加快推进金山工业园标准厂房建设，确保8月底前竣工验收。').map((r) => [r.name, r.target]),
    ).toEqual([['金山工业园标准厂房竣工验收', '8月底前']]);
  });
});

test('villages meeting a bar, 达到12个, are a level built up (存量), not a flow added to each month', () => {
  const [row] = draft('2025年，村集体经济收入10万元以上的村达到12个。');
  expect([row.name, row.kind, row.value, row.unit]).toEqual(['村（村集体经济收入10万元以上）', 'level', 12, '个']);
});

test('a qualifier with 超 is kept as one with 以上: 项目（引进投资超5000万元）, not 项目（5000万元）', () => {
  expect(rows('2025年，力争引进投资超5000万元的项目三个以上。').map((r) => [r.name, r.target])).toEqual([
    ['项目（引进投资超5000万元）', '3个以上'],
  ]);
});
