// A workbook made by an earlier version keeps its formulas (the recurring task's old 状态 among them)
// until regenerated: check and summarize say so once, the CLI and the pane's actions alike, and a
// regenerated workbook (stamped with this version's FORMULA_VERSION in _meta) no longer does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSpecToXlsx, XlsxHost } from '../../src/hosts/xlsx';
import { seedPlan } from '../../src/plan';
import { buildWorkbookSpec, FORMULA_VERSION, META_SHEET } from '../../src/template';
import { checkServices } from '../../src/taskpane/services/checks';
import { summaryServices } from '../../src/taskpane/services/summary';
import type { WorkbookSpec } from '../../src/workbook/spec';
import { cliIn } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'formula-version-'));
const cli = (...args: string[]) => cliIn(dir, [...args]);

const plan = seedPlan();
const code = plan.indicators.find((i) => i.kind === 'cumulative')!.code;

function spec(): WorkbookSpec {
  const built = buildWorkbookSpec(plan, { months: [1, 2], figures: { [code]: { 1: { month: 5 } } } });
  if (!built.ok) throw new Error('build');
  return built.spec;
}

/** The _meta key/value rows with formulaVersion set to `v`, or removed (a workbook made before the stamp). */
function stamped(s: WorkbookSpec, v: number | null): WorkbookSpec {
  const meta = s.sheets.find((x) => x.name === META_SHEET)!;
  const rows = meta.ranges[0].rows;
  const at = rows.findIndex((r) => r[0]?.v === 'formulaVersion');
  expect(rows[at][1]?.v).toBe(FORMULA_VERSION);
  if (v === null) rows.splice(at, 1, [{ v: 'formulaVersionNote' }, { v: '' }]);
  else rows[at] = [{ v: 'formulaVersion' }, { v }];
  return s;
}

const OLD_MISSING =
  '提示：此工作簿由较早版本生成（未记录公式版本，当前为 2），表中的状态等公式仍是旧的，可能与本次审核、汇总的判断不同。' +
  '重新生成（任务窗格“模板”中的“生成或更新模板”，或命令 generate --from 此工作簿）可更新公式，已填报的数字和备注全部保留';

beforeAll(async () => {
  writeFileSync(join(dir, 'current.xlsx'), await writeSpecToXlsx(spec()));
  writeFileSync(join(dir, 'missing.xlsx'), await writeSpecToXlsx(stamped(spec(), null)));
  writeFileSync(join(dir, 'v1.xlsx'), await writeSpecToXlsx(stamped(spec(), 1)));
});

const count = (text: string, part: string) => text.split(part).length - 1;

test('check and summarize on a workbook without the stamp say once that regenerating refreshes its formulas', async () => {
  expect(FORMULA_VERSION).toBe(2);
  const c = await cli('check', 'missing.xlsx', '--month', '1');
  expect(count(c.stderr, OLD_MISSING)).toBe(1);
  const s = await cli('summarize', 'missing.xlsx', '--month', '1');
  expect(count(s.stderr, OLD_MISSING)).toBe(1);
  // A notice, not a warning: the exit code is the figures' own.
  const fresh = await cli('check', 'current.xlsx', '--month', '1');
  expect(c.status).toBe(fresh.status);
  expect((await cli('check', 'v1.xlsx', '--month', '1')).stderr).toContain(
    '提示：此工作簿由较早版本生成（公式版本 1，当前为 2）',
  );
}, 60_000);

test('a current workbook, and one regenerated from the old, say nothing of it; the typed figure is kept', async () => {
  for (const cmd of ['check', 'summarize'])
    expect((await cli(cmd, 'current.xlsx', '--month', '1')).stderr).not.toContain('较早版本');
  const regen = await cli('generate', '--from', 'missing.xlsx', '--out', 'regen.xlsx');
  expect(regen.status).toBe(0);
  const c = await cli('check', 'regen.xlsx', '--month', '1', '--json');
  expect(c.stderr).not.toContain('较早版本');
  const s = await cli('summarize', 'regen.xlsx', '--month', '1', '--json');
  expect(s.stderr).not.toContain('较早版本');
  const row = JSON.parse(s.stdout).rows.find((r: { code: string }) => r.code === code);
  expect(row.actual).toBe(5);
}, 60_000);

test('the pane’s 审核 and 汇总 list it first among their warnings', async () => {
  const { readFileSync } = await import('node:fs');
  const host = await XlsxHost.fromBytes(readFileSync(join(dir, 'missing.xlsx')));
  const checked = await checkServices(host).check(1);
  expect(checked.warnings.map((w) => w.zh)).toEqual([OLD_MISSING.slice('提示：'.length)]);
  const summed = await summaryServices(host).fillSummary(1);
  expect(summed.warnings[0].zh).toBe(OLD_MISSING.slice('提示：'.length));
  const current = await XlsxHost.fromBytes(readFileSync(join(dir, 'current.xlsx')));
  expect((await checkServices(current).check(1)).warnings).toEqual([]);
}, 60_000);
