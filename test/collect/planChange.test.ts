// Returns cut before a mid-year regenerate (review2 V10): collected by code and month for the rows
// still in the plan, every other row's figures listed with why (removed, moved to which office), the
// plan change said in words; a workbook of another township is still refused, plainly.
import { collect } from '../../src/actions/collect';
import type { ReturnInput } from '../../src/collect';
import { readXlsxSnapshot, writeSpecToXlsx, XlsxHost } from '../../src/hosts/xlsx';
import { seedPlan, type Plan } from '../../src/plan';
import { buildWorkbookSpec, readTemplate } from '../../src/template';
import { reportText } from './reportText';
import { entries } from './seedFiles';

const NY = '镇农业农村办';
const before = seedPlan();
// The plan as regenerated: NY-07 removed, NY-08 moved to 镇林业站, NY-06's target adjusted from 3月.
const after: Plan = {
  ...before,
  indicators: before.indicators
    .filter((i) => i.code !== 'NY-07')
    .map((i) =>
      i.code === 'NY-08'
        ? { ...i, responsible: '镇林业站' }
        : i.code === 'NY-06'
          ? { ...i, adjustment: { month: 3, value: (i.value as number) * 1.2, max: null, reason: '县政府年中调整' } }
          : i,
    ),
};
const codesOf = (p: Plan) => p.indicators.filter((i) => i.responsible === NY).map((i) => i.code);

async function unitReturn(name: string, p: Plan): Promise<ReturnInput> {
  const built = buildWorkbookSpec(p, { months: [1, 2, 3], unit: NY, figures: entries(p, codesOf(p), 3) });
  if (!built.ok) throw new Error('build');
  const r = readTemplate(await readXlsxSnapshot(await writeSpecToXlsx(built.spec)));
  if (!r.ok) throw new Error(r.message.zh);
  return { file: name, figures: r.figures };
}

async function run(returns: ReturnInput[]) {
  const built = buildWorkbookSpec(after, { months: [1, 2, 3], unit: null, figures: {} });
  if (!built.ok) throw new Error('build');
  const host = await XlsxHost.fromBytes(await writeSpecToXlsx(built.spec));
  const result = await collect(host, { month: 3, returns, masterFile: '总表.xlsx' });
  const r = readTemplate(await host.read());
  if (!r.ok) throw new Error(r.message.zh);
  return { result, text: reportText(result), master: r.figures };
}

describe('a return cut before the plan was adjusted', () => {
  let out: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    out = await run([await unitReturn('农业农村办-旧.xlsx', before)]);
  });

  test('is collected by code and month: the adjusted row’s figures go in', () => {
    expect(out.result.refused).toEqual([]);
    const ny06 = out.master.months.find((s) => s.month === 3)!.rows.find((r) => r.code === 'NY-06')!;
    expect(ny06.month.value).not.toBeNull();
    expect(out.result.sources[0].figures).toBeGreaterThan(0);
  });

  test('the plan change is said in words with what to do, no plan hash', () => {
    expect(out.text).toContain(
      '    此文件是按调整前（或另一版本）的计划生成的分发表，总表的计划已于3月起调整（县政府年中调整）：仍在计划中的指标已按代码和月份汇集（目标调整不影响所填的数）。请给镇农业农村办发新的分发表（generate --from 总表 --unit 镇农业农村办），以后按新表填报',
    );
    expect(out.text).not.toContain('计划指纹');
  });

  test('each row that could not be taken is listed once with why; exit is not clean', () => {
    const lines = out.result.problems.map((p) => p.message.zh);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^“高标准农田提升（2023年）”（NY-07）已在计划调整中删除（总表各月表底部保留原数据）；本文件的 1月!F\d+ = [\d.]+、2月!F\d+ = [\d.]+、3月!F\d+ = [\d.]+ 未汇集$/,
    );
    expect(lines[1]).toContain(
      '（NY-08）在计划调整后改由镇林业站负责，不再是镇农业农村办的指标；请镇林业站用新的分发表填报，或核实后由统计员填入总表；本文件的 1月!F',
    );
    expect(out.result.complete).toBe(false);
  });
});

describe('a workbook of another plan is still refused, plainly', () => {
  test('another township', async () => {
    const other = { ...before, unitName: '邻镇' };
    const out = await run([await unitReturn('邻镇.xlsx', other)]);
    expect(out.result.sources).toEqual([]);
    expect(out.result.refused[0].message.zh).toBe(
      `邻镇.xlsx：未汇集，是“邻镇”的报表，总表是“${before.unitName}”的，不是同一计划；请用本总表生成的分发表`,
    );
  });
});
