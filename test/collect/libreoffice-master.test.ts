// A master opened and saved once by LibreOffice (review3 W10): LibreOffice writes INDEX(1月!G:G,…)
// for the template's INDEX('1月'!G:G,…). The same formula: collect refreshes its results through
// the template instead of saying the formulas were "改写或行序有变" and sending the user to Excel.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliIn } from '../support/cli';
import { recalc } from '../support/libreoffice';
import { typeInto } from './typeInto';
import { readXlsxSnapshot } from '../../src/hosts/xlsx';
import { readTemplate } from '../../src/template';
import { formulaKey, sameFormula } from '../../src/workbook/formulaText';

describe('formulas compared as a spreadsheet reads them', () => {
  test('sheet-name quotes, $, case and spacing do not change a formula', () => {
    expect(
      sameFormula(
        "=IFERROR(INDEX('1月'!G:G,MATCH(B5,'1月'!B:B,0)),\"\")",
        '=iferror(INDEX(1月!$G:$G, MATCH(B5,1月!B:B,0)),"")',
      ),
    ).toBe(true);
    expect(sameFormula("='it''s'!A1", "='IT''S'!$A$1")).toBe(true);
    expect(sameFormula('=_xlfn.IFS(A1>0,1)', '=IFS(A1>0,1)')).toBe(true);
  });

  test('a string literal, a reference or a sheet that differs is another formula', () => {
    expect(sameFormula('=IF(A1="待核实",1,0)', '=IF(A1="待 核实",1,0)')).toBe(false);
    expect(sameFormula('=IF(A1="a",1,0)', '=IF(A1="A",1,0)')).toBe(false);
    expect(sameFormula("=INDEX('1月'!G:G,1)", "=INDEX('2月'!G:G,1)")).toBe(false);
    expect(sameFormula('=F5+G4', '=F6+G4')).toBe(false);
    expect(sameFormula(null, '=F5')).toBe(false);
    expect(formulaKey('=IF(F5<>"",F5,\'1月\'!G5)')).toBe('IF(F5<>"",F5,1月!G5)');
  });
});

describe('collect into a master saved by LibreOffice', () => {
  let dir: string;
  let out: Awaited<ReturnType<typeof cliIn>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lo-master-'));
    const cli = (...args: string[]) => cliIn(dir, args);
    for (const args of [
      ['--out', 'master.xlsx'],
      ['--unit', '镇农业农村办', '--out', 'ny.xlsx'],
    ]) {
      const r = await cli('generate', '--months', '3', ...args);
      if (r.status !== 0) throw new Error(r.stderr);
    }
    // Opened and saved by LibreOffice, as a WPS/LibreOffice user's master is.
    const [saved] = await recalc([join(dir, 'master.xlsx')], { outDir: join(dir, 'lo') });
    const snap = await readXlsxSnapshot(readFileSync(saved));
    const g = snap.sheets
      .find((s) => s.name === '2月')!
      .formulas.flat()
      .find((f) => f?.includes('INDEX('));
    // The premise: LibreOffice really spelled the sheet references its own way.
    expect(g).toContain('INDEX(1月!G:G');
    await typeInto(dir, 'ny.xlsx', 'ny-3.xlsx', [
      [2, 'NY-06', 250],
      [3, 'NY-06', 120],
    ]);
    out = await cli('collect', 'lo/master.xlsx', 'ny-3.xlsx', '--month', '3', '--out', 'merged.xlsx');
  }, 180_000);

  test('its formulas are the template’s: results refreshed, no "open it in Excel", exit 0', () => {
    expect(out.stdout).toMatch(/公式结果已按模板重算（\d+ 个单元格更新）/);
    expect(out.stdout).not.toContain('改写或行序有变');
    expect(out.stdout).not.toContain('请用 Excel 打开后保存');
    expect(out.status).toBe(0);
  });

  test('the merged master holds the figures and the 累计 the template computes', async () => {
    const r = readTemplate(await readXlsxSnapshot(readFileSync(join(dir, 'merged.xlsx'))));
    if (!r.ok) throw new Error(r.message.zh);
    const row = r.figures.months.find((s) => s.month === 3)!.rows.find((x) => x.code === 'NY-06')!;
    expect(row.month.value).toBe(120);
    expect(row.cumulative.value).toBe(370);
  });
});
