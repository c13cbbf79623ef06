// 审核: check a month's figures; mark the findings on their cells and list them on 审核结果.
import type { ApplyReport, Host, Mark } from '../workbook/host';
import {
  checkFigures,
  countByTier,
  findingMarks,
  resultsSheetSpec,
  RESULTS_SHEET,
  type Finding,
  type TierCounts,
} from '../check';
import type { WorkbookSpec } from '../workbook/spec';
import { assertMonth } from '../progress';
import { UserError, type Message } from '../plan/message';
import { outdatedFormulas } from '../template';
import { monthSheets, readFigures } from './read';
import { L, type MonthColumn } from '../workbook/layout';

/** The month-sheet columns findings go on, most frequent first. */
const FINDING_COLUMNS: MonthColumn[] = ['month', 'cumulative', 'status', 'note', 'code'];

export interface CheckOptions {
  /** 1-12; omitted: the latest month with any figure entered. */
  month?: number;
  /** Mark the findings and write 审核结果 (default true); false only reads and checks. */
  mark?: boolean;
}

export interface CheckResult {
  /** The month checked; null when nothing is entered yet (only the template's own problems). */
  month: number | null;
  /** Who the workbook is filled by: the township for a master, the office for its own workbook. */
  unitName: string;
  findings: Finding[];
  counts: TierCounts;
  marks: Mark[];
  /** What the write did; null when not marking. */
  report: ApplyReport | null;
  /** Said once: the workbook's formulas are older than this version's (template outdatedFormulas). */
  formulasOutdated: Message | null;
}

/** Mark the findings and write 审核结果: one batched write where the host offers it. */
async function writeFindings(host: Host, marks: Mark[], results: WorkbookSpec): Promise<ApplyReport> {
  if (host.replaceFindings) return host.replaceFindings(marks, results);
  // Marks from an earlier check would mislead: clear them first.
  await host.clearFindings();
  await host.markFindings(marks);
  return host.applySpec(results, { replace: 'sheets-in-spec' });
}

/** Check a month (审核): findings marked on their cells and listed on 审核结果, old marks cleared. */
export async function check(host: Host, options: CheckOptions = {}): Promise<CheckResult> {
  const { month } = options;
  if (month !== undefined) assertMonth(month);
  const mark = options.mark ?? true;
  const last = month ?? 12;
  // Marks go on the checked month's sheet, and on earlier ones where a problem is still there: the
  // read looks at their cells for them too, the checked month first, as far as its response allows;
  // findings name the cells of these columns as generated (本月 by far the most), most likely first.
  // 审核结果 is read only to know it is there: it is replaced whole.
  const { snapshot, figures } = await readFigures(
    host,
    last,
    mark ? [RESULTS_SHEET] : [],
    mark
      ? {
          markSheets: monthSheets(last).reverse(),
          markColumns: FINDING_COLUMNS.map((c) => L[c]),
          withoutCells: [RESULTS_SHEET],
        }
      : {},
  );
  const r = checkFigures(figures, { month });
  if (!r.ok) throw new UserError(r.message);
  // An office's own workbook (分发表) is checked as that office's, as its 汇总 names it (填报单位).
  const unitName = figures.meta.unitFilter ?? figures.meta.unitName;
  const base = {
    month: r.month,
    unitName,
    findings: r.findings,
    counts: countByTier(r.findings),
    formulasOutdated: outdatedFormulas(figures.meta),
  };
  if (!mark) return { ...base, marks: [], report: null };
  const marks = findingMarks(r.findings);
  // Links only to sheets the workbook has (a finding may be about a sheet that could not be read).
  const sheetNames = snapshot.sheets.map((s) => s.name);
  const results = resultsSheetSpec(r.findings, { month: r.month, unitName, sheetNames });
  const report = await writeFindings(host, marks, { sheets: [results] });
  return { ...base, marks, report };
}
