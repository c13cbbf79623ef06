// The xlsx writer: write a spec, reload the bytes with ExcelJS, and check what a user would see.
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { readXlsxSnapshot, writeSpecToXlsx, SpecWriteError } from '../../../src/hosts/xlsx';
import { emptySheet } from '../../../src/workbook/spec';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { sampleSpec } from './sample-spec';
import { buildWorkbookSpec } from '../../../src/template';
import { seedPlan } from '../../../src/plan';

async function reload(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('writeSpecToXlsx', () => {
  let bytes: Uint8Array;
  let wb: Workbook;
  let month: Worksheet;

  beforeAll(async () => {
    bytes = await writeSpecToXlsx(sampleSpec());
    wb = await reload(bytes);
    month = sheet(wb, '3月');
  });

  it('writes sheets in tab order with their visibility', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['_meta', 'veryHidden'],
      ['指标库', 'visible'],
      ['3月', 'visible'],
      ['备用', 'hidden'],
    ]);
    // The first visible sheet is the active tab (a hidden active tab makes Excel complain).
    expect(wb.views[0].activeTab).toBe(1);
  });

  it('writes values and formulas with their cached results', () => {
    expect(month.getCell('A1').value).toBe('小江镇2023年目标任务完成情况月报表（1-3月）');
    expect(month.getCell('C4').value).toBe(1.1);
    expect(month.getCell('D4').formula).toBe('C4');
    expect(month.getCell('D4').result).toBe(1.1);
    expect(month.getCell('E4').formula).toBe('IFERROR(D4/B4,"")');
    expect(month.getCell('E4').result).toBe(0.34375);
    expect(month.getCell('F4').result).toBe('超进度');
    expect(month.getCell('E5').result).toBe(true);
  });

  it('writes a text that starts with "=" as text, never as a formula', () => {
    const cell = sheet(wb, '指标库').getCell('B3');
    expect(cell.value).toBe('=SUM(1,2)');
    expect(cell.formula).toBeUndefined();
  });

  it('writes number formats, fonts, fills, borders, merges, widths and heights', () => {
    expect(month.getCell('C4').numFmt).toBe('0.00');
    expect(month.getCell('E4').numFmt).toBe('0.0%');
    expect(month.getCell('A1').font.bold).toBe(true);
    expect(month.getCell('A1').font.size).toBe(16);
    expect(month.getCell('A1').alignment.horizontal).toBe('center');
    expect(month.getCell('B3').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9E1F2' },
    });
    expect(month.getCell('B3').border.left).toMatchObject({ style: 'thin' });
    expect(month.model.merges).toEqual(['A1:F1']);
    expect(month.getColumn(2).width).toBe(12);
    expect(month.getColumn(7).hidden).toBe(true);
    expect(month.getColumn(6).hidden).toBe(false);
    expect(month.getRow(1).height).toBe(28);
    expect(sheet(wb, '指标库').properties.tabColor).toEqual({ argb: 'FF4472C4' });
  });

  it('protects the sheet without a password, with the input cells unlocked', () => {
    expect(month.sheetProtection).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(month.sheetProtection?.hashValue).toBeUndefined();
    expect(month.getCell('C4').protection?.locked).toBe(false);
    expect(month.getCell('D4').protection?.locked).not.toBe(false);
  });

  it('freezes the header rows and the code columns', () => {
    expect(month.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4' });
  });

  it('writes data validation with its tier, title, message and prompt', () => {
    expect(month.dataValidations.find('C5')).toEqual({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      allowBlank: true,
      showErrorMessage: true,
      showInputMessage: true,
      errorStyle: 'stop',
      errorTitle: '数值有误',
      error: '请输入不小于0的数字（单位见“单位”列）。',
      promptTitle: '本月',
      prompt: '填本月数',
    });
    expect(month.dataValidations.find('C8')).toMatchObject({
      type: 'custom',
      formulae: ['C8<=B4*3'],
      errorStyle: 'warning',
      error: '超过年度目标3倍，请核实。',
    });
    expect(month.dataValidations.find('C6')).toMatchObject({
      type: 'list',
      formulae: ['"未开始,推进中,已完成"'],
      errorStyle: 'stop',
    });
    // A formula operand on a number rule survives the reload (ExcelJS alone would turn it into NaN).
    expect(month.dataValidations.find('C7')).toMatchObject({
      type: 'decimal',
      operator: 'lessThanOrEqual',
      formulae: ['B4*3'],
      errorStyle: 'information',
    });
  });

  it('writes conditional formats: an expression with fill and font, a flat data bar', () => {
    const cfs = month.conditionalFormattings;
    const status = cfs.find((c) => c.ref === 'F4:F5');
    expect(status?.rules[0]).toMatchObject({ type: 'expression', formulae: ['$F4="欠进度"'], priority: 1 });
    expect(JSON.stringify(status?.rules[0])).toContain('FFFFC7CE');
    expect(JSON.stringify(status?.rules[0])).toContain('FF9C0006');
    const bar = cfs.find((c) => c.ref === 'E4:E5');
    expect(bar?.rules[0]).toMatchObject({ type: 'dataBar', gradient: false });
  });

  it('sets up printing: A4 landscape, one page wide, title rows, print area', () => {
    expect(month.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:3',
      printArea: 'A1:F5',
    });
  });

  it('prints the 指标库 of a generated year two pages wide, header row and 代码…指标名称 on each (review3 W39)', async () => {
    const built = buildWorkbookSpec(seedPlan(), { months: [1] });
    if (!built.ok) throw new Error('seed plan does not build');
    const back = await reload(await writeSpecToXlsx(built.spec));
    const n = seedPlan().indicators.length + 1;
    expect(sheet(back, '指标库').pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToWidth: 2,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      printTitlesColumn: 'A:D',
      printArea: `A1:S${n}`,
    });
  });

  it('writes the catalog as an Excel table with a filter button per column', () => {
    const model = sheet(wb, '指标库').model as unknown as {
      tables: Array<{ name: string; tableRef: string; columns: Array<{ name: string; filterButton: boolean }> }>;
    };
    expect(model.tables).toHaveLength(1);
    expect(model.tables[0].name).toBe('指标表');
    expect(model.tables[0].tableRef).toBe('A1:D3');
    expect(model.tables[0].columns.map((c) => [c.name, c.filterButton])).toEqual([
      ['代码', true],
      ['指标', true],
      ['单位', true],
      ['年度目标', true],
    ]);
  });

  it('writes internal hyperlinks and defined names', () => {
    expect(month.getCell('H1').value).toEqual({ text: '返回指标库', hyperlink: "'指标库'!A2" });
    expect(wb.definedNames.model.find((n) => n.name === '目标')?.ranges).toEqual(["'3月'!$B$4:$B$5"]);
  });

  it('reads a snapshot with displayed values, formula texts and merged cells', async () => {
    const snap = await readXlsxSnapshot(bytes);
    const m = snap.sheets.find((s) => s.name === '3月');
    expect(m?.values[0][0]).toBe('小江镇2023年目标任务完成情况月报表（1-3月）');
    expect(m?.values[0][1]).toBeNull(); // B1 is inside the merge
    expect(m?.values[0][7]).toBe('返回指标库');
    expect(m?.values[3]).toEqual(['A01', 3.2, 1.1, 1.1, 0.34375, '超进度', null, null]);
    expect(m?.formulas[3]).toEqual([
      null,
      null,
      null,
      '=C4',
      '=IFERROR(D4/B4,"")',
      '=IF(E4>=0.3,"超进度","欠进度")',
      null,
      null,
    ]);
    expect(m?.values[4][4]).toBe(true);
    expect(snap.sheets.find((s) => s.name === '_meta')?.visibility).toBe('veryHidden');
    expect(snap.sheets.find((s) => s.name === '指标库')?.values[2][1]).toBe('=SUM(1,2)');
    expect(snap.sheets.find((s) => s.name === '指标库')?.formulas[2][1]).toBeNull();
  });
});

describe('readXlsxSnapshot on cells a user or another program wrote', () => {
  it('flattens rich text, shows errors as text, and keeps only the requested sheets', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('1月');
    ws.getCell('A1').value = { richText: [{ text: '小江' }, { font: { bold: true }, text: '镇' }] };
    ws.getCell('B1').value = { formula: 'A9/0', result: { error: '#DIV/0!' } };
    ws.getCell('C1').value = { error: '#REF!' };
    ws.getCell('D1').value = new Date(Date.UTC(2023, 2, 31));
    ws.getCell('D1').numFmt = 'yyyy-mm-dd';
    wb.addWorksheet('2月').getCell('A1').value = 1;
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const snap = await readXlsxSnapshot(bytes, { sheets: ['1月'] });
    expect(snap.sheets.map((s) => s.name)).toEqual(['1月']);
    expect(snap.sheets[0].values[0]).toEqual(['小江镇', '#DIV/0!', '#REF!', 45016]);
    expect(snap.sheets[0].formulas[0]).toEqual([null, '=A9/0', null, null]);
  });

  it('refuses a file that is not an .xlsx with a plain message', async () => {
    await expect(readXlsxSnapshot(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({
      text: {
        zh: '无法读取该 .xlsx 文件（不是 .xlsx 格式，或文件已损坏）',
        en: 'cannot read this .xlsx file (not an .xlsx file, or damaged)',
      },
    });
  });
});

describe('specs Excel would refuse are never written', () => {
  function withSheets(...names: string[]): WorkbookSpec {
    return { sheets: names.map((n) => emptySheet(n)) };
  }

  it('names each bad sheet name', async () => {
    const err = await writeSpecToXlsx(withSheets('a/b', 'x'.repeat(40), '1月', '1月')).catch((e) => e);
    expect(err).toBeInstanceOf(SpecWriteError);
    expect(err.message).toContain('工作表名称“a/b”含有不允许的字符');
    expect(err.message).toContain('超过31个字符');
    expect(err.message).toContain('工作表名称重复：1月');
  });

  it('refuses two validations on one cell and over-long alert texts', async () => {
    const s = emptySheet('1月');
    const base = { type: 'decimal' as const, allowBlank: true, alert: 'stop' as const, errorTitle: '错', error: '错' };
    s.validations = [
      { ...base, ref: 'F6:F9' },
      { ...base, ref: 'F8', alert: 'warning', errorTitle: '标'.repeat(33) },
      { ...base, ref: 'G8', error: '错'.repeat(226) },
    ];
    const err = await writeSpecToXlsx({ sheets: [s] }).catch((e) => e);
    expect(err).toBeInstanceOf(SpecWriteError);
    expect(err.message).toContain('1月!F8 有两条数据验证');
    expect(err.message).toContain('提示标题超过32个字符');
    expect(err.message).toContain('1月!G8 的出错提示超过225个字符');
  });

  it('refuses overlapping merges and a table whose headers repeat', async () => {
    const s = emptySheet('指标库');
    s.merges = ['A1:C1', 'C1:D2'];
    s.ranges = [
      {
        ref: 'A3',
        rows: [
          [{ v: '代码' }, { v: '代码' }],
          [{ v: 'A' }, { v: 'B' }],
        ],
      },
    ];
    s.tables = [{ name: 'PlanTable', ref: 'A3:B4', style: 'TableStyleMedium2' }];
    const err = await writeSpecToXlsx({ sheets: [s] }).catch((e) => e);
    expect(err).toBeInstanceOf(SpecWriteError);
    expect(err.message).toContain('合并区域 C1:D2 与另一合并区域重叠');
    expect(err.message).toContain('表格 PlanTable 的列标题“代码”重复');
  });

  it('refuses a workbook without a visible sheet', async () => {
    const s = { ...emptySheet('_meta'), visibility: 'veryHidden' as const };
    await expect(writeSpecToXlsx({ sheets: [s] })).rejects.toThrow('至少要有一张可见的工作表');
  });
});
