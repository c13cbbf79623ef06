// Actions a pane needs only after the first clicks (collecting returns, a regenerate's list of
// changes, last year's figures): a chunk of their own, so the pane's first load stays in budget.
export { collect } from '../actions/collect';
export { carryFromSnapshot, regenerateLines } from '../actions/regenerate';
