// 指标库: every Indicator field survives plan -> table cells -> plan, and bad cells are named.
import fc from 'fast-check';
import { DEFAULT_SETTINGS, parsePlan, seedPlan, type Indicator, type Plan } from '../../src/plan';
import { buildLedgerSheet, ledgerToPlan, planToLedger, LEDGER_COLUMNS } from '../../src/template';
import type { CellValue } from '../../src/workbook/spec';
import { ind, planOf } from '../support/plans';
import { kindsPlan } from './fixtures';

const baseOf = (p: Plan) => ({
  year: p.year,
  unitName: p.unitName,
  title: p.title,
  sections: p.sections,
  settings: p.settings,
});
const col = (header: string) => LEDGER_COLUMNS.findIndex((c) => c.header === header);

describe('round trip', () => {
  test('the seed plan', () => {
    const p = seedPlan();
    const r = ledgerToPlan(planToLedger(p), baseOf(p));
    expect(r.findings).toEqual([]);
    expect(r.plan).toEqual(p);
  });

  test('every field set: schedule, last year with gaps, bands, thresholds, parent, lead, note', () => {
    const p = planOf([
      ind({
        code: 'A',
        kind: 'cumulative',
        unit: '万亩',
        value: 3.2,
        baseline: 3.1,
        lead: '张三',
        responsible: '农业办',
      }),
      ind({
        code: 'A.1',
        kind: 'cumulative',
        value: 1.5,
        parent: 'A',
        schedule: [0, 0, 0.1, 0.45, 0.5, 0.55, 0.8, 0.95, 1, 1, 1, 1],
        lastYear: [0.1, null, 0.4, null, null, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5],
        bands: { aheadPp: 8, redPp: 20 },
        thresholds: { momChange: 2, scaleFactor: 100 },
        note: '=不是公式，备注以等号开头',
      }),
      ind({
        code: 'R',
        kind: 'rate',
        unit: '%',
        value: 2,
        direction: 'decrease',
        comparator: 'approx',
        tolerance: 0.05,
      }),
      ind({ code: 'M', kind: 'milestone', unit: '', deadlineMonth: 6, recurring: true }),
    ]);
    const grid = planToLedger(p);
    expect(grid[2][col('序时计划')]).toBe('0,0,0.1,0.45,0.5,0.55,0.8,0.95,1,1,1,1');
    expect(grid[2][col('上年同期累计')]).toBe('0.1,,0.4,,,0.9,1,1.1,1.2,1.3,1.4,1.5');
    expect(grid[3][col('类型')]).toBe('增速');
    expect(grid[3][col('比较')]).toBe('左右');
    expect(grid[3][col('方向')]).toBe('下降');
    expect(grid[4][col('每月任务')]).toBe('是');
    const r = ledgerToPlan(grid, baseOf(p));
    expect(r.findings).toEqual([]);
    expect(r.plan).toEqual(p);
  });

  test('random plans survive (property)', () => {
    const num = fc
      .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
      .filter((x) => !Object.is(x, -0));
    const indArb = fc.record({
      kind: fc.constantFrom<Indicator['kind']>('cumulative', 'level', 'rate', 'milestone'),
      comparator: fc.constantFrom<Indicator['comparator']>('>=', '<=', 'between', 'approx'),
      value: num,
      span: fc.double({ min: 0, max: 100, noNaN: true }),
      tolerance: fc.double({ min: 0, max: 1, noNaN: true }),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== ''),
      responsible: fc.option(fc.constantFrom('农业办', '招商办', '镇党政办'), { nil: null }),
      deadlineMonth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      recurring: fc.boolean(),
      lastYear: fc.option(fc.array(fc.option(num, { nil: null }), { minLength: 12, maxLength: 12 }), { nil: null }),
      aheadPp: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: undefined }),
      note: fc.option(
        fc.string({ maxLength: 40 }).filter((s) => s !== ''),
        { nil: null },
      ),
    });
    fc.assert(
      fc.property(fc.array(indArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const p = planOf(
          rows.map((x, i) =>
            ind({
              code: `K${i}`,
              kind: x.kind,
              name: x.name,
              comparator: x.comparator,
              value: x.kind === 'milestone' ? null : x.value,
              max: x.comparator === 'between' ? x.value + x.span : null,
              tolerance: x.comparator === 'approx' ? x.tolerance : null,
              direction: x.kind === 'rate' ? 'increase' : null,
              responsible: x.responsible,
              deadlineMonth: x.deadlineMonth,
              recurring: x.recurring,
              lastYear: x.lastYear,
              bands: x.aheadPp === undefined ? null : { aheadPp: x.aheadPp },
              note: x.note,
            }),
          ),
        );
        const valid = parsePlan(p);
        if (!valid.ok) return;
        const r = ledgerToPlan(planToLedger(valid.plan), baseOf(valid.plan));
        expect(r.findings).toEqual([]);
        expect(r.plan).toEqual(valid.plan);
      }),
      { numRuns: 150 },
    );
  });
});

describe('what a user types into 指标库', () => {
  const p = kindsPlan();
  const grid = () => planToLedger(p).map((r) => [...r]);

  test('English words, text numbers, a tolerance typed as 10% and a blank 每月任务 are read', () => {
    const g = grid();
    const r = g.findIndex((row) => row[0] === 'R-AP');
    g[r][col('类型')] = 'rate';
    g[r][col('比较')] = '≥';
    g[r][col('目标值')] = ' 7.5 ';
    g[r][col('比较')] = 'approx';
    g[r][col('容差')] = '10%';
    g[r][col('每月任务')] = null;
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings).toEqual([]);
    expect(res.plan?.indicators.find((i) => i.code === 'R-AP')).toMatchObject({
      kind: 'rate',
      comparator: 'approx',
      value: 7.5,
      tolerance: 0.1,
      recurring: false,
    });
  });

  test('a new row with a new section gets a section; the section title edited in the table is kept', () => {
    const g = grid();
    const row: CellValue[] = LEDGER_COLUMNS.map(() => null);
    row[col('代码')] = 'NEW-1';
    row[col('板块')] = '9';
    row[col('板块名称')] = '新增板块';
    row[col('指标名称')] = '新指标';
    row[col('类型')] = '累计';
    row[col('目标值')] = 5;
    g.push(row);
    g[1][col('板块名称')] = '工业农业（改）';
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings).toEqual([]);
    expect(res.plan?.sections).toEqual([
      { id: '1', title: '工业农业（改）' },
      { id: '2', title: '存量与增速' },
      { id: '3', title: '节点任务' },
      { id: '9', title: '新增板块' },
    ]);
    expect(res.plan?.indicators.at(-1)).toMatchObject({ code: 'NEW-1', comparator: '>=', value: 5, unit: '' });
  });

  test('bad cells: each a finding with its address, the row left out, the rest read', () => {
    const g = grid();
    const at = (code: string) => g.findIndex((row) => row[0] === code);
    g[at('C-BT')][col('目标值')] = '约2个';
    g[at('C-AP')][col('序时计划')] = '0.1,0.2';
    g[at('L-GE')][col('代码')] = 'C-GE'; // duplicate
    g[at('R-UP')][col('指标名称')] = '';
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings.map((f) => [f.cell, f.message.zh])).toEqual([
      ['H4', '指标库!H4：“约2个”不是数字'],
      ['V5', '指标库!V5：应为12个数字，现有2个'],
      ['A10', '指标库!A10（代码）：“C-GE”与第1项指标的代码重复（每项指标的代码须唯一）'],
      ['D12', '指标库!D12：指标名称为空'],
    ]);
    expect(res.plan?.indicators.map((i) => i.code)).toEqual(
      p.indicators.map((i) => i.code).filter((c) => !['C-BT', 'C-AP', 'L-GE', 'R-UP'].includes(c)),
    );
  });

  test("hand edits (review3 W15): the pane's own words, full-width digits, the row's unit, percent thresholds", () => {
    const g = grid();
    const at = (code: string) => g.findIndex((row) => row[0] === code);
    g[at('C-AP')][col('比较')] = '不少于';
    g[at('C-AP')][col('目标值')] = '3000亩';
    g[at('C-LE')][col('比较')] = '不超过';
    g[at('C-LE')][col('目标值')] = '４';
    g[at('C-GE')][col('目标值')] = '3.2万亩';
    g[at('L-GE')][col('环比阈值')] = '500%';
    g[at('M-6')][col('截止月份')] = '6月';
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings).toEqual([]);
    const byCode = (c: string) => res.plan?.indicators.find((i) => i.code === c);
    expect(byCode('C-AP')).toMatchObject({ comparator: '>=', value: 3000 });
    expect(byCode('C-LE')).toMatchObject({ comparator: '<=', value: 4 });
    expect(byCode('C-GE')).toMatchObject({ value: 3.2 });
    expect(byCode('L-GE')?.thresholds).toEqual({ momChange: 5 });
    expect(byCode('M-6')?.deadlineMonth).toBe(6);
    expect(res.notes.map((f) => f.message.zh)).toEqual([
      '指标库!H2：“3.2万亩”写了单位，按 3.2 读取',
      '指标库!H5：“3000亩”写了单位，按 3000 读取',
      '指标库!H6：“４”含全角字符，按 4 读取',
    ]);
  });

  test('报送月份 and 序时计划 in the forms the tool itself prints (review4 X15): 2-12, 按季度, 55%', () => {
    const g = grid();
    const at = (code: string) => g.findIndex((row) => row[0] === code);
    g[at('C-AP')][col('报送月份')] = '2-12';
    g[at('C-LE')][col('报送月份')] = '按季度';
    g[at('C-GE')][col('报送月份')] = '1-2月、4-6月';
    g[at('L-GE')][col('报送月份')] = '３，６，９，１２';
    g[at('C-AP')][col('序时计划')] = '0,0,0,0,0,55%,55%,55%,75%,100%,100%,100%';
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings).toEqual([]);
    const byCode = (c: string) => res.plan?.indicators.find((i) => i.code === c);
    expect(byCode('C-AP')?.reportMonths).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(byCode('C-LE')?.reportMonths).toEqual([3, 6, 9, 12]);
    expect(byCode('C-GE')?.reportMonths).toEqual([1, 2, 4, 5, 6]);
    expect(byCode('L-GE')?.reportMonths).toEqual([3, 6, 9, 12]);
    expect(byCode('C-AP')?.schedule).toEqual([0, 0, 0, 0, 0, 0.55, 0.55, 0.55, 0.75, 1, 1, 1]);
    g[at('C-LE')][col('报送月份')] = '每两月';
    g[at('C-GE')][col('报送月份')] = '13';
    const bad = ledgerToPlan(g, baseOf(p));
    expect(bad.findings.map((f) => f.message.zh)).toEqual([
      '指标库!AG2：报送月份应为1-12的月份，如 3,6,9,12、2-12 或 按季度；每月报送留空',
      '指标库!U3（上级代码）：“C-GE”不存在',
      '指标库!AG6：报送月份应为1-12的月份，如 3,6,9,12、2-12 或 按季度；每月报送留空',
    ]);
  });

  test('hand edits whose size would be guessed are refused with the number to type, naming the cell', () => {
    const g = grid();
    const at = (code: string) => g.findIndex((row) => row[0] === code);
    g[at('C-AP')][col('目标值')] = '0.3万'; // a 亩 row
    g[at('C-GE')][col('目标值')] = '32000亩'; // a 万亩 row
    g[at('C-BAND')][col('超目标倍数')] = '300%';
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings.map((f) => f.message.zh)).toEqual([
      '指标库!H2：“32000亩”写了单位（本行单位为万亩），建议改为 3.2',
      '指标库!U3（上级代码）：“C-GE”不存在',
      '指标库!H5：“0.3万”带有“万”“亿”等数量级（本行单位为亩），建议改为 3000',
      '指标库!AC9：“300%”不是数字（应填倍数，如超过目标3倍填 3）',
    ]);
  });

  test('a sub-row whose whole was left out is left out too, with its own finding', () => {
    const g = grid();
    g[g.findIndex((row) => row[0] === 'C-GE')][col('类型')] = '其他';
    const res = ledgerToPlan(g, baseOf(p));
    expect(res.findings.map((f) => f.message.zh)).toEqual([
      '指标库!E2：“其他”应为累计、存量、增速、节点、底线之一',
      '指标库!U3（上级代码）：“C-GE”不存在',
    ]);
  });

  test('no header row: no plan, one clear finding', () => {
    const res = ledgerToPlan([['随便'], [1, 2]], baseOf(p));
    expect(res.plan).toBeNull();
    expect(res.findings[0].message.zh).toBe('“指标库”表找不到标题行（需要“代码”和“指标名称”列）');
  });
});

describe('the 指标库 sheet', () => {
  test('an Excel table over the plan, with list validations in Chinese', () => {
    const sheet = buildLedgerSheet(seedPlan());
    expect(sheet.tables).toEqual([{ name: 'PlanTable', ref: 'A1:AG49', style: 'TableStyleMedium2' }]);
    expect(sheet.ranges[0].rows[0].map((c) => c.v).slice(0, 5)).toEqual([
      '代码',
      '板块',
      '板块名称',
      '指标名称',
      '类型',
    ]);
    const kinds = sheet.validations.find((v) => v.ref.startsWith('E2:'));
    expect(kinds).toMatchObject({ type: 'list', list: ['累计', '存量', '增速', '节点', '底线'], alert: 'stop' });
    expect(sheet.protection).toBeNull();
    // Printed for a meeting (review3 W39): the plan's columns 代码…截止月份, two pages wide with the header
    // and 代码…指标名称 on each; the settings columns (每月任务, 序时计划, thresholds…) stay off paper.
    expect(sheet.print).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 2,
      fitToHeight: 0,
      titleRows: '1:1',
      titleColumns: 'A:D',
      area: 'A1:S49',
    });
    const headers = sheet.ranges[0].rows[0].map((c) => c.v);
    expect(headers[18]).toBe('截止月份');
    expect(headers.slice(19)).toEqual(expect.arrayContaining(['序时计划', '超进度线', '量级倍数', '上年同期累计']));
    // Near full size: each page holds the repeated 代码…指标名称 and about half the rest. Excel's column
    // width w is w×7+5 pixels at 96 dpi (Calibri 11); A4 landscape less default margins is ~987 px.
    const px = (ws: number[]) => ws.reduce((n, w) => n + w * 7 + 5, 0);
    const titles = px(sheet.columnWidths.slice(0, 4));
    const rest = px(sheet.columnWidths.slice(4, 19));
    const scale = Math.min(1, (2 * 987) / (2 * titles + rest));
    expect(scale).toBeGreaterThan(0.9);
  });

  test('an empty plan still makes a table with one (empty) data row', () => {
    const sheet = buildLedgerSheet(planOf([], { settings: DEFAULT_SETTINGS }));
    expect(sheet.tables[0].ref).toBe('A1:AG2');
  });
});
