// Excel's limits are checked once (src/workbook/limits.ts), before either host writes: the Excel host
// and the xlsx host refuse the same spec with the same words, and nothing is truncated or written.
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { XlsxHost } from '../../src/hosts/xlsx';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../../src/workbook/spec';
import { sheetProblems } from '../../src/workbook/limits';

function spec(edit: (s: SheetSpec) => void): WorkbookSpec {
  const s = emptySheet('表');
  s.ranges.push({ ref: 'A1', rows: [[{ v: 1 }]] });
  edit(s);
  return { sheets: [s] };
}

/** A whole-number validation on A1 with these texts. */
const whole = (errorTitle: string, error: string) =>
  spec((s) => s.validations.push({ ref: 'A1', type: 'whole', allowBlank: true, alert: 'stop', errorTitle, error }));

const cases: Array<[string, WorkbookSpec, RegExp]> = [
  ['an error message over 225 characters', whole('错', '长'.repeat(226)), /表!A1 的出错提示超过225个字符/],
  ['a title over 32 characters', whole('题'.repeat(33), 'x'), /提示标题超过32个字符/],
  [
    'a list over 255 characters',
    spec((s) =>
      s.validations.push({
        ref: 'A1',
        type: 'list',
        list: Array.from({ length: 60 }, (_, i) => `选项${i}`),
        allowBlank: true,
        alert: 'stop',
        errorTitle: 'x',
        error: 'x',
      }),
    ),
    /下拉选项总长超过255个字符/,
  ],
  ['overlapping merges', spec((s) => s.merges.push('A1:B2', 'B2:C3')), /合并区域 B2:C3 与另一合并区域重叠/],
];

describe.each(cases)('%s', (_name, bad, words) => {
  test('is found once, in src/workbook', () => {
    expect(
      sheetProblems(bad)
        .map((p) => p.zh)
        .join('\n'),
    ).toMatch(words);
  });

  test('the Excel host refuses it before any request, in the same words', async () => {
    const fake = new FakeExcel();
    const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    const err = await host.applySpec(bad).catch((e) => e);
    expect(err.text.zh).toMatch(words);
    expect(fake.syncs).toHaveLength(0);
  });

  test('the xlsx host refuses it too', async () => {
    await expect(XlsxHost.empty().applySpec(bad)).rejects.toThrow(words);
  });
});
