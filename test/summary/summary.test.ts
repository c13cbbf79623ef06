import { summarize, summarySheet, SummaryError, standaloneSentence, standaloneSentenceEn } from '../../src/summary';
import { chartCaption, chartData, reportModel } from '../../src/report';
import { MonthError, STATUSES, type Status } from '../../src/progress';

const zero = Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>;
import { fixturePlan, figuresOf, MARCH, type Entries } from './fixtures';
import { ind, planOf } from '../support/plans';

function at(month: number, entries: Entries = MARCH, months?: number[]) {
  const plan = fixturePlan();
  return summarize(plan, figuresOf(plan, entries, months), month);
}

function byCode(s: ReturnType<typeof summarize>, code: string) {
  const r = s.indicators.find((x) => x.code === code);
  if (!r) throw new Error(`no ${code}`);
  return r;
}

describe('summarize: statuses of every kind and comparator at the end of March', () => {
  const s = at(3);

  test.each([
    ['A1', '超进度'], // cumulative >= ahead of linear 序时
    ['A3', '已完成'], // between: reached the lower end
    ['R1', '未达标'], // rate increase below target
    ['R2', '达标'], // rate decrease (typed as a positive number) beyond target
    ['R4', '超标'], // rate at most, over the bound
    ['M4', '已完成'], // recurring milestone done this month
    ['U1', '未填报'], // nothing entered
    ['A2', '超进度'], // seasonal schedule
    ['A5', '超进度'], // level carried from February
    ['A9', '欠进度'], // far behind a seasonal schedule
    ['R3', '达标'], // approx rate, above its band
    ['M1', '已完成'],
    ['M2', '逾期'],
    ['A4', '欠进度'], // approx below the tolerance band, behind 序时
    ['A6', '超标'], // at most, over the bound: never behind schedule
    ['A7', '达标'], // at most, within
    ['A8', '达进度'], // exactly on 序时
    ['M3', '推进中'],
    ['M5', '推进中'],
  ])('%s is %s', (code, status) => {
    expect(byCode(s, code).evaluation.status).toBe(status);
  });

  test('overall counts', () => {
    expect(s.total).toBe(19);
    expect(s.counts).toEqual({
      ...zero,
      已完成: 3,
      超进度: 3,
      达进度: 1,
      欠进度: 2,
      达标: 3,
      未达标: 1,
      超标: 2,
      逾期: 1,
      推进中: 2,
      未填报: 1,
    });
  });

  test('counts by section, in the plan order', () => {
    expect(s.sections.map((x) => [x.key, x.label, x.total])).toEqual([
      ['1', '经济发展', 7],
      ['2', '农业农村', 6],
      ['3', '民生工程', 6],
    ]);
    expect(s.sections[0].counts).toEqual({ ...zero, 已完成: 2, 超进度: 1, 达标: 1, 未达标: 1, 超标: 1, 未填报: 1 });
    expect(s.sections[1].counts).toEqual({ ...zero, 已完成: 1, 超进度: 2, 欠进度: 1, 达标: 1, 逾期: 1 });
    expect(s.sections[2].counts).toEqual({ ...zero, 达进度: 1, 欠进度: 1, 达标: 1, 超标: 1, 推进中: 2 });
    expect(s.sections[0].doneShare).toBeCloseTo(2 / 7, 12);
    // On track: 已完成, 超进度, 达进度, 达标, 推进中.
    expect(s.sections[2].onTrackShare).toBeCloseTo(4 / 6, 12);
  });

  test('counts by responsible unit; a row without one is 未指定', () => {
    expect(s.units.map((u) => [u.label, u.total, u.counts['已完成'], u.counts['欠进度']])).toEqual([
      ['镇经发办', 6, 2, 0],
      ['未指定', 1, 0, 0],
      ['镇农业办', 4, 0, 1],
      ['镇自然资源所', 2, 1, 0],
      ['镇民政办', 6, 0, 1],
    ]);
    expect(s.units[3].counts['逾期']).toBe(1);
  });

  test('the lagging list (欠进度, 未达标, 超标): a breach without a gap first, then the largest gap', () => {
    expect(s.lagging.map((r) => [r.code, r.evaluation.gapPp])).toEqual([
      ['A6', -20],
      ['A9', -40],
      ['A4', -1],
      ['R1', -0.9],
      ['R4', -0.5],
    ]);
  });

  test('milestones due this month and overdue', () => {
    expect(s.milestones.dueThisMonth.map((r) => r.code)).toEqual(['M4', 'M1', 'M2']);
    expect(s.milestones.overdue.map((r) => [r.code, r.deadline])).toEqual([['M2', 3]]);
    expect(byCode(s, 'M1').doneMonth).toBe(3);
  });

  test('the status cell of each row, for click-to-go', () => {
    expect(byCode(s, 'A1').cell).toBe('K5');
    expect(s.source).toEqual({
      sheet: '3月',
      codeColumn: 2,
      statusColumn: 11,
      responsibleColumn: 12,
      sectionColumn: 14,
    });
  });

  test('a 汇总 column the read-back did not find (板块 deleted) is counted where generated, and said', () => {
    const plan = fixturePlan();
    const figures = figuresOf(plan, MARCH);
    for (const m of figures.months) delete m.columns.section;
    const r = summarize(plan, figures, 3);
    expect(r.source.sectionColumn).toBe(14);
    expect(r.warnings).toEqual([
      {
        zh: '“3月”工作表找不到“板块”列（按标题行文字查找）：汇总表按生成时的位置（N列）计数，请恢复该列后重新汇总',
        en: 'the sheet "3月" has no column headed 板块: the 汇总 sheet counts column N where it was generated; restore the column and summarize again',
      },
    ]);
    expect(s.warnings).toEqual([]);
  });

  test.each([
    ['A2', '粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点'],
    ['A1', '引进项目完成40个，占年度目标的40%，超序时进度15个百分点'],
    ['A3', '引进优质工业项目完成2个，占年度目标（2-3个）下限的100%，已完成年度目标'],
    ['A4', '美丽庭院完成24户，占年度目标的24%，低于序时进度1个百分点'],
    // A level left blank in 3月 carries 2月's figure, and says so beside the status.
    [
      'A5',
      '设施大棚面积达到780亩，较年初（600亩）增加180亩，占年度新增目标（200亩）的90%，超序时进度65个百分点（3月未填报，按截至2月数据）',
    ],
    ['A6', '安全事故为6起，超出控制目标1起'],
    ['A7', '信访积案为3件，控制在目标（10件以内）范围内'],
    ['A8', '民生实事完成3件，占年度目标的25%，与序时进度持平'],
    ['A9', '油茶林改造完成10亩，占年度目标的10%，低于序时进度40个百分点'],
    ['R1', '规上企业营收（百易）增长6.1%，低于目标0.9个百分点'],
    ['R2', '单位能耗下降2.5%，比目标多降0.5个百分点'],
    ['R3', '农业增加值增长13%，高于目标6个百分点'],
    ['R4', '物价涨幅增长4.5%，超出目标（增长4%以内）0.5个百分点'],
    ['M1', '矿山生态修复通过省级验收已于3月完成'],
    ['M2', '矿山生态修复通过国家验收（要求3月底前完成）逾期未完成'],
    ['M3', '新建公办幼儿园尚未开始（要求年底前完成）'],
    ['M4', '每月外出招大引强本月已完成（1-3月3次中完成2次，2月未填报）'],
    ['M5', '卫生院竣工正在推进（要求6月底前完成）'],
    ['U1', '新增市场主体3月未填报'],
  ])('%s reads "%s"', (code, clause) => {
    expect(byCode(s, code).clause).toBe(clause);
  });

  test('over a % bound by percentage points, not per cent', () => {
    const plan = fixturePlan();
    const a6 = plan.indicators.find((i) => i.code === 'A6');
    if (!a6) throw new Error('no A6');
    Object.assign(a6, { kind: 'level', name: '城镇调查失业率', unit: '%', value: 5.5 });
    const entries: Entries = { ...MARCH, 3: { ...MARCH[3], A6: 5.8 } };
    const r = byCode(summarize(plan, figuresOf(plan, entries), 3), 'A6');
    expect(r.clause).toBe('城镇调查失业率为5.8%，超出控制目标0.3个百分点');
    expect(r.clauseEn).toContain('0.3 percentage points over the limit');
  });

  test('a standalone sentence in the report style', () => {
    expect(standaloneSentence(byCode(s, 'A2').clause, 3)).toBe(
      '截至3月底，粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点。',
    );
    expect(standaloneSentenceEn(byCode(s, 'R1').clauseEn, 3)).toBe(
      'By the end of March, 规上企业营收增长（百易）: up 6.1%, 0.9 points short of the target (growth of 7%).',
    );
  });

  test('the report text: opening, one paragraph per section, and what needs attention', () => {
    expect(s.text.zh).toEqual([
      '截至3月底，全镇19项目标任务中，已完成3项，超进度3项，达进度1项，欠进度2项，达标3项，未达标1项，超标2项，逾期1项，推进中2项，未填报1项。',
      '一、经济发展。本板块7项目标任务中，已完成2项，超进度1项，达标1项，未达标1项，超标1项，未填报1项。' +
        '引进项目完成40个，占年度目标的40%，超序时进度15个百分点；' +
        '引进优质工业项目完成2个，占年度目标（2-3个）下限的100%，已完成年度目标；' +
        '规上企业营收（百易）增长6.1%，低于目标0.9个百分点；' +
        '单位能耗下降2.5%，比目标多降0.5个百分点；' +
        '物价涨幅增长4.5%，超出目标（增长4%以内）0.5个百分点；' +
        '每月外出招大引强本月已完成（1-3月3次中完成2次，2月未填报）；新增市场主体3月未填报。',
      '二、农业农村。本板块6项目标任务中，已完成1项，超进度2项，欠进度1项，达标1项，逾期1项。' +
        '粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点；' +
        '设施大棚面积达到780亩，较年初（600亩）增加180亩，占年度新增目标（200亩）的90%，超序时进度65个百分点（3月未填报，按截至2月数据）；' +
        '油茶林改造完成10亩，占年度目标的10%，低于序时进度40个百分点；' +
        '农业增加值增长13%，高于目标6个百分点；' +
        '矿山生态修复通过省级验收已于3月完成；' +
        '矿山生态修复通过国家验收（要求3月底前完成）逾期未完成。',
      '三、民生工程。本板块6项目标任务中，达进度1项，欠进度1项，达标1项，超标1项，推进中2项。' +
        '美丽庭院完成24户，占年度目标的24%，低于序时进度1个百分点；' +
        '安全事故为6起，超出控制目标1起；' +
        '信访积案为3件，控制在目标（10件以内）范围内；' +
        '民生实事完成3件，占年度目标的25%，与序时进度持平；' +
        '新建公办幼儿园尚未开始（要求年底前完成）；' +
        '卫生院竣工正在推进（要求6月底前完成）。',
      '需重点关注：欠进度的有油茶林改造、美丽庭院（共2项）；未达标的有规上企业营收增长（百易）（共1项）；' +
        '超标的有安全事故、物价涨幅（共2项）；逾期未完成的有矿山生态修复通过国家验收（共1项）；未填报的有新增市场主体（共1项）。',
    ]);
  });

  test('the English text', () => {
    expect(s.text.en[0]).toBe(
      "By the end of March, of the town's 19 targets, 3 done, 3 ahead of schedule, 1 on schedule, 2 behind schedule, 3 target met, 1 below target, 2 over the limit, 1 overdue, 2 in progress, 1 not reported.",
    );
    expect(s.text.en[2]).toContain(
      '2. 农业农村: of its 6 targets, 1 done, 2 ahead of schedule, 1 behind schedule, 1 target met, 1 overdue.',
    );
    expect(byCode(s, 'A2').clauseEn).toBe(
      '粮食生产面积: 2.1万亩 done, 65.6% of the annual target (3.2万亩), 40.6 points ahead of schedule',
    );
    expect(byCode(s, 'M2').clauseEn).toBe('矿山生态修复通过国家验收: overdue (due by the end of March)');
    expect(s.text.en[4]).toMatch(/^Needs attention: behind schedule: 油茶林改造, 美丽庭院 \(2\); below target: /);
  });
});

describe('summarize: other months', () => {
  test('in December rates at or above target and at-most rows within their bound are 已完成; open milestones are overdue', () => {
    const dec: Entries = { ...MARCH, 12: { R1: 7.4, R4: 3.9, A7: 0, A1: 70 } };
    // No 4-11月 sheets: 12月's 累计 formula finds no 11月 row and starts again from 70, as the sheet shows.
    const s = at(12, dec, [1, 2, 3, 12]);
    const st = (c: string) => s.indicators.find((r) => r.code === c)?.evaluation.status;
    expect([st('R1'), st('R4'), st('A7'), st('M3'), st('M5'), st('A1')]).toEqual([
      '已完成',
      '已完成',
      '已完成',
      '逾期',
      '逾期',
      '未完成',
    ]);
    expect(s.indicators.find((r) => r.code === 'A1')?.clause).toBe(
      '引进项目完成70个，占年度目标的70%，未完成年度目标，差30个',
    );
    expect(s.indicators.find((r) => r.code === 'R1')?.clause).toBe(
      '规上企业营收（百易）增长7.4%，高于目标0.4个百分点，完成年度目标',
    );
    expect(s.indicators.find((r) => r.code === 'M3')?.clause).toBe('新建公办幼儿园（要求年底前完成）逾期未完成');
    // The recurring milestone was done in 1月 and 3月 only, December blank: the year is 未完成 (W17),
    // never overdue, and the sentence counts the year.
    expect(s.indicators.find((r) => r.code === 'M4')?.clause).toBe(
      '每月外出招大引强全年12次中完成2次（2月、4-12月未填报），未完成年度目标',
    );
    expect(st('M4')).toBe('未完成');
    expect(s.milestones.overdue.map((r) => r.code)).not.toContain('M4');
    expect(s.milestones.dueThisMonth.find((r) => r.code === 'M4')?.deadlineText).toBe('每月');
  });

  test('in December a 左右 rate below its band says how far below, never 达到目标 (review3 W19)', () => {
    const clause = (r3: number) => byCode(at(12, { ...MARCH, 12: { R3: r3 } }, [1, 2, 3, 12]), 'R3').clause;
    expect(clause(5)).toBe('农业增加值增长5%，低于目标2个百分点，未完成年度目标');
    expect(clause(6.5)).toBe('农业增加值增长6.5%，达到目标（增长7%左右），完成年度目标');
    expect(clause(8)).toBe('农业增加值增长8%，高于目标1个百分点，完成年度目标');
    const down = planOf([
      ind({ code: 'D1', kind: 'rate', name: '单位GDP能耗下降', unit: '%', value: 2.5, tolerance: 0.1 }),
    ]);
    down.indicators[0] = { ...down.indicators[0], direction: 'decrease', comparator: 'approx' };
    const d = summarize(down, figuresOf(down, { 12: { D1: 1.5 } }, [12]), 12);
    expect(byCode(d, 'D1').clause).toBe('单位GDP能耗下降1.5%，比目标少降1个百分点，未完成年度目标');
  });

  test('a % figure short of its target says 个百分点, never "差5%"; a rate at 0 is 与上年持平 (review3 W20)', () => {
    const p = planOf([
      ind({ code: 'W', kind: 'level', name: '污水处理率', unit: '%', value: 90 }),
      ind({ code: 'C', kind: 'level', name: '森林覆盖率', unit: '%', value: 42.5, hold: true }),
      ind({ code: 'E', kind: 'rate', name: '单位GDP能耗下降', unit: '%', value: 2.5, direction: 'decrease' }),
      ind({ code: 'G', kind: 'rate', name: '地区生产总值增长', unit: '%', value: 6 }),
    ]);
    const sum = (m: number, e: Record<string, number>) => summarize(p, figuresOf(p, { [m]: e }, [m]), m);
    const dec = sum(12, { W: 85, C: 42.3, E: 0, G: 0 });
    expect(byCode(dec, 'W').clause).toBe('污水处理率为85%，低于目标（90%）5个百分点，未完成年度目标');
    expect(byCode(dec, 'E').clause).toBe('单位GDP能耗与上年持平，比目标少降2.5个百分点，未完成年度目标');
    expect(byCode(dec, 'G').clause).toBe('地区生产总值与上年持平，低于目标6个百分点，未完成年度目标');
    // A held % level is judged in points: no "99.5% complete" beside its 差额.
    expect([byCode(dec, 'C').evaluation.completion, byCode(dec, 'C').evaluation.gapPp]).toEqual([null, -0.2]);
    const jun = sum(6, { W: 80 });
    expect(byCode(jun, 'W').clause).toBe('污水处理率达到80%，目标90%，尚差10个百分点');
    expect(byCode(sum(12, { W: 91 }), 'W').clause).toBe('污水处理率为91%，达到目标（90%），完成年度目标');
  });

  test('January: nothing entered yet is 未填报 (milestones too), the seasonal row is level with a zero schedule', () => {
    const s = at(1, { 1: { A2: 0 } }, [1]);
    const a2 = s.indicators.find((r) => r.code === 'A2');
    expect(a2?.evaluation.status).toBe('达进度');
    expect(a2?.clause).toBe('粮食生产面积按进度安排尚未开始');
    // A seasonal row with nothing typed before its schedule plans anything was not due: 不适用, not 未填报.
    const a9 = s.indicators.find((r) => r.code === 'A9');
    expect([a9?.evaluation.status, a9?.clause]).toEqual(['不适用', '油茶林改造按进度安排尚未开始']);
    expect(s.counts['未填报']).toBe(17);
    expect(s.counts['推进中']).toBe(0);
    // The recurring milestone has nothing for January: not reported, not overdue.
    expect(s.text.zh[0]).toBe(
      '截至1月底，全镇19项目标任务中，已完成0项，超进度0项，达进度1项，欠进度0项，逾期0项，未填报17项，不适用1项。',
    );
    expect(s.indicators.find((r) => r.code === 'M4')?.clause).toBe('每月外出招大引强1月未填报');
    expect(s.indicators.find((r) => r.code === 'M5')?.clause).toBe('卫生院竣工未填报进展（要求6月底前完成）');
  });

  test('text in a flow’s figure cell is not a figure: 待核实 from that month on, as the sheet shows it', () => {
    const s = at(3, { ...MARCH, 2: { ...MARCH[2], A1: '约3万' } });
    const a1 = s.indicators.find((r) => r.code === 'A1');
    expect([a1?.actual, a1?.sheetStatus, a1?.evaluation.status, a1?.unverified]).toEqual([
      '待核实',
      '待核实',
      '待核实',
      true,
    ]);
    expect(a1?.clause).toMatch(/填报数据待核实$/);
    // Corrected to a number, the row counts every month again.
    expect(at(3, MARCH).indicators.find((r) => r.code === 'A1')?.evaluation.status).not.toBe('待核实');
  });

  test('a month the workbook has no sheet for is refused with a message', () => {
    expect(() => at(4)).toThrow(SummaryError);
    expect(() => at(4)).toThrow('工作簿中没有“4月”工作表（现有：1月、2月、3月），无法汇总4月');
    expect(() => at(13)).toThrow(MonthError);
  });

  test('a unit copy carries only its rows: the summary counts what the sheet holds', () => {
    const plan = fixturePlan();
    const figures = figuresOf(plan, MARCH);
    for (const m of figures.months) m.rows = m.rows.filter((r) => ['A2', 'A5', 'A9', 'R3'].includes(r.code));
    const s = summarize(plan, figures, 3);
    expect(s.total).toBe(4);
    expect(s.sections.map((x) => x.key)).toEqual(['2']);
    expect(s.units.map((u) => u.label)).toEqual(['镇农业办']);
    expect(s.text.zh[1].startsWith('一、农业农村。本板块4项目标任务中，超进度2项，欠进度1项，达标1项。')).toBe(true);
  });

  test('a row with an unresolved error finding is 待核实 in every count, never done, and its number is not quoted', () => {
    const plan = fixturePlan();
    const s = summarize(plan, figuresOf(plan, MARCH), 3, { unverified: ['A2'] });
    const a2 = s.indicators.find((r) => r.code === 'A2');
    expect(a2?.evaluation.status).toBe('待核实');
    expect(a2?.sheetStatus).toBe('超进度');
    expect(s.counts['超进度']).toBe(2);
    expect(s.counts['待核实']).toBe(1);
    expect(s.sections[1].counts['待核实']).toBe(1);
    expect(s.units.find((u) => u.label === '镇农业办')?.counts['待核实']).toBe(1);
    expect(s.statuses).toContain('待核实');
    expect(a2?.clause).toBe('粮食生产面积填报数据待核实');
    expect(s.text.zh[4]).toContain('；填报数据待核实的有粮食生产面积（共1项）。');
    expect(s.text.en[4]).toContain('; figures to verify: 粮食生产面积 (1).');
  });

  test('a number keeps at most 2 decimals in the plan unit and percentages 0.1', () => {
    const s = at(3, { 1: { A1: 0 }, 2: { A1: 0, A2: 0 }, 3: { A2: 1.23456, A1: 33.333 } });
    expect(s.indicators.find((r) => r.code === 'A2')?.clause).toBe(
      '粮食生产面积完成1.23万亩，占年度目标的38.6%，超序时进度13.6个百分点',
    );
    expect(s.indicators.find((r) => r.code === 'A1')?.clause).toBe(
      '引进项目完成33.33个，占年度目标的33.3%，超序时进度8.3个百分点',
    );
  });
});

describe('actualAt: the figure the month sheet carries', () => {
  const plan = fixturePlan();
  const get = (code: string, entries: Entries, month: number) => {
    const s = summarize(plan, figuresOf(plan, entries, [1, 2, 3]), month);
    return s.indicators.find((r) => r.code === code);
  };

  test('a milestone keeps its latest filled state; a later blank month does not undo 已完成', () => {
    // A5 is typed in 3月, so the sheet is not an empty one (where every row is 未填报).
    const r = get('M5', { 1: { M5: '推进中' }, 2: { M5: '已完成 ' }, 3: { A5: 700 } }, 3);
    expect(r?.evaluation.status).toBe('已完成');
    expect(r?.doneMonth).toBe(2);
    expect(r?.clause).toBe('卫生院竣工已于2月完成');
  });

  test('a milestone done after its deadline is counted 已完成 and says 逾期完成', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8];
    const s = summarize(plan, figuresOf(plan, { 5: { M5: '推进中' }, 7: { M5: '已完成' }, 8: { A5: 700 } }, months), 8);
    const r = s.indicators.find((x) => x.code === 'M5');
    expect(r?.evaluation.status).toBe('已完成');
    expect(r?.clause).toBe('卫生院竣工已于7月完成（要求6月底前，逾期完成）');
    expect(s.milestones.overdue.map((x) => x.code)).not.toContain('M5');
  });

  test('a milestone set back from 已完成 to 推进中 is not done', () => {
    const r = get('M5', { 1: { M5: '已完成' }, 2: { M5: '推进中' }, 3: { A5: 700 } }, 3);
    expect(r?.evaluation.status).toBe('推进中');
    expect(r?.doneMonth).toBeNull();
  });

  test('a recurring milestone counts this month only: blank is 未填报, a state short of 已完成 is 逾期', () => {
    const r = get('M4', { 1: { M4: '已完成' }, 2: { M4: '已完成' }, 3: { A5: 700 } }, 3);
    expect([r?.evaluation.status, r?.clause]).toEqual(['未填报', '每月外出招大引强3月未填报']);
    const late = get('M4', { 1: { M4: '已完成' }, 2: { M4: '已完成' }, 3: { M4: '推进中' } }, 3);
    expect([late?.evaluation.status, late?.clause]).toEqual(['逾期', '每月外出招大引强本月未完成']);
  });

  test('a level row carries the latest number; text in between is skipped', () => {
    const r = get('A5', { 1: { A5: 600 }, 2: { A5: '约700' }, 3: {} }, 3);
    expect(r?.actual).toBe(600);
  });
});

describe('a figure held in doubt is 待核实, never 未填报, 逾期 or done (review2 V5, V1c)', () => {
  const s = at(3, { ...MARCH, 3: { ...MARCH[3], R1: '6.8%', M2: '已通过验收', A1: 300 } });

  test('a rate typed with a % sign was reported: 待核实 in the counts, the clause and the lists', () => {
    expect([byCode(s, 'R1').evaluation.status, byCode(s, 'R1').unverified]).toEqual(['待核实', true]);
    expect(byCode(s, 'R1').clause).toBe('规上企业营收增长（百易）填报数据待核实');
    expect(s.unreported.map((r) => r.code)).not.toContain('R1');
  });

  test('a milestone whose text is not a state word is 待核实, not 逾期未完成', () => {
    expect(byCode(s, 'M2').evaluation.status).toBe('待核实');
    expect(byCode(s, 'M2').clause).toBe('矿山生态修复通过国家验收填报数据待核实');
    expect(s.milestones.overdue.map((r) => r.code)).not.toContain('M2');
  });

  test('a completion beyond the over-target multiple (3x) is never 已完成, whatever the checks left open', () => {
    // 320 of 100: no finding is passed in (a 备注 may have explained the 远超目标 to the check).
    expect(byCode(s, 'A1').evaluation.status).toBe('待核实');
    // The month sheet's 状态 formula says the same, without the add-in (review3 W8).
    expect(byCode(s, 'A1').sheetStatus).toBe('待核实');
    expect(s.text.zh.join('')).not.toMatch(/引进项目完成/);
    expect(s.text.zh.at(-1)).toContain(
      '填报数据待核实的有引进项目、规上企业营收增长（百易）、矿山生态修复通过国家验收',
    );
    // Within the multiple (300 of 100 exactly) the row is done.
    const within = at(3, { ...MARCH, 3: { ...MARCH[3], A1: 280 } });
    expect(byCode(within, 'A1').evaluation.status).toBe('已完成');
  });
});

describe('schedules that fit the plan (review2 V19, V23)', () => {
  const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const sum = (p: ReturnType<typeof planOf>, entries: Entries, month: number) =>
    summarize(p, figuresOf(p, entries, months), month);

  test('a flow due in October is measured against m/10: behind in September, not 超序时进度', () => {
    const p = planOf([
      ind({ code: 'D', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60, deadlineMonth: 10 }),
    ]);
    // 0 in the months between, as the office types where nothing was done.
    const entries: Entries = Object.fromEntries(months.map((m) => [m, { D: 0 }]));
    Object.assign(entries, { 3: { D: 20 }, 6: { D: 15 }, 9: { D: 15 }, 10: { D: 4 } });
    const sep = byCode(sum(p, entries, 9), 'D');
    expect(sep.evaluation).toMatchObject({ expected: 0.9, gapPp: -6.7, status: '欠进度' });
    expect(sep.clause).toBe('农村危房改造完成50户，占年度目标的83.3%，低于序时进度6.7个百分点');
    expect(byCode(sum(p, entries, 3), 'D').clause).toBe(
      '农村危房改造完成20户，占年度目标的33.3%，超序时进度3.3个百分点',
    );
    expect(byCode(sum(p, entries, 10), 'D').clause).toBe(
      '农村危房改造完成54户，占年度目标的90%，未完成年度目标，差6户',
    );
  });

  test('a level built up from a known start speaks of this year’s increase', () => {
    const p = planOf([ind({ code: 'L', kind: 'level', name: '设施大棚面积', unit: '亩', value: 600, baseline: 420 })]);
    const jan = byCode(sum(p, { 1: { L: 420 } }, 1), 'L');
    expect(jan.evaluation).toMatchObject({ completion: 0, status: '欠进度', gapPp: -8.3 });
    expect(jan.clause).toBe(
      '设施大棚面积达到420亩，与年初（420亩）持平，占年度新增目标（180亩）的0%，低于序时进度8.3个百分点',
    );
    const jun = byCode(sum(p, { 1: { L: 420 }, 6: { L: 510 } }, 6), 'L');
    expect(jun.clause).toBe(
      '设施大棚面积达到510亩，较年初（420亩）增加90亩，占年度新增目标（180亩）的50%，与序时进度持平',
    );
  });

  test('a level built up from an unknown start says how far it is from the target, not 序时', () => {
    const p = planOf([ind({ code: 'L', kind: 'level', name: '设施大棚面积', unit: '亩', value: 600 })]);
    const jan = sum(p, { 1: { L: 420 } }, 1);
    expect(byCode(jan, 'L').evaluation).toMatchObject({
      status: '推进中',
      completion: null,
      expected: null,
      gapPp: null,
    });
    expect(byCode(jan, 'L').clause).toBe('设施大棚面积达到420亩，目标600亩，尚差180亩');
    expect(byCode(jan, 'L').clauseEn).toBe('设施大棚面积: 420亩, target 600亩, 180亩 to go');
    expect(byCode(jan, 'L').schedule).toBeNull();
    expect(jan.statuses).toEqual(['已完成', '推进中', '未填报']);
    expect(byCode(sum(p, { 1: { L: 420 }, 5: { L: 600 } }, 5), 'L').clause).toBe(
      '设施大棚面积达到600亩，已完成年度目标',
    );
  });
});

describe('the months since the last figure, in words that fit the plan', () => {
  const months = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  /** Row X with `entries`; another row is filled every month, so no month sheet is empty. */
  const sum = (p: ReturnType<typeof planOf>, entries: Entries, month = 9) => {
    const plan = { ...p, indicators: [...p.indicators, ind({ code: 'Y', kind: 'cumulative' })] };
    const all: Entries = Object.fromEntries(months.map((m) => [m, { ...entries[m], Y: 1 }]));
    return byCode(summarize(plan, figuresOf(plan, all, months), month), 'X');
  };

  test('a flow whose schedule plans nothing in 7-9月 was not due: not "9月未填报"', () => {
    // 油菜种植面积: sown in spring, nothing planned from July to September.
    const schedule = [0, 0.3, 0.8, 1, 1, 1, 1, 1, 1, 1, 1, 1].map((x, i) => (i < 6 ? x * 0.9 : 0.9));
    schedule[11] = 1;
    const p = planOf([ind({ code: 'X', kind: 'cumulative', name: '油菜种植面积', unit: '亩', value: 1000, schedule })]);
    const r = sum(p, { 2: { X: 300 }, 3: { X: 450 }, 4: { X: 150 }, 5: { X: 0 }, 6: { X: 0 } });
    expect(r.evaluation.status).toBe('达进度');
    expect(r.clause).toBe(
      '油菜种植面积完成900亩，占年度目标的90%，与序时进度持平（7-9月按进度安排无计划量，按截至6月数据）',
    );
    expect(r.clauseEn).toContain('(nothing planned for months 7-9; figures to June)');
  });

  test('months a figure was due and not reported are named, all of them', () => {
    const schedule = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.7, 0.7, 0.8, 0.9, 1];
    const p = planOf([ind({ code: 'X', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 100, schedule })]);
    const sixty = { 1: { X: 10 }, 2: { X: 10 }, 3: { X: 10 }, 4: { X: 10 }, 5: { X: 10 }, 6: { X: 10 } };
    // 7月 planned something and was left blank; 8-9月 plan nothing.
    expect(sum(p, sixty).clause).toBe(
      '新造油茶林完成60亩，占年度目标的60%，低于序时进度10个百分点（7月未填报，按截至6月数据）',
    );
    // A level carries its figure, but each month left blank was a month not reported.
    const lvl = planOf([
      ind({ code: 'X', kind: 'level', name: '设施大棚面积', unit: '亩', value: 600, baseline: 420 }),
    ]);
    expect(sum(lvl, { 6: { X: 510 } }).clause).toBe(
      '设施大棚面积达到510亩，较年初（420亩）增加90亩，占年度新增目标（180亩）的50%，低于序时进度25个百分点（7-9月未填报，按截至6月数据）',
    );
  });

  test('a quarterly row: an off month says which month the figure is from; a missed quarter is named', () => {
    const q = { reportMonths: [3, 6, 9, 12] };
    const p = planOf([ind({ code: 'X', kind: 'cumulative', name: '新增就业', unit: '人', value: 100, ...q })]);
    expect(sum(p, { 3: { X: 30 }, 6: { X: 30 } }, 8).clause).toBe(
      '新增就业完成60人，占年度目标的60%，超序时进度10个百分点（6月数据）',
    );
    expect(sum(p, { 3: { X: 30 } }, 8).clause).toBe(
      '新增就业完成30人，占年度目标的30%，低于序时进度20个百分点（6月未填报，按截至3月数据）',
    );
  });
});

describe('a 其中 row in a list is named with its whole, not "其中：" (review2 V15)', () => {
  const plan = planOf([
    ind({ code: 'W', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60 }),
    ind({ code: 'P', kind: 'cumulative', name: '其中：土坯房改造', unit: '户', value: 20, parent: 'W' }),
    // A part whose whole is not in this plan (an office's cut) is named bare.
    ind({ code: 'Q', kind: 'cumulative', name: '其中：危旧房拆除', unit: '户', value: 10, parent: 'GONE' }),
    ind({ code: 'Y', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800 }),
  ]);
  const entries: Entries = { 1: { W: 30, P: 1, Y: 100 }, 2: { W: 5, Y: 100 }, 3: { W: 5, Y: 100 } };
  const s = summarize(plan, figuresOf(plan, entries), 3, { unverified: ['P', 'Y'] });

  test('every list of the text and the 汇总 names the part with its whole', () => {
    expect(byCode(s, 'P').listName).toBe('农村危房改造中的土坯房改造');
    expect(byCode(s, 'Q').listName).toBe('危旧房拆除');
    expect(byCode(s, 'W').listName).toBe('农村危房改造');
    const attention = s.text.zh.at(-1);
    expect(attention).toBe(
      '需重点关注：未填报的有危旧房拆除（共1项）；填报数据待核实的有农村危房改造中的土坯房改造、新造油茶林（共2项）。',
    );
    expect(s.text.en.at(-1)).toContain('figures to verify: 农村危房改造中的土坯房改造, 新造油茶林 (2)');
    expect(s.text.zh.join('')).not.toMatch(/有[^。；]*其中：/);
    const sheet = summarySheet(plan, figuresOf(plan, entries).meta, s, 3);
    expect(JSON.stringify(sheet)).toContain('待核实：农村危房改造中的土坯房改造、新造油茶林的填报数据');
  });

  test('the words a part shares with its whole are said once: 新增市场主体中的企业', () => {
    const p = planOf([
      ind({ code: 'A', kind: 'cumulative', name: '新增市场主体', unit: '户', value: 500 }),
      ind({ code: 'B', kind: 'cumulative', name: '新增企业', unit: '家', value: 80, parent: 'A' }),
      ind({ code: 'C', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60 }),
      ind({ code: 'D', kind: 'cumulative', name: '农村土坯房改造', unit: '户', value: 20, parent: 'C' }),
    ]);
    const t = summarize(p, figuresOf(p, { 1: { A: 40, B: 6, C: 3, D: 1 } }), 1);
    expect([byCode(t, 'B').listName, byCode(t, 'D').listName]).toEqual([
      '新增市场主体中的企业',
      '农村危房改造中的土坯房改造',
    ]);
  });

  test('the 通报: the chart note and the lagging table name it the same way', () => {
    const held = summarize(plan, figuresOf(plan, { ...entries, 3: { ...entries[3], P: 0 } }), 3, { unverified: ['Y'] });
    expect(chartCaption(chartData(held)).note).toContain('未填报的危旧房拆除（共1项）未计入');
    const model = reportModel(held, { date: { year: 2023, month: 4, day: 5 } });
    const tables = model.blocks.filter((b) => b.kind === 'table');
    const names = tables.flatMap((t) => (t.kind === 'table' ? t.rows.map((r) => r[1]?.text) : []));
    expect(names).toContain('农村危房改造中的土坯房改造');
    expect(names.some((n) => n?.startsWith('其中'))).toBe(false);
  });
});

describe('a flow’s earlier month left blank counts as 0, and its sentence says so', () => {
  const p = planOf([
    ind({ code: 'J', kind: 'cumulative', name: '城镇新增就业', unit: '人', value: 300 }),
    ind({
      code: 'B',
      kind: 'cumulative',
      name: '不发生重大森林火灾',
      unit: '起',
      comparator: '<=',
      value: 0,
      bottomLine: true,
    }),
  ]);
  const year = Array.from({ length: 12 }, (_, i) => i + 1);
  const entries: Entries = Object.fromEntries(year.map((m) => [m, { J: 25, B: 0 }]));
  delete entries[8].J;

  test('December names August, as the check’s 提示性 finding does', () => {
    const s = summarize(p, figuresOf(p, entries, year), 12);
    expect(byCode(s, 'J').clause).toBe(
      '城镇新增就业完成275人，占年度目标的91.7%，未完成年度目标，差25人（8月未填报，按0计入）',
    );
  });

  test('a workbook made for 7-12月 does not call 1-6月 unreported', () => {
    const late = year.filter((m) => m >= 7);
    const s = summarize(p, figuresOf(p, entries, late), 12);
    expect(byCode(s, 'J').clause).toContain('（8月未填报，按0计入）');
    expect(byCode(s, 'J').clause).not.toMatch(/1-\d月|[1-6]月未填报/);
    expect(byCode(s, 'B').clause).toBe('未发生重大森林火灾，守住底线');
  });
});
