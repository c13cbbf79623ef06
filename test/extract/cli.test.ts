import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlanText } from '../../src/plan';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const seed = join(root, 'seeds/xiaojiang-2023/work-report.txt');
const cli = (...args: string[]) => cliIn(root, [...args]);

describe('cli extract', () => {
  test("--json prints one object per candidate in the issue's shape", async () => {
    const r = await cli('extract', seed, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(44);
    // 24 figures and the bottom line 不发生规模性返贫 (an at-most-0 count).
    expect(out.filter((c: { kind: string }) => c.kind === 'quantity')).toHaveLength(25);
    const grain = out.find((c: { name: string }) => c.name === '粮食生产面积');
    expect(grain).toEqual({
      kind: 'quantity',
      name: '粮食生产面积',
      section: '2',
      value: 3.2,
      max: null,
      unit: '万亩',
      comparator: '>=',
      direction: null,
      deadlineMonth: null,
      deadlineNote: null,
      partOf: null,
      source: { start: grain.source.start, end: grain.source.end, text: '确保全年完成粮食生产面积3.2万亩以上' },
      suggestedKind: 'cumulative',
      recurring: false,
      // Monthly: a figure monitored 按季度 lists its months (test/extract/dated-and-subjects.test.ts).
      reportMonths: null,
    });
    const text = readFileSync(seed, 'utf8');
    expect(text.slice(grain.source.start, grain.source.end)).toBe(grain.source.text);
    const national = out.find((c: { name: string }) => c.name === '矿山生态修复通过国家验收');
    expect(national).toMatchObject({ kind: 'milestone', value: null, max: null, unit: '', deadlineMonth: 6 });
  });

  test('without --json a readable table in Chinese', async () => {
    const r = await cli('extract', seed);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('共44项候选目标（数量目标25项，节点目标19项）/ 44 candidates');
    expect(lines[1]).toBe('序号\t板块\t类型\t指标\t目标\t出处');
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^\d+\t2\t累计\t粮食生产面积\t3\.2万亩以上\t确保全年完成粮食生产面积3\.2万亩以上 \[\d+-\d+\]$/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^\d+\t1\t累计\t引进优质工业项目\t2-3个\t/));
    expect(lines).toContainEqual(expect.stringMatching(/^\d+\t4\t节点\t矿山生态修复通过省级验收\t3月底前\t/));
    expect(lines).toContainEqual(expect.stringMatching(/^\d+\t1\t节点\t党政主要领导每月外出招大引强\t每月\t/));
  });

  test('--plan writes a draft plan the plan format accepts; without --unit the unit is 本单位', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const out = join(dir, 'plan.json');
    const r = await cli('extract', seed, '--plan', out, '--unit', '信丰县小江镇');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`已写入计划草稿 / draft plan written: ${out}`);
    const parsed = parsePlanText(readFileSync(out, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan).toMatchObject({ year: 2023, unitName: '信丰县小江镇' });
    expect(parsed.plan.indicators).toHaveLength(44);

    const plain = join(dir, 'plain.json');
    expect((await cli('extract', seed, '--plan', plain, '--json')).status).toBe(0);
    const unnamed = parsePlanText(readFileSync(plain, 'utf8'));
    expect(unnamed.ok && unnamed.plan.unitName).toBe('本单位');
  });

  test('without --unit the draft takes the unit the report speaks for, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const f = join(dir, 'r.txt');
    writeFileSync(f, '现在，我代表木洞镇人民政府向大会报告工作。2024年是关键之年。新建一个农贸市场。');
    const out = join(dir, 'p.json');
    const r = await cli('extract', f, '--plan', out);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('提示：单位名称取自报告：木洞镇');
    const parsed = parsePlanText(readFileSync(out, 'utf8'));
    expect(parsed.ok && parsed.plan.unitName).toBe('木洞镇');
  });

  test('a report without a year needs --year for a plan', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const f = join(dir, 'r.txt');
    writeFileSync(f, '新建一个农贸市场。');
    const r = await cli('extract', f, '--plan', join(dir, 'p.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('报告中找不到年度，请用 --year 指定');
    expect((await cli('extract', f, '--plan', join(dir, 'p.json'), '--year', '2024', '--unit', '某镇')).status).toBe(0);
  });

  test('indices are into the text without its BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const f = join(dir, 'bom.txt');
    writeFileSync(f, '\uFEFF新建一个农贸市场。');
    const out = JSON.parse((await cli('extract', f, '--json')).stdout);
    expect(out[0].source).toEqual({ start: 0, end: 8, text: '新建一个农贸市场' });
  });

  test('a missing or unreadable file gives a clear message and exit code 2', async () => {
    const missing = await cli('extract', join(root, 'no-such-report.txt'), '--json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    expect(missing.stderr).not.toMatch(/at .*\.ts:\d+/);
    const dir = await cli('extract', mkdtempSync(join(tmpdir(), 'extract-')));
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('无法读取文件');
  });

  test('a text without targets says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const f = join(dir, 'none.txt');
    writeFileSync(f, '全面贯彻党的二十大精神。');
    const r = await cli('extract', f);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('未找到目标任务 / no targets found\n');
    expect(JSON.parse((await cli('extract', f, '--json')).stdout)).toEqual([]);
  });
});
