// Issue 13, point 18: the smaller items, each as a user meets it.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import { parsePlan, seedPlan } from '../../src/plan';
import { buildWorkbookSpec } from '../../src/template';
import seed from '../../seeds/xiaojiang-2023/plan.json';
import { cliIn } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'small-items-'));
const cli = (...args: string[]) => cliIn(dir, [...args]);

test('milestones show no 比较 in 指标库', async () => {
  const built = buildWorkbookSpec(seedPlan(), { months: [1] });
  if (!built.ok) throw new Error('build');
  const ledger = built.spec.sheets.find((s) => s.name === '指标库')!;
  const rows = ledger.ranges[0].rows.map((r) => r.map((c) => c?.v ?? null));
  const col = rows[0].indexOf('比较');
  const kind = rows[0].indexOf('类型');
  const milestones = rows.filter((r) => r[kind] === '节点');
  expect(milestones.length).toBeGreaterThan(0);
  expect(milestones.map((r) => r[col])).toEqual(milestones.map(() => null));
  expect(rows.filter((r) => r[kind] === '累计').every((r) => r[col] !== null)).toBe(true);
});

test('an .xls file gets a hint to save it as .xlsx', async () => {
  const built = buildWorkbookSpec(seedPlan(), { months: [1] });
  if (!built.ok) throw new Error('build');
  writeFileSync(join(dir, 'a.xlsx'), await writeSpecToXlsx(built.spec));
  copyFileSync(join(dir, 'a.xlsx'), join(dir, '旧表.xls'));
  const r = await cli('check', '旧表.xls');
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(
    '旧表.xls 是 .xls 文件，本工具只读 .xlsx：请在 Excel 或 WPS 中打开它，“另存为”Excel 工作簿（*.xlsx）后再试',
  );
});

test('plan errors come in one round: a field error and a duplicate code together', async () => {
  const data = JSON.parse(JSON.stringify(seed));
  data.indicators[0].value = '很多';
  data.indicators[2].code = data.indicators[1].code;
  const r = parsePlan(data);
  expect(r.ok).toBe(false);
  const paths = !r.ok ? r.issues.map((i) => i.path) : [];
  expect(paths).toContain('indicators[0].value');
  expect(paths).toContain('indicators[2].code');
});

test('the demo lists every finding it counts, 提示性 too', async () => {
  const r = await cli('demo', '--out', 'demo.xlsx');
  expect(r.status).toBe(0);
  const counted = /提示性 (\d+) 项/.exec(r.stdout);
  expect(Number(counted?.[1])).toBeGreaterThan(0);
  expect(r.stdout.split('\n').filter((l) => l.startsWith('  [提示性]'))).toHaveLength(Number(counted?.[1]));
}, 60_000);

describe('extract reads the report as people have it, as the pane does (review3 W24)', () => {
  const target = '粮食生产面积\t3.2万亩以上';
  test('a GBK .txt (Notepad’s ANSI on a Chinese Windows)', async () => {
    // "确保粮食生产面积3.2万亩以上。" in GBK: not valid UTF-8.
    const gbk = Buffer.from('c8b7b1a3c1b8cab3c9fab2fac3e6bbfd332e32cdf2c4b6d2d4c9cfa1a3', 'hex');
    writeFileSync(join(dir, 'gbk.txt'), gbk);
    const r = await cli('extract', 'gbk.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(target);
  });
  test('a .docx', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('确保粮食生产面积3.2万亩以上。')] }] });
    writeFileSync(join(dir, 'report.docx'), await Packer.toBuffer(doc));
    const r = await cli('extract', 'report.docx');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(target);
  });
  test('a .pdf is refused by name, exit 2, never "no targets"', async () => {
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.4');
    const r = await cli('extract', 'report.pdf');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'report.pdf：只支持 .txt 和 .docx 文件。旧版 .doc、WPS 或 PDF 请先另存为 .docx 或 .txt。',
    );
  });
});
