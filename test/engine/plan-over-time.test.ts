// The plan over a year and into the next, on files through the generate action (XlsxHost), with
// LibreOffice recalculating the regenerated workbooks: a year filled to 6月, a 年中调整 of three
// targets, one indicator removed and one added, regenerate, fill to 12月, summarize; then next year,
// whose 1月 同比 check uses last year's January figure.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxHost, readXlsxSnapshot, writeSpecToXlsx } from '../../src/hosts/xlsx';
import { previewRegenerate, regenerate, regenerateLines } from '../../src/actions/regenerate';
import { buildWorkbookSpec, readTemplate } from '../../src/template';
import { summarize } from '../../src/summary';
import { runChecks } from '../../src/check';
import type { Plan } from '../../src/plan';
import type { CellValue } from '../../src/workbook/spec';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import { ind, planOf } from '../support/plans';
import { recalc, sofficePath } from '../support/libreoffice';
import { sameValue } from './compare';

jest.setTimeout(240_000);

const SECTIONS = [{ id: '1', title: '产业发展' }];
const A = ind({ code: 'A', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800, responsible: '林业站' });
const B = ind({ code: 'B', kind: 'cumulative', name: '新增就业', unit: '人', value: 300, responsible: '人社所' });
const C = ind({ code: 'C', kind: 'level', name: '大棚面积', unit: '亩', value: 500, responsible: '农业办' });
const D = ind({ code: 'D', kind: 'rate', name: '营业收入增长', unit: '%', value: 8, responsible: '经发办' });
const E = ind({ code: 'E', kind: 'cumulative', name: '旧村改造', unit: '个', value: 6, responsible: '规划办' });
const F = ind({ code: 'F', kind: 'cumulative', name: '新建村道', unit: '公里', value: 12, responsible: '交通站' });

const plan2023: Plan = planOf([A, B, C, D, E], { year: 2023, unitName: '测试镇', sections: SECTIONS });
// Mid-year: the county raises A and D, lowers B; E is dropped and F added after a meeting.
const midYear: Plan = {
  ...plan2023,
  indicators: [{ ...A, value: 1000 }, { ...B, value: 250 }, C, { ...D, value: 10 }, F],
};

// Monthly entries (本月): flows, the level, the year-to-date growth rate.
const H1: Record<string, number[]> = {
  A: [60, 60, 70, 70, 70, 70], // 400 by June: 50% of 800 (达进度); of 1000 it would be 40%
  B: [20, 20, 20, 20, 20, 20], // 120 by June: 40% of 300 (欠进度)
  C: [450, 460, 470, 480, 490, 500],
  D: [7, 7.5, 8.2, 8.4, 8.6, 9.1],
  E: [1, 0, 1, 0, 1, 0],
};
const H2: Record<string, number[]> = {
  A: [100, 100, 100, 100, 100, 100], // 1000 by December: the adjusted target reached
  B: [20, 20, 20, 20, 20, 15], // 235 by December: short of the adjusted 250
  C: [500, 505, 510, 510, 515, 520],
  D: [9.3, 9.6, 9.8, 9.9, 10.2, 10.4],
  F: [1, 2, 2, 2, 2, 2], // 11 of 12
};

/** The 本月 cell of each code on a month sheet, found by code as the template reads it. */
async function type(host: XlsxHost, month: number, byCode: Record<string, number[]>, from: number): Promise<void> {
  const r = readTemplate(await host.read());
  if (!r.ok) throw new Error(r.message.zh);
  const sheet = r.figures.months.find((m) => m.month === month);
  if (!sheet) throw new Error(`no ${month}月`);
  const cells = Object.entries(byCode).map(([code, xs]) => {
    const row = sheet.rows.find((x) => x.code === code);
    if (!row) throw new Error(`${month}月: no row ${code}`);
    return { sheet: sheet.sheet, cell: row.month.address, value: xs[month - from] as CellValue };
  });
  await host.writeCells(cells);
}

function statuses(snapshot: WorkbookSnapshot, month: number): Record<string, string> {
  const r = readTemplate(snapshot);
  if (!r.ok) throw new Error(r.message.zh);
  const s = summarize(r.figures.plan, r.figures, month);
  return Object.fromEntries(s.indicators.map((x) => [x.code, x.evaluation.status]));
}

/** Every formula cell of `before` (values the file carries) against `after` (LibreOffice's). */
function formulaMismatches(before: WorkbookSnapshot, after: WorkbookSnapshot): { compared: number; wrong: string[] } {
  let compared = 0;
  const wrong: string[] = [];
  for (const s of before.sheets) {
    const t = after.sheets.find((x) => x.name === s.name);
    s.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (!f) return;
        compared++;
        const want = s.values[r]?.[c] ?? null;
        const got = t?.values[r]?.[c] ?? null;
        if (!sameValue(want, got))
          wrong.push(`${s.name}!R${r + 1}C${c + 1}: ${JSON.stringify(want)} -> ${JSON.stringify(got)}`);
      }),
    );
  }
  return { compared, wrong };
}

describe('a year with a mid-year adjustment, and the next year from it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'it-plantime-'));
  let host: XlsxHost;
  let midChanges: ReturnType<typeof regenerateLines>;
  const statusTable: Record<string, Record<string, string>> = {};
  let regenerated: WorkbookSnapshot;
  let final: WorkbookSnapshot;
  let nextYear: XlsxHost;
  let nextLines: ReturnType<typeof regenerateLines>;
  const recalculated: Record<string, WorkbookSnapshot> = {};

  beforeAll(async () => {
    sofficePath();
    const spec = buildWorkbookSpec(plan2023, { months: [12] });
    if (!spec.ok) throw new Error('plan does not build');
    host = await XlsxHost.fromBytes(await writeSpecToXlsx(spec.spec));
    for (let m = 1; m <= 6; m++) await type(host, m, H1, 1);
    statusTable['6月'] = statuses(await host.read(), 6);

    // The pane asks first: three targets changed under filled months.
    const asked = await previewRegenerate(host, { plan: midYear });
    expect(asked.questions.map((q) => [q.code, q.from, q.to, q.filled])).toEqual([
      ['A', 800, 1000, [1, 2, 3, 4, 5, 6]],
      ['B', 300, 250, [1, 2, 3, 4, 5, 6]],
      ['D', 8, 10, [1, 2, 3, 4, 5, 6]],
    ]);
    // F is added under filled months: asked too (review3 W31), answered 年中新增 from 7月.
    expect(asked.changes.asked.map((q) => [q.code, q.added, q.filled])).toEqual([['F', true, [1, 2, 3, 4, 5, 6]]]);
    const r = await regenerate(host, host, {
      plan: midYear,
      decisions: [
        ...asked.questions.map((q) => ({
          code: q.code,
          as: 'adjustment' as const,
          month: 7,
          reason: '县政府年中调整',
        })),
        { scope: 'fields', code: 'F', as: 'adjustment', month: 7, reason: '县政府年中调整' },
      ],
    });
    expect(r.questions).toEqual([]);
    expect(r.fieldQuestions).toEqual([]);
    midChanges = regenerateLines(r);
    const regeneratedBytes = await host.toBytes();
    regenerated = await (await XlsxHost.fromBytes(regeneratedBytes)).read();
    writeFileSync(join(dir, 'regenerated.xlsx'), regeneratedBytes);
    statusTable['6月（调整后重新生成）'] = statuses(regenerated, 6);

    for (let m = 7; m <= 12; m++) await type(host, m, H2, 7);
    for (const m of [7, 12]) statusTable[`${m}月`] = statuses(await host.read(), m);
    // Regenerated from its own 指标库 (no plan given): every formula value computed again by the core.
    const again = await regenerate(host, host, { plan: null });
    expect(again.changes?.targets).toEqual([]);

    // Next year: a new workbook from last year's, lastYear carried by code.
    const plan2024: Plan = {
      ...plan2023,
      year: 2024,
      indicators: [{ ...A, value: 1200 }, { ...B, code: 'B-24' }, C, F],
    };
    nextYear = XlsxHost.empty();
    const n = await regenerate(host, nextYear, { plan: plan2024, acceptNameMatches: true });
    expect(n.mode).toBe('next-year');
    nextLines = regenerateLines(n);
    await type(nextYear, 1, { A: [150], C: [505] }, 1);

    const finalBytes = await host.toBytes();
    final = await (await XlsxHost.fromBytes(finalBytes)).read();
    writeFileSync(join(dir, 'final.xlsx'), finalBytes);
    const out = await recalc([join(dir, 'regenerated.xlsx'), join(dir, 'final.xlsx')], { outDir: join(dir, 'out') });
    recalculated.regenerated = await readXlsxSnapshot(readFileSync(out[0]));
    recalculated.final = await readXlsxSnapshot(readFileSync(out[1]));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says what changed at mid-year', () => {
    expect(midChanges.map((l) => l.zh)).toEqual([
      '新增：F 新建村道（报送月份：7-12月，其余月份不适用）',
      '删除：E 旧村改造（6个月的填报数据保留在各月表底部，标注“已从计划删除”）',
      '目标调整：A 新造油茶林 800亩 → 1000亩（7月起，县政府年中调整；此前各月仍按原目标）',
      '目标调整：B 新增就业 300人 → 250人（7月起，县政府年中调整；此前各月仍按原目标）',
      '目标调整：D 营业收入增长 8% → 10%（7月起，县政府年中调整；此前各月仍按原目标）',
      '保留填报数据：24项（按代码和月份），另有6项保留在已删除指标的行上',
    ]);
  });

  it('statuses before and after the adjustment', () => {
    // Before: June on the original targets. After: July and December on the adjusted ones. D is a
    // growth rate (达标 / 未达标 against its target); December speaks of the year (已完成 / 未完成).
    expect(statusTable).toEqual({
      '6月': { A: '达进度', B: '欠进度', C: '已完成', D: '达标', E: '达进度' },
      // F did not exist before July: 不适用 in June's report reprinted after the adjustment.
      '6月（调整后重新生成）': { A: '达进度', B: '欠进度', C: '已完成', D: '达标', F: '不适用' },
      '7月': { A: '欠进度', B: '欠进度', C: '已完成', D: '未达标', F: '欠进度' },
      '12月': { A: '已完成', B: '未完成', C: '已完成', D: '已完成', F: '未完成' },
    });
  });

  it('an indicator added from 7月 (review3 W31): not asked before, 序时 from 7月, June reads as it did', () => {
    const r = readTemplate(regenerated);
    if (!r.ok) throw new Error(r.message.zh);
    expect(runChecks(r.figures, { month: 6 }).filter((f) => f.code === 'F')).toEqual([]);
    const june = summarize(r.figures.plan, r.figures, 6);
    // Counted as 不适用 like a quarterly row's off month; its clause says nothing is due yet.
    expect(june.counts).toMatchObject({ 不适用: 1 });
    expect(june.text.zh.join('')).toContain('新建村道按进度安排尚未开始');
    expect(june.text.zh.join('')).not.toMatch(/新建村道[^；。]*未填报/);
    const later = readTemplate(final);
    if (!later.ok) throw new Error(later.message.zh);
    const july = summarize(later.figures.plan, later.figures, 7).indicators.find((x) => x.code === 'F');
    // 1 of 12 km in July, the first of its six months: 序时 1/6, not 7/12.
    expect(july?.evaluation.expected).toBeCloseTo(1 / 6, 3);
    expect(july?.clause).toContain('序时');
  });

  it('the rows kept for the removed indicator are not checked as the plan’s rows', () => {
    // E left the plan: its six months of figures stay at the bottom of each sheet, flagged
    // 已从计划删除. They must not come back as 表格结构 errors ("not in 指标库") in every later check.
    const r = readTemplate(regenerated);
    if (!r.ok) throw new Error(r.message.zh);
    const jun = r.figures.months.find((m) => m.month === 6);
    expect(jun?.rows.map((x) => x.code)).toEqual(['A', 'B', 'C', 'D', 'F']);
    const findings = runChecks(r.figures, { month: 6 });
    expect(findings.filter((f) => f.code === 'E').map((f) => `${f.sheet}!${f.cell} ${f.message.zh}`)).toEqual([]);
    expect(findings.filter((f) => f.rule === 'structure')).toEqual([]);
  });

  it('the 12月 summary says 调整后目标 and lists the adjustments', () => {
    const r = readTemplate(final);
    if (!r.ok) throw new Error(r.message.zh);
    const s = summarize(r.figures.plan, r.figures, 12);
    const a = s.indicators.find((x) => x.code === 'A');
    expect(a?.clause).toBe('新造油茶林完成1000亩，占调整后目标（1000亩）的100%，已完成调整后目标');
    expect(s.text.zh[s.text.zh.length - 1]).toBe(
      '年内调整目标的有3项：新造油茶林（原目标800亩，7月起调整为1000亩，县政府年中调整）；' +
        '新增就业（原目标300人，7月起调整为250人，县政府年中调整）；营业收入增长（原目标8%，7月起调整为10%，县政府年中调整）。',
    );
    // June is still judged on the original target in the final workbook.
    const jun = summarize(r.figures.plan, r.figures, 6);
    expect(jun.indicators.find((x) => x.code === 'A')?.clause).toBe(
      '新造油茶林完成400亩，占年度目标的50%，与序时进度持平',
    );
  });

  it('LibreOffice recalculates the regenerated workbooks to the values they carry', () => {
    for (const [name, before] of [
      ['regenerated', regenerated],
      ['final', final],
    ] as const) {
      const r = formulaMismatches(before, recalculated[name]);
      console.log(`${name}: ${r.compared} formula cells compared, ${r.wrong.length} mismatches`);
      expect(r.wrong.slice(0, 20)).toEqual([]);
      // Every formula cell of the 12 month sheets: 252 before the rate lost its 完成 cell (progress.hasCompletion),
      // 216 since the built-up level C, without a start level, has no 完成/序时/差额 to compute (review2 V23).
      expect(r.compared).toBe(216);
    }
  });

  it('next year: lastYear carried, and the 1月 同比 check uses last year’s January figure', async () => {
    expect(nextLines.map((l) => l.zh)).toEqual([
      '上年同期数：按代码带入3项',
      '按名称和单位带入：B-24 新增就业 ← 上年 B 新增就业（12个月）',
    ]);
    const r = readTemplate(await nextYear.read());
    if (!r.ok) throw new Error(r.message.zh);
    expect(r.figures.plan.indicators.find((i) => i.code === 'A')?.lastYear?.slice(0, 2)).toEqual([60, 120]);
    const yoy = runChecks(r.figures, { month: 1 }).filter((f) => f.rule === 'yoy');
    expect(yoy.map((f) => [f.code, f.cell, f.message.zh])).toEqual([
      [
        'A',
        'G5',
        '1月!G5 新造油茶林：1月累计 150亩，比上年同期（60亩）增长 150%，超过同比阈值 ±50%。请核实；如数据无误，须在备注（M5）说明原因',
      ],
    ]);
    const s = summarize(r.figures.plan, r.figures, 1);
    expect(s.indicators.find((x) => x.code === 'C')?.clause).toBe(
      // Last December (520亩) was already above the target (500亩): no increase was planned, so no share of it.
      '大棚面积达到505亩，同比增长12.2%，已完成年度目标',
    );
  });
});
