// Findings onto a workbook: marks on the cells (by tier) and the 审核结果 sheet listing them with
// links to their cells. Plain spec data, so the Excel host and the xlsx host write the same thing.
import type { Mark } from '../workbook/host';
import type { CellSpec, HyperlinkSpec, SheetSpec } from '../workbook/spec';
import { emptySheet, landscapePrint } from '../workbook/spec';
import { addr, quoteSheet } from '../workbook/a1';
import { countByTier, RULE_BY_ID, TIER_NAME, type Finding, type Tier } from './finding';
import { TIER_FILL, TIER_ORDER } from './marks';

export const RESULTS_SHEET = '审核结果';

/**
 * One mark per finding with a cell; the host puts the tier in front, keeps the most serious tier's
 * fill and joins the messages of a cell. The place is dropped: the mark sits on it.
 */
export function findingMarks(findings: Finding[]): Mark[] {
  const marks: Mark[] = [];
  for (const f of findings) {
    if (!f.cell) continue;
    const at = `${f.sheet}!${f.cell} `;
    const zh = f.message.zh;
    const text = zh.startsWith(at) ? zh.slice(at.length) : zh;
    marks.push({ sheet: f.sheet, cell: f.cell, tier: f.tier, message: `【${RULE_BY_ID[f.rule].name}】${text}` });
  }
  return marks;
}

export interface ResultsSheetOptions {
  /** The month checked, for the title; null when nothing was entered yet. */
  month: number | null;
  unitName?: string;
  /** Sheets present in the workbook: a link is made only to a cell on one of them. */
  sheetNames?: string[];
}

const HEADERS = ['序号', '层级', '工作表', '单元格', '代码', '指标', '规则', '说明', '应为', '建议'];
const WIDTHS = [6, 8, 10, 9, 10, 24, 12, 70, 22, 12];

/** The 审核结果 sheet: title, counts by tier, then one row per finding, errors first. */
export function resultsSheetSpec(findings: Finding[], opts: ResultsSheetOptions): SheetSpec {
  const sheet = emptySheet(RESULTS_SHEET);
  const counts = countByTier(findings);
  const title = `${opts.unitName ?? ''}${opts.month ? `${opts.month}月` : ''}审核结果`;
  const summary =
    findings.length === 0
      ? '未发现问题 / no findings'
      : `强制性 ${counts.error} 项（须改正）　核实性 ${counts.verify} 项（须在备注说明）　提示性 ${counts.note} 项`;
  const rank = (t: Tier) => TIER_ORDER.indexOf(t);
  const sorted = findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.tier) - rank(b.f.tier) || a.i - b.i);
  const known = opts.sheetNames ? new Set(opts.sheetNames) : null;

  const rows: CellSpec[][] = [[{ v: title }], [{ v: summary }], HEADERS.map((h) => ({ v: h }))];
  const hyperlinks: HyperlinkSpec[] = [];
  const firstDataRow = 4;
  sorted.forEach(({ f }, k) => {
    const r = firstDataRow + k;
    rows.push([
      { v: k + 1 },
      { v: TIER_NAME[f.tier] },
      { v: f.sheet },
      { v: f.cell ?? '' },
      { v: f.code ?? '' },
      { v: f.name },
      { v: RULE_BY_ID[f.rule].name },
      { v: f.message.zh },
      { v: f.expected },
      { v: f.suggestion ?? '' },
    ]);
    if (f.cell && (!known || known.has(f.sheet))) {
      hyperlinks.push({ ref: addr(r, 4), target: `${quoteSheet(f.sheet)}!${f.cell}`, text: f.cell });
    }
  });
  sheet.ranges.push({ ref: 'A1', rows });
  sheet.merges.push(`A1:${addr(1, HEADERS.length)}`, `A2:${addr(2, HEADERS.length)}`);
  sheet.columnWidths = WIDTHS;
  sheet.freeze = { rows: 3, columns: 0 };
  sheet.tabColor = counts.error ? '#C00000' : counts.verify ? '#BF8F00' : '#548235';
  const last = firstDataRow + sorted.length - 1;
  sheet.formats.push(
    { ref: `A1:${addr(1, HEADERS.length)}`, font: { bold: true, size: 14 }, horizontal: 'center' },
    { ref: `A3:${addr(3, HEADERS.length)}`, font: { bold: true }, fill: '#D9D9D9', horizontal: 'center' },
  );
  if (sorted.length) {
    sheet.formats.push(
      { ref: `A3:${addr(last, HEADERS.length)}`, border: { style: 'thin', color: '#A6A6A6' }, vertical: 'top' },
      { ref: `H${firstDataRow}:H${last}`, wrap: true },
    );
    // Rows are grouped by tier, so one fill per tier covers them.
    for (const tier of TIER_ORDER) {
      const ks = sorted.map((x, k) => (x.f.tier === tier ? k : -1)).filter((k) => k >= 0);
      if (ks.length) {
        const a = firstDataRow + ks[0];
        const b = firstDataRow + ks[ks.length - 1];
        sheet.formats.push({ ref: `B${a}:B${b}`, fill: TIER_FILL[tier] });
      }
    }
    for (const h of hyperlinks) sheet.formats.push({ ref: h.ref, font: { color: '#0563C1' } });
  }
  sheet.hyperlinks = hyperlinks;
  sheet.print = landscapePrint({ titleRows: '3:3' });
  return sheet;
}
