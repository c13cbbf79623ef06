// The 通报's chart: completion against 序时 by section, as horizontal bars drawn in SVG by plain
// code. Node renders it to PNG with resvg, the task pane with the browser's own SVG renderer (see
// README, "通报"); both only draw this markup.
import type { IndicatorResult, Summary } from '../summary';
import { fmtShare } from '../summary';
import { chineseNumber } from '../progress/numerals';

export interface ChartGroup {
  label: string;
  /** Mean of the rows' completion shares, each at most 1. */
  completion: number;
  /** Mean of the same rows' 序时 shares. */
  expected: number;
  rows: number;
}

export interface ChartData {
  month: number;
  groups: ChartGroup[];
  /** The summary's 待核实 rows (the text's list): their figures are not drawn. */
  unverified: IndicatorResult[];
  /** The summary's 未填报 rows (the text's list): not drawn as zero. */
  unreported: IndicatorResult[];
  /** Sections with no row to compare with 序时. */
  omitted: string[];
}

/** A row the chart can place: its completion and 序时 are both known (flows with a schedule). */
function comparable(r: IndicatorResult): boolean {
  return r.evaluation.completion !== null && r.schedule !== null;
}

export function chartData(s: Summary): ChartData {
  const groups: ChartGroup[] = [];
  const omitted: string[] = [];
  s.sections.forEach((sec, i) => {
    const label = `${chineseNumber(i + 1)}、${sec.label}`;
    const rows = s.indicators.filter((r) => r.section === sec.key && comparable(r));
    // Same rule as the text: a figure in doubt is not quoted, so it is not drawn either.
    const used = rows.filter((r) => !r.unverified);
    if (!used.length) {
      omitted.push(label);
      return;
    }
    const mean = (f: (r: IndicatorResult) => number) => used.reduce((a, r) => a + f(r), 0) / used.length;
    groups.push({
      label,
      completion: mean((r) => Math.min(1, r.evaluation.completion ?? 0)),
      expected: mean((r) => r.schedule ?? 0),
      rows: used.length,
    });
  });
  // The note names the rows the text lists, so the two never disagree.
  return { month: s.month, groups, unverified: s.unverified, unreported: s.unreported, omitted };
}

/** The caption and the note under the chart: what is averaged, and what is left out and why. */
export function chartCaption(d: ChartData): { caption: string; note: string } {
  const parts = [
    `注：按各板块有序时进度要求的指标计算，完成为完成年度目标%的平均值（单项超过100%的按100%计），序时为同一批指标序时进度的平均值`,
  ];
  if (d.unverified.length)
    parts.push(`填报数据待核实的${d.unverified.map((r) => r.listName).join('、')}（共${d.unverified.length}项）未计入`);
  if (d.unreported.length)
    parts.push(`未填报的${d.unreported.map((r) => r.listName).join('、')}（共${d.unreported.length}项）未计入`);
  if (d.omitted.length) parts.push(`${d.omitted.join('、')}板块无可与序时进度比较的指标，未列出`);
  return { caption: `各板块完成进度与序时进度（1-${d.month}月）`, note: `${parts.join('；')}。` };
}

export const CHART_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', SimHei, sans-serif";

const COLOURS = { completion: '#2F5597', expected: '#BFBFBF', grid: '#D9D9D9', text: '#262626', axis: '#595959' };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Display width in px of `text` at `size`: CJK characters are square, the rest about half. */
function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e7f ? size : size * 0.55;
  return w;
}

/** Section titles longer than the label column wrap onto a second line (and are cut after that). */
function wrapLabel(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const ch of text) {
    if (textWidth(cur + ch, size) > width) {
      lines.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  if (lines.length <= 2) return lines;
  return [lines[0], `${lines[1].slice(0, -1)}…`];
}

export interface ChartSvg {
  svg: string;
  /** Size in px; the document shows it at CHART_WIDTH_MM wide. */
  width: number;
  height: number;
}

/** Drawn at 1200 px across: about 200 dpi at the 150 mm it takes on the page. */
export const CHART_WIDTH_PX = 1200;
export const CHART_WIDTH_MM = 150;

export function chartSvg(d: ChartData): ChartSvg {
  const W = CHART_WIDTH_PX;
  const font = 26;
  const small = 22;
  const labelW = 340;
  const left = labelW + 24;
  const right = 120;
  const top = 80;
  const bar = 30;
  const groupH = bar * 2 + 36;
  const plotH = groupH * d.groups.length;
  const H = top + plotH + 56;
  const plotW = W - left - right;
  const max = Math.max(1, ...d.groups.map((g) => Math.max(g.completion, g.expected)));
  const x = (share: number) => left + (share / max) * plotW;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${esc(CHART_FONT)}">`,
    `<rect width="${W}" height="${H}" fill="#FFFFFF"/>`,
  );
  // Legend.
  const legend = [
    { label: '完成年度目标', colour: COLOURS.completion },
    { label: '序时进度', colour: COLOURS.expected },
  ];
  let lx = left;
  for (const l of legend) {
    out.push(`<rect x="${lx}" y="26" width="28" height="28" fill="${l.colour}"/>`);
    out.push(`<text x="${lx + 38}" y="49" font-size="${font}" fill="${COLOURS.text}">${esc(l.label)}</text>`);
    lx += 38 + textWidth(l.label, font) + 48;
  }
  // Grid every 20 %.
  for (let p = 0; p <= max + 1e-9; p += 0.2) {
    const gx = x(p);
    out.push(
      `<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${top + plotH}" stroke="${p === 0 ? COLOURS.axis : COLOURS.grid}" stroke-width="2"/>`,
    );
    out.push(
      `<text x="${gx}" y="${top + plotH + 36}" font-size="${small}" fill="${COLOURS.axis}" text-anchor="middle">${Math.round(p * 100)}%</text>`,
    );
  }
  d.groups.forEach((g, i) => {
    const gy = top + i * groupH + 18;
    const lines = wrapLabel(g.label, font, labelW);
    const mid = gy + bar;
    lines.forEach((line, k) => {
      const ly = mid + font * 0.35 + (k - (lines.length - 1) / 2) * (font + 6);
      out.push(
        `<text x="${labelW}" y="${ly}" font-size="${font}" fill="${COLOURS.text}" text-anchor="end">${esc(line)}</text>`,
      );
    });
    const bars = [
      { share: g.completion, colour: COLOURS.completion, y: gy },
      { share: g.expected, colour: COLOURS.expected, y: gy + bar },
    ];
    for (const b of bars) {
      const w = Math.max(0, x(b.share) - left);
      out.push(`<rect x="${left}" y="${b.y}" width="${w}" height="${bar - 4}" fill="${b.colour}"/>`);
      out.push(
        `<text x="${left + w + 8}" y="${b.y + bar - 10}" font-size="${small}" fill="${COLOURS.text}">${fmtShare(b.share)}%</text>`,
      );
    }
  });
  out.push('</svg>');
  return { svg: out.join(''), width: W, height: H };
}
