// What the generator writes besides the month sheet's own layout (which is described once, in
// src/workbook/layout.ts): the template's version, its other sheets' names, the footer line.
export const TEMPLATE_VERSION = '1.0';
/**
 * The version of the sheets' formulas (状态, 累计, 汇总 links…), stamped in _meta as formulaVersion.
 * Raise it whenever a generated formula changes: a workbook stamped lower (or not at all: made
 * before the stamp, with the older recurring-task 状态 formula) keeps its formulas until regenerated,
 * and check/summarize say so (meta.outdatedFormulas).
 */
export const FORMULA_VERSION = 2;

export const LEDGER_SHEET = '指标库';
export const META_SHEET = '_meta';
export const LEDGER_TABLE = 'PlanTable';

export const FOOTER_TEXT = '单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：';

// Rows a regenerate sets aside at the bottom of a month sheet, flagged in 状态: kept figures, not
// the plan's rows (readback and the checks pass over them).
export const REMOVED_STATUS = '已从计划删除';
export const REMOVED_HEADING = '以下指标已从计划删除，保留原填报数据 / Removed from the plan: figures kept';
export const OTHER_UNIT_STATUS = '不属于本单位';
export const SET_ASIDE_HEADING =
  '以下指标已从计划删除或不属于本单位，保留原填报数据 / Removed from the plan or not this unit’s: figures kept';
