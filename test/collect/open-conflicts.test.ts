// A figure two offices disagree on (review4 X2): collect takes neither and remembers it in the master,
// so the check keeps it a must-fix naming both figures (never "本月没有发生请填 0", never counted as 0
// later), the summary holds the row 待核实 saying why, and once the statistician has typed the settled
// figure a later return sending a figure already weighed is told as settled, not as a new conflict.
// Through the command line on a plan whose 高标准农田建设 is shared by two offices.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPlan } from '../../src/plan';
import { cliIn } from '../support/cli';
import { masterAndCuts, typeInto } from './typeInto';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);
/** NY-06 高标准农田建设 (亩), shared by 镇农业农村办 and 镇林业站; its master row on every month sheet. */
const CODE = 'NY-06';
let cell = '';

interface Row {
  code: string;
  status: string;
  actual: number | string | null;
  cell: string;
}
const rowOf = (stdout: string) => (JSON.parse(stdout) as { rows: Row[] }).rows.find((r) => r.code === CODE) as Row;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'open-conflicts-'));
  const plan = seedPlan();
  for (const i of plan.indicators) if (i.code === CODE) i.responsible = '镇农业农村办、镇林业站';
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
  await masterAndCuts(cli, '1-4', [
    ['镇林业站', 'ly.xlsx'],
    ['镇农业农村办', 'ny.xlsx'],
  ]);
  // March: 镇林业站 says 120亩, 镇农业农村办 130亩. April: 镇林业站 sends 10 more and March again.
  await typeInto(dir, 'ly.xlsx', 'ly-3.xlsx', [[3, CODE, 120]]);
  await typeInto(dir, 'ny.xlsx', 'ny-3.xlsx', [[3, CODE, 130]]);
  await typeInto(dir, 'ly-3.xlsx', 'ly-4.xlsx', [[4, CODE, 10]]);
  await typeInto(dir, 'ny-3.xlsx', 'ny-4.xlsx', [[4, CODE, 10]]);
  const r = await cli('collect', 'master.xlsx', 'ly-3.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'm3.xlsx');
  expect(r.status).toBe(1);
  cell = /总表 3月!(F\d+)/.exec(r.stdout)?.[1] ?? /3月!(F\d+) 高标准农田建设/.exec(r.stdout)![1];
}, 120_000);

describe('an open conflict is remembered by the master', () => {
  test('the check of that month: one must-fix naming both figures, no 漏填', async () => {
    const r = await cli('check', 'm3.xlsx', '--month', '3');
    expect(r.stdout).toContain(
      `[多份填报不一致] 3月!${cell} 高标准农田建设：3月两份报表不一致（镇林业站报 120，镇农业农村办报 130），汇集时均未采用。请向填报单位核实后在此填入`,
    );
    expect(r.stdout).not.toContain(`[漏填] 3月!${cell}`);
  });

  test('the summary holds the row 待核实 and says why, not 未填报', async () => {
    const j = await cli('summarize', 'm3.xlsx', '--month', '3', '--json');
    expect(rowOf(j.stdout).status).toBe('待核实');
    const t = await cli('summarize', 'm3.xlsx', '--month', '3');
    expect(t.stdout).toContain('高标准农田建设填报数据待核实（3月两份报表不一致：镇林业站报 120，镇农业农村办报 130）');
  });

  test('a regenerate of the master keeps the mark', async () => {
    const g = await cli('generate', '--from', 'm3.xlsx', '--out', 'm3r.xlsx');
    expect(g.status).toBe(0);
    const r = await cli('check', 'm3r.xlsx', '--month', '3');
    expect(r.stdout).toContain(
      `[多份填报不一致] 3月!${cell} 高标准农田建设：3月两份报表不一致（镇林业站报 120，镇农业农村办报 130）`,
    );
  });

  test('a month later the empty March cell is still must-fix, and never counted as 0', async () => {
    const r = await cli('collect', 'm3.xlsx', 'ly-4.xlsx', 'ny-4.xlsx', '--month', '4', '--out', 'm4.xlsx');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[多份填报不一致 / returns disagree] “高标准农田建设”（NY-06）的本月数2份填报不一致');
    const c = await cli('check', 'm4.xlsx', '--month', '4');
    expect(c.stdout).toContain(
      `[多份填报不一致] 3月!${cell} 高标准农田建设：3月两份报表不一致（镇林业站报 120，镇农业农村办报 130），汇集时均未采用。请向填报单位核实后在此填入（该月数字影响4月累计，此格为空不按 0 计）`,
    );
    expect(c.stdout).not.toMatch(/高标准农田建设：3月未填报/);
    expect(rowOf((await cli('summarize', 'm4.xlsx', '--month', '4', '--json')).stdout).status).toBe('待核实');
  });

  test('settled in the master: the same figures sent again are told as settled, exit 0', async () => {
    await typeInto(dir, 'm4.xlsx', 'm4s.xlsx', [[3, CODE, 130, '电话核实：3月完成130亩']]);
    const r = await cli('collect', 'm4s.xlsx', 'ly-4.xlsx', 'ny-4.xlsx', '--month', '4', '--out', 'm4t.xlsx');
    expect(r.stdout).toContain('此前的不一致已在总表核定 / settled in the master earlier：1 项');
    expect(r.stdout).toContain(
      `“高标准农田建设”（NY-06）3月的本月数已在总表核定：总表 3月!${cell} 为 130（与镇农业农村办报的相同）；镇林业站报 120（ly-4.xlsx 3月!`,
    );
    expect(r.stdout).not.toContain('[多份填报不一致');
    expect(r.status).toBe(0);
    const c = await cli('check', 'm4t.xlsx', '--month', '4');
    expect(c.stdout).not.toContain('两份报表不一致');
    expect(rowOf((await cli('summarize', 'm4t.xlsx', '--month', '4', '--json')).stdout).actual).toBe(140);
  });

  test('a figure not weighed before is a conflict again', async () => {
    await typeInto(dir, 'ly-4.xlsx', 'ly-4b.xlsx', [[3, CODE, 125]]);
    const r = await cli('collect', 'm4s.xlsx', 'ly-4b.xlsx', '--month', '4', '--out', 'm4u.xlsx');
    expect(r.stdout).toContain('[与总表不同 / differs from the master] “高标准农田建设”（NY-06）的本月数');
    expect(r.status).toBe(1);
  });

  test('returns that agree fill the cell and the mark goes', async () => {
    await typeInto(dir, 'ly-4.xlsx', 'ly-4c.xlsx', [[3, CODE, 130]]);
    const r = await cli('collect', 'm4.xlsx', 'ly-4c.xlsx', 'ny-4.xlsx', '--month', '4', '--out', 'm4v.xlsx');
    expect(r.status).toBe(0);
    const c = await cli('check', 'm4v.xlsx', '--month', '4');
    expect(c.stdout).not.toContain('两份报表不一致');
    expect(rowOf((await cli('summarize', 'm4v.xlsx', '--month', '4', '--json')).stdout).status).not.toBe('待核实');
  });
});

describe('an office not heard from (review4 X10)', () => {
  test('named once with its rows, and last month’s file sent again is said to be that; exit 0', async () => {
    const r = await cli('collect', 'master.xlsx', 'ly-3.xlsx', '--month', '4', '--out', 'u4.xlsx');
    expect(r.stdout).toContain('尚未收到本月报表的单位 / offices not heard from');
    expect(r.stdout).toContain('尚未收到镇招商办的4月报表：4项（');
    // An office leading one row is named as well (the check leaves it to that row's own 漏填).
    expect(r.stdout).toContain('尚未收到镇教育办的4月报表：1项（新建公办幼儿园）在总表中仍为空');
    expect(r.stdout).toContain(
      'ly-3.xlsx（镇林业站）没有4月的数据（最近为3月，可能发来的是上月的表）：2项（新造油茶林，改造低产油茶林）在总表中仍为空',
    );
    expect(r.status).toBe(0);
    // The check of that month tells the office once, not one 漏填 per row.
    const c = await cli('check', 'u4.xlsx', '--month', '4');
    expect(c.stdout).toMatch(
      /4月!F\d+、F\d+ 镇林业站：4月报表未收到或整表未填写，2项（新造油茶林，改造低产油茶林）均为空/,
    );
    expect(c.stdout).not.toMatch(/\[漏填\] 4月!F\d+ 新造油茶林/);
    expect(c.stdout).toMatch(/\[漏填\] 4月!F\d+ 新建公办幼儿园/);
  });
});

test('the same return mailed twice is counted once, and said (review4 X11)', async () => {
  copyFileSync(join(dir, 'ly-4.xlsx'), join(dir, 'ly-4(1).xlsx'));
  const r = await cli('collect', 'master.xlsx', 'ly-4.xlsx', 'ly-4(1).xlsx', '--month', '4', '--out', 'd4.xlsx');
  expect(r.stdout).toContain('ly-4.xlsx（镇林业站）采用 3月、4月：新填入 2 个数字');
  expect(r.stdout).toContain(
    'ly-4(1).xlsx（镇林业站）采用 3月、4月：与 ly-4.xlsx 内容相同（重复发送），已按一份计入；冲突 0 项',
  );
  expect(r.status).toBe(0);
});

test('a disagreement counts each office and figure once, however many copies came', async () => {
  copyFileSync(join(dir, 'ly-3.xlsx'), join(dir, 'ly-3-again.xlsx'));
  const r = await cli(
    'collect',
    'master.xlsx',
    'ly-3.xlsx',
    'ny-3.xlsx',
    'ly-3-again.xlsx',
    '--month',
    '3',
    '--out',
    'e3.xlsx',
  );
  expect(r.status).toBe(1);
  const c = await cli('check', 'e3.xlsx', '--month', '3');
  expect(c.stdout).toContain('3月两份报表不一致（镇林业站报 120，镇农业农村办报 130）');
});
