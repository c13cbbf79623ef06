// A user inserts a column in a month sheet (before 备注): the 汇总 the pane writes (ExcelHost on the
// fake) and the one the command line writes (XlsxHost) count the columns by their header, 板块
// included, not where they were generated.
import { generate, summarize } from '../../src/actions';
import { seedPlan } from '../../src/plan';
import { XlsxHost } from '../../src/hosts/xlsx';
import { sheetOf, typeInto } from '../../src/hosts/excel/fake/inspect';
import { key, unkey, type CellState } from '../../src/hosts/excel/fake/state';
import type { FakeExcel } from '../../src/hosts/excel/fake/fake';
import type { Host } from '../../src/workbook/host';
import { colLetter, colNumber } from '../../src/workbook/a1';
import { COL, MONTH_HEADERS } from '../../src/workbook/layout';
import { setup } from '../hosts/excel/helpers';

const plan = seedPlan();
const INSERTED = '核实人';

/**
 * Unprotect the sheet (the template's protection has no password) and insert a column at `col` as
 * Excel's Insert > Sheet Columns does: cells at and right of it move one column right. No formula in these workbooks refers to a cell at or right of 备注 (the generated
 * formulas read 本月..状态 and earlier months), so none needs the reference update Excel would make.
 */
function insertColumnInFake(fake: FakeExcel, sheet: string, col: number): void {
  const s = sheetOf(fake, sheet);
  s.protection.protected = false;
  const moved = new Map<number, CellState>();
  for (const [k, cell] of s.cells) {
    const { row, col: c } = unkey(k);
    moved.set(c >= col ? key(row, c + 1) : k, cell);
  }
  s.cells = moved;
}

/** The month sheet's column letters each 汇总 formula counts on, with that column's header text. */
async function countedHeaders(host: Host, month: string): Promise<Record<string, string>> {
  const snap = await host.read({ sheets: ['汇总', month] });
  const summary = snap.sheets.find((s) => s.name === '汇总')!;
  const sheet = snap.sheets.find((s) => s.name === month)!;
  const headerRow = sheet.values.findIndex((r) => r.some((v) => v === MONTH_HEADERS.code));
  const out: Record<string, string> = {};
  const ref = new RegExp(`'${month}'!\\$([A-Z]+):\\$[A-Z]+`, 'g');
  for (const f of summary.formulas.flat())
    for (const m of (f ?? '').matchAll(ref))
      out[m[1]] = String(sheet.values[headerRow][colNumber(m[1]) - 1] ?? '').replace(/\s+/g, '');
  return out;
}

const expected = {
  [colLetter(COL.code)]: '代码',
  [colLetter(COL.status)]: '状态',
  [colLetter(COL.responsible)]: '责任单位',
  [colLetter(COL.section + 1)]: '板块',
};

test('the pane on Excel: 汇总 counts 板块 in its new column after a column is inserted before 备注', async () => {
  const { fake, host } = setup();
  await generate(host, { plan, months: [3] });
  insertColumnInFake(fake, '3月', COL.note);
  typeInto(fake, '3月', `${colLetter(COL.note)}3`, INSERTED);
  const r = await summarize(host, { month: 3 });
  expect(r.summary.source).toEqual({
    sheet: '3月',
    codeColumn: COL.code,
    statusColumn: COL.status,
    responsibleColumn: COL.responsible,
    sectionColumn: COL.section + 1,
  });
  expect(await countedHeaders(host, '3月')).toEqual(expected);
});

test('the command line on a file: the same 汇总 columns after the same insertion', async () => {
  const made = XlsxHost.empty();
  await generate(made, { plan, months: [3] });
  const host = await XlsxHost.fromBytes(await made.toBytes());
  const ws = host.workbook.getWorksheet('3月')!;
  ws.spliceColumns(COL.note, 0, []);
  ws.getCell(`${colLetter(COL.note)}3`).value = INSERTED;
  const file = await XlsxHost.fromBytes(await host.toBytes());
  const r = await summarize(file, { month: 3 });
  expect(r.summary.source.sectionColumn).toBe(COL.section + 1);
  expect(await countedHeaders(file, '3月')).toEqual(expected);
});
