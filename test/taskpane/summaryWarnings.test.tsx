/**
 * @jest-environment jsdom
 */
// The 汇总 view shows what the 汇总 action warns of, in the words the CLI prints before it exits 1:
// the pane over its real services, the Excel host and the strict fake of Excel.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { seedPlan } from '../../src/plan';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { key } from '../../src/hosts/excel/fake/state';
import { createPaneServices } from '../../src/taskpane/services';
import { gridView, typeIntoCell } from '../../src/preview/gridModel';
import { recalc } from '../../src/preview/recalc';
import { HEADER_ROW } from '../../src/workbook/layout';
import { deserialize, serialize } from 'node:v8';

// jsdom lacks structuredClone (browsers and Node have it), which the fake Excel uses: Node's own
// structured serializer stands in.
globalThis.structuredClone ??= <T,>(v: T): T => deserialize(serialize(v)) as T;

// The 汇总 reads and writes the workbook through the fake Excel: slower than a mocked service
// on a loaded machine, so the status line is awaited longer than waitFor's default second.
const LONG = { timeout: 20000 };

async function workbook() {
  const fake = new FakeExcel({ calculate: (state) => recalc(state, null) });
  const services = createPaneServices(new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported }));
  await services.generate(seedPlan(), { year: 2023, months: [1, 2, 3], unit: null });
  /** Type into a code's 本月 cell as a user would. */
  const type = (sheet: string, code: string, raw: string) => {
    const view = gridView(fake.state, sheet)!;
    const row = view.cells.find((l) => l[1].text === code)![1].row;
    expect(typeIntoCell(fake.state, sheet, `F${row}`, raw)).toEqual({ ok: true });
    fake.calculateNow();
  };
  /** A header cell of a month sheet retitled by hand (the reader finds columns by their header text). */
  const retitle = (sheet: string, header: string, text: string) => {
    const s = fake.state.sheets.find((x) => x.name === sheet)!;
    for (let col = 1; col <= 20; col++) {
      const c = s.cells.get(key(HEADER_ROW, col));
      if (c?.value === header) c.value = text;
    }
  };
  return { fake, services, type, retitle };
}

async function openSummary(services: ReturnType<typeof createPaneServices>, lang: 'zh' | 'en') {
  const readPlan = jest.spyOn(services, 'readPlan');
  render(<App services={services} initialLang={lang} />);
  await waitFor(() => expect(readPlan).toHaveBeenCalled(), LONG);
  await act(async () => undefined);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh' ? '汇总' : 'Summary' }));
  return screen.getByRole('tabpanel');
}

const status = () => screen.getByRole('status');

describe('汇总 view: the action’s warnings', () => {
  it('shows a counted column not found, as the CLI says it', async () => {
    const { services, type, retitle } = await workbook();
    type('3月', 'NY-01', '0.7');
    retitle('3月', '责任单位', '单位');
    const panel = await openSummary(services, 'zh');
    fireEvent.click(within(panel).getByRole('button', { name: '填写“汇总”工作表' }));
    await waitFor(() => expect(status().textContent).toBe('已填写3月的“汇总”工作表；有1条警告，见下方'), LONG);
    const bar = within(panel)
      .getByText(/找不到/)
      .closest('[class*="MessageBar"]') as HTMLElement;
    expect(bar.textContent).toBe(
      '警告“3月”工作表找不到“责任单位”列（按标题行文字查找）：汇总表按生成时的位置（L列）计数，请恢复该列后重新汇总',
    );
    // The counts and the text are still shown below the warning.
    expect((within(panel).getByLabelText('进度文字') as HTMLTextAreaElement).value).toMatch(/^截至3月底/);
  });

  it('shows a month with no figures at all, in English when the pane is', async () => {
    const { services } = await workbook();
    const panel = await openSummary(services, 'en');
    fireEvent.click(within(panel).getByRole('button', { name: 'Fill the 汇总 sheet' }));
    await waitFor(() => expect(status().textContent).toBe('Filled the 汇总 sheet for month 3; a warning below'), LONG);
    expect(
      within(panel).getByText('the sheet "3月" holds no figures at all: every row is summarized as not reported'),
    ).toBeTruthy();
  });

  it('shows no warning bar when there is nothing to warn of', async () => {
    const { services, type } = await workbook();
    type('3月', 'NY-01', '0.7');
    const panel = await openSummary(services, 'zh');
    fireEvent.click(within(panel).getByRole('button', { name: '填写“汇总”工作表' }));
    await waitFor(() => expect(status().textContent).toBe('已填写3月的“汇总”工作表'), LONG);
    expect(within(panel).queryByText('警告')).toBeNull();
  });
});
