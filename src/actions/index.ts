// The user's actions, one file each, on any Host: the Excel host in the pane (or the fake in the
// preview) and the xlsx host on the command line run the same code. Each reads what it needs,
// thinks with the pure core, writes in as few round trips as it can, and returns a typed result.
// No import of the Office JavaScript API, React or Node here (lint holds it): hosts, pane and CLI sit above.
export { templateSheets, monthSheets, templateMonths } from './read';
export { readPlan, type ReadPlanOptions, type ReadPlanResult, type PlanProblem } from './readPlan';
export { savePlan, type SavePlanOptions } from './savePlan';
export {
  importReport,
  draftPlan,
  type ImportReportOptions,
  type ImportReportResult,
  type ReviewCandidate,
  type DraftPlanOptions,
} from './importReport';
export {
  generate,
  previewGenerate,
  generateQuestions,
  type GenerateOptions,
  type GenerateResult,
  type TemplateChanges,
} from './generate';
export { check, type CheckOptions, type CheckResult } from './check';
export { summarize, type SummarizeOptions, type SummarizeResult, type ReportRequest } from './summarize';
export { collect, type CollectOptions, type CollectResult, type CollectRefresh } from './collect';
export { clearMarks } from './clearMarks';
export { saveSettings, type SaveSettingsOptions, type SaveSettingsResult } from './saveSettings';
export {
  regenerate,
  previewRegenerate,
  draftNextYearPlan,
  readFilled,
  regenerateLines,
  unconfirmedMatches,
  carryFromSnapshot,
  type RegenerateOptions,
  type RegenerateResult,
  type ReportLine,
} from './regenerate';
export { selfTest, selfTestText, selfTestResultWords } from './selfTest';
