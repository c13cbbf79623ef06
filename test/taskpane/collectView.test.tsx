/**
 * @jest-environment jsdom
 */
// The 汇集 view as a user meets it: pick several returned files, collect, read what came from where,
// the conflict and the refused file; a click on the conflict shows the master's cell.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { UserError } from '../../src/plan/message';
import type { CollectOutcome, PickedFile } from '../../src/taskpane/services';
import { makeServices } from './services';

const OUTCOME: CollectOutcome = {
  month: 3,
  sheet: '3月',
  sources: [
    {
      file: '镇招商办.xlsx',
      unit: '镇招商办',
      months: [1, 2, 3],
      figures: 4,
      states: 0,
      notes: 0,
      unchanged: 0,
      corrections: 0,
      planChange: null,
      ledgerEdits: null,
      conflicts: 0,
      sameAs: null,
    },
    {
      file: '镇经济发展办.xlsx',
      unit: '镇经济发展办',
      months: [3],
      figures: 5,
      states: 2,
      notes: 1,
      unchanged: 0,
      corrections: 0,
      planChange: null,
      ledgerEdits: {
        zh: '镇经济发展办报表的指标库与总表不同：GY-05 新增规上企业 目标值：3 → 5；未采用，以总表为准（如需调整请走年中调整）',
        en: "镇经济发展办's return has a 指标库 that differs from the master's: GY-05 新增规上企业 target: 3 → 5; not adopted, the master's plan rules (a change to the plan is a mid-year adjustment)",
      },
      conflicts: 1,
      sameAs: null,
    },
  ],
  taken: [
    {
      code: 'ZS-01',
      name: '招商引资签约项目',
      field: 'month',
      value: { zh: '2', en: '2' },
      status: 'new',
      previous: null,
      sheet: '3月',
      cell: 'F7',
      from: [{ file: '镇招商办.xlsx', sheet: '3月', cell: 'F6' }],
    },
  ],
  conflicts: [
    {
      kind: 'differs-from-master',
      code: 'GY-05',
      name: '新增规上企业',
      message: {
        zh: '“新增规上企业”（GY-05）本月数：镇经济发展办.xlsx 填 2，总表 3月!F20 已有 1，未覆盖',
        en: '"新增规上企业" (GY-05) monthly figure: 镇经济发展办.xlsx gives 2, the master has 1 at 3月!F20; not overwritten',
      },
      sheet: '3月',
      cell: 'F20',
    },
  ],
  unheard: [
    {
      office: '镇林业站',
      file: null,
      message: {
        zh: '尚未收到镇林业站的3月报表：2项（新造油茶林，改造低产油茶林）在总表中仍为空',
        en: 'nothing from 镇林业站',
      },
    },
  ],
  settled: [
    {
      month: 2,
      code: 'MS-03',
      name: '新建村级养老服务站',
      field: 'month',
      sheet: '2月',
      cell: 'F42',
      files: ['镇农业农村办.xlsx'],
      message: {
        zh: '“新建村级养老服务站”（MS-03）2月的本月数已在总表核定：总表 2月!F42 为 2（与镇社会事务办报的相同）；镇农业农村办报 1（镇农业农村办.xlsx 2月!F23），此前汇集时已列为不一致，未采用',
        en: '"新建村级养老服务站" (MS-03) month 2 was settled in the master',
      },
    },
  ],
  refused: [
    {
      file: '镇林业站.xlsx',
      message: {
        zh: '镇林业站.xlsx 未汇集：是2024年的报表，总表是2023年',
        en: '镇林业站.xlsx not collected: it is a 2024 template; the master is for 2023',
      },
    },
  ],
  problems: [],
  written: 12,
  findings: [],
  readAs: [
    {
      zh: 'NY-01 粮食生产面积：本月数与总表相同——镇农业农村办报来 4200，是按亩填写的，即总表的 0.42万亩（3月!F5，总表 3月!F18）；请告知镇农业农村办按万亩填报',
      en: "NY-01 粮食生产面积: monthly figure the same as the master's",
    },
  ],
};

function xlsx(name: string): File {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
  const f = new File([bytes], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  // jsdom's File lacks arrayBuffer(); give it the bytes the browser would.
  Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(0) });
  return f;
}

async function openCollect(services = makeServices(), lang: 'zh' | 'en' = 'zh') {
  render(<App services={services} initialLang={lang} />);
  await waitFor(() => expect(services.readPlan).toHaveBeenCalled());
  await act(async () => undefined);
  fireEvent.click(screen.getByRole('tab', { name: lang === 'zh' ? '汇集' : 'Collect' }));
  return screen.getByRole('tabpanel');
}

describe('汇集 view', () => {
  it('collects the picked files for the chosen month and reports what came from where', async () => {
    const services = makeServices({
      months: jest.fn(async () => [1, 2, 3]),
      collect: jest.fn(async () => OUTCOME),
    });
    const panel = await openCollect(services);
    const run = within(panel).getByRole('button', { name: '汇集到本工作簿' });
    expect((run as HTMLButtonElement).disabled).toBe(true);
    expect(within(panel).getByText('未选择报表')).toBeTruthy();

    const input = within(panel).getByLabelText('各单位交回的报表（.xlsx，可多选）', { selector: 'input' });
    fireEvent.change(input, { target: { files: [xlsx('镇招商办.xlsx'), xlsx('镇经济发展办.xlsx')] } });
    fireEvent.change(input, { target: { files: [xlsx('镇林业站.xlsx')] } });
    expect(within(panel).getByText('已选择 3 个文件')).toBeTruthy();
    // One removed and picked again: still three, no duplicate.
    fireEvent.click(within(panel).getByRole('button', { name: '移除 镇林业站.xlsx' }));
    fireEvent.change(input, { target: { files: [xlsx('镇林业站.xlsx'), xlsx('镇招商办.xlsx')] } });
    expect(within(panel).getByText('已选择 3 个文件')).toBeTruthy();

    fireEvent.click(run);
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        '已填入 12 个单元格，采用 2 个文件；冲突 1 项，未汇集 1 个文件',
      ),
    );
    const [files, month] = services.collect.mock.calls[0] as [PickedFile[], number];
    expect(month).toBe(3);
    expect(files.map((f) => f.name).sort()).toEqual(['镇招商办.xlsx', '镇林业站.xlsx', '镇经济发展办.xlsx'].sort());
    expect(files.every((f) => f.bytes.byteLength === 4)).toBe(true);

    const sources = within(panel).getByRole('region', { name: '来源' });
    expect(sources.textContent).toContain('镇经济发展办.xlsx（镇经济发展办）');
    expect(sources.textContent).toContain(
      '采用 3月：新填入 5 个数字、2 个进展状态、1 条备注；与总表相同 0 项；冲突 1 项',
    );
    expect(within(sources).getByRole('button', { name: /转到 3月!F7：ZS-01 招商引资签约项目 本月 2/ })).toBeTruthy();
    expect(sources.textContent).toContain('来自 镇招商办.xlsx 3月!F6');
    // An office's edits of its own 指标库 are answered under its file, as on the command line.
    expect(sources.textContent).toContain(
      '镇经济发展办报表的指标库与总表不同：GY-05 新增规上企业 目标值：3 → 5；未采用，以总表为准（如需调整请走年中调整）',
    );

    const conflicts = within(panel).getByRole('region', { name: '冲突（1，未采用，总表原有的数不变）' });
    expect(conflicts.textContent).toContain('与总表不同 · GY-05 新增规上企业');
    // A disagreement the statistician settled in the master is told apart, not as a conflict again.
    const settled = within(panel).getByRole('region', { name: '此前的不一致已在总表核定（1，以总表为准）' });
    expect(settled.textContent).toContain('已核定 · MS-03 新建村级养老服务站');
    expect(settled.textContent).toContain(
      '镇农业农村办报 1（镇农业农村办.xlsx 2月!F23），此前汇集时已列为不一致，未采用',
    );
    expect(within(settled).getByRole('button', { name: /^转到 2月!F42：/ })).toBeTruthy();
    expect(panel.textContent).toContain(
      '尚未收到本月报表的单位（1）尚未收到镇林业站的3月报表：2项（新造油茶林，改造低产油茶林）在总表中仍为空',
    );
    // An office's figure in another unit that the master already holds, corrected: said with the unit.
    expect(panel.textContent).toContain(
      '报来的数总表已有或已核定（1，写法、单位不同或此前已改，未改总表）NY-01 粮食生产面积：本月数与总表相同——镇农业农村办报来 4200，是按亩填写的，即总表的 0.42万亩（3月!F5，总表 3月!F18）；请告知镇农业农村办按万亩填报',
    );
    const refused = within(panel).getByRole('region', { name: '未汇集的文件（1）' });
    expect(refused.textContent).toBe('未汇集的文件（1）镇林业站.xlsx 未汇集：是2024年的报表，总表是2023年');
    expect(within(panel).getByRole('region', { name: '汇集后的审核' }).textContent).toContain('3月审核没有发现问题。');

    fireEvent.click(within(conflicts).getByRole('button', { name: /^转到 3月!F20：/ }));
    await waitFor(() => expect(services.select).toHaveBeenCalledWith('3月', 'F20'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已选中 3月!F20'));
  });

  it('speaks English and shows a failure in the error bar', async () => {
    const services = makeServices({
      collect: jest.fn(async () => {
        throw new UserError({ zh: '这个工作簿还不是月报表模板', en: 'This workbook is not a generated template yet' });
      }),
    });
    const panel = await openCollect(services, 'en');
    const input = within(panel).getByLabelText('Returned workbooks (.xlsx, several at once)', { selector: 'input' });
    fireEvent.change(input, { target: { files: [xlsx('a.xlsx')] } });
    expect(within(panel).getByText('1 file chosen')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Collect into this workbook' }));
    await waitFor(() => expect(screen.getByText('This workbook is not a generated template yet')).toBeTruthy());
  });
});
