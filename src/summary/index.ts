// Summary (汇总): figures -> counts by section and unit, lagging list, milestones, report text,
// and the 汇总 sheet.
export * from './types';
export {
  summarize,
  type SummarizeOptions,
  summarySource,
  zeroCounts,
  SummaryError,
  NO_UNIT,
  LAGGING,
} from './summarize';
export { summarySheet, SUMMARY_SHEET } from './sheet';
export { actualAt, rowsByCode, enteredNumber, enteredState, yearSeries } from './actuals';
export {
  excessText,
  tableGapPp,
  jointRowsNote,
  indicatorClause,
  standaloneSentence,
  standaloneSentenceEn,
  COUNT_ORDER,
  targetZh,
} from './text';
export { fmtFigure, fmtShare, fmtPoints } from './format';
