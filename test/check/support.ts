// Hand-built TemplateFigures for the pure rule tests: one month sheet per month, indicator rows from
// row 4 in plan order, columns at their default letters (F 本月, G 累计, K 状态, M 备注). The 累计
// cells hold a formula and the value the template computes (src/template/formulas.ts cumulate),
// unless a test types over them.
import { COL } from '../../src/workbook/layout';
import type { Plan } from '../../src/plan';
import type { CellValue } from '../../src/workbook/spec';
import type { MonthSheetFigures, RowFigures, TemplateFigures, ReadProblem } from '../../src/workbook/figures';
import { cumulate } from '../../src/template/formulas';

export interface Entry {
  /** 本月 */
  f?: CellValue;
  /** A value typed over the 累计 formula. */
  g?: CellValue;
  /** 备注 */
  note?: CellValue;
  /** A value typed over the 状态 formula. */
  status?: CellValue;
}

export type Entries = Record<number, Record<string, CellValue | Entry>>;

function asEntry(e: CellValue | Entry | undefined): Entry {
  if (e === undefined) return {};
  if (e === null || typeof e !== 'object') return { f: e };
  return e;
}

export const FIRST_ROW = 4;

export function figuresOf(
  plan: Plan,
  entries: Entries,
  opts: { months?: number[]; problems?: ReadProblem[]; sheetName?: (m: number) => string } = {},
): TemplateFigures {
  const monthsList = opts.months ?? Object.keys(entries).map(Number);
  const last = Math.max(0, ...monthsList);
  const prevCum = new Map<string, CellValue>();
  const months: MonthSheetFigures[] = [];
  for (let m = 1; m <= last; m++) {
    const present = monthsList.includes(m);
    const rows: RowFigures[] = [];
    plan.indicators.forEach((ind, i) => {
      const r = FIRST_ROW + i;
      const e = asEntry(entries[m]?.[ind.code]);
      const f = e.f ?? null;
      const computed = present ? cumulate(ind, f, m === 1 ? undefined : (prevCum.get(ind.code) ?? '')) : '';
      const cum: CellValue = e.g !== undefined ? e.g : computed;
      prevCum.set(ind.code, cum === null ? '' : cum);
      rows.push({
        code: ind.code,
        row: r,
        month: { address: `F${r}`, value: f, formula: null },
        cumulative:
          e.g !== undefined
            ? { address: `G${r}`, value: e.g, formula: null }
            : { address: `G${r}`, value: computed === '' ? null : computed, formula: `=G(${ind.code})` },
        note: { address: `M${r}`, value: e.note ?? null, formula: null },
        status:
          e.status !== undefined
            ? { address: `K${r}`, value: e.status, formula: null }
            : { address: `K${r}`, value: null, formula: '=STATUS()' },
      });
    });
    if (!present) {
      prevCum.clear();
      continue;
    }
    months.push({
      sheet: opts.sheetName ? opts.sheetName(m) : `${m}月`,
      month: m,
      columns: { ...COL }, // every column where a generated sheet has it
      rows,
    });
  }
  return {
    meta: {
      templateVersion: '1.0',
      planHash: 'test',
      year: plan.year,
      unitName: plan.unitName,
      unitFilter: null,
      months: months.map((s) => s.month),
    },
    plan,
    months,
    problems: opts.problems ?? [],
  };
}
