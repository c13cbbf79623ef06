// Regenerating after plan edits says what changed, field by field: one diff over every field of the
// plan schema (a field added later without words for its change fails here), compared with the plan
// the workbook was generated from, which the workbook keeps.
import type { ZodObject, ZodType } from 'zod';
import { indicatorSchema, planSchema, seedPlan, type Plan } from '../../src/plan';
import {
  buildWorkbookSpec,
  generatedPlan,
  INDICATOR_FIELDS,
  PLAN_FIELDS,
  planChanges,
  planDiff,
  readTemplate,
  SETTINGS_FIELDS,
} from '../../src/template';
import { ind, planOf } from '../support/plans';
import { specSnapshot } from '../support/specSnapshot';

/** The keys of a zod object, through optional/nullable/default wrappers. */
function keysOf(t: ZodType): string[] {
  let s = t as unknown as { unwrap?: () => ZodType; shape?: Record<string, ZodType>; def?: { innerType?: ZodType } };
  for (let i = 0; i < 5 && !s.shape; i++) s = (s.unwrap?.() ?? s.def?.innerType) as typeof s;
  return Object.keys(s.shape ?? {}).sort();
}

const rich = () =>
  planOf(
    [
      ind({
        code: 'A',
        kind: 'cumulative',
        name: '新造油茶林',
        unit: '亩',
        value: 800,
        schedule: [0.2, 0.45, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98, 1],
      }),
      ind({
        code: 'B',
        kind: 'level',
        name: '森林覆盖率',
        unit: '%',
        value: 68,
        hold: true,
        lead: '张三',
        note: '县下达',
      }),
      ind({
        code: 'C',
        kind: 'rate',
        name: '规上工业增加值增长',
        unit: '%',
        value: 7.5,
        comparator: 'approx',
        tolerance: 0.05,
        reportMonths: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        thresholds: { yoyChange: 1 },
        bands: { aheadPp: 3 },
      }),
      ind({ code: 'D', kind: 'milestone', name: '农村危房改造', deadlineMonth: 10, recurring: false }),
      ind({
        code: 'E',
        kind: 'cumulative',
        name: '其中：土坯房改造',
        unit: '户',
        value: 20,
        parent: 'A',
        lastYear: [1, 2, 3, null, 5, 6, 7, 8, 9, 10, 11, 12],
        adjustment: { month: 7, value: 25, max: null, reason: '县调整' },
      }),
    ],
    { title: '2023年目标任务', sections: [{ id: '1', title: '经济发展' }] },
  );

describe('one diff over the whole plan schema', () => {
  test('every field of the plan, its settings and an indicator has words for its change', () => {
    const settings = (planSchema.shape as Record<string, ZodType>).settings;
    expect(Object.keys(PLAN_FIELDS).sort()).toEqual(keysOf(planSchema as unknown as ZodObject));
    expect(Object.keys(SETTINGS_FIELDS).sort()).toEqual(keysOf(settings));
    expect(Object.keys(INDICATOR_FIELDS).sort()).toEqual(keysOf(indicatorSchema as unknown as ZodObject));
  });

  test('the lines the statistician reads, one per changed field', () => {
    const old = rich();
    const now: Plan = {
      ...old,
      settings: { ...old.settings, scheduleDecimals: 0, thresholds: { ...old.settings.thresholds, momChange: 2 } },
      indicators: old.indicators.map((i) =>
        i.code === 'A'
          ? { ...i, schedule: [0.1, 0.3, 0.6, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.96, 0.98, 1] }
          : i.code === 'B'
            ? { ...i, hold: false }
            : i.code === 'C'
              ? { ...i, reportMonths: null, thresholds: null, tolerance: 0.1 }
              : i.code === 'D'
                ? { ...i, deadlineMonth: null }
                : { ...i, note: '新说明' },
      ),
    };
    expect(planDiff(old, now).map((f) => [f.field, f.message.zh, f.judges])).toEqual([
      ['settings.scheduleDecimals', '序时进度取整：0.1% → 1%', true],
      ['settings.thresholds', '审核阈值（全部指标）：环比阈值 300% → 200%', true],
      ['schedule', 'A 新造油茶林 序时计划：1月 20% → 10%，2月 45% → 30%，3月 70% → 60%', true],
      ['hold', 'B 森林覆盖率 保持水平：是 → 否', true],
      ['tolerance', 'C 规上工业增加值增长 容差：5% → 10%', true],
      ['reportMonths', 'C 规上工业增加值增长 报送月份：2-12月 → 每月', true],
      ['thresholds', 'C 规上工业增加值增长 审核阈值：同比阈值 100% → 按设置', true],
      ['deadlineMonth', 'D 农村危房改造 截止月份：10月 → 无', true],
      ['note', 'E 其中：土坯房改造 说明：无 → “新说明”', false],
    ]);
    expect(planDiff(old, now)[0].message.en).toBe('序时 rounding: 0.1% → 1%');
  });

  test('a deadline set, a schedule given where there was none (m/12), quarterly months', () => {
    const old = planOf([ind({ code: 'MS-01', kind: 'cumulative', name: '农村危房改造', unit: '户', value: 60 })]);
    const now = {
      ...old,
      indicators: [
        {
          ...old.indicators[0],
          deadlineMonth: 10,
          reportMonths: [3, 6, 9, 12],
          schedule: [0.1, 0.2, 0.25, 0.4, 0.5, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1],
        },
      ],
    };
    expect(planDiff(old, now).map((f) => f.message.zh)).toEqual([
      'MS-01 农村危房改造 截止月份：无 → 10月',
      'MS-01 农村危房改造 序时计划：1月 8.33% → 10%，2月 16.67% → 20%，4月 33.33% → 40%，5月 41.67% → 50%等8个月',
      'MS-01 农村危房改造 报送月份：每月 → 3、6、9、12月',
    ]);
  });

  test('a plan generated and read back from its 指标库 differs in nothing, and the workbook keeps it', () => {
    for (const plan of [rich(), seedPlan()]) {
      const spec = buildWorkbookSpec(plan, { months: [1, 2] });
      if (!spec.ok) throw new Error('does not build');
      const snap = specSnapshot(spec.spec);
      const read = readTemplate(snap);
      if (!read.ok) throw new Error(read.message.zh);
      expect(planDiff(plan, read.figures.plan)).toEqual([]);
      const kept = generatedPlan(snap);
      expect(kept?.complete).toBe(true);
      expect(kept?.plan.indicators).toEqual(plan.indicators);
      expect(planChanges(snap, read.figures.plan)).toMatchObject({ fields: [], targets: [], complete: true });
    }
  });
});
