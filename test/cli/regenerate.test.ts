// cli generate --from FILLED.xlsx: regenerate keeping every figure, say what changed, ask about a
// target changed under filled months (exit 1 until answered); next year with --year; plan --next-year.
// The input is never changed and the output never overwritten without --force.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { buildWorkbookSpec, readTemplate, type EnteredFigures } from '../../src/template';
import { ind, planOf } from '../support/plans';
import type { Plan } from '../../src/plan';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = (...args: string[]) => cliIn(root, [...args]);

const dir = mkdtempSync(join(tmpdir(), 'it-regenerate-'));
const at = (name: string) => join(dir, name);

/** A year's workbook holding `figures`, then `plan --from it --next-year`: what it printed and the draft. */
async function nextYearOf(name: string, year: Plan, figures: EnteredFigures) {
  const built = buildWorkbookSpec(year, { months: [12], figures });
  if (!built.ok) throw new Error('plan does not build');
  const file = at(`${name}.xlsx`);
  writeFileSync(file, await writeSpecToXlsx(built.spec));
  const out = at(`${name}-next.json`);
  const r = await cli('plan', '--from', file, '--next-year', '--out', out);
  const draft = JSON.parse(readFileSync(out, 'utf8')) as Plan;
  return { r, draft };
}

const A = ind({ code: 'A', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800, responsible: '林业站' });
const B = ind({ code: 'B', kind: 'cumulative', name: '新增就业', unit: '人', value: 300, responsible: '人社所' });
const E = ind({ code: 'E', kind: 'cumulative', name: '旧村改造', unit: '个', value: 6, responsible: '规划办' });
const plan: Plan = planOf([A, B, E], { year: 2023 });
const edited: Plan = {
  ...plan,
  indicators: [
    { ...A, value: 1000 },
    { ...B, name: '城镇新增就业' },
  ],
};

let filled: string;
let editedPlan: string;

beforeAll(async () => {
  const spec = buildWorkbookSpec(plan, {
    months: [12],
    figures: {
      A: { 1: { month: 100 }, 2: { month: 120, note: '春季造林' } },
      B: { 1: { month: 20 } },
      E: { 1: { month: 1 } },
    },
  });
  if (!spec.ok) throw new Error('plan does not build');
  filled = at('filled.xlsx');
  writeFileSync(filled, await writeSpecToXlsx(spec.spec));
  editedPlan = at('edited.json');
  writeFileSync(editedPlan, JSON.stringify(edited));
}, 60_000);

async function entries(file: string): Promise<Record<string, unknown>> {
  const r = readTemplate(await (await XlsxHost.fromBytes(readFileSync(file))).read());
  if (!r.ok) throw new Error(r.message.zh);
  const out: Record<string, unknown> = {};
  for (const m of r.figures.months)
    for (const row of m.rows)
      if (row.month.value !== null || row.note.value !== null)
        out[`${row.code}@${m.month}`] = [row.month.value, row.note.value];
  return out;
}

describe('cli generate --from', () => {
  test('a new plan: what changed, the question about a filled month, exit 1; the input untouched', async () => {
    const before = readFileSync(filled);
    const out = at('re.xlsx');
    const r = await cli('generate', '--from', filled, '--plan', editedPlan, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('删除：E 旧村改造（1个月的填报数据保留在各月表底部，标注“已从计划删除”）');
    expect(r.stdout).toContain('改名：B 新增就业 → 城镇新增就业');
    expect(r.stdout).toContain('目标变更：A 新造油茶林 800亩 → 1000亩');
    expect(r.stdout).toContain(
      '请确认：A 新造油茶林的目标由800改为1000，而1月、2月已填报。是年中调整（此前各月仍按原目标）还是更正（各月都按新目标）？现按更正处理',
    );
    expect(r.stdout).toContain('保留填报数据：3项（按代码和月份），另有1项保留在已删除指标的行上');
    expect(readFileSync(filled).equals(before)).toBe(true);
    expect(await entries(out)).toEqual({ 'A@1': [100, null], 'A@2': [120, '春季造林'], 'B@1': [20, null] });
  }, 120_000);

  test('answered as an adjustment from 3月: recorded, exit 0, --json gives the changes', async () => {
    const out = at('adjusted.xlsx');
    const r = await cli(
      'generate',
      '--from',
      filled,
      '--plan',
      editedPlan,
      '--out',
      out,
      '--adjust-from',
      '3',
      '--reason',
      '县政府年中调整',
      '--json',
    );
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as {
      mode: string;
      questions: unknown[];
      changes: { targets: Array<{ code: string; from: number; to: number; as: string }>; removed: unknown[] };
      lines: Array<{ zh: string }>;
    };
    expect(j.mode).toBe('regenerate');
    expect(j.questions).toEqual([]);
    expect(j.changes.targets.map((t) => [t.code, t.from, t.to, t.as])).toEqual([['A', 800, 1000, 'adjustment']]);
    expect(j.lines.map((l) => l.zh)).toContain(
      '目标调整：A 新造油茶林 800亩 → 1000亩（3月起，县政府年中调整；此前各月仍按原目标）',
    );
    // Regenerated again from its own 指标库 (no --plan): nothing changes.
    const same = await cli('generate', '--from', out, '--out', at('same.xlsx'));
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('计划没有变化');
    expect(same.stdout).not.toContain('修改：');
  }, 120_000);

  test('deadlines, schedules, report months, hold and settings changed: each listed, never "没有变化"', async () => {
    const changed: Plan = {
      ...plan,
      settings: { ...plan.settings, scheduleDecimals: 0 },
      indicators: [
        { ...A, schedule: [0.1, 0.3, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1] },
        { ...B, deadlineMonth: 10, reportMonths: [3, 6, 9, 12] },
        E,
      ],
    };
    const file = at('changed.json');
    writeFileSync(file, JSON.stringify(changed));
    const r = await cli('generate', '--from', filled, '--plan', file, '--out', at('changed.xlsx'));
    // Each re-judges months already filled: asked like a target (written as a correction, exit 1).
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('没有变化');
    expect(r.stdout).toContain(
      '请确认：序时进度取整：0.1% → 1%，而1月、2月已填报，这些月份的状态、序时或审核会改变。此项不能只从某月起生效，只能更正（各月都按新设置：--correct）或在计划中撤回。现按更正处理',
    );
    expect(r.stdout).toContain(
      '请确认：B 新增就业 截止月份：无 → 10月；B 新增就业 报送月份：每月 → 3、6、9、12月，而1月已填报',
    );
    expect(r.stdout).toContain('请确认：A 新造油茶林 序时计划：1月 8.33% → 10%');
    expect(r.stdout).toContain(
      '是年中调整（此前各月仍按原设置：--adjust-from 3）还是更正（各月都按新设置：--correct）？',
    );
    expect(r.stdout).toContain('  修改：序时进度取整：0.1% → 1%\n    changed: 序时 rounding: 0.1% → 1%\n');
    expect(r.stdout).toContain(
      '修改：A 新造油茶林 序时计划：1月 8.33% → 10%，2月 16.67% → 30%，3月 25% → 60%，4月 33.33% → 70%等11个月',
    );
    expect(r.stdout).toContain('修改：B 新增就业 截止月份：无 → 10月');
    expect(r.stdout).toContain('修改：B 新增就业 报送月份：每月 → 3、6、9、12月');
  }, 120_000);

  test('--adjust-from records report months from that month; a deadline cannot be, unless --correct says so', async () => {
    const months: Plan = { ...plan, indicators: [A, { ...B, reportMonths: [3, 6, 9, 12] }, E] };
    const file = at('months.json');
    writeFileSync(file, JSON.stringify(months));
    const out = at('months.xlsx');
    const r = await cli('generate', '--from', filled, '--plan', file, '--out', out, '--adjust-from', '3', '--json');
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout) as { lines: Array<{ zh: string }>; questions: unknown[] };
    // January stays a report month (it was filled and judged so); from March on, quarterly.
    expect(j.lines.map((l) => l.zh)).toContain('修改：B 新增就业 报送月份：每月 → 1-3月、6月、9月、12月');
    const back = readTemplate(await (await XlsxHost.fromBytes(readFileSync(out))).read());
    expect(back.ok && back.figures.plan.indicators.find((i) => i.code === 'B')?.reportMonths).toEqual([
      1, 2, 3, 6, 9, 12,
    ]);

    const deadline: Plan = { ...plan, indicators: [A, { ...B, deadlineMonth: 10 }, E] };
    const file2 = at('deadline.json');
    writeFileSync(file2, JSON.stringify(deadline));
    const withDeadline = (out: string, ...flags: string[]) =>
      cli('generate', '--from', filled, '--plan', file2, '--out', at(out), '--adjust-from', '3', ...flags);
    const refused = await withDeadline('never-dl.xlsx');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      'B 新增就业 截止月份：无 → 10月：不能只从3月起生效（每项指标只记一个值），只能更正（各月都按新值计算；命令行加 --correct）或在计划中撤回',
    );
    const both = await withDeadline('dl.xlsx', '--correct');
    expect(both.status).toBe(0);
    expect(both.stdout).toContain('修改：B 新增就业 截止月份：无 → 10月');
  }, 120_000);

  test('a unit changed under typed figures (review3 W14) is refused, naming the figures, until --correct', async () => {
    const unit: Plan = { ...plan, indicators: [{ ...A, unit: '万亩', value: 0.08 }, B, E] };
    const file = at('unit.json');
    writeFileSync(file, JSON.stringify(unit));
    const out = at('unit.xlsx');
    const r = await cli('generate', '--from', filled, '--plan', file, '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      '单位变更：A 新造油茶林 亩 → 万亩，而已填报的数字（1月 100、2月 120）会按新单位（万亩）读取。如这些数字本来就是按万亩填的（原单位写错），请选更正（命令行加 --correct）；否则请保留原单位，或先把已填的数字改为万亩再重新生成',
    );
    expect(existsSync(out)).toBe(false);
    // A 年中调整 cannot split a unit either: the 累计 would add 亩 to 万亩.
    expect((await cli('generate', '--from', filled, '--plan', file, '--out', out, '--adjust-from', '3')).status).toBe(
      2,
    );
    const ok = await cli('generate', '--from', filled, '--plan', file, '--out', out, '--correct');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('目标变更：A 新造油茶林 800亩 → 0.08万亩');
    expect(ok.stdout).toContain('修改：A 新造油茶林 单位：亩 → 万亩');
  }, 120_000);

  test('next year: --year starts a new workbook with last year’s figures in lastYear', async () => {
    const next = at('next.json');
    writeFileSync(next, JSON.stringify({ ...plan, year: 2024, indicators: [A, { ...B, code: 'B2' }] }));
    const out = at('2024.xlsx');
    const asked = await cli('generate', '--from', filled, '--plan', next, '--year', '2024', '--out', out);
    expect(asked.status).toBe(1);
    expect(asked.stdout).toContain('上年同期数：按代码带入1项');
    expect(asked.stdout).toContain('待确认（按名称和单位匹配，未带入）：B2 新增就业 ← 上年 B 新增就业');
    const r = readTemplate(await (await XlsxHost.fromBytes(readFileSync(out))).read());
    if (!r.ok) throw new Error(r.message.zh);
    expect(r.figures.meta.year).toBe(2024);
    expect(r.figures.plan.indicators[0].lastYear?.slice(0, 3)).toEqual([100, 220, null]);
    expect(r.figures.months.flatMap((m) => m.rows.filter((x) => x.month.value !== null))).toEqual([]);
  }, 120_000);

  test('plan --from --next-year: a draft plan file for next year', async () => {
    const out = at('draft.json');
    const r = await cli('plan', '--from', filled, '--next-year', '--out', out);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('已写出2024年计划草稿');
    const draft = JSON.parse(readFileSync(out, 'utf8')) as Plan;
    expect(draft.year).toBe(2024);
    expect(draft.indicators.map((i) => [i.code, i.value, i.deadlineMonth])).toEqual([
      ['A', 800, null],
      ['B', 300, null],
      ['E', 6, null],
    ]);
    const loaded = await cli('plan', '--plan', out);
    expect(loaded.status).toBe(0);
    // The README's next step: next year's workbook from this draft and last year's workbook. The
    // draft already holds those figures: said once, not as a failure per row (review3 W28).
    const year = await cli(
      'generate',
      '--from',
      filled,
      '--plan',
      out,
      '--year',
      '2024',
      '--out',
      at('draft-2024.xlsx'),
    );
    expect(year.status).toBe(0);
    expect(year.stdout).toContain('上年同期数已在计划中：3项与上年工作簿一致');
    expect(year.stdout).not.toContain('未带入');
    // A plan whose figures differ from the workbook's keeps them, and says so.
    const edited = {
      ...draft,
      indicators: draft.indicators.map((i) =>
        i.code === 'A' ? { ...i, lastYear: [1, 2, 3, null, null, null, null, null, null, null, null, null] } : i,
      ),
    };
    writeFileSync(at('edited.json'), JSON.stringify(edited));
    const kept = await cli(
      'generate',
      '--from',
      filled,
      '--plan',
      at('edited.json'),
      '--year',
      '2024',
      '--out',
      at('edited-2024.xlsx'),
    );
    expect(kept.stdout).toContain('未带入：A 新造油茶林：计划已有上年同期数，与上年工作簿不同，未覆盖');
    expect(kept.stdout).toContain('上年同期数已在计划中：2项与上年工作簿一致');
  }, 60_000);

  test('plan --next-year carries last year as the checks read it: a typo’s suggestion, said line by line', async () => {
    // 约250 on a flow (format) and 45200 typed in 亩 on a 万亩 level (unit scale): next year's 同比
    // would compare with 0 or 45200. Both go in as the checks' suggestions, and the output says so.
    const F = ind({ code: 'F', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 1200 });
    const L = ind({ code: 'L', kind: 'level', name: '粮食播种面积', unit: '万亩', value: 4.5 });
    const { r, draft } = await nextYearOf('typo', planOf([F, L], { year: 2023 }), {
      F: { 1: { month: 300 }, 2: { month: '约250' }, 3: { month: 280 } },
      L: { 1: { month: 4.52 }, 2: { month: 45200 }, 3: { month: 4.55 } },
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('上年同期数按审核建议带入：F 新造油茶林 2月 约250 → 250（格式）');
    expect(r.stdout).toContain('上年同期数按审核建议带入：L 粮食播种面积 2月 45200 → 4.52（数量级）');
    expect(draft.indicators.map((i) => [i.code, i.lastYear?.slice(0, 4)])).toEqual([
      ['F', [300, 550, 830, null]],
      ['L', [4.52, 4.52, 4.55, null]],
    ]);
  }, 60_000);

  test('plan --next-year leaves out running totals typed in 本月 and a suggestion the check itself doubts (review3 W16)', async () => {
    // From 4月 the office typed 1-N月 totals in 本月 (85, 108, 130 …: the true months are 22, 23, 22 …):
    // carried as typed, 2025's 同比 would compare every month with a total. 3万 on a 3000亩 row
    // suggests 30000, which the check itself says is 10 times the target.
    const R = ind({ code: 'R', kind: 'cumulative', name: '新增城镇就业', unit: '人', value: 260 });
    const D = ind({ code: 'D', kind: 'cumulative', name: '新建高标准农田', unit: '亩', value: 3000 });
    const totals = [20, 18, 25, 85, 108, 130, 150, 172, 195, 218, 240, 262];
    const farm = [0, 0, 300, 300, 400, 500, '3万', 300, 300, 200, 200, 100];
    const { r, draft } = await nextYearOf('totals', planOf([R, D], { year: 2024 }), {
      R: Object.fromEntries(totals.map((v, i) => [i + 1, { month: v }])),
      D: Object.fromEntries(farm.map((v, i) => [i + 1, { month: v }])),
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('上年同期数未带入：R 新增城镇就业 4月起（疑似累计数未通过：6月 130）');
    expect(r.stdout).toContain('上年同期数未带入：D 新建高标准农田 7月起（格式未通过：3万）');
    expect(r.stdout).not.toContain('→ 30000');
    expect(draft.indicators.map((i) => [i.code, i.lastYear])).toEqual([
      ['R', [20, 38, 63, null, null, null, null, null, null, null, null, null]],
      ['D', [0, 0, 300, 600, 1000, 1500, null, null, null, null, null, null]],
    ]);
  }, 60_000);

  test('指标库 edited by hand (review3 W15): 不少于, "８００亩" read as 800 with a note; "3万" refused with the number to type', async () => {
    const host = await XlsxHost.fromBytes(readFileSync(filled));
    await host.writeCells([
      { sheet: '指标库', cell: 'G2', value: '不少于' },
      { sheet: '指标库', cell: 'H2', value: '８００亩' },
    ]);
    const edited = at('hand.xlsx');
    writeFileSync(edited, await host.toBytes());
    const r = await cli('generate', '--from', edited, '--out', at('hand-re.xlsx'));
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('提示 / note: 指标库!H2：“８００亩”写了单位，按 800 读取');
    expect(r.stdout).toContain('计划没有变化');
    await host.writeCells([{ sheet: '指标库', cell: 'H3', value: '3万' }]);
    const guessed = at('hand-3w.xlsx');
    writeFileSync(guessed, await host.toBytes());
    const bad = await cli('generate', '--from', guessed, '--out', at('never-3w.xlsx'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('指标库!H3：“3万”带有“万”“亿”等数量级（本行单位为人），建议改为 30000');
  }, 60_000);

  test('an unreadable 指标库 row stops a regenerate from it (it would look removed)', async () => {
    const host = await XlsxHost.fromBytes(readFileSync(filled));
    await host.writeCells([{ sheet: '指标库', cell: 'H3', value: '约300' }]);
    const broken = at('broken.xlsx');
    writeFileSync(broken, await host.toBytes());
    const r = await cli('generate', '--from', broken, '--out', at('never.xlsx'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('“指标库”有1处无法读取，为免把这些指标当作删除，没有生成');
    expect(r.stderr).toContain('指标库!H3：“约300”不是数字');
  }, 60_000);
});
