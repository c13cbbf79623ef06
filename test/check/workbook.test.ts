// Checks on generated workbooks: the seed plan (小江镇 2023, 48 indicators) filled to June by
// buildWorkbookSpec, read back with readTemplate. A clean workbook has no findings; each fixture below
// breaks one thing and must trigger exactly that rule at the cell a user would look at.
import { runChecks, checkFigures, fmtNum, type Finding } from '../../src/check';
import { seedPlan, type Plan } from '../../src/plan';
import { readTemplate } from '../../src/template';
import type { CellValue } from '../../src/workbook/spec';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { parseAddr } from '../../src/workbook/a1';
import {
  cloneSnapshot,
  deleteRow,
  insertRow,
  moveColumn,
  renameSheet,
  rowOfCode,
  sheetOf,
  sortRows,
  typeInto,
} from '../support/specSnapshot';
import { buildSnapshot, cellOf, cleanFigures, columnOf, read, typeOver, withEntries } from './fixtures';

const plan = seedPlan();
const MONTH = 6;
const clean = cleanFigures(plan, MONTH);
const cleanBook = buildSnapshot(plan, MONTH, clean);

function checkWith(
  over: Parameters<typeof withEntries>[1],
  p: Plan = plan,
): { findings: Finding[]; book: WorkbookSnapshot } {
  const figs = p === plan ? withEntries(clean, over) : withEntries(cleanFigures(p, MONTH), over);
  const book = buildSnapshot(p, MONTH, figs);
  return { findings: runChecks(read(book)), book };
}

function only(findings: Finding[]): Finding {
  expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.tier}`)).toHaveLength(1);
  return findings[0];
}

function valueAt(book: WorkbookSnapshot, sheet: string, a1: string): CellValue {
  const { row, col } = parseAddr(a1);
  return sheetOf(book, sheet).values[row - 1][col - 1];
}

const F = (code: string, book: WorkbookSnapshot = cleanBook, sheet = '6月') => cellOf(book, sheet, code, '本月');
const G = (code: string, book: WorkbookSnapshot = cleanBook, sheet = '6月') => cellOf(book, sheet, code, '累计');

describe('a clean filled workbook', () => {
  test('has zero findings for every month checked', () => {
    const figs = read(cleanBook);
    expect(figs.problems).toEqual([]);
    for (let m = 1; m <= MONTH; m++) expect([m, runChecks(figs, { month: m })]).toEqual([m, []]);
    const r = checkFigures(figs);
    expect(r.ok && r.month).toBe(MONTH);
  });
});

describe('one fixture per rule', () => {
  test('format: an estimate, with the suggested number', () => {
    const { findings } = checkWith({ 'NY-01': { 6: '约3万' } });
    const f = only(findings);
    expect(f).toMatchObject({
      sheet: '6月',
      cell: F('NY-01'),
      code: 'NY-01',
      rule: 'format',
      tier: 'error',
      suggestion: '3',
    });
    expect(f.message.zh).toBe(
      `6月!${F('NY-01')} 粮食生产面积：本月填写“约3万”，是估计值，不是数字。应填写数字（单位：万亩），建议改为 3`,
    );
  });

  test('format: text in a number cell', () => {
    const f = only(checkWith({ 'NY-06': { 6: '251.44亩' } }).findings);
    expect(f).toMatchObject({ cell: F('NY-06'), rule: 'format', tier: 'error', suggestion: '251.44' });
    expect(f.message.zh).toBe(
      `6月!${F('NY-06')} 高标准农田建设：本月填写“251.44亩”，写了单位。应填写数字（单位：亩），建议改为 251.44`,
    );
  });

  test('completeness: a flow left blank', () => {
    const f = only(checkWith({ 'NY-06': { 6: null } }).findings);
    expect(f).toMatchObject({ cell: F('NY-06'), rule: 'completeness', tier: 'error' });
    expect(f.message.zh).toBe(
      `6月!${F('NY-06')} 高标准农田建设：本月未填写。应填写本月数（单位：亩）；本月没有发生请填 0`,
    );
  });

  test('scale: 亩 typed on a 万亩 row', () => {
    const f = only(checkWith({ 'NY-01': { 6: 1600 } }).findings);
    expect(f).toMatchObject({ cell: F('NY-01'), rule: 'scale', tier: 'verify', suggestion: '0.16' });
    expect(f.message.zh).toBe(
      `6月!${F('NY-01')} 粮食生产面积：本月填写 1600，是年度目标（3.2万亩）的 500 倍，疑似按亩填写（本行单位：万亩），建议改为 0.16。请核实；如数据无误，须在备注（${cellOf(cleanBook, '6月', 'NY-01', '备注')}）说明原因`,
    );
  });

  test('scale: 1e15', () => {
    const f = only(checkWith({ 'NY-06': { 6: 1e15 } }).findings);
    expect(f).toMatchObject({ cell: F('NY-06'), rule: 'scale', tier: 'verify', suggestion: null });
  });

  test('identity: 累计 typed over with a wrong figure', () => {
    const book = cloneSnapshot(cleanBook);
    const want = fmtNum(valueAt(book, '6月', G('NY-06')) as number);
    const before = fmtNum(valueAt(book, '5月', G('NY-06', book, '5月')) as number);
    const flow = fmtNum(valueAt(book, '6月', F('NY-06')) as number);
    const at = typeOver(book, '6月', 'NY-06', '累计', 2000);
    const f = only(runChecks(read(book)));
    expect(f).toMatchObject({ cell: at, rule: 'identity', tier: 'error', suggestion: want });
    expect(f.message.zh).toBe(
      `6月!${at} 高标准农田建设：累计被手工填写为“2000”，应为上月累计 ${before} + 本月 ${flow} = ${want}。累计由公式计算，不应手工填写`,
    );
  });

  test('identity: a wrong total far above the target is one finding, not a cascade', () => {
    const book = cloneSnapshot(cleanBook);
    const at = typeOver(book, '6月', 'NY-06', '累计', 99999);
    expect(only(runChecks(read(book)))).toMatchObject({ cell: at, rule: 'identity' });
  });

  test('formula: 累计 typed over with the right figure', () => {
    const book = cloneSnapshot(cleanBook);
    const at = typeOver(book, '6月', 'NY-06', '累计', valueAt(book, '6月', G('NY-06')));
    expect(only(runChecks(read(book)))).toMatchObject({ cell: at, rule: 'formula', tier: 'note' });
  });

  test('status: 状态 typed over', () => {
    const book = cloneSnapshot(cleanBook);
    const at = typeOver(book, '6月', 'NY-06', '状态', '已完成');
    const f = only(runChecks(read(book)));
    expect(f).toMatchObject({ cell: at, rule: 'status', tier: 'error', suggestion: '达进度' });
  });

  test('monotonic: a negative flow', () => {
    const f = only(checkWith({ 'NY-06': { 6: -100 } }).findings);
    expect(f).toMatchObject({ cell: F('NY-06'), rule: 'monotonic', tier: 'error' });
    expect(f.message.zh).toBe(
      `6月!${F('NY-06')} 高标准农田建设：本月填写 -100（负数），累计由上月 1257.2125 减少为 1157.2125。累计数不应减少；如需更正以前月份，请改正该月的本月数`,
    );
  });

  test('mom: a flow five times last month', () => {
    const f = only(checkWith({ 'NY-06': { 6: 1300 } }).findings);
    expect(f).toMatchObject({ cell: F('NY-06'), rule: 'mom', tier: 'verify' });
    expect(f.message.zh).toContain('本月 1300，比上月（251.4425）增长 417%，超过环比阈值 300%');
  });

  test('yoy: far below last year', () => {
    const f = only(checkWith({ 'NY-01': { 4: 0, 5: 0, 6: 0 } }).findings);
    expect(f).toMatchObject({ cell: G('NY-01'), rule: 'yoy', tier: 'verify' });
    expect(f.message.zh).toContain('1-6月累计 0.32万亩，比上年同期（1.75万亩）下降 81.7%，超过同比阈值 ±50%');
  });

  test('over-target: three times the annual target', () => {
    // January under half the target: 1600 from January on would be the stock typed as the flow (running-total).
    const f = only(checkWith({ 'NY-06': { 1: 1400, 2: 1600, 3: 1600, 4: 1600, 5: 1600, 6: 1600 } }).findings);
    expect(f).toMatchObject({ cell: G('NY-06'), rule: 'over-target', tier: 'verify' });
    expect(f.message.zh).toContain('1-6月累计 9400亩，是年度目标（3017.31亩）的 3.1 倍，超过 3 倍');
  });

  test('balance: a 其中 row larger than its whole', () => {
    const withPart: Plan = {
      ...plan,
      indicators: [
        ...plan.indicators,
        {
          ...plan.indicators.find((i) => i.code === 'NY-01')!,
          code: 'NY-01a',
          name: '其中：早稻面积',
          parent: 'NY-01',
          lastYear: null,
        },
      ],
    };
    const grown = Object.fromEntries(
      [1, 2, 3, 4, 5, 6].map((m) => [m, Math.round((clean['NY-01'][m].month as number) * 1.1 * 1e4) / 1e4]),
    );
    const { findings, book } = checkWith({ 'NY-01a': grown }, withPart);
    const f = only(findings);
    expect(f).toMatchObject({ cell: G('NY-01a', book), code: 'NY-01a', rule: 'balance', tier: 'error' });
    expect(f.message.zh).toBe(
      `6月!${G('NY-01a', book)} 其中：早稻面积：1-6月累计 1.936万亩，大于所属总量“粮食生产面积”的 1.76万亩（6月!${G('NY-01', book)}）。分项不应大于总量`,
    );
  });

  test('milestone-overdue: due in June, still 推进中; a note in 备注 makes it 提示性', () => {
    const f = only(checkWith({ 'HJ-M2': { 6: '推进中' } }).findings);
    expect(f).toMatchObject({ cell: F('HJ-M2'), rule: 'milestone-overdue', tier: 'verify' });
    expect(f.message.zh).toContain('矿山生态修复通过国家验收：应于6月底前完成，目前状态为“推进中”，已逾期。请核实');
    const g = only(checkWith({ 'HJ-M2': { 6: { month: '推进中', note: '国家验收组7月到镇' } } }).findings);
    expect(g).toMatchObject({ rule: 'milestone-overdue', tier: 'note' });
    expect(g.message.zh).toContain('（备注已说明：国家验收组7月到镇）');
  });

  test('structure: a code typed over on a month sheet', () => {
    const book = cloneSnapshot(cleanBook);
    const at = cellOf(book, '6月', 'NY-06', '代码');
    typeInto(sheetOf(book, '6月'), at, 'NY-99');
    const fs = runChecks(read(book));
    expect(fs.map((f) => [f.sheet, f.cell, f.rule, f.tier])).toEqual([
      ['6月', at, 'structure', 'error'],
      ['6月', null, 'structure', 'error'],
    ]);
    expect(fs[0].message.zh).toBe(`6月!${at}：代码“NY-99”不在指标库中`);
    expect(fs[1].message.zh).toBe('“6月”表中找不到代码“NY-06”的行（可能被删除）');
  });
});

describe('robustness: what users do to sheets', () => {
  const broken = () => buildSnapshot(plan, MONTH, withEntries(clean, { 'NY-06': { 6: 'abc' } }));

  test('a renamed month sheet: the finding names the new name', () => {
    const book = broken();
    renameSheet(book, '6月', '六月');
    const f = only(runChecks(read(book)));
    expect(f).toMatchObject({ sheet: '六月', cell: cellOf(book, '六月', 'NY-06', '本月'), rule: 'format' });
    expect(f.message.zh.startsWith(`六月!${cellOf(book, '六月', 'NY-06', '本月')} 高标准农田建设`)).toBe(true);
  });

  test('sorted rows: the finding follows the row', () => {
    const book = broken();
    const sh = sheetOf(book, '6月');
    const codeCol = columnOf(book, '6月', '代码');
    const first = rowOfCode(sh, 'GY-01', codeCol);
    const last = rowOfCode(sh, 'MS-M4', codeCol);
    const before = cellOf(book, '6月', 'NY-06', '本月');
    sortRows(sh, first, last, (v) =>
      String(v[codeCol - 1] ?? '')
        .split('')
        .reverse()
        .join(''),
    );
    const after = cellOf(book, '6月', 'NY-06', '本月');
    expect(after).not.toBe(before);
    expect(only(runChecks(read(book)))).toMatchObject({ cell: after, rule: 'format' });
  });

  test('an inserted row shifts the address', () => {
    const book = broken();
    const before = cellOf(book, '6月', 'NY-06', '本月');
    insertRow(sheetOf(book, '6月'), 5);
    const after = cellOf(book, '6月', 'NY-06', '本月');
    expect(after).not.toBe(before);
    expect(only(runChecks(read(book)))).toMatchObject({ cell: after, rule: 'format' });
  });

  test('a deleted row is a structure finding, and the rest still checks', () => {
    const book = broken();
    const sh = sheetOf(book, '6月');
    deleteRow(sh, rowOfCode(sh, 'NY-06', columnOf(book, '6月', '代码')));
    const at = typeOver(book, '6月', 'NY-03', '本月', '三千');
    const fs = runChecks(read(book));
    expect(fs.map((f) => `${f.cell} ${f.code} ${f.rule}`)).toEqual([`null NY-06 structure`, `${at} NY-03 format`]);
  });

  test('moved columns: 本月 found by its header wherever it is', () => {
    const book = broken();
    moveColumn(sheetOf(book, '6月'), columnOf(book, '6月', '本月'), 2);
    const at = cellOf(book, '6月', 'NY-06', '本月');
    expect(at.startsWith('B')).toBe(true);
    expect(only(runChecks(read(book)))).toMatchObject({ cell: at, rule: 'format' });
  });

  test('formulas overwritten across a whole column with typed values', () => {
    const book = cloneSnapshot(cleanBook);
    const sh = sheetOf(book, '6月');
    const col = columnOf(book, '6月', '累计');
    sh.formulas.forEach((row) => {
      if (row[col - 1]) row[col - 1] = null;
    });
    const fs = runChecks(read(book));
    // Every figure row's 累计 still holds the right value: notes, no errors.
    expect(fs.length).toBeGreaterThan(40);
    expect(fs.every((f) => f.rule === 'formula' && f.tier === 'note' && f.cell?.startsWith('G'))).toBe(true);
  });

  test('merged cells: a merge leaves the other cells empty; the check names the right cell', () => {
    const book = cloneSnapshot(cleanBook);
    const sh = sheetOf(book, '6月');
    const a = cellOf(book, '6月', 'NY-05', '本月');
    const b = cellOf(book, '6月', 'NY-06', '本月');
    // A merge of two 本月 cells keeps the top-left value; the lower cell reads as empty.
    typeInto(sh, b, null);
    const fs = runChecks(read(book));
    expect(fs.map((f) => `${f.cell} ${f.rule}`)).toEqual([`${b} completeness`]);
    expect(a).not.toBe(b);
  });

  test('a month sheet whose 本月 header is gone cannot be checked, and says why', () => {
    const book = cloneSnapshot(cleanBook);
    const sh = sheetOf(book, '6月');
    const col = columnOf(book, '6月', '本月');
    const headerRow = sh.values.findIndex((r) => r[col - 1] !== null && String(r[col - 1]).startsWith('本月'));
    sh.values[headerRow][col - 1] = '数值';
    const figs = read(book);
    // The reader's own words for the broken sheet, quoted in the check's message.
    const why = figs.problems.find((p) => p.sheet === '6月' && p.cell === null)!;
    expect(why.message.zh).toBe('“6月”表找不到列：本月（按标题行文字查找）');
    expect(checkFigures(figs)).toEqual({
      ok: false,
      message: {
        zh: `6月的月报表无法读取，不能确定要审核的月份：${why.message.zh}`,
        en: `the month sheet(s) for 6 cannot be read, so the month to check is unknown: ${why.message.en}`,
      },
    });
    const asked = checkFigures(figs, { month: 6 });
    expect(asked.ok === false && asked.message.zh).toBe(
      `工作簿中没有6月的月报表（现有：1月、2月、3月、4月、5月）：${why.message.zh}`,
    );
    // Earlier months still check, and a check of 5月 says nothing about 6月 (issue 13, point 1).
    const may = runChecks(figs, { month: 5 });
    expect(may.map((f) => [f.sheet, f.cell, f.rule, f.tier])).toEqual([]);
  });

  test('not a template at all: the reader says so', () => {
    const notTemplate: WorkbookSnapshot = {
      sheets: [{ name: 'Sheet1', visibility: 'visible', values: [['hello', 1]], formulas: [[null, null]] }],
    };
    const r = readTemplate(notTemplate);
    expect(r.ok).toBe(false);
  });

  test('odd values anywhere never crash the checker', () => {
    const odd: CellValue[] = [true, false, '', ' ', '#VALUE!', 1e308, -1e-308, NaN, Infinity, '１２', '=1+1'];
    for (const v of odd) {
      const book = cloneSnapshot(cleanBook);
      for (const code of ['NY-01', 'NY-17', 'GY-04a', 'HJ-M2', 'GY-M3']) {
        typeOver(book, '6月', code, '本月', v);
        typeOver(book, '5月', code, '累计', v);
      }
      const fs = runChecks(read(book));
      for (const f of fs) expect([typeof f.message.zh, typeof f.message.en]).toEqual(['string', 'string']);
    }
  });
});
