// A returned text whose reading is the master's number (review 2, V24), and a return's counts with
// milestone states apart from numbers (V15): the office's unchanged "约250", where the statistician
// already typed 250 in the master as the check suggested, is the same figure, said so, exit 0.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typeInto as typeIn, type Typed } from './typeInto';
import { cliIn } from '../support/cli';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);
const typeInto = (file: string, out: string, entries: Typed[]) => typeIn(dir, file, out, entries);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'same-reading-'));
  for (const args of [
    ['--out', 'master.xlsx'],
    ['--unit', '镇农业农村办', '--out', 'ny.xlsx'],
  ]) {
    const r = await cli('generate', '--months', '3', ...args);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  // The statistician typed the check's suggestion into the master; the office's file still says 约250.
  await typeInto('master.xlsx', 'fixed.xlsx', [[2, 'NY-06', 250]]);
  await typeInto('ny.xlsx', 'ny-3.xlsx', [
    [2, 'NY-06', '约250'],
    [3, 'NY-01', 5],
    [3, 'NY-M2', '推进中'],
  ]);
  await typeInto('ny.xlsx', 'ny-other.xlsx', [[2, 'NY-06', '约260']]);
});

test('“约250” against the master’s 250: the same, said so, not a conflict, exit 0', async () => {
  const r = await cli('collect', 'fixed.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'c.xlsx');
  expect(r.stdout).toContain(
    '    NY-06 高标准农田建设：本月数与总表相同（报来“约250”，按 250；2月!F8，总表 2月!F23）\n' +
      '      NY-06 高标准农田建设: monthly figure the same as the master\'s (sent "约250", read as 250; 2月!F8, master 2月!F23)\n',
  );
  expect(r.stdout).not.toContain('与总表不同');
  expect(r.status).toBe(0);
});

test('a return’s counts keep numbers and milestone states apart', async () => {
  const r = await cli('collect', 'fixed.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'c2.xlsx');
  expect(r.stdout).toContain(
    '  ny-3.xlsx（镇农业农村办）采用 2月、3月：新填入 1 个数字、1 个进展状态、0 条备注；与总表相同 1 项；冲突 0 项 / months 2, 3: 1 figures, 1 milestone states, 0 notes taken; 1 already in the master; 0 conflicts',
  );
});

test('a text reading as another number is still a conflict, exit 1', async () => {
  const r = await cli('collect', 'fixed.xlsx', 'ny-other.xlsx', '--month', '3', '--out', 'c3.xlsx');
  expect(r.stdout).toContain(
    '[与总表不同 / differs from the master] “高标准农田建设”（NY-06）的本月数：总表 2月!F23 已有 250，ny-other.xlsx 2月!F8 报来 “约260”',
  );
  expect(r.status).toBe(1);
});
