// 汇总: fill the 汇总 sheet for a month (counts by section and office, the lagging list, milestones)
// and write the report's progress text. Figures with an open finding are counted but not quoted.
import type { ApplyReport, Host } from '../workbook/host';
import type { TemplateFigures } from '../workbook/figures';
import type { SheetSpec } from '../workbook/spec';
import {
  checkFigures,
  findingMarks,
  latestFilledMonth,
  resultsSheetSpec,
  RESULTS_SHEET,
  unverifiedCodes,
  explainedFigures,
  type Finding,
} from '../check';
import { summarize as summarizeFigures, summarySheet, SUMMARY_SHEET, type Summary } from '../summary';
import type { PngRenderer, ReportModel, ReportOptions } from '../report';
import { assertMonth } from '../progress';
import { UserError, type Message } from '../plan/message';
import { outdatedFormulas } from '../template';
import { monthSheets, readFigures } from './read';

export interface SummarizeOptions {
  /** 1-12; omitted: the latest month with any figure entered. */
  month?: number;
  /** Also mark the month's findings and write 审核结果 (the demo's annotated copy). */
  annotate?: boolean;
  /** Also write the month's 通报 as a .docx, from the same summary as the 汇总 sheet. */
  report?: ReportRequest;
}

export interface ReportRequest extends ReportOptions {
  /** Renders the chart's SVG to PNG: resvg in Node, the browser's own renderer in the pane. */
  renderPng: PngRenderer;
}

export interface SummarizeResult {
  month: number;
  figures: TemplateFigures;
  findings: Finding[];
  summary: Summary;
  /** The 汇总 sheet as written. */
  sheet: SheetSpec;
  report: ApplyReport;
  /** The 通报, when asked for: the .docx bytes and the document they hold. */
  document: { bytes: Uint8Array; model: ReportModel } | null;
  /** Said once: the workbook's formulas are older than this version's (template outdatedFormulas). */
  formulasOutdated: Message | null;
}

/**
 * The month's findings and the summary judged with them: a figure with an open finding is counted
 * 待核实. Every surface that shows a 汇总 (the action, the preview's recalculation) judges here.
 */
export function judgeMonth(figures: TemplateFigures, month: number): { findings: Finding[]; summary: Summary } {
  const checked = checkFigures(figures, { month });
  if (!checked.ok) throw new UserError(checked.message);
  const findings = checked.findings;
  // A month without a sheet was refused by the check above: summarize throws no more here.
  const summary = summarizeFigures(figures.plan, figures, month, {
    unverified: unverifiedCodes(findings),
    explained: explainedFigures(findings),
  });
  return { findings, summary };
}

/** Fill 汇总 for a month: counts, lagging list and the report sentences. */
export async function summarize(host: Host, options: SummarizeOptions = {}): Promise<SummarizeResult> {
  if (options.month !== undefined) assertMonth(options.month);
  const annotate = options.annotate ?? false;
  const extra = annotate ? [SUMMARY_SHEET, RESULTS_SHEET] : [SUMMARY_SHEET];
  const markSheets = annotate ? monthSheets(options.month ?? 12).reverse() : undefined;
  const { snapshot, figures } = await readFigures(host, options.month ?? 12, extra, { markSheets });
  const month = options.month ?? latestFilledMonth(figures);
  if (month === null)
    throw new UserError({
      zh: '工作簿中还没有填报数据，请指定要汇总的月份',
      en: 'nothing is entered in the workbook yet: give the month to summarize',
    });
  const { findings, summary } = judgeMonth(figures, month);
  const sheet = summarySheet(figures.plan, figures.meta, summary, month);
  const sheets: SheetSpec[] = [sheet];
  if (annotate) {
    const sheetNames = snapshot.sheets.map((s) => s.name);
    sheets.push(resultsSheetSpec(findings, { month, unitName: figures.meta.unitName, sheetNames }));
  }
  let report: ApplyReport;
  if (annotate && host.replaceFindings) report = await host.replaceFindings(findingMarks(findings), { sheets });
  else {
    if (annotate) await host.clearFindings();
    report = await host.applySpec({ sheets }, { replace: 'sheets-in-spec' });
    if (annotate) await host.markFindings(findingMarks(findings));
  }
  // The document code (and the docx package) loads on first use: it stays out of the pane's first bundle.
  const document = options.report
    ? await import(/* webpackChunkName: "report" */ '../report').then(({ reportDocx }) =>
        reportDocx(summary, options.report as ReportRequest, (options.report as ReportRequest).renderPng),
      )
    : null;
  return {
    month,
    figures,
    findings,
    summary,
    sheet,
    report,
    document,
    formulasOutdated: outdatedFormulas(figures.meta),
  };
}
