// The seed report (小江镇 2023) must yield the 24 quantitative targets and the milestones the report
// sets, and none of the numbers that are not targets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets, type Candidate } from '../../src/extract';

const text = readFileSync(join(__dirname, '../../seeds/xiaojiang-2023/work-report.txt'), 'utf8');
const all = extractTargets(text);
// The bottom line (不发生规模性返贫) is drafted as an at-most-0 count: test/progress/bottomLine.test.ts.
const quantities = all.filter((c) => c.kind === 'quantity' && !c.bottomLine);
const milestones = all.filter((c) => c.kind === 'milestone');

type Row = [
  section: string,
  name: string,
  value: number,
  max: number | null,
  unit: string,
  comparator: string,
  kind: string,
];

// Section, name, value, max, unit, comparator, suggested kind: in report order.
const EXPECTED: Row[] = [
  ['1', '引进上市企业', 1, null, '个', '>=', 'cumulative'],
  ['1', '引进优质工业项目', 2, 3, '个', 'between', 'cumulative'],
  // "2-3个以上": between 2 and 3; 以上 restates the floor.
  ['1', '引进工业企业', 2, 3, '个', 'between', 'cumulative'],
  ['1', '5家规上企业营收增加', 20, null, '%', '>=', 'rate'],
  ['1', '新增规上企业', 3, null, '家', '>=', 'cumulative'],
  ['2', '粮食生产面积', 3.2, null, '万亩', '>=', 'cumulative'],
  ['2', '粮食产量', 1.25, null, '亿斤', '>=', 'cumulative'],
  ['2', '油菜种植面积', 2000, null, '亩', '>=', 'cumulative'],
  ['2', '新造油茶林', 800, null, '亩', '>=', 'cumulative'],
  ['2', '改造低产油茶林', 2200, null, '亩', '>=', 'cumulative'],
  ['2', '高标准农田建设', 3017.31, null, '亩', '>=', 'cumulative'],
  ['2', '2023年高标准农田提升', 4152, null, '亩', '>=', 'cumulative'],
  ['2', '农业招商项目（投资5000万元以上）', 1, null, '个', '>=', 'cumulative'],
  ['2', '柑橘黄龙病防控示范区', 3, null, '个', '>=', 'cumulative'],
  ['2', '县级标准示范园', 2, null, '个', '>=', 'cumulative'],
  ['2', '绿色有机农产品', 2, null, '个', '>=', 'cumulative'],
  ['2', '地理标志农产品', 1, null, '个', '>=', 'cumulative'],
  ['2', '名特优新农产品', 2, null, '个', '>=', 'cumulative'],
  ['2', '500亩富硒示范基地', 2, null, '个', '>=', 'cumulative'],
  ['2', '认证富硒产品', 2, null, '个', '>=', 'cumulative'],
  ['2', '新增富硒农业龙头企业', 2, null, '家', '>=', 'cumulative'],
  ['3', '新建农贸市场', 1, null, '个', '>=', 'cumulative'],
  ['4', '美丽示范庭院', 300, null, '户', '>=', 'cumulative'],
  ['5', '民生实事', 24, null, '件', '>=', 'cumulative'],
];

const row = (c: Candidate): Row => [c.section!, c.name, c.value!, c.max, c.unit, c.comparator, c.suggestedKind];

describe('seed report: quantitative targets', () => {
  test('exactly the 24 targets of the seed list, with value, max, unit, comparator and section', () => {
    expect(quantities.map(row)).toEqual(EXPECTED);
  });

  test('the five enterprises are one rate candidate: 20%, at least, growth', () => {
    const rate = quantities.find((c) => c.unit === '%')!;
    expect(rate.source.text).toBe('争取扶持百易、莲池、宪达、连顺、广晟等5家规上企业营收增加20%以上');
    expect(rate.direction).toBeNull();
  });

  test('qualifiers inside a target are not targets: 5000万元, 500亩, 千亩', () => {
    expect(quantities.some((c) => c.value === 5000 || c.value === 500 || c.value === 1000)).toBe(false);
    const project = quantities.find((c) => c.name.startsWith('农业招商项目'))!;
    expect(project.source.text).toBe('力争年内完成1个投资5000万元以上的农业招商项目');
  });

  test('each source is the phrase at its indices in the text', () => {
    for (const c of all) {
      expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
      expect(c.source.text.length).toBeGreaterThan(0);
    }
    const grain = quantities.find((c) => c.name === '粮食产量')!;
    expect(grain.source.text).toBe('产量1.25亿斤以上');
    expect(text.indexOf('产量1.25亿斤以上')).toBe(grain.source.start);
  });
});

describe('seed report: milestones', () => {
  const find = (part: string) => milestones.filter((m) => m.name.includes(part));

  // A milestone without a time is due at year end (12); 年内 says the same.
  test.each([
    ['1', '江西鑫梓航、粤嘉科技项目竣工投产并入规', 12],
    ['1', '广晟钙业等规上企业实现技改升级', 12],
    ['2', '香山千亩脐橙示范基地一期建设', 12],
    ['2', '井塘冷坑山塘、内江下马形山塘除险加固', 12],
    ['2', '湖东横坑仔山塘、圳下李子树下山塘清淤', 12],
    ['2', '山香乡村振兴示范点', 12],
    ['3', '新建公办幼儿园', 12],
    ['3', '新建小江村村委会', 12],
    ['3', '创建国家卫生乡镇', 12],
    ['3', '圩镇污水处理厂建设', 12],
    ['4', '矿山生态修复通过省级验收', 3],
    ['4', '矿山生态修复通过国家验收', 6],
    ['4', '创建省级生态园林乡镇', 12],
    ['5', '柳塘卫生院项目竣工并投入运营', 12],
    ['5', '县自来水管网延伸至柳塘片', 12],
    ['5', '湖东桥、青山头桥改造', 12],
    ['5', '完成征兵任务', 12],
  ])('section %s: %s (deadline %s)', (section, name, month) => {
    const hits = find(name as string);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ section, deadlineMonth: month, value: null, unit: '', suggestedKind: 'milestone' });
  });

  test('"确保顺利通过3月省级验收与6月国家验收" gives two milestones from one sentence', () => {
    const both = milestones.filter((m) => m.source.text === '确保顺利通过3月省级验收与6月国家验收');
    expect(both.map((m) => [m.name, m.deadlineMonth])).toEqual([
      ['矿山生态修复通过省级验收', 3],
      ['矿山生态修复通过国家验收', 6],
    ]);
  });

  test('党政主要领导每月外出招大引强 is a recurring milestone', () => {
    expect(find('每月外出招大引强')).toEqual([
      expect.objectContaining({ name: '党政主要领导每月外出招大引强', recurring: true, deadlineMonth: null }),
    ]);
  });

  test('no milestone beyond the seed list except the 生态修复任务 clause', () => {
    // 18 listed (the two 新建 rows come from one clause; 不发生规模性返贫 is a bottom line now) plus
    // "全面完成…生态修复任务", a fair candidate.
    expect(milestones).toHaveLength(19);
    expect(find('生态修复任务').map((m) => m.name)).toEqual(['完成煤矸石矿山和采石场生态修复任务']);
  });

  test('no milestone from slogans, wishes or finished work: 早投产, 已通过验收, 谋划, 争创新时代第一等工作', () => {
    for (const m of milestones) {
      expect(m.source.text).not.toMatch(/早投产|已通过验收|谋划|第一等|办事免带证|综治中心/);
    }
  });
});

describe('seed report: numbers that are not targets', () => {
  test.each([
    '2023年是',
    '二十大',
    '十四五',
    '三千行动',
    '1217',
    '520',
    '5·20',
    '105国道',
    '三年行动',
    '五年行动',
    '三落实一巩固',
    '一收入四保障',
    '三个转向',
    '五型',
    '四风',
    '七种能力',
    '八项本领',
    '一号改革工程',
    '三十万人大回流',
    '六大主导产业',
    '两条底线',
    '八项规定',
  ])('%s gives no candidate', (phrase) => {
    expect(text).toContain(phrase);
    for (const c of all) expect(c.source.text).not.toContain(phrase);
  });

  test('no candidate carries a year, a plan, a slogan or a road number as its value', () => {
    for (const v of [2023, 14, 3000, 1217, 520, 105, 30, 7, 8]) {
      expect(quantities.filter((c) => c.value === v)).toEqual([]);
    }
  });
});
