import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectReportYear, detectSections, extractTargets, sourceSentence } from '../../src/extract';

const seed = readFileSync(join(__dirname, '../../seeds/xiaojiang-2023/work-report.txt'), 'utf8');

describe('detectReportYear', () => {
  test.each([
    ['the seed: "2023年是贯彻党的二十大开局之年"', seed, 2023],
    ['"2024年工作安排" after a review of 2023', '一、2023年工作回顾\n2023年全镇…\n二、2024年工作安排\n…', 2024],
    ['"2024年主要预期目标"', '回顾2023年，…2023年…。2024年主要预期目标是：…', 2024],
    ['Chinese digits: 二〇二四年是', '二〇二四年是关键之年。', 2024],
    ['the year mentioned most', '2022年完成…，2023年…，2023年…', 2023],
    ['a horizon (到2027年) is not the plan year', '到2027年，…', null],
    ['no year', '新建一个农贸市场。', null],
  ])('%s', (_label, text, year) => {
    expect(detectReportYear(text)).toBe(year);
  });
});

describe('detectSections', () => {
  test('the seed report: five sections 一 to 五 with their titles', () => {
    const sections = detectSections(seed);
    expect(sections.map((s) => [s.id, s.title, s.level, s.skipped])).toEqual([
      ['1', '坚定不移锚定招大引强，谱写工业倍增升级新篇章', 1, false],
      ['2', '坚持不懈推进乡村振兴，开创“三农”工作新局面', 1, false],
      ['3', '聚焦聚力完善圩镇功能，展现融湾南大门新形象', 1, false],
      ['4', '决战决胜环境优起，打造绿色转型发展新样板', 1, false],
      ['5', '用心用情办好民生实事，书写小江幸福和美新画卷', 1, false],
    ]);
    expect(seed.slice(sections[1].start, sections[1].start + 2)).toBe('二、');
    expect(sections[0].end).toBe(sections[1].start);
    expect(sections[4].end).toBe(seed.length);
  });

  test('（一） under 二、 gives section 2.1; the review section and its parts are skipped', () => {
    const text = [
      '一、2023年工作回顾',
      '（一）经济运行稳中有进',
      '全年新增规上企业4家。',
      '二、2024年工作安排',
      '主要目标：新增规上企业3家以上。',
      '(一)全力抓好项目建设',
      '新开工项目20个以上。',
      '（二）推进乡村振兴',
      '新建村组道路15公里。',
    ].join('\n');
    const sections = detectSections(text);
    expect(sections.map((s) => [s.id, s.title, s.level, s.skipped])).toEqual([
      ['1', '2023年工作回顾', 1, true],
      ['1.1', '经济运行稳中有进', 2, true],
      ['2', '2024年工作安排', 1, false],
      ['2.1', '全力抓好项目建设', 2, false],
      ['2.2', '推进乡村振兴', 2, false],
    ]);
    expect(extractTargets(text).map((c) => [c.section, c.name, c.value])).toEqual([
      ['2', '新增规上企业', 3],
      ['2.1', '新开工项目', 20],
      ['2.2', '新建村组道路', 15],
    ]);
  });

  test("a heading about an earlier year than the report's is a review", () => {
    const text = '一、2023年主要工作\n全年新增规上企业5家。\n二、2024年工作安排\n新增规上企业3家以上。';
    expect(detectSections(text).map((s) => [s.id, s.skipped])).toEqual([
      ['1', true],
      ['2', false],
    ]);
    expect(extractTargets(text).map((c) => [c.section, c.value])).toEqual([['2', 3]]);
  });

  test('targets before the first heading have no section', () => {
    const [c] = extractTargets('主要预期目标：地区生产总值增长7%左右。\n一、抓项目\n');
    expect(c).toMatchObject({ section: null, name: '地区生产总值增长', value: 7, comparator: 'approx' });
  });

  test('a heading line that runs on into its text is cut at the first 。', () => {
    const [s] = detectSections('一、抓好项目建设。全年新开工项目20个。\n');
    expect(s.title).toBe('抓好项目建设');
  });
});

describe('sourceSentence', () => {
  test('the whole sentence around a candidate, for the import view', () => {
    const c = extractTargets(seed).find((x) => x.name === '粮食产量')!;
    expect(sourceSentence(seed, c.source).text).toBe(
      '坚持“大户主种、散户辅种、村兜底种”集约经营发展模式，确保全年完成粮食生产面积3.2万亩以上、产量1.25亿斤以上。',
    );
  });
});
