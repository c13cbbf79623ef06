// Parts of the pane loaded on first use, each a chunk of its own, so the pane's first load stays in
// its budget (bench/bundle.bench.ts).

/** Reading returned .xlsx files needs ExcelJS: loaded on the first collect or 下一年度. */
export const loadReturnsReader = () => import(/* webpackChunkName: "xlsx-read" */ '../../hosts/returns');
/** Collect, a regenerate's list of changes and last year's carry. */
export const loadLater = () => import(/* webpackChunkName: "later" */ '../later');
/** The 汇总: the summary, its sheet and its text (the pane's first load does without them). */
export const loadSummary = () => import(/* webpackChunkName: "summary" */ '../summaryChunk');
/** The 通报's chart, drawn by the browser. */
export const loadReportChart = () => import(/* webpackChunkName: "report" */ '../chartPng');
/** Building the month sheets (generate, regenerate): the template's formulas, styles and layout. */
export const loadGenerate = () => import(/* webpackChunkName: "generate" */ '../../actions/generate');
/** Saving settings regenerates the month sheets, so it goes with them. */
export const loadSaveSettings = () => import(/* webpackChunkName: "generate" */ '../../actions/saveSettings');
