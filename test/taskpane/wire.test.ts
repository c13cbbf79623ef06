// The pane's services on the real Excel host over the strict fake of Excel: what a user's clicks do
// to a workbook, end to end, without a browser.
import { seedPlan } from '../../src/plan';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { createPaneServices } from '../../src/taskpane/services';
import { gridView, selectedCell, typeIntoCell } from '../../src/preview/gridModel';
import { recalc } from '../../src/preview/recalc';
import { buildWorkbookSpec } from '../../src/template';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import { ledgerLetter } from '../../src/template/ledgerColumns';

function setup() {
  let summaryMonth: number | null = null;
  const fake = new FakeExcel({ calculate: (state) => recalc(state, summaryMonth) });
  const services = createPaneServices(new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }));
  const type = (sheet: string, cell: string, raw: string) => {
    const r = typeIntoCell(fake.state, sheet, cell, raw);
    expect(r).toEqual({ ok: true });
    fake.calculateNow();
  };
  /** The row of a code on a sheet, found in the 代码 column as a user would. */
  const rowOf = (sheet: string, code: string) => {
    const view = gridView(fake.state, sheet)!;
    const line = view.cells.find((l) => l[1].text === code);
    if (!line) throw new Error(`${code} not on ${sheet}`);
    return line[1].row;
  };
  const text = (sheet: string, cell: string) => {
    const view = gridView(fake.state, sheet)!;
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return view.cells[Number(m[2]) - 1][m[1].charCodeAt(0) - 65].text;
  };
  return { fake, services, type, rowOf, text, setSummary: (m: number) => (summaryMonth = m) };
}

const Q1 = { year: 2023, months: [1, 2, 3], unit: null };

describe('pane services on the Excel host (fake Excel)', () => {
  it('previews, then generates January to March, and shows the latest month', async () => {
    const { services, fake } = setup();
    const plan = seedPlan();
    expect(await services.previewTemplates(plan, Q1)).toEqual({
      added: ['指标库', '1月', '2月', '3月'],
      updated: [],
      kept: ['Sheet1'],
    });
    const out = await services.generate(plan, Q1);
    expect(out.added).toEqual(['指标库', '1月', '2月', '3月']);
    expect(await services.months()).toEqual([1, 2, 3]);
    expect(selectedCell(fake.state)).toEqual({ sheet: '3月', cell: 'A1' });
    expect(await services.previewTemplates(plan, Q1)).toEqual({
      added: [],
      updated: ['指标库', '1月', '2月', '3月'],
      kept: ['Sheet1'],
    });
  });

  it('asks about a target changed under a filled month, and records the answer as a 年中调整', async () => {
    const { services, type, rowOf, text } = setup();
    const plan = seedPlan();
    await services.generate(plan, Q1);
    type('1月', `F${rowOf('1月', 'NY-04')}`, '200');
    const raised = {
      ...plan,
      indicators: plan.indicators.map((i) => (i.code === 'NY-04' ? { ...i, value: 1000 } : i)),
    };
    const asked = await services.targetQuestions(raised, Q1);
    expect(asked.map((q) => ('from' in q ? [q.code, q.from, q.to, q.filled] : q.code))).toEqual([
      ['NY-04', 800, 1000, [1]],
    ]);
    const out = await services.generate(raised, {
      ...Q1,
      decisions: [{ code: 'NY-04', as: 'adjustment', month: 2, reason: '年中调整' }],
    });
    expect(out.changes).toContainEqual({
      zh: '目标调整：NY-04 新造油茶林 800亩 → 1000亩（2月起，年中调整；此前各月仍按原目标）',
      en: 'target adjusted: NY-04 新造油茶林 800 → 1000 亩 (from month 2; earlier months keep the original)',
    });
    // January keeps the original target; February on shows the adjusted one; the figure stays.
    expect(text('1月', `E${rowOf('1月', 'NY-04')}`)).toBe('800以上');
    expect(text('2月', `E${rowOf('2月', 'NY-04')}`)).toBe('1,000以上');
    expect(text('1月', `F${rowOf('1月', 'NY-04')}`)).toBe('200');
    // The plan the pane keeps now records the adjustment: nothing more to ask.
    expect(out.plan?.indicators.find((i) => i.code === 'NY-04')).toMatchObject({
      value: 800,
      adjustment: { month: 2, value: 1000, max: null, reason: '年中调整' },
    });
    expect(await services.targetQuestions(out.plan!, Q1)).toEqual([]);
  });

  it('regenerates after 指标库 edits and lists each changed field, as the CLI does', async () => {
    const { services, type, rowOf, fake } = setup();
    await services.generate(seedPlan(), Q1);
    type('1月', `F${rowOf('1月', 'NY-04')}`, '200');
    // The statistician sets a deadline and report months on NY-04's row of 指标库, then regenerates.
    const ledger = gridView(fake.state, '指标库')!;
    const row = ledger.cells.find((l) => l[0].text === 'NY-04')![0].row;
    type('指标库', `${ledgerLetter('deadlineMonth')}${row}`, '10');
    type('指标库', `${ledgerLetter('reportMonths')}${row}`, '3,6,9,12');
    const read = await services.readPlan(null);
    // Until regenerated, the workbook says its sheets still follow the plan they were generated from.
    expect(read.problems.map((p) => p.message.zh)).toEqual([
      '“指标库”已与生成模板时不同（NY-04 新造油茶林 截止月份：无 → 10月；NY-04 新造油茶林 报送月份：每月 → 3、6、9、12月）；月报表的公式仍按生成时的计划计算，请重新生成模板',
    ]);
    // Both re-judge January, already filled: asked first. A deadline holds one value a year, so it
    // cannot be a 年中调整 from a month; only a correction is accepted.
    const asked = await services.targetQuestions(read.plan!, Q1);
    expect(asked.map((q) => ('changes' in q ? [q.code, q.filled, q.added, q.before] : q.code))).toEqual([
      ['NY-04', [1], false, null],
    ]);
    const adjusted = services.generate(read.plan!, {
      ...Q1,
      decisions: [{ scope: 'fields', code: 'NY-04', as: 'adjustment', month: 2, reason: null }],
    });
    await expect(adjusted).rejects.toMatchObject({
      details: [
        {
          zh: 'NY-04 新造油茶林 截止月份：无 → 10月：不能只从2月起生效（每项指标只记一个值），只能更正（各月都按新值计算；命令行加 --correct）或在计划中撤回',
        },
      ],
    });
    const out = await services.generate(read.plan!, {
      ...Q1,
      decisions: [{ scope: 'fields', code: 'NY-04', as: 'correction' }],
    });
    expect(out.changes).toEqual([
      {
        zh: '修改：NY-04 新造油茶林 截止月份：无 → 10月',
        en: 'changed: NY-04 新造油茶林 deadline month: none → month 10',
      },
      {
        zh: '修改：NY-04 新造油茶林 报送月份：每月 → 3、6、9、12月',
        en: 'changed: NY-04 新造油茶林 report months: every month → months 3, 6, 9, 12',
      },
      { zh: '保留填报数据：1项（按代码和月份）', en: 'figures carried: 1 (by code and month)' },
    ]);
    // Generated again from the same plan: nothing left to list.
    const again = await services.generate(out.plan!, Q1);
    expect(again.changes?.[0]).toEqual({ zh: '计划没有变化', en: 'nothing in the plan changed' });
  });

  it('carries last year’s figures from a picked workbook into the plan (下一年度)', async () => {
    const { services } = setup();
    const last = buildWorkbookSpec(seedPlan(), {
      months: [2],
      figures: { 'NY-04': { 1: { month: 120 }, 2: { month: 30 } } },
    });
    if (!last.ok) throw new Error('seed does not build');
    const bytes = await writeSpecToXlsx(last.spec);
    const next = { ...seedPlan(), year: 2024 };
    const r = await services.carryLastYear(next, { name: '2023.xlsx', bytes: bytes.slice().buffer }, false);
    expect(r.plan.indicators.find((i) => i.code === 'NY-04')?.lastYear?.slice(0, 3)).toEqual([120, 150, null]);
    expect(r.lines[0].zh).toMatch(/^上年同期数：按代码带入\d+项$/);
    await expect(
      services.carryLastYear(next, { name: 'notes.txt', bytes: new ArrayBuffer(3) }, false),
    ).rejects.toMatchObject({ text: { zh: 'notes.txt：不是 .xlsx 文件（.xls 或 WPS 文件请先另存为 .xlsx）' } });
  });

  it('leaves a month sheet that is not regenerated as it is, figures included', async () => {
    const { services, type, rowOf, text } = setup();
    await services.generate(seedPlan(), Q1);
    const r = rowOf('3月', 'NY-04');
    type('3月', `F${r}`, '100');
    const out = await services.generate(seedPlan(), { year: 2023, months: [1, 2], unit: null });
    expect(out.updated).toEqual(['指标库', '1月', '2月']);
    expect(text('3月', `F${r}`)).toBe('100');
  });

  it('says a row of another unit is set aside, not removed, when the templates are cut for one unit', async () => {
    const { services, type, rowOf, text } = setup();
    await services.generate(seedPlan(), { year: 2023, months: [1], unit: null });
    type('1月', `F${rowOf('1月', 'GY-03')}`, '1');
    const out = await services.generate(seedPlan(), { year: 2023, months: [1], unit: '镇农业农村办' });
    const r = rowOf('1月', 'GY-03');
    expect(text('1月', `F${r}`)).toBe('1');
    expect(out.notices).toContainEqual({
      zh: `1月：GY-03 不属于所选责任单位（镇农业农村办），原数据保留在表底（第${r}行）`,
      en: `1月: GY-03 is not a row of the chosen unit (镇农业农村办); its figures are kept at the bottom (row ${r})`,
    });
  });

  it('checks a month: the bad figure is an error finding at its cell, marked in the workbook', async () => {
    const { services, type, rowOf, fake } = setup();
    await services.generate(seedPlan(), Q1);
    const r = rowOf('3月', 'NY-04');
    type('3月', `F${r}`, '约300');
    const out = await services.check(3);
    expect(out.warnings).toEqual([]);
    const f = out.findings.find((x) => x.cell === `F${r}` && x.sheet === '3月');
    expect(f).toMatchObject({ code: 'NY-04', name: '新造油茶林', rule: 'format', tier: 'error' });
    expect(f!.message.zh).toContain('约300');
    expect(fake.state.sheets.map((s) => s.name)).toContain('审核结果');
    // Marked: the cell takes the error fill (pink) and a note saying why.
    const cell = gridView(fake.state, '3月')!.cells[r - 1][5];
    expect(cell.fill?.toUpperCase()).toBe('#FFC7CE');
    expect(cell.note).toContain('约300');
    await services.select('3月', `F${r}`);
    expect(selectedCell(fake.state)).toEqual({ sheet: '3月', cell: `F${r}` });
  });

  it('says plainly that a workbook without templates cannot be checked', async () => {
    const { services } = setup();
    await expect(services.check(1)).rejects.toMatchObject({
      text: {
        zh: expect.stringContaining('请先生成模板'),
        en: expect.stringContaining('generate the templates first'),
      },
    });
  });

  it('fills the 汇总 sheet for a month and returns the report text', async () => {
    const { services, type, rowOf, fake, setSummary } = setup();
    await services.generate(seedPlan(), Q1);
    type('1月', `F${rowOf('1月', 'NY-01')}`, '0.6');
    type('2月', `F${rowOf('2月', 'NY-01')}`, '0.8');
    type('3月', `F${rowOf('3月', 'NY-01')}`, '0.7');
    setSummary(3);
    const out = await services.fillSummary(3);
    expect(out.narrative).toMatch(/^截至3月底/);
    expect(out.narrative).toContain('粮食生产面积');
    expect(out.counts.reduce((n, c) => n + c.count, 0)).toBe(48);
    expect(selectedCell(fake.state)).toEqual({ sheet: '汇总', cell: 'A1' });
  });

  it('the 汇总 the preview recalculates counts a held figure 待核实, as the pane says (review3 W7)', async () => {
    const { services, type, rowOf, fake, setSummary } = setup();
    await services.generate(seedPlan(), Q1);
    // 1300 on a 万亩 row: the 数量级 check holds the row 待核实.
    type('1月', `F${rowOf('1月', 'NY-01')}`, '0.6');
    type('2月', `F${rowOf('2月', 'NY-01')}`, '0.8');
    type('3月', `F${rowOf('3月', 'NY-01')}`, '1300');
    // Two more held rows: a text figure in the same section, a rate typed with its % sign in another.
    type('3月', `F${rowOf('3月', 'NY-04')}`, '约300');
    type('3月', `F${rowOf('3月', 'GY-04a')}`, '6.8%');
    setSummary(3);
    const out = await services.fillSummary(3);
    expect(out.counts.find((c) => c.status === '待核实')?.count).toBe(3);
    // The preview recalculates the 汇总 after the write, as Excel would: its 合计 row agrees with the pane.
    const view = gridView(fake.state, '汇总')!;
    const header = view.cells.find((l) => l.some((c) => c.text === '待核实'))!;
    const total = view.cells.find((l) => l.some((c) => c.text === '合计'))!;
    const shown = (status: string) => total[header.findIndex((c) => c.text === status)].text;
    expect(shown('待核实')).toBe('3');
    for (const { status, count } of out.counts) expect([status, shown(status)]).toEqual([status, String(count)]);
  });

  it('reads the plan back from the workbook, and saves settings into the template', async () => {
    const { services } = setup();
    expect(await services.readPlan(null)).toEqual({ plan: null, problems: [] });
    await services.generate(seedPlan(), Q1);
    const read = await services.readPlan(null);
    expect(read.plan?.indicators).toHaveLength(48);
    expect(read.plan?.unitName).toBe('信丰县小江镇');
    const settings = { ...read.plan!.settings, scheduleDecimals: null, bands: { aheadPp: 10, behindPp: 0, redPp: 30 } };
    const saved = await services.saveSettings(read.plan!, settings);
    expect(saved.stored).toBe(true);
    expect((await services.readPlan(null)).plan?.settings).toEqual(settings);
  });

  it('drafts a plan from report text: candidates beside their sentences', async () => {
    const { services } = setup();
    const text =
      '2023年是全面贯彻党的二十大精神的开局之年。\n二、推进农业现代化\n确保粮食生产面积3.2万亩以上，新造油茶林800亩。';
    const found = await services.extract(text);
    expect(found.year).toBe(2023);
    const grain = found.candidates.find((c) => c.name.includes('粮食生产面积'));
    expect(grain).toMatchObject({ value: 3.2, unit: '万亩', comparator: '>=' });
    expect(grain!.sentence).toBe('确保粮食生产面积3.2万亩以上，新造油茶林800亩。');
    const plan = await services.candidatesToPlan(text, found.candidates, { year: 2023, unitName: '信丰县小江镇' });
    expect(plan.indicators.map((i) => i.name)).toEqual(found.candidates.map((c) => c.name));
    expect(plan.sections.find((s) => s.id === '2')?.title).toContain('推进农业现代化');
  });
});
