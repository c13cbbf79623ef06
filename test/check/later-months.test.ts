// A check of month m reports nothing about months after m (issue 13, point 1): not in the pane,
// which reads the sheets up to m only, and not on the command line, which reads them all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, generate } from '../../src/actions';
import { loadWorkbook, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { seedPlan } from '../../src/plan';
import { typeInto } from '../../src/hosts/excel/fake/inspect';
import { setup } from '../hosts/excel/helpers';
import { buildSpec, cleanFigures } from './fixtures';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const cli = (...args: string[]) => cliIn(root, ['check', ...args]);

const plan = seedPlan();
const monthOf = (sheet: string) => (/^(\d+)月$/.exec(sheet) ? Number(/^(\d+)/.exec(sheet)![1]) : null);

describe('the pane: check of month m on a workbook with all twelve months', () => {
  test.each([1, 6])(
    'check of %i月: every finding is on a month up to it, none says a later sheet is missing',
    async (m) => {
      const { fake, host } = setup();
      await generate(host, { plan, months: [12] });
      typeInto(fake, '1月', 'F5', 3);
      const r = await check(host, { month: m });
      expect(r.findings.length).toBeGreaterThan(0); // the blank rows of the month are 漏填
      const later = r.findings.filter((f) => (monthOf(f.sheet) ?? 0) > m);
      expect(later.map((f) => f.message.zh)).toEqual([]);
      expect(r.findings.filter((f) => f.message.zh.includes('找不到')).map((f) => f.message.zh)).toEqual([]);
      // 审核结果 lists only those findings.
      const results = await host.read({ sheets: ['审核结果'] });
      const text = results.sheets[0].values.flat().filter((v) => typeof v === 'string');
      expect(text.filter((v) => (v as string).includes('找不到'))).toEqual([]);
    },
  );
});

describe('the command line: a broken later sheet is that month’s problem', () => {
  let file: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'later-months-'));
    const wb = await loadWorkbook(await writeSpecToXlsx(buildSpec(plan, 12, cleanFigures(plan, 6))));
    // 8月 lost its 备注 header (someone typed over it).
    const ws = wb.getWorksheet('8月')!;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '备注') cell.value = '说明';
      }),
    );
    file = join(dir, 'broken-august.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  });

  test('check --month 6 says nothing about 8月', async () => {
    const r = await cli(file, '--month', '6');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('审核 信丰县小江镇 6月：强制性 0 项');
    expect(r.stdout).not.toContain('8月');
    expect(r.status).toBe(0);
  });

  test('check --month 8 names the sheet and the missing column', async () => {
    const r = await cli(file, '--month', '8');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('工作簿中没有8月的月报表');
    expect(r.stderr).toContain('“8月”表找不到列：备注（按标题行文字查找）');
  });
});
