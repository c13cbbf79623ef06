// An office's figure that is exactly the master's in another unit (review4 X11): 4200 亩 sent on the
// 万亩 row, flagged [数量级] by the check and corrected by the statistician to 0.42 in the master, is the
// same figure when the office sends it again, told with the unit so the office can be asked to use the
// row's; not "[与总表不同]" month after month, and not an error (nothing is dropped: the master holds it).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import { seedPlan } from '../../src/plan';
import { recalc } from '../../src/preview/recalc';
import { collectServices } from '../../src/taskpane/services/collect';
import { buildWorkbookSpec } from '../../src/template';
import { entries } from './seedFiles';
import { cliIn } from '../support/cli';
import { masterAndCuts, typeInto } from './typeInto';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);
/** NY-01 粮食生产面积, in 万亩, reported by 镇农业农村办. */
const CODE = 'NY-01';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unit-slip-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(seedPlan()));
  await masterAndCuts(cli, '1-4', [['镇农业农村办', 'ny.xlsx']]);
  await typeInto(dir, 'ny.xlsx', 'ny-3.xlsx', [[3, CODE, 4200]]);
  await typeInto(dir, 'ny-3.xlsx', 'ny-4.xlsx', [[4, CODE, 0.1]]);
  await typeInto(dir, 'ny.xlsx', 'ny-3b.xlsx', [[3, CODE, 4300]]);
}, 120_000);

test('the slip corrected in the master is told as the same figure, with the unit it was sent in', async () => {
  const r3 = await cli('collect', 'master.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'm3.xlsx');
  expect(r3.stdout).toContain('NY-01 粮食生产面积：本月数 4200');
  const c = await cli('check', 'm3.xlsx', '--month', '3');
  expect(c.stdout).toMatch(/\[数量级\] 3月!F\d+ 粮食生产面积/);
  const at = /\[数量级\] 3月!(F\d+) 粮食生产面积/.exec(c.stdout)![1];
  await typeInto(dir, 'm3.xlsx', 'm3fixed.xlsx', [[3, CODE, 0.42]]);

  const r4 = await cli('collect', 'm3fixed.xlsx', 'ny-4.xlsx', '--month', '4', '--out', 'm4.xlsx');
  expect(r4.stdout).toMatch(
    new RegExp(
      `NY-01 粮食生产面积：本月数与总表相同——镇农业农村办报来 4200，是按亩填写的，即总表的 0\\.42万亩（3月!F\\d+，总表 3月!${at}）；请告知镇农业农村办按万亩填报`,
    ),
  );
  expect(r4.stdout).toContain('冲突 0 项');
  expect(r4.stdout).not.toContain('与总表不同');
  expect(r4.stdout).not.toContain('[数量级] 3月');
  expect(r4.status).toBe(0);
}, 120_000);

test('a figure that is not the master’s in another unit is still a conflict', async () => {
  const r = await cli('collect', 'm3fixed.xlsx', 'ny-3b.xlsx', '--month', '3', '--out', 'x.xlsx');
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('与总表不同');
  expect(r.stdout).not.toContain('是按亩填写的');
}, 120_000);

// The pane's path: the returned file's bytes through the pane's collect service on the Excel host over
// the strict fake; the outcome carries the same line the command line prints.
describe('through the pane (Excel host, fake)', () => {
  test('the same-figure-in-another-unit line is in the outcome, and no conflict', async () => {
    const plan = seedPlan();
    const nyCodes = plan.indicators.filter((i) => i.responsible === '镇农业农村办').map((i) => i.code);
    const master = buildWorkbookSpec(plan, { months: [1, 2, 3], unit: null, figures: {} });
    const ret = buildWorkbookSpec(plan, {
      months: [1, 2, 3],
      unit: '镇农业农村办',
      figures: entries(plan, nyCodes, 3, { [CODE]: { 3: { month: 4200 } } }),
    });
    if (!master.ok || !ret.ok) throw new Error('build');
    const fake = new FakeExcel({ calculate: (state) => recalc(state, null) });
    const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    await host.applySpec(master.spec, { replace: 'sheets-in-spec' });
    const bytes = await writeSpecToXlsx(ret.spec);
    const file = {
      name: 'ny-3.xlsx',
      bytes: new Uint8Array(bytes).buffer as ArrayBuffer,
    };
    const pane = collectServices(host);

    const first = await pane.collect([file], 3);
    const at = first.taken.find((t) => t.code === CODE && t.sheet === '3月')!;
    expect(at.value.zh).toBe('4200');
    // The statistician follows the check's [数量级] suggestion in the master.
    await host.writeCells!([{ sheet: '3月', cell: at.cell, value: 0.42 }]);

    const again = await pane.collect([file], 3);
    expect(again.conflicts.filter((c) => c.code === CODE)).toEqual([]);
    expect(again.readAs.map((m) => m.zh)).toContain(
      `NY-01 粮食生产面积：本月数与总表相同——镇农业农村办报来 4200，是按亩填写的，即总表的 0.42万亩（3月!${at.from[0].cell}，总表 3月!${at.cell}）；请告知镇农业农村办按万亩填报`,
    );
  }, 120_000);
});
