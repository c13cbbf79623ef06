// The Host contract: what every host (Office.js on the fake, ExcelJS on files) must do the same.
// Each test says what a user would see: a cell's value or formula, a fill, a note, the selection.
import type { Host, Mark } from '../../src/workbook/host';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/workbook/spec';
import { emptySheet } from '../../src/workbook/spec';
import { addr, parseAddr } from '../../src/workbook/a1';

export interface HostUnderTest {
  host: Host;
  /** Fill colour of a cell as #RRGGBB (upper case), or null when it has none. */
  fill(sheet: string, cell: string): Promise<string | null>;
  /** Note text on a cell, or null. */
  note(sheet: string, cell: string): Promise<string | null>;
  /** The selected cell and its sheet after select(). */
  selection(): Promise<{ sheet: string; cell: string } | null>;
  /** A user colours a cell by hand. */
  userFill(sheet: string, cell: string, colour: string): Promise<void>;
  /** A user writes a note on a cell by hand. */
  userNote(sheet: string, cell: string, text: string): Promise<void>;
}

const v = (x: CellSpec['v']): CellSpec => ({ v: x });
const f = (formula: string, cached: CellSpec['v'] = null): CellSpec => ({ f: formula, v: cached });

/** A month-like sheet: text that looks like numbers, dates or formulas, numbers, booleans, formulas of every reference kind. */
export function contractSpec(): WorkbookSpec {
  const month: SheetSpec = {
    ...emptySheet('1月'),
    ranges: [
      {
        ref: 'A1',
        rows: [
          [v('测试镇2023年目标任务完成情况月报表（1月）')],
          [v('代码'), v('指标'), v('本月'), v('累计'), v('完成'), v('备注')],
          [v('001'), v('粮食面积'), v(3.2), f('=C3'), f('=IF(D3="","",D3/4)'), v('1-1')],
          [v('A-02'), v('=不是公式'), v(null), f('=C4'), f('=IF(D4="","",D4/4)'), v('-')],
          [v('TRUE'), v('完成率'), v(true), f('=C5'), f('=IF(D5="","",D5/4)'), v('50%')],
          [
            v('X9'),
            v('跨表'),
            v(7),
            f("=SUM('2月'!$B:$B)+COUNTIFS($A$3:$A$5,A6)"),
            f('=ROUND(D6*100,1)'),
            v(' 前后空格 '),
          ],
        ],
      },
      // A second, ragged range further down.
      { ref: 'B9', rows: [[v('单位负责人：'), v(null), v('填表人：')], [v(12.5)]] },
    ],
    formats: [
      { ref: 'A2:F2', font: { bold: true }, fill: '#DDEBF7', border: { style: 'thin' } },
      { ref: 'C3:C6', numberFormat: '0.00', locked: false, fill: '#FFF2CC' },
      { ref: 'F3:F6', locked: false, fill: '#FFF2CC' },
    ],
    merges: ['A1:F1'],
    columnWidths: [8, 20, 10, 10, 10, 24],
    freeze: { rows: 2, columns: 0 },
    validations: [
      {
        ref: 'C3:C6',
        type: 'decimal',
        operator: 'greaterThanOrEqual',
        formula1: 0,
        allowBlank: true,
        alert: 'stop',
        errorTitle: '数值有误',
        error: '请填写不小于0的数字',
      },
    ],
    conditionalFormats: [
      { ref: 'E3:E6', type: 'expression', formula: '=$E3>=1', fill: '#C6EFCE', priority: 1 },
      { ref: 'E3:E6', type: 'dataBar', color: '#638EC6', min: 0, max: 1, priority: 2 },
    ],
    protection: {
      password: null,
      allowFormatColumns: true,
      allowFormatRows: true,
      allowSort: false,
      allowAutoFilter: false,
    },
  };
  const second: SheetSpec = {
    ...emptySheet('2月'),
    ranges: [
      {
        ref: 'A1',
        rows: [
          [v('代码'), v('累计')],
          [v('001'), v(1)],
          [v('A-02'), v(2)],
        ],
      },
    ],
  };
  const meta: SheetSpec = {
    ...emptySheet('_meta'),
    visibility: 'veryHidden',
    ranges: [{ ref: 'A1', rows: [[v('templateVersion'), v('1')]] }],
  };
  return { sheets: [month, second, meta] };
}

function specCells(sheet: SheetSpec): Array<{ cell: string; spec: CellSpec }> {
  const out = new Map<string, CellSpec>();
  for (const r of sheet.ranges) {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) => cells.forEach((c, j) => c && out.set(addr(row + i, col + j), c)));
  }
  return [...out].map(([cell, spec]) => ({ cell, spec }));
}

export function hostContract(name: string, make: () => Promise<HostUnderTest>): void {
  describe(`Host contract: ${name}`, () => {
    test('a written spec reads back equal: every value, every formula, every visibility', async () => {
      const t = await make();
      const spec = contractSpec();
      const report = await t.host.applySpec(spec, { replace: 'sheets-in-spec' });
      expect(report.created).toEqual(['1月', '2月', '_meta']);
      const snap = await t.host.read({ sheets: spec.sheets.map((s) => s.name) });
      expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ['1月', 'visible'],
        ['2月', 'visible'],
        ['_meta', 'veryHidden'],
      ]);
      for (const sheet of spec.sheets) {
        const got = snap.sheets.find((s) => s.name === sheet.name)!;
        for (const { cell, spec: c } of specCells(sheet)) {
          const { row, col } = parseAddr(cell);
          const value = got.values[row - 1]?.[col - 1] ?? null;
          const formula = got.formulas[row - 1]?.[col - 1] ?? null;
          if (c.f) expect({ cell, formula }).toEqual({ cell, formula: c.f });
          else expect({ cell, value, formula }).toEqual({ cell, value: c.v === '' ? null : c.v, formula: null });
        }
      }
    });

    test('sheets outside the spec are left alone; a re-applied sheet is replaced whole', async () => {
      const t = await make();
      await t.host.applySpec({
        sheets: [{ ...emptySheet('我的表'), ranges: [{ ref: 'B2', rows: [[v('我自己的')]] }] }],
      });
      await t.host.applySpec(contractSpec());
      // Regenerate 1月 smaller: what the old one had below is gone, not left behind.
      const smaller: SheetSpec = { ...emptySheet('1月'), ranges: [{ ref: 'A1', rows: [[v('新表头')]] }] };
      const report = await t.host.applySpec({ sheets: [smaller] });
      expect(report.replaced).toEqual(['1月']);
      const snap = await t.host.read({ sheets: ['我的表', '1月'] });
      const mine = snap.sheets.find((s) => s.name === '我的表')!;
      expect(mine.values[1][1]).toBe('我自己的');
      const month = snap.sheets.find((s) => s.name === '1月')!;
      expect(month.values[0][0]).toBe('新表头');
      expect(month.values.flat().filter((x) => x !== null)).toEqual(['新表头']);
    });

    test('reading named sheets gives those only; a missing name is simply absent', async () => {
      const t = await make();
      await t.host.applySpec(contractSpec());
      const snap = await t.host.read({ sheets: ['2月', '没有这张表'] });
      expect(snap.sheets.map((s) => s.name)).toEqual(['2月']);
      expect(snap.sheets[0].values).toEqual([
        ['代码', '累计'],
        ['001', 1],
        ['A-02', 2],
      ]);
    });

    test('marks: fill by tier and a note with the message; clearing puts back fill and note', async () => {
      const t = await make();
      await t.host.applySpec(contractSpec());
      await t.userNote('1月', 'F3', '用户自己的批注');
      const marks: Mark[] = [
        { sheet: '1月', cell: 'C3', tier: 'error', message: '本月数不是数字' },
        { sheet: '1月', cell: 'C3', tier: 'note', message: '请核对单位' },
        { sheet: '1月', cell: 'F3', tier: 'verify', message: '请在备注说明' },
        { sheet: '2月', cell: 'B2', tier: 'note', message: '变化较大' },
      ];
      await t.host.markFindings(marks);
      expect(await t.fill('1月', 'C3')).toBe('#FFC7CE');
      expect(await t.fill('1月', 'F3')).toBe('#FFEB9C');
      expect(await t.fill('2月', 'B2')).toBe('#DDEBF7');
      expect(await t.note('1月', 'C3')).toContain('本月数不是数字');
      expect(await t.note('1月', 'C3')).toContain('请核对单位');
      expect(await t.note('1月', 'F3')).toContain('请在备注说明');
      await t.host.clearFindings();
      expect(await t.fill('1月', 'C3')).toBe('#FFF2CC');
      expect(await t.fill('1月', 'F3')).toBe('#FFF2CC');
      expect(await t.fill('2月', 'B2')).toBeNull();
      expect(await t.note('1月', 'C3')).toBeNull();
      expect(await t.note('1月', 'F3')).toBe('用户自己的批注');
      expect(await t.note('2月', 'B2')).toBeNull();
    });

    test('clearing touches only its own marks: a cell the user recoloured keeps the user’s colour', async () => {
      const t = await make();
      await t.host.applySpec(contractSpec());
      await t.host.markFindings([
        { sheet: '2月', cell: 'B2', tier: 'error', message: '不一致' },
        { sheet: '2月', cell: 'B3', tier: 'error', message: '不一致' },
      ]);
      await t.userFill('2月', 'B3', '#00B050');
      await t.host.clearFindings();
      expect(await t.fill('2月', 'B2')).toBeNull();
      expect(await t.fill('2月', 'B3')).toBe('#00B050');
      // Nothing else changed colour.
      expect(await t.fill('1月', 'A2')).toBe('#DDEBF7');
    });

    test('select shows the cell on its sheet', async () => {
      const t = await make();
      await t.host.applySpec(contractSpec());
      await t.host.select('2月', 'B3');
      expect(await t.selection()).toEqual({ sheet: '2月', cell: 'B3' });
    });

    test('select on a hidden sheet fails with words for the user, in Chinese and English', async () => {
      const t = await make();
      await t.host.applySpec(contractSpec());
      await expect(t.host.select('_meta', 'A1')).rejects.toThrow(/隐藏[\s\S]*hidden/);
    });
  });
}
