// readTemplate: a filled template back to figures by code, whatever the user did to the sheets.
import { seedPlan } from '../../src/plan';
import { buildWorkbookSpec, readTemplate } from '../../src/template';
import { FOOTER_TEXT } from '../../src/template/layout';
import type { TemplateFigures } from '../../src/workbook/figures';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import {
  cloneSnapshot,
  deleteRow,
  insertRow,
  moveColumn,
  renameSheet,
  rowOfCode,
  sheetOf,
  sortRows,
  specSnapshot,
  typeInto,
} from '../support/specSnapshot';

const plan = seedPlan();
const built = buildWorkbookSpec(plan, {
  months: [3],
  figures: {
    'NY-01': { 1: { month: 1.2 }, 2: { month: 0.5 }, 3: { month: 0.4, note: '含复种' } },
    'GY-04a': { 3: { month: 21.5 } },
    'HJ-M1': { 2: { month: '推进中' }, 3: { month: '已完成' } },
  },
});
if (!built.ok) throw new Error(JSON.stringify(built.problems));
const base = specSnapshot(built.spec);

function read(s: WorkbookSnapshot): TemplateFigures {
  const r = readTemplate(s);
  if (!r.ok) throw new Error(r.message.zh);
  return r.figures;
}
const rowOf = (f: TemplateFigures, month: number, code: string) =>
  f.months.find((m) => m.month === month)?.rows.find((r) => r.code === code);

describe('round trip', () => {
  const f = read(base);
  test('meta, the plan and every month sheet come back', () => {
    expect(f.meta).toEqual(built.ok && built.meta);
    expect(f.plan).toEqual(plan);
    expect(f.months.map((m) => [m.sheet, m.month, m.rows.length])).toEqual([
      ['1月', 1, 48],
      ['2月', 2, 48],
      ['3月', 3, 48],
    ]);
    expect(f.problems).toEqual([]);
  });

  test('figures with their cell addresses and formulas', () => {
    const r = rowOf(f, 3, 'NY-01');
    expect(r).toMatchObject({
      code: 'NY-01',
      row: 18,
      month: { address: 'F18', value: 0.4, formula: null },
      note: { address: 'M18', value: '含复种', formula: null },
      status: { address: 'K18', value: '超进度' },
    });
    expect(r?.cumulative.address).toBe('G18');
    expect(r?.cumulative.value).toBeCloseTo(2.1, 12);
    expect(r?.cumulative.formula).toMatch(/^=IF\(COUNT\(F18\)\*\(T\(IFERROR\(INDEX\('2月'!G:G/);
    expect(rowOf(f, 3, 'HJ-M1')?.status?.value).toBe('已完成');
    expect(f.months[2].columns).toEqual({
      seq: 1,
      code: 2,
      name: 3,
      unit: 4,
      target: 5,
      month: 6,
      cumulative: 7,
      completion: 8,
      expected: 9,
      gap: 10,
      status: 11,
      responsible: 12,
      note: 13,
      section: 14,
    });
  });
});

describe('what users do to sheets', () => {
  test('a renamed month sheet is found by the month in its title', () => {
    const s = cloneSnapshot(base);
    renameSheet(s, '3月', '三月报表');
    const f = read(s);
    expect(f.months.map((m) => [m.sheet, m.month])).toEqual([
      ['1月', 1],
      ['2月', 2],
      ['三月报表', 3],
    ]);
    expect(rowOf(f, 3, 'NY-01')?.month.value).toBe(0.4);
    expect(f.problems).toEqual([]);
  });

  test('two sheets swapped by name are told apart by their titles', () => {
    const s = cloneSnapshot(base);
    renameSheet(s, '2月', 'tmp');
    renameSheet(s, '1月', '2月');
    renameSheet(s, 'tmp', '1月');
    const f = read(s);
    expect(f.months.map((m) => [m.sheet, m.month])).toEqual([
      ['2月', 1],
      ['1月', 2],
      ['3月', 3],
    ]);
  });

  test('moved columns: 备注 moved before 本月, 本月 read at its new address', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '3月');
    moveColumn(sh, 13, 4); // 备注 -> D; 单位..本月.. shift right
    const f = read(s);
    const r = rowOf(f, 3, 'NY-01');
    expect(r?.note).toMatchObject({ address: 'D18', value: '含复种' });
    expect(r?.month).toMatchObject({ address: 'G18', value: 0.4 });
    expect(r?.status?.address).toBe('L18');
    expect(f.months[2].columns.note).toBe(4);
    expect(f.months[2].columns.section).toBe(14);
  });

  test('an inserted column: every column after it, 板块 included, is found one to the right', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '3月');
    for (const grid of [sh.values, sh.formulas] as unknown[][][]) for (const row of grid) row.splice(12, 0, null);
    sh.values[2][12] = '核实人';
    const f = read(s);
    expect(rowOf(f, 3, 'NY-01')?.note).toMatchObject({ address: 'N18', value: '含复种' });
    expect(f.months[2].columns).toMatchObject({ responsible: 12, note: 14, section: 15 });
    expect(f.problems).toEqual([]);
  });

  test('sorted rows keep their figures; addresses follow the rows', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '3月');
    const last = rowOfCode(sh, 'MS-M4');
    sortRows(sh, 4, last, (v) => String(v[1] ?? ''));
    const f = read(s);
    const at = rowOfCode(sh, 'NY-01');
    expect(at).not.toBe(18);
    expect(rowOf(f, 3, 'NY-01')).toMatchObject({ row: at, month: { address: `F${at}`, value: 0.4 } });
    expect(f.problems).toEqual([]);
  });

  test('inserted and deleted rows', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '3月');
    insertRow(sh, 5);
    insertRow(sh, 5);
    deleteRow(sh, rowOfCode(sh, 'GY-02'));
    const f = read(s);
    expect(rowOf(f, 3, 'NY-01')?.month).toEqual({ address: 'F19', value: 0.4, formula: null });
    expect(rowOf(f, 3, 'GY-02')).toBeUndefined();
    expect(f.problems).toEqual([
      {
        sheet: '3月',
        cell: null,
        code: 'GY-02',
        month: 3,
        message: {
          zh: '“3月”表中找不到代码“GY-02”的行（可能被删除）',
          en: 'sheet "3月" has no row for code "GY-02" (deleted?)',
        },
      },
    ]);
  });

  test('a formula typed over shows formula null; text in a number cell does not crash', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '3月');
    typeInto(sh, 'G18', 2.5);
    typeInto(sh, 'F19', '约3万');
    const f = read(s);
    expect(rowOf(f, 3, 'NY-01')?.cumulative).toEqual({ address: 'G18', value: 2.5, formula: null });
    expect(rowOf(f, 3, 'NY-02')?.month).toEqual({ address: 'F19', value: '约3万', formula: null });
  });

  test('duplicate and unknown codes become problems with their cells', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '2月');
    typeInto(sh, 'B6', 'GY-01');
    typeInto(sh, 'B7', 'XX-99');
    const f = read(s);
    expect(f.problems.map((p) => [p.sheet, p.cell, p.code, p.message.zh])).toEqual([
      ['2月', 'B6', 'GY-01', '2月!B6：代码“GY-01”重复（B5已有），此行未读取'],
      ['2月', 'B7', 'XX-99', '2月!B7：代码“XX-99”不在指标库中'],
      ['2月', null, 'GY-02', '“2月”表中找不到代码“GY-02”的行（可能被删除）'],
      ['2月', null, 'GY-03', '“2月”表中找不到代码“GY-03”的行（可能被删除）'],
    ]);
  });

  test('the signature line moved into the 代码 column (a row deleted above it) is not read as a code', () => {
    const s = cloneSnapshot(base);
    typeInto(sheetOf(s, '2月'), 'B6', FOOTER_TEXT);
    expect(read(s).problems.map((p) => [p.sheet, p.cell, p.code, p.message.zh])).toEqual([
      ['2月', null, 'GY-02', '“2月”表中找不到代码“GY-02”的行（可能被删除）'],
    ]);
  });

  test('merged cells (values only in the top-left) and a ragged sheet do not crash', () => {
    const s = cloneSnapshot(base);
    const sh = sheetOf(s, '1月');
    sh.values[17] = sh.values[17].slice(0, 8);
    sh.formulas[17] = sh.formulas[17].slice(0, 3);
    const f = read(s);
    expect(rowOf(f, 1, 'NY-01')?.note).toEqual({ address: 'M18', value: null, formula: null });
  });

  test('a missing month sheet and a missing column are problems, not failures', () => {
    const s = cloneSnapshot(base);
    s.sheets = s.sheets.filter((x) => x.name !== '2月');
    const sh = sheetOf(s, '1月');
    sh.values[2][12] = '说明';
    const f = read(s);
    expect(f.months.map((m) => m.month)).toEqual([3]);
    expect(f.problems.map((p) => p.message.zh)).toEqual([
      '“1月”表找不到列：备注（按标题行文字查找）',
      '找不到2月的月报表（工作表“2月”，或标题含“（1-2月）”的表）',
    ]);
  });
});

describe('not a template', () => {
  test.each([
    [
      'a workbook with none of the template sheets: generate first',
      'Sheet1',
      '这个工作簿还不是月报表模板，请先生成模板',
      'this workbook is not a generated template yet: generate the templates first',
    ],
    [
      'month sheets without the _meta sheet: copied elsewhere, said once with its advice',
      '6月',
      '不是本工具生成的月报表模板（找不到模板自带的隐藏说明表，可能是把工作表复制到了别的文件）。请打开本工具生成的文件，或先生成模板',
      "not a month-report template made by this tool (the template's own hidden information sheet is missing: the sheets may have been copied into another file). Open a file this tool made, or generate the templates first",
    ],
  ])('%s', (_title, name, zh, en) => {
    const r = readTemplate({ sheets: [{ name, visibility: 'visible', values: [[1]], formulas: [[null]] }] });
    expect(r).toEqual({ ok: false, message: { zh, en } });
  });

  test('a _meta sheet from something else', () => {
    const r = readTemplate({
      sheets: [{ name: '_meta', visibility: 'hidden', values: [['a', 'b']], formulas: [[null]] }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message.zh).toBe(
        '不是本工具生成的月报表模板（找不到模板自带的隐藏说明表，可能是把工作表复制到了别的文件）。请打开本工具生成的文件，或先生成模板',
      );
  });

  test('no 指标库', () => {
    const s = cloneSnapshot(base);
    s.sheets = s.sheets.filter((x) => x.name !== '指标库');
    const r = readTemplate(s);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message.zh).toBe(
        '模板缺少“指标库”工作表，无法读取计划：请从原来的文件找回该工作表，或用计划文件重新生成模板',
      );
  });
});

describe('指标库 edited', () => {
  test('a changed target is read, and flagged as differing from the generated sheets', () => {
    const s = cloneSnapshot(base);
    const ledger = sheetOf(s, '指标库');
    const r = rowOfCode(ledger, 'NY-01', 1);
    typeInto(ledger, `H${r}`, 3.5);
    const f = read(s);
    expect(f.plan.indicators.find((i) => i.code === 'NY-01')?.value).toBe(3.5);
    expect(f.problems.map((p) => p.message.zh)).toEqual([
      '“指标库”已与生成模板时不同（NY-01 粮食生产面积 目标值：3.2 → 3.5）；月报表的公式仍按生成时的计划计算，请重新生成模板',
    ]);
    // A workbook made before the generated plan was kept in _meta: the plan hash still tells.
    const meta = sheetOf(s, '_meta');
    meta.values = meta.values.map((line) =>
      String(line[0] ?? '').startsWith('indicators.') ? line.map(() => null) : line,
    );
    expect(read(s).problems.map((p) => p.message.zh)).toEqual([
      '“指标库”的代码、类型或目标已与生成模板时不同；月报表的公式仍按原目标计算，请重新生成模板',
    ]);
  });

  test('_meta keeps the generated plan only while it fits one cell: a county’s 1,000 indicators are not kept', () => {
    const keptRows = (n: number) => {
      const plan = seedPlan();
      const many = Array.from({ length: n }, (_, i) => ({
        ...plan.indicators[0],
        code: `X-${i + 1}`,
        name: `指标${i + 1}`,
      }));
      const built = buildWorkbookSpec({ ...plan, indicators: many }, { months: [1] });
      if (!built.ok) throw new Error('build');
      const meta = built.spec.sheets.find((x) => x.name === '_meta')!;
      return meta.ranges[0].rows.filter((r) => String(r[0]?.v ?? '').startsWith('indicators.')).length;
    };
    expect(keptRows(48)).toBe(1);
    expect(keptRows(1000)).toBe(0);
  });

  test('a bad row is left out with a finding on its cell', () => {
    const s = cloneSnapshot(base);
    const ledger = sheetOf(s, '指标库');
    const r = rowOfCode(ledger, 'GY-02', 1);
    typeInto(ledger, `E${r}`, '其他');
    const f = read(s);
    expect(f.plan.indicators).toHaveLength(47);
    expect(f.problems[0]).toMatchObject({
      sheet: '指标库',
      cell: `E${r}`,
      code: 'GY-02',
      message: { zh: `指标库!E${r}：“其他”应为累计、存量、增速、节点、底线之一` },
    });
    // Its rows on the month sheets are now unknown codes.
    expect(f.problems.some((p) => p.sheet === '1月' && p.code === 'GY-02' && p.cell === 'B6')).toBe(true);
  });
});
