// 汇集 through the pane's services on the real Excel host over the strict fake of Excel: returned
// files (made as the offices get them: buildWorkbookSpec with a unit, written by the xlsx host) are
// read as the pane reads them, merged into the open workbook in one read and one write, and the
// figures show in the month sheet's cells.
import { seedPlan, type Plan } from '../../src/plan';
import { buildWorkbookSpec } from '../../src/template';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { createPaneServices } from '../../src/taskpane/services';
import type { PickedFile } from '../../src/taskpane/services';
import { gridView, typeIntoCell } from '../../src/preview/gridModel';
import { recalc } from '../../src/preview/recalc';
import { entries } from '../collect/seedFiles';

function setup() {
  const fake = new FakeExcel({ calculate: (state) => recalc(state, null) });
  const services = createPaneServices(new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }));
  const cellText = (sheet: string, cell: string) => {
    const view = gridView(fake.state, sheet)!;
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return view.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65].text;
  };
  /** The master's cell of a code under a header, found as a user would: by code and header text. */
  const cellOf = (sheet: string, code: string, header: string) => {
    const view = gridView(fake.state, sheet)!;
    const line = view.cells.find((l) => l[1].text === code)!;
    const head = view.cells.find((l) => l[1].text === '代码')!;
    const col = head.findIndex((c) => c.text.startsWith(header));
    return `${String.fromCharCode(65 + col)}${line[1].row}`;
  };
  return { fake, services, cellText, cellOf };
}

async function unitReturn(plan: Plan, unit: string, over = {}): Promise<PickedFile> {
  const codes = plan.indicators.filter((i) => i.responsible === unit).map((i) => i.code);
  const built = buildWorkbookSpec(plan, { months: [1, 2, 3], unit, figures: entries(plan, codes, 3, over) });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('; '));
  const bytes = await writeSpecToXlsx(built.spec);
  return { name: `${unit}.xlsx`, bytes: new Uint8Array(bytes).buffer };
}

describe('汇集 on the Excel host (fake Excel)', () => {
  it('merges two offices, reports one conflict and one refused file, in one read and one write', async () => {
    const { fake, services, cellText, cellOf } = setup();
    const plan = seedPlan();
    await services.generate(plan, { year: 2023, months: [1, 2, 3], unit: null });
    // The master already holds GY-05 for March: the office's different figure must not replace it.
    const gy05 = cellOf('3月', 'GY-05', '本月');
    expect(typeIntoCell(fake.state, '3月', gy05, '1')).toEqual({ ok: true });

    const files = [
      await unitReturn(plan, '镇招商办'),
      await unitReturn(plan, '镇经济发展办', {
        'GY-05': { 3: { month: 2 } },
        'GY-04a': { 3: { note: '含新投产企业' } },
      }),
      await unitReturn({ ...plan, year: 2024 }, '镇林业站'),
    ];
    const start = fake.syncs.length;
    const out = await services.collect(files, 3);
    expect(fake.syncs.length - start).toBe(2);

    expect(out.sheet).toBe('3月');
    expect(out.sources.map((s) => [s.file, s.unit])).toEqual([
      ['镇招商办.xlsx', '镇招商办'],
      ['镇经济发展办.xlsx', '镇经济发展办'],
    ]);
    expect(out.conflicts).toHaveLength(1);
    expect(out.conflicts[0]).toMatchObject({ kind: 'differs-from-master', code: 'GY-05', sheet: '3月', cell: gy05 });
    expect(out.refused).toHaveLength(1);
    expect(out.refused[0].file).toBe('镇林业站.xlsx');
    expect(out.refused[0].message.zh).toContain('2024年');

    // Every figure and note taken is in the master's cell for its code, as the office typed it.
    expect(out.written).toBe(out.taken.length);
    const zs = out.taken.find((x) => x.from[0].file === '镇招商办.xlsx' && x.field === 'month' && x.sheet === '3月')!;
    expect(zs.cell).toBe(cellOf('3月', zs.code, '本月'));
    expect(cellText('3月', zs.cell).replace(/,/g, '')).toBe(zs.value.zh.replace(/,/g, ''));
    const note = out.taken.find((x) => x.code === 'GY-04a' && x.field === 'note')!;
    expect(note.cell).toBe(cellOf('3月', 'GY-04a', '备注'));
    expect(cellText('3月', note.cell)).toBe('含新投产企业');
    // The conflict left the master's figure.
    expect(cellText('3月', gy05)).toBe('1');
    // January and February came with the returns too: every month up to March is collected (issue 13, point 9).
    const jan = out.taken.find((x) => x.code === zs.code && x.sheet === '1月')!;
    expect(jan.cell).toBe(cellOf('1月', zs.code, '本月'));
    expect(cellText('1月', jan.cell)).toBe(jan.value.zh);
    expect(out.sources.map((s) => s.months)).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });

  it("refuses a file named .xlsx that is not a workbook in plain words, not the zip library's", async () => {
    const { services } = setup();
    await services.generate(seedPlan(), { year: 2023, months: [1, 2, 3], unit: null });
    const notes = { name: '说明.xlsx', bytes: new TextEncoder().encode('not a workbook').buffer };
    const out = await services.collect([notes], 3);
    expect(out.refused.map((x) => [x.file, x.message.zh, x.message.en])).toEqual([
      [
        '说明.xlsx',
        '说明.xlsx：未汇集，无法作为月报表模板读取（无法打开该文件（不是 .xlsx 格式，或文件已损坏））',
        '说明.xlsx: not collected: it cannot be read as a month-report template (the file cannot be opened (not an .xlsx file, or damaged))',
      ],
    ]);
  });

  it('says plainly when the open workbook is not a template yet', async () => {
    const { services } = setup();
    const plan = seedPlan();
    await expect(services.collect([await unitReturn(plan, '镇招商办')], 3)).rejects.toThrow(
      '这个工作簿还不是月报表模板',
    );
  });
});
