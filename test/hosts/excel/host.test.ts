// ExcelHost on the strict fake: round trips, payload limits, requirement sets, errors, marks.
import { setup, specOf, differences, YEAR } from './helpers';
import { syntheticPlan } from './bigPlan';
import { seedPlan } from '../../../src/plan';
import { emptySheet, type SheetSpec, type WorkbookSpec } from '../../../src/workbook/spec';
import { ExcelHostError } from '../../../src/hosts/excel';
import { cellOf, fillOf, marksOf, noteOf, sheetOf, validationOf } from '../../../src/hosts/excel/fake/inspect';
import { FakeOfficeError } from '../../../src/hosts/excel/fake/errors';
import { newSheet } from '../../../src/hosts/excel/fake/state';

const seedSpec = specOf(seedPlan());

describe('round trips stay few and fixed', () => {
  test('the seed year: written in one request after one look, read back in one, equal cell for cell', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    expect(fake.syncs.length).toBe(2); // look at the workbook, then write
    expect(fake.syncs[1].writes).toBeGreaterThan(100);
    fake.resetStats();
    const snap = await host.read({ sheets: seedSpec.sheets.map((s) => s.name) });
    expect(fake.syncs.length).toBe(1);
    expect(differences(seedSpec, snap)).toEqual([]);
    expect(fake.problems).toEqual([]);
  });

  test('a new host on a filled workbook: the sheet list comes with the sheets it reads, in one request', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    const { ExcelHost } = await import('../../../src/hosts/excel');
    const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    fake.resetStats();
    const snap = await cold.read({ sheets: ['1月', '_meta', '没有这张'] });
    expect(fake.syncs.length).toBe(1);
    expect(snap.sheets.map((s) => s.name)).toEqual(['1月', '_meta']);
  });

  test('regenerating right after a read needs no look: one request', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    await host.read({ sheets: seedSpec.sheets.map((s) => s.name) });
    fake.resetStats();
    await host.applySpec(seedSpec);
    expect(fake.syncs.length).toBe(1);
    expect(differences(seedSpec, await host.read())).toEqual([]);
  });

  test('every request stays under the payload limit: a large plan is split into requests that fit', async () => {
    const spec = specOf(syntheticPlan(200), [1, 2, 3]);
    const limit = 400_000;
    const { fake, host } = setup({ payloadLimit: limit }, { requestBudget: 300_000 });
    await host.applySpec(spec);
    expect(fake.syncs.length).toBeGreaterThan(2);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(limit);
    // Calculation is suspended for every request but the last, which asks for a recalculation; the
    // application-wide mode is never touched.
    expect(fake.state.calculationMode).toBe('Automatic');
    expect(fake.calculations).toBe(2);
    expect(fake.screenUpdatingSuspensions).toBe(fake.syncs.length - 1);
    fake.resetStats();
    const snap = await host.read({ sheets: spec.sheets.map((s) => s.name) });
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThanOrEqual(limit);
    expect(differences(spec, snap)).toEqual([]);
  });

  test('a read over the response limit with nothing known of the sizes is split and still complete', async () => {
    const spec = specOf(syntheticPlan(200), [1, 2, 3]);
    const { fake, host } = setup({ payloadLimit: 250_000 }, { requestBudget: 200_000 });
    await host.applySpec(spec);
    const { ExcelHost } = await import('../../../src/hosts/excel');
    const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    const snap = await cold.read();
    expect(differences(spec, snap)).toEqual([]);
  });

  test('writes wait for cell editing to end; only writes Excel can group run as one undo group', async () => {
    const { fake, host } = setup({ cellEditMode: true });
    await host.applySpec(seedSpec);
    expect(fake.runs.every((r) => r.delayForCellEdit)).toBe(true);
    // Generating protects sheets, which Excel cannot put in an undo group: no group.
    expect(fake.runs.some((r) => r.mergeUndoGroup)).toBe(false);
    await host.writeCells([{ sheet: '1月', cell: 'F6', value: 5 }]);
    expect(fake.runs[fake.runs.length - 1].mergeUndoGroup).toBe(true);
    expect(host.retries).toEqual([]);
    expect(fake.problems).toEqual([]);
  });
});

describe('what the sheets hold after a write', () => {
  test('input cells unlocked on a protected sheet; validation, conditional formats, panes, print set', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    const month = sheetOf(fake, '1月');
    expect(month.protection.protected).toBe(true);
    const snap = await host.read({ sheets: ['1月'] });
    const header = snap.sheets[0].values.findIndex((r) => r[1] === '代码');
    const firstData = snap.sheets[0].values.findIndex((r, i) => i > header && typeof r[1] === 'string' && r[1] !== '');
    const row = firstData + 1;
    expect(cellOf(fake, '1月', `F${row}`)?.locked).toBe(false); // 本月: input
    expect(cellOf(fake, '1月', `G${row}`)?.locked).not.toBe(false); // 累计: formula, locked
    expect(validationOf(fake, '1月', `F${row}`)?.errorAlert?.style).toBe('Stop');
    expect(month.cfs.length).toBeGreaterThan(0);
    expect(month.freeze.rows).toBeGreaterThan(0);
    expect(month.pageLayout.orientation).toBe('Landscape');
    expect(month.pageLayout.paperSize).toBe('A4');
    expect(sheetOf(fake, '_meta').visibility).toBe('VeryHidden');
    // The 台账 prints the plan's columns two pages wide, 代码…指标名称 repeated on each (review3 W39).
    expect(sheetOf(fake, '指标库').pageLayout).toMatchObject({
      orientation: 'Landscape',
      zoom: { horizontalFitToPages: 2, verticalFitToPages: 0 },
      printTitleRows: '1:1',
      printTitleColumns: 'A:D',
      printArea: `A1:S${seedPlan().indicators.length + 1}`,
    });
  });

  test('text that Excel would change (codes like 001, 1-1, 50%, a lone "-") stays text', async () => {
    const { host } = setup();
    const sheet: SheetSpec = {
      ...emptySheet('文字'),
      ranges: [
        {
          ref: 'A1',
          rows: [[{ v: '001' }, { v: '1-1' }, { v: '50%' }, { v: '-' }, { v: '=A1' }, { v: 'TRUE' }, { v: '３２' }]],
        },
      ],
    };
    await host.applySpec({ sheets: [sheet] });
    const snap = await host.read({ sheets: ['文字'] });
    expect(snap.sheets[0].values[0]).toEqual(['001', '1-1', '50%', '-', '=A1', 'TRUE', '３２']);
    expect(snap.sheets[0].formulas[0].every((f) => f === null)).toBe(true);
  });
});

describe('older Excel: features it lacks are left out with a message, never a crash', () => {
  test('ExcelApi 1.4: values and formulas written; validation, conditional formats, panes and print reported', async () => {
    const { fake, host } = setup({ apiVersion: '1.4' });
    const report = await host.applySpec(seedSpec);
    const said = report.degraded.map((d) => `${d.zh} ${d.en}`).join('\n');
    expect(said).toMatch(/数据验证[\s\S]*data validation/);
    expect(said).toMatch(/条件格式[\s\S]*conditional formats/);
    expect(said).toMatch(/冻结窗格/);
    expect(said).toMatch(/打印设置/);
    expect(said).toMatch(/ExcelApi 1\.8/);
    expect(fake.runs.every((r) => !r.mergeUndoGroup)).toBe(true);
    expect(differences(seedSpec, await host.read())).toEqual([]);
  });

  test('ExcelApi 1.17: marks are fills only, the note left out and said so', async () => {
    const { fake, host } = setup({ apiVersion: '1.17' });
    await host.applySpec(seedSpec);
    await host.markFindings([{ sheet: '1月', cell: 'F6', tier: 'error', message: '不是数字' }]);
    expect(fillOf(fake, '1月', 'F6')).toBe('#FFC7CE');
    expect(noteOf(fake, '1月', 'F6')).toBeNull();
    expect(host.lastMarkReport?.degraded.map((d) => `${d.zh} ${d.en}`).join()).toMatch(/批注[\s\S]*ExcelApi 1\.18/);
  });

  test('below ExcelApi 1.4 the add-in says it needs a newer Excel', async () => {
    const { host } = setup({ apiVersion: '1.3' });
    await expect(host.read()).rejects.toThrow(/ExcelApi 1\.4[\s\S]*too old/);
  });
});

describe('errors become plain words and are never swallowed', () => {
  test('a sheet protected with a password the add-in does not know', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    const s = sheetOf(fake, '1月');
    s.protection = { protected: true, options: {}, password: 'secret' };
    const { ExcelHost } = await import('../../../src/hosts/excel');
    const fresh = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    const err = await fresh.applySpec(seedSpec).catch((e) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect(err.text.zh).toMatch(/密码保护/);
    expect(err.text.en).toMatch(/password/);
    expect(err.cause).toBeInstanceOf(FakeOfficeError);
    // Calculation is not left manual after the failure.
    expect(fake.state.calculationMode).toBe('Automatic');
  });

  test('a bad sheet name in a spec is refused before anything is written', async () => {
    const { fake, host } = setup();
    await expect(host.applySpec({ sheets: [emptySheet('a/b')] })).rejects.toThrow(/不允许的字符[\s\S]*/);
    expect(fake.syncs.length).toBe(0);
  });

  test('going to a cell on a sheet that is not there', async () => {
    const { host } = setup();
    const err = await host.select('没有', 'A1').catch((e) => e);
    expect(err.text.zh).toMatch(/找不到/);
    expect(err.code).toBe('ItemNotFound');
  });
});

describe('the workbook changed since the host last looked', () => {
  test('a sheet deleted by the user: the write looks again and completes', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    await host.read();
    sheetOf(fake, '3月').deleted = true;
    await host.applySpec(seedSpec);
    expect(differences(seedSpec, await host.read())).toEqual([]);
  });

  test('a sheet the user added with a template name: the write looks again and replaces it', async () => {
    const { fake, host } = setup();
    await host.read();
    const user = newSheet(fake.state, '1月');
    fake.state.sheets.push(user);
    await host.applySpec(seedSpec);
    expect(differences(seedSpec, await host.read())).toEqual([]);
  });
});

describe('marks', () => {
  test('marking a protected sheet leaves it protected as it was', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    const before = { ...sheetOf(fake, '1月').protection };
    await host.markFindings([{ sheet: '1月', cell: 'G6', tier: 'verify', message: '累计与上月不符' }]);
    expect(sheetOf(fake, '1月').protection).toEqual(before);
    expect(fillOf(fake, '1月', 'G6')).toBe('#FFEB9C');
    expect(noteOf(fake, '1月', 'G6')).toBe('【核实性】累计与上月不符');
  });

  test('replacing the findings after a read: one look and one write, the old marks gone, the results sheet written', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    await host.markFindings([{ sheet: '1月', cell: 'F6', tier: 'error', message: '旧的' }]);
    await host.read();
    fake.resetStats();
    const results: WorkbookSpec = {
      sheets: [{ ...emptySheet('审核结果'), ranges: [{ ref: 'A1', rows: [[{ v: '审核结果' }]] }] }],
    };
    await host.replaceFindings([{ sheet: '2月', cell: 'F7', tier: 'note', message: '新的' }], results);
    expect(fake.syncs.length).toBe(2);
    expect(fillOf(fake, '1月', 'F6')).not.toBe('#FFC7CE');
    expect(noteOf(fake, '1月', 'F6')).toBeNull();
    expect(fillOf(fake, '2月', 'F7')).toBe('#DDEBF7');
    expect((await host.read({ sheets: ['审核结果'] })).sheets[0].values[0][0]).toBe('审核结果');
    expect(marksOf(fake)).toHaveLength(1);
    expect(sheetOf(fake, '_marks').visibility).toBe('VeryHidden');
  });

  test('marks survive on sheets not regenerated, and are forgotten on sheets that were', async () => {
    const { fake, host } = setup();
    await host.applySpec(seedSpec);
    await host.markFindings([
      { sheet: '1月', cell: 'F6', tier: 'error', message: 'a' },
      { sheet: '2月', cell: 'F6', tier: 'error', message: 'b' },
    ]);
    await host.applySpec({ sheets: seedSpec.sheets.filter((s) => s.name === '1月') });
    expect(marksOf(fake).map((m) => m.sheet)).toEqual(['2月']);
    await host.clearFindings();
    expect(fillOf(fake, '2月', 'F6')).toBe(fillOf(fake, '2月', 'F7'));
  });
});

test('a full year for 12 months of the seed plan reads back whole after marks are cleared', async () => {
  const { host } = setup();
  await host.applySpec(specOf(seedPlan(), YEAR));
  await host.markFindings([{ sheet: '12月', cell: 'F6', tier: 'error', message: 'x' }]);
  await host.clearFindings();
  expect(differences(seedSpec, await host.read())).toEqual([]);
});

describe('reading formula presence only', () => {
  test('every formula cell reads "=", every constant as itself, in one request far smaller than with the texts', async () => {
    const spec = specOf(syntheticPlan(200), [1, 2, 3]);
    const { fake, host } = setup();
    await host.applySpec(spec);
    const names = spec.sheets.map((s) => s.name);
    fake.resetStats();
    const full = await host.read({ sheets: names });
    const fullBytes = fake.syncs[0].responseBytes;
    fake.resetStats();
    const light = await host.read({ sheets: names, formulas: 'presence' });
    expect(fake.syncs.length).toBe(1);
    expect(fake.syncs[0].responseBytes).toBeLessThan(fullBytes / 2);
    expect(light.sheets.map((s) => s.values)).toEqual(full.sheets.map((s) => s.values));
    const shape = (snap: typeof full) => snap.sheets.map((s) => s.formulas.map((r) => r.map((f) => (f ? '=' : null))));
    expect(shape(light)).toEqual(shape(full));
    const marks = light.sheets
      .find((s) => s.name === '3月')!
      .formulas.flat()
      .filter((f) => f !== null);
    // Every formula the template wrote on 3月 (累计, 完成%, 差额, 状态 … per row) reads as "=".
    const written = spec.sheets
      .find((s) => s.name === '3月')!
      .ranges.flatMap((r) => r.rows.flat())
      .filter((c) => typeof c.f === 'string').length;
    expect(written).toBeGreaterThan(600);
    expect(marks.length).toBe(written);
    expect(new Set(marks)).toEqual(new Set(['=']));
  });

  test('a sheet name with a comma and a quote, and a sheet with no formulas', async () => {
    const spec: WorkbookSpec = { sheets: [emptySheet("a,b's"), emptySheet('空表')] };
    spec.sheets[0].ranges.push({ ref: 'B2', rows: [[{ v: 1 }, { v: 2, f: '=B2+1' }, { v: '=not a formula' }]] });
    spec.sheets[1].ranges.push({ ref: 'A1', rows: [[{ v: 'x' }]] });
    const { host } = setup();
    await host.applySpec(spec);
    const snap = await host.read({ formulas: 'presence' });
    const a = snap.sheets.find((s) => s.name === "a,b's")!;
    expect(a.formulas[1]).toEqual([null, null, '=', null]);
    expect(a.values[1]).toEqual([null, 1, null, '=not a formula']);
    expect(snap.sheets.find((s) => s.name === '空表')!.formulas).toEqual([[null]]);
  });

  test('before ExcelApi 1.9 the texts are read as before', async () => {
    const spec = specOf(seedPlan(), [1]);
    const { host } = setup({ apiVersion: '1.8' });
    await host.applySpec(spec);
    const snap = await host.read({ sheets: ['1月'], formulas: 'presence' });
    expect(snap.sheets[0].formulas.flat().some((f) => f !== null && f.length > 5)).toBe(true);
  });
});
