// A plan covering every kind, comparator and status, and month sheets filled the way a unit would.
import { COL } from '../../src/workbook/layout';
import type { Plan } from '../../src/plan';
import type { CellValue } from '../../src/workbook/spec';
import type { MonthSheetFigures, TemplateFigures } from '../../src/workbook/figures';
import { ind, planOf } from '../support/plans';

const sched = (at3: number) => [0, at3 / 2, at3, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1, 1, 1];

export function fixturePlan(): Plan {
  const econ = { section: '1', responsible: '镇经发办' };
  const farm = { section: '2', responsible: '镇农业办' };
  const life = { section: '3', responsible: '镇民政办' };
  return planOf(
    [
      ind({ code: 'A1', kind: 'cumulative', name: '引进项目', value: 100, ...econ }),
      ind({
        code: 'A3',
        kind: 'cumulative',
        name: '引进优质工业项目',
        comparator: 'between',
        value: 2,
        max: 3,
        ...econ,
      }),
      ind({ code: 'R1', kind: 'rate', name: '规上企业营收增长（百易）', unit: '%', value: 7, ...econ }),
      ind({ code: 'R2', kind: 'rate', name: '单位能耗', unit: '%', value: 2, direction: 'decrease', ...econ }),
      ind({ code: 'R4', kind: 'rate', name: '物价涨幅', unit: '%', comparator: '<=', value: 4, ...econ }),
      ind({ code: 'M4', kind: 'milestone', name: '每月外出招大引强', unit: '', recurring: true, ...econ }),
      ind({ code: 'U1', kind: 'cumulative', name: '新增市场主体', unit: '户', value: 50, section: '1' }),
      ind({
        code: 'A2',
        kind: 'cumulative',
        name: '粮食生产面积',
        unit: '万亩',
        value: 3.2,
        schedule: sched(0.25),
        ...farm,
      }),
      ind({ code: 'A5', kind: 'level', name: '设施大棚面积', unit: '亩', value: 800, baseline: 600, ...farm }),
      ind({
        code: 'A9',
        kind: 'cumulative',
        name: '油茶林改造',
        unit: '亩',
        value: 100,
        schedule: sched(0.5),
        ...farm,
      }),
      ind({
        code: 'R3',
        kind: 'rate',
        name: '农业增加值增长',
        unit: '%',
        comparator: 'approx',
        value: 7,
        tolerance: 0.1,
        ...farm,
      }),
      ind({
        code: 'M1',
        kind: 'milestone',
        name: '矿山生态修复通过省级验收',
        unit: '',
        deadlineMonth: 3,
        section: '2',
        responsible: '镇自然资源所',
      }),
      ind({
        code: 'M2',
        kind: 'milestone',
        name: '矿山生态修复通过国家验收',
        unit: '',
        deadlineMonth: 3,
        section: '2',
        responsible: '镇自然资源所',
      }),
      ind({
        code: 'A4',
        kind: 'cumulative',
        name: '美丽庭院',
        unit: '户',
        comparator: 'approx',
        value: 100,
        tolerance: 0.05,
        ...life,
      }),
      ind({ code: 'A6', kind: 'cumulative', name: '安全事故', unit: '起', comparator: '<=', value: 5, ...life }),
      ind({ code: 'A7', kind: 'cumulative', name: '信访积案', unit: '件', comparator: '<=', value: 10, ...life }),
      ind({ code: 'A8', kind: 'cumulative', name: '民生实事', unit: '件', value: 12, ...life }),
      ind({ code: 'M3', kind: 'milestone', name: '新建公办幼儿园', unit: '', ...life }),
      ind({ code: 'M5', kind: 'milestone', name: '卫生院竣工', unit: '', deadlineMonth: 6, ...life }),
    ],
    {
      unitName: '信丰县样板镇',
      sections: [
        { id: '1', title: '经济发展' },
        { id: '2', title: '农业农村' },
        { id: '3', title: '民生工程' },
      ],
    },
  );
}

/** 本月 entries by month, then by code. */
export type Entries = Record<number, Record<string, CellValue>>;

/** Figures through March that give every status once or more (see summary.test.ts). */
export const MARCH: Entries = {
  // Every flow has a figure in each month due (0 where nothing happened), as a checked workbook does.
  1: {
    A1: 10,
    A3: 1,
    R1: 3,
    R2: 1,
    R4: 2,
    M4: '已完成',
    A5: 700,
    A9: 5,
    R3: 8,
    M1: '推进中',
    M2: '未开始',
    A4: 8,
    A6: 0,
    A7: 0,
    A8: 0,
  },
  2: {
    A1: 10,
    A2: 0,
    A3: 0,
    R1: 5,
    A5: 780,
    A9: 3,
    M1: '推进中',
    M2: '推进中',
    A4: 8,
    A6: 2,
    A7: 1,
    A8: 1,
    M3: '未开始',
  },
  3: {
    A1: 20,
    A3: 1,
    R1: 6.1,
    R2: 2.5,
    R4: 4.5,
    M4: '已完成',
    A2: 2.1,
    A9: 2,
    R3: 13,
    M1: '已完成',
    A4: 8,
    A6: 4,
    A7: 2,
    A8: 2,
    M5: '推进中',
  },
};

/**
 * The month sheets as the read-back returns them: one row per indicator in plan order, starting
 * at row 5 (after the title, the 填报单位 line, the header and a section title row).
 */
export function figuresOf(plan: Plan, entries: Entries, months: number[] = [1, 2, 3]): TemplateFigures {
  const sheets: MonthSheetFigures[] = months.map((m) => ({
    sheet: `${m}月`,
    month: m,
    columns: { ...COL }, // every column where a generated sheet has it
    rows: plan.indicators.map((i, k) => {
      const row = 5 + k;
      return {
        code: i.code,
        row,
        month: { address: `F${row}`, value: entries[m]?.[i.code] ?? null, formula: null },
        cumulative: { address: `G${row}`, value: null, formula: null },
        note: { address: `M${row}`, value: null, formula: null },
        status: { address: `K${row}`, value: null, formula: null },
      };
    }),
  }));
  return {
    meta: {
      templateVersion: 'test',
      planHash: 'test',
      year: plan.year,
      unitName: plan.unitName,
      unitFilter: null,
      months,
    },
    plan,
    months: sheets,
    problems: [],
  };
}
