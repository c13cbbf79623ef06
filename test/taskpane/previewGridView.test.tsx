/**
 * @jest-environment jsdom
 */
// The preview grid's editing as a user meets it: an input method's keys stay with the composition,
// and a refusal (受保护) is shown only while it is still true. The browser test drives the same
// in Chromium with real composition events; this one covers the rules quickly.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { cellAt, newWorkbook, type WorkbookState } from '../../src/hosts/excel/fake/state';
import { Grid } from '../../src/preview/Grid';
import { gridView, selectCell, selectedCell, typeIntoCell, visibleSheets } from '../../src/preview/gridModel';

function protectedMonth(): WorkbookState {
  const wb = newWorkbook(['1月']);
  const sheet = wb.sheets[0];
  sheet.protection.protected = true;
  cellAt(sheet, 5, 6).locked = false; // F5: the white input cell
  cellAt(sheet, 5, 2).value = 'NY-01';
  selectCell(wb, '1月', 'F5');
  return wb;
}

let redraw: () => void = () => undefined;

function Harness({ wb }: { wb: WorkbookState }) {
  const [, setVersion] = useState(0);
  redraw = () => setVersion((v) => v + 1);
  return (
    <Grid
      view={gridView(wb, '1月')}
      sheets={visibleSheets(wb)}
      selected={selectedCell(wb)}
      onSelect={(s, c) => {
        selectCell(wb, s, c);
        redraw();
      }}
      onActivate={() => undefined}
      onType={(s, c, raw) => {
        const r = typeIntoCell(wb, s, c, raw);
        redraw();
        return r;
      }}
    />
  );
}

const cellInput = (cell: string) => screen.getByLabelText(`编辑 1月!${cell} / edit`) as HTMLInputElement;
const cellText = (cell: string) => document.querySelector(`td[data-address="${cell}"]`)?.textContent;
const select = (cell: string) => fireEvent.mouseDown(document.querySelector(`td[data-address="${cell}"]`) as Element);

describe('an input method in the preview grid', () => {
  it('starts the edit on composition and leaves Enter and Escape to the composition', () => {
    const wb = protectedMonth();
    render(<Harness wb={wb} />);
    const input = cellInput('F5');
    expect(document.activeElement).toBe(input);
    fireEvent.keyDown(input, { key: 'Process', keyCode: 229 });
    fireEvent.compositionStart(input);
    fireEvent.change(input, { target: { value: 'yiwancheng' } });
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Escape', isComposing: true });
    expect(cellInput('F5').value).toBe('yiwancheng');
    fireEvent.change(input, { target: { value: '已完成' } });
    fireEvent.compositionEnd(input, { data: '已完成' });
    expect(cellText('F5')).toBe('');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(cellText('F5')).toBe('已完成');
    expect(selectedCell(wb)).toEqual({ sheet: '1月', cell: 'F6' });
  });
});

describe('the 受保护 banner', () => {
  const refuse = (cell: string) => {
    select(cell);
    fireEvent.change(cellInput(cell), { target: { value: '5' } });
    fireEvent.keyDown(cellInput(cell), { key: 'Enter' });
    expect(screen.getByRole('alert').textContent).toBe(
      `1月!${cell} 受保护，只能在白色的输入格中填写 / 1月!${cell} is protected: type only into the white input cells`,
    );
  };

  it('goes when the sheet is no longer protected, and does not come back when it is again', () => {
    const wb = protectedMonth();
    render(<Harness wb={wb} />);
    refuse('B5');
    expect(cellText('B5')).toBe('NY-01');
    wb.sheets[0].protection.protected = false;
    act(() => redraw());
    expect(screen.queryByRole('alert')).toBeNull();
    wb.sheets[0].protection.protected = true;
    act(() => redraw());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('goes when the cell is unlocked, or another cell is selected', () => {
    const wb = protectedMonth();
    render(<Harness wb={wb} />);
    refuse('B5');
    cellAt(wb.sheets[0], 5, 2).locked = false;
    act(() => redraw());
    expect(screen.queryByRole('alert')).toBeNull();
    refuse('C5');
    select('D5');
    expect(screen.queryByRole('alert')).toBeNull();
    select('C5');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a refused cell selected when the user clicks away from its edit, as Excel does', () => {
    const wb = protectedMonth();
    render(<Harness wb={wb} />);
    select('C5');
    fireEvent.change(cellInput('C5'), { target: { value: '5' } });
    select('F5');
    expect(selectedCell(wb)).toEqual({ sheet: '1月', cell: 'C5' });
    expect(screen.getByRole('alert').textContent).toMatch(/^1月!C5 受保护/);
  });
});
