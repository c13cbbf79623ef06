// 写入计划: the plan written to the workbook's 指标库 sheet (the month sheets are generate's).
import type { Plan } from '../plan/types';
import type { ApplyReport, Host } from '../workbook/host';
import { buildLedgerSheet } from '../template';

export interface SavePlanOptions {
  plan: Plan;
}

/** Write the plan's 指标库 sheet, replacing the one there. */
export async function savePlan(host: Host, options: SavePlanOptions): Promise<ApplyReport> {
  return host.applySpec({ sheets: [buildLedgerSheet(options.plan)] }, { replace: 'sheets-in-spec' });
}
