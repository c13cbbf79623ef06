// A hand-built spec using every feature of the workbook spec, for the xlsx host's tests.
import type { SheetSpec, WorkbookSpec } from '../../../src/workbook/spec';
import { emptySheet } from '../../../src/workbook/spec';

export function sampleSpec(): WorkbookSpec {
  const catalog: SheetSpec = {
    ...emptySheet('指标库'),
    tabColor: '#4472C4',
    ranges: [
      {
        ref: 'A1',
        rows: [
          [{ v: '代码' }, { v: '指标' }, { v: '单位' }, { v: '年度目标' }],
          [{ v: 'A01' }, { v: '粮食生产面积' }, { v: '万亩' }, { v: 3.2 }],
          [{ v: 'A02' }, { v: '=SUM(1,2)' }, { v: '个' }, { v: 3 }],
        ],
      },
    ],
    columnWidths: [10, 30, 8, 12],
    tables: [{ name: '指标表', ref: 'A1:D3', style: 'TableStyleMedium2' }],
  };
  const month: SheetSpec = {
    ...emptySheet('3月'),
    ranges: [
      { ref: 'A1', rows: [[{ v: '小江镇2023年目标任务完成情况月报表（1-3月）' }]] },
      {
        ref: 'A3',
        rows: [
          [{ v: '代码' }, { v: '年度目标' }, { v: '本月' }, { v: '累计' }, { v: '完成%' }, { v: '状态' }],
          [
            { v: 'A01' },
            { v: 3.2 },
            { v: 1.1 },
            { v: 1.1, f: '=C4' },
            { v: 0.34375, f: '=IFERROR(D4/B4,"")' },
            { v: '超进度', f: '=IF(E4>=0.3,"超进度","欠进度")' },
          ],
          [{ v: 'A02' }, { v: 3 }, { v: null }, { v: '', f: '=IF(C5="","",C5)' }, { v: true, f: '=C5=""' }],
        ],
      },
    ],
    formats: [
      { ref: 'A1', font: { bold: true, size: 16 }, horizontal: 'center' },
      { ref: 'A3:F3', fill: '#D9E1F2', font: { bold: true }, border: { style: 'thin' } },
      { ref: 'C4:C5', locked: false, numberFormat: '0.00' },
      { ref: 'E4:E5', numberFormat: '0.0%' },
    ],
    merges: ['A1:F1'],
    columnWidths: [8, 12, 12, 12, 10, 10],
    hiddenColumns: [7],
    rowHeights: { 1: 28 },
    freeze: { rows: 3, columns: 2 },
    validations: [
      {
        ref: 'C4:C5',
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formula1: 0,
        allowBlank: true,
        alert: 'stop',
        errorTitle: '数值有误',
        error: '请输入不小于0的数字（单位见“单位”列）。',
        promptTitle: '本月',
        prompt: '填本月数',
      },
      {
        ref: 'C8',
        type: 'custom',
        formula1: '=C8<=B4*3',
        allowBlank: true,
        alert: 'warning',
        errorTitle: '请核实',
        error: '超过年度目标3倍，请核实。',
      },
      {
        ref: 'C6',
        type: 'list',
        list: ['未开始', '推进中', '已完成'],
        allowBlank: true,
        alert: 'stop',
        errorTitle: '状态',
        error: '请从下拉列表选择。',
      },
      {
        ref: 'C7',
        type: 'decimal',
        operator: 'lessThanOrEqual',
        formula1: '=B4*3',
        allowBlank: true,
        alert: 'information',
        errorTitle: '提示',
        error: '偏大。',
      },
    ],
    conditionalFormats: [
      {
        ref: 'F4:F5',
        type: 'expression',
        formula: '=$F4="欠进度"',
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        priority: 1,
      },
      { ref: 'E4:E5', type: 'dataBar', color: '#63BE7B', min: 0, max: 1, priority: 2 },
    ],
    protection: {
      password: null,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowSort: false,
      allowAutoFilter: false,
    },
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      titleRows: '1:3',
      area: 'A1:F5',
    },
    hyperlinks: [{ ref: 'H1', target: "'指标库'!A2", text: '返回指标库' }],
  };
  const meta: SheetSpec = {
    ...emptySheet('_meta'),
    visibility: 'veryHidden',
    ranges: [{ ref: 'A1', rows: [[{ v: 'templateVersion' }, { v: '1' }]] }],
  };
  const hidden: SheetSpec = { ...emptySheet('备用'), visibility: 'hidden' };
  return { sheets: [meta, catalog, month, hidden], names: { 目标: "'3月'!$B$4:$B$5" } };
}
