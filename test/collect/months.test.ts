// collect merges every month the returns hold up to --month (issue 13, point 9), and never loses a
// figure with exit 0 (point 13): a deleted row, a figure typed over a formula, an empty return.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbook, readXlsxSnapshot } from '../../src/hosts/xlsx';
import { seedPlan, type Indicator } from '../../src/plan';
import { readTemplate } from '../../src/template';
import type { TemplateFigures } from '../../src/workbook/figures';
import { entries, plausible, writeTemplate } from './seedFiles';
import { cliIn } from '../support/cli';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, ['collect', ...args]);

const plan = seedPlan();
const codesOf = (unit: string) => plan.indicators.filter((i) => i.responsible === unit).map((i) => i.code);
const indOf = (code: string) => plan.indicators.find((i) => i.code === code) as Indicator;

async function figuresOf(file: string): Promise<TemplateFigures> {
  const r = readTemplate(await readXlsxSnapshot(readFileSync(join(dir, file))));
  if (!r.ok) throw new Error(r.message.zh);
  return r.figures;
}
const rowOf = (f: TemplateFigures, m: number, code: string) =>
  f.months.find((s) => s.month === m)!.rows.find((r) => r.code === code)!;

/** Edit a return as an office would in Excel, and save it under another name. */
async function edited(from: string, to: string, edit: (wb: Awaited<ReturnType<typeof loadWorkbook>>) => void) {
  const wb = await loadWorkbook(readFileSync(join(dir, from)));
  edit(wb);
  writeFileSync(join(dir, to), Buffer.from(await wb.xlsx.writeBuffer()));
}

/** The row of a code on a sheet of an ExcelJS workbook (column B holds codes). */
function sheetRow(wb: Awaited<ReturnType<typeof loadWorkbook>>, sheet: string, code: string): number {
  const ws = wb.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(`B${r}`).value === code) return r;
  throw new Error(`${code} not on ${sheet}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'collect-months-'));
  // The master as sent out: empty but for 2月 of GY-05, which the statistician already had.
  await writeTemplate(dir, '总表.xlsx', plan, { figures: { 'GY-05': { 2: { month: 1 } } } });
  const ny = entries(plan, codesOf('镇农业农村办'), 3);
  await writeTemplate(dir, '农业农村办.xlsx', plan, { unit: '镇农业农村办', figures: ny });
  await writeTemplate(dir, '经济发展办.xlsx', plan, {
    unit: '镇经济发展办',
    figures: entries(plan, codesOf('镇经济发展办'), 3, { 'GY-05': { 2: { month: 2 } } }),
  });
  await writeTemplate(dir, '农业农村办-到2月.xlsx', plan, {
    unit: '镇农业农村办',
    figures: entries(plan, codesOf('镇农业农村办'), 2),
  });
  await writeTemplate(dir, '林业站-空.xlsx', plan, { unit: '镇林业站', figures: {} });
  // The row taken out (its cells emptied: ExcelJS's own row splice leaves merged footers behind).
  await edited('农业农村办.xlsx', '农业农村办-删行.xlsx', (wb) => {
    const ws = wb.getWorksheet('3月')!;
    ws.getRow(sheetRow(wb, '3月', 'NY-06')).eachCell((c) => (c.value = null));
  });
  await edited('农业农村办.xlsx', '农业农村办-改公式.xlsx', (wb) => {
    wb.getWorksheet('2月')!.getCell(`G${sheetRow(wb, '2月', 'NY-06')}`).value = 500;
  });
});

describe('every month up to --month', () => {
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli('总表.xlsx', '农业农村办.xlsx', '经济发展办.xlsx', '--month', '3', '--out', 'm3.xlsx');
  });

  test('January to March are taken from each file, and the text says which months', async () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('汇集 1-3月：总表 总表.xlsx，收到 2 个文件，采用 2 个');
    expect(run.stdout).toContain('  农业农村办.xlsx（镇农业农村办）采用 1月、2月、3月：新填入 ');
    expect(run.stdout).toContain('  经济发展办.xlsx（镇经济发展办）采用 1月、2月、3月：新填入 ');
  });

  test('the merged master holds every month’s figures, and 3月’s 累计 adds them up', async () => {
    const f = await figuresOf('m3.xlsx');
    for (const code of codesOf('镇农业农村办'))
      for (const m of [1, 2, 3])
        expect([code, m, rowOf(f, m, code).month.value]).toEqual([code, m, plausible(indOf(code), m)]);
    const ny06 = indOf('NY-06');
    const sum = [1, 2, 3].reduce((s, m) => s + (plausible(ny06, m) as number), 0);
    expect(rowOf(f, 3, 'NY-06').cumulative.value).toBeCloseTo(sum, 9);
  });

  test('a conflict in 2月 is seen: the master’s figure stays, exit 1', async () => {
    expect(run.stdout).toContain(
      '[与总表不同 / differs from the master] “新增规上企业”（GY-05）的本月数：总表 2月!F13 已有 1，经济发展办.xlsx 2月!F10 报来 2；保留总表的数，未覆盖',
    );
    expect(run.status).toBe(1);
    expect(rowOf(await figuresOf('m3.xlsx'), 2, 'GY-05').month.value).toBe(1);
  });

  test('--month 1-3 and --month 3月 mean the same; the default is the latest month with an entry', async () => {
    const written = (r: Awaited<ReturnType<typeof cli>>) => /填入 (\d+) 个单元格/.exec(r.stdout)?.[1];
    const want = written(run);
    expect(want).toBeDefined();
    for (const m of ['1-3', '3月', '1-3月']) {
      const r = await cli('总表.xlsx', '农业农村办.xlsx', '经济发展办.xlsx', '--month', m, '--out', `m-${m}.xlsx`);
      expect([m, r.status, written(r)]).toEqual([m, 1, want]);
    }
    const d = await cli('总表.xlsx', '农业农村办.xlsx', '经济发展办.xlsx', '--out', 'm-default.xlsx');
    expect(d.stdout).toContain('汇集 1-3月');
    expect(written(d)).toBe(want);
    const feb = await cli('总表.xlsx', '农业农村办-到2月.xlsx', '--out', 'm-feb.xlsx');
    expect(feb.stdout).toContain('汇集 1-2月');
    expect(feb.stdout).toContain('（镇农业农村办）采用 1月、2月：');
    expect(feb.status).toBe(0);
  });

  test('a range not from January, or no month at all: plain words, exit 2', async () => {
    const r = await cli('总表.xlsx', '农业农村办.xlsx', '--month', '2-3', '--out', 'x.xlsx');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--month 2-3：汇集总是从1月合并到所选月份（累计由各月本月数相加），请写 1-3 或 3');
    const bad = await cli('总表.xlsx', '农业农村办.xlsx', '--month', '三月份', '--out', 'x.xlsx');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--month 应为1-12的月份（如 3、3月、1-3 或 1-3月），收到“三月份”');
  });
});

describe('nothing is lost with exit 0', () => {
  test('a return whose office deleted a row: named, exit 1', async () => {
    const r = await cli('总表.xlsx', '农业农村办-删行.xlsx', '--month', '3', '--out', 'deleted.xlsx');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('报表中未汇集的内容 / not collected from the returns：1 项');
    expect(r.stdout).toContain('  1. 农业农村办-删行.xlsx：“3月”表中找不到代码“NY-06”的行（可能被删除）');
    expect(r.stdout).toContain('未全部汇集：报表中未汇集的内容 1 项');
  });

  test('a figure typed over the 累计 formula: named at its cell, not taken, exit 1', async () => {
    const r = await cli('总表.xlsx', '农业农村办-改公式.xlsx', '--month', '3', '--out', 'typed.xlsx');
    expect(r.status).toBe(1);
    const row = rowOf(await figuresOf('农业农村办-改公式.xlsx'), 2, 'NY-06');
    expect(r.stdout).toContain(
      `  1. 农业农村办-改公式.xlsx：2月!${row.cumulative.address}：“高标准农田建设”（NY-06）的累计公式被改写为 500，此数未汇集（总表按各月本月数计算累计），请与该单位核实本月数`,
    );
    // The master's 累计 is still its formula's, from the monthly figures.
    const merged = rowOf(await figuresOf('typed.xlsx'), 2, 'NY-06');
    expect(merged.cumulative.formula).not.toBeNull();
    expect(merged.cumulative.value).not.toBe(500);
  });

  test('an empty return: said in words, exit 1', async () => {
    const r = await cli('总表.xlsx', '林业站-空.xlsx', '--month', '3', '--out', 'empty.xlsx');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  林业站-空.xlsx（镇林业站）没有填报：新填入 0 个数字');
    expect(r.stdout).toContain('  1. 林业站-空.xlsx：报表是空的：1-3月没有填入任何数字或备注，镇林业站的指标未汇集');
  });

  test('--json says whether everything was collected', async () => {
    const r = await cli('总表.xlsx', '林业站-空.xlsx', '--month', '3', '--out', 'empty.json.xlsx', '--json');
    const j = JSON.parse(r.stdout);
    expect([j.complete, j.months, j.problems.length]).toEqual([false, [1, 2, 3], 1]);
    const ok = await cli('总表.xlsx', '农业农村办-到2月.xlsx', '--out', 'feb.json.xlsx', '--json');
    expect(JSON.parse(ok.stdout).complete).toBe(true);
    expect(ok.status).toBe(0);
  });
});
