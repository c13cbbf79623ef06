// The plan over time, on plain data: a 年中调整 judged from its month on (core, sheet, 指标库, text),
// what a regeneration changes, and next year's lastYear from this year's figures.
import { evaluate } from '../../src/progress';
import { parsePlan, targetAt, carryLastYear, draftNextYear, type Indicator, type Plan } from '../../src/plan';
import {
  applyTargetDecisions,
  buildPreserving,
  buildWorkbookSpec,
  ledgerToPlan,
  planChanges,
  planToLedger,
  readTemplate,
  type EnteredFigures,
} from '../../src/template';
import { summarize, yearSeries } from '../../src/summary';
import { ind, planOf } from '../support/plans';
import { specSnapshot, sheetOf } from '../support/specSnapshot';

const ADJ = { month: 7, value: 1000, max: null, reason: '县政府年中调整' };
const A1 = ind({ code: 'A1', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800, adjustment: ADJ });

function built(plan: Plan, months: number[], figures?: EnteredFigures) {
  const r = buildWorkbookSpec(plan, { months, figures });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.zh).join('; '));
  return r.spec;
}

/** A row's cells on a month sheet, found by header text and code as a user would. */
function row(snap: ReturnType<typeof specSnapshot>, sheet: string, code: string) {
  const s = sheetOf(snap, sheet);
  const hr = s.values.findIndex((r) => r.some((v) => v === '代码'));
  const col = (w: string) => s.values[hr].findIndex((v) => typeof v === 'string' && v.startsWith(w));
  const r = s.values.findIndex((l) => l[col('代码')] === code);
  const at = (w: string) => s.values[r][col(w)];
  return { target: at('年度目标'), status: at('状态'), completion: at('完成'), formula: s.formulas[r][col('状态')] };
}

describe('a target adjusted from a month (年中调整)', () => {
  test('progress before the month uses the original target, from it on the adjusted one', () => {
    const plan = planOf([A1]);
    expect(targetAt(A1, 6).value).toBe(800);
    expect(targetAt(A1, 7).value).toBe(1000);
    // 600 is 75% of 800 after June, and 60% of the adjusted 1000 from July on.
    expect(evaluate(plan, A1, 6, 600).completion).toBe(0.75);
    expect(evaluate(plan, A1, 7, 600).completion).toBe(0.6);
    expect(evaluate(plan, A1, 12, 900).status).toBe('未完成'); // December speaks of the (adjusted) year
    expect(evaluate(plan, { ...A1, adjustment: null }, 12, 900).status).toBe('已完成');
  });

  test('the month sheets show and compute with the target of their month', () => {
    const plan = planOf([A1]);
    const snap = specSnapshot(built(plan, [12], { A1: { 1: { month: 300 }, 6: { month: 300 } } }));
    expect(row(snap, '6月', 'A1')).toMatchObject({ target: 800, completion: 0.75 });
    expect(row(snap, '7月', 'A1')).toMatchObject({ target: 1000, completion: 0.6 });
    expect(row(snap, '7月', 'A1').formula).toContain('>=1000');
    expect(row(snap, '6月', 'A1').formula).toContain('>=800');
  });

  test('指标库 shows the original and the adjusted target, and reads them back', () => {
    const plan = planOf([A1]);
    const grid = planToLedger(plan);
    const h = grid[0];
    const v = (w: string) => grid[1][h.indexOf(w)];
    expect([v('目标值'), v('调整后目标'), v('调整月份'), v('调整原因')]).toEqual([800, 1000, 7, '县政府年中调整']);
    const back = ledgerToPlan(grid, plan);
    expect(back.findings).toEqual([]);
    expect(back.plan?.indicators[0].adjustment).toEqual(ADJ);
    // Half an adjustment is a finding on its cell, not a silent drop.
    grid[1][h.indexOf('调整月份')] = null;
    const half = ledgerToPlan(grid, plan);
    expect(half.findings.map((f) => f.message.zh)).toEqual([
      expect.stringContaining('目标调整要同时填“调整后目标”和“调整月份”'),
    ]);
  });

  test('the plan file refuses an adjustment of a milestone and one in January', () => {
    const bad = parsePlan({
      ...planOf([]),
      indicators: [
        { code: 'M', section: '1', name: '验收', kind: 'milestone', adjustment: { month: 7, value: 1 } },
        { code: 'C', section: '1', name: '造林', kind: 'cumulative', value: 5, adjustment: { month: 1, value: 6 } },
      ],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    // Both at once: a field error and a cross-field one come in one round.
    expect(bad.issues.map((i) => i.path)).toEqual(['indicators[1].adjustment.month', 'indicators[0].adjustment']);
    const milestone = parsePlan({
      ...planOf([]),
      indicators: [{ code: 'M', section: '1', name: '验收', kind: 'milestone', adjustment: { month: 7, value: 1 } }],
    });
    expect(milestone.ok ? [] : milestone.issues.map((i) => i.message.zh)).toEqual([
      '第1项指标（代码 M 验收）的目标调整：节点类指标没有目标值可调整',
    ]);
  });

  test('the text says 调整后目标 and the summary lists the adjustment', () => {
    const plan = planOf([A1]);
    // 2-6月 and 8月 report 0: a month with nothing entered would be 未填报 (and named in the text).
    const zero = { month: 0 };
    const months = { 1: { month: 300 }, 2: zero, 3: zero, 4: zero, 5: zero, 6: zero, 7: { month: 300 }, 8: zero };
    const snap = specSnapshot(built(plan, [8], { A1: months }));
    const read = readTemplate(snap);
    if (!read.ok) throw new Error(read.message.zh);
    const jun = summarize(plan, read.figures, 6);
    expect(jun.indicators[0].clause).toBe('新造油茶林完成300亩，占年度目标的37.5%，低于序时进度12.5个百分点');
    expect(jun.adjusted).toEqual([]);
    const aug = summarize(plan, read.figures, 8);
    expect(aug.indicators[0].clause).toBe('新造油茶林完成600亩，占调整后目标（1000亩）的60%，低于序时进度6.7个百分点');
    expect(aug.text.zh).toContain(
      '年内调整目标的有1项：新造油茶林（原目标800亩，7月起调整为1000亩，县政府年中调整）。',
    );
  });
});

describe('what a regeneration changes', () => {
  const base = [
    ind({ code: 'A1', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800, responsible: '林业站' }),
    ind({ code: 'A2', kind: 'cumulative', name: '新增就业', unit: '人', value: 300, responsible: '人社所' }),
    ind({ code: 'A3', kind: 'level', name: '大棚面积', unit: '亩', value: 500, responsible: '农业办' }),
    ind({ code: 'A4', kind: 'cumulative', name: '招商项目', unit: '个', value: 4, responsible: '招商办' }),
  ];
  const filled = specSnapshot(
    built(planOf(base), [12], {
      A1: { 1: { month: 100 }, 2: { month: 120 } },
      A2: { 1: { month: 20 } },
      A3: { 1: { month: 480 }, 2: { note: '待复核' } },
    }),
  );
  const edited = planOf([
    { ...base[0], value: 900 }, // target changed under January and February figures
    { ...base[1], name: '城镇新增就业', responsible: '社保所' },
    { ...base[3], value: 5 }, // changed, nothing typed yet: no question
    ind({ code: 'A5', kind: 'cumulative', name: '新建村道', unit: '公里', value: 12 }),
  ]);

  test('added, removed, renamed, moved, targets with the months filled', () => {
    const c = planChanges(filled, edited);
    expect(c.added).toEqual([{ code: 'A5', name: '新建村道', responsible: null }]);
    expect(c.removed).toEqual([{ code: 'A3', name: '大棚面积', responsible: '农业办', figures: 2 }]);
    expect(c.renamed).toEqual([{ code: 'A2', from: '新增就业', to: '城镇新增就业' }]);
    expect(c.moved).toEqual([{ code: 'A2', name: '城镇新增就业', from: '人社所', to: '社保所' }]);
    expect(c.targets.map((t) => [t.code, t.from, t.to, t.filled, t.as, t.question])).toEqual([
      ['A1', 800, 900, [1, 2], 'change', true],
      ['A4', 4, 5, [], 'change', false],
    ]);
  });

  test('answered as an adjustment: the original stays for the filled months, the new target from the month on', () => {
    const c = planChanges(filled, edited);
    const decided = applyTargetDecisions(edited, c, [{ code: 'A1', as: 'adjustment', month: 3, reason: '年中调整' }]);
    expect(decided.indicators[0]).toMatchObject({
      value: 800,
      adjustment: { month: 3, value: 900, max: null, reason: '年中调整' },
    });
    const r = buildPreserving(decided, { months: [12] }, filled);
    if (!r.ok) throw new Error('build failed');
    const after = specSnapshot(r.spec);
    expect(row(after, '2月', 'A1').target).toBe(800);
    expect(row(after, '3月', 'A1').target).toBe(900);
    // Regenerating the result again with the decided plan changes nothing and asks nothing.
    const again = planChanges(after, decided);
    expect(again.targets).toEqual([]);
    // The plan as corrected (no decision) judges every month on the new target.
    const corrected = applyTargetDecisions(edited, c, [{ code: 'A1', as: 'correction' }]);
    expect(corrected.indicators[0].adjustment ?? null).toBeNull();
  });
});

describe('next year from this year', () => {
  const last = planOf(
    [
      ind({ code: 'A1', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 800 }),
      ind({ code: 'B7', kind: 'level', name: '大棚 面积', unit: '亩', value: 500, deadlineMonth: 6 }),
      ind({ code: 'C1', kind: 'cumulative', name: '新增就业', unit: '人', value: 300, adjustment: ADJ }),
      ind({ code: 'D1', kind: 'cumulative', name: '招商项目', unit: '个', value: 4 }),
    ],
    { year: 2023 },
  );
  const snap = specSnapshot(
    built(last, [12], {
      A1: { 1: { month: 100 }, 2: { month: 50 }, 4: { month: 10 } },
      B7: { 1: { month: 480 }, 3: { month: 490 } },
      C1: { 1: { month: 30 } },
      D1: { 1: { month: 1 } },
    }),
  );
  const read = readTemplate(snap);
  if (!read.ok) throw new Error(read.message.zh);
  const series = yearSeries(last, read.figures);

  test('last year’s figures by month: 累计 for flows, the level carried, nothing after the last figure', () => {
    expect(series.get('A1')).toEqual([100, 150, 150, 160, null, null, null, null, null, null, null, null]);
    expect(series.get('B7')).toEqual([480, 480, 490, null, null, null, null, null, null, null, null, null]);
  });

  test('carried by code; by name and unit only once confirmed; another unit is said, not carried', () => {
    const next = planOf(
      [
        ind({ code: 'A1', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 900 }),
        ind({ code: 'NY-9', kind: 'level', name: '大棚面积', unit: '亩', value: 520 }),
        ind({ code: 'D1', kind: 'cumulative', name: '招商项目', unit: '家', value: 4 }),
        ind({ code: 'Z9', kind: 'cumulative', name: '全新指标', unit: '个', value: 1 }),
      ],
      { year: 2024 },
    );
    const asked = carryLastYear(next, { plan: last, series }, { acceptNameMatches: false });
    expect(asked.plan.indicators.map((i) => i.lastYear?.[0] ?? null)).toEqual([100, null, null, null]);
    expect(asked.matches.map((m) => [m.code, m.lastCode, m.by, m.carried])).toEqual([
      ['A1', 'A1', 'code', true],
      ['NY-9', 'B7', 'name', false],
      ['D1', 'D1', 'code', false],
    ]);
    expect(asked.notes.map((n) => n.message.zh)).toEqual(['D1 招商项目：单位由“个”改为“家”，上年数据未带入']);
    expect(asked.unmatched).toEqual([{ code: 'Z9', name: '全新指标' }]);
    const confirmed = carryLastYear(next, { plan: last, series }, { acceptNameMatches: true });
    expect(confirmed.plan.indicators[1].lastYear?.slice(0, 3)).toEqual([480, 480, 490]);
  });

  test('a draft of next year’s plan: same indicators, the final target, deadlines cleared, lastYear filled', () => {
    const draft = draftNextYear({ plan: last, series }, { targets: 'carry' });
    expect(draft.year).toBe(2024);
    expect(draft.indicators.map((i) => [i.code, i.value, i.deadlineMonth, i.adjustment])).toEqual([
      ['A1', 800, null, null],
      ['B7', 500, null, null],
      ['C1', 1000, null, null],
      ['D1', 4, null, null],
    ]);
    expect(draft.indicators[0].lastYear?.slice(0, 2)).toEqual([100, 150]);
    expect(parsePlan(draft).ok).toBe(true);
    const blank = draftNextYear({ plan: last, series }, { targets: 'blank' });
    expect(blank.indicators.map((i: Indicator) => i.value)).toEqual([null, null, null, null]);
    const r = parsePlan(blank);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([
      'indicators[0].value',
      'indicators[1].value',
      'indicators[2].value',
      'indicators[3].value',
    ]);
  });
});
