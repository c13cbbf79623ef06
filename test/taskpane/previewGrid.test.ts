// The preview's grid model: what a cell shows under its number format, and what typing does.
import { newWorkbook, cellAt, key } from '../../src/hosts/excel/fake/state';
import {
  displayText,
  gridView,
  selectCell,
  selectedCell,
  typeIntoCell,
  visibleSheets,
} from '../../src/preview/gridModel';

const show = (value: number | string | null, numberFormat?: string) =>
  displayText({ value, formula: null, numberFormat });

describe('displayText', () => {
  it('shows numbers as Excel does under the templates’ formats', () => {
    expect(show(0.656, '0.0%')).toBe('65.6%');
    expect(show(20, '"增长"0"%以上"')).toBe('增长20%以上');
    expect(show(3.2, '0.0"以上"')).toBe('3.2以上');
    expect(show(3017.31, '#,##0.00')).toBe('3,017.31');
    expect(show(-26.3, '0.0')).toBe('-26.3');
    expect(show(2, '"1-2"')).toBe('1-2');
    expect(show(0.1 + 0.2)).toBe('0.3');
    expect(show('约300', '0.0')).toBe('约300');
    expect(show(null, '0.0')).toBe('');
  });
});

describe('typing into the grid', () => {
  it('converts typed text as Excel does and keeps what is not a number as text', () => {
    const wb = newWorkbook(['1月']);
    expect(typeIntoCell(wb, '1月', 'F5', '3,200')).toEqual({ ok: true });
    expect(wb.sheets[0].cells.get(key(5, 6))?.value).toBe(3200);
    expect(typeIntoCell(wb, '1月', 'F6', '约300')).toEqual({ ok: true });
    expect(wb.sheets[0].cells.get(key(6, 6))?.value).toBe('约300');
    expect(typeIntoCell(wb, '1月', 'F6', '')).toEqual({ ok: true });
    expect(wb.sheets[0].cells.get(key(6, 6))?.value).toBeNull();
  });

  it('refuses locked cells on a protected sheet and typed formulas, in plain words', () => {
    const wb = newWorkbook(['1月']);
    const sheet = wb.sheets[0];
    sheet.protection.protected = true;
    cellAt(sheet, 5, 6).locked = false;
    expect(typeIntoCell(wb, '1月', 'F5', '12')).toEqual({ ok: true });
    expect(typeIntoCell(wb, '1月', 'G5', '12')).toMatchObject({
      ok: false,
      message: { zh: '1月!G5 受保护，只能在白色的输入格中填写' },
    });
    expect(typeIntoCell(wb, '1月', 'F5', '=1+1')).toMatchObject({ ok: false });
    expect(sheet.cells.get(key(5, 6))?.value).toBe(12);
  });
});

describe('gridView', () => {
  it('draws merges once, hides veryHidden sheets, and follows the selection', () => {
    const wb = newWorkbook(['1月', '_meta']);
    wb.sheets[1].visibility = 'VeryHidden';
    const s = wb.sheets[0];
    cellAt(s, 1, 1).value = '信丰县小江镇2023年目标任务完成情况月报表（1月）';
    s.merges.push({ r1: 1, c1: 1, r2: 1, c2: 13 });
    s.tabColor = '#70AD47';
    const view = gridView(wb, '1月')!;
    expect(view.cells[0][0]).toMatchObject({
      colSpan: 13,
      hidden: false,
      text: '信丰县小江镇2023年目标任务完成情况月报表（1月）',
    });
    expect(view.cells[0][1].hidden).toBe(true);
    expect(visibleSheets(wb)).toEqual([{ name: '1月', color: '#70AD47' }]);
    selectCell(wb, '1月', 'F12');
    expect(selectedCell(wb)).toEqual({ sheet: '1月', cell: 'F12' });
  });
});
