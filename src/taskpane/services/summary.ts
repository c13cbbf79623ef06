// 汇总: the month's 汇总 sheet filled, its counts and progress text; the month's 通报 as a .docx.
import type { Host } from '../../workbook/host';
import type { Message } from '../../plan/message';
import type { Status } from '../../progress';
import { reportDate, reportFileName } from '../../report/names';
import type { SummarizeResult } from '../../actions/summarize';
import { DOCX_TYPE, type SavedFile } from '../fileMode';
import { loadReportChart, loadSummary } from './chunks';

export interface StatusCount {
  status: Status;
  count: number;
}

export interface SummaryOutcome {
  month: number;
  /** The statuses that occur, in the sheet's order, with how many rows have each. */
  counts: StatusCount[];
  /** The report's progress text, ready to paste (Chinese: it goes into the township's report). */
  narrative: string;
  /** What the 汇总 warns of (a month with no figures, a counted column not found; the CLI exits 1 on them), then what the host could not apply. */
  warnings: Message[];
}

export interface ReportOutcome extends SummaryOutcome {
  file: SavedFile;
  /** The 成文日期 written in the document: "2023年7月5日". */
  dateText: string;
}

export interface SummaryServices {
  fillSummary(month: number): Promise<SummaryOutcome>;
  /** The month's 通报 as a .docx to save (fills 汇总 too, from the same summary); dated `date`. */
  reportDocx(month: number, date: Date): Promise<ReportOutcome>;
}

function summaryOutcome(
  month: number,
  { summary, report, formulasOutdated }: Pick<SummarizeResult, 'summary' | 'report' | 'formulasOutdated'>,
  COUNT_ORDER: readonly Status[],
): SummaryOutcome {
  return {
    month,
    counts: COUNT_ORDER.filter((s) => summary.counts[s] > 0).map((s) => ({ status: s, count: summary.counts[s] })),
    narrative: summary.text.zh.join('\n'),
    warnings: [...(formulasOutdated ? [formulasOutdated] : []), ...summary.warnings, ...report.degraded],
  };
}

export function summaryServices(host: Host): SummaryServices {
  return {
    async fillSummary(month) {
      const { summarize, COUNT_ORDER, SUMMARY_SHEET } = await loadSummary();
      const done = await summarize(host, { month });
      await host.select(SUMMARY_SHEET, 'A1'); // show what was filled
      return summaryOutcome(month, done, COUNT_ORDER);
    },

    async reportDocx(month, date) {
      const [{ summarize, COUNT_ORDER }, { renderPngBrowser }] = await Promise.all([loadSummary(), loadReportChart()]);
      const report = { date: reportDate(date), renderPng: renderPngBrowser };
      const done = await summarize(host, { month, report });
      const { document } = done;
      if (!document) throw new Error('summarize returned no document');
      return {
        ...summaryOutcome(month, done, COUNT_ORDER),
        file: { name: reportFileName(document.model), bytes: document.bytes, type: DOCX_TYPE },
        dateText: document.model.dateText,
      };
    },
  };
}
