// One mark store for both hosts: marks made by `check --annotate` (XlsxHost) are cleared by the pane
// in Excel (ExcelHost), and marks made in Excel are cleared by the command line, each putting back
// the fill and note the cell had. The workbook is carried between the two as its cells, fills,
// notes and sheet states, which is what saving in Excel and opening the .xlsx carries.
import type { Fill } from 'exceljs';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { fillOf, marksOf, noteOf, userEdge, userFill, userNote } from '../../src/hosts/excel/fake/inspect';
import { cellAt, key, newSheet, unkey } from '../../src/hosts/excel/fake/state';
import { XlsxHost } from '../../src/hosts/xlsx';
import { MARKS_SHEET, TIER_BORDER, edgeOfExcel } from '../../src/check/marks';
import { emptySheet, type WorkbookSpec } from '../../src/workbook/spec';
import { addr } from '../../src/workbook/a1';

const spec: WorkbookSpec = {
  sheets: [{ ...emptySheet('表'), ranges: [{ ref: 'A1', rows: [[{ v: '代码' }, { v: 1 }, { v: 2 }]] }] }],
};

const STATE = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' } as const;

function toXlsx(fake: FakeExcel): XlsxHost {
  const host = XlsxHost.empty();
  for (const s of fake.state.sheets.filter((x) => !x.deleted)) {
    const ws = host.workbook.addWorksheet(s.name, { state: STATE[s.visibility] });
    for (const [k, c] of s.cells) {
      const { row, col } = unkey(k);
      const cell = ws.getCell(addr(row, col));
      if (c.value !== null && c.value !== undefined) cell.value = c.value;
      if (c.fill)
        cell.style = {
          ...cell.style,
          fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill.slice(1)}` } },
        };
      const border: Record<string, { style: string; color: { argb: string } }> = {};
      for (const [side, e] of Object.entries(c.borders ?? {})) {
        const edge = e && edgeOfExcel(e.style, e.weight, e.color);
        if (edge) border[side] = { style: edge.style, color: { argb: `FF${edge.color.slice(1)}` } };
      }
      if (Object.keys(border).length) cell.style = { ...cell.style, border: border as never };
    }
    for (const [k, n] of s.notes) {
      const { row, col } = unkey(k);
      ws.getCell(addr(row, col)).note = n.content;
    }
  }
  return host;
}

function toFake(host: XlsxHost): FakeExcel {
  const fake = new FakeExcel();
  fake.state.sheets = [];
  host.workbook.eachSheet((ws) => {
    const s = newSheet(fake.state, ws.name);
    s.visibility = ws.state === 'veryHidden' ? 'VeryHidden' : ws.state === 'hidden' ? 'Hidden' : 'Visible';
    fake.state.sheets.push(s);
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const to = cellAt(s, r, c);
        const v = cell.value;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') to.value = v;
        const fill = cell.style.fill as Fill | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb)
          to.fill = `#${fill.fgColor.argb.slice(-6)}`;
        const note = cell.note as unknown;
        const text =
          typeof note === 'string'
            ? note
            : (note as { texts?: Array<{ text: string }> } | undefined)?.texts?.map((t) => t.text).join('');
        if (text) s.notes.set(key(r, c), { content: text, authorName: 'x' });
      }),
    );
  });
  fake.state.activeSheetId = fake.state.sheets.find((s) => s.visibility === 'Visible')!.id;
  return fake;
}

function xlsxFill(host: XlsxHost, cell: string): string | null {
  const f = host.workbook.getWorksheet('表')!.getCell(cell).style.fill as Fill | undefined;
  return f?.type === 'pattern' && f.pattern === 'solid' && f.fgColor?.argb ? `#${f.fgColor.argb.slice(-6)}` : null;
}

test('marks from check --annotate are cleared in Excel, putting back the fill and note each cell had', async () => {
  const cli = XlsxHost.empty();
  await cli.applySpec(spec);
  const ws = cli.workbook.getWorksheet('表')!;
  ws.getCell('B1').style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } } };
  ws.getCell('C1').note = '用户的批注';
  await cli.markFindings([
    { sheet: '表', cell: 'B1', tier: 'error', message: '不是数字' },
    { sheet: '表', cell: 'C1', tier: 'verify', message: '请核实' },
  ]);
  const fake = toFake(await XlsxHost.fromBytes(await cli.toBytes()));
  expect(marksOf(fake).map((m) => m.cell)).toEqual(['B1', 'C1']);
  expect(fillOf(fake, '表', 'B1')).toBe('#FFC7CE');
  const excel = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  await excel.clearFindings();
  expect(fillOf(fake, '表', 'B1')).toBe('#FFFF00');
  expect(noteOf(fake, '表', 'B1')).toBeNull();
  expect(fillOf(fake, '表', 'C1')).toBeNull();
  expect(noteOf(fake, '表', 'C1')).toBe('用户的批注');
  expect(fake.state.sheets.some((s) => !s.deleted && s.name === MARKS_SHEET)).toBe(false);
  expect(fake.problems).toEqual([]);
});

test('marks made in Excel are cleared by the command line, putting back the fill and note each cell had', async () => {
  const fake = new FakeExcel();
  const excel = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  await excel.applySpec(spec);
  userFill(fake, '表', 'B1', '#FFFF00');
  userNote(fake, '表', 'C1', '用户的批注');
  await excel.markFindings([
    { sheet: '表', cell: 'B1', tier: 'error', message: '不是数字' },
    { sheet: '表', cell: 'C1', tier: 'note', message: '提示' },
  ]);
  const cli = await XlsxHost.fromBytes(await toXlsx(fake).toBytes());
  expect(xlsxFill(cli, 'B1')).toBe('#FFC7CE');
  await cli.clearFindings();
  const again = await XlsxHost.fromBytes(await cli.toBytes());
  expect(xlsxFill(again, 'B1')).toBe('#FFFF00');
  expect(again.workbook.getWorksheet('表')!.getCell('B1').note).toBeUndefined();
  expect(xlsxFill(again, 'C1')).toBeNull();
  expect(again.workbook.getWorksheet('表')!.getCell('C1').note).toBe('用户的批注');
  expect(again.workbook.getWorksheet(MARKS_SHEET)).toBeUndefined();
});

test('outlined marks made in an Excel without notes (ExcelApi 1.17) are cleared by the command line, putting back each edge', async () => {
  const fake = new FakeExcel({ apiVersion: '1.17' });
  const excel = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  await excel.applySpec(spec);
  const thin = { style: 'Continuous', weight: 'Thin', color: '#000000' };
  for (const side of ['top', 'bottom', 'left', 'right'] as const) userEdge(fake, '表', 'B1', side, thin);
  await excel.markFindings([{ sheet: '表', cell: 'B1', tier: 'error', message: '不是数字' }]);
  const cli = await XlsxHost.fromBytes(await toXlsx(fake).toBytes());
  const border = () => cli.workbook.getWorksheet('表')!.getCell('B1').style.border;
  expect(border()?.top).toEqual({ style: 'medium', color: { argb: `FF${TIER_BORDER.error.slice(1)}` } });
  await cli.clearFindings();
  const again = await XlsxHost.fromBytes(await cli.toBytes());
  const b = again.workbook.getWorksheet('表')!.getCell('B1').style.border;
  for (const side of ['top', 'bottom', 'left', 'right'] as const)
    expect(b?.[side]).toEqual({ style: 'thin', color: { argb: 'FF000000' } });
  expect(again.workbook.getWorksheet(MARKS_SHEET)).toBeUndefined();
});
