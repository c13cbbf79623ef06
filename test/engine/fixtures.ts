// The real-engine fixtures: the seed plan plus rows for every kind and comparator the seed lacks,
// and figures for several months chosen to reach every status word, the colour bands, and the
// rounding edges (half away from zero, 序时 rounded to 0.1%).
import { parsePlan, seedPlan } from '../../src/plan';
import type { Plan } from '../../src/plan';
import type { EnteredFigures } from '../../src/template';

const EXTRA = [
  {
    code: 'XT-LE1',
    section: '4',
    name: '较大安全生产事故',
    kind: 'cumulative',
    unit: '起',
    comparator: '<=',
    value: 2,
  },
  { code: 'XT-LE2', section: '4', name: '森林火灾', kind: 'cumulative', unit: '起', comparator: '<=', value: 2 },
  { code: 'XT-ZERO', section: '2', name: '规模性返贫户数', kind: 'cumulative', unit: '户', comparator: '<=', value: 0 },
  // A bottom line: 0 kept (达标), a month left blank (未填报), one occurrence breaks it (未达标 from then
  // on, December too), an earlier month's text figure (待核实).
  {
    code: 'XT-BL',
    section: '2',
    name: '不发生规模性返贫（底线）',
    kind: 'cumulative',
    unit: '户',
    comparator: '<=',
    value: 0,
    bottomLine: true,
  },
  {
    code: 'XT-BL2',
    section: '4',
    name: '确保不发生重大安全事故',
    kind: 'cumulative',
    unit: '起',
    comparator: '<=',
    value: 0,
    bottomLine: true,
  },
  {
    code: 'XT-AP',
    section: '5',
    name: '新增城镇就业',
    kind: 'cumulative',
    unit: '人',
    comparator: 'approx',
    value: 100,
    tolerance: 0.05,
  },
  { code: 'XT-LVLE', section: '2', name: '耕地撂荒面积', kind: 'level', unit: '亩', comparator: '<=', value: 50 },
  {
    code: 'XT-LVBT',
    section: '2',
    name: '生猪存栏（万头）',
    kind: 'level',
    unit: '万头',
    comparator: 'between',
    value: 10,
    max: 12,
  },
  {
    code: 'XT-RD',
    section: '4',
    name: '单位GDP能耗下降',
    kind: 'rate',
    unit: '%',
    comparator: '>=',
    value: 2,
    direction: 'decrease',
  },
  {
    code: 'XT-RLE',
    section: '1',
    name: '政府负债增长',
    kind: 'rate',
    unit: '%',
    comparator: '<=',
    value: 4,
    direction: 'increase',
  },
  {
    code: 'XT-RAP',
    section: '5',
    name: '居民人均可支配收入增长',
    kind: 'rate',
    unit: '%',
    comparator: 'approx',
    value: 7,
    tolerance: 0.05,
    direction: 'increase',
  },
  {
    code: 'XT-RHALF',
    section: '5',
    name: '农村居民人均可支配收入增长',
    kind: 'rate',
    unit: '%',
    comparator: '>=',
    value: 7.5,
    direction: 'increase',
  },
  {
    code: 'XT-SCH',
    section: '2',
    name: '晚稻机插面积',
    kind: 'cumulative',
    unit: '亩',
    comparator: '>=',
    value: 500,
    schedule: [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1],
    bands: { aheadPp: 2, behindPp: 3, redPp: 10 },
  },
  // A level to hold (达标 / 未达标 every month) and a quarterly survey (不适用 before March).
  {
    code: 'XT-HOLD',
    section: '4',
    name: '森林覆盖率',
    kind: 'level',
    unit: '%',
    comparator: '>=',
    value: 68,
    hold: true,
  },
  {
    code: 'XT-Q',
    section: '5',
    name: '城镇居民人均可支配收入增长',
    kind: 'rate',
    unit: '%',
    comparator: '>=',
    value: 7,
    reportMonths: [3, 6, 9, 12],
  },
  // A flow due in October: 序时 is m/10 (90% in September), and October speaks of the year.
  { code: 'XT-DL', section: '5', name: '农村危房改造', kind: 'cumulative', unit: '户', value: 60, deadlineMonth: 10 },
  // A level built up from a known start (上年基数 420): 完成 is this year's increase against the 180 planned.
  { code: 'XT-LVS', section: '2', name: '设施大棚面积', kind: 'level', unit: '亩', value: 600, baseline: 420 },
  // Running totals typed as monthly figures: from 6月 the 累计 is beyond 3× the target, 待核实 (W8).
  { code: 'XT-FAR', section: '5', name: '新增城镇就业（累计误填）', kind: 'cumulative', unit: '人', value: 100 },
  // 63.28 of 100 after 7 months: 63.3% printed against 58.3%, 5.0 points ahead, not 4.9 (W27).
  { code: 'XT-TIE', section: '5', name: '新增市场主体', kind: 'cumulative', unit: '户', value: 100 },
  { code: 'XT-MD', section: '3', name: '圩镇改造方案报批', kind: 'milestone', deadlineMonth: 2 },
  { code: 'XT-MDONE', section: '3', name: '老街立面改造', kind: 'milestone', deadlineMonth: 8 },
  // Recurring tasks: the year is judged on every due month (the 状态 formula reads earlier sheets).
  // Quarterly, every quarter done: 已完成 in December; its off months are 不适用, whatever is typed.
  {
    code: 'XT-QR',
    section: '3',
    name: '每季度开展一次消防安全检查',
    kind: 'milestone',
    recurring: true,
    reportMonths: [3, 6, 9, 12],
  },
  // Monthly, every month done but December left blank: 未填报 (the last report is missing).
  { code: 'XT-MR', section: '3', name: '每月开展一次安全生产大检查', kind: 'milestone', recurring: true },
  // Due in 3、6、9月 only, 6月 blank: 9月 decides the year (未完成), and 10-12月 say it from 9月's sheet.
  {
    code: 'XT-QR9',
    section: '3',
    name: '前三季度防汛检查',
    kind: 'milestone',
    recurring: true,
    reportMonths: [3, 6, 9],
  },
];

function withExtras(base: Plan, settings?: Partial<Plan['settings']>): Plan {
  const r = parsePlan({
    ...base,
    indicators: [...base.indicators, ...EXTRA],
    settings: { ...base.settings, ...(settings ?? {}) },
  });
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message.zh}`).join('\n'));
  return r.plan;
}

/** The seed plan with the extra rows, under the seed's settings (序时 rounded to 0.1%). */
export function enginePlan(): Plan {
  return withExtras(seedPlan());
}

/** The same rows under other settings: exact m/12 and wider bands. */
export function enginePlanVariant(): Plan {
  return withExtras(seedPlan(), { scheduleDecimals: null, bands: { aheadPp: 10, behindPp: 5, redPp: 20 } });
}

type Entry = { month?: string | number; note?: string };

/** code -> month -> 本月 entry (and a 备注 now and then). */
export function engineFigures(): EnteredFigures {
  const f: Record<string, Record<number, Entry>> = {
    // Seasonal schedule: 达进度 in March, behind (amber) in May, done in September.
    'NY-01': { 3: { month: 0.35 }, 5: { month: 1.2 }, 9: { month: 1.7 } },
    'NY-02': { 6: { month: 0.6, note: '早稻已收' }, 11: { month: 0.7 } },
    // Text in 本月 is not a figure: 累计 carries on without it.
    'NY-03': { 2: { month: '2,000' }, 3: { month: 1800 } },
    // Behind (amber) in January, red by June.
    'NY-04': { 1: { month: 10 }, 6: { month: 50 } },
    // Exactly on 序时 in June; a hair under the rounded 序时 in November (gap rounds to 0).
    'NY-06': { 6: { month: 1508.655 }, 11: { month: 1257.29 } },
    'NY-17': { 1: { month: 780 }, 5: { month: 810 } },
    'GY-02': { 4: { month: 1 }, 9: { month: 1 } },
    'GY-04a': { 3: { month: 18.4 }, 6: { month: 26 }, 12: { month: 21 } },
    // 19.95 against 20: the gap rounds half away from zero to -0.1 (欠进度 in December).
    'GY-04b': { 3: { month: 20 }, 12: { month: 19.95 } },
    'GY-04c': { 5: { month: -3 }, 12: { month: -15 } },
    'GY-M3': { 1: { month: '已完成' }, 2: { month: '推进中' } },
    'HJ-M1': { 1: { month: '推进中' } },
    'HJ-M2': { 4: { month: '已完成' } },
    'MS-01': { 3: { month: 6 }, 6: { month: 6 }, 9: { month: 6 }, 12: { month: 6 } },
    'XT-LE1': { 2: { month: 1 }, 12: { month: 0 } },
    'XT-LE2': { 3: { month: 3, note: '两起已结案' } },
    'XT-ZERO': { 1: { month: 0 } },
    'XT-BL': { 1: { month: 0 }, 2: { month: 0 }, 4: { month: 0 }, 5: { month: 1 }, 6: { month: 0 }, 12: { month: 0 } },
    'XT-BL2': { 1: { month: 0 }, 2: { month: '无' }, 3: { month: 0 }, 12: { month: 0 } },
    'XT-AP': { 6: { month: 40 }, 12: { month: 56 } },
    'XT-LVLE': { 2: { month: 30 }, 7: { month: 60 }, 12: { month: 45 } },
    'XT-LVBT': { 6: { month: 11 } },
    // 下降 rows take the decrease as a positive number; -3 is a rise.
    'XT-RD': { 3: { month: 2.5 }, 6: { month: 1 }, 9: { month: -3 }, 12: { month: 2 } },
    'XT-HOLD': { 1: { month: 67.8 }, 4: { month: 68 }, 12: { month: 67.9 } },
    'XT-Q': { 3: { month: 6.5 }, 9: { month: 7.2 }, 12: { month: 7 } },
    'XT-RLE': { 3: { month: 3 }, 6: { month: 5 }, 12: { month: 3.5 } },
    'XT-RAP': { 3: { month: 6.8 }, 6: { month: 12.5 } },
    'XT-RHALF': { 6: { month: 7.45 }, 12: { month: 7.55 } },
    'XT-SCH': { 2: { month: 60 }, 4: { month: 80 }, 6: { month: 50 } },
    'XT-DL': { 3: { month: 20 }, 9: { month: 30 }, 10: { month: 4 } },
    'XT-LVS': { 1: { month: 420 }, 6: { month: 510 }, 9: { month: 600 } },
    'XT-MD': { 1: { month: '推进中' }, 2: { month: '未开始' } },
    'XT-FAR': { 3: { month: 60 }, 4: { month: 80 }, 5: { month: 100 }, 6: { month: 120 } },
    'XT-TIE': { 7: { month: 63.28 } },
    // A stray space after the state still counts as done.
    'XT-MDONE': { 3: { month: '已完成 ' } },
    'XT-QR': {
      3: { month: '已完成' },
      4: { month: '推进中' },
      6: { month: '已完成' },
      9: { month: ' 已完成' },
      12: { month: '已完成' },
    },
    'XT-MR': Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i + 1, { month: '已完成' }])),
    'XT-QR9': { 3: { month: '已完成' }, 9: { month: '已完成' } },
  };
  return f as EnteredFigures;
}
