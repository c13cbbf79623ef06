// The task pane's actions on any Host (the Excel host, the xlsx host, the preview's fake-backed
// host), each read -> think -> write with a fixed number of round trips:
//   generate     read the template's own sheets, keep what users typed, write the spec
//   readPlan     read 指标库 (and _meta) back into a plan, with findings by cell
//   check        read the month sheets up to the month, run the checks, mark the findings and
//                write 审核结果 in one batched write
//   fillSummary  read the month sheets up to the month, summarize, write 汇总
//   collectInto  read the master's template sheets, merge the offices' returns (汇集), write the
//                new input cells (本月, 备注) in one batch: 2 round trips on Excel
// Only the sheets an action needs are read: a check of March reads March and before. No action needs
// a formula's text, only whether a cell has one: reads ask for presence, which keeps a 1,000-indicator
// year in one request on Excel (the texts are most of its bytes).
import type { Plan } from '../plan/types';
import type { ApplyReport, Host, Mark, WorkbookSnapshot } from '../workbook/host';
import type { WorkbookSpec } from '../workbook/spec';
import type { TemplateFigures } from '../workbook/figures';
import {
  buildPreserving,
  ledgerToPlan,
  readTemplate,
  LEDGER_SHEET,
  META_SHEET,
  monthSheetName,
  type BuildNotice,
  type PreserveReport,
} from '../template';
import { checkFigures, findingMarks, resultsSheetSpec, RESULTS_SHEET, unverifiedCodes, type Finding } from '../check';
import { summarize, summarySheet, SUMMARY_SHEET, type Summary } from '../summary';
import { collect, type CollectOk, type CollectOptions, type ReturnInput } from '../collect';

/** A failure the user can act on, in Chinese and English. */
export class ActionError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
    this.name = 'ActionError';
  }
}

const ALL_MONTHS = Array.from({ length: 12 }, (_, i) => monthSheetName(i + 1));

/** Sheets a template action reads: the ledger, the metadata and the month sheets up to `last`. */
export function templateSheets(last = 12): string[] {
  return [LEDGER_SHEET, META_SHEET, ...ALL_MONTHS.slice(0, last)];
}

async function figuresUpTo(
  host: Host,
  month: number,
  extra: string[] = [],
  markSheets?: string[],
): Promise<TemplateFigures> {
  const snapshot = await host.read({
    sheets: [...templateSheets(month), ...extra],
    formulas: 'presence',
    ...(markSheets ? { markSheets } : {}),
  });
  // Later months were not read: the readback must not take them for missing.
  const r = readTemplate(snapshot, { upTo: month });
  if (!r.ok)
    throw new ActionError(
      `这个工作簿还不是月报表模板：${r.message}。请先生成模板。`,
      `This workbook is not a generated template yet: ${r.messageEn}. Generate the templates first.`,
    );
  return r.figures;
}

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new ActionError(
      `月份应为1-12的整数，收到 ${String(month)}`,
      `a month must be a whole number 1-12, got ${String(month)}`,
    );
}

export interface GenerateOptions {
  months: number[];
  unit?: string | null;
}

export interface GenerateResult {
  report: ApplyReport;
  preserved: PreserveReport;
  notices: BuildNotice[];
}

/** Generate (or regenerate) the templates, keeping every figure and note already typed. */
export async function generate(host: Host, plan: Plan, options: GenerateOptions): Promise<GenerateResult> {
  const old = await host.read({ sheets: templateSheets(12), formulas: 'presence' });
  const built = buildPreserving(plan, options, old.sheets.length ? old : null);
  if (!built.ok) {
    const shown = built.problems.slice(0, 5);
    throw new ActionError(shown.map((p) => p.message).join('；'), shown.map((p) => p.messageEn).join('; '));
  }
  const report = await host.applySpec(built.spec, { replace: 'sheets-in-spec' });
  return { report, preserved: built.preserved, notices: built.notices };
}

export interface ReadPlanResult {
  plan: Plan | null;
  problems: Array<{ sheet: string; cell: string | null; message: string; messageEn: string }>;
}

/** The plan as the workbook's 指标库 holds it now, with findings by cell for rows that cannot be read. */
export async function readPlan(host: Host, current: Plan | null): Promise<ReadPlanResult> {
  const snapshot: WorkbookSnapshot = await host.read({
    sheets: [LEDGER_SHEET, META_SHEET, ...ALL_MONTHS],
    formulas: 'presence',
  });
  const r = readTemplate(snapshot);
  if (r.ok)
    return {
      plan: r.figures.plan,
      problems: r.figures.problems
        .filter((p) => p.sheet === LEDGER_SHEET)
        .map((p) => ({ sheet: p.sheet, cell: p.cell, message: p.message, messageEn: p.messageEn })),
    };
  const ledger = snapshot.sheets.find((s) => s.name === LEDGER_SHEET);
  if (!ledger || !current) return { plan: null, problems: [] };
  const lp = ledgerToPlan(ledger.values, current);
  return {
    plan: lp.plan,
    problems: lp.findings.map((f) => ({
      sheet: LEDGER_SHEET,
      cell: f.cell,
      message: f.message,
      messageEn: f.messageEn,
    })),
  };
}

export interface CheckResult {
  month: number;
  findings: Finding[];
  marks: Mark[];
  report: ApplyReport;
}

/** Mark the findings and write 审核结果: one batched write where the host offers it. */
async function writeFindings(host: Host, marks: Mark[], results: WorkbookSpec): Promise<ApplyReport> {
  if (host.replaceFindings) return host.replaceFindings(marks, results);
  await host.clearFindings();
  await host.markFindings(marks);
  return host.applySpec(results, { replace: 'sheets-in-spec' });
}

/** Check a month (审核): findings marked on their cells and listed on 审核结果, old marks cleared. */
export async function check(host: Host, month: number): Promise<CheckResult> {
  checkMonth(month);
  // Marks go on the checked month's sheet, and on earlier ones where a problem is still there: the
  // read looks at their cells for them too, the checked month first, as far as its response allows.
  const markSheets = ALL_MONTHS.slice(0, month).reverse();
  const figures = await figuresUpTo(host, month, [RESULTS_SHEET], markSheets);
  const r = checkFigures(figures, { month });
  if (!r.ok) throw new ActionError(r.message, r.messageEn);
  const marks = findingMarks(r.findings);
  const sheetNames = [...figures.months.map((m) => m.sheet), LEDGER_SHEET];
  const results = resultsSheetSpec(r.findings, { month, unitName: figures.meta.unitName, sheetNames });
  const report = await writeFindings(host, marks, { sheets: [results] });
  return { month, findings: r.findings, marks, report };
}

export interface SummaryResult {
  month: number;
  summary: Summary;
  report: ApplyReport;
}

/** Fill 汇总 for a month: counts, lagging list and the report sentences. */
export async function fillSummary(host: Host, month: number): Promise<SummaryResult> {
  checkMonth(month);
  const figures = await figuresUpTo(host, month, [SUMMARY_SHEET]);
  const checked = checkFigures(figures, { month });
  const unverified = checked.ok ? unverifiedCodes(checked.findings) : [];
  let summary: Summary;
  try {
    summary = summarize(figures.plan, figures, month, { unverified });
  } catch (e) {
    const err = e as { message?: string; messageEn?: string };
    if (typeof err.messageEn === 'string') throw new ActionError(err.message ?? '', err.messageEn);
    throw e;
  }
  const report = await host.applySpec(
    { sheets: [summarySheet(figures.plan, figures.meta, summary, month)] },
    { replace: 'sheets-in-spec' },
  );
  return { month, summary, report };
}

/**
 * 汇集: merge the offices' returns (already read from their files) into the open workbook's month
 * sheet. One read of the master, one write of the input cells that were empty; nothing the master
 * holds is overwritten (the conflicts say where a return differs).
 */
export async function collectInto(
  host: Host,
  returns: ReturnInput[],
  month: number,
  options: CollectOptions = {},
): Promise<CollectOk> {
  checkMonth(month);
  if (!host.writeCells)
    throw new ActionError(
      '此工作簿无法逐格写入，不能汇集。',
      'This workbook cannot be written cell by cell: cannot collect.',
    );
  // Every month sheet: the merge keeps later months' figures and the checks look back at earlier ones.
  const master = await figuresUpTo(host, 12);
  const r = collect(master, returns, month, options);
  if (!r.ok) throw new ActionError(r.message, r.messageEn);
  if (r.writes.length) await host.writeCells(r.writes.map((w) => ({ sheet: w.sheet, cell: w.cell, value: w.value })));
  return r;
}
