// Templates: plan -> workbook spec (指标库, month sheets, _meta), and a filled workbook -> figures.
export { buildWorkbookSpec, unitPlan } from './build';
export type { BuildOptions, BuildProblem, BuildNotice, BuildResult, EnteredFigures } from './build';
export { readTemplate } from './readback';
export type { ReadOptions, ReadResult } from './readback';
export { planToLedger, buildLedgerSheet } from './ledger';
export { LEDGER_COLUMNS } from './ledgerColumns';
export { ledgerToPlan } from './ledgerRead';
export type { LedgerFinding, LedgerResult, LedgerBase } from './ledgerRead';
export { cumulate, rowFormulas, evaluateCell, hasSchedule } from './formulas';
export { targetCell, deadlineText } from './target';
export { outdatedFormulas } from './meta';
export { TEMPLATE_VERSION, FORMULA_VERSION, LEDGER_SHEET, META_SHEET, LEDGER_TABLE } from './layout';
export { buildPreserving, typedEntries, REMOVED_STATUS, REMOVED_HEADING, SET_ASIDE_HEADING } from './preserve';
export type { PreserveReport, PreserveResult, Entry as TypedEntry } from './preserve';
export {
  planChanges,
  applyTargetDecisions,
  applyFieldDecisions,
  refusedDecisions,
  defaultAdjustmentMonth,
} from './changes';
export { planDiff, INDICATOR_FIELDS, SETTINGS_FIELDS, PLAN_FIELDS } from './planDiff';
export type { FieldChange } from './planDiff';
export { generatedPlan } from './readback';
export type { PlanChanges, TargetChange, TargetDecision, IndicatorRef, FieldQuestion } from './changes';
