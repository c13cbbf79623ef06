// 指标库: the plan as an Excel table the statistician edits. Every Indicator field has a column
// (ledgerColumns.ts); words a user reads (类型, 比较, 方向, 每月任务) are Chinese. Plan-level fields
// (year, unitName, title, sections, settings) live in _meta; the sections' titles are also shown
// here so the table reads on its own. Reading it back: ledgerRead.ts.
import type { Indicator, Plan } from '../plan/types';
import type { CellValue, PrintSpec, SheetSpec, ValidationSpec } from '../workbook/spec';
import { emptySheet, landscapePrint } from '../workbook/spec';
import { colLetter } from '../workbook/a1';
import { LEDGER_SHEET, LEDGER_TABLE } from './layout';
import {
  COMPARATOR_WORDS as COMPARATOR_WORDS_ZH,
  DIRECTION_WORDS as DIRECTION_WORDS_ZH,
  KIND_WORDS as KIND_WORDS_ZH,
  type Words,
} from '../progress/vocabulary';
import { LEDGER_COLUMNS, ledgerLetter, type FieldKey } from './ledgerColumns';

const zhOf = <K extends string>(t: Record<K, Words>): Record<K, string> =>
  Object.fromEntries(Object.entries<Words>(t).map(([k, w]) => [k, w.zh])) as Record<K, string>;
const KIND_ZH = zhOf(KIND_WORDS_ZH);
const COMPARATOR_ZH = zhOf(COMPARATOR_WORDS_ZH);
const DIRECTION_ZH = zhOf(DIRECTION_WORDS_ZH);
/** 类型 of a bottom line (a count at most 0): read back by ledgerRead as cumulative + bottomLine. */
export const BOTTOM_LINE_KIND = '底线';

function listText(xs: Array<number | null>): string {
  return xs.map((x) => (x === null ? '' : String(x))).join(',');
}

function indicatorCells(ind: Indicator, sectionTitle: string): Record<FieldKey, CellValue> {
  return {
    code: ind.code,
    section: ind.section,
    sectionTitle,
    name: ind.name,
    kind: ind.bottomLine ? BOTTOM_LINE_KIND : KIND_ZH[ind.kind],
    unit: ind.unit || null,
    // A milestone is done or not: no comparison to show (read back as the default).
    comparator: ind.kind === 'milestone' ? null : COMPARATOR_ZH[ind.comparator],
    value: ind.value,
    max: ind.max,
    adjustedValue: ind.adjustment?.value ?? null,
    adjustedMax: ind.adjustment?.max ?? null,
    adjustMonth: ind.adjustment?.month ?? null,
    adjustReason: ind.adjustment?.reason ?? null,
    tolerance: ind.tolerance,
    direction: ind.direction ? DIRECTION_ZH[ind.direction] : null,
    baseline: ind.baseline,
    responsible: ind.responsible,
    lead: ind.lead,
    deadlineMonth: ind.deadlineMonth,
    recurring: ind.recurring ? '是' : '否',
    hold: ind.kind === 'level' ? (ind.hold ? '是' : '否') : null,
    reportMonths: ind.reportMonths ? ind.reportMonths.join(',') : null,
    parent: ind.parent,
    schedule: ind.schedule ? listText(ind.schedule) : null,
    lastYear: ind.lastYear ? listText(ind.lastYear) : null,
    aheadPp: ind.bands?.aheadPp ?? null,
    behindPp: ind.bands?.behindPp ?? null,
    redPp: ind.bands?.redPp ?? null,
    momChange: ind.thresholds?.momChange ?? null,
    yoyChange: ind.thresholds?.yoyChange ?? null,
    overTargetMultiple: ind.thresholds?.overTargetMultiple ?? null,
    scaleFactor: ind.thresholds?.scaleFactor ?? null,
    note: ind.note,
  };
}

/** The 指标库 grid: a header row, then one row per indicator, in plan order. */
export function planToLedger(plan: Plan): CellValue[][] {
  const titles = new Map(plan.sections.map((s) => [s.id, s.title]));
  const rows: CellValue[][] = [LEDGER_COLUMNS.map((c) => c.header)];
  for (const ind of plan.indicators) {
    const cells = indicatorCells(ind, titles.get(ind.section) ?? '');
    rows.push(LEDGER_COLUMNS.map((c) => cells[c.key]));
  }
  return rows;
}

/** Rows below the table that still get the list validations, so rows typed under it are checked. */
const SPARE_ROWS = 200;

export function buildLedgerSheet(plan: Plan): SheetSpec {
  const sheet = emptySheet(LEDGER_SHEET);
  const grid = planToLedger(plan);
  const lastCol = colLetter(LEDGER_COLUMNS.length);
  const lastRow = Math.max(grid.length, 2);
  sheet.ranges.push({ ref: 'A1', rows: grid.map((row) => row.map((v) => ({ v }))) });
  sheet.tables.push({ name: LEDGER_TABLE, ref: `A1:${lastCol}${lastRow}`, style: 'TableStyleMedium2' });
  sheet.columnWidths = LEDGER_COLUMNS.map((c) => c.width);
  sheet.freeze = { rows: 1, columns: 1 };
  sheet.print = ledgerPrint(lastRow);
  sheet.formats.push({ ref: `A1:${lastCol}1`, font: { bold: true }, horizontal: 'center', wrap: true });
  const end = lastRow + SPARE_ROWS;
  LEDGER_COLUMNS.forEach((c, i) => {
    if (c.format) sheet.formats.push({ ref: `${colLetter(i + 1)}2:${colLetter(i + 1)}${end}`, numberFormat: c.format });
  });
  sheet.validations.push(
    listRule('kind', [...Object.values(KIND_ZH), BOTTOM_LINE_KIND], '类型', 'kind', end),
    listRule('comparator', Object.values(COMPARATOR_ZH), '比较', 'comparator', end),
    listRule('direction', Object.values(DIRECTION_ZH), '方向', 'direction', end),
    listRule('recurring', ['是', '否'], '每月任务', 'recurring', end),
    listRule('hold', ['是', '否'], '保持水平', 'hold', end),
    monthRule('adjustMonth', 2, end, {
      errorTitle: '调整月份有误 / Invalid month',
      error:
        '调整月份填2-12的整数：从该月起按调整后目标计算。/ A whole month 2-12: progress from that month uses the adjusted target.',
    }),
    monthRule('deadlineMonth', 1, end, {
      errorTitle: '截止月份有误 / Invalid month',
      error: '截止月份填1-12的整数，年底前可留空。/ A whole month 1-12; leave blank for year end.',
    }),
  );
  return sheet;
}

/**
 * How the 台账 prints for a meeting (review3 W39): the plan's own columns, 代码 to 截止月份, two A4
 * pages wide with 代码…指标名称 and the header repeated on each, near full size; the settings
 * columns after them (每月任务, 序时计划, thresholds, 说明…) stay on screen, out of the print (33
 * columns on one page were a few points high).
 */
export function ledgerPrint(lastRow: number): PrintSpec {
  const names = ledgerLetter('name');
  return landscapePrint({
    titleRows: '1:1',
    titleColumns: `A:${names}`,
    area: `A1:${ledgerLetter(LEDGER_PRINT_LAST)}${lastRow}`,
    fitToWidth: 2,
  });
}

/** The last column the 台账 prints. */
export const LEDGER_PRINT_LAST: FieldKey = 'deadlineMonth';

/** A column whose cells take one of `words` (from its drop-down), rows 2..end. */
function listRule(key: FieldKey, words: string[], what: string, whatEn: string, end: number): ValidationSpec {
  const col = ledgerLetter(key);
  return {
    ref: `${col}2:${col}${end}`,
    type: 'list',
    list: words,
    allowBlank: true,
    alert: 'stop',
    errorTitle: `${what}填写有误 / Invalid ${whatEn}`,
    error: `请从下拉列表选择：${words.join('、')}。/ Choose one of the listed ${whatEn} words.`,
  };
}

/** A column of whole months from..12, rows 2..end. */
function monthRule(
  key: FieldKey,
  from: number,
  end: number,
  say: Pick<ValidationSpec, 'errorTitle' | 'error'>,
): ValidationSpec {
  const col = ledgerLetter(key);
  return {
    ref: `${col}2:${col}${end}`,
    type: 'whole',
    operator: 'between',
    formula1: from,
    formula2: 12,
    allowBlank: true,
    alert: 'stop',
    ...say,
  };
}
