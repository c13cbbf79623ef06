import { parsePlan, parsePlanText, seedPlan, unitScale } from '../../src/plan';

const minimal = {
  year: 2023,
  unitName: '测试镇',
  sections: [{ id: '1', title: '工业' }],
  indicators: [{ code: 'A-01', section: '1', name: '新增规上企业', kind: 'cumulative', unit: '家', value: 3 }],
};

describe('plan schema', () => {
  test('a milestone may say "unit": null (no unit), as it says "value": null', () => {
    const r = parsePlan({
      ...minimal,
      indicators: [{ code: 'M-01', section: '1', name: '通过验收', kind: 'milestone', unit: null, value: null }],
    });
    expect(r.ok ? r.plan.indicators[0].unit : r.issues.map((i) => i.message.zh)).toBe('');
  });

  test('a minimal plan is normalized with every field present', () => {
    const r = parsePlan(minimal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.indicators[0]).toMatchObject({
      comparator: '>=',
      max: null,
      responsible: null,
      schedule: null,
      recurring: false,
    });
    expect(r.plan.settings.bands).toEqual({ aheadPp: 5, behindPp: 0, redPp: 30 });
  });

  test('errors name the field path and what was expected, in Chinese and English', () => {
    const bad = { ...minimal, indicators: [{ ...minimal.indicators[0], value: '三' }] };
    const r = parsePlan(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0].message).toEqual({
      zh: '第1项指标（代码 A-01 新增规上企业）的目标值：应为数字',
      en: 'indicators[0].value (indicator 1: A-01 新增规上企业): expected number',
    });
  });

  test('an unknown kind lists the allowed kinds', () => {
    const r = parsePlan({ ...minimal, indicators: [{ ...minimal.indicators[0], kind: 'flow' }] });
    expect(!r.ok && r.issues[0].message.zh).toBe(
      '第1项指标（代码 A-01 新增规上企业）的类型：应为以下之一：cumulative、level、rate、milestone',
    );
  });

  test('duplicate codes, unknown sections, ranges without max are refused', () => {
    const r = parsePlan({
      ...minimal,
      indicators: [
        minimal.indicators[0],
        { ...minimal.indicators[0], section: '9' },
        { code: 'B', section: '1', name: '引进项目', kind: 'cumulative', comparator: 'between', value: 2 },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const msgs = r.issues.map((i) => i.message.zh);
    expect(msgs).toContain(
      '第2项指标（代码 A-01 新增规上企业）的代码：“A-01”与第1项指标的代码重复（每项指标的代码须唯一）',
    );
    expect(msgs).toContain('第2项指标（代码 A-01 新增规上企业）的板块：“9”不在 sections（板块列表）中');
    expect(msgs).toContain('第3项指标（代码 B 引进项目）的上限：区间目标的上限应不小于目标值');
  });

  test('a schedule must not fall and must end at 1', () => {
    const r = parsePlan({
      ...minimal,
      indicators: [{ ...minimal.indicators[0], schedule: [0.5, 0.4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.9] }],
    });
    expect(!r.ok && r.issues[0].message.zh).toBe(
      '第1项指标（代码 A-01 新增规上企业）的序时计划：应逐月不减，且12月为1',
    );
  });

  test("every problem in one round, each named 1-based with the indicator's code and name", () => {
    const r = parsePlan({
      ...minimal,
      indicators: [
        minimal.indicators[0],
        { code: 'NY-04', section: '1', name: '稻渔综合种养面积', kind: 'cumulative', unit: '亩', value: '1200亩' },
        {
          code: 'NY-05',
          section: '1',
          name: '新培育家庭农场',
          kind: 'cumulative',
          unit: '户',
          value: 15,
          parent: 'ZZ',
        },
        { code: 'NY-06', section: '1', name: '村集体经济', kind: 'cumulative', value: 5, responsible: '镇:农业办' },
        { section: '1', name: '无代码的指标', kind: 'cumulative', value: 1 },
      ],
    });
    expect(r.ok ? [] : r.issues.map((i) => i.message.zh)).toEqual([
      '第2项指标（代码 NY-04 稻渔综合种养面积）的目标值：应为数字',
      '第5项指标（无代码 无代码的指标）的代码：缺少（必填）',
      '第3项指标（代码 NY-05 新培育家庭农场）的上级代码：“ZZ”不存在',
      '第4项指标（代码 NY-06 村集体经济）的责任单位：责任单位名称“镇:农业办”不能用作工作表名（分发和汇集时按单位建表）：工作表名称“镇:农业办”含有不允许的字符 []:*?/\\',
    ]);
  });

  test('bad JSON names the line and column, and never throws', () => {
    const r = parsePlanText('{\n  "year": 2023,\n  oops\n}');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0].message.zh).toMatch(/^计划文件不是有效的JSON（第3行第\d+列）$/);
    expect(parsePlanText('').ok).toBe(false);
    expect(parsePlanText('null').ok).toBe(false);
    expect(parsePlanText('[]').ok).toBe(false);
  });

  test('units know their scale', () => {
    expect(unitScale('万亩')).toEqual({ unit: '万亩', scale: 1e4, base: '亩' });
    expect(unitScale('亿斤')).toEqual({ unit: '亿斤', scale: 1e8, base: '斤' });
    expect(unitScale('千克')).toEqual({ unit: '千克', scale: 1, base: '千克' });
    expect(unitScale('个')).toEqual({ unit: '个', scale: 1, base: '个' });
  });
});

describe('the seed plan (小江镇 2023)', () => {
  const plan = seedPlan();
  const byName = (name: string) => plan.indicators.find((i) => i.name === name);
  test('holds the 24 quantitative targets of the seed list with value, unit and comparator', () => {
    const expected: Array<[string, number, string, string, number | null]> = [
      ['引进上市企业', 1, '个', '>=', null],
      ['引进优质工业项目', 2, '个', 'between', 3],
      ['工业小区新引进工业企业', 2, '个', '>=', null],
      ['规上企业营收增长（百易）', 20, '%', '>=', null],
      ['新增规上企业', 3, '家', '>=', null],
      ['粮食生产面积', 3.2, '万亩', '>=', null],
      ['粮食产量', 1.25, '亿斤', '>=', null],
      ['油菜种植面积', 2000, '亩', '>=', null],
      ['新造油茶林', 800, '亩', '>=', null],
      ['改造低产油茶林', 2200, '亩', '>=', null],
      ['高标准农田建设', 3017.31, '亩', '>=', null],
      ['高标准农田提升（2023年）', 4152, '亩', '>=', null],
      ['农业招商项目（投资5000万元以上）', 1, '个', '>=', null],
      ['柑橘黄龙病防控示范区', 3, '个', '>=', null],
      ['县级标准示范园', 2, '个', '>=', null],
      ['绿色有机农产品', 2, '个', '>=', null],
      ['地理标志农产品', 1, '个', '>=', null],
      ['名特优新农产品', 2, '个', '>=', null],
      ['500亩富硒示范基地', 2, '个', '>=', null],
      ['认证富硒产品', 2, '个', '>=', null],
      ['新增富硒农业龙头企业', 2, '家', '>=', null],
      ['新建农贸市场', 1, '个', '>=', null],
      ['美丽示范庭院', 300, '户', '>=', null],
      ['民生实事', 24, '件', '>=', null],
    ];
    for (const [name, value, unit, comparator, max] of expected) {
      expect(byName(name)).toMatchObject({ value, unit, comparator, max });
    }
    for (const n of ['百易', '莲池', '宪达', '连顺', '广晟'])
      expect(byName(`规上企业营收增长（${n}）`)?.kind).toBe('rate');
  });
  test('holds the milestones with their deadline months', () => {
    const ms = plan.indicators.filter((i) => i.kind === 'milestone');
    expect(ms).toHaveLength(18);
    expect(byName('矿山生态修复通过省级验收')?.deadlineMonth).toBe(3);
    expect(byName('矿山生态修复通过国家验收')?.deadlineMonth).toBe(6);
    expect(byName('江西鑫梓航、粤嘉科技项目竣工投产并入规')?.deadlineMonth).toBe(12);
    expect(byName('党政主要领导每月外出招大引强')?.recurring).toBe(true);
  });
  test('holds 不发生规模性返贫 as a bottom line counted in 户, as extract drafts it (not a milestone 已完成 in December)', () => {
    expect(byName('不发生规模性返贫')).toMatchObject({
      kind: 'cumulative',
      unit: '户',
      comparator: '<=',
      value: 0,
      bottomLine: true,
    });
  });
  test('seasonal farm targets have schedules', () => {
    expect(byName('粮食产量')?.schedule?.[6]).toBe(0.4);
    expect(byName('油菜种植面积')?.schedule?.[9]).toBe(0.3);
  });
});
