// The per-office workbook is the office's (issue 13, point 16): `generate --unit 镇林业站` holds that
// office's rows only, in 指标库 as on the month sheets, names the office, and still collects into
// the master; its summary speaks of the office, not of 全镇.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect } from '../../src/collect';
import { readXlsxSnapshot, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { seedPlan } from '../../src/plan';
import { summarize } from '../../src/summary';
import { buildWorkbookSpec, readTemplate, unitPlan } from '../../src/template';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { specSnapshot } from '../support/specSnapshot';
import { cleanFigures } from '../check/fixtures';
import { type CliAnswer, cliIn } from '../support/cli';

const plan = seedPlan();
const OFFICE = '镇林业站';
const mine = plan.indicators.filter((i) => i.responsible === OFFICE);
const others = plan.indicators.filter((i) => i.responsible !== OFFICE);

function read(snapshot: WorkbookSnapshot) {
  const r = readTemplate(snapshot);
  if (!r.ok) throw new Error(r.message.zh);
  return r.figures;
}

let dir: string;
let snapshot: WorkbookSnapshot;
let run: CliAnswer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'unit-workbook-'));
  run = await cliIn(dir, ['generate', '--unit', OFFICE, '--months', '3', '--out', 'ly.xlsx']);
  snapshot = await readXlsxSnapshot(readFileSync(join(dir, 'ly.xlsx')));
});

test('指标库 holds the office’s rows only, and none of the other offices’ targets or notes', () => {
  expect(run.status).toBe(0);
  const ledger = snapshot.sheets.find((s) => s.name === '指标库')!;
  const codes = ledger.values
    .slice(1)
    .map((r) => r[0])
    .filter((v) => v !== null && v !== '');
  expect(codes).toEqual(mine.map((i) => i.code));
  const text = ledger.values.flat().filter((v): v is string => typeof v === 'string');
  for (const i of others) {
    expect([i.code, text.includes(i.code)]).toEqual([i.code, false]);
    if (i.note) expect([i.code, text.includes(i.note)]).toEqual([i.code, false]);
  }
});

test('every sheet names the office', () => {
  for (const name of ['1月', '2月', '3月']) {
    const s = snapshot.sheets.find((x) => x.name === name)!;
    expect(s.values[0][0]).toBe(
      `信丰县小江镇（${OFFICE}）2023年目标任务完成情况月报表（${name === '1月' ? '1月' : `1-${name[0]}月`}）`,
    );
    expect(s.values[1][0]).toBe(`填报单位：${OFFICE}`);
  }
});

test('read back: the office’s plan, no problem; collected into the master like any return', () => {
  const f = read(snapshot);
  expect(f.problems).toEqual([]);
  expect(f.plan.indicators.map((i) => i.code)).toEqual(mine.map((i) => i.code));
  const master = buildWorkbookSpec(plan, { months: [3] });
  if (!master.ok) throw new Error('build');
  const r = collect(read(specSnapshot(master.spec)), [{ file: 'ly.xlsx', figures: f }], 3);
  expect(r.ok && r.refused).toEqual([]);
});

test('a return regenerated from the office’s own plan (in the pane) is still this plan’s', () => {
  const own = buildWorkbookSpec(unitPlan(plan, OFFICE), { months: [3], unit: OFFICE });
  const master = buildWorkbookSpec(plan, { months: [3] });
  if (!own.ok || !master.ok) throw new Error('build');
  const r = collect(read(specSnapshot(master.spec)), [{ file: 'own.xlsx', figures: read(specSnapshot(own.spec)) }], 3);
  expect(r.ok && r.refused).toEqual([]);
});

test('an edit of the office’s targets in its 指标库 is still seen', () => {
  const edited = JSON.parse(JSON.stringify(snapshot)) as WorkbookSnapshot;
  const ledger = edited.sheets.find((s) => s.name === '指标库')!;
  const col = ledger.values[0].indexOf('目标值');
  ledger.values[1][col] = Number(ledger.values[1][col]) + 1;
  expect(read(edited).problems.map((p) => p.message.zh)).toEqual([
    '“指标库”已与生成模板时不同（NY-04 新造油茶林 目标值：800 → 801）；月报表的公式仍按生成时的计划计算，请重新生成模板',
  ]);
});

test('its summary speaks of the office: text and 汇总 sheet', async () => {
  const built = buildWorkbookSpec(plan, { months: [3], unit: OFFICE, figures: cleanFigures(plan, 3) });
  if (!built.ok) throw new Error('build');
  const f = read(specSnapshot(built.spec));
  const s = summarize(f.plan, f, 3);
  expect(s.text.zh[0]).toMatch(new RegExp(`^截至3月底，${OFFICE}${mine.length}项目标任务中`));
  expect(s.text.zh.join('')).not.toContain('全镇');
  writeFileSync(join(dir, 'ly-filled.xlsx'), await writeSpecToXlsx(built.spec));
  const out = await cliIn(dir, ['summarize', 'ly-filled.xlsx', '--month', '3', '--out', 'ly-sum.xlsx']);
  expect(out.stderr).toBe('');
  const sum = (await readXlsxSnapshot(readFileSync(join(dir, 'ly-sum.xlsx')))).sheets.find((x) => x.name === '汇总')!;
  expect(String(sum.values[1][0])).toMatch(new RegExp(`^填报单位：${OFFICE}`));
});
