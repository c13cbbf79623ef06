// The main job and the summarize command, run in-process as the command line runs them (test/support/cli.ts).
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/cli/commands/demo';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { seedPlan } from '../../src/plan';
import { cliIn } from '../support/cli';

const cli = (cwd: string, ...args: string[]) => cliIn(cwd, [...args]);

// The three rows the checks hold (1300 on a 万亩 row, a fall, a volatile month without a note) are 待核实,
// not 已完成; the row typed 约310 has no figure for June: 未填报.
const OPENING =
  '截至6月底，全镇48项目标任务中，已完成13项，超进度4项，达进度10项，欠进度1项，达标3项，未达标3项，逾期1项，推进中9项，待核实4项。';

describe('npm run demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demo-cli-'));
  const expectedPath = join(dir, 'out', 'xiaojiang-2023-demo.xlsx');
  let first: Awaited<ReturnType<typeof cli>>;

  beforeAll(async () => {
    first = await cli(dir, 'demo');
  });

  test('prints the findings by tier, the narrative, and the written path as the last line', async () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(expectedPath);
    expect(existsSync(expectedPath)).toBe(true);
    expect(first.stdout).toContain('审核（6月）/ checks: 强制性 2 项，核实性 3 项，提示性 1 项');
    expect(first.stdout).toContain('[强制性] 6月!F23 高标准农田建设：本月填写“约310”，是估计值，不是数字');
    expect(first.stdout).toContain(OPENING);
    expect(first.stdout).toContain('；未发生规模性返贫，守住底线；');
    // A stock that stood before the year (no start level in the plan) is not 超序时进度34.5个百分点 (V23).
    expect(first.stdout).toContain('设施大棚蔬菜面积（保有）达到676亩，目标800亩，尚差124亩；');
    expect(first.stdout).toContain(
      '新造油茶林完成757亩，占年度目标的94.6%，超序时进度19.6个百分点；改造低产油茶林完成2085亩，占年度目标的94.8%，超序时进度19.8个百分点；高标准农田建设填报数据待核实；高标准农田提升（2023年）填报数据待核实',
    );
  });

  test('the workbook has 汇总 after 指标库, the 审核结果 list, and marks on the problem cells', async () => {
    const snap = await readXlsxSnapshot(readFileSync(expectedPath));
    const visible = snap.sheets.filter((s) => s.visibility === 'visible').map((s) => s.name);
    expect(visible.slice(0, 3)).toEqual(['指标库', '汇总', '审核结果']);
    const summary = snap.sheets.find((s) => s.name === '汇总');
    expect(summary?.values[0][0]).toBe('信丰县小江镇2023年目标任务完成情况汇总表（1-6月）');
    expect(summary?.formulas[5][3]).toBe(`=COUNTIFS('6月'!$N:$N,"=1",'6月'!$K:$K,"已完成")`);
    const results = snap.sheets.find((s) => s.name === '审核结果');
    expect(results?.values[1][0]).toBe('强制性 2 项（须改正）　核实性 3 项（须在备注说明）　提示性 1 项');
    expect(snap.sheets.some((s) => s.name === '_marks' && s.visibility === 'veryHidden')).toBe(true);
  });

  test('running it again replaces its own output', async () => {
    const before = statSync(expectedPath).mtimeMs;
    const again = await cli(dir, 'demo');
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('覆盖上次的演示输出');
    expect(again.stdout.trimEnd().split('\n').pop()).toBe(expectedPath);
    expect(statSync(expectedPath).mtimeMs).toBeGreaterThan(before);
  });

  test('summarize --json on the demo output writes a new file and prints the summary rows', async () => {
    const out = join(dir, 'summary.xlsx');
    const r = await cli(dir, 'summarize', expectedPath, '--month', '6', '--out', out, '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.month).toBe(6);
    expect(json.counts).toEqual({
      已完成: 13,
      超进度: 4,
      达进度: 10,
      欠进度: 1,
      达标: 3,
      未达标: 3,
      超标: 0,
      未完成: 0,
      逾期: 1,
      推进中: 9,
      待核实: 4,
      未填报: 0,
      不适用: 0,
    });
    expect(json.rows).toHaveLength(48);
    // The seed's bottom line is held, not a milestone 推进中 until December.
    expect(json.rows.find((x: { code: string }) => x.code === 'NY-M1')).toMatchObject({
      name: '不发生规模性返贫',
      status: '达标',
    });
    expect(json.rows.find((x: { code: string }) => x.code === 'NY-01')).toMatchObject({
      name: '粮食生产面积',
      section: '2',
      kind: 'cumulative',
      unit: '万亩',
      target: { comparator: '>=', value: 3.2, max: null },
      status: '待核实',
      unverified: true,
      cell: '6月!K18',
    });
    expect(json.warnings).toEqual([]);
    expect(json.sections.map((s: { title: string; total: number }) => [s.title, s.total])).toEqual([
      ['招大引强 工业倍增升级', 12],
      ['乡村振兴 “三农”工作', 22],
      ['完善圩镇功能', 5],
      ['环境优化 绿色转型', 4],
      ['民生实事', 5],
    ]);
    expect(json.lagging[0]).toMatchObject({ code: 'CZ-01', name: '新建农贸市场', gapPp: -50, cell: '6月!K41' });
    expect(json.milestones.overdue.map((m: { code: string }) => m.code)).toEqual(['HJ-M2']);
    expect(json.text.zh[0]).toBe(OPENING);
    expect(existsSync(out)).toBe(true);
  });

  test('summarize refuses to write over its input, and a month out of range', async () => {
    const same = await cli(dir, 'summarize', expectedPath, '--month', '6', '--out', expectedPath, '--force');
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('输出文件不能与输入文件相同');
    const badMonth = await cli(dir, 'summarize', expectedPath, '--month', '13', '--out', join(dir, 'x.xlsx'));
    expect(badMonth.status).toBe(2);
    expect(badMonth.stderr).toContain('月份应为1-12的整数，收到 13');
  });
});

describe('summarize a month with no figures at all', () => {
  test('every row is 未填报, a warning says so, and the exit code is 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-month-'));
    const book = join(dir, 'template.xlsx');
    expect((await cli(dir, 'generate', '--months', '3', '--out', book)).status).toBe(0);
    const r = await cli(dir, 'summarize', book, '--month', '3', '--out', join(dir, 's.xlsx'), '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('警告：“3月”工作表没有任何填报数据：各行按未填报汇总');
    const json = JSON.parse(r.stdout);
    // Milestones past their due month (a 3月 deadline, the monthly task) are 逾期 even when blank; the
    // two seasonal rows whose schedule plans nothing before 4月 (粮食产量, 油菜种植面积) were not due.
    expect(json.counts['不适用']).toBe(2);
    expect(json.counts['未填报'] + json.counts['逾期'] + json.counts['不适用']).toBe(48);
    expect(json.counts['未填报']).toBeGreaterThan(40);
  });
});

describe('the demo figures', () => {
  test('every deliberate problem is found by the checks on its row', async () => {
    const r = await runDemo(seedPlan(), 6);
    expect(r.sample.planted.map((p) => p.kind)).toEqual([
      'scale',
      'text',
      'falls',
      'overdue',
      'volatile-noted',
      'volatile',
    ]);
    const found = (code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.rule, f.tier]);
    expect(found('NY-01')).toEqual([['scale', 'verify']]);
    expect(found('NY-06')).toEqual([['format', 'error']]);
    expect(found('HJ-01')).toEqual([['monotonic', 'error']]);
    expect(found('HJ-M2')).toEqual([['milestone-overdue', 'verify']]);
    expect(found('MS-01')).toEqual([['mom', 'note']]);
    expect(found('NY-07')).toEqual([['mom', 'verify']]);
    expect(r.findings).toHaveLength(6);
  });

  test('the same month gives the same workbook figures every time', async () => {
    const a = await runDemo(seedPlan(), 3);
    const b = await runDemo(seedPlan(), 3);
    expect(a.summary.text.zh).toEqual(b.summary.text.zh);
    expect(a.sample).toEqual(b.sample);
    expect(a.summary.text.zh[0]).toMatch(/^截至3月底，全镇48项目标任务中，/);
  });
});
