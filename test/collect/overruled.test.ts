// An office sends again its own figure that the statistician has since changed in the master (a typo
// found by the check): that figure was weighed, so it is told as settled (exit 0), not as
// "[与总表不同]" at every later collect. A figure the office has not sent before is a conflict still.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPlan } from '../../src/plan';
import { cliIn } from '../support/cli';
import { masterAndCuts, typeInto } from './typeInto';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);
/** NY-01 粮食生产面积, in 万亩, reported by 镇农业农村办 alone. */
const CODE = 'NY-01';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'overruled-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(seedPlan()));
  await masterAndCuts(cli, '1-4', [['镇农业农村办', 'ny.xlsx']]);
  await typeInto(dir, 'ny.xlsx', 'ny-3.xlsx', [[3, CODE, 0.5]]);
  await typeInto(dir, 'ny-3.xlsx', 'ny-4.xlsx', [[4, CODE, 0.1]]);
  await typeInto(dir, 'ny-3.xlsx', 'ny-4b.xlsx', [[3, CODE, 0.06]]);
}, 120_000);

test('the office’s old figure, changed in the master since, is said once as settled; exit 0', async () => {
  const r3 = await cli('collect', 'master.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'm3.xlsx');
  expect(r3.status).toBe(0);
  const at = /NY-01 粮食生产面积：本月数 0\.5（3月!(F\d+) → 总表 3月!(F\d+)）/.exec(r3.stdout)!;
  // The statistician learns the figure was 0.05 and corrects the master.
  await typeInto(dir, 'm3.xlsx', 'm3fixed.xlsx', [[3, CODE, 0.05]]);

  const r4 = await cli('collect', 'm3fixed.xlsx', 'ny-4.xlsx', '--month', '4', '--out', 'm4.xlsx');
  expect(r4.stdout).toContain(
    `NY-01 粮食生产面积：本月数已在总表核定为 0.05，镇农业农村办报来的仍是此前汇集过的 0.5（3月!${at[1]}，总表 3月!${at[2]}）；未改总表，请告知镇农业农村办更正其报表`,
  );
  expect(r4.stdout).not.toContain('与总表不同');
  expect(r4.stdout).toContain('NY-01 粮食生产面积：本月数 0.1（4月!');
  expect(r4.status).toBe(0);
}, 120_000);

test('a figure the office had not sent before is still a conflict, exit 1', async () => {
  const r = await cli('collect', 'm3fixed.xlsx', 'ny-4b.xlsx', '--month', '3', '--out', 'x.xlsx');
  expect(r.stdout).toContain('与总表不同');
  expect(r.stdout).toContain('报来 0.06');
  expect(r.status).toBe(1);
}, 120_000);
