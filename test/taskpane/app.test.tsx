/**
 * @jest-environment jsdom
 */
// The task pane as a user meets it: words on screen, buttons, the live status line and error bar.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { langFromDisplayLanguage } from '../../src/taskpane/i18n';
import type { Finding, ReviewCandidate } from '../../src/taskpane/services';
import { UserError } from '../../src/plan/message';
import { candidate, makeServices, planWith } from './services';
import { draftPlan } from '../../src/actions';
import type { Plan } from '../../src/plan/types';

function status(): HTMLElement {
  return screen.getByRole('status');
}

async function renderApp(services = makeServices(), lang: 'zh' | 'en' = 'zh') {
  const utils = render(<App services={services} initialLang={lang} />);
  // The pane looks for a plan and month sheets on open.
  await waitFor(() => expect(services.readPlan).toHaveBeenCalled());
  await act(async () => undefined); // let the plan it found settle
  return { ...utils, services };
}

/** A candidate's review card: the cards load with the first candidates (a chunk of their own, slow
 * to load the first time in a busy test run). */
function reviewCard(name: string) {
  return screen.findByRole('listitem', { name }, { timeout: 10000 });
}

function tab(name: string) {
  fireEvent.click(screen.getByRole('tab', { name }));
  return screen.getByRole('tabpanel');
}

describe('language', () => {
  it('follows Office: Chinese for any zh display language, English otherwise', () => {
    expect(langFromDisplayLanguage('zh-CN')).toBe('zh');
    expect(langFromDisplayLanguage('zh-TW')).toBe('zh');
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('fr-FR')).toBe('en');
    expect(langFromDisplayLanguage(undefined)).toBe('zh');
  });

  it('shows Chinese by default and switches to English and back', async () => {
    await renderApp();
    expect(screen.getAllByRole('tab')).toHaveLength(6);
    for (const name of ['目标', '模板', '汇集', '审核', '汇总', '设置'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getByRole('tab', { selected: true, name: '目标' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    for (const name of ['Targets', 'Templates', 'Collect', 'Checks', 'Summary', 'Settings'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '目标' })).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Indicator Templates');
    fireEvent.click(screen.getByRole('button', { name: '切换到中文' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('指标模板');
  });

  it('starts in English when Office is not in Chinese', async () => {
    await renderApp(makeServices(), 'en');
    expect(screen.getByRole('button', { name: 'Load the sample plan (Xiaojiang 2023)' })).toBeTruthy();
  });
});

describe('目标 view', () => {
  it('loads the sample plan and says how many indicators it has', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: '载入示例计划（小江镇2023）' }));
    await waitFor(() => expect(status().textContent).toBe('已载入 48 项指标'));
    expect(screen.getByText('当前计划：信丰县小江镇 2023年，48项指标')).toBeTruthy();
  });

  it('picks up the plan already in the workbook when it opens', async () => {
    const services = makeServices({ readPlan: jest.fn(async () => ({ plan: planWith(5), problems: [] })) });
    await renderApp(services);
    await screen.findByText('当前计划：信丰县小江镇 2023年，5项指标');
  });

  it('reads the 指标库 sheet and lists its problems by cell', async () => {
    const services = makeServices();
    await renderApp(services);
    services.readPlan.mockResolvedValueOnce({
      plan: planWith(3),
      problems: [
        { sheet: '指标库', cell: 'E7', message: { zh: '目标值不是数字：约3万', en: 'target is not a number' } },
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: '读取“指标库”工作表' }));
    await waitFor(() => expect(status().textContent).toBe('已载入 3 项指标'));
    expect(screen.getByText('“指标库”有 1 处问题')).toBeTruthy();
    expect(screen.getByText('指标库!E7：目标值不是数字：约3万')).toBeTruthy();
  });

  it('says plainly when the workbook has no 指标库 sheet', async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: '读取“指标库”工作表' }));
    const bar = await screen.findByText('工作簿里没有“指标库”工作表。请先载入或导入计划，再写入。');
    expect(bar).toBeTruthy();
    expect(screen.getByText('出错了')).toBeTruthy();
  });

  it('writes the plan to the 指标库 sheet', async () => {
    const services = makeServices();
    await renderApp(services);
    const write = screen.getByRole('button', { name: '写入“指标库”工作表' }) as HTMLButtonElement;
    expect(write.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '载入示例计划（小江镇2023）' }));
    await waitFor(() => expect(write.disabled).toBe(false));
    fireEvent.click(write);
    await waitFor(() => expect(status().textContent).toBe('已写入“指标库”工作表：48项指标'));
    expect(services.writePlan).toHaveBeenCalledWith(expect.objectContaining({ unitName: '信丰县小江镇' }));
  });

  it('reviews extracted candidates beside their source: accept, edit, reject, then build the plan', async () => {
    const services = makeServices({
      extract: jest.fn(async () => ({
        year: 2023,
        candidates: [
          candidate(1, {
            name: '粮食生产面积',
            value: 3.2,
            unit: '万亩',
            source: { start: 2, end: 13, text: '粮食生产面积3.2万亩以上' },
            sentence: '确保粮食生产面积3.2万亩以上。',
          }),
          candidate(2, { name: '新增规上企业', value: 3, unit: '家' }),
          candidate(3, {
            kind: 'milestone',
            suggestedKind: 'milestone',
            name: '国家验收',
            value: null,
            unit: '',
            deadlineMonth: 6,
          }),
        ],
      })),
    });
    await renderApp(services);
    fireEvent.change(screen.getByLabelText('粘贴报告文字'), { target: { value: '确保粮食生产面积3.2万亩以上。' } });
    fireEvent.click(screen.getByRole('button', { name: '提取目标' }));
    await screen.findByRole('heading', { name: '找到 3 项候选目标，已接受 3 项' });
    expect(services.extract).toHaveBeenCalledWith('确保粮食生产面积3.2万亩以上。');

    // The cards load with the candidates (a chunk of their own).
    const first = await reviewCard('粮食生产面积（已接受）');
    expect(within(first).getByText('粮食生产面积3.2万亩以上').tagName).toBe('MARK');
    expect(first.textContent).toContain('确保粮食生产面积3.2万亩以上。');
    fireEvent.change(within(first).getByLabelText('目标值'), { target: { value: '3.5' } });
    fireEvent.change(within(first).getByLabelText('类型'), { target: { value: 'level' } });

    fireEvent.click(screen.getByRole('button', { name: '不要：新增规上企业' }));
    expect(screen.getByRole('listitem', { name: '新增规上企业（已放弃）' })).toBeTruthy();
    const milestone = screen.getByRole('listitem', { name: '国家验收（已接受）' });
    expect((within(milestone).getByLabelText('完成月份') as HTMLSelectElement).value).toBe('6');

    expect((screen.getByLabelText('计划年度') as HTMLInputElement).value).toBe('2023');
    fireEvent.change(screen.getByLabelText('单位名称（填报单位）'), { target: { value: '信丰县小江镇' } });
    fireEvent.click(screen.getByRole('button', { name: '用已接受的 2 项生成计划' }));
    await waitFor(() => expect(status().textContent).toBe('已生成计划：2项指标。请写入“指标库”工作表。'));
    const [text, chosen, options] = services.candidatesToPlan.mock.calls[0];
    expect(text).toBe('确保粮食生产面积3.2万亩以上。');
    expect(options).toEqual({ year: 2023, unitName: '信丰县小江镇' });
    expect(chosen.map((c: ReviewCandidate) => [c.name, c.value, c.suggestedKind])).toEqual([
      ['粮食生产面积', 3.5, 'level'],
      ['国家验收', null, 'milestone'],
    ]);
  });

  it('shows what each candidate was read as: direction for rates, month (and why) for milestones', async () => {
    const services = makeServices({
      extract: jest.fn(async () => ({
        year: 2024,
        unitName: '木洞镇',
        candidates: [
          candidate(1, { name: '单位GDP能耗下降', value: 2, unit: '%', suggestedKind: 'rate', direction: 'decrease' }),
          candidate(2, { name: '地区生产总值增长', value: 6, unit: '%', suggestedKind: 'rate', comparator: 'approx' }),
          candidate(3, {
            kind: 'milestone',
            suggestedKind: 'milestone',
            name: '完成水库除险加固',
            value: null,
            unit: '',
            deadlineMonth: 5,
            deadlineNote: { zh: '汛期前：按5月计', en: 'before the flood season: taken as May' },
          }),
        ],
      })),
    });
    await renderApp(services);
    fireEvent.change(screen.getByLabelText('粘贴报告文字'), { target: { value: '单位GDP能耗下降2%以上。' } });
    fireEvent.click(screen.getByRole('button', { name: '提取目标' }));
    const down = await reviewCard('单位GDP能耗下降（已接受）');
    expect(down.textContent).toContain('读作：下降2%以上');
    expect((within(down).getByLabelText('方向') as HTMLSelectElement).value).toBe('decrease');
    const up = screen.getByRole('listitem', { name: '地区生产总值增长（已接受）' });
    expect(up.textContent).toContain('读作：增长6%左右');
    fireEvent.change(within(up).getByLabelText('方向'), { target: { value: 'decrease' } });
    expect(up.textContent).toContain('读作：下降6%左右');
    fireEvent.change(within(up).getByLabelText('目标值'), { target: { value: '6.5' } });
    expect(up.textContent).toContain('读作：下降6.5%左右');
    const flood = screen.getByRole('listitem', { name: '完成水库除险加固（已接受）' });
    expect(flood.textContent).toContain('读作：5月底前（汛期前：按5月计）');
    expect(flood.textContent).not.toContain('before the flood season');
    expect((screen.getByLabelText('单位名称（填报单位）') as HTMLInputElement).value).toBe('木洞镇');
  });

  it('refuses a target that is not a number, naming the item', async () => {
    const services = makeServices({
      extract: jest.fn(async () => ({ year: 2023, candidates: [candidate(1, { name: '新造油茶林', value: 800 })] })),
    });
    await renderApp(services);
    fireEvent.change(screen.getByLabelText('粘贴报告文字'), { target: { value: '新造油茶林800亩。' } });
    fireEvent.click(screen.getByRole('button', { name: '提取目标' }));
    const card = await reviewCard('新造油茶林（已接受）');
    fireEvent.change(within(card).getByLabelText('目标值'), { target: { value: '约800' } });
    fireEvent.click(screen.getByRole('button', { name: '用已接受的 1 项生成计划' }));
    await screen.findByText('第1项“新造油茶林”的目标值不是数字：约800');
    expect(services.candidatesToPlan).not.toHaveBeenCalled();
  });

  it('asks who reports each target: 责任单位 on every card, the offices typed or planned offered, the rest named', async () => {
    const services = makeServices({
      extract: jest.fn(async () => ({
        year: 2025,
        unitName: '凤山镇',
        candidates: [
          candidate(1, { name: '新造油茶林', value: 800, unit: '亩' }),
          candidate(2, { name: '新增城镇就业', value: 150, unit: '人' }),
          candidate(3, {
            kind: 'milestone',
            suggestedKind: 'milestone',
            name: '完成秋粮收储',
            value: null,
            unit: '',
            deadlineMonth: 9,
          }),
        ],
      })),
      // The draft as the extractor makes it: a row without an office has none.
      candidatesToPlan: jest.fn(async (text: string, cs: ReviewCandidate[], o: { year: number; unitName: string }) =>
        draftPlan({ text, candidates: cs, ...o }),
      ),
    });
    await renderApp(services);
    // The sample plan's offices are offered too.
    fireEvent.click(screen.getByRole('button', { name: '载入示例计划（小江镇2023）' }));
    await waitFor(() => expect(status().textContent).toBe('已载入 48 项指标'));
    fireEvent.change(screen.getByLabelText('粘贴报告文字'), { target: { value: '新造油茶林800亩。' } });
    fireEvent.click(screen.getByRole('button', { name: '提取目标' }));
    const forest = await reviewCard('新造油茶林（已接受）');
    const office = within(forest).getByLabelText('责任单位') as HTMLInputElement;
    expect(office.value).toBe('');
    fireEvent.change(office, { target: { value: '凤山镇林业站' } });
    const jobs = screen.getByRole('listitem', { name: '新增城镇就业（已接受）' });
    const list = within(jobs).getByLabelText('责任单位') as HTMLInputElement;
    const offered = [...document.querySelectorAll(`datalist#${list.getAttribute('list')} option`)].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(offered).toContain('凤山镇林业站');
    expect(offered).toContain('镇农业农村办');
    fireEvent.change(list, { target: { value: '镇社保所' } });
    fireEvent.click(screen.getByRole('button', { name: '用已接受的 3 项生成计划' }));
    await waitFor(
      () =>
        expect(status().textContent).toBe(
          '已生成计划：3项指标。请写入“指标库”工作表。其中1项未填责任单位：写入后可在“指标库”工作表的“责任单位”列补填，再读取“指标库”工作表。',
        ),
      // The draft loads the extractor's chunk on first use.
      { timeout: 10000 },
    );
    const built = (await services.candidatesToPlan.mock.results[0].value) as Plan;
    expect(built.indicators.map((i) => [i.name, i.responsible])).toEqual([
      ['新造油茶林', '凤山镇林业站'],
      ['新增城镇就业', '镇社保所'],
      ['完成秋粮收储', null],
    ]);
  });

  it('says so when the text has no targets', async () => {
    await renderApp();
    fireEvent.change(screen.getByLabelText('粘贴报告文字'), { target: { value: '今天天气很好。' } });
    fireEvent.click(screen.getByRole('button', { name: '提取目标' }));
    await waitFor(() => expect(status().textContent).toBe('没有在文字中找到目标任务。'));
  });
});

describe('模板 view', () => {
  it('asks 年中调整 or 更正 for a target changed under filled months, then generates with the answers', async () => {
    const plan = planWith(48);
    const services = makeServices({
      readPlan: jest.fn(async () => ({ plan, problems: [] })),
      targetQuestions: jest.fn(async () => [
        {
          code: 'NY-04',
          name: '新造油茶林',
          unit: '亩',
          from: 800,
          to: 1000,
          months: [1, 2, 3, 4, 5, 6],
          filled: [1, 2, 3, 4, 5, 6],
          as: 'change',
          adjustment: null,
          question: true,
        },
      ]),
      generate: jest.fn(async () => ({
        added: [],
        updated: ['指标库', '1月'],
        notices: [],
        degraded: [],
        changes: [{ zh: '目标调整：NY-04 新造油茶林 800亩 → 1000亩（7月起）', en: 'target adjusted' }],
      })),
    });
    services.months.mockResolvedValue([1, 2, 3, 4, 5, 6]);
    await renderApp(services);
    const panel = tab('模板');
    fireEvent.click(within(panel).getByRole('button', { name: '生成或更新模板' }));
    await waitFor(() => expect(status().textContent).toBe('有1项改动涉及已填报的月份，请先选择是年中调整还是更正'));
    expect(services.generate).not.toHaveBeenCalled();
    const choice = within(panel).getByLabelText(
      'NY-04 新造油茶林：目标由800亩改为1000亩，1月、2月、3月、4月、5月、6月已填报',
    ) as HTMLSelectElement;
    expect(choice.value).toBe('7'); // the month after the last one filled
    fireEvent.change(within(panel).getByLabelText('调整原因（写入指标库和汇总）'), {
      target: { value: '县政府年中调整' },
    });
    fireEvent.click(within(panel).getByRole('button', { name: '按以上选择生成' }));
    await waitFor(() => expect(services.generate).toHaveBeenCalledTimes(1));
    expect(services.generate.mock.calls[0][1].decisions).toEqual([
      { code: 'NY-04', as: 'adjustment', month: 7, reason: '县政府年中调整' },
    ]);
    await within(panel).findByText('目标调整：NY-04 新造油茶林 800亩 → 1000亩（7月起）');
    // Answered as a correction instead.
    fireEvent.click(within(panel).getByRole('button', { name: '生成或更新模板' }));
    const again = await within(panel).findByLabelText(
      'NY-04 新造油茶林：目标由800亩改为1000亩，1月、2月、3月、4月、5月、6月已填报',
    );
    fireEvent.change(again, { target: { value: '0' } });
    fireEvent.click(within(panel).getByRole('button', { name: '按以上选择生成' }));
    await waitFor(() => expect(services.generate).toHaveBeenCalledTimes(2));
    expect(services.generate.mock.calls[1][1].decisions).toEqual([{ code: 'NY-04', as: 'correction' }]);
  });

  it('asks about other changes too: an indicator added, a unit changed (no default: it must be chosen)', async () => {
    const plan = planWith(48);
    const line = (zh: string) => ({ code: 'NY-04', field: 'unit', judges: true, message: { zh, en: zh } });
    const services = makeServices({
      readPlan: jest.fn(async () => ({ plan, problems: [] })),
      targetQuestions: jest.fn(async () => [
        {
          code: 'NY-09',
          name: '新建设施农业大棚',
          changes: [],
          filled: [1, 2, 3, 4, 5, 6],
          added: true,
          before: null,
          unit: null,
        },
        {
          code: 'NY-04',
          name: '新造油茶林',
          changes: [line('NY-04 新造油茶林 单位：亩 → 万亩')],
          filled: [1, 2],
          added: false,
          before: null,
          unit: {
            from: '亩',
            to: '万亩',
            figures: [
              { month: 1, value: 100 },
              { month: 2, value: 120 },
            ],
          },
        },
      ]),
      generate: jest.fn(async () => ({ added: [], updated: ['指标库'], notices: [], degraded: [], changes: [] })),
    });
    services.months.mockResolvedValue([1, 2, 3, 4, 5, 6]);
    await renderApp(services);
    const panel = tab('模板');
    fireEvent.click(within(panel).getByRole('button', { name: '生成或更新模板' }));
    await waitFor(() => expect(status().textContent).toBe('有2项改动涉及已填报的月份，请先选择是年中调整还是更正'));
    const added = within(panel).getByLabelText(
      '新增 NY-09 新建设施农业大棚；1月、2月、3月、4月、5月、6月已填报',
    ) as HTMLSelectElement;
    expect(added.value).toBe('7');
    expect(within(added).getByRole('option', { name: '年中新增，7月起填报（此前各月不适用）' })).toBeTruthy();
    const unit = within(panel).getByLabelText('NY-04 新造油茶林 单位：亩 → 万亩；1月、2月已填报') as HTMLSelectElement;
    expect(unit.value).toBe('-1');
    expect(panel.textContent).toContain('单位由亩改为万亩：已填的数字（1月 100、2月 120）将按万亩读取');
    fireEvent.click(within(panel).getByRole('button', { name: '按以上选择生成' }));
    await screen.findByText('请先确认单位变更：已填的数字是否按新单位填写');
    expect(services.generate).not.toHaveBeenCalled();
    fireEvent.change(unit, { target: { value: '0' } });
    fireEvent.click(within(panel).getByRole('button', { name: '按以上选择生成' }));
    await waitFor(() => expect(services.generate).toHaveBeenCalledTimes(1));
    expect(services.generate.mock.calls[0][1].decisions).toEqual([
      { scope: 'fields', code: 'NY-09', as: 'adjustment', month: 7, reason: null },
      { scope: 'fields', code: 'NY-04', as: 'correction' },
    ]);
  });

  it('asks for a plan first', async () => {
    await renderApp();
    expect(tab('模板').textContent).toContain('还没有目标任务。请先在“目标”页载入或导入。');
  });

  it('previews and generates January to March for the master', async () => {
    const services = makeServices({
      readPlan: jest.fn(async () => ({ plan: planWith(48), problems: [] })),
      previewTemplates: jest.fn(async () => ({ added: ['1月', '2月', '3月'], updated: ['指标库'], kept: ['Sheet1'] })),
      generate: jest.fn(async () => ({
        added: ['1月', '2月', '3月'],
        updated: ['指标库'],
        notices: [{ zh: '3月的累计要从上月累计算起，因此同时生成了1月、2月表', en: 'months 1, 2 generated too' }],
        degraded: [
          {
            zh: '此版本 Excel 不支持数据验证（下拉列表、数值限制），已略过（需要 ExcelApi 1.8）',
            en: 'This Excel does not support data validation; left out (needs ExcelApi 1.8)',
          },
        ],
      })),
    });
    services.months.mockResolvedValueOnce([]).mockResolvedValue([1, 2, 3]);
    await renderApp(services);
    const panel = tab('模板');
    await waitFor(() => expect((within(panel).getByLabelText('年度') as HTMLInputElement).value).toBe('2023'));
    fireEvent.change(within(panel).getByLabelText('到'), { target: { value: '3' } });
    fireEvent.click(within(panel).getByRole('button', { name: '预览变更' }));
    await waitFor(() => expect(status().textContent).toBe('新增 3 张，更新 1 张，保留 1 张工作表'));
    expect(within(panel).getByRole('heading', { name: '将要做的变更' })).toBeTruthy();
    expect(within(panel).getByText('新增（3）')).toBeTruthy();
    expect(services.previewTemplates).toHaveBeenCalledWith(expect.objectContaining({ year: 2023 }), {
      year: 2023,
      months: [1, 2, 3],
      unit: null,
    });

    fireEvent.click(within(panel).getByRole('button', { name: '生成或更新模板' }));
    await waitFor(() => expect(status().textContent).toBe('已生成或更新 4 张工作表'));
    expect(within(panel).getByText('新增（3）')).toBeTruthy();
    expect(within(panel).getByRole('heading', { name: '已做的变更' })).toBeTruthy();
    expect(within(panel).queryByText('保留（1）')).toBeNull();
    expect(within(panel).getByText('3月的累计要从上月累计算起，因此同时生成了1月、2月表')).toBeTruthy();
    expect(
      within(panel).getByText('此版本 Excel 不支持数据验证（下拉列表、数值限制），已略过（需要 ExcelApi 1.8）'),
    ).toBeTruthy();
  });

  it('lists each office once in the 责任单位 drop-down, a row two offices share included (plan/owners)', async () => {
    const plan = planWith(48);
    plan.indicators.find((i) => i.code === 'NY-04')!.responsible = '牵头：镇林业站；配合：镇农业农村办';
    plan.indicators.find((i) => i.code === 'NY-06')!.responsible = '镇农业农村办、镇水利站';
    const services = makeServices({ readPlan: jest.fn(async () => ({ plan, problems: [] })) });
    await renderApp(services);
    const panel = tab('模板');
    await waitFor(() => expect((within(panel).getByLabelText('年度') as HTMLInputElement).value).toBe('2023'));
    const select = within(panel).getByLabelText('责任单位') as HTMLSelectElement;
    const offered = [...select.options].map((o) => o.value).filter((v) => v !== '');
    expect(offered.filter((u) => /[、；：]/.test(u))).toEqual([]);
    expect(new Set(offered).size).toBe(offered.length);
    expect(offered).toEqual(expect.arrayContaining(['镇林业站', '镇农业农村办', '镇水利站']));
  });

  it('cuts a template for one responsible unit, takes a new year and rejects a bad one', async () => {
    const services = makeServices({ readPlan: jest.fn(async () => ({ plan: planWith(48), problems: [] })) });
    await renderApp(services);
    const panel = tab('模板');
    await waitFor(() => expect((within(panel).getByLabelText('年度') as HTMLInputElement).value).toBe('2023'));
    fireEvent.change(within(panel).getByLabelText('责任单位'), { target: { value: '镇水利站' } });
    fireEvent.click(within(panel).getByRole('button', { name: '预览变更' }));
    await waitFor(() => expect(services.previewTemplates).toHaveBeenCalled());
    expect(services.previewTemplates.mock.calls[0][1]).toEqual({
      year: 2023,
      months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      unit: '镇水利站',
    });

    fireEvent.change(within(panel).getByLabelText('年度'), { target: { value: '2024' } });
    fireEvent.click(within(panel).getByRole('button', { name: '生成或更新模板' }));
    await waitFor(() => expect(services.generate).toHaveBeenCalledTimes(1));
    expect(services.generate.mock.calls[0][1]).toMatchObject({ year: 2024 });
    await screen.findByText('当前计划：信丰县小江镇 2024年，48项指标');

    fireEvent.change(within(panel).getByLabelText('年度'), { target: { value: '23' } });
    fireEvent.click(within(panel).getByRole('button', { name: '生成或更新模板' }));
    await screen.findByText('年度应为2000-2100之间的整数，收到 23');
    expect(services.generate).toHaveBeenCalledTimes(1);
  });
});

const FINDINGS: Finding[] = [
  {
    sheet: '3月',
    cell: 'F12',
    code: 'NY-01',
    name: '粮食生产面积',
    rule: 'format',
    tier: 'error',
    message: {
      zh: '3月!F12 粮食生产面积：填的是文字“约3万”，不是数字',
      en: '3月!F12 粮食生产面积: "约3万" is text, not a number',
    },
    found: '约3万',
    expected: '以万亩为单位的数字',
    suggestion: null,
  },
  {
    sheet: '3月',
    cell: 'F20',
    code: 'GY-03',
    name: '新增规上企业',
    rule: 'mom',
    tier: 'verify',
    message: { zh: '3月!F20 新增规上企业：本月比上月增长500%', en: '3月!F20: up 500% on last month' },
    found: '6',
    expected: '',
    suggestion: null,
  },
  {
    sheet: '3月',
    cell: 'F30',
    code: 'ST-02',
    name: '造林面积',
    rule: 'yoy',
    tier: 'note',
    message: { zh: '造林面积同比增长80%（备注已说明：补种）', en: 'up 80% year on year (explained)' },
    found: '80',
    expected: '',
    suggestion: '800',
  },
  {
    sheet: '3月',
    cell: 'F31',
    code: 'ST-03',
    name: '森林覆盖率',
    rule: 'format',
    tier: 'error',
    message: { zh: '3月!F31 森林覆盖率：“12%”应填为12', en: '3月!F31: "12%" should be 12' },
    found: '12%',
    expected: '数字',
    suggestion: '12',
  },
];

describe('审核 view', () => {
  it('groups findings by tier with counts, filters them, and a click selects the cell', async () => {
    const services = makeServices({
      check: jest.fn(async (month: number) => ({ month, findings: FINDINGS, warnings: [] })),
    });
    services.months.mockResolvedValue([1, 2, 3]);
    await renderApp(services);
    const panel = tab('审核');
    await waitFor(() => expect((within(panel).getByLabelText('月份') as HTMLSelectElement).value).toBe('3'));
    fireEvent.click(within(panel).getByRole('button', { name: '运行审核' }));
    await waitFor(() => expect(status().textContent).toBe('发现 4 条审核结果：强制性 2，核实性 1，提示性 1'));
    expect(services.check).toHaveBeenCalledWith(3);

    expect(
      within(panel)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['强制性（2） 必须改正', '核实性（1） 需在备注中说明', '提示性（1） 仅供参考']);
    const first = within(panel).getByRole('button', { name: /^转到 3月!F12：/ });
    expect(first.textContent).toContain('3月!F12 · 粮食生产面积');
    expect(first.textContent).toContain('填的是文字“约3万”，不是数字');
    expect(first.textContent).toContain('应为：以万亩为单位的数字');
    expect(within(panel).getByRole('button', { name: /^转到 3月!F31/ }).textContent).toContain('建议：12');

    fireEvent.click(within(panel).getByRole('button', { name: '核实性 1' }));
    expect(
      within(panel)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['核实性（1） 需在备注中说明']);
    expect(within(panel).queryByRole('button', { name: /^转到 3月!F12/ })).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: '全部 4' }));

    fireEvent.click(within(panel).getByRole('button', { name: /^转到 3月!F12/ }));
    await waitFor(() => expect(status().textContent).toBe('已选中 3月!F12'));
    expect(services.select).toHaveBeenCalledWith('3月', 'F12');
  });

  it('says when a month is clean, and clears marks', async () => {
    const services = makeServices();
    await renderApp(services);
    const panel = tab('审核');
    fireEvent.change(within(panel).getByLabelText('月份'), { target: { value: '2' } });
    fireEvent.click(within(panel).getByRole('button', { name: '运行审核' }));
    await waitFor(() => expect(status().textContent).toBe('2月没有发现问题。'));
    fireEvent.click(within(panel).getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(status().textContent).toBe('已清除单元格上的审核标记'));
    expect(services.clearFindings).toHaveBeenCalledTimes(1);
  });

  it('shows findings in English when the pane is in English', async () => {
    const services = makeServices({
      check: jest.fn(async (month: number) => ({
        month,
        findings: FINDINGS,
        warnings: [
          {
            zh: '无法在单元格上标记审核结果：工作表受保护',
            en: 'Could not mark the findings: the sheet is protected',
          },
        ],
      })),
    });
    await renderApp(services, 'en');
    const panel = tab('Checks');
    fireEvent.click(within(panel).getByRole('button', { name: 'Run checks' }));
    await waitFor(() => expect(status().textContent).toBe('4 findings: 2 errors, 1 to verify, 1 notes'));
    expect(within(panel).getByRole('button', { name: /^Go to 3月!F12/ }).textContent).toContain(
      '"约3万" is text, not a number',
    );
    expect(within(panel).getByText('Could not mark the findings: the sheet is protected')).toBeTruthy();
    expect(within(panel).getAllByRole('heading', { level: 2 })[0].textContent).toBe('Error (2) must be fixed');
    expect(within(panel).getByRole('button', { name: /^Go to 3月!F12/ }).textContent).toContain(
      'Expected: 以万亩为单位的数字',
    );
  });
});

describe('progress and errors', () => {
  it('shows progress while an action runs and announces the result', async () => {
    let finish: (v: { month: number; findings: Finding[]; warnings: [] }) => void = () => undefined;
    const services = makeServices({
      check: jest.fn(() => new Promise((resolve) => (finish = resolve))),
    });
    await renderApp(services);
    const panel = tab('审核');
    fireEvent.click(within(panel).getByRole('button', { name: '运行审核' }));
    expect((within(panel).getByRole('button', { name: '运行审核' }) as HTMLButtonElement).disabled).toBe(true);
    expect(await screen.findByRole('progressbar', { name: '正在处理…' })).toBeTruthy();
    expect(screen.getByText('运行审核…')).toBeTruthy();
    await act(async () => finish({ month: 1, findings: [], warnings: [] }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(status().textContent).toBe('1月没有发现问题。');
  });

  it('shows an error in plain words in the user language, and it can be dismissed', async () => {
    const services = makeServices({
      fillSummary: jest.fn(async () => {
        throw new UserError({ zh: '工作簿中没有3月的月报表', en: 'the workbook has no sheet for month 3' });
      }),
    });
    await renderApp(services, 'en');
    const panel = tab('Summary');
    fireEvent.click(within(panel).getByRole('button', { name: 'Fill the 汇总 sheet' }));
    expect(await screen.findByText('the workbook has no sheet for month 3')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('the workbook has no sheet for month 3')).toBeNull();
  });

  it('shows a failure to read the workbook on open', async () => {
    const services = makeServices({
      months: jest.fn(async () => {
        throw new UserError({
          zh: '此版本 Excel 过旧，指标模板需要 ExcelApi 1.4 或更高版本。',
          en: 'This Excel is too old: Indicator Templates needs ExcelApi 1.4 or later.',
        });
      }),
    });
    render(<App services={services} initialLang="zh" />);
    await screen.findByText('此版本 Excel 过旧，指标模板需要 ExcelApi 1.4 或更高版本。');
    expect(services.readPlan).not.toHaveBeenCalled();
  });

  it('never shows a stack trace for an unexpected error', async () => {
    const services = makeServices({
      clearFindings: jest.fn(async () => {
        throw new TypeError('Cannot read properties of undefined');
      }),
    });
    await renderApp(services);
    fireEvent.click(within(tab('审核')).getByRole('button', { name: '清除标记' }));
    const text = await screen.findByText('操作没有完成：Cannot read properties of undefined');
    expect(text.textContent).not.toMatch(/at \w+ \(/);
  });
});

describe('汇总 view', () => {
  const narrative = '截至3月底，粮食生产面积完成2.1万亩，占年度目标的65.6%，超序时进度40.6个百分点。';

  it('fills the 汇总 sheet, shows the counts and the text, and copies it', async () => {
    const services = makeServices({
      fillSummary: jest.fn(async (month: number) => ({
        month,
        counts: [
          { status: '已完成', count: 5 },
          { status: '欠进度', count: 7 },
        ],
        narrative,
        warnings: [],
      })),
    });
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    await renderApp(services);
    const panel = tab('汇总');
    fireEvent.click(within(panel).getByRole('button', { name: '填写“汇总”工作表' }));
    await waitFor(() => expect(status().textContent).toBe('已填写1月的“汇总”工作表'));
    expect((within(panel).getByLabelText('进度文字') as HTMLTextAreaElement).value).toBe(narrative);
    expect(within(panel).getByText('已完成 5')).toBeTruthy();
    expect(within(panel).getByText('欠进度 7')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '复制文字' }));
    await waitFor(() => expect(status().textContent).toBe('已复制到剪贴板'));
    expect(writeText).toHaveBeenCalledWith(narrative);
  });

  it('shows the counts in English words when the pane is in English', async () => {
    const services = makeServices({
      fillSummary: jest.fn(async (month: number) => ({
        month,
        counts: [
          { status: '已完成', count: 5 },
          { status: '欠进度', count: 7 },
        ],
        narrative,
        warnings: [],
      })),
    });
    await renderApp(services, 'en');
    const panel = tab('Summary');
    fireEvent.click(within(panel).getByRole('button', { name: /汇总/ }));
    await within(panel).findByText('done 5');
    expect(within(panel).getByText('behind schedule 7')).toBeTruthy();
  });

  it('falls back to a selected textarea and execCommand when the Clipboard API is refused', async () => {
    const services = makeServices({
      fillSummary: jest.fn(async (month: number) => ({ month, counts: [], narrative, warnings: [] })),
    });
    Object.assign(navigator, {
      clipboard: {
        writeText: jest.fn(async () => {
          throw new Error('NotAllowedError');
        }),
      },
    });
    let copied = '';
    document.execCommand = jest.fn(() => {
      copied = (document.activeElement as HTMLTextAreaElement).value;
      return true;
    });
    await renderApp(services);
    const panel = tab('汇总');
    fireEvent.click(within(panel).getByRole('button', { name: '填写“汇总”工作表' }));
    await within(panel).findByRole('button', { name: '复制文字' });
    fireEvent.click(within(panel).getByRole('button', { name: '复制文字' }));
    await waitFor(() => expect(status().textContent).toBe('已复制到剪贴板'));
    expect(copied).toBe(narrative);
  });
});

describe('设置 view', () => {
  it('validates and saves the bands, thresholds and rounding to the workbook', async () => {
    const services = makeServices({ readPlan: jest.fn(async () => ({ plan: planWith(48), problems: [] })) });
    await renderApp(services);
    const panel = tab('设置');
    const ahead = await within(panel).findByLabelText('超进度：差额不少于（百分点）');
    expect((ahead as HTMLInputElement).value).toBe('5');
    fireEvent.change(ahead, { target: { value: 'abc' } });
    expect(within(panel).getByText('“超进度：差额不少于（百分点）”应为不小于 0 的数字')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: '保存到工作簿' }));
    await waitFor(() =>
      expect(screen.getAllByText('“超进度：差额不少于（百分点）”应为不小于 0 的数字')).toHaveLength(2),
    );
    expect(services.saveSettings).not.toHaveBeenCalled();

    fireEvent.change(ahead, { target: { value: '10' } });
    fireEvent.change(within(panel).getByLabelText('序时进度取整'), { target: { value: '' } });
    fireEvent.click(within(panel).getByRole('button', { name: '保存到工作簿' }));
    await waitFor(() => expect(status().textContent).toBe('设置已保存到工作簿，模板已按新设置更新'));
    expect(services.saveSettings.mock.calls[0][1]).toEqual({
      scheduleDecimals: null,
      bands: { aheadPp: 10, behindPp: 0, redPp: 30 },
      thresholds: { momChange: 3, yoyChange: 0.5, overTargetMultiple: 3, scaleFactor: 1000 },
    });
  });
});
