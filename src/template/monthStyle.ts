// The month sheet's style: everything about it that does not depend on the month (formats, merges,
// entry-time validation, conditional formats). Built once per workbook and copied onto each month
// sheet by buildMonthSheet.
import type { Indicator, Plan } from '../plan/types';
import { bandsFor, thresholdsFor } from '../plan/types';
import type { ConditionalFormatSpec, FormatSpec, ValidationSpec } from '../workbook/spec';
import { colLetter } from '../workbook/a1';
import { COLOUR_RULE, isBottomLine, MILESTONE_STATES } from '../progress/progress';
import {
  COL as LAYOUT_COLUMNS,
  FIRST_DATA_ROW,
  HEADER_ROW,
  L as LAYOUT_LETTERS,
  LAST_COL,
  TITLE_ROW,
  UNIT_ROW,
} from '../workbook/layout';
import { lit } from './formulas';
import { targetCell } from './target';
import type { SheetRow } from './rows';

// Local copies: module bindings compiled to CommonJS are getters, and these are read per cell.
const COL = { ...LAYOUT_COLUMNS };
const L = { ...LAYOUT_LETTERS };
/** The columns row-wide formats span: 序号 to 备注 (板块 is hidden). */
const A = COL.seq;
const M = COL.note;

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

type PromptKind = Indicator['kind'] | 'decrease' | 'bottomLine';

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
  bottomLine: {
    title: '底线：本月发生数 / Count',
    text: '填本月发生的起数（户数、人数），未发生填0；不要空着。/ How many times it happened this month; 0 when it did not (never leave it blank).',
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
  if (kind === 'bottomLine') {
    return {
      ref,
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formula1: 0,
      allowBlank: true,
      alert: 'stop',
      errorTitle: '底线填写有误 / Invalid count',
      error: '请填写本月发生数：未发生填0，发生填起数（整数）。/ Enter this month’s count: 0 when it did not happen.',
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

/** Everything about a month sheet that does not depend on the month: formats, merges, validation,
 * conditional formats, print setup. Built once per workbook and copied onto each month sheet. */
export interface MonthSheetStyle {
  formats: FormatSpec[];
  merges: string[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  footerRow: number;
}

/** What the indicator rows ask of the style, row by row (a section title row: key null). */
interface RowItems {
  validation: Array<{ row: number; key: string | null; data: ValidationKey }>;
  colour: Array<{ row: number; key: string | null; data: Indicator | null }>;
  over: Array<{ row: number; key: string | null; data: number }>;
}

/** Title, 填报单位 line and header: their merges and formats. */
function headStyle(formats: Formats): string[] {
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
  return [
    `A${TITLE_ROW}:${L.note}${TITLE_ROW}`,
    `A${UNIT_ROW}:${L.target}${UNIT_ROW}`,
    `${L.month}${UNIT_ROW}:${L.expected}${UNIT_ROW}`,
    `${L.gap}${UNIT_ROW}:${L.note}${UNIT_ROW}`,
  ];
}

/** An indicator row's formats: borders, the name's indent, 年度目标's format, the input cells. */
function indicatorRowFormats(formats: Formats, r: number, ind: Indicator, depth: number): void {
  const t = targetCell(ind);
  formats.add(r, A, M, { border: { style: 'thin' }, vertical: 'middle' });
  formats.add(r, COL.name, COL.name, {
    numberFormat: '@',
    wrap: true,
    ...(depth > 0 ? { indent: Math.min(depth * 2, 6) } : {}),
  });
  formats.add(r, COL.target, COL.target, t.numberFormat ? { numberFormat: t.numberFormat } : { horizontal: 'center' });
  formats.add(r, COL.month, COL.month, { locked: false, fill: FILL.input });
  formats.add(r, COL.note, COL.note, { locked: false, fill: FILL.input, numberFormat: '@', wrap: true });
  formats.add(r, COL.completion, COL.expected, { numberFormat: '0.0%' });
  formats.add(r, COL.gap, COL.gap, { numberFormat: '0.0' });
}

/** Each row's formats, and what its validation, colours and over-target highlight depend on. */
function bodyStyle(plan: Plan, rows: SheetRow[], formats: Formats): RowItems & { lastDataRow: number } {
  const items: RowItems = { validation: [], colour: [], over: [] };
  let r = FIRST_DATA_ROW;
  for (const sr of rows) {
    if (sr.type === 'section') {
      formats.add(r, A, M, { font: { bold: true }, fill: FILL.section, border: { style: 'thin' } });
      items.colour.push({ row: r, key: null, data: null });
      items.validation.push({ row: r, key: null, data: { kind: 'cumulative', warnMultiple: null } });
      items.over.push({ row: r, key: null, data: 0 });
    } else {
      const ind = sr.ind;
      indicatorRowFormats(formats, r, ind, sr.depth);
      const colourKey = `${bandsFor(plan, ind).redPp}${isBottomLine(ind) ? '|底线' : ''}`;
      items.colour.push({ row: r, key: colourKey, data: ind });
      const mult = thresholdsFor(plan, ind).overTargetMultiple;
      const warnMultiple = ind.kind === 'level' && ind.value !== null && ind.value > 0 ? mult : null;
      const kind: PromptKind = isBottomLine(ind)
        ? 'bottomLine'
        : ind.kind === 'rate' && ind.direction === 'decrease'
          ? 'decrease'
          : ind.kind;
      items.validation.push({ row: r, key: `${kind}|${warnMultiple}`, data: { kind, warnMultiple } });
      items.over.push({ row: r, key: ind.kind === 'milestone' ? null : String(mult), data: mult });
    }
    r++;
  }
  return { ...items, lastDataRow: r - 1 };
}

/** Entry-time validation on 本月 by kind, and 备注's length rule. */
function entryValidations(items: RowItems['validation'], lastDataRow: number): ValidationSpec[] {
  const validations = runs(items).map((run) =>
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
  return validations;
}

/** Conditional formats in priority order: each gets the next priority as it is added. */
class ConditionalFormats {
  readonly list: ConditionalFormatSpec[] = [];
  next(): number {
    return this.list.length + 1;
  }
}

const anyOf = (K: string, words: readonly string[]) => `OR(${words.map((w) => `${K}="${w}"`).join(',')})`;

/**
 * Status colours on 差额 and 状态, with the indicator's own bands: the colours of progress/colourFor
 * (fixed words green or red; behind words amber, red beyond the red line; 待核实 amber).
 */
function statusColours(plan: Plan, items: RowItems['colour'], cfs: ConditionalFormats): void {
  for (const run of runs(items)) {
    const b = bandsFor(plan, run.data as Indicator);
    const ref = `${L.gap}${run.r1}:${L.status}${run.r2}`;
    const J = `$${L.gap}${run.r1}`;
    const K = `$${L.status}${run.r1}`;
    const behind = anyOf(K, COLOUR_RULE.behind);
    // A broken bottom line (未达标 on a 底线 row) is red: progress/colourFor's bottomLine.
    const red = anyOf(K, isBottomLine(run.data as Indicator) ? [...COLOUR_RULE.red, '未达标'] : COLOUR_RULE.red);
    cfs.list.push({
      ref,
      type: 'expression',
      formula: `=OR(${red},AND(${behind},ISNUMBER(${J}),${J}<${lit(-b.redPp)}))`,
      fill: FILL.red,
      fontColor: FONT.red,
      priority: cfs.next(),
      stopIfTrue: true,
    });
    cfs.list.push({
      ref,
      type: 'expression',
      formula: `=OR(${behind},${anyOf(K, COLOUR_RULE.unverified)})`,
      fill: FILL.amber,
      fontColor: FONT.amber,
      priority: cfs.next(),
      stopIfTrue: true,
    });
    cfs.list.push({
      ref,
      type: 'expression',
      formula: `=${anyOf(K, COLOUR_RULE.green)}`,
      fill: FILL.green,
      fontColor: FONT.green,
      priority: cfs.next(),
      stopIfTrue: true,
    });
  }
}

/**
 * A figure far beyond the target (verify tier): Excel allows one validation per cell and the Stop
 * rule holds it, so the warning is a highlight here and a 核实性 finding in the checks.
 */
function overTargetHighlights(items: RowItems['over'], cfs: ConditionalFormats): void {
  for (const run of runs(items)) {
    const E = `$${L.target}${run.r1}`;
    const G = `$${L.cumulative}${run.r1}`;
    cfs.list.push({
      ref: `${L.month}${run.r1}:${L.cumulative}${run.r2}`,
      type: 'expression',
      formula: `=AND(ISNUMBER(${G}),ISNUMBER(${E}),${E}>0,${G}>${lit(run.data)}*${E})`,
      fill: FILL.over,
      fontColor: FONT.over,
      priority: cfs.next(),
    });
  }
}

/** A data bar on 完成年度目标%, 0 to 100%. */
function completionBar(lastDataRow: number, cfs: ConditionalFormats): void {
  if (lastDataRow < FIRST_DATA_ROW) return;
  cfs.list.push({
    ref: `${L.completion}${FIRST_DATA_ROW}:${L.completion}${lastDataRow}`,
    type: 'dataBar',
    color: '#63BE7B',
    min: 0,
    max: 1,
    priority: cfs.next(),
  });
}

export function monthSheetStyle(plan: Plan, rows: SheetRow[]): MonthSheetStyle {
  const formats = new Formats();
  const merges = headStyle(formats);
  const body = bodyStyle(plan, rows, formats);
  const footerRow = body.lastDataRow + 2;
  merges.push(`A${footerRow}:${L.note}${footerRow}`);
  formats.add(footerRow, A, M, { font: { size: 10 } });
  // Centred narrow columns come last so they win over row-wide alignment.
  for (let row = FIRST_DATA_ROW; row <= body.lastDataRow; row++) {
    for (const c of [COL.seq, COL.code, COL.unit, COL.status]) formats.add(row, c, c, { horizontal: 'center' });
  }
  const cfs = new ConditionalFormats();
  statusColours(plan, body.colour, cfs);
  overTargetHighlights(body.over, cfs);
  completionBar(body.lastDataRow, cfs);
  return {
    formats: formats.list(),
    merges,
    validations: entryValidations(body.validation, body.lastDataRow),
    conditionalFormats: cfs.list,
    footerRow,
  };
}
