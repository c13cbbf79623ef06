// An office corrects its own earlier figure in a later return (review2 V1a), and a note goes with its
// figure (V4): through the collect action on both hosts (the .xlsx file host the CLI uses, and the
// Excel host over the strict fake the pane uses), with the master's cells and the report's lines.
import { collect } from '../../src/actions/collect';
import { check } from '../../src/actions/check';
import { generate } from '../../src/actions/generate';
import type { ReturnInput } from '../../src/collect';
import { readRecord } from '../../src/collect';
import { META_SHEET } from '../../src/template';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { readXlsxSnapshot, writeSpecToXlsx, XlsxHost } from '../../src/hosts/xlsx';
import { seedPlan, type Plan } from '../../src/plan';
import { recalc } from '../../src/preview/recalc';
import { buildWorkbookSpec, readTemplate, type EnteredFigures } from '../../src/template';
import type { Host } from '../../src/workbook/host';
import type { CellValue } from '../../src/workbook/spec';
import { reportText } from './reportText';
import { entries } from './seedFiles';

const plan = seedPlan();
const NY = '镇农业农村办';
const nyCodes = plan.indicators.filter((i) => i.responsible === NY).map((i) => i.code);

async function unitReturn(
  name: string,
  upTo: number,
  over: Record<string, Record<number, { month?: CellValue; note?: string }>>,
  p: Plan = plan,
): Promise<ReturnInput> {
  const built = buildWorkbookSpec(p, { months: [1, 2, 3], unit: NY, figures: entries(p, nyCodes, upTo, over) });
  if (!built.ok) throw new Error('build');
  const r = readTemplate(await readXlsxSnapshot(await writeSpecToXlsx(built.spec)));
  if (!r.ok) throw new Error(r.message.zh);
  return { file: name, figures: r.figures };
}

async function masterSpec(figures: EnteredFigures = {}) {
  const built = buildWorkbookSpec(plan, { months: [1, 2, 3], unit: null, figures });
  if (!built.ok) throw new Error('build');
  return built.spec;
}

const HOSTS: Array<[string, () => Promise<Host>]> = [
  ['xlsx file host', async () => XlsxHost.fromBytes(await writeSpecToXlsx(await masterSpec()))],
  [
    'Excel host (fake)',
    async () => {
      const fake = new FakeExcel({ calculate: (state) => recalc(state, null) });
      const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
      await host.applySpec(await masterSpec(), { replace: 'sheets-in-spec' });
      return host;
    },
  ],
];

/** The master's 本月 / 备注 cell of a code on a month sheet, as the master reads now. */
async function masterCell(host: Host, month: number, code: string, field: 'month' | 'note') {
  const r = readTemplate(await host.read());
  if (!r.ok) throw new Error(r.message.zh);
  const row = r.figures.months.find((s) => s.month === month)!.rows.find((x) => x.code === code)!;
  return row[field];
}

const text = reportText;

describe.each(HOSTS)('an office corrects its own earlier figure (%s)', (_name, makeHost) => {
  let host: Host;
  let second: Awaited<ReturnType<typeof collect>>;
  let f2: string;
  let n03: string;
  let n07: string;

  beforeAll(async () => {
    host = await makeHost();
    // Before the first collect, the statistician typed NY-03 2月 from a phone call.
    const n03cell = await masterCell(host, 2, 'NY-03', 'month');
    n03 = n03cell.address;
    await host.writeCells!([{ sheet: '2月', cell: n03, value: 100 }]);

    // 2月's return: NY-06 typed in the wrong unit (2410 for 241), the rest plausible.
    const first = await collect(host, {
      month: 2,
      returns: [await unitReturn('农业农村办-2.xlsx', 2, { 'NY-06': { 2: { month: 2410 } } })],
      masterFile: '总表.xlsx',
    });
    expect(first.conflicts.map((c) => [c.kind, c.code])).toEqual([['differs-from-master', 'NY-03']]);
    f2 = (await masterCell(host, 2, 'NY-06', 'month')).address;
    expect((await masterCell(host, 2, 'NY-06', 'month')).value).toBe(2410);

    // After the collect the statistician changed NY-07 2月 in the master by hand.
    n07 = (await masterCell(host, 2, 'NY-07', 'month')).address;
    await host.writeCells!([{ sheet: '2月', cell: n07, value: 77 }]);

    // 3月's return corrects 2月 NY-06 (with a note), keeps its NY-03, sends NY-07 again otherwise.
    second = await collect(host, {
      month: 3,
      returns: [
        await unitReturn('农业农村办-3.xlsx', 3, {
          'NY-06': { 2: { month: 241, note: '原误填为亩的十倍，已更正' } },
          'NY-03': { 2: { note: '电话报数有误，以本表为准' } },
          'NY-07': { 2: { month: 88 } },
        }),
      ],
      masterFile: '总表.xlsx',
    });
  });

  test('the correction is taken and said: 更正：2月!F… 2410 → 241（镇农业农村办）', async () => {
    expect((await masterCell(host, 2, 'NY-06', 'month')).value).toBe(241);
    expect((await masterCell(host, 2, 'NY-06', 'note')).value).toBe('原误填为亩的十倍，已更正');
    expect(second.sources[0].corrections).toBe(1);
    expect(text(second)).toContain(
      `    更正：2月!${f2} 2410 → 241（镇农业农村办）：NY-06 高标准农田建设 本月数，总表原有的数是该单位此前报来的`,
    );
    expect(text(second)).toContain('；更正 1 项；');
  });

  test('a figure the statistician typed (before, or over a collected one) still wins, reported as a conflict', async () => {
    expect((await masterCell(host, 2, 'NY-03', 'month')).value).toBe(100);
    expect((await masterCell(host, 2, 'NY-07', 'month')).value).toBe(77);
    const kinds = second.conflicts.map((c) => [c.kind, c.code, c.month]);
    expect(kinds).toContainEqual(['differs-from-master', 'NY-03', 2]);
    expect(kinds).toContainEqual(['differs-from-master', 'NY-07', 2]);
    expect(second.complete).toBe(false);
    expect(text(second)).toContain(`总表 2月!${n07} 已有 77，农业农村办-3.xlsx 2月!`);
  });

  test('the refused figure’s 备注 is not taken either, and is listed', async () => {
    expect((await masterCell(host, 2, 'NY-03', 'note')).value).toBeNull();
    const note = second.conflicts.find((c) => c.kind === 'note-not-taken')!;
    expect(note).toMatchObject({ code: 'NY-03', month: 2, field: 'note' });
    expect(text(second)).toContain('[未采用备注 / note not taken] 农业农村办-3.xlsx 2月!M');
    expect(note.message.zh).toContain(
      `：“油菜种植面积”（NY-03）2月的备注 “电话报数有误，以本表为准” 未采用——此行本月数（农业农村办-3.xlsx 2月!`,
    );
    expect(note.message.zh).toContain('未采用（与总表不同，见上），备注随本月数一起处理');
  });

  test('the record of where the master’s figures came from is kept in the veryHidden _meta', async () => {
    const snap = await host.read({ sheets: [META_SHEET] });
    const meta = snap.sheets.find((s) => s.name === META_SHEET)!;
    expect(meta.visibility).toBe('veryHidden');
    const rec = readRecord(meta.values).find((c) => c.code === 'NY-06' && c.month === 2 && c.field === 'month');
    expect(rec).toMatchObject({ unit: NY, value: 241, file: '农业农村办-3.xlsx' });
  });
});

describe('two returns disagree: neither figure nor the note is taken, and the blank is a must-fix naming both', () => {
  test.each(HOSTS)('%s', async (_name, makeHost) => {
    const host = await makeHost();
    const r = await collect(host, {
      month: 3,
      returns: [
        await unitReturn('农业农村办-3.xlsx', 3, { 'NY-08': { 3: { month: 1 } } }),
        await unitReturn('农业农村办-3更正.xlsx', 3, { 'NY-08': { 3: { month: 2, note: '更正：3月为2个' } } }),
      ],
      masterFile: '总表.xlsx',
    });
    const cell = await masterCell(host, 3, 'NY-08', 'month');
    expect(cell.value).toBeNull();
    expect((await masterCell(host, 3, 'NY-08', 'note')).value).toBeNull();
    expect(r.conflicts.map((c) => c.kind)).toEqual(['two-offices', 'note-not-taken']);
    expect(r.sources.map((s) => s.notes)).toEqual([0, 0]);
    const missing = r.findings.filter((f) => f.sheet === '3月' && f.cell === cell.address);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ rule: 'conflict', tier: 'error' });
    // The mark is in the workbook: the check run later (the pane's 审核, the CLI's check) says the same.
    const later = await check(host, { month: 3, mark: false });
    const again = later.findings.filter((f) => f.cell === cell.address && f.sheet === '3月');
    expect(again.map((f) => f.message.zh)).toEqual([
      `3月!${cell.address} 农业招商项目（投资5000万元以上）：3月两份报表不一致（镇农业农村办（农业农村办-3.xlsx）报 1，镇农业农村办（农业农村办-3更正.xlsx）报 2），汇集时均未采用。请向填报单位核实后在此填入`,
    ]);
  });
});

describe.each(HOSTS)(
  'after a regenerate of the master, an office still corrects its own figure (%s; review4 X1)',
  (_n, makeHost) => {
    test('the record goes with the carried figures: 更正, not 与总表不同', async () => {
      const host = await makeHost();
      await collect(host, {
        month: 2,
        returns: [await unitReturn('农业农村办-2.xlsx', 2, { 'NY-06': { 2: { month: 2410 } } })],
        masterFile: '总表.xlsx',
      });
      // A plan edit that asks nothing (a renamed row elsewhere): the master is rebuilt, _meta with it.
      const renamed: Plan = {
        ...plan,
        indicators: plan.indicators.map((i) => (i.code === 'NY-01' ? { ...i, name: `${i.name}（调整）` } : i)),
      };
      await generate(host, { plan: renamed, months: [1, 2, 3] });
      const meta = (await host.read({ sheets: [META_SHEET] })).sheets.find((s) => s.name === META_SHEET)!;
      expect(
        readRecord(meta.values).find((c) => c.code === 'NY-06' && c.month === 2 && c.field === 'month'),
      ).toMatchObject({ unit: NY, value: 2410 });

      const third = await collect(host, {
        month: 3,
        returns: [await unitReturn('农业农村办-3.xlsx', 3, { 'NY-06': { 2: { month: 241 } } }, renamed)],
        masterFile: '总表.xlsx',
      });
      expect((await masterCell(host, 2, 'NY-06', 'month')).value).toBe(241);
      expect(third.conflicts.filter((c) => c.code === 'NY-06')).toEqual([]);
      expect(text(third)).toMatch(/更正：2月!F\d+ 2410 → 241（镇农业农村办）/);
    });
  },
);
