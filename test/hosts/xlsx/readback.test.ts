// Entered figures written to .xlsx come back by code, with the cell a user would click.
import { buildWorkbookSpec, readTemplate } from '../../../src/template';
import type { EnteredFigures } from '../../../src/template';
import { seedPlan } from '../../../src/plan';
import { XlsxHost, readXlsxSnapshot, writeSpecToXlsx } from '../../../src/hosts/xlsx';
import type { TemplateFigures } from '../../../src/workbook/figures';

const FIGURES: EnteredFigures = {
  'NY-01': { 1: { month: 0.3 }, 3: { month: 0.35, note: '早稻播栽' } },
  'NY-03': { 2: { month: '2,000' } },
  'GY-04a': { 3: { month: 18.4 } },
  'HJ-M1': { 3: { month: '已完成' } },
};

async function filled(): Promise<Uint8Array> {
  const r = buildWorkbookSpec(seedPlan(), { months: [3], figures: FIGURES });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.zh).join('\n'));
  return writeSpecToXlsx(r.spec);
}

function read(figures: TemplateFigures, month: number, code: string) {
  const sheet = figures.months.find((m) => m.month === month);
  return sheet?.rows.find((r) => r.code === code);
}

describe('reading a generated .xlsx back by code', () => {
  let figures: TemplateFigures;

  beforeAll(async () => {
    const r = readTemplate(await readXlsxSnapshot(await filled()));
    if (!r.ok) throw new Error(r.message.zh);
    figures = r.figures;
  });

  it('finds the plan, the months and no structural problem', () => {
    expect(figures.meta).toMatchObject({ year: 2023, unitName: '信丰县小江镇', months: [1, 2, 3] });
    expect(figures.plan.indicators).toHaveLength(48);
    expect(figures.problems).toEqual([]);
  });

  it('returns each entered figure with its address, and the formulas’ values', () => {
    const grain = read(figures, 3, 'NY-01');
    expect(grain?.month).toMatchObject({ value: 0.35, formula: null });
    expect(grain?.month.address).toMatch(/^F\d+$/);
    expect(grain?.cumulative.value).toBeCloseTo(0.65, 12);
    // 累计 chains the previous sheet's 累计 by code (a text figure carries 待核实 instead of a sum).
    expect(grain?.cumulative.formula).toMatch(
      /^=IF\(COUNT\(F\d+\)\*\(T\(IFERROR\(INDEX\('2月'!G:G,MATCH\(B\d+,'2月'!B:B,0\)\),""\)\)=""\),N\(/,
    );
    expect(grain?.note.value).toBe('早稻播栽');
    expect(read(figures, 2, 'NY-03')?.month.value).toBe('2,000');
    expect(read(figures, 3, 'GY-04a')?.status?.value).toBe('未达标'); // a growth rate below its target
    expect(read(figures, 3, 'HJ-M1')?.status?.value).toBe('已完成');
    expect(read(figures, 3, 'GY-01')?.month.value).toBeNull();
  });

  it('reads the same figures through XlsxHost after marks were added and cleared', async () => {
    const host = await XlsxHost.fromBytes(await filled());
    const cell = read(figures, 3, 'NY-01')?.month.address as string;
    await host.markFindings([{ sheet: '3月', cell, tier: 'verify', message: '请核实' }]);
    await host.clearFindings();
    const again = readTemplate(await host.read());
    if (!again.ok) throw new Error(again.message.zh);
    expect(read(again.figures, 3, 'NY-01')?.month).toEqual(read(figures, 3, 'NY-01')?.month);
    expect(again.figures.problems).toEqual([]);
  });
});
