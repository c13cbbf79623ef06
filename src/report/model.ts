// summary -> the 通报 as a document model: title, paragraphs, tables, the chart and the signature.
// Every sentence is the summary's own (summary.text, the section bodies, the clauses): the 汇总
// sheet, `summarize --json` and this document say the same words. The document adds only headings,
// table cells and notes that say which figures wait for verification.
import {
  COUNT_ORDER,
  LAGGING,
  excessText,
  tableGapPp,
  jointRowsNote,
  fmtFigure,
  fmtPoints,
  fmtShare,
  targetZh,
  type IndicatorResult,
  type Summary,
} from '../summary';
import { chineseNumber } from '../progress/numerals';
import { chartCaption, chartData, type ChartData } from './chart';
import type { FontRole } from './layout';
import { periodText } from '../workbook/layout';

/** A calendar date, passed in: pure code reads no clock. */
export interface ReportDate {
  year: number;
  month: number;
  day: number;
}

export interface ReportOptions {
  /** 发文机关署名; default "<unitName>人民政府". */
  issuer?: string;
  /** 成文日期. */
  date: ReportDate;
}

export interface Run {
  text: string;
  font?: FontRole;
}

export interface Cell {
  text: string;
  /** Numbers and short words are centred; names and sentences start at the left. */
  align?: 'left' | 'center';
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'caption'; text: string }
  | { kind: 'table'; header: string[]; widths: number[]; rows: Cell[][]; totalRow?: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'chart'; chart: ChartData };

export interface ReportModel {
  title: string;
  /** The title as set on the page: cut where the words allow (标题回行时词意完整、排列对称). */
  titleLines: string[];
  issuer: string;
  /** "2023年7月5日": Arabic numerals, no leading zeros (GB/T 9704 7.3.5.2). */
  dateText: string;
  blocks: Block[];
  /** The summary the model was made from: the tests compare the two. */
  summary: Summary;
}

export const UNVERIFIED = '待核实';
const DASH = '—';

/** The title's two parts: who and when, then what; at year end the document reports the year's 完成情况. */
function titleParts(s: Pick<Summary, 'unitName' | 'year' | 'month'>): [string, string] {
  if (s.month === 12) return [`${s.unitName}${s.year}年`, '目标任务完成情况通报'];
  return [`${s.unitName}${s.year}年${periodText(s.month)}`, '目标任务推进情况通报'];
}

export function reportTitle(s: Pick<Summary, 'unitName' | 'year' | 'month'>): string {
  return titleParts(s).join('');
}

/** Characters of 2号 in a line of the 版心 (156 mm / 22 pt). */
const TITLE_LINE_CHARS = 20;

/** Width in characters: CJK 1, digits and Latin ½. */
export function charsWide(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) > 0x2e7f ? 1 : 0.5;
  return n;
}

/** The title on one line, or two: the unit and period, then what the document is. */
export function titleLines(s: Pick<Summary, 'unitName' | 'year' | 'month'>): string[] {
  const title = reportTitle(s);
  if (charsWide(title) <= TITLE_LINE_CHARS) return [title];
  return titleParts(s);
}

export function dateText(d: ReportDate): string {
  return `${d.year}年${d.month}月${d.day}日`;
}

/** The figure as judged, with its unit; rates as the report says them ("增长6.1%"). */
function achievedText(r: IndicatorResult): string {
  if (r.unverified) return UNVERIFIED;
  if (typeof r.actual !== 'number') return typeof r.actual === 'string' ? r.actual : '未填报';
  return `${fmtFigure(r.actual)}${r.unit}`;
}

function targetText(r: IndicatorResult): string {
  return r.value === null && !r.bottomLine ? DASH : targetZh(r);
}

function share(x: number | null): string {
  return x === null ? DASH : `${fmtShare(x)}%`;
}

function gapText(r: IndicatorResult): string {
  const g = tableGapPp(r);
  if (g === null) return DASH;
  const sign = g > 0 ? '+' : g < 0 ? '-' : '';
  return `${sign}${fmtPoints(g)}`;
}

/** Status words that have a count somewhere, in the summary's order: empty columns only take room. */
function countColumns(s: Summary): string[] {
  const words = Object.keys(s.counts).filter((w) => s.counts[w as keyof typeof s.counts] > 0);
  const order = COUNT_ORDER as string[];
  return [...order.filter((w) => words.includes(w)), ...words.filter((w) => !order.includes(w))];
}

function countTable(s: Summary, label: string, groups: Summary['units']): Block {
  const words = countColumns(s);
  const c = (text: string | number): Cell => ({ text: String(text), align: 'center' });
  const rows: Cell[][] = groups.map((g, i) => [
    c(i + 1),
    { text: g.label },
    c(g.total),
    ...words.map((w) => c(g.counts[w as keyof typeof g.counts] || '')),
    c(`${fmtShare(g.doneShare)}%`),
  ]);
  const done = s.counts['已完成'];
  rows.push([
    c(''),
    { text: '合计', align: 'center' },
    c(s.total),
    ...words.map((w) => c(s.counts[w as keyof typeof s.counts] || '')),
    c(`${fmtShare(s.total ? done / s.total : 0)}%`),
  ]);
  return {
    kind: 'table',
    header: ['序号', label, '指标数', ...words, '已完成占比'],
    widths: [4, 14, 5, ...words.map(() => 5), 9],
    rows,
    totalRow: true,
  };
}

/**
 * The counts hold an unverified figure under the status its figure gives: say so under the table,
 * with the same words as the text ("填报数据待核实").
 */
function unverifiedCountNote(s: Summary): Block[] {
  if (!s.unverified.length || UNVERIFIED in s.counts) return [];
  const names = s.unverified.map((r) => `${r.listName}（按所填数据计为${r.evaluation.status}）`).join('、');
  return [{ kind: 'note', text: `注：填报数据待核实的有${names}，共${s.unverified.length}项。` }];
}

/**
 * Table widths in characters of the tables' 5号 type: the 版心 holds about 42 of them a row, each
 * cell losing about 0.6 to its margins. 责任单位 fits its longest name on one line ("镇农业农村办").
 */
const ROW_CHARS = 42;
const CELL_MARGIN_CHARS = 0.6;
const unitWidth = (rows: readonly { responsible: string | null }[]) =>
  Math.min(9, Math.max(4, ...rows.map((r) => [...(r.responsible ?? '')].length))) + CELL_MARGIN_CHARS;
const rest = (fixed: readonly number[]) => Math.max(7, ROW_CHARS - fixed.reduce((a, w) => a + w, 0));

/** "欠进度3项、未达标1项": only the words that occur, in the order the status rules list them. */
function laggingWords(rows: readonly IndicatorResult[]): string {
  return LAGGING.map((word) => [word, rows.filter((r) => r.evaluation.status === word).length] as const)
    .filter(([, n]) => n > 0)
    .map(([word, n]) => `${word}${n}项`)
    .join('、');
}

function laggingTable(s: Summary): Block {
  const c = (text: string): Cell => ({ text, align: 'center' });
  const rows: Cell[][] = s.lagging.map((r, i) => {
    const held = r.unverified;
    return [
      c(String(i + 1)),
      { text: r.listName },
      c(r.evaluation.status),
      c(r.responsible ?? ''),
      c(targetText(r)),
      c(achievedText(r)),
      // Only flows and levels have a share (progress.hasCompletion): a bound (以内) is kept or broken.
      c(held ? UNVERIFIED : (excessText(r) ?? share(r.evaluation.completion))),
      c(share(r.evaluation.expected)),
      c(held ? UNVERIFIED : gapText(r)),
    ];
  });
  if (!rows.length) rows.push([{ text: '无未达进度或目标的指标。' }]);
  const unit = unitWidth(s.lagging);
  const fixed = [2.2, 3.6, unit, 5.5, 5, 3.6, 3.6, 4];
  return {
    kind: 'table',
    header: ['序号', '指标', '状态', '责任单位', '目标', '完成', '完成%', '序时', '差额（百分点）'],
    widths: [fixed[0], rest(fixed), ...fixed.slice(1)],
    rows,
  };
}

function milestoneTable(s: Summary): Block {
  const table = s.milestones.table;
  const list = table.rows.map((x) => x.row);
  const c = (text: string): Cell => ({ text, align: 'center' });
  const rows: Cell[][] = table.rows.map(({ row: r, word }, i) => [
    c(String(i + 1)),
    { text: r.listName },
    c(r.responsible ?? ''),
    c(r.deadlineText ?? ''),
    c(word),
    // What the office wrote beside its state (why it is late, when it will be done) is what the reader wants.
    { text: r.note ? `${r.clause}（备注：${r.note}）` : r.clause },
  ]);
  if (!rows.length) rows.push([{ text: table.empty }]);
  const fixed = [2.2, 10, unitWidth(list), 4.6, 4.6];
  return {
    kind: 'table',
    header: ['序号', '节点任务', '责任单位', '完成时限', table.statusHeader, '进展情况'],
    widths: [...fixed, rest(fixed)],
    rows,
  };
}

/** The document for `summary`: what the 通报 says, in order. */
export function reportModel(summary: Summary, options: ReportOptions): ReportModel {
  const s = summary;
  const blocks: Block[] = [];
  const para = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });
  let heading = 0;
  const h1 = (text: string) => blocks.push({ kind: 'heading', text: `${chineseNumber(++heading)}、${text}` });
  let table = 0;
  const caption = (text: string) => blocks.push({ kind: 'caption', text: `表${++table}　${text}` });

  // summary.text.zh: the opening, one paragraph per section, then the attention paragraph if any.
  const [opening, ...rest] = s.text.zh;
  const attention = rest.slice(s.sections.length);

  h1('总体情况');
  blocks.push(para(opening));
  const chart = chartData(s);
  if (chart.groups.length) {
    const c = chartCaption(chart);
    blocks.push(
      { kind: 'chart', chart },
      { kind: 'caption', text: `图1　${c.caption}` },
      { kind: 'note', text: c.note },
    );
  }

  caption('分板块完成情况');
  blocks.push(countTable(s, '板块', s.sections));
  blocks.push(...unverifiedCountNote(s));
  h1('各板块推进情况');
  s.sections.forEach((sec, i) => {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `（${chineseNumber(i + 1)}）${sec.label}。`, font: 'kai' }, { text: sec.body }],
    });
  });

  h1('需重点关注的事项');
  for (const p of attention) blocks.push(para(p));
  caption(`未达进度或目标的指标（${s.lagging.length ? laggingWords(s.lagging) : '无'}）`);
  blocks.push(laggingTable(s));
  caption(s.milestones.table.caption);
  blocks.push(milestoneTable(s));

  h1('分责任单位完成情况');
  caption('分责任单位完成情况');
  blocks.push(countTable(s, '责任单位', s.units));
  const joint = jointRowsNote(s);
  if (joint) blocks.push(para(joint));
  blocks.push(...unverifiedCountNote(s));

  return {
    title: reportTitle(s),
    titleLines: titleLines(s),
    issuer: options.issuer?.trim() || `${s.unitName}人民政府`,
    dateText: dateText(options.date),
    blocks,
    summary: s,
  };
}

export { reportDate, reportFileName } from './names';
