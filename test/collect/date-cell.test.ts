// A 本月 cell Excel or WPS turned into a date (review3 W6: the clerk typed "1-5", the cell shows
// 1月5日 and holds 45296): not a figure. collect does not take it and says why (exit 1); the check
// of the workbook holding it says the same, instead of a 环比 of +377366%.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { cliIn } from '../support/cli';
import { typeInto } from './typeInto';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { readTemplate } from '../../src/template';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);

/** Type a date into 本月 of a code as Excel keeps a typed "1-5": a serial number in a date-formatted cell. */
async function typeDate(file: string, out: string, month: number, code: string, date: Date) {
  const wb = new Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.getWorksheet(`${month}月`)!;
  let row = 0;
  ws.eachRow((r, i) => {
    if (r.getCell(2).value === code) row = i;
  });
  const cell = ws.getCell(`F${row}`);
  // A style of its own: the cells of a column share one style object in ExcelJS.
  cell.style = { ...cell.style, numFmt: 'm"月"d"日"' };
  cell.value = date;
  await wb.xlsx.writeFile(join(dir, out));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'date-cell-'));
  for (const args of [
    ['--out', 'master.xlsx'],
    ['--unit', '镇农业农村办', '--out', 'ny.xlsx'],
  ]) {
    const r = await cli('generate', '--months', '3', ...args);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  await typeInto(dir, 'ny.xlsx', 'ny-2.xlsx', [
    [2, 'NY-06', 12],
    [3, 'NY-01', 0.5],
  ]);
  await typeDate('ny-2.xlsx', 'ny-3.xlsx', 3, 'NY-06', new Date(Date.UTC(2024, 0, 5)));
});

test('collect does not take a date as a figure: it says the cell is a date, exit 1, the master’s cell stays empty', async () => {
  const r = await cli('collect', 'master.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'c.xlsx');
  expect(r.stdout).toContain(
    'ny-3.xlsx：3月!F8：“高标准农田建设”（NY-06）的本月数未汇集——单元格是日期格式（1月5日），输入可能被自动转成了日期；请镇农业农村办把该单元格设为“常规”格式后重新填写本月数',
  );
  expect(r.stdout).not.toContain('45296');
  expect(r.status).toBe(1);
  const m = readTemplate(await readXlsxSnapshot(readFileSync(join(dir, 'c.xlsx'))));
  if (!m.ok) throw new Error(m.message.zh);
  const row = (month: number) => m.figures.months.find((s) => s.month === month)!.rows.find((x) => x.code === 'NY-06')!;
  expect(row(3).month.value).toBeNull();
  expect(row(2).month.value).toBe(12);
});

test('the check of a workbook holding it says the same, as must-fix, and no 环比', async () => {
  const r = await cli('check', 'ny-3.xlsx', '--month', '3');
  expect(r.stdout).toContain(
    '[格式] 3月!F8 高标准农田建设：本月单元格是日期格式（1月5日），输入可能被自动转成了日期。应填写数字（单位：亩）：请把单元格设为“常规”格式后重新填写',
  );
  expect(r.stdout).not.toContain('45296');
});
