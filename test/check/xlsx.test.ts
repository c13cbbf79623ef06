// Checks on real .xlsx files edited the way users edit them in a spreadsheet program (here with
// ExcelJS): merged cells, a renamed sheet, text and 1e15 typed into number cells. (Deleted and
// inserted rows are covered on snapshots: ExcelJS's spliceRows leaves merges behind, which Excel
// does not.)
import { runChecks } from '../../src/check';
import { seedPlan } from '../../src/plan';
import { loadWorkbook, readXlsxSnapshot, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { workbookBytes } from '../../src/hosts/xlsx/write';
import { buildSpec, cellOf, cleanFigures, read } from './fixtures';
import { specSnapshot } from '../support/specSnapshot';

const plan = seedPlan();
const spec = buildSpec(plan, 6, cleanFigures(plan, 6));

test('a clean workbook written to .xlsx and read back has no findings', async () => {
  const snap = await readXlsxSnapshot(await writeSpecToXlsx(spec));
  expect(runChecks(read(snap))).toEqual([]);
});

test('merged, renamed and mistyped: each a clear finding at the right cell', async () => {
  const wb = await loadWorkbook(await writeSpecToXlsx(spec));
  const ws = wb.getWorksheet('6月')!;
  const before = specSnapshot(spec);
  const at = (code: string, word: string) => cellOf(before, '6月', code, word);
  ws.getCell(at('NY-17', '本月')).value = 1e15;
  ws.getCell(at('NY-06', '本月')).value = '3,200';
  // Merging two rows' 累计 cells swallows the lower row's formula.
  ws.mergeCells(`${at('NY-04', '累计')}:${at('NY-05', '累计')}`);
  ws.name = '六月';

  const snap = await readXlsxSnapshot(await workbookBytes(wb));
  const now = (code: string, word: string) => cellOf(snap, '六月', code, word);
  const fs = runChecks(read(snap));
  expect(fs.map((f) => [f.sheet, f.cell, f.code, f.rule, f.tier])).toEqual([
    ['六月', now('NY-05', '累计'), 'NY-05', 'identity', 'error'],
    ['六月', now('NY-06', '本月'), 'NY-06', 'format', 'error'],
    ['六月', now('NY-17', '本月'), 'NY-17', 'scale', 'verify'],
  ]);
  expect(fs[0].message.zh).toMatch(
    /^六月!G\d+ 改造低产油茶林：累计为空，公式已被清除（如清除内容或合并了单元格），应为 \d+(\.\d+)?。请恢复公式$/,
  );
  expect(fs[1].suggestion).toBe('3200');
});
