// What the pane needs before it loads the report code (kept apart so that the pane's first script
// does not carry the model and the chart): the date a report is dated and its file name.
import type { ReportDate, ReportModel } from './model';

/** A Date's calendar day as the report writes it; the caller reads the clock, this module does not. */
export function reportDate(d: Date): ReportDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The file name a saved 通报 gets: its title. */
export function reportFileName(model: Pick<ReportModel, 'title'>): string {
  return `${model.title}.docx`;
}
