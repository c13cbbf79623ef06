// 读取计划: the plan as the workbook's 指标库 holds it now, with findings by cell.
import type { Message } from '../plan/message';
import type { Plan } from '../plan/types';
import type { Host } from '../workbook/host';
import { ledgerToPlan, readTemplate, LEDGER_SHEET } from '../template';
import { templateSheets } from './read';

export interface PlanProblem {
  sheet: string;
  cell: string | null;
  message: Message;
}

export interface ReadPlanResult {
  /** null when the workbook has no readable 指标库 sheet. */
  plan: Plan | null;
  problems: PlanProblem[];
}

export interface ReadPlanOptions {
  /** Supplies year and unit for a bare 指标库 (no _meta sheet beside it). */
  current: Plan | null;
}

/** The plan as the workbook's 指标库 holds it now, with findings by cell for rows that cannot be read. */
export async function readPlan(host: Host, options: ReadPlanOptions): Promise<ReadPlanResult> {
  const snapshot = await host.read({ sheets: templateSheets(12), formulas: 'presence' });
  const r = readTemplate(snapshot);
  if (r.ok)
    return {
      plan: r.figures.plan,
      problems: r.figures.problems
        .filter((p) => p.sheet === LEDGER_SHEET)
        .map((p) => ({ sheet: p.sheet, cell: p.cell, message: p.message })),
    };
  const ledger = snapshot.sheets.find((s) => s.name === LEDGER_SHEET);
  if (!ledger || !options.current) return { plan: null, problems: [] };
  const lp = ledgerToPlan(ledger.values, options.current);
  return {
    plan: lp.plan,
    problems: lp.findings.map((f) => ({
      sheet: LEDGER_SHEET,
      cell: f.cell,
      message: f.message,
    })),
  };
}
