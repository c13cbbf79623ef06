// 汇总: the month's 汇总 sheet filled, its counts and progress text; the month's 通报 as a .docx.
import type { Host } from '../../workbook/host';
import { COUNT_ORDER, SUMMARY_SHEET, type Summary } from '../../summary';
import type { Status } from '../../progress';
import { reportDate, reportFileName } from '../../report/model';
import { summarize } from '../../actions/summarize';
import { DOCX_TYPE, type SavedFile } from '../fileMode';
import { loadReportChart } from './chunks';

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

function summaryOutcome(month: number, summary: Summary): SummaryOutcome {
  return {
    month,
    counts: COUNT_ORDER.filter((s) => summary.counts[s] > 0).map((s) => ({ status: s, count: summary.counts[s] })),
    narrative: summary.text.zh.join('\n'),
  };
}

export function summaryServices(host: Host): SummaryServices {
  return {
    async fillSummary(month) {
      const { summary } = await summarize(host, { month });
      await host.select(SUMMARY_SHEET, 'A1'); // show what was filled
      return summaryOutcome(month, summary);
    },

    async reportDocx(month, date) {
      const { renderPngBrowser } = await loadReportChart();
      const report = { date: reportDate(date), renderPng: renderPngBrowser };
      const { summary, document } = await summarize(host, { month, report });
      if (!document) throw new Error('summarize returned no document');
      return {
        ...summaryOutcome(month, summary),
        file: { name: reportFileName(document.model), bytes: document.bytes, type: DOCX_TYPE },
        dateText: document.model.dateText,
      };
    },
  };
}
