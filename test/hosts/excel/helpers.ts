// Shared set-up for the Excel host tests: a fake Excel and a host on it.
import { ExcelHost, type ExcelHostOptions } from '../../../src/hosts/excel';
import { FakeExcel, type FakeExcelOptions } from '../../../src/hosts/excel/fake/fake';
import { buildWorkbookSpec } from '../../../src/template';
import type { Plan } from '../../../src/plan';
import type { WorkbookSpec } from '../../../src/workbook/spec';
import { addr, parseAddr } from '../../../src/workbook/a1';
import type { WorkbookSnapshot } from '../../../src/workbook/host';
import { typeInto } from '../../../src/hosts/excel/fake/inspect';

export function setup(fakeOptions: FakeExcelOptions = {}, hostOptions: ExcelHostOptions = {}) {
  const fake = new FakeExcel(fakeOptions);
  const host = new ExcelHost(
    { run: fake.run, isSetSupported: fake.isSetSupported, diagnostics: fake.diagnostics },
    hostOptions,
  );
  return { fake, host };
}

export const YEAR = Array.from({ length: 12 }, (_, i) => i + 1);

export function specOf(plan: Plan, months = YEAR): WorkbookSpec {
  const built = buildWorkbookSpec(plan, { months });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('; '));
  return built.spec;
}

/** Every cell of the spec that differs in the snapshot (formula text, or value for constants). */
export function differences(spec: WorkbookSpec, snap: WorkbookSnapshot): string[] {
  const out: string[] = [];
  for (const sheet of spec.sheets) {
    const got = snap.sheets.find((s) => s.name === sheet.name);
    if (!got) {
      out.push(`${sheet.name}: missing`);
      continue;
    }
    for (const r of sheet.ranges) {
      const { row, col } = parseAddr(r.ref);
      r.rows.forEach((cells, i) =>
        cells.forEach((c, j) => {
          if (!c) return;
          const value = got.values[row + i - 1]?.[col + j - 1] ?? null;
          const formula = got.formulas[row + i - 1]?.[col + j - 1] ?? null;
          const want = c.v === '' ? null : c.v;
          if (c.f ? formula !== c.f : value !== want || formula !== null)
            out.push(
              `${sheet.name}!${addr(row + i, col + j)}: ${JSON.stringify(c)} vs ${JSON.stringify({ value, formula })}`,
            );
        }),
      );
    }
  }
  return out;
}

/** Row of a code on a month sheet and the column letter of a header, read as a user sees them. */
export async function where(host: ExcelHost, sheet: string, code: string, header: string): Promise<string> {
  const snap = await host.read({ sheets: [sheet] });
  const s = snap.sheets[0];
  const hr = s.values.findIndex((r) => r.includes('代码'));
  const col = s.values[hr].findIndex((v) => typeof v === 'string' && v.startsWith(header));
  const row = s.values.findIndex((r, i) => i > hr && r[s.values[hr].indexOf('代码')] === code);
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

export function counting(fake: FakeExcel) {
  const start = fake.syncs.length;
  return () => fake.syncs.length - start;
}

/**
 * Type a figure into every 本月 cell of a month sheet, as users would before a check: milestones
 * take a state, every tenth figure is text ("约3千"), for the checks to find.
 */
export async function fillMonth(fake: FakeExcel, host: ExcelHost, month: number): Promise<void> {
  const s = (await host.read({ sheets: [`${month}月`] })).sheets[0];
  const hr = s.values.findIndex((r) => r.includes('代码'));
  const code = s.values[hr].indexOf('代码');
  const input = s.values[hr].findIndex((v) => typeof v === 'string' && v.startsWith('本月'));
  const unit = s.values[hr].indexOf('单位');
  s.values.forEach((r, i) => {
    if (i <= hr || typeof r[code] !== 'string' || r[code] === '') return;
    const v = r[unit] === '' || r[unit] === null ? '推进中' : i % 10 === 0 ? '约3千' : (i % 7) + 1;
    typeInto(fake, `${month}月`, addr(i + 1, input + 1), v);
  });
}
