// One month sheet ("3月"): title, 填报单位 line, header, section title rows, indicator rows with
// input cells (本月, 备注) and formulas, footer; validation, conditional formats, protection, print.
import type { Indicator, Plan } from '../plan/types';
import { bandsFor, thresholdsFor } from '../plan/types';
import { targetAt } from '../plan/adjust';
import type {
  CellSpec,
  CellValue,
  ConditionalFormatSpec,
  FormatSpec,
  SheetSpec,
  ValidationSpec,
} from '../workbook/spec';
import { emptySheet } from '../workbook/spec';
import { colLetter } from '../workbook/a1';
import { COLOUR_RULE, MILESTONE_STATES } from '../progress/progress';
import {
  COL as LAYOUT_COLUMNS,
  COLUMN_WIDTHS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerTexts,
  L as LAYOUT_LETTERS,
  LAST_COL,
  monthSheetName,
  monthTitleText,
  periodText,
  TITLE_ROW,
  UNIT_ROW,
  type MonthColumn,
} from '../workbook/layout';
import { chineseNumber, FOOTER_TEXT } from './layout';
import { lit, rowFormulas } from './formulas';
import { targetCell } from './target';
import { partLabel, type SheetRow } from './rows';

// Local copies: module bindings compiled to CommonJS are getters, and these are read per cell.
const COL = { ...LAYOUT_COLUMNS };
const L = { ...LAYOUT_LETTERS };

/** What one indicator row holds in one month: the entry, the note and the computed 累计. */
export interface MonthCell {
  entry: CellValue;
  note: CellValue;
  cum: CellValue;
}

export const FILL = {
  header: '#DDEBF7',
  section: '#F2F2F2',
  input: '#FFF2CC',
  green: '#C6EFCE',
  amber: '#FFEB9C',
  red: '#FFC7CE',
  over: '#FCE4D6',
};
export const FONT = { green: '#006100', amber: '#9C5700', red: '#9C0006', over: '#C00000' };

function monthTitle(plan: Plan, month: number, unit: string | null): string {
  return monthTitleText(unit ? `${plan.unitName}（${unit}）` : plan.unitName, plan.year, month);
}

/** Single-row formats merged into runs of consecutive rows with the same properties. */
class Formats {
  private layers = new Map<string, { c1: number; c2: number; props: Omit<FormatSpec, 'ref'>; rows: number[] }>();
  add(row: number, c1: number, c2: number, props: Omit<FormatSpec, 'ref'>): void {
    const key = `${c1}:${c2}:${JSON.stringify(props)}`;
    const layer = this.layers.get(key);
    if (layer) layer.rows.push(row);
    else this.layers.set(key, { c1, c2, props, rows: [row] });
  }
  list(): FormatSpec[] {
    const out: FormatSpec[] = [];
    for (const { c1, c2, props, rows } of this.layers.values()) {
      let start = rows[0];
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
        const end = rows[i - 1];
        out.push({ ref: `${colLetter(c1)}${start}:${colLetter(c2)}${end}`, ...props });
        if (i < rows.length) start = rows[i];
      }
    }
    return out;
  }
}

/** Consecutive indicator rows that share a key; section title rows (key null) join the run they sit in. */
function runs<T>(
  items: Array<{ row: number; key: string | null; data: T }>,
): Array<{ r1: number; r2: number; data: T }> {
  const out: Array<{ r1: number; r2: number; key: string; data: T }> = [];
  for (const it of items) {
    if (it.key === null) continue;
    const last = out[out.length - 1];
    if (last && last.key === it.key) last.r2 = it.row;
    else out.push({ r1: it.row, r2: it.row, key: it.key, data: it.data });
  }
  return out;
}

type PromptKind = Indicator['kind'] | 'decrease';

const INPUT_PROMPT: Record<PromptKind, { title: string; text: string }> = {
  cumulative: {
    title: '本月数 / This month',
    text: '填本月新增数，按“单位”列的单位，不填累计数。/ This month’s amount in the row’s unit, not the total.',
  },
  level: {
    title: '当前数 / Current level',
    text: '填截至本月底的实有数，按“单位”列的单位。/ The level at the end of this month, in the row’s unit.',
  },
  rate: {
    title: '累计增速 / YTD growth',
    text: '填1-本月累计增速（%），如6.5或-2.1，不带%号。/ Year-to-date growth in %, e.g. 6.5 or -2.1, no % sign.',
  },
  decrease: {
    title: '累计降幅 / YTD decrease',
    text: '下降目标：填1-本月累计降幅（%），正数，如下降3.2%填3.2；如反而上升，填负数并在备注说明。/ A decrease target: enter the year-to-date decrease in % as a positive number (down 3.2% -> 3.2); a rise is negative, explained in 备注.',
  },
  milestone: {
    title: '进展 / Progress',
    text: '从下拉列表选择：未开始、推进中、已完成。/ Pick 未开始 (not started), 推进中 (in progress) or 已完成 (done).',
  },
};

/** What decides a row's entry-time rule: its kind, and for levels the far-beyond multiple. */
interface ValidationKey {
  kind: PromptKind;
  /** Levels with a positive target: warn above this multiple of 年度目标. */
  warnMultiple: number | null;
}

function validationFor({ kind, warnMultiple }: ValidationKey, ref: string, firstRow: number): ValidationSpec {
  const prompt = { promptTitle: INPUT_PROMPT[kind].title, prompt: INPUT_PROMPT[kind].text };
  if (kind === 'milestone') {
    return {
      ref,
      type: 'list',
      list: [...MILESTONE_STATES],
      allowBlank: true,
      alert: 'stop',
      errorTitle: '进展填写有误 / Invalid state',
      error: '只能选择：未开始、推进中、已完成。/ Choose 未开始, 推进中 or 已完成.',
      ...prompt,
    };
  }
  if (kind === 'rate' || kind === 'decrease') {
    return {
      ref,
      type: 'decimal',
      operator: 'between',
      formula1: -100,
      formula2: 1000,
      allowBlank: true,
      alert: 'stop',
      errorTitle: '增速填写有误 / Invalid rate',
      error:
        '请填写-100到1000之间的数字（单位%，不带%号、不带文字）。/ Enter a number from -100 to 1000 (in %, no % sign, no text).',
      ...prompt,
    };
  }
  if (kind === 'level' && warnMultiple !== null) {
    // Excel keeps one rule per cell. A stock typed in the wrong scale (8000 on an 800亩 row) is the
    // slip worth stopping a hand for, so level rows warn (继续?) rather than stop; a negative or
    // text still gets a 强制性 finding from the checks.
    return {
      ref,
      type: 'decimal',
      operator: 'between',
      formula1: 0,
      formula2: `=${warnMultiple}*$${L.target}${firstRow}`,
      allowBlank: true,
      alert: 'warning',
      errorTitle: '请核实 / Please verify',
      error: `数值为负、不是数字，或超过年度目标的${warnMultiple}倍，请核实单位和数量级；确认无误请点“是”，并在备注说明。/ Negative, not a number, or over ${warnMultiple}x the annual target: check the unit; click Yes to keep it and explain in 备注.`,
      ...prompt,
    };
  }
  return {
    ref,
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formula1: 0,
    allowBlank: true,
    alert: 'stop',
    errorTitle: '数值填写有误 / Invalid figure',
    error:
      '请填写不小于0的数字，不带单位、逗号或文字（如 3200，不是“3,200亩”或“约3千”）。/ Enter a number of at least 0, without units, commas or text.',
    ...prompt,
  };
}

export interface MonthSheetResult {
  sheet: SheetSpec;
  /** The indicator codes by 1-based sheet row. */
  codesByRow: Array<[number, string]>;
}

/** Everything about a month sheet that does not depend on the month: formats, merges, validation,
 * conditional formats, print setup. Built once per workbook and copied onto each month sheet. */
export interface MonthSheetStyle {
  formats: FormatSpec[];
  merges: string[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  footerRow: number;
}

export function monthSheetStyle(plan: Plan, rows: SheetRow[]): MonthSheetStyle {
  const formats = new Formats();
  const A = COL.seq;
  const M = COL.note;
  const merges = [
    `A${TITLE_ROW}:${L.note}${TITLE_ROW}`,
    `A${UNIT_ROW}:${L.target}${UNIT_ROW}`,
    `${L.month}${UNIT_ROW}:${L.expected}${UNIT_ROW}`,
    `${L.gap}${UNIT_ROW}:${L.note}${UNIT_ROW}`,
  ];
  formats.add(TITLE_ROW, A, M, { font: { bold: true, size: 16 }, horizontal: 'center', vertical: 'middle' });
  formats.add(UNIT_ROW, A, M, { font: { size: 10 }, vertical: 'middle' });
  formats.add(HEADER_ROW, A, LAST_COL, {
    font: { bold: true },
    fill: FILL.header,
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: { style: 'thin' },
  });

  const validationItems: Array<{ row: number; key: string | null; data: ValidationKey }> = [];
  const colourItems: Array<{ row: number; key: string | null; data: Indicator | null }> = [];
  const overItems: Array<{ row: number; key: string | null; data: number }> = [];
  let r = FIRST_DATA_ROW;
  for (const sr of rows) {
    if (sr.type === 'section') {
      formats.add(r, A, M, { font: { bold: true }, fill: FILL.section, border: { style: 'thin' } });
      colourItems.push({ row: r, key: null, data: null });
      validationItems.push({ row: r, key: null, data: { kind: 'cumulative', warnMultiple: null } });
      overItems.push({ row: r, key: null, data: 0 });
    } else {
      const ind = sr.ind;
      const t = targetCell(ind);
      formats.add(r, A, M, { border: { style: 'thin' }, vertical: 'middle' });
      formats.add(r, COL.name, COL.name, {
        numberFormat: '@',
        wrap: true,
        ...(sr.depth > 0 ? { indent: Math.min(sr.depth * 2, 6) } : {}),
      });
      formats.add(
        r,
        COL.target,
        COL.target,
        t.numberFormat ? { numberFormat: t.numberFormat } : { horizontal: 'center' },
      );
      formats.add(r, COL.month, COL.month, { locked: false, fill: FILL.input });
      formats.add(r, COL.note, COL.note, { locked: false, fill: FILL.input, numberFormat: '@', wrap: true });
      formats.add(r, COL.completion, COL.expected, { numberFormat: '0.0%' });
      formats.add(r, COL.gap, COL.gap, { numberFormat: '0.0' });

      colourItems.push({ row: r, key: String(bandsFor(plan, ind).redPp), data: ind });
      const mult = thresholdsFor(plan, ind).overTargetMultiple;
      const warnMultiple = ind.kind === 'level' && ind.value !== null && ind.value > 0 ? mult : null;
      const kind: PromptKind = ind.kind === 'rate' && ind.direction === 'decrease' ? 'decrease' : ind.kind;
      validationItems.push({ row: r, key: `${kind}|${warnMultiple}`, data: { kind, warnMultiple } });
      overItems.push({ row: r, key: ind.kind === 'milestone' ? null : String(mult), data: mult });
    }
    r++;
  }
  const lastDataRow = r - 1;
  const footerRow = r + 1;
  merges.push(`A${footerRow}:${L.note}${footerRow}`);
  formats.add(footerRow, A, M, { font: { size: 10 } });
  // Centred narrow columns come last so they win over row-wide alignment.
  for (let row = FIRST_DATA_ROW; row <= lastDataRow; row++) {
    for (const c of [COL.seq, COL.code, COL.unit, COL.status]) formats.add(row, c, c, { horizontal: 'center' });
  }

  // Entry-time validation on 本月, by kind.
  const validations = runs(validationItems).map((run) =>
    validationFor(run.data, `${L.month}${run.r1}:${L.month}${run.r2}`, run.r1),
  );
  // 备注: an information-tier rule, so a long explanation is allowed but the writer is told it will
  // not print well; its prompt says when a note is required.
  if (lastDataRow >= FIRST_DATA_ROW)
    validations.push({
      ref: `${L.note}${FIRST_DATA_ROW}:${L.note}${lastDataRow}`,
      type: 'textLength',
      operator: 'lessThanOrEqual',
      formula1: 100,
      allowBlank: true,
      alert: 'information',
      errorTitle: '备注较长 / Long note',
      error:
        '备注超过100字，打印时可能显示不全；可以保留。/ Over 100 characters: it may not print in full; you may keep it.',
      promptTitle: '备注 / Note',
      prompt:
        '审核提示“核实性”问题时，在此说明原因（如：新增项目集中验收）。/ Explain here any figure the checks ask you to verify.',
    });

  // Status colours on 差额 and 状态, with the indicator's own bands: the same colours as evaluate().
  const conditionalFormats: ConditionalFormatSpec[] = [];
  let priority = 1;
  const cf = (c: ConditionalFormatSpec) => conditionalFormats.push(c);
  // The colours of progress/colourFor: fixed words green or red; behind words amber, red beyond the
  // red line.
  const anyOf = (K: string, words: readonly string[]) => `OR(${words.map((w) => `${K}="${w}"`).join(',')})`;
  for (const run of runs(colourItems)) {
    const ind = run.data as Indicator;
    const b = bandsFor(plan, ind);
    const ref = `${L.gap}${run.r1}:${L.status}${run.r2}`;
    const J = `$${L.gap}${run.r1}`;
    const K = `$${L.status}${run.r1}`;
    const behind = anyOf(K, COLOUR_RULE.behind);
    cf({
      ref,
      type: 'expression',
      formula: `=OR(${anyOf(K, COLOUR_RULE.red)},AND(${behind},ISNUMBER(${J}),${J}<${lit(-b.redPp)}))`,
      fill: FILL.red,
      fontColor: FONT.red,
      priority: priority++,
      stopIfTrue: true,
    });
    cf({
      ref,
      type: 'expression',
      formula: `=${behind}`,
      fill: FILL.amber,
      fontColor: FONT.amber,
      priority: priority++,
      stopIfTrue: true,
    });
    cf({
      ref,
      type: 'expression',
      formula: `=${anyOf(K, COLOUR_RULE.green)}`,
      fill: FILL.green,
      fontColor: FONT.green,
      priority: priority++,
      stopIfTrue: true,
    });
  }
  // A figure far beyond the target (verify tier): Excel allows one validation per cell and the Stop
  // rule holds it, so the warning is a highlight here and a 核实性 finding in the checks.
  for (const run of runs(overItems)) {
    const E = `$${L.target}${run.r1}`;
    const G = `$${L.cumulative}${run.r1}`;
    cf({
      ref: `${L.month}${run.r1}:${L.cumulative}${run.r2}`,
      type: 'expression',
      formula: `=AND(ISNUMBER(${G}),ISNUMBER(${E}),${E}>0,${G}>${lit(run.data)}*${E})`,
      fill: FILL.over,
      fontColor: FONT.over,
      priority: priority++,
    });
  }
  if (lastDataRow >= FIRST_DATA_ROW) {
    cf({
      ref: `${L.completion}${FIRST_DATA_ROW}:${L.completion}${lastDataRow}`,
      type: 'dataBar',
      color: '#63BE7B',
      min: 0,
      max: 1,
      priority: priority++,
    });
  }
  return { formats: formats.list(), merges, validations, conditionalFormats, footerRow };
}

export function buildMonthSheet(
  plan: Plan,
  rows: SheetRow[],
  month: number,
  cells: Map<string, MonthCell>,
  unit: string | null,
  style: MonthSheetStyle = monthSheetStyle(plan, rows),
): MonthSheetResult {
  const sheet = emptySheet(monthSheetName(month));
  const grid: CellSpec[][] = [];
  const codesByRow: Array<[number, string]> = [];
  const blankRow = (): CellSpec[] => Array.from({ length: LAST_COL }, () => ({ v: null }));

  // Title, 填报单位 line, header.
  const title = blankRow();
  title[0] = { v: monthTitle(plan, month, unit) };
  const unitLine = blankRow();
  unitLine[0] = { v: `填报单位：${unit ?? plan.unitName}` };
  unitLine[COL.month - 1] = { v: `报告期：${plan.year}年${periodText(month)}` };
  unitLine[COL.gap - 1] = { v: '单位：见各行“单位”列' };
  const headers = headerTexts(month);
  const header = blankRow();
  for (const [key, col] of Object.entries(COL)) header[col - 1] = { v: headers[key as MonthColumn] };
  grid.push(title, unitLine, header);

  let r = FIRST_DATA_ROW;
  for (const sr of rows) {
    const line = blankRow();
    if (sr.type === 'section') {
      line[COL.seq - 1] = { v: `${chineseNumber(sr.number)}、` };
      line[COL.name - 1] = { v: sr.section.title };
    } else {
      // From an adjustment's month on, 年度目标 and every formula use the adjusted target.
      const ind = targetAt(sr.ind, month);
      const cell = cells.get(ind.code) ?? { entry: null, note: null, cum: '' };
      const fx = rowFormulas(plan, ind, month, r, cell.cum, cell.entry);
      line[COL.seq - 1] = { v: sr.seq };
      line[COL.code - 1] = { v: ind.code };
      line[COL.name - 1] = { v: sr.depth > 0 ? partLabel(ind.name) : ind.name };
      line[COL.unit - 1] = { v: ind.unit || null };
      line[COL.target - 1] = { v: targetCell(ind).v };
      line[COL.month - 1] = { v: cell.entry };
      line[COL.cumulative - 1] = fx.cumulative;
      line[COL.completion - 1] = fx.completion;
      line[COL.expected - 1] = fx.expected;
      line[COL.gap - 1] = fx.gap;
      line[COL.status - 1] = fx.status;
      line[COL.responsible - 1] = { v: ind.responsible };
      line[COL.note - 1] = { v: cell.note };
      line[COL.section - 1] = { v: ind.section };
      codesByRow.push([r, ind.code]);
    }
    grid.push(line);
    r++;
  }
  // Footer, one blank row below the table.
  grid.push(blankRow());
  const footer = blankRow();
  footer[0] = { v: FOOTER_TEXT };
  grid.push(footer);

  sheet.ranges.push({ ref: 'A1', rows: grid });
  // Copies: each sheet's spec is its own plain data, whatever a consumer does to another.
  sheet.formats = style.formats.map((f) => ({ ...f }));
  sheet.merges = [...style.merges];
  sheet.validations = style.validations.map((v) => ({ ...v }));
  sheet.conditionalFormats = style.conditionalFormats.map((c) => ({ ...c }));
  sheet.columnWidths = [...COLUMN_WIDTHS];
  sheet.hiddenColumns = [COL.section];
  sheet.rowHeights = { [TITLE_ROW]: 30, [HEADER_ROW]: 48 };
  sheet.freeze = { rows: HEADER_ROW, columns: COL.name };
  sheet.protection = {
    password: null,
    allowFormatColumns: true,
    allowFormatRows: true,
    allowSort: false,
    allowAutoFilter: false,
  };
  sheet.print = {
    orientation: 'landscape',
    paperSize: 'A4',
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `${TITLE_ROW}:${HEADER_ROW}`,
    area: `A1:${L.note}${style.footerRow}`,
  };
  return { sheet, codesByRow };
}
