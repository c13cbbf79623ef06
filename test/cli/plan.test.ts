import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = (...args: string[]) => cliIn(root, [...args]);

describe('cli plan', () => {
  test('--help lists the commands', async () => {
    const r = await cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('plan');
  });
  test('plan --json prints the seed plan: 24 quantitative targets (28 rows) and the milestones', async () => {
    const r = await cli('plan', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.year).toBe(2023);
    expect(out.unitName).toBe('信丰县小江镇');
    expect(out.sections).toHaveLength(5);
    const grain = out.indicators.find((i: { name: string }) => i.name === '粮食生产面积');
    expect(grain).toEqual({
      code: 'NY-01',
      section: '2',
      name: '粮食生产面积',
      kind: 'cumulative',
      unit: '万亩',
      comparator: '>=',
      value: 3.2,
      max: null,
      direction: null,
      deadlineMonth: null,
      responsible: '镇农业农村办',
    });
    const national = out.indicators.find((i: { name: string }) => i.name === '矿山生态修复通过国家验收');
    expect(national).toMatchObject({ kind: 'milestone', value: null, deadlineMonth: 6 });
  });
  test('a bottom line prints as one: [底线] …：不发生（底线）, never "0起以内"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const plan = JSON.parse((await cli('plan', '--json')).stdout);
    plan.indicators.push({
      code: 'BL-1',
      section: '2',
      name: '较大以上生产安全事故',
      kind: 'cumulative',
      unit: '起',
      comparator: '<=',
      value: 0,
      bottomLine: true,
    });
    writeFileSync(join(dir, 'bl.json'), JSON.stringify(plan));
    const r = await cli('plan', '--plan', join(dir, 'bl.json'));
    expect(r.stdout).toContain('  BL-1    [底线] 较大以上生产安全事故：不发生（底线）\n');
  });
  test('a milestone prints its 完成时限 as the 年度目标 cell does: 每季度 for a quarterly task, never 每月', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const plan = JSON.parse((await cli('plan', '--json')).stdout);
    plan.indicators.push(
      {
        code: 'Q-1',
        section: '2',
        name: '食品安全专项检查',
        kind: 'milestone',
        recurring: true,
        reportMonths: [3, 6, 9, 12],
      },
      { code: 'M-1', section: '2', name: '安全生产检查', kind: 'milestone', recurring: true },
      { code: 'D-1', section: '2', name: '污水处理站建成投用', kind: 'milestone', deadlineMonth: 9 },
    );
    writeFileSync(join(dir, 'q.json'), JSON.stringify(plan));
    const r = await cli('plan', '--plan', join(dir, 'q.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  Q-1     [节点] 食品安全专项检查：每季度\n');
    expect(r.stdout).toContain('  M-1     [节点] 安全生产检查：每月\n');
    expect(r.stdout).toContain('  D-1     [节点] 污水处理站建成投用：9月底前\n');
  });
  test('a target prints as the extractor shows it: 增长/下降 on rates, a flow’s due month, 报送 months, 其中 parts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const plan = JSON.parse((await cli('plan', '--json')).stdout);
    plan.indicators.push(
      { code: 'R-1', section: '2', name: '单位GDP能耗下降', kind: 'rate', unit: '%', value: 3, direction: 'decrease' },
      {
        code: 'R-2',
        section: '2',
        name: '农村居民人均可支配收入增长',
        kind: 'rate',
        unit: '%',
        value: 7.5,
        comparator: 'approx',
        tolerance: 0.05,
        reportMonths: [3, 6, 9, 12],
      },
      {
        code: 'F-1',
        section: '2',
        name: '人居环境整治村',
        kind: 'cumulative',
        unit: '个',
        value: 10,
        deadlineMonth: 9,
      },
      { code: 'F-2', section: '2', name: '新增企业', kind: 'cumulative', unit: '家', value: 80, parent: 'F-1' },
    );
    writeFileSync(join(dir, 'r.json'), JSON.stringify(plan));
    const r = await cli('plan', '--plan', join(dir, 'r.json'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  R-1     [增速] 单位GDP能耗下降：下降3%以上\n');
    expect(r.stdout).toContain('  R-2     [增速] 农村居民人均可支配收入增长：增长7.5%左右（每季度报送）\n');
    expect(r.stdout).toContain('  F-1     [累计] 人居环境整治村：10个以上（9月底前）\n');
    expect(r.stdout).toContain('  F-2     [累计] 其中新增企业：80家以上\n');
  });
  test('a bad plan file gives the field path and exit code 2, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const f = join(dir, 'bad.json');
    writeFileSync(
      f,
      JSON.stringify({
        year: 2023,
        unitName: 'x',
        sections: [{ id: '1', title: 't' }],
        indicators: [{ code: 'A', section: '1', name: 'n', kind: 'cumulative' }],
      }),
    );
    const r = await cli('plan', '--plan', f);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('indicators[0].value');
    expect(r.stderr).toContain('第1项指标（代码 A n）的目标值：缺少');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    const missing = await cli('plan', '--plan', join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });
});
