// review5 Y1 and Y2: an increment on last year after a target ("较上年增加2000亩") is that target's
// 上年基数, never a target named 较上年增加; an acceptance or completion predicate after an undated work
// is that work's one milestone, named with what passes. Each test asserts what the reviewer sees
// (the candidate list's name, kind and 目标 text) and the drafted 指标库 row. Sentences written for these tests.
import { candidatesToPlan, extractTargets } from '../../src/extract';
import { targetText } from '../../src/extract/describe';

const rows = (text: string) =>
  extractTargets(text).map((c) => ({ name: c.name, kind: c.suggestedKind, target: targetText(c) }));
const draft = (text: string) => candidatesToPlan(extractTargets(text), { year: 2025, unitName: '测试镇' }).indicators;

describe('Y1: 较上年增加N after a target gives its 上年基数', () => {
  test.each([
    [
      '丝苗米种植面积达到1.2万亩，较上年增加2000亩。',
      '丝苗米种植面积',
      'cumulative',
      '1.2万亩以上（上年基数1万亩）',
      1,
    ],
    [
      '粮食播种面积稳定在4.8万亩以上，较上年增加2000亩。',
      '粮食播种面积',
      'level',
      '4.8万亩以上（上年基数4.6万亩）',
      4.6,
    ],
    ['森林覆盖率达到68%，较上年提高0.5个百分点。', '森林覆盖率', 'level', '68%以上（上年基数67.5%）', 67.5],
    // A total reached that grows on last year's is a stock built up from it.
    ['规上工业企业达到30家，比上年新增3家。', '规上工业企业', 'level', '30家以上（上年基数27家）', 27],
  ])('%s', (text, name, kind, target, baseline) => {
    expect(rows(text)).toEqual([{ name, kind, target }]);
    expect(draft(text)).toEqual([expect.objectContaining({ name, kind, baseline })]);
  });

  test('a growth rate after an amount stays a target of its own, named with its subject', () => {
    expect(rows('一般公共预算收入完成1.2亿元，比上年增长5%。')).toEqual([
      { name: '一般公共预算收入', kind: 'cumulative', target: '1.2亿元以上' },
      { name: '一般公共预算收入增长', kind: 'rate', target: '增长5%以上' },
    ]);
  });

  test('an increment in another unit is named with the subject before it, never 较上年增加 alone', () => {
    expect(rows('农业总产值达到5亿元，较上年增加300户。').map((r) => r.name)).toEqual([
      '农业总产值',
      '农业总产值较上年增加',
    ]);
  });

  test('an increment with its own subject is a target as written', () => {
    expect(rows('外贸进出口总额较上年增加2000万元。')).toEqual([
      { name: '外贸进出口总额较上年增加', kind: 'cumulative', target: '2000万元以上' },
    ]);
  });
});

describe('Y2: one milestone for a work and its acceptance or completion', () => {
  test.each([
    ['完成镇区圩镇改造提升，确保12月底前通过市级验收。', '镇区圩镇改造提升通过市级验收', 12],
    ['完成老街立面改造，确保9月通过县级验收。', '老街立面改造通过县级验收', 9],
    ['加快污水处理厂建设，力争9月建成投用。', '污水处理厂建成投用', 9],
  ])('%s', (text, name, due) => {
    const ms = extractTargets(text).filter((c) => c.kind === 'milestone');
    expect(ms.map((c) => [c.name, c.deadlineMonth])).toEqual([[name, due]]);
    expect(ms[0].source.text).toBe(text.replace(/。$/, ''));
  });

  test('a work with a date of its own keeps its row before the acceptance', () => {
    const ms = extractTargets('6月底前完成老街立面改造，确保9月通过县级验收。').filter((c) => c.kind === 'milestone');
    expect(ms.map((c) => [c.name, c.deadlineMonth])).toEqual([
      ['完成老街立面改造', 6],
      ['老街立面改造通过县级验收', 9],
    ]);
  });

  test('a start (启动) keeps its row; the completion is named with the project', () => {
    const ms = extractTargets('启动中心小学改扩建工程，年底前竣工。').filter((c) => c.kind === 'milestone');
    expect(ms.map((c) => c.name)).toEqual(['启动中心小学改扩建工程', '中心小学改扩建工程竣工']);
  });
});

describe('X13: every village (community, school) reaching a figure is the share of them there, 100%', () => {
  test.each([
    ['农村集体经济收入全部达到5万元以上。', '村占比（农村集体经济收入5万元以上）'],
    ['所有村集体经济收入均达到10万元以上。', '村占比（村集体经济收入10万元以上）'],
    ['全镇14个行政村集体经济收入全部达到5万元以上。', '村占比（村集体经济收入5万元以上）'],
    ['各社区居民议事会议召开次数都超过12次。', '社区占比（社区居民议事会议召开次数12次以上）'],
  ])('%s', (text, name) => {
    expect(rows(text)).toEqual([{ name, kind: 'level', target: '100%以上' }]);
    expect(draft(text)).toEqual([expect.objectContaining({ name, kind: 'level', unit: '%', value: 100 })]);
  });

  test('a township total without 全部/均 stays the figure as written', () => {
    expect(rows('农村集体经济收入达到500万元。')).toEqual([
      { name: '农村集体经济收入', kind: 'cumulative', target: '500万元以上' },
    ]);
  });
});

describe('more wordings of another report (青山乡 2026, written for these tests)', () => {
  test('高标准农田 keeps its 高标准: a noun here, not a manner', () => {
    expect(rows('完成高标准农田建设4000亩。')).toEqual([
      { name: '高标准农田建设', kind: 'cumulative', target: '4000亩以上' },
    ]);
  });

  test('a bare 投入使用 takes the facility the clause before works on', () => {
    const ms = extractTargets('改造提升乡卫生院住院楼，确保11月投入使用。').filter((c) => c.kind === 'milestone');
    expect(ms.map((c) => [c.name, c.deadlineMonth])).toEqual([['乡卫生院住院楼投入使用', 11]]);
  });

  test.each([
    ['坚决遏制较大以上安全生产事故发生。', '不发生较大以上安全生产事故', '起'],
    ['坚决杜绝重特大安全事故发生。', '不发生重特大安全事故', '起'],
    ['防止发生规模性返贫。', '不发生规模性返贫', '户'],
  ])('%s is a bottom line', (text, name, unit) => {
    expect(rows(text)).toEqual([{ name, kind: 'cumulative', target: '不发生（底线）' }]);
    expect(draft(text)).toEqual([expect.objectContaining({ name, unit, bottomLine: true, value: 0 })]);
  });

  test('遏制 without 发生 is no bottom line', () => {
    expect(rows('有效遏制电信诈骗案件高发。')).toEqual([]);
  });
});
