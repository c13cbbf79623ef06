// Hand-made TemplateFigures for the pure merge tests: a master and returns on a small plan.
import { planHash, type Plan } from '../../src/plan';
import type { MonthSheetFigures, TemplateFigures } from '../../src/workbook/figures';
import type { CellValue } from '../../src/workbook/spec';
import { ind, planOf } from '../support/plans';

export const smallPlan: Plan = planOf([
  ind({ code: 'A-01', name: '引进工业项目', kind: 'cumulative', unit: '个', value: 3, responsible: '镇招商办' }),
  ind({
    code: 'A-02',
    name: '粮食生产面积',
    kind: 'cumulative',
    unit: '万亩',
    value: 3.2,
    responsible: '镇农业农村办',
  }),
  ind({ code: 'A-03', name: '农民收入增长', kind: 'rate', unit: '%', value: 7, responsible: '镇农业农村办' }),
  ind({
    code: 'A-04',
    name: '河道整治',
    kind: 'milestone',
    unit: '',
    comparator: '>=',
    deadlineMonth: 6,
    responsible: '镇水利站、镇农业农村办',
  }),
  ind({ code: 'A-05', name: '新造油茶林', kind: 'cumulative', unit: '亩', value: 800, responsible: '镇林业站' }),
]);

/** Entries by code: [本月, 备注]. */
export type Entries = Record<string, [CellValue, CellValue]>;

/** A month sheet laid out as the template does: data from row 4, 本月 in F, 备注 in M. */
export function monthSheet(month: number, codes: string[], entries: Entries = {}): MonthSheetFigures {
  return {
    sheet: `${month}月`,
    month,
    columns: { code: 2, month: 6, cumulative: 7, note: 13 },
    rows: codes.map((code, i) => {
      const row = 4 + i;
      const [m, n] = entries[code] ?? [null, null];
      return {
        code,
        row,
        month: { address: `F${row}`, value: m, formula: null },
        cumulative: { address: `G${row}`, value: null, formula: `=F${row}` },
        note: { address: `M${row}`, value: n, formula: null },
        status: null,
      };
    }),
  };
}

export function template(
  plan: Plan,
  unitFilter: string | null,
  months: Record<number, Entries>,
  over: Partial<TemplateFigures['meta']> = {},
): TemplateFigures {
  const codes = plan.indicators
    .filter((i) => unitFilter === null || (i.responsible ?? '').split('、').includes(unitFilter))
    .map((i) => i.code);
  return {
    meta: {
      templateVersion: '1',
      planHash: planHash(plan),
      year: plan.year,
      unitName: plan.unitName,
      unitFilter,
      months: Object.keys(months).map(Number),
      ...over,
    },
    plan,
    months: Object.entries(months).map(([m, e]) => monthSheet(Number(m), codes, e)),
    problems: [],
  };
}
