// Excel as Microsoft documents it (src/hosts/excel/BEHAVIOURS.md): for each behaviour the fake
// reproduces, the host copes and the user sees the right cells, statuses and messages.
import { setup, specOf, YEAR } from './helpers';
import { check, generate } from '../../../src/actions';
import { seedPlan } from '../../../src/plan';
import { ExcelHost, memoryStore } from '../../../src/hosts/excel';
import {
  cellOf,
  edgesOf,
  fillOf,
  marksOf,
  noteOf,
  sheetOf,
  shownFill,
  typeInto,
  userEdge,
  userFill,
  userNote,
  valueOf,
} from '../../../src/hosts/excel/fake/inspect';
import { typedEntries } from '../../../src/template/preserve';
import { key, type CfRule } from '../../../src/hosts/excel/fake/state';
import { TIER_BORDER, TIER_FILL } from '../../../src/check/marks';
import { parseAddr } from '../../../src/workbook/a1';

const plan = seedPlan();
const first = plan.indicators.find((i) => i.kind === 'cumulative')!;

/** The cell of a code's column on a month sheet, as the user sees the header. */
async function where(host: ExcelHost, sheet: string, code: string, header: string): Promise<string> {
  const s = (await host.read({ sheets: [sheet] })).sheets[0];
  const hr = s.values.findIndex((r) => r.includes('代码'));
  const col = s.values[hr].findIndex((v) => typeof v === 'string' && v.startsWith(header));
  const row = s.values.findIndex((r, i) => i > hr && r[s.values[hr].indexOf('代码')] === code);
  return `${String.fromCharCode(65 + col)}${row + 1}`;
}

describe('undo grouping (Learn: Undo capabilities in Excel add-ins)', () => {
  test('the fake refuses protect inside an undo group, everywhere', async () => {
    const { fake } = setup();
    const err = await fake
      .run({ mergeUndoGroup: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').protection.protect();
        await ctx.sync();
      })
      .catch((e) => e);
    expect(err.code).toBe('UndoNotSupported');
  });

  test('generate, check and marks on protected sheets run outside a group and succeed on Windows, Mac and the web', async () => {
    for (const platform of ['windows', 'mac', 'web'] as const) {
      const { fake, host } = setup({ platform });
      await generate(host, { plan, months: [1, 2, 3] });
      typeInto(fake, '3月', await where(host, '3月', first.code, '本月'), '约3千');
      const r = await check(host, { month: 3 });
      expect(r.findings.length).toBeGreaterThan(0);
      expect(fake.runs.filter((x) => x.mergeUndoGroup)).toEqual([]);
      expect(host.retries).toEqual([]);
      expect(sheetOf(fake, '3月').protection.protected).toBe(true);
    }
  });

  test('an UndoNotSupported answer all the same is retried once without the group, counted and reported', async () => {
    const { fake, host } = setup({ undoUnsupported: ['Range.values'] });
    await generate(host, { plan, months: [1] });
    const cell = await where(host, '1月', first.code, '本月');
    const before = fake.syncs.length;
    await host.writeCells([{ sheet: '1月', cell, value: 7 }]);
    expect(valueOf(fake, '1月', cell)).toBe(7);
    expect(fake.syncs.length - before).toBe(2); // the refused request, then the one that wrote
    expect(fake.runs.slice(-2).map((r) => r.mergeUndoGroup)).toEqual([true, false]);
    expect(host.retries).toEqual([{ action: 'apply', reason: 'UndoNotSupported' }]);
  });
});

describe('formula presence on protected sheets (special cells undocumented there)', () => {
  for (const answer of ['null', 'throws'] as const) {
    test(`special cells ${answer === 'null' ? 'answering none' : 'failing'}: a typed-over 累计 is found, no formula is frozen`, async () => {
      const { fake, host } = setup({ specialCellsOnProtected: answer });
      await generate(host, { plan, months: [1, 2] });
      const cum = await where(host, '2月', first.code, '累计');
      // The user unprotects the sheet, types over 累计 and protects it again.
      const p = sheetOf(fake, '2月').protection;
      p.protected = false;
      typeInto(fake, '2月', cum, 999);
      p.protected = true;
      const snap = await host.read({ sheets: ['1月', '2月', '_meta', '指标库'], formulas: 'presence' });
      const typed = typedEntries(snap).filter((e) => e.typedCumulative !== undefined);
      expect(typed.map((e) => [e.code, e.month, e.typedCumulative])).toEqual([[first.code, 2, 999]]);
      // Regenerating keeps that figure and every other 累计 stays a formula.
      await generate(host, { plan, months: [1, 2] });
      expect(valueOf(fake, '2月', cum)).toBe(999);
      const other = await where(host, '1月', first.code, '累计');
      expect(cellOf(fake, '1月', other)?.formula).toMatch(/^=/);
      expect(host.retries.length).toBeGreaterThan(0);
      if (answer === 'throws') expect(host.learned.load().specialCellsOnProtected).toBe(false);
    });
  }

  test('what the self-test learnt is used: formula texts straight away, no refused request', async () => {
    const { fake } = setup({ specialCellsOnProtected: 'throws' });
    const host = new ExcelHost(
      { run: fake.run, isSetSupported: fake.isSetSupported },
      { learned: memoryStore({ specialCellsOnProtected: false }) },
    );
    await generate(host, { plan, months: [1] });
    await host.read({ sheets: ['1月'], formulas: 'presence' });
    expect(host.retries).toEqual([]);
  });
});

describe('user text goes through the template text path', () => {
  test('collect writes "-", "3/4" and "=x" as the text typed, and the batch does not fail', async () => {
    const { fake, host } = setup();
    await generate(host, { plan, months: [1] });
    const cell = await where(host, '1月', first.code, '本月');
    await host.writeCells([{ sheet: '1月', cell, value: '-' }]);
    expect(valueOf(fake, '1月', cell)).toBe('-');
    await host.writeCells([{ sheet: '1月', cell, value: '3/4' }]);
    expect(valueOf(fake, '1月', cell)).toBe('3/4');
    await host.writeCells([{ sheet: '1月', cell, value: '=x' }]);
    expect(valueOf(fake, '1月', cell)).toBe('=x');
    expect(cellOf(fake, '1月', cell)?.formula ?? null).toBeNull();
  });
});

describe('the very hidden _meta sheet, tab order and hidden columns', () => {
  test('regenerate leaves _meta alone (no unfreeze, no tab colour: office-js 1463)', async () => {
    const { fake, host } = setup(); // the fake refuses unfreeze and tabColor on hidden sheets
    await generate(host, { plan, months: [1] });
    await generate(host, { plan, months: [1] });
    expect(sheetOf(fake, '_meta').visibility).toBe('VeryHidden');
    expect(fake.problems).toEqual([]);
  });

  test('a sheet the user moved stays where it is after a check and a regenerate', async () => {
    const { fake, host } = setup();
    await generate(host, { plan, months: [1, 2] });
    await check(host, { month: 2 });
    // The add-in's very hidden bookkeeping (_marks) comes and goes; every other sheet stays in place.
    const order = () => fake.state.sheets.filter((s) => !s.deleted && s.name !== '_marks').map((s) => s.name);
    // The user drags 审核结果 to the end.
    const res = fake.state.sheets.find((s) => s.name === '审核结果')!;
    fake.state.sheets = [...fake.state.sheets.filter((s) => s !== res), res];
    const placed = order();
    await check(host, { month: 2 });
    await generate(host, { plan, months: [1, 2] });
    expect(order()).toEqual(placed);
  });

  test('the 板块 column is hidden by the Excel writer as by the xlsx writer', async () => {
    const { fake, host } = setup();
    const spec = specOf(plan, [1]);
    await host.applySpec(spec);
    const month = spec.sheets.find((s) => s.name === '1月')!;
    expect(month.hiddenColumns?.length).toBeGreaterThan(0);
    expect([...(sheetOf(fake, '1月').hiddenColumns ?? [])]).toEqual(month.hiddenColumns);
  });
});

describe('calculation mode and protection answers', () => {
  test('AutomaticExceptTables is kept (it reads back as Automatic: office-js 2770), even for a large write', async () => {
    const { fake, host } = setup({}, { requestBudget: 200_000 });
    fake.state.calculationMode = 'AutomaticExceptTables';
    await host.applySpec(specOf(plan, [1, 2, 3]));
    expect(fake.syncs.length).toBeGreaterThan(2);
    expect(fake.state.calculationMode).toBe('AutomaticExceptTables');
  });

  test('a user in Manual calculation stays in Manual', async () => {
    const { fake, host } = setup({}, { requestBudget: 200_000 });
    fake.state.calculationMode = 'Manual';
    await host.applySpec(specOf(plan, [1, 2, 3]));
    expect(fake.state.calculationMode).toBe('Manual');
  });

  for (const passwordError of ['InvalidArgument', 'BadPassword'] as const) {
    test(`a password the add-in does not know (${passwordError}) is said plainly`, async () => {
      const { fake, host } = setup({ passwordError });
      await host.applySpec(specOf(plan, [1]));
      sheetOf(fake, '1月').protection = { protected: true, options: {}, password: 'secret' };
      const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
      const err = await cold.applySpec(specOf(plan, [1])).catch((e) => e);
      expect(err.text.zh).toMatch(/密码保护/);
      expect(err.text.en).toMatch(/password/);
    });
  }

  test('an Excel where unprotect fails on an unprotected sheet (office-js 6784): never asked to', async () => {
    const { fake, host } = setup({ unprotectUnprotectedThrows: true });
    await generate(host, { plan, months: [1] });
    sheetOf(fake, '1月').protection = { protected: false, options: {}, password: null };
    const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    await generate(cold, { plan, months: [1] });
    await check(cold, { month: 1 });
    expect(sheetOf(fake, '1月').protection.protected).toBe(true);
  });

  test('fit-to-page ignored unless the Page Layout tab was opened (office-js 1860): the user is told what to do', async () => {
    const { fake, host } = setup({ fitToPagesIgnored: true });
    const r = await generate(host, { plan, months: [1, 2] });
    expect(sheetOf(fake, '1月').pageLayout.zoom).toEqual({ scale: 100 });
    const said = r.report.degraded.filter((m) => /1 页宽/.test(m.zh));
    expect(said).toHaveLength(1);
    expect(said[0].zh).toMatch(/1月、2月/);
    expect(said[0].zh).toMatch(/页面布局/);
    expect(said[0].en).toMatch(/Page Layout tab/);
  });

  test('fit-to-page taken: no such message', async () => {
    const { fake, host } = setup();
    const r = await generate(host, { plan, months: [1] });
    expect(sheetOf(fake, '1月').pageLayout.zoom).toMatchObject({ horizontalFitToPages: 1 });
    expect(r.report.degraded.filter((m) => /1 页宽/.test(m.zh))).toEqual([]);
  });

  test('the user switched workbooks mid-action: a message, not a stack', async () => {
    const { fake, host } = setup();
    fake.failNextSync = { code: 'InactiveWorkbook', message: 'The workbook is not active.' };
    const err = await host.read({ sheets: ['Sheet1'] }).catch((e) => e);
    expect(err.text.zh).toMatch(/切换了工作簿/);
  });

  test('a note on a cell with a threaded comment: a message naming what to do', async () => {
    const { fake, host } = setup();
    await generate(host, { plan, months: [1] });
    const cell = await where(host, '1月', first.code, '本月');
    const { row, col } = parseAddr(cell);
    (sheetOf(fake, '1月').threaded ??= new Set()).add(key(row, col));
    const err = await host.markFindings([{ sheet: '1月', cell, tier: 'error', message: 'x' }]).catch((e) => e);
    expect(err.text.zh).toMatch(/线程式批注/);
    expect(err.text.en).toMatch(/threaded/);
  });
});

describe('one mark store (the very hidden _marks sheet), not workbook settings', () => {
  test('marks are recorded in _marks with what they covered; clearing puts it back and removes the sheet', async () => {
    const { fake, host } = setup();
    await generate(host, { plan, months: [1] });
    const cell = await where(host, '1月', first.code, '本月');
    userFill(fake, '1月', cell, '#FFFF00');
    await host.markFindings([{ sheet: '1月', cell, tier: 'error', message: '不是数字' }]);
    expect(fake.state.settings.size).toBe(0);
    expect(marksOf(fake)).toEqual([
      expect.objectContaining({ sheet: '1月', cell, tier: 'error', note: '【强制性】不是数字', noted: true }),
    ]);
    expect(sheetOf(fake, '_marks').visibility).toBe('VeryHidden');
    await host.clearFindings();
    expect(fillOf(fake, '1月', cell)).toBe('#FFFF00');
    expect(noteOf(fake, '1月', cell)).toBeNull();
    expect(fake.state.sheets.some((s) => !s.deleted && s.name === '_marks')).toBe(false);
  });
});

describe('marks where a conditional format also matches (its format takes precedence over the fill)', () => {
  test('a figure far over its target: the orange rule hides the mark fill, the note still shows the finding, clearing puts back what was there', async () => {
    const { fake, host } = setup();
    await generate(host, { plan, months: [1] });
    const cell = await where(host, '1月', first.code, '本月');
    userNote(fake, '1月', cell, '用户自己的注释');
    typeInto(fake, '1月', cell, 99999999);
    const overTarget = (r: CfRule) => /\*\$E\d+\)$/.test(r.formula ?? ''); // the over-target rule holds
    const before = { fill: fillOf(fake, '1月', cell), shown: shownFill(fake, '1月', cell, overTarget) };
    const r = await check(host, { month: 1 });
    const here = r.marks.filter((m) => m.sheet === '1月' && m.cell === cell);
    expect(here.length).toBeGreaterThan(0);
    // The model: the rule's fill is what the user sees, not the mark's fill...
    expect(fillOf(fake, '1月', cell)).toBe(TIER_FILL[here[0].tier]);
    expect(shownFill(fake, '1月', cell, overTarget)).toBe(before.shown);
    expect(shownFill(fake, '1月', cell, () => false)).toBe(TIER_FILL[here[0].tier]);
    // ...so the mark that shows is the note (its red corner shows whatever the formats).
    expect(noteOf(fake, '1月', cell)).toContain(here[0].message);
    await host.clearFindings();
    expect(fillOf(fake, '1月', cell)).toBe(before.fill);
    expect(noteOf(fake, '1月', cell)).toBe('用户自己的注释');
  });
});

describe("marks below ExcelApi 1.18, where Excel has no notes (Microsoft Support: a rule's format wins over the cell's own)", () => {
  const overTarget = (r: CfRule) => /\*\$E\d+\)$/.test(r.formula ?? ''); // the over-target rule holds

  async function overTargetChecked() {
    const { fake, host } = setup({ apiVersion: '1.17' });
    await generate(host, { plan, months: [1] });
    const cell = await where(host, '1月', first.code, '本月');
    const before = { fill: fillOf(fake, '1月', cell), edges: edgesOf(fake, '1月', cell) };
    typeInto(fake, '1月', cell, 99999999);
    const r = await check(host, { month: 1 });
    const tier = marksOf(fake).find((m) => m.sheet === '1月' && m.cell === cell)?.tier;
    return { fake, host, cell, before, r, tier };
  }

  test("a figure far over its target: the orange rule hides the mark fill and there is no note, so the mark is outlined in its tier's colour", async () => {
    const { fake, cell, before, r, tier } = await overTargetChecked();
    expect(r.marks.some((m) => m.sheet === '1月' && m.cell === cell)).toBe(true);
    expect(noteOf(fake, '1月', cell)).toBeNull();
    // What the user sees: the rule's fill, not the mark's...
    expect(fillOf(fake, '1月', cell)).toBe(TIER_FILL[tier!]);
    expect(shownFill(fake, '1月', cell, overTarget)).not.toBe(TIER_FILL[tier!]);
    // ...and the outline, which no rule of the template sets.
    const line = `Continuous Medium ${TIER_BORDER[tier!]}`;
    expect(edgesOf(fake, '1月', cell)).toEqual({ top: line, bottom: line, left: line, right: line });
    expect(before.edges.top).not.toBe(line);
  });

  test("clearing puts back the template's borders, and keeps an edge the user changed", async () => {
    const { fake, host, cell, before, tier } = await overTargetChecked();
    expect(edgesOf(fake, '1月', cell).top).toBe(`Continuous Medium ${TIER_BORDER[tier!]}`);
    const double = { style: 'Double', weight: 'Thick', color: '#0000FF' };
    userEdge(fake, '1月', cell, 'bottom', double);
    await host.clearFindings();
    expect(fillOf(fake, '1月', cell)).toBe(before.fill);
    expect(edgesOf(fake, '1月', cell)).toEqual({ ...before.edges, bottom: 'Double Thick #0000FF' });
  });

  test('checked again with the figure put right: its outline goes, every other edge is as generated', async () => {
    const { fake, host, cell, before } = await overTargetChecked();
    const first = new Set(marksOf(fake).map((m) => `${m.sheet}!${m.cell}`));
    typeInto(fake, '1月', cell, 1);
    await check(host, { month: 1 });
    const left = marksOf(fake);
    expect(left.some((m) => m.cell === cell)).toBe(false);
    expect(first.has(`1月!${cell}`)).toBe(true);
    expect(edgesOf(fake, '1月', cell)).toEqual(before.edges);
    expect(fillOf(fake, '1月', cell)).toBe(before.fill);
    // Every mark left is outlined in its own tier's colour.
    for (const m of left) expect(edgesOf(fake, m.sheet, m.cell).top).toBe(`Continuous Medium ${TIER_BORDER[m.tier]}`);
  });
});

describe('a pane with nothing stored (first use on this computer)', () => {
  async function generatedElsewhere(fakeOptions = {}) {
    const { fake, host } = setup(fakeOptions);
    await generate(host, { plan, months: YEAR });
    typeInto(fake, '3月', await where(host, '3月', first.code, '本月'), '约3千');
    userNote(fake, '2月', await where(host, '2月', first.code, '本月'), '用户自己的注释');
    const fresh = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    fake.resetStats();
    return { fake, fresh };
  }

  test("the first check of a workbook (no marks yet) costs two requests: the first also looks at the mark sheets' mark columns", async () => {
    // With notes (1.20) and without (1.17: fills and borders looked at, marks outlined).
    for (const apiVersion of ['1.20', '1.17']) {
      const { fake, fresh } = await generatedElsewhere({ apiVersion });
      const r = await check(fresh, { month: 3 });
      expect(r.marks.length).toBeGreaterThan(0);
      expect(fake.syncs.length).toBe(2);
      expect(fresh.retries).toEqual([]);
      for (const m of r.marks)
        if (apiVersion === '1.20') expect(noteOf(fake, m.sheet, m.cell)).toContain(m.message);
        else expect(edgesOf(fake, m.sheet, m.cell).top).toBe(`Continuous Medium ${TIER_BORDER[m.tier]}`);
      // Cleared again, each cell is as it was: the user's note elsewhere is untouched.
      await fresh.clearFindings();
      expect(marksOf(fake)).toEqual([]);
      expect(noteOf(fake, '2月', await where(fresh, '2月', first.code, '本月'))).toBe('用户自己的注释');
      for (const m of r.marks) expect(fillOf(fake, m.sheet, m.cell)).not.toBe(TIER_FILL[m.tier]);
    }
  });

  test("a user note on the checked sheet: its cells' notes are not known, so marking looks first (three requests) and keeps the note", async () => {
    const { fake, fresh } = await generatedElsewhere();
    const cell = await where(fresh, '3月', first.code, '本月');
    userNote(fake, '3月', cell, '用户自己的注释');
    fake.resetStats();
    const r = await check(fresh, { month: 3 });
    expect(fake.syncs.length).toBe(3);
    const here = r.marks.filter((m) => m.sheet === '3月' && m.cell === cell);
    expect(here.length).toBeGreaterThan(0);
    await fresh.clearFindings();
    expect(noteOf(fake, '3月', cell)).toBe('用户自己的注释');
  });

  test('the first look refused (its sheet is not there: a method on a null object, undocumented): the request goes again without it, reported', async () => {
    const { fake, fresh } = await generatedElsewhere();
    const snap = await fresh.read({ sheets: ['3月', '没有这张表'], markSheets: ['没有这张表'], markColumns: ['F'] });
    expect(snap.sheets.map((s) => s.name)).toEqual(['3月']);
    expect(fake.syncs.length).toBe(2);
    expect(fresh.retries.map((x) => x.reason)).toEqual(['the first look of a pane with nothing stored was refused']);
  });
});

describe('a pane opened again (its local storage kept where the marks went)', () => {
  async function checkedTwice() {
    const storage = memoryStore();
    const { fake, host } = setup({}, { learned: storage });
    await generate(host, { plan, months: YEAR });
    typeInto(fake, '3月', await where(host, '3月', first.code, '本月'), '约3千');
    await check(host, { month: 3 });
    await check(host, { month: 12 }); // marks on every month
    return { fake, storage };
  }

  test('a check costs two requests, and the marks are the same as a warm pane makes', async () => {
    const { fake, storage } = await checkedTwice();
    const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }, { learned: storage });
    fake.resetStats();
    const r = await check(cold, { month: 3 });
    expect(fake.syncs.length).toBe(2);
    expect(cold.retries).toEqual([]);
    // Exactly this check's marks remain, each with its note; marks of the December check are gone.
    const keys = (ms: Array<{ sheet: string; cell: string }>) =>
      [...new Set(ms.map((m) => `${m.sheet}!${m.cell}`))].sort();
    expect(keys(marksOf(fake))).toEqual(keys(r.marks));
    for (const m of r.marks) expect(noteOf(fake, m.sheet, m.cell)).toContain(m.message);
  });

  test('marks changed elsewhere since (another computer, the command line): the stored places are not used', async () => {
    const { fake, storage } = await checkedTwice();
    const other = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
    await other.clearFindings();
    const cell = await where(other, '2月', first.code, '本月');
    userNote(fake, '2月', cell, '用户自己的注释');
    const cold = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }, { learned: storage });
    const r = await check(cold, { month: 3 });
    const keys = (ms: Array<{ sheet: string; cell: string }>) =>
      [...new Set(ms.map((m) => `${m.sheet}!${m.cell}`))].sort();
    expect(keys(marksOf(fake))).toEqual(keys(r.marks));
    if (!r.marks.some((m) => m.sheet === '2月' && m.cell === cell))
      expect(noteOf(fake, '2月', cell)).toBe('用户自己的注释');
    await cold.clearFindings();
    expect(noteOf(fake, '2月', cell)).toBe('用户自己的注释');
  });
});
