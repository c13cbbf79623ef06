// What an office does to its own earlier figures in a later return (review3 W4, W23): a text it sent
// ("１２０") then sent as a number replaces the master's text (更正), so no must-fix stays open all
// year; a figure it sent and later cleared is listed (the master keeps it, exit 1), never silent.
// Through the command line on files (the pane's 汇集 runs the same action: test/collect/corrections).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { typeInto as typeIn, type Typed } from './typeInto';
import { cliIn } from '../support/cli';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { readTemplate } from '../../src/template';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);
const typeInto = (file: string, out: string, entries: Typed[]) => typeIn(dir, file, out, entries);

/** The 本月 value of a code on a month sheet of a written workbook. */
async function monthValue(file: string, month: number, code: string) {
  const r = readTemplate(await readXlsxSnapshot(readFileSync(join(dir, file))));
  if (!r.ok) throw new Error(r.message.zh);
  return r.figures.months.find((s) => s.month === month)!.rows.find((x) => x.code === code)!.month.value;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'own-edits-'));
  for (const args of [
    ['--out', 'master.xlsx'],
    ['--unit', '镇农业农村办', '--out', 'ny.xlsx'],
  ]) {
    const r = await cli('generate', '--months', '3', ...args);
    if (r.status !== 0) throw new Error(r.stderr);
  }
  // 2月: NY-03 typed in full-width digits, NY-06 and NY-08 as numbers; the statistician collects it.
  await typeInto('ny.xlsx', 'ny-2.xlsx', [
    [2, 'NY-03', '１２０'],
    [2, 'NY-06', 250],
    [2, 'NY-08', 1],
  ]);
  const first = await cli('collect', 'master.xlsx', 'ny-2.xlsx', '--month', '2', '--out', 'c2.xlsx');
  if (first.status !== 0) throw new Error(first.stdout);
  // 3月, the same copy: NY-03 retyped as the number, NY-06 cleared, 3月 filled.
  await typeInto('ny-2.xlsx', 'ny-3.xlsx', [
    [2, 'NY-03', 120],
    [2, 'NY-06', null],
    [3, 'NY-01', 0.5],
  ]);
  // A fresh copy holding 3月 only: its blank 2月 is not a clearing.
  await typeInto('ny.xlsx', 'ny-3fresh.xlsx', [[3, 'NY-01', 0.5]]);
});

describe('a later return from the same office', () => {
  let out: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    out = await cli('collect', 'c2.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'c3.xlsx');
  });

  test('its number replaces its own earlier text: 更正, the master holds the number, no must-fix left', async () => {
    expect(out.stdout).toContain(
      '    更正：2月!F20 “１２０” → 120（镇农业农村办）：NY-03 油菜种植面积 本月数，总表原有的文字读作同一个数，按报来的数字写入',
    );
    expect(await monthValue('c3.xlsx', 2, 'NY-03')).toBe(120);
    expect(out.stdout).not.toContain('含全角字符');
  });

  test('a figure it cleared is listed, the master keeps it, exit 1', async () => {
    expect(out.stdout).toContain(
      '[报来已清空 / cleared in the return] 镇农业农村办在 ny-3.xlsx 中清空了2月!F8（“高标准农田建设”（NY-06）的本月数，此前报来 250）；总表 2月!F23 保留 250。如确需清空，请在总表中删除 2月!F23 的本月数；如是误删，请镇农业农村办补回后再报',
    );
    expect(await monthValue('c3.xlsx', 2, 'NY-06')).toBe(250);
    expect(out.stdout).toContain('未全部汇集：冲突 1 项');
    expect(out.status).toBe(1);
  });

  test('once the statistician clears it in the master too, nothing is said and exit 0', async () => {
    const cleared = await cli('collect', 'c3.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'again.xlsx');
    expect(cleared.stdout).toContain('清空了2月!F8');
    await typeInto('c3.xlsx', 'c3-cleared.xlsx', [[2, 'NY-06', null]]);
    const r = await cli('collect', 'c3-cleared.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'c3b.xlsx');
    expect(r.stdout).not.toContain('清空');
    expect(r.status).toBe(0);
  });
});

test('a fresh copy with an earlier month left blank clears nothing', async () => {
  const r = await cli('collect', 'c2.xlsx', 'ny-3fresh.xlsx', '--month', '3', '--out', 'fresh.xlsx');
  expect(r.stdout).not.toContain('清空');
  expect(r.status).toBe(0);
});

test('a blank where the statistician typed the figure herself is not the office clearing it', async () => {
  await typeInto('master.xlsx', 'typed.xlsx', [[2, 'NY-06', 250]]);
  await typeInto('ny.xlsx', 'ny-2b.xlsx', [[2, 'NY-08', 1]]);
  const r = await cli('collect', 'typed.xlsx', 'ny-2b.xlsx', '--month', '2', '--out', 't.xlsx');
  expect(r.stdout).not.toContain('清空');
  expect(r.status).toBe(0);
});

test('the master’s number against the office’s unchanged text stays the same figure (W11)', async () => {
  await typeInto('c2.xlsx', 'c2-fixed.xlsx', [[2, 'NY-03', 120]]);
  const r = await cli('collect', 'c2-fixed.xlsx', 'ny-2.xlsx', '--month', '2', '--out', 'w11.xlsx');
  expect(r.stdout).toContain('NY-03 油菜种植面积：本月数与总表相同（报来“１２０”，按 120；2月!F7，总表 2月!F20）');
  expect(await monthValue('w11.xlsx', 2, 'NY-03')).toBe(120);
  expect(r.status).toBe(0);
});
