// The real-engine check of the 汇总 sheet: write the filled workbook with every 汇总 formula's cached
// value removed, let LibreOffice recalculate it, and require each formula cell to equal the value
// the TypeScript core computed. Runs the demo workbook (seed plan, January-June, with its deliberate
// problems) and the fixture plan (every kind and comparator, a row without a responsible unit).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemo } from '../../src/cli/commands/demo';
import { summarize } from '../../src/actions';
import { readXlsxSnapshot, writeSpecToXlsx, XlsxHost } from '../../src/hosts/xlsx';
import { seedPlan } from '../../src/plan';
import { buildWorkbookSpec, type EnteredFigures } from '../../src/template';
import { parseAddr, addr } from '../../src/workbook/a1';
import type { CellValue, SheetSpec } from '../../src/workbook/spec';
import { recalc } from '../support/libreoffice';
import { fixturePlan, MARCH } from './fixtures';

/** The sheet with every formula cell's cached value removed: only a recalculation can fill them. */
function withoutCachedValues(sheet: SheetSpec): SheetSpec {
  return {
    ...sheet,
    ranges: sheet.ranges.map((r) => ({
      ...r,
      rows: r.rows.map((row) => row.map((c) => (c.f ? { f: c.f, v: null } : c))),
    })),
  };
}

interface Cell {
  address: string;
  formula: string;
  core: CellValue;
}

function formulaCells(sheet: SheetSpec): Cell[] {
  const out: Cell[] = [];
  for (const r of sheet.ranges) {
    const top = parseAddr(r.ref);
    r.rows.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c.f) out.push({ address: addr(top.row + i, top.col + j), formula: c.f, core: c.v });
      }),
    );
  }
  return out;
}

async function stripped(bytes: Uint8Array, sheet: SheetSpec): Promise<Uint8Array> {
  const host = await XlsxHost.fromBytes(bytes);
  await host.applySpec({ sheets: [withoutCachedValues(sheet)] });
  return host.toBytes();
}

function fixtureFigures(): EnteredFigures {
  const out: EnteredFigures = {};
  for (const [m, byCode] of Object.entries(MARCH))
    for (const [code, v] of Object.entries(byCode)) (out[code] ??= {})[Number(m)] = { month: v };
  return out;
}

test('LibreOffice recalculates every 汇总 formula to the core value', async () => {
  const demo = await runDemo(seedPlan(), 6);

  const plan = fixturePlan();
  const built = buildWorkbookSpec(plan, { months: [1, 2, 3], figures: fixtureFigures() });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.en).join('; '));
  const host = await XlsxHost.fromBytes(await writeSpecToXlsx(built.spec));
  const fixture = await summarize(host, { month: 3 });
  const fixtureBytes = await host.toBytes();

  const dir = mkdtempSync(join(tmpdir(), 'summary-lo-'));
  const files = [
    { name: 'demo', sheet: demo.sheet, bytes: await stripped(demo.bytes, demo.sheet) },
    { name: 'fixture', sheet: fixture.sheet, bytes: await stripped(fixtureBytes, fixture.sheet) },
  ];
  const paths = files.map((f) => {
    const p = join(dir, `${f.name}.xlsx`);
    writeFileSync(p, f.bytes);
    return p;
  });
  const outputs = await recalc(paths, { outDir: join(dir, 'out') });

  const mismatches: string[] = [];
  let compared = 0;
  for (let k = 0; k < files.length; k++) {
    const snap = await readXlsxSnapshot(readFileSync(outputs[k]));
    const got = snap.sheets.find((s) => s.name === '汇总');
    expect(got).toBeDefined();
    for (const c of formulaCells(files[k].sheet)) {
      const { row, col } = parseAddr(c.address);
      const value = got?.values[row - 1]?.[col - 1] ?? null;
      compared++;
      const same =
        typeof c.core === 'number' && typeof value === 'number'
          ? Math.abs(c.core - value) <= 1e-9 * Math.max(1, Math.abs(c.core))
          : c.core === value;
      if (!same)
        mismatches.push(`${files[k].name} 汇总!${c.address} ${c.formula}: core ${c.core}, LibreOffice ${value}`);
    }
  }
  process.stdout.write(`汇总 formula cells compared with LibreOffice: ${compared}\n`);
  expect(mismatches).toEqual([]);
  // Both tables of both workbooks, every count and share: far more than a token few.
  expect(compared).toBeGreaterThan(300);
  // The fixture's row without a responsible unit is counted by the blank-cell criterion.
  expect(formulaCells(fixture.sheet).some((c) => c.formula.includes(`$L:$L,"=",`) && c.core === 1)).toBe(true);
});
