// The 汇总 view's work, loaded on its first use (services/chunks): the summary, its sheet and text.
export { summarize } from '../actions/summarize';
export { COUNT_ORDER, SUMMARY_SHEET } from '../summary';
