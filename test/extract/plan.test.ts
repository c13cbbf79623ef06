import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidatesToPlan, detectSections, detectUnitName, extractTargets, type Candidate } from '../../src/extract';
import { parsePlan, planToJson } from '../../src/plan';

const seed = readFileSync(join(__dirname, '../../seeds/xiaojiang-2023/work-report.txt'), 'utf8');
const titles = Object.fromEntries(detectSections(seed).map((s) => [s.id, s.title]));
const plan = candidatesToPlan(extractTargets(seed), { year: 2023, unitName: '信丰县小江镇', sectionTitles: titles });

describe('candidatesToPlan on the seed report', () => {
  test('parsePlan accepts the draft as written to a file', () => {
    const r = parsePlan(JSON.parse(planToJson(plan)));
    expect(r.ok).toBe(true);
  });

  test('sections follow the report headings with their titles', () => {
    expect(plan.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(plan.sections[1].title).toBe('坚持不懈推进乡村振兴，开创“三农”工作新局面');
    expect(plan.title).toBe('信丰县小江镇2023年目标任务（草稿）');
  });

  test('codes are S<section>-NN for figures and S<section>-MNN for milestones, in report order', () => {
    expect(plan.indicators.filter((i) => i.section === '1').map((i) => [i.code, i.name])).toEqual([
      ['S1-M01', '党政主要领导每月外出招大引强'],
      ['S1-01', '引进上市企业'],
      ['S1-02', '引进优质工业项目'],
      ['S1-03', '引进工业企业'],
      ['S1-M02', '县重点项目江西鑫梓航、粤嘉科技项目竣工投产并入规'],
      ['S1-M03', '广晟钙业等规上企业实现技改升级'],
      ['S1-04', '5家规上企业营收增加'],
      ['S1-05', '新增规上企业'],
    ]);
    expect(new Set(plan.indicators.map((i) => i.code)).size).toBe(plan.indicators.length);
  });

  test('kinds: rates, cumulative figures, ranges, recurring and dated milestones', () => {
    const by = (name: string) => plan.indicators.find((i) => i.name === name)!;
    expect(by('5家规上企业营收增加')).toMatchObject({ kind: 'rate', unit: '%', value: 20, direction: 'increase' });
    expect(by('粮食生产面积')).toMatchObject({ kind: 'cumulative', unit: '万亩', value: 3.2, comparator: '>=' });
    expect(by('引进优质工业项目')).toMatchObject({ comparator: 'between', value: 2, max: 3 });
    expect(by('党政主要领导每月外出招大引强')).toMatchObject({
      kind: 'milestone',
      recurring: true,
      deadlineMonth: null,
    });
    expect(by('矿山生态修复通过国家验收')).toMatchObject({
      kind: 'milestone',
      value: null,
      unit: '',
      deadlineMonth: 6,
    });
    expect(by('民生实事').note).toBe('完成内江村桐木湾小组水陂改造、下围村大坑子水库新建电灌站等24件民生实事');
  });
});

describe('candidatesToPlan on other candidates', () => {
  const quantity = (over: Partial<Candidate>): Candidate => ({
    kind: 'quantity',
    name: '地区生产总值增长',
    section: null,
    value: 7,
    max: null,
    unit: '%',
    comparator: 'approx',
    direction: null,
    deadlineMonth: null,
    deadlineNote: null,
    partOf: null,
    recurring: false,
    suggestedKind: 'rate',
    source: { start: 0, end: 12, text: '地区生产总值增长7%左右' },
    ...over,
  });

  test('about (左右) gets the default tolerance ±5%; a decrease rate keeps its direction', () => {
    const p = candidatesToPlan(
      [quantity({}), quantity({ name: '能耗下降', value: 2, comparator: '>=', direction: 'decrease' })],
      { year: 2024, unitName: '某县' },
    );
    expect(p.sections).toEqual([{ id: '0', title: '主要预期目标' }]);
    expect(p.indicators.map((i) => [i.code, i.comparator, i.tolerance, i.direction])).toEqual([
      ['S0-01', 'approx', 0.05, 'increase'],
      ['S0-02', '>=', null, 'decrease'],
    ]);
  });

  test('no candidates still gives a valid plan with the report sections', () => {
    const p = candidatesToPlan([], { year: 2024, unitName: '某镇', sectionTitles: { '1': '抓项目', '2': '促振兴' } });
    expect(p.sections).toEqual([
      { id: '1', title: '抓项目' },
      { id: '2', title: '促振兴' },
    ]);
    expect(p.indicators).toEqual([]);
  });

  test('a year or unit name the plan cannot hold is refused in Chinese and English', () => {
    expect(() => candidatesToPlan([], { year: 1999, unitName: '某镇' })).toThrow(
      '年度应为2000-2100之间的整数，收到 1999 / a year must be a whole number from 2000 to 2100, got 1999',
    );
    expect(() => candidatesToPlan([], { year: 2024, unitName: '  ' })).toThrow('单位名称应为1-60个字');
  });
});

describe('draft plan from issue 16 wordings', () => {
  const text =
    '现在，我代表木洞镇人民政府向大会报告工作。2024年是关键之年。全年完成固定资产投资8亿元，其中工业投资5亿元。汛期前完成水库除险加固。';

  test('the unit name comes from the report: 我代表木洞镇人民政府 -> 木洞镇', () => {
    expect(detectUnitName(text)).toBe('木洞镇');
    expect(detectUnitName('重庆市巴南区木洞镇人民政府关于印发2024年政府工作报告的通知')).toBe('重庆市巴南区木洞镇');
    expect(detectUnitName('在县委、县人民政府的领导下')).toBeNull();
    expect(detectUnitName('各位代表：')).toBeNull();
    // No 人民政府 in the text: the unit in the report's title.
    expect(detectUnitName('筠门岭镇2025年政府工作报告（节选）\n2025年全镇经济社会发展的主要预期目标是：')).toBe(
      '筠门岭镇',
    );
  });

  test('a 其中 row gets its whole as parent; an assumed month is kept in the note', () => {
    const draft = candidatesToPlan(extractTargets(text), { year: 2024, unitName: detectUnitName(text)! });
    expect(draft.unitName).toBe('木洞镇');
    const whole = draft.indicators.find((i) => i.name === '固定资产投资')!;
    const part = draft.indicators.find((i) => i.name === '工业投资')!;
    expect([whole.parent, part.parent]).toEqual([null, whole.code]);
    const flood = draft.indicators.find((i) => i.kind === 'milestone')!;
    expect(flood).toMatchObject({ name: '完成水库除险加固', deadlineMonth: 5 });
    expect(flood.note).toContain('汛期前：按5月计');
  });

  test('a part whose whole was rejected has no parent', () => {
    const [, part] = extractTargets(text).filter((c) => c.kind === 'quantity');
    const draft = candidatesToPlan([part], { year: 2024, unitName: '木洞镇' });
    expect(draft.indicators[0].parent).toBeNull();
  });
});
