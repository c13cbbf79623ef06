// XlsxHost: the Host port on a file. Each test saves the bytes and reloads them, as the CLI does.
import { Workbook } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { XlsxHost, MARKS_SHEET, writeSpecToXlsx, SpecWriteError } from '../../../src/hosts/xlsx';
import { emptySheet } from '../../../src/workbook/spec';
import type { SheetSpec } from '../../../src/workbook/spec';
import { sampleSpec } from './sample-spec';
import { buildWorkbookSpec } from '../../../src/template';
import { seedPlan } from '../../../src/plan';
import { snapshotOf } from '../../../src/hosts/xlsx/read';

async function reload(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

async function saved(host: XlsxHost): Promise<XlsxHost> {
  return XlsxHost.fromBytes(await host.toBytes());
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function monthSheet(name: string, figure: number): SheetSpec {
  return {
    ...emptySheet(name),
    ranges: [{ ref: 'A1', rows: [[{ v: '本月' }, { v: figure }, { v: figure * 2, f: '=B1*2' }]] }],
  };
}

async function hostWithMonths(): Promise<XlsxHost> {
  const bytes = await writeSpecToXlsx({
    sheets: [
      emptySheet('指标库'),
      monthSheet('1月', 1),
      monthSheet('2月', 2),
      monthSheet('4月', 4),
      emptySheet('汇总'),
    ],
  });
  return XlsxHost.fromBytes(bytes);
}

function names(wb: Workbook): string[] {
  return wb.worksheets.map((w) => w.name);
}

describe('XlsxHost.read', () => {
  it('reads what the file holds, by sheet', async () => {
    const host = await XlsxHost.fromBytes(await writeSpecToXlsx(sampleSpec()));
    const snap = await host.read({ sheets: ['3月', '没有这张表'] });
    expect(snap.sheets.map((s) => s.name)).toEqual(['3月']);
    expect(snap.sheets[0].values[3][5]).toBe('超进度');
    expect(snap.sheets[0].formulas[3][3]).toBe('=C4');
  });
});

describe('XlsxHost.applySpec', () => {
  it('replaces sheets in the spec in place and leaves the others untouched', async () => {
    const host = await hostWithMonths();
    sheet(host.workbook, '4月').getCell('D9').value = '用户填的';
    const report = await host.applySpec({ sheets: [monthSheet('2月', 20)] });
    expect(report).toEqual({ created: [], replaced: ['2月'], degraded: [] });
    const wb = await reload(await host.toBytes());
    expect(names(wb)).toEqual(['指标库', '1月', '2月', '4月', '汇总']);
    expect(sheet(wb, '2月').getCell('B1').value).toBe(20);
    expect(sheet(wb, '2月').getCell('C1').result).toBe(40);
    expect(sheet(wb, '1月').getCell('B1').value).toBe(1);
    expect(sheet(wb, '4月').getCell('D9').value).toBe('用户填的');
  });

  it('puts a new month after the month before it, and keeps spec order for several new sheets', async () => {
    const host = await hostWithMonths();
    await host.applySpec({ sheets: [monthSheet('3月', 3)] });
    expect(names(host.workbook)).toEqual(['指标库', '1月', '2月', '3月', '4月', '汇总']);
    await host.applySpec({ sheets: [monthSheet('4月', 40), monthSheet('5月', 5), monthSheet('6月', 6)] });
    const wb = await reload(await host.toBytes());
    expect(names(wb)).toEqual(['指标库', '1月', '2月', '3月', '4月', '5月', '6月', '汇总']);
    expect(sheet(wb, '6月').getCell('C1').result).toBe(12);
  });

  it('applies the same features as the writer (validation, protection, hidden state)', async () => {
    const host = await hostWithMonths();
    const spec = sampleSpec();
    await host.applySpec({ sheets: spec.sheets.filter((s) => s.name === '3月' || s.name === '_meta') });
    const wb = await reload(await host.toBytes());
    expect(sheet(wb, '_meta').state).toBe('veryHidden');
    expect(sheet(wb, '3月').dataValidations.find('C4')?.error).toBe('请输入不小于0的数字（单位见“单位”列）。');
    expect(sheet(wb, '3月').sheetProtection?.sheet).toBe(true);
    expect(sheet(wb, '3月').getCell('C4').protection?.locked).toBe(false);
  });

  it('refuses a bad sheet name before changing anything', async () => {
    const host = await hostWithMonths();
    await expect(host.applySpec({ sheets: [monthSheet('a/b', 1)] })).rejects.toBeInstanceOf(SpecWriteError);
    expect(names(host.workbook)).toEqual(['指标库', '1月', '2月', '4月', '汇总']);
  });

  it('keeps what a reload of its own file needs: formula operands in validations, internal links', async () => {
    const first = await XlsxHost.fromBytes(await writeSpecToXlsx(sampleSpec()));
    const again = await reload(await (await saved(first)).toBytes());
    expect(sheet(again, '3月').dataValidations.find('C7')?.formulae).toEqual(['B4*3']);
    expect(sheet(again, '3月').getCell('H1').value).toEqual({ text: '返回指标库', hyperlink: "'指标库'!A2" });
  });
});

describe('XlsxHost.markFindings and clearFindings', () => {
  async function marked(): Promise<XlsxHost> {
    const host = await hostWithMonths();
    const ws = sheet(host.workbook, '1月');
    ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } }; // the user's own green
    ws.getCell('D1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7030A0' } }; // never marked
    ws.getCell('C1').note = '用户的批注';
    await host.markFindings([
      { sheet: '1月', cell: 'B1', tier: 'verify', message: '本月比上月增长超过300%，请在备注说明' },
      { sheet: '1月', cell: 'B1', tier: 'error', message: '不是数字' },
      { sheet: '1月', cell: 'C1', tier: 'note', message: '提示一下' },
      { sheet: '2月', cell: 'A1', tier: 'verify', message: '请核实' },
    ]);
    return saved(host);
  }

  it('fills each marked cell by its worst tier and writes the messages as its note', async () => {
    const host = await marked();
    const wb = host.workbook;
    expect(sheet(wb, '1月').getCell('B1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(sheet(wb, '1月').getCell('B1').note).toBe(
      '【核实性】本月比上月增长超过300%，请在备注说明\n【强制性】不是数字',
    );
    expect(sheet(wb, '1月').getCell('C1').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(sheet(wb, '2月').getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
    expect(sheet(wb, MARKS_SHEET).state).toBe('veryHidden');
    // Loaded cells share style objects: marking B1 must not colour its neighbours.
    expect(sheet(wb, '2月').getCell('B1').fill).toBeUndefined();
  });

  it('removes exactly its own marks after a save, so the user fills and notes come back', async () => {
    const host = await marked();
    await host.clearFindings();
    const wb = await reload(await host.toBytes());
    const ws = sheet(wb, '1月');
    expect(ws.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FF00B050' } });
    expect(ws.getCell('D1').fill).toMatchObject({ fgColor: { argb: 'FF7030A0' } });
    expect(ws.getCell('C1').fill).toBeUndefined();
    expect(ws.getCell('C1').note).toBe('用户的批注');
    expect(ws.getCell('B1').note).toBeUndefined();
    expect(sheet(wb, '2月').getCell('A1').fill).toBeUndefined();
    expect(sheet(wb, '2月').getCell('A1').note).toBeUndefined();
    expect(wb.getWorksheet(MARKS_SHEET)).toBeUndefined();
  });

  it('leaves a fill the user changed after the mark', async () => {
    const host = await marked();
    sheet(host.workbook, '2月').getCell('A1').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFFF00' },
    };
    await host.clearFindings();
    expect(sheet(host.workbook, '2月').getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
  });

  it('names a missing sheet or a bad address', async () => {
    const host = await hostWithMonths();
    await expect(host.markFindings([{ sheet: '9月', cell: 'A1', tier: 'error', message: 'x' }])).rejects.toThrow(
      '找不到工作表“9月”',
    );
    await expect(host.markFindings([{ sheet: '1月', cell: '本月', tier: 'error', message: 'x' }])).rejects.toThrow(
      '不是单元格地址：本月',
    );
  });
});

describe('XlsxHost.select', () => {
  it('makes the sheet the active tab and the cell the selection in the saved file', async () => {
    const host = await XlsxHost.fromBytes(await writeSpecToXlsx(sampleSpec()));
    await host.select('3月', 'C5');
    const wb = await reload(await host.toBytes());
    expect(wb.views[0].activeTab).toBe(2);
    const month = sheet(wb, '3月');
    expect(month.views[0]).toMatchObject({ activeCell: 'C5', state: 'frozen', ySplit: 3 });
  });

  it('refuses a hidden sheet', async () => {
    const host = await XlsxHost.fromBytes(await writeSpecToXlsx(sampleSpec()));
    await expect(host.select('_meta', 'A1')).rejects.toThrow('已隐藏');
  });
});

describe('XlsxHost on a generated template', () => {
  it('loses nothing when it loads and saves the seed workbook', async () => {
    const built = buildWorkbookSpec(seedPlan(), { months: [1, 2, 3] });
    if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('\n'));
    const original = await reload(await writeSpecToXlsx(built.spec));
    const again = await reload(await (await XlsxHost.fromBytes(await writeSpecToXlsx(built.spec))).toBytes());
    expect(names(again)).toEqual(names(original));
    for (const ws of original.worksheets) {
      const other = sheet(again, ws.name);
      expect([ws.name, other.state]).toEqual([ws.name, ws.state]);
      expect([ws.name, other.dataValidations.model]).toEqual([ws.name, ws.dataValidations.model]);
      // A data bar's extension id is a fresh GUID on every save.
      const cfs = (w: Worksheet) =>
        JSON.stringify(w.conditionalFormattings).replace(/"x14Id":"\{[0-9A-F-]+\}"/g, '"x14Id":"…"');
      expect([ws.name, cfs(other)]).toEqual([ws.name, cfs(ws)]);
      expect([ws.name, other.sheetProtection]).toEqual([ws.name, ws.sheetProtection]);
      expect([ws.name, other.views]).toEqual([ws.name, ws.views]);
      // ExcelJS re-saves a first page number of 1 as "use first page number 1": the same pages.
      const setup = (w: Worksheet) => ({ ...w.pageSetup, useFirstPageNumber: undefined });
      expect([ws.name, setup(other)]).toEqual([ws.name, setup(ws)]);
      expect([ws.name, other.model.merges]).toEqual([ws.name, ws.model.merges]);
      const unlocked = (w: Worksheet) => {
        const out: string[] = [];
        w.eachRow((row) => row.eachCell((c) => void (c.protection?.locked === false && out.push(c.address))));
        return out;
      };
      expect([ws.name, unlocked(other)]).toEqual([ws.name, unlocked(ws)]);
      expect([ws.name, (await snapshotOf(again, { sheets: [ws.name] })).sheets]).toEqual([
        ws.name,
        (await snapshotOf(original, { sheets: [ws.name] })).sheets,
      ]);
    }
    expect(sheet(again, '3月').getCell('F5').protection?.locked).toBe(false);
    const tables = (wb: Workbook) => (sheet(wb, '指标库').model as unknown as { tables: unknown[] }).tables;
    expect(tables(again)).toEqual(tables(original));
  });
});
