/**
 * @jest-environment jsdom
 */
// The 汇总 view's 通报 button: it asks for the month's document dated today, offers the file to save
// under the document's title, and says so in the status line (Chinese and English).
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { UserError } from '../../src/plan';
import { makeServices } from './services';

const NAME = '信丰县小江镇2023年1-3月目标任务推进情况通报.docx';
let clicked: Array<{ download: string; href: string }>;
let blobs: Blob[];

beforeEach(() => {
  clicked = [];
  blobs = [];
  URL.createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return `blob:report-${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
});

afterEach(() => jest.restoreAllMocks());

function reportServices() {
  return makeServices({
    months: jest.fn(async () => [1, 2, 3]),
    reportDocx: jest.fn(async (month: number) => ({
      month,
      counts: [{ status: '已完成', count: 2 }],
      narrative: '截至3月底，全镇48项目标任务中，已完成2项。',
      warnings: [],
      file: {
        name: NAME,
        bytes: new Uint8Array([80, 75, 3, 4]),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      dateText: '2023年4月6日',
    })),
  });
}

async function openSummary(services: ReturnType<typeof makeServices>, lang: 'zh' | 'en', tabName: string) {
  render(<App services={services} initialLang={lang} />);
  await waitFor(() => expect(services.readPlan).toHaveBeenCalled());
  await act(async () => undefined);
  fireEvent.click(screen.getByRole('tab', { name: tabName }));
  return screen.getByRole('tabpanel');
}

it('offers the 通报 as a .docx named for its title, and shows the counts and text it holds', async () => {
  const services = reportServices();
  const panel = await openSummary(services, 'zh', '汇总');
  fireEvent.click(within(panel).getByRole('button', { name: '生成进度通报（Word）' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(`已生成“${NAME}”（成文日期2023年4月6日，可在 Word 中修改）`),
  );
  expect(services.reportDocx).toHaveBeenCalledWith(3, expect.any(Date));
  expect(clicked).toEqual([{ download: NAME, href: 'blob:report-1' }]);
  expect(blobs[0].type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  expect(blobs[0].size).toBe(4);
  expect((within(panel).getByRole('textbox') as HTMLTextAreaElement).value).toBe(
    '截至3月底，全镇48项目标任务中，已完成2项。',
  );
});

it('in English, and an error offers no file', async () => {
  const services = reportServices();
  services.reportDocx.mockImplementationOnce(async () => {
    throw new UserError({ zh: '工作簿中没有3月的月报表', en: 'the workbook has no sheet for month 3' });
  });
  const panel = await openSummary(services, 'en', 'Summary');
  fireEvent.click(within(panel).getByRole('button', { name: 'Progress report (Word)' }));
  expect(await screen.findByText('the workbook has no sheet for month 3')).toBeTruthy();
  expect(clicked).toEqual([]);
  fireEvent.click(within(panel).getByRole('button', { name: 'Progress report (Word)' }));
  await waitFor(() =>
    expect(screen.getByRole('status').textContent).toBe(
      `Saved “${NAME}” (dated 2023年4月6日; change it in Word if needed)`,
    ),
  );
  expect(clicked.map((c) => c.download)).toEqual([NAME]);
});
