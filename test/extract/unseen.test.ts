// Six target passages written for these tests in styles the tuned reports do not use (a county's
// 主要预期目标 with 左右/以上/以内 and a review to skip, a township's 一是/二是 list with 确保/力争 and
// last year's figures, a district's numbered task list with 个百分点, 千亩, 每季度 and 2023年 beside
// 今年, a township's targets with 按季度监测, 翻番, 吨标准煤 and dated tasks of every kind). Each row is what the statistician would sign in the drafted 指标库: section, name, value,
// max, unit, comparator, kind, due month; milestones with their month and recurring months.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { candidatesToPlan, extractTargets, type Candidate } from '../../src/extract';

const read = (id: string) => readFileSync(join(__dirname, 'unseen', `${id}.txt`), 'utf8');

type Q = [
  section: string | null,
  name: string,
  value: number,
  max: number | null,
  unit: string,
  cmp: string,
  kind: string,
  due: number | null,
];
type M = [section: string | null, name: string, due: number | null, months: number[] | 'monthly' | null];

// Bottom lines (不发生…, 零发生) are drafted by their own rule (issue 13's bottom-line work): not here.
const BOTTOM = /不发生|零发生/u;

const rows = (text: string): Array<Q | M> =>
  extractTargets(text)
    .filter((c) => !BOTTOM.test(c.name))
    .map((c: Candidate) =>
      c.kind === 'quantity'
        ? [c.section, c.name, c.value!, c.max, c.unit, c.comparator, c.suggestedKind, c.deadlineMonth]
        : [c.section, c.name, c.deadlineMonth, c.recurring ? (c.reportMonths ?? 'monthly') : null],
    );

describe('青溪县: 主要预期目标 after a review, then tasks by section', () => {
  const text = read('qingxi-county-2024');
  test('every target of 2024 and none of 2023', () => {
    expect(rows(text)).toEqual([
      ['2', '地区生产总值增长', 6, null, '%', 'approx', 'rate', null],
      ['2', '规模以上工业增加值增长', 8, null, '%', '>=', 'rate', null],
      ['2', '固定资产投资增长', 7, null, '%', '>=', 'rate', null],
      ['2', '社会消费品零售总额增长', 6.5, null, '%', '>=', 'rate', null],
      ['2', '一般公共预算收入增长', 5, null, '%', '>=', 'rate', null],
      ['2', '城镇居民人均可支配收入增长', 6, null, '%', '>=', 'rate', null],
      ['2', '农村居民人均可支配收入增长', 7.5, null, '%', '>=', 'rate', null],
      ['2', '城镇调查失业率', 5.5, null, '%', '<=', 'level', null],
      ['2', '居民消费价格涨幅', 3, null, '%', 'approx', 'rate', null],
      ['2', '单位地区生产总值能耗下降', 2.5, null, '%', '>=', 'rate', null],
      ['2', '粮食播种面积', 52, null, '万亩', '>=', 'level', null],
      // Grain output is the year's harvest: a flow.
      ['2', '粮食总产量', 21, null, '万吨', '>=', 'cumulative', null],
      ['2', '新增城镇就业', 3000, null, '人', '>=', 'cumulative', null],
      // A rate of a state, at most 5‰: not growth.
      ['2', '人口自然增长率', 5, null, '‰', '<=', 'level', null],
      ['3.1', '新增规模以上工业企业', 15, null, '家', '>=', 'cumulative', null],
      ['3.1', '新引进亿元以上项目', 20, null, '个', '>=', 'cumulative', null],
      ['3.1', '新引进10亿元以上项目', 2, null, '个', '>=', 'cumulative', null],
      // A task finished by a date is a milestone, whatever is finished.
      ['3.1', '完成县经济开发区扩区调规', 6, null],
      ['3.1', '启动标准化厂房二期建设', 9, null],
      // 年内建成投用: what the sentence's previous milestone works on.
      ['3.1', '标准化厂房二期建成投用', 12, null],
      ['3.2', '新建高标准农田', 4.2, null, '万亩', '>=', 'cumulative', null],
      ['3.2', '造林', 2.6, null, '千亩', '>=', 'cumulative', null],
      ['3.2', '森林覆盖率', 63.5, null, '%', '>=', 'level', null],
      ['3.2', '生猪出栏', 45, null, '万头', '>=', 'cumulative', null],
      ['3.2', '生猪存栏', 28, null, '万头', '>=', 'level', null],
      ['3.2', '耕地保有量', 68.3, null, '万亩', '>=', 'level', null],
      ['3.3', '改造城镇老旧小区', 12, null, '个', '>=', 'cumulative', null],
      // 涉及住户1860户 is the scope of the renovation, not a target of its own.
      ['3.3', '新增公办幼儿园学位', 900, null, '个', '>=', 'cumulative', null],
      ['3.3', '每季度开展一次安全生产大排查', null, [3, 6, 9, 12]],
    ]);
  });

  test('其中 is a part of the projects before it; the draft holds levels, not flows', () => {
    const all = extractTargets(text);
    const part = all.find((c) => c.name === '新引进10亿元以上项目')!;
    expect(all.find((c) => c.source.start === part.partOf)?.name).toBe('新引进亿元以上项目');
    const plan = candidatesToPlan(all, { year: 2024, unitName: '青溪县' });
    const byName = (n: string) => plan.indicators.find((i) => i.name === n)!;
    expect(byName('新引进10亿元以上项目').parent).toBe(byName('新引进亿元以上项目').code);
    expect(['粮食播种面积', '森林覆盖率', '耕地保有量', '生猪存栏', '粮食总产量'].map((n) => byName(n).hold)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(byName('每季度开展一次安全生产大排查')).toMatchObject({
      kind: 'milestone',
      recurring: true,
      reportMonths: [3, 6, 9, 12],
      deadlineMonth: null,
    });
  });
});

describe('梅岭镇: 主要目标 and 一是/二是 tasks, last year skipped', () => {
  test('every target of 2025 and none of 2024', () => {
    expect(rows(read('meiling-town-2025'))).toEqual([
      ['2', '规上工业产值', 12, null, '亿元', '>=', 'cumulative', null],
      // 同比 alone names nothing: the growth is the 产值's.
      ['2', '规上工业产值增长', 8, null, '%', '>=', 'rate', null],
      ['2', '固定资产投资', 5.6, null, '亿元', '>=', 'cumulative', null],
      ['2', '招商引资实际到位资金', 3, null, '亿元', '>=', 'cumulative', null],
      ['2', '农村居民人均可支配收入增长', 7, null, '%', 'approx', 'rate', null],
      // 全部达到: every village at 15万元 is the share of villages there, not a township total of 15万元.
      ['2', '村占比（村级集体经济收入15万元以上）', 100, null, '%', '>=', 'level', null],
      ['2', '4个续建项目竣工投产', 6, null],
      ['2', '新签约项目', 8, null, '个', '>=', 'cumulative', null],
      // 总投资 belongs to the projects counted before it.
      ['2', '新签约项目总投资', 10, null, '亿元', '>=', 'cumulative', null],
      ['2', '外出招商', 20, null, '次', '>=', 'cumulative', null],
      ['2', '每月召开一次项目调度会', null, 'monthly'],
      ['2', '粮食播种面积', 1.8, null, '万亩', '>=', 'level', null],
      ['2', '粮食产量', 1.1, null, '万吨', '>=', 'cumulative', null],
      ['2', '新增茶园', 200, null, '公顷', '>=', 'cumulative', null],
      ['2', '改造低产茶园', 1500, null, '亩', '>=', 'cumulative', null],
      ['2', '农产品加工企业营业收入增长', 10, null, '%', '>=', 'rate', null],
      ['2', '营造林', 3000, null, '亩', '>=', 'cumulative', null],
      ['2', '森林覆盖率', 72, null, '%', '>=', 'level', null],
      ['2', '空气质量优良天数比例', 95, null, '%', '>=', 'level', null],
      ['2', 'PM2.5平均浓度', 30, null, '微克/立方米', '<=', 'level', null],
      ['2', '化肥使用量下降', 3, null, '%', '>=', 'rate', null],
      ['2', '新增城镇就业', 420, null, '人', '>=', 'cumulative', null],
      ['2', '农村劳动力转移就业', 300, null, '人', '>=', 'cumulative', null],
      ['2', '城乡居民基本医疗保险参保率', 97, null, '%', '>=', 'level', null],
      // 巩固提升 is one work: the name does not stop at 提升.
      ['2', '农村饮水巩固提升工程（村）', 12, null, '个', '>=', 'cumulative', null],
    ]);
  });
});

describe('云川区: a numbered task list without headings', () => {
  test('every target; 2023年 beside 今年 in one sentence; a lead over the city is no target', () => {
    expect(rows(read('yunchuan-district-2024'))).toEqual([
      // "高于全市平均水平0.5个百分点" compares with a figure the district does not report.
      [null, '地区生产总值增长', 6.5, null, '%', '>=', 'rate', null],
      [null, '服务业增加值占地区生产总值比重提高', 1, null, '个百分点', '>=', 'rate', null],
      [null, '一般公共预算收入', 14.5, null, '亿元', '>=', 'cumulative', null],
      [null, '税收收入占比', 75, null, '%', '>=', 'level', null],
      // A balance is a stock; 年末 is when it is read, not its name.
      [null, '金融机构各项贷款余额', 520, null, '亿元', '>=', 'level', null],
      [null, '省市重点项目', 36, null, '个', '>=', 'cumulative', null],
      [null, '省市重点项目完成投资', 80, null, '亿元', '>=', 'cumulative', null],
      // A share of the year's plan by June: a level, not growth.
      [null, '开工项目数占全年计划比例', 60, null, '%', '>=', 'level', 6],
      [null, '新建城市道路', 8, null, '公里', '>=', 'cumulative', null],
      [null, '改造雨污管网', 25, null, '公里', '>=', 'cumulative', null],
      [null, '完成老城区棚户区改造征收任务', 9, null],
      [null, '建成区绿化覆盖率', 42, null, '%', '>=', 'level', null],
      [null, 'PM2.5浓度', 32, null, '微克/立方米', '<=', 'level', null],
      [null, '地表水国考断面水质达标率', 100, null, '%', '>=', 'level', null],
      [null, '单位GDP能耗下降', 2.2, null, '%', '>=', 'rate', null],
      [null, '新增造林绿化', 1.2, null, '千亩', '>=', 'cumulative', null],
      [null, '城镇登记失业率', 3.5, null, '%', '<=', 'level', null],
      [null, '每季度开展一次食品安全抽检', null, [3, 6, 9, 12]],
      [null, '抽检', 1200, null, '批次', '>=', 'cumulative', null],
      [null, '新增养老床位', 300, null, '张', '>=', 'cumulative', null],
      [null, '生产安全事故死亡人数下降', 10, null, '%', '>=', 'rate', null],
      // 2023年's 860万人次 is the past; 今年's 1000万人次 is named by it.
      [null, '接待游客', 1000, null, '万人次', '>=', 'cumulative', null],
      [null, '完成“十四五”规划中期评估', 12, null],
    ]);
  });
});

describe('石桥乡: 确保/力争 restated, Chinese numerals, 元/人, seasons and weekly rounds', () => {
  test('every target of 2025; 目前 and 二〇二四年 are the past', () => {
    expect(rows(read('shiqiao-township-2025'))).toEqual([
      // 确保增长6%、力争7% restate the 6.5%左右: one row, the three figures in its source.
      [null, '生产总值增长', 6.5, null, '%', 'approx', 'rate', null],
      // Income per person is earned over the year: a flow though its unit is 元/人.
      [null, '农村居民人均可支配收入', 21000, null, '元/人', '>=', 'cumulative', null],
      [null, '农村居民人均可支配收入增长', 7, 8, '%', 'between', 'rate', null],
      [null, '财政收入', 2800, null, '万元', '>=', 'cumulative', null],
      [null, '城乡居民医保参保率', 95, null, '%', '>=', 'level', null],
      ['1', '粮食种植面积', 2.1, null, '万亩', '>=', 'level', null],
      ['1', '油菜种植面积', 8000, null, '亩', '>=', 'cumulative', null],
      // 春耕前完成一千亩 is a step of the 1500亩, shown in its source.
      ['1', '新建高标准农田', 1500, null, '亩', '>=', 'cumulative', null],
      ['1', '新增中药材种植', 120, null, '公顷', '>=', 'cumulative', null],
      ['1', '新发展林下经济', 2000, null, '亩', '>=', 'cumulative', null],
      ['1', '培育市级以上农业龙头企业', 2, null, '家', '>=', 'cumulative', null],
      ['1', '生猪出栏量', 3.2, null, '万头', '>=', 'cumulative', null],
      ['1', '生猪存栏', 1.5, null, '万头', '>=', 'level', null],
      ['2', '新修通组公路', 18, null, '公里', '>=', 'cumulative', null],
      ['2', '硬化村内道路', 12.5, null, '公里', '>=', 'cumulative', null],
      ['2', '小型水库除险加固', 3, null, '座', '>=', 'cumulative', 5],
      ['2', '完成乡卫生院门诊楼主体工程', 3, null],
      ['2', '乡卫生院门诊楼投入使用', 10, null],
      ['2', '农村户厕改造', 260, null, '户', '>=', 'cumulative', null],
      ['2', '生活垃圾无害化处理率', 90, null, '%', '>=', 'level', null],
      ['3', '新增城镇就业', 80, null, '人', '>=', 'cumulative', null],
      ['3', '发放创业担保贷款', 500, null, '万元', '>=', 'cumulative', null],
      // A weekly round is reported monthly: done or not this month.
      ['3', '每周开展一次森林防火巡查', null, 'monthly'],
      // 春节 2025 is on 29 January.
      ['3', '完成困难群众走访慰问', 1, null],
      ['3', '义务教育巩固率', 100, null, '%', '>=', 'level', null],
      ['3', '适龄儿童入学率', 100, null, '%', '>=', 'level', null],
    ]);
  });

  test('the restated and scheduled figures stay in the kept row’s source and the draft’s note', () => {
    const all = extractTargets(read('shiqiao-township-2025'));
    const texts = all.filter((c) => c.kind === 'quantity').map((c) => c.source.text);
    expect(texts).toContain('全乡生产总值增长6.5%左右，确保增长6%、力争7%');
    expect(texts).toContain('新建高标准农田一千五百亩，春耕前完成一千亩');
    const plan = candidatesToPlan(all, { year: 2025, unitName: '石桥乡' });
    expect(plan.indicators.find((i) => i.name === '生产总值增长')?.note).toBe(
      '全乡生产总值增长6.5%左右，确保增长6%、力争7%',
    );
  });
});

describe('河西街道: 一是/二是 items, a project’s dated steps, a monthly frequency', () => {
  test('every target of 2024 and none of 2023', () => {
    expect(rows(read('hexi-street-2024'))).toEqual([
      ['1', '固定资产投资增长', 10, null, '%', '>=', 'rate', null],
      // 突破15亿元大关: 大关 is no object counted.
      ['1', '限额以上商贸企业销售额', 15, null, '亿元', '>=', 'cumulative', null],
      ['1', '新增市场主体', 600, null, '户', '>=', 'cumulative', null],
      ['1', '新增企业', 150, null, '家', '>=', 'cumulative', null],
      ['1', '招商引资到位资金', 5, null, '亿元', '>=', 'cumulative', null],
      ['1', '城镇登记失业率', 3, null, '%', '<=', 'level', null],
      // 一是 is the list's numbering, not the name's.
      ['2.1', '谋划储备项目', 20, null, '个', '>=', 'cumulative', null],
      // 3月开工、年底主体封顶: two steps, each with its month.
      ['2.1', '滨河商业综合体项目开工', 3, null],
      ['2.1', '滨河商业综合体项目主体封顶', 12, null],
      // 8个小区 named by the work the sentence opened with; 上半年完成总量的50% is its schedule.
      ['2.1', '老旧小区改造', 8, null, '个', '>=', 'cumulative', null],
      ['2.2', '辖区主次干道机械化清扫率', 100, null, '%', '>=', 'level', null],
      // 每月至少2次 is a monthly task, not 2 for the year.
      ['2.2', '每月至少开展2次市容环境集中整治', null, 'monthly'],
      ['2.2', '拆除违法建设', 1.2, null, '万平方米', '>=', 'cumulative', null],
      ['2.2', '新增停车泊位', 400, null, '个', '>=', 'cumulative', null],
      ['2.3', '信访事项按期办结率', 98, null, '%', '>=', 'level', null],
      ['2.3', '完成第五次全国经济普查入户登记工作', 12, null],
      ['2.3', '省级文明社区', 2, null, '个', '>=', 'cumulative', null],
    ]);
  });
});

describe('凤山镇: subjects in the clause before, 翻番, per-output energy, dated tasks of every kind', () => {
  const text = read('fengshan-town-2025');
  test('every target, with its due month and reporting months', () => {
    expect(rows(text)).toEqual([
      ['1', '农村居民人均可支配收入增长', 6.5, null, '%', 'approx', 'rate', null],
      ['1', '规上工业总产值增长', 100, null, '%', '>=', 'rate', null],
      ['1', '一般公共预算收入增长', 5, null, '%', '>=', 'rate', null],
      ['1', '万元地区生产总值能耗', 0.52, null, '吨标准煤/万元', '<=', 'level', null],
      ['1', '人口自然增长率', 4, null, '‰', '<=', 'level', null],
      ['2.1', '粮食总产量', 2.1, null, '万吨', '>=', 'cumulative', null],
      ['2.1', '生猪出栏', 4.2, null, '万头', 'approx', 'cumulative', null],
      ['2.1', '能繁母猪存栏', 2600, null, '头', '>=', 'level', null],
      ['2.1', '新培育省级专业合作社', 3, null, '家', '>=', 'cumulative', null],
      ['2.1', '新培育家庭农场', 12, null, '户', '>=', 'cumulative', null],
      ['2.1', '油茶低改', 2.5, null, '千亩', '>=', 'cumulative', null],
      ['2.1', '完成蚕桑基地扩建', 6, null],
      ['2.1', '完成凤山茶叶加工园创建工作', 8, null],
      ['2.1', '招引项目签约总投资', 8, null, '亿元', '>=', 'cumulative', null],
      ['2.1', '招引项目签约总投资增长', 15, null, '%', '>=', 'rate', null],
      ['2.2', '开工建设凤溪片区供水工程', 3, null],
      ['2.2', '凤溪片区供水工程完成投资', 2600, null, '万元', '>=', 'cumulative', null],
      ['2.2', '完成老街风貌改造提升', 9, null],
      ['2.3', '农村生活污水治理率', 75, null, '%', '>=', 'level', 12],
      ['2.3', '森林火灾受害率', 0.8, null, '‰', '<=', 'level', null],
      ['2.3', '耕地保有量', 3.6, null, '万亩', '>=', 'level', null],
      ['2.4', '完成春季学期营养餐招标', 3, null],
      ['2.4', '每季度开展一次食品安全联合检查', null, [3, 6, 9, 12]],
      ['2.4', '每半年组织一次地质灾害应急演练', null, [6, 12]],
      ['2.4', '落实汛期防汛物资储备', 6, null],
    ]);
  });

  test('the draft: the income rate reported quarterly, flows not held, stocks and rates of a state held', () => {
    const plan = candidatesToPlan(extractTargets(text), { year: 2025, unitName: '凤山镇' });
    const by = (name: string) => plan.indicators.find((i) => i.name === name)!;
    expect(by('农村居民人均可支配收入增长').reportMonths).toEqual([3, 6, 9, 12]);
    expect(by('农村居民人均可支配收入增长').note).toBe('农村居民人均可支配收入按季度监测，全年增长6.5%左右');
    expect([by('生猪出栏').kind, by('生猪出栏').hold]).toEqual(['cumulative', false]);
    expect([by('能繁母猪存栏').kind, by('能繁母猪存栏').hold]).toEqual(['level', true]);
    expect([by('农村生活污水治理率').hold, by('农村生活污水治理率').deadlineMonth]).toEqual([true, 12]);
    expect(by('规上工业总产值增长').direction).toBe('increase');
  });
});
