// 目标: the plan from the example, the workbook or a report's text (导入报告), and the plan written
// into the workbook.
import { seedPlan, type Plan } from '../../plan';
import type { Host } from '../../workbook/host';
import type { ImportReportResult, ReadPlanResult, ReviewCandidate } from '../../actions';
import { draftPlan, importReport } from '../../actions/importReport';
import { readPlan } from '../../actions/readPlan';
import { savePlan } from '../../actions/savePlan';

export type { ImportReportResult, ReadPlanResult, ReviewCandidate };

/** A problem in something read from the workbook, in both languages, with its cell where known. */
export type { PlanProblem as PaneProblem } from '../../actions';

export interface DraftOptions {
  year: number;
  unitName: string;
}

export interface PlanServices {
  seedPlan(): Plan;
  /** The plan from the workbook (指标库 with _meta); `current` supplies year and unit for a bare 指标库. */
  readPlan(current: Plan | null): Promise<ReadPlanResult>;
  writePlan(plan: Plan): Promise<void>;
  /** Extraction loads on first use: it is not in the pane's initial bundle. */
  extract(text: string): Promise<ImportReportResult>;
  /** A draft plan from the accepted candidates; `text` is the report they came from (for section titles). */
  candidatesToPlan(text: string, candidates: ReviewCandidate[], options: DraftOptions): Promise<Plan>;
}

export function planServices(host: Host): PlanServices {
  return {
    seedPlan,
    readPlan: (current) => readPlan(host, { current }),
    async writePlan(plan) {
      await savePlan(host, { plan });
    },
    extract: (text) => importReport({ text }),
    candidatesToPlan: (text, candidates, options) => draftPlan({ text, candidates, ...options }),
  };
}
