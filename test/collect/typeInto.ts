// Typing into a written workbook as an office or the statistician would in Excel (ExcelJS): 本月 in
// column F and 备注 in column M of the row whose code (column B) matches, on month sheet "N月".
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { CellValue } from '../../src/workbook/spec';

export type Typed = [month: number, code: string, value: CellValue, note?: string];

export async function typeInto(dir: string, file: string, out: string, entries: Typed[]): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(join(dir, file));
  for (const [m, code, value, note] of entries) {
    const ws = wb.getWorksheet(`${m}月`);
    if (!ws) throw new Error(`no ${m}月 in ${file}`);
    let row = 0;
    ws.eachRow((r, i) => {
      if (r.getCell(2).value === code) row = i;
    });
    if (!row) throw new Error(`${code} not on ${m}月 of ${file}`);
    ws.getCell(`F${row}`).value = value as never;
    if (note) ws.getCell(`M${row}`).value = note;
  }
  await wb.xlsx.writeFile(join(dir, out));
}

/** The master and the two offices' cuts of a plan written to `dir` as plan.json, for `months` ("3", "1-4"). */
export async function masterAndCuts(
  cli: (...args: string[]) => Promise<{ status: number | null; stderr: string }>,
  months: string,
  offices: Array<[unit: string, out: string]>,
): Promise<void> {
  for (const [unit, out] of [[null, 'master.xlsx'] as const, ...offices]) {
    const r = await cli(
      'generate',
      '--plan',
      'plan.json',
      '--months',
      months,
      ...(unit ? ['--unit', unit] : []),
      '--out',
      out,
    );
    if (r.status !== 0) throw new Error(r.stderr);
  }
}
