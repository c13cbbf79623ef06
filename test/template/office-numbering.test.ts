// One office's workbook speaks as the master does and names the office (review 2, V15): its only
// section keeps the master's number ("四、环境优化 绿色转型", not "一、"), on the month sheet and in
// the summary text, and `check` of it is headed with the office's name.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { cliIn } from '../support/cli';
import { typeInto } from '../collect/typeInto';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'office-numbering-'));
  const r = await cli('generate', '--unit', '镇妇联', '--months', '3', '--out', 'fl.xlsx');
  if (r.status !== 0) throw new Error(r.stderr);
  await typeInto(dir, 'fl.xlsx', 'fl-3.xlsx', [
    [1, 'HJ-01', 1],
    [2, 'HJ-01', 0],
    [3, 'HJ-01', 2],
  ]);
});

test('the month sheet numbers the office’s section as the master does', async () => {
  const s = await readXlsxSnapshot(readFileSync(join(dir, 'fl.xlsx')));
  const sheet = s.sheets.find((x) => x.name === '3月')!;
  const heads = sheet.values.filter((row) => typeof row[0] === 'string' && /^[一二三四五六七八九十]+、$/.test(row[0]));
  expect(heads.map((row) => `${row[0]}${row[2]}`)).toEqual(['四、环境优化 绿色转型']);
});

test('the summary text numbers it the same', async () => {
  const r = await cli('summarize', 'fl-3.xlsx', '--month', '3');
  expect(r.stdout).toContain('四、环境优化 绿色转型。本板块1项目标任务中');
  expect(r.stdout).not.toContain('一、环境优化');
});

test('check of the office’s workbook is headed with the office', async () => {
  const r = await cli('check', 'fl-3.xlsx', '--month', '3');
  expect(r.stdout.split('\n')[0]).toMatch(/^审核 镇妇联 3月：/);
});
