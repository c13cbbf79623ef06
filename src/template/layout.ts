// What the generator writes besides the month sheet's own layout (which is described once, in
// src/workbook/layout.ts): the template's version, its other sheets' names, the footer line.
export const TEMPLATE_VERSION = '1.0';

export const LEDGER_SHEET = '指标库';
export const META_SHEET = '_meta';
export const LEDGER_TABLE = 'PlanTable';

export const FOOTER_TEXT = '单位负责人：　　　　统计负责人：　　　　填表人：　　　　联系电话：　　　　报出日期：';
