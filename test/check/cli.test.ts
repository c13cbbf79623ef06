// `check FILE.xlsx [--month N] [--json] [--annotate OUT.xlsx]` on real .xlsx files: exit codes,
// the text and JSON a user reads, the annotated copy, and the input file left untouched.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPlan } from '../../src/plan';
import { loadWorkbook, readXlsxSnapshot, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { emptySheet } from '../../src/workbook/spec';
import { buildSpec, cellOf, cleanFigures, withEntries } from './fixtures';
import { specSnapshot } from '../support/specSnapshot';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = (...args: string[]) => cliIn(root, ['check', ...args]);

const plan = seedPlan();
const clean = cleanFigures(plan, 6);
const badFigures = withEntries(clean, {
  'NY-01': { 6: '约3万' },
  'NY-06': { 6: 1300 },
  'HJ-M2': { 6: { month: '推进中', note: '国家验收组7月到镇' } },
});
const badSpec = buildSpec(plan, 6, badFigures);
const at = (code: string, word: string) => cellOf(specSnapshot(badSpec), '6月', code, word);

let dir: string;
let cleanFile: string;
let badFile: string;
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
  cleanFile = join(dir, 'clean.xlsx');
  badFile = join(dir, 'bad.xlsx');
  writeFileSync(cleanFile, await writeSpecToXlsx(buildSpec(plan, 6, clean)));
  writeFileSync(badFile, await writeSpecToXlsx(badSpec));
});

test('a clean workbook: exit 0 and "no findings"', async () => {
  const r = await cli(cleanFile);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('审核 信丰县小江镇 6月：强制性 0 项，核实性 0 项，提示性 0 项');
  expect(r.stdout).toContain('未发现问题');
});

test('findings grouped by tier with counts; exit 1 when there is an error', async () => {
  const r = await cli(badFile);
  expect(r.status).toBe(1);
  const lines = r.stdout.split('\n');
  expect(lines[0]).toBe(
    '审核 信丰县小江镇 6月：强制性 1 项，核实性 1 项，提示性 1 项 / 1 to fix, 1 to verify, 1 notes',
  );
  const i = lines.indexOf('强制性（须改正）/ must fix：1 项');
  const j = lines.indexOf('核实性（须在备注说明）/ verify, explain in 备注：1 项');
  const k = lines.indexOf('提示性 / notes：1 项');
  expect(0 < i && i < j && j < k).toBe(true);
  expect(lines[i + 1]).toBe(
    `  1. [格式] 6月!${at('NY-01', '本月')} 粮食生产面积：本月填写“约3万”，是估计值，不是数字。应填写数字（单位：万亩），建议改为 3`,
  );
  expect(lines[j + 1]).toContain(`[环比波动] 6月!${at('NY-06', '本月')} 高标准农田建设：本月 1300`);
  expect(lines[k + 1]).toContain('（备注已说明：国家验收组7月到镇）');
});

test('--json: {findings:[…], counts}', async () => {
  const r = await cli(badFile, '--json');
  expect(r.status).toBe(1);
  const out = JSON.parse(r.stdout);
  expect(out.counts).toEqual({ error: 1, verify: 1, note: 1 });
  expect(out.month).toBe(6);
  expect(out.findings).toHaveLength(3);
  expect(out.findings[0]).toEqual({
    sheet: '6月',
    cell: at('NY-01', '本月'),
    code: 'NY-01',
    name: '粮食生产面积',
    rule: 'format',
    tier: 'error',
    message: {
      zh: `6月!${at('NY-01', '本月')} 粮食生产面积：本月填写“约3万”，是估计值，不是数字。应填写数字（单位：万亩），建议改为 3`,
      en: `6月!${at('NY-01', '本月')} 粮食生产面积 (NY-01): "约3万" is an estimate, not a figure; expected a number (unit: 万亩); suggest 3`,
    },
    found: '约3万',
    expected: '数字（单位：万亩）',
    suggestion: '3',
  });
  expect(out.findings.map((f: { rule: string; tier: string }) => `${f.rule}/${f.tier}`)).toEqual([
    'format/error',
    'mom/verify',
    'milestone-overdue/note',
  ]);
});

test('--month: an earlier month checks clean; a month with no sheet exits 2', async () => {
  const may = await cli(badFile, '--month', '5', '--json');
  expect(may.status).toBe(0);
  expect(JSON.parse(may.stdout).counts).toEqual({ error: 0, verify: 0, note: 0 });
  const dec = await cli(badFile, '--month', '12');
  expect(dec.status).toBe(2);
  expect(dec.stderr).toContain('工作簿中没有12月的月报表（现有：1月、2月、3月、4月、5月、6月）');
  const bad = await cli(badFile, '--month', '13');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('--month：月份应为1-12的整数，收到 13');
});

test('--annotate writes a marked copy with a 审核结果 sheet; the input is never modified', async () => {
  const before = sha(badFile);
  const out = join(dir, 'annotated.xlsx');
  const r = await cli(badFile, '--annotate', out);
  expect(r.status).toBe(1);
  expect(r.stdout).toContain(`已写入标注副本 / annotated copy written: ${out}`);
  expect(sha(badFile)).toBe(before);

  const wb = await loadWorkbook(readFileSync(out));
  const month = wb.getWorksheet('6月')!;
  const cell = month.getCell(at('NY-01', '本月'));
  expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
  expect(String(cell.note)).toContain('【强制性】【格式】粮食生产面积：本月填写“约3万”');
  expect(month.getCell(at('NY-06', '本月')).fill).toMatchObject({ fgColor: { argb: 'FFFFEB9C' } });
  expect(month.getCell(at('HJ-M2', '本月')).fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
  // The figures themselves are untouched.
  expect(cell.value).toBe('约3万');

  const results = wb.getWorksheet('审核结果')!;
  expect(results.getCell('A1').value).toBe('信丰县小江镇6月审核结果');
  expect(results.getCell('A2').value).toBe('强制性 1 项（须改正）　核实性 1 项（须在备注说明）　提示性 1 项');
  expect([1, 2, 3, 4, 5, 6, 7].map((c) => results.getRow(3).getCell(c).value)).toEqual([
    '序号',
    '层级',
    '工作表',
    '单元格',
    '代码',
    '指标',
    '规则',
  ]);
  expect([2, 3, 5, 7].map((c) => results.getRow(4).getCell(c).value)).toEqual(['强制性', '6月', 'NY-01', '格式']);
  expect(results.getCell('D4').value).toEqual({ text: at('NY-01', '本月'), hyperlink: `'6月'!${at('NY-01', '本月')}` });
  expect(results.getCell('D5').value).toEqual({ text: at('NY-06', '本月'), hyperlink: `'6月'!${at('NY-06', '本月')}` });

  // The annotated copy still checks the same: marks and the results sheet change no figure.
  const again = await cli(out, '--json');
  expect(JSON.parse(again.stdout).counts).toEqual({ error: 1, verify: 1, note: 1 });
  // Annotating the annotated copy replaces the marks rather than piling them up.
  const twice = join(dir, 'twice.xlsx');
  expect((await cli(out, '--annotate', twice)).status).toBe(1);
  const wb2 = await loadWorkbook(readFileSync(twice));
  const note2 = String(wb2.getWorksheet('6月')!.getCell(at('NY-01', '本月')).note);
  expect(note2.match(/【格式】/g)).toHaveLength(1);
  const snap = await readXlsxSnapshot(readFileSync(twice));
  expect(snap.sheets.filter((s) => s.name === '审核结果')).toHaveLength(1);
});

test('--annotate refuses to write over the input, which stays as it was', async () => {
  const before = sha(badFile);
  const same = await cli(badFile, '--annotate', badFile);
  expect(same.status).toBe(2);
  expect(same.stderr).toContain('输出文件不能与输入文件相同');
  expect(sha(badFile)).toBe(before);
});

test('exit 2 with a plain message: not an xlsx, not a template, a missing file', async () => {
  const junk = join(dir, 'junk.xlsx');
  writeFileSync(junk, 'not a zip');
  const a = await cli(junk);
  expect(a.status).toBe(2);
  expect(a.stderr).toContain('无法读取该 .xlsx 文件');
  expect(a.stderr).not.toMatch(/at .*\.ts:\d+/);

  const other = join(dir, 'other.xlsx');
  const sheet = emptySheet('Sheet1');
  sheet.ranges.push({ ref: 'A1', rows: [[{ v: '姓名' }, { v: '年龄' }]] });
  writeFileSync(other, await writeSpecToXlsx({ sheets: [sheet] }));
  const b = await cli(other);
  expect(b.status).toBe(2);
  expect(b.stderr).toContain(
    '这个工作簿还不是月报表模板，请先生成模板。 / This workbook is not a generated template yet',
  );

  const c = await cli(join(dir, 'missing.xlsx'));
  expect(c.status).toBe(2);
  expect(c.stderr).toContain('找不到文件');
  expect(existsSync(join(dir, 'missing.xlsx'))).toBe(false);
});

test('an earlier month’s unexplained 环比 stays in a later check, and summarize counts the row 待核实 (V14, V22)', async () => {
  const four = cleanFigures(plan, 4);
  const jump = buildSpec(plan, 4, withEntries(four, { 'HJ-01': { 3: { month: 200, note: '无' } } }));
  const file = join(dir, 'jump.xlsx');
  writeFileSync(file, await writeSpecToXlsx(jump));
  const f3 = cellOf(specSnapshot(jump), '3月', 'HJ-01', '本月');
  const m3 = cellOf(specSnapshot(jump), '3月', 'HJ-01', '备注');
  const r = await cli(file, '--month', '4');
  expect(r.stdout).toContain(
    `[环比波动] 3月!${f3} 美丽示范庭院：本月 200，比上月（25）增长 700%，超过环比阈值 300%（该月数字影响4月累计）。请核实；备注“无”不是说明，如数据无误，请在备注（${m3}）写明原因`,
  );
  const s = await cliIn(root, ['summarize', file, '--month', '4', '--json', '--out', join(dir, 'jump-s.xlsx')]);
  const row = JSON.parse(s.stdout).rows.find((x: { code: string }) => x.code === 'HJ-01');
  expect(row).toMatchObject({ status: '待核实', unverified: true });
});
