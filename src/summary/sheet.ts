// The 汇总 sheet: counts by section and by responsible unit as COUNTIFS over the month sheet's
// 状态 column (so they follow the figures when a unit corrects one), each carrying the core's value;
// the lagging list, the milestones and the narrative as values, since no portable formula writes them.
import type { Plan } from '../plan/types';
import { colLetter, quoteSheet } from '../workbook/a1';
import type { TemplateMeta } from '../workbook/figures';
import { periodText } from '../workbook/layout';
import { emptySheet, landscapePrint, type CellSpec, type FormatSpec, type SheetSpec } from '../workbook/spec';
import { adjustedTargetText } from './summarize';
import { BOTTOM_LINE_TARGET, excessText, jointRowsNote, tableGapPp } from './text';
import { leadOf } from '../plan/owners';
import { ON_TRACK, type Status } from '../progress/progress';
import type { GroupSummary, IndicatorResult, Summary } from './types';

export const SUMMARY_SHEET = '汇总';

/**
 * The table's columns: A 序号, B label, C 指标数, then one count per status word a row can take this
 * month (summary.statuses), 已完成占比 and 正常推进占比. Lists below use A..L.
 */
const COUNT_FIRST_COL = 4; // D
interface Columns {
  /** The status words counted, one column each from D. */
  order: Status[];
  shareDone: number;
  shareOnTrack: number;
  last: number;
}

function columnsFor(statuses: Status[]): Columns {
  const shareDone = COUNT_FIRST_COL + statuses.length;
  return { order: statuses, shareDone, shareOnTrack: shareDone + 1, last: Math.max(12, shareDone + 1) };
}

/** COUNTIFS exclusions past this many codes would pass Excel's 127 criteria pairs: values only. */
const MAX_EXCLUDED = 100;

const HEADER_FILL = '#DDEBF7';
const TITLE_FILL = '#F2F2F2';
const BORDER = { style: 'thin' as const, color: '#808080' };
const COLOUR_FONT: Record<string, string> = { red: '#C00000', amber: '#B26B00', green: '#2E7D32' };

/** Column widths in characters: A..C, each count, the two shares (at least A..L for the lists below). */
function widths(cols: Columns): number[] {
  const out = [6, 34, 9, ...cols.order.map(() => 8), 12, 14];
  while (out.length < cols.last) out.push(10);
  return out;
}

/** A string as a formula literal: quotes doubled. */
function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A COUNTIFS criterion that matches exactly this text: "=" forces equality, ~ escapes wildcards. */
function exactCriterion(s: string): string {
  return lit(`=${s.replace(/[~*?]/g, (c) => `~${c}`)}`);
}

function col(sheet: string, c: number): string {
  const l = colLetter(c);
  return `${quoteSheet(sheet)}!$${l}:$${l}`;
}

/** Display width of text in Excel's character units: about 2 per CJK character. */
function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += ch.charCodeAt(0) > 0x2e7f ? 2 : 1.1;
  return units;
}

/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

function heightOf(units: number, widthChars: number): number {
  const lines = Math.max(1, Math.ceil(units / (widthChars - 2)));
  return lines * 15 + 6;
}

/** Rows of text in merged cells need a height: Excel does not grow merged rows by itself. */
function textRowHeight(text: string, widthChars: number): number {
  return Math.min(MAX_ROW_HEIGHT, heightOf(textUnits(text), widthChars));
}

/**
 * A paragraph longer than the tallest row Excel allows is continued on the next rows, cut after
 * a "；" so every clause stays whole.
 */
export function splitForRows(text: string, widthChars: number): string[] {
  if (heightOf(textUnits(text), widthChars) <= MAX_ROW_HEIGHT) return [text];
  const out: string[] = [];
  let cur = '';
  let curUnits = 0;
  for (const c of text.split(/(?<=；)/)) {
    const u = textUnits(c);
    if (cur && heightOf(curUnits + u, widthChars) > MAX_ROW_HEIGHT) {
      out.push(cur);
      cur = '';
      curUnits = 0;
    }
    cur += c;
    curUnits += u;
  }
  if (cur) out.push(cur);
  return out;
}

interface Builder {
  cols: Columns;
  rows: Map<number, CellSpec[]>;
  formats: FormatSpec[];
  merges: string[];
  rowHeights: Record<number, number>;
}

function put(b: Builder, row: number, colNo: number, cell: CellSpec): void {
  let r = b.rows.get(row);
  if (!r) b.rows.set(row, (r = []));
  while (r.length < colNo - 1) r.push({ v: null });
  r[colNo - 1] = cell;
}

function heading(b: Builder, row: number, text: string): void {
  put(b, row, 1, { v: text });
  b.merges.push(`A${row}:${colLetter(b.cols.last)}${row}`);
  b.formats.push({ ref: `A${row}`, font: { bold: true, size: 12 }, horizontal: 'left' });
}

function headerRow(b: Builder, row: number, words: string[], merges: Array<[number, number]> = []): void {
  words.forEach((w, i) => put(b, row, i + 1, { v: w }));
  for (const [c1, c2] of merges) b.merges.push(`${colLetter(c1)}${row}:${colLetter(c2)}${row}`);
  b.formats.push({
    ref: `A${row}:${colLetter(b.cols.last)}${row}`,
    font: { bold: true },
    fill: HEADER_FILL,
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: BORDER,
  });
}

/**
 * One table of counts (by section or by unit): COUNTIFS over the month sheet with `criterion`
 * on `keyColumn`, a 合计 row of SUMs, and the two shares. Returns the next free row.
 */
function countTable(
  b: Builder,
  summary: Summary,
  top: number,
  labelHeader: string,
  groups: Array<{ g: GroupSummary; seq: string; held: string[] }>,
  keyColumn: number,
): number {
  const src = summary.source;
  const status = col(src.sheet, src.statusColumn);
  const code = col(src.sheet, src.codeColumn);
  const keyCol = col(src.sheet, keyColumn);
  const onTrackWords = b.cols.order.filter((s) => ON_TRACK.includes(s));
  headerRow(b, top, [
    '序号',
    labelHeader,
    '指标数',
    ...b.cols.order,
    '已完成占比',
    `正常推进占比（${onTrackWords.join('+')}）`,
  ]);
  b.rowHeights[top] = 45;
  const first = top + 1;
  let r = first;
  const C = (c: number, row: number) => `${colLetter(c)}${row}`;
  const onTrackSum = (row: number) =>
    onTrackWords.length ? onTrackWords.map((s) => C(COUNT_FIRST_COL + b.cols.order.indexOf(s), row)).join('+') : '0';
  const doneCol = b.cols.order.includes('已完成') ? COUNT_FIRST_COL + b.cols.order.indexOf('已完成') : null;
  const doneShare = (row: number) => `=IF(${C(3, row)}=0,0,${doneCol === null ? '0' : C(doneCol, row)}/${C(3, row)})`;
  for (const { g, seq, held } of groups) {
    // An office counts its own rows and the joint rows it leads: one COUNTIFS per 责任单位 text.
    const keys = (g.texts ?? [g.key]).map(exactCriterion);
    const countIfs = (rest: string) => keys.map((k) => `COUNTIFS(${keyCol},${k},${rest})`).join('+');
    // Rows counted 待核实 leave the other counts: the sheet's 状态 still shows their formula's word.
    const exclude = held.map((c) => `,${code},${lit(`<>${c.replace(/[~*?]/g, (x) => `~${x}`)}`)}`).join('');
    const formulas = held.length * keys.length <= MAX_EXCLUDED;
    put(b, r, 1, { v: seq });
    put(b, r, 2, { v: g.label });
    put(b, r, 3, { v: g.total, f: `=${countIfs(`${code},"<>"`)}` });
    b.cols.order.forEach((s, i) => {
      let f: string | undefined;
      if (s === '待核实')
        f = held.length ? `=${held.map((c) => countIfs(`${code},${exactCriterion(c)}`)).join('+')}` : '=0';
      else f = `=${countIfs(`${status},${lit(s)}${exclude}`)}`;
      put(b, r, COUNT_FIRST_COL + i, formulas ? { v: g.counts[s], f } : { v: g.counts[s] });
    });
    put(b, r, b.cols.shareDone, { v: g.doneShare, f: doneShare(r) });
    put(b, r, b.cols.shareOnTrack, { v: g.onTrackShare, f: `=IF(${C(3, r)}=0,0,(${onTrackSum(r)})/${C(3, r)})` });
    r++;
  }
  const last = r - 1;
  put(b, r, 1, { v: '' });
  put(b, r, 2, { v: '合计' });
  const total = groups.reduce((n, x) => n + x.g.total, 0);
  put(b, r, 3, { v: total, f: `=SUM(${C(3, first)}:${C(3, last)})` });
  b.cols.order.forEach((s, i) => {
    const c = COUNT_FIRST_COL + i;
    const n = groups.reduce((acc, x) => acc + x.g.counts[s], 0);
    put(b, r, c, { v: n, f: `=SUM(${C(c, first)}:${C(c, last)})` });
  });
  const done = groups.reduce((acc, x) => acc + x.g.counts['已完成'], 0);
  const onTrack = groups.reduce((acc, x) => acc + onTrackWords.reduce((n, s) => n + x.g.counts[s], 0), 0);
  put(b, r, b.cols.shareDone, { v: total ? done / total : 0, f: doneShare(r) });
  put(b, r, b.cols.shareOnTrack, {
    v: total ? onTrack / total : 0,
    f: `=IF(${C(3, r)}=0,0,(${onTrackSum(r)})/${C(3, r)})`,
  });
  const body = `A${first}:${colLetter(b.cols.last)}${r}`;
  b.formats.push({ ref: body, border: BORDER, vertical: 'middle' });
  b.formats.push({ ref: `A${first}:A${r}`, horizontal: 'center' });
  b.formats.push({
    ref: `C${first}:${colLetter(COUNT_FIRST_COL + b.cols.order.length - 1)}${r}`,
    horizontal: 'center',
  });
  b.formats.push({
    ref: `${colLetter(b.cols.shareDone)}${first}:${colLetter(b.cols.shareOnTrack)}${r}`,
    numberFormat: '0.0%',
    horizontal: 'right',
  });
  b.formats.push({ ref: `A${r}:${colLetter(b.cols.last)}${r}`, font: { bold: true }, fill: TITLE_FILL });
  return r + 1;
}

/** Codes of a group's rows counted 待核实. */
function heldIn(summary: Summary, inGroup: (x: IndicatorResult) => boolean): string[] {
  return summary.unverified.filter(inGroup).map((x) => x.code);
}

function targetText(r: IndicatorResult): string {
  if (r.bottomLine) return BOTTOM_LINE_TARGET;
  if (r.value === null) return '';
  if (r.comparator === 'between') return `${r.value}-${r.max ?? r.value}`;
  if (r.comparator === 'approx') return `${r.value}左右`;
  if (r.comparator === '<=') return `≤${r.value}`;
  return String(r.value);
}

/** The 汇总 sheet for `month`. `meta` names the workbook (master or a unit's copy). */
export function summarySheet(_plan: Plan, meta: TemplateMeta, summary: Summary, month: number): SheetSpec {
  const cols = columnsFor(summary.statuses);
  const WIDTHS = widths(cols);
  const sheet = emptySheet(SUMMARY_SHEET);
  sheet.tabColor = '#2F75B5';
  const b: Builder = { cols, rows: new Map(), formats: [], merges: [], rowHeights: {} };
  const lastLetter = colLetter(b.cols.last);
  const src = summary.source;

  const unitNote = meta.unitFilter ? `（${meta.unitFilter}）` : '';
  put(b, 1, 1, { v: `${meta.unitName}${meta.year}年目标任务完成情况汇总表${unitNote}（${periodText(month)}）` });
  b.merges.push(`A1:${lastLetter}1`);
  b.formats.push({ ref: 'A1', font: { bold: true, size: 16 }, horizontal: 'center', vertical: 'middle' });
  b.rowHeights[1] = 30;
  put(b, 2, 1, {
    v:
      `填报单位：${meta.unitFilter ?? meta.unitName}　　数据来源：“${src.sheet}”工作表　　` +
      `计数为公式，修改月报数据后自动更新；滞后指标、节点和文字说明为生成时的结果，数据变动后请重新生成。` +
      (summary.unverified.length
        ? `待核实：${summary.unverified.map((x) => x.listName).join('、')}的填报数据审核有强制性或核实性问题，单列为“待核实”，不计入其他状态（月报表“状态”列仍显示按数字计算的结果）；核实后请重新审核并汇总。`
        : ''),
  });
  b.merges.push(`A2:${lastLetter}2`);
  b.formats.push({ ref: 'A2', font: { size: 9, color: '#595959' }, wrap: true, vertical: 'middle' });
  b.rowHeights[2] = 28;

  let r = 4;
  heading(b, r, '一、分板块完成情况');
  r = countTable(
    b,
    summary,
    r + 1,
    '板块',
    summary.sections.map((g, i) => ({ g, seq: String(i + 1), held: heldIn(summary, (x) => x.section === g.key) })),
    src.sectionColumn,
  );
  // countTable returned the row after 合计; the bars cover the section rows only.
  const sectionLast = r - 2;
  const sectionFirst = sectionLast - summary.sections.length + 1;
  sheet.conditionalFormats.push({
    ref: `${colLetter(b.cols.shareDone)}${sectionFirst}:${colLetter(b.cols.shareDone)}${sectionLast}`,
    type: 'dataBar',
    color: '#63BE7B',
    min: 0,
    max: 1,
    priority: 1,
  });
  sheet.conditionalFormats.push({
    ref: `${colLetter(b.cols.shareOnTrack)}${sectionFirst}:${colLetter(b.cols.shareOnTrack)}${sectionLast}`,
    type: 'dataBar',
    color: '#5B9BD5',
    min: 0,
    max: 1,
    priority: 2,
  });

  r++;
  heading(b, r, '二、分责任单位完成情况');
  r = countTable(
    b,
    summary,
    r + 1,
    '责任单位',
    summary.units.map((g, i) => ({
      g,
      seq: String(i + 1),
      held: heldIn(summary, (x) => (leadOf(x.responsible) ?? '') === g.key),
    })),
    src.responsibleColumn,
  );
  const note = jointRowsNote(summary);
  if (note) {
    // The table counts each row once: say where a row several offices share is counted.
    put(b, r, 1, { v: note });
    b.merges.push(`A${r}:${lastLetter}${r}`);
    b.formats.push({ ref: `A${r}`, wrap: true, vertical: 'top', horizontal: 'left' });
    b.rowHeights[r] = textRowHeight(
      note,
      WIDTHS.reduce((a, w) => a + w, 0),
    );
    r++;
  }

  // Values from here on: what no portable formula can produce.
  r++;
  heading(b, r, `三、滞后指标（欠进度、未达标、超标、未完成，${summary.lagging.length}项，按差额从大到小排列）`);
  r++;
  headerRow(
    b,
    r,
    [
      '序号',
      '指标',
      '代码',
      '单位',
      '年度目标',
      `${periodText(month)}累计/增速`,
      '完成年度目标%',
      '序时进度%',
      '差额(百分点)',
      '状态',
      '责任单位',
      '',
    ],
    [[11, 12]],
  );
  b.rowHeights[r] = 30;
  r++;
  const hyperlinks: NonNullable<SheetSpec['hyperlinks']> = [];
  if (!summary.lagging.length) {
    put(b, r, 1, { v: '无滞后指标。' });
    b.merges.push(`A${r}:${lastLetter}${r}`);
    b.formats.push({ ref: `A${r}:${lastLetter}${r}`, border: BORDER });
    r++;
  }
  summary.lagging.forEach((x, i) => {
    const e = x.evaluation;
    put(b, r, 1, { v: i + 1 });
    put(b, r, 2, { v: x.name });
    put(b, r, 3, { v: x.code });
    put(b, r, 4, { v: x.unit });
    put(b, r, 5, { v: targetText(x) });
    put(b, r, 6, { v: typeof x.actual === 'number' ? x.actual : null });
    // Only flows and levels have a share (progress.hasCompletion); a bound broken says by how much.
    put(b, r, 7, { v: excessText(x) ?? e.completion });
    put(b, r, 8, { v: e.expected });
    put(b, r, 9, { v: tableGapPp(x) });
    put(b, r, 10, { v: e.status });
    put(b, r, 11, { v: x.responsible ?? '' });
    b.merges.push(`K${r}:L${r}`);
    if (x.cell) hyperlinks.push({ ref: `B${r}`, target: `${quoteSheet(src.sheet)}!${x.cell}`, text: x.name });
    const colour = COLOUR_FONT[e.colour];
    if (colour) b.formats.push({ ref: `J${r}`, font: { bold: true, color: colour } });
    r++;
  });
  if (summary.lagging.length) {
    const first = r - summary.lagging.length;
    b.formats.push({ ref: `A${first}:${lastLetter}${r - 1}`, border: BORDER, vertical: 'middle' });
    b.formats.push({ ref: `B${first}:B${r - 1}`, wrap: true });
    b.formats.push({ ref: `G${first}:H${r - 1}`, numberFormat: '0.0%' });
    b.formats.push({ ref: `I${first}:I${r - 1}`, numberFormat: '0.0' });
    b.formats.push({ ref: `A${first}:A${r - 1}`, horizontal: 'center' });
    b.formats.push({ ref: `J${first}:J${r - 1}`, horizontal: 'center' });
  }

  r++;
  const table = summary.milestones.table;
  heading(b, r, `四、${table.caption}`);
  r++;
  headerRow(
    b,
    r,
    ['序号', '节点任务', '代码', '完成时限', table.statusHeader, '说明', '', '', '', '', '责任单位', ''],
    [
      [6, 10],
      [11, 12],
    ],
  );
  r++;
  if (!table.rows.length) {
    put(b, r, 1, { v: table.empty });
    b.merges.push(`A${r}:${lastLetter}${r}`);
    b.formats.push({ ref: `A${r}:${lastLetter}${r}`, border: BORDER });
    r++;
  }
  table.rows.forEach(({ row: x, word, colour: tone }, i) => {
    put(b, r, 1, { v: i + 1 });
    put(b, r, 2, { v: x.name });
    put(b, r, 3, { v: x.code });
    put(b, r, 4, { v: x.deadlineText ?? '' });
    put(b, r, 5, { v: word });
    put(b, r, 6, { v: x.clause });
    put(b, r, 11, { v: x.responsible ?? '' });
    b.merges.push(`F${r}:J${r}`, `K${r}:L${r}`);
    const colour = COLOUR_FONT[tone];
    if (colour) b.formats.push({ ref: `E${r}`, font: { bold: true, color: colour } });
    b.rowHeights[r] = textRowHeight(x.clause, 50);
    r++;
  });
  if (table.rows.length) {
    const first = r - table.rows.length;
    b.formats.push({ ref: `A${first}:${lastLetter}${r - 1}`, border: BORDER, vertical: 'middle' });
    b.formats.push({ ref: `B${first}:B${r - 1}`, wrap: true });
    b.formats.push({ ref: `F${first}:F${r - 1}`, wrap: true });
    b.formats.push({ ref: `A${first}:A${r - 1}`, horizontal: 'center' });
  }

  r++;
  heading(b, r, '五、进度情况（可直接用于报告）');
  r++;
  const fullWidth = WIDTHS.reduce((a, w) => a + w, 0);
  const textFirst = r;
  for (const p of summary.text.zh) {
    for (const piece of splitForRows(p, fullWidth)) {
      put(b, r, 1, { v: piece });
      b.merges.push(`A${r}:${lastLetter}${r}`);
      b.rowHeights[r] = textRowHeight(piece, fullWidth);
      r++;
    }
  }
  b.formats.push({ ref: `A${textFirst}:${lastLetter}${r - 1}`, wrap: true, vertical: 'top', horizontal: 'left' });

  if (summary.adjusted.length) {
    // 年中调整: each adjusted target with the original, so the report shows what changed and why.
    r++;
    heading(b, r, `六、年内目标调整（${summary.adjusted.length}项）`);
    r++;
    headerRow(
      b,
      r,
      ['序号', '指标', '代码', '单位', '原目标', '调整后目标', '起始月份', '调整原因', '', '', '责任单位', ''],
      [
        [8, 10],
        [11, 12],
      ],
    );
    r++;
    const first = r;
    summary.adjusted.forEach((x, i) => {
      const a = x.adjustment!;
      put(b, r, 1, { v: i + 1 });
      put(b, r, 2, { v: x.name });
      put(b, r, 3, { v: x.code });
      put(b, r, 4, { v: x.unit });
      put(b, r, 5, { v: adjustedTargetText(a.originalValue, a.originalMax, x) });
      put(b, r, 6, { v: adjustedTargetText(x.value, x.max, x) });
      put(b, r, 7, { v: `${a.month}月` });
      put(b, r, 8, { v: a.reason ?? '' });
      put(b, r, 11, { v: x.responsible ?? '' });
      b.merges.push(`H${r}:J${r}`, `K${r}:L${r}`);
      r++;
    });
    b.formats.push({ ref: `A${first}:${lastLetter}${r - 1}`, border: BORDER, vertical: 'middle' });
    b.formats.push({ ref: `B${first}:B${r - 1}`, wrap: true });
    b.formats.push({ ref: `H${first}:H${r - 1}`, wrap: true });
  }

  const rowNumbers = [...b.rows.keys()].sort((a, c) => a - c);
  for (const rowNo of rowNumbers) sheet.ranges.push({ ref: `A${rowNo}`, rows: [b.rows.get(rowNo) as CellSpec[]] });
  sheet.formats = b.formats;
  sheet.merges = b.merges;
  sheet.columnWidths = WIDTHS;
  sheet.rowHeights = b.rowHeights;
  sheet.hyperlinks = hyperlinks;
  sheet.print = landscapePrint({ area: `A1:${lastLetter}${r - 1}` });
  return sheet;
}
