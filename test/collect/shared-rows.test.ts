// Who owns a row (review 2, V20 and V21): a row naming several offices ("镇农业农村办、镇林业站",
// "牵头：镇林业站；配合：镇农业农村办") goes into each named office's workbook, collect takes its figure
// from any of them and reports a disagreement, the 汇总 counts it once under its lead and says so;
// an office's workbook cut again from a filled master carries that office's rows and figures only.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { leadOf, officesOf, ownersOf, seedPlan } from '../../src/plan';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import type { CellValue } from '../../src/workbook/spec';
import { cliIn } from '../support/cli';
import { masterAndCuts, typeInto as typeIn } from './typeInto';

const JOINT = '镇农业农村办、镇林业站';
const LED = '牵头：镇林业站；配合：镇农业农村办';

function jointPlan() {
  const plan = seedPlan();
  for (const i of plan.indicators) {
    if (i.code === 'NY-06') i.responsible = JOINT; // 高标准农田建设
    if (i.code === 'NY-04') i.responsible = LED; // 新造油茶林
  }
  return plan;
}

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);

/** Type 本月 (and 备注) of `code` on month `m`, as an office or the statistician would in Excel. */
const typeInto = (file: string, out: string, m: number, code: string, value: CellValue, note?: string) =>
  typeIn(dir, file, out, [[m, code, value, note]]);

async function snapshotOf(file: string): Promise<WorkbookSnapshot> {
  return readXlsxSnapshot(readFileSync(join(dir, file)));
}

/** The codes in column B of a month sheet. */
function codesOn(s: WorkbookSnapshot, sheet: string): string[] {
  const rows = s.sheets.find((x) => x.name === sheet)!.values;
  return rows.map((r) => r[1]).filter((v): v is string => typeof v === 'string' && /^[A-Z]{2}-/.test(v));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'shared-rows-'));
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(jointPlan()));
  await masterAndCuts(cli, '3', [
    ['镇林业站', 'ly.xlsx'],
    ['镇农业农村办', 'ny.xlsx'],
  ]);
});

describe('one rule of ownership (plan/owners)', () => {
  test('each named office, once, the lead first', () => {
    expect(ownersOf(JOINT)).toEqual(['镇农业农村办', '镇林业站']);
    expect(ownersOf(LED)).toEqual(['镇林业站', '镇农业农村办']);
    expect(ownersOf('镇林业站、镇农业农村办（牵头）')).toEqual(['镇农业农村办', '镇林业站']);
    expect(ownersOf('配合：镇林业站、镇水利站；牵头：镇农业农村办')).toEqual(['镇农业农村办', '镇林业站', '镇水利站']);
    expect(ownersOf('镇林业站、镇林业站')).toEqual(['镇林业站']);
    expect(leadOf(LED)).toBe('镇林业站');
    expect(leadOf(null)).toBeNull();
    expect(officesOf(jointPlan()).filter((o) => o.includes('、') || o.includes('：'))).toEqual([]);
  });
});

describe('generate --unit: a shared row is in each named office’s workbook', () => {
  test('both cuts hold NY-06 and NY-04, the master holds them once', async () => {
    const ly = await snapshotOf('ly.xlsx');
    const ny = await snapshotOf('ny.xlsx');
    expect(codesOn(ly, '3月')).toEqual(['NY-04', 'NY-05', 'NY-06']);
    expect(codesOn(ny, '3月')).toContain('NY-06');
    expect(codesOn(ny, '3月')).toContain('NY-04');
    const m = codesOn(await snapshotOf('master.xlsx'), '3月');
    expect(m.filter((c) => c === 'NY-06')).toHaveLength(1);
  });

  test('an unknown office: the known ones listed one per entry, each once', async () => {
    const r = await cli('generate', '--plan', 'plan.json', '--unit', '镇林', '--out', 'x.xlsx');
    expect(r.status).toBe(2);
    const known = /已有的责任单位：([^ ]+) \//.exec(r.stderr)![1].split('、');
    expect(known).toContain('镇林业站');
    expect(known).toContain('镇农业农村办');
    expect(new Set(known).size).toBe(known.length);
    expect(known.some((u) => u.includes('牵头') || u.includes('配合'))).toBe(false);
  });
});

describe('collect: a shared row from any named office', () => {
  test('the same figure from both is taken once, exit 0', async () => {
    await typeInto('ly.xlsx', 'ly-a.xlsx', 3, 'NY-06', 120);
    await typeInto('ny.xlsx', 'ny-a.xlsx', 3, 'NY-06', 120);
    const r = await cli('collect', 'master.xlsx', 'ly-a.xlsx', 'ny-a.xlsx', '--month', '3', '--out', 'c-a.xlsx');
    expect(r.stdout).toContain('NY-06 高标准农田建设：本月数 120（3月!F');
    expect(r.stdout).not.toContain('不一致');
    expect(r.stdout).not.toContain('不是镇林业站的指标');
    expect(r.status).toBe(0);
  });

  test('from one of them only, it is taken', async () => {
    await typeInto('ly.xlsx', 'ly-b.xlsx', 3, 'NY-04', 35);
    const r = await cli('collect', 'master.xlsx', 'ly-b.xlsx', '--month', '3', '--out', 'c-b.xlsx');
    expect(r.stdout).toContain('NY-04 新造油茶林：本月数 35（3月!F5 → 总表 3月!F');
    expect(r.status).toBe(0);
  });

  test('two offices disagree: neither taken, both cells named, exit 1', async () => {
    await typeInto('ny.xlsx', 'ny-c.xlsx', 3, 'NY-06', 130);
    const r = await cli('collect', 'master.xlsx', 'ly-a.xlsx', 'ny-c.xlsx', '--month', '3', '--out', 'c-c.xlsx');
    expect(r.stdout).toMatch(
      /\[多份填报不一致 \/ returns disagree\] “高标准农田建设”（NY-06）的本月数2份填报不一致：ly-a\.xlsx 3月!F\d+ = 120；ny-c\.xlsx 3月!F\d+ = 130。均未采用/,
    );
    // Both offices were heard from: the lead's row is empty only because the two disagree.
    expect(r.stdout).not.toMatch(/尚未收到镇农业农村办|（镇农业农村办）没有3月的数据/);
    expect(r.status).toBe(1);
  });
});

describe('the 汇总 by office: a shared row counts once, under its lead, and says so', () => {
  test('counts and the note', async () => {
    const r = await cli('summarize', 'c-a.xlsx', '--month', '3', '--out', 's.xlsx');
    expect(r.stderr).toBe('');
    const s = (await snapshotOf('s.xlsx')).sheets.find((x) => x.name === '汇总')!;
    const rowOf = (label: string) => s.values.find((row) => row[1] === label)!;
    const labels = s.values.map((row) => row[1]);
    expect(labels).not.toContain(JOINT);
    expect(labels).not.toContain(LED);
    const plan = jointPlan();
    const led = (o: string) => plan.indicators.filter((i) => leadOf(i.responsible) === o).length;
    expect(rowOf('镇农业农村办')[2]).toBe(led('镇农业农村办'));
    expect(rowOf('镇林业站')[2]).toBe(2); // NY-04 (its lead) and NY-05; NY-06 counts under 镇农业农村办
    expect(rowOf('合计')[2]).toBe(plan.indicators.length);
    const note = s.values.map((row) => row[0]).find((v) => typeof v === 'string' && v.startsWith('注：多个单位'));
    expect(note).toBe(
      '注：多个单位共同负责的指标按牵头单位（排在第一位或注明“牵头”的单位）计数一次：新造油茶林（NY-04，牵头：镇林业站；配合：镇农业农村办）计入镇林业站；高标准农田建设（NY-06，镇农业农村办、镇林业站）计入镇农业农村办。',
    );
  });
});

describe('generate --from a filled master --unit: that office’s rows and figures only (V21)', () => {
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    // The master, filled by every office: figures of other offices that must not travel.
    await typeInto('master.xlsx', 'f1.xlsx', 2, 'GY-05', 7, '经发办的数');
    await typeInto('f1.xlsx', 'f2.xlsx', 3, 'NY-01', 4321);
    await typeInto('f2.xlsx', 'f3.xlsx', 3, 'NY-05', 66, '林业站的数');
    await typeInto('f3.xlsx', 'filled.xlsx', 2, 'NY-06', 80);
    run = await cli('generate', '--from', 'filled.xlsx', '--unit', '镇林业站', '--out', 'ly2.xlsx');
  });

  test('says it cut the office’s workbook; nothing "删除", exit 0', () => {
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('已生成镇林业站的分发表（只含本单位的指标和填报数据，来自 filled.xlsx）');
    expect(run.stdout).not.toContain('删除');
    expect(run.stdout).toContain('保留填报数据：2项（按代码和月份）');
    expect(run.stdout).toContain('其他单位的2项填报数据留在原工作簿中，没有带入本单位的表');
    expect(run.status).toBe(0);
  });

  test('the cut holds the office’s rows with its figures, and no other office’s', async () => {
    const s = await snapshotOf('ly2.xlsx');
    for (const m of ['1月', '2月', '3月']) expect(codesOn(s, m)).toEqual(['NY-04', 'NY-05', 'NY-06']);
    const all = s.sheets.flatMap((x) => x.values.flat());
    expect(all).not.toContain('GY-05');
    expect(all).not.toContain('NY-01');
    expect(all).not.toContain(4321);
    expect(all).not.toContain('经发办的数');
    expect(all).toContain('林业站的数');
    expect(s.sheets.map((x) => x.name).filter((n) => !n.startsWith('_'))).toEqual(['指标库', '1月', '2月', '3月']);
  });

  test('its return collects cleanly into the master', async () => {
    await typeInto('ly2.xlsx', 'ly2-3.xlsx', 3, 'NY-04', 12);
    const r = await cli('collect', 'filled.xlsx', 'ly2-3.xlsx', '--month', '3', '--out', 'c2.xlsx');
    expect(r.stdout).toContain('NY-04 新造油茶林：本月数 12（3月!F5 → 总表 3月!F');
    expect(r.stdout).not.toContain('未汇集');
    expect(r.stdout).not.toContain('冲突 / conflicts');
    expect(r.status).toBe(0);
  });
});
