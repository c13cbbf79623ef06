// Workbooks saved by LibreOffice are normal inputs (issue 13, point 12): summarize --out, check
// --annotate and collect on a master (and a return) that LibreOffice opened and saved again. Its
// tables carry no <tableStyleInfo>, which ExcelJS could load but not save.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readXlsxSnapshot } from '../../../src/hosts/xlsx';
import { readTemplate } from '../../../src/template';
import { recalc } from '../../support/libreoffice';
import { makeSeedFiles } from '../../collect/seedFiles';
import { cliIn } from '../../support/cli';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, args);

let master: string;
let office: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lo-saved-'));
  const files = await makeSeedFiles(dir);
  [master, office] = await recalc([files.master, files.returns['镇农业农村办']], { outDir: join(dir, 'lo') });
  // LibreOffice's own table markup: no style element (what ExcelJS failed to write back).
  const xml = spawnSync('unzip', ['-p', master, 'xl/tables/table1.xml'], { encoding: 'utf8' }).stdout;
  expect(xml).toContain('<table ');
  expect(xml).not.toContain('tableStyleInfo');
}, 180_000);

async function sheetsOf(file: string): Promise<string[]> {
  return (await readXlsxSnapshot(readFileSync(join(dir, file)))).sheets.map((s) => s.name);
}

test('summarize --out on a LibreOffice-saved master writes the 汇总 sheet', async () => {
  const r = await cli('summarize', master, '--month', '3', '--out', 'summary.xlsx');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('截至3月底');
  expect(r.stdout).toContain('已写入 / written: ');
  expect(await sheetsOf('summary.xlsx')).toContain('汇总');
});

test('check --annotate on a LibreOffice-saved master writes the marked copy', async () => {
  const r = await cli('check', master, '--month', '3', '--annotate', 'annotated.xlsx');
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('审核 信丰县小江镇 3月');
  expect(await sheetsOf('annotated.xlsx')).toContain('审核结果');
});

test('collect into a LibreOffice-saved master, from a LibreOffice-saved return', async () => {
  const r = await cli('collect', master, office, '--month', '3', '--out', 'merged.xlsx');
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain(
    '镇农业农村办.xlsx（镇农业农村办）采用 1月、2月、3月：新填入 14 个数字、1 个进展状态、1 条备注',
  );
  const read = readTemplate(await readXlsxSnapshot(readFileSync(join(dir, 'merged.xlsx'))));
  if (!read.ok) throw new Error(read.message.zh);
  const march = read.figures.months.find((s) => s.month === 3)!;
  expect(march.rows.find((x) => x.code === 'NY-06')!.month.value).toBe(241.38);
  expect(march.rows.find((x) => x.code === 'NY-03')!.note.value).toBe('含秋冬种植补报');
});
