// An office that edits its own copy's 指标库 (review3 W36): a target 3 → 5, a renamed indicator. The
// master's plan rules and the figures are collected as always, but the office is answered: one line
// for the return saying what differs and that it was not adopted. Not a figure lost: exit 0.
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

/** Edit the 指标库 of a written workbook as an office would by hand: by code, under a header's text. */
async function editLedger(
  file: string,
  out: string,
  edits: Array<[code: string, header: string, value: string | number]>,
) {
  const wb = new Workbook();
  await wb.xlsx.readFile(join(dir, file));
  const ws = wb.getWorksheet('指标库')!;
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((c, i) => headers.set(String(c.value), i));
  for (const [code, header, value] of edits) {
    let row = 0;
    ws.eachRow((r, i) => {
      if (r.getCell(1).value === code) row = i;
    });
    const col = headers.get(header);
    if (!row || !col) throw new Error(`${code} / ${header} not on 指标库`);
    ws.getCell(row, col).value = value;
  }
  await wb.xlsx.writeFile(join(dir, out));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-edits-'));
  for (const args of [
    ['--out', 'master.xlsx'],
    ['--unit', '镇经济发展办', '--out', 'jf.xlsx'],
  ]) {
    const r = await cli('generate', '--months', '3', ...args);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  await typeInto(dir, 'jf.xlsx', 'jf-3.xlsx', [
    [3, 'GY-05', 1],
    [3, 'GY-04a', 12],
  ]);
  await editLedger('jf-3.xlsx', 'jf-3k.xlsx', [
    ['GY-05', '目标值', 5],
    ['GY-04a', '指标名称', '百易公司营收增长'],
  ]);
});

test('the return’s edited 指标库 is answered in one line; the figures are collected under the master’s plan, exit 0', async () => {
  const r = await cli('collect', 'master.xlsx', 'jf-3k.xlsx', '--month', '3', '--out', 'c.xlsx');
  expect(r.stdout).toContain(
    '    镇经济发展办报表的指标库与总表不同：GY-04a 名称“规上企业营收增长（百易）” → “百易公司营收增长”；GY-05 新增规上企业 目标值：3 → 5；未采用，以总表为准（如需调整请走年中调整）\n',
  );
  expect(r.stdout).not.toContain('请重新生成模板');
  expect(r.status).toBe(0);
  const m = readTemplate(await readXlsxSnapshot(readFileSync(join(dir, 'c.xlsx'))));
  if (!m.ok) throw new Error(m.message.zh);
  expect(m.figures.plan.indicators.find((i) => i.code === 'GY-05')!.value).toBe(3);
  expect(m.figures.months.find((s) => s.month === 3)!.rows.find((x) => x.code === 'GY-05')!.month.value).toBe(1);
});

test('an unedited return says nothing about its 指标库', async () => {
  const r = await cli('collect', 'master.xlsx', 'jf-3.xlsx', '--month', '3', '--out', 'c2.xlsx');
  expect(r.stdout).not.toContain('指标库');
  expect(r.status).toBe(0);
});
