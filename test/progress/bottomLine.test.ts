// A zero-tolerance bottom line (底线: 不发生规模性返贫): drafted by the extractor as an at-most-0 count,
// shown as 底线 in the 指标库, judged 达标 / 未达标 every month (never 推进中, 逾期 or 未完成), a blank
// month 未填报, and told in the report as 守住底线 / 未守住底线.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets } from '../../src/extract';
import { candidatesToPlan } from '../../src/extract/plan';
import { parsePlan, type Indicator, type Plan } from '../../src/plan';
import { evaluate, possibleStatuses } from '../../src/progress/progress';
import { indicatorClause } from '../../src/summary/text';
import { summarize } from '../../src/summary';
import { figuresOf, type Entries } from '../check/support';
import { rowFormulas } from '../../src/template/formulas';
import { planToLedger } from '../../src/template/ledger';
import { ledgerToPlan } from '../../src/template/ledgerRead';
import { targetCell } from '../../src/template/target';

function planWith(extra: Record<string, unknown>): Plan {
  const r = parsePlan({
    year: 2023,
    unitName: '小江镇',
    sections: [{ id: '2', title: '乡村振兴' }],
    indicators: [
      {
        code: 'BL',
        section: '2',
        name: '不发生规模性返贫（底线）',
        kind: 'cumulative',
        unit: '户',
        comparator: '<=',
        value: 0,
        bottomLine: true,
        ...extra,
      },
    ],
  });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.zh).join('; '));
  return r.plan;
}

const plan = planWith({});
const bl = plan.indicators[0];

describe('plan', () => {
  test('a bottom line loads with bottomLine set; other rows have it false', () => {
    expect(bl.bottomLine).toBe(true);
    expect(planWith({ bottomLine: false }).indicators[0].bottomLine).toBeUndefined();
  });

  test('a bottom line with a target other than at most 0 is refused, naming the field', () => {
    const r = parsePlan({
      year: 2023,
      unitName: '小江镇',
      sections: [{ id: '2', title: '乡村振兴' }],
      indicators: [
        { code: 'BL', section: '2', name: '不发生规模性返贫', kind: 'milestone', bottomLine: true },
        {
          code: 'B2',
          section: '2',
          name: '重大事故',
          kind: 'cumulative',
          unit: '起',
          comparator: '<=',
          value: 2,
          bottomLine: true,
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message.zh)).toEqual([
      '第1项指标（代码 BL 不发生规模性返贫）的底线：底线指标（不发生…）按每月发生次数填报：kind 应为 cumulative，comparator 为 <=，value 为 0',
      '第2项指标（代码 B2 重大事故）的底线：底线指标（不发生…）按每月发生次数填报：kind 应为 cumulative，comparator 为 <=，value 为 0',
    ]);
  });

  test('a plan written with the bottom line as a milestone still loads (the seed NY-M1)', () => {
    const r = parsePlan({
      year: 2023,
      unitName: '小江镇',
      sections: [{ id: '2', title: '乡村振兴' }],
      indicators: [{ code: 'NY-M1', section: '2', name: '不发生规模性返贫（底线）', kind: 'milestone' }],
    });
    expect(r.ok).toBe(true);
  });
});

describe('status, every month', () => {
  test.each([
    // month, 累计, this month's entry, status
    [1, 0, 0, '达标'],
    [6, 0, 0, '达标'],
    [12, 0, 0, '达标'],
    [3, 1, 1, '未达标'],
    [12, 2, 0, '未达标'],
    // Blank this month: not reported, even with earlier zeros.
    [5, 0, null, '未填报'],
    [12, 0, null, '未填报'],
  ] as const)('%s月 累计 %s, 本月 %s: %s', (month, cum, entry, status) => {
    const ev = evaluate(plan, bl, month, cum, { entered: entry !== null });
    expect(ev.status).toBe(status);
    expect(ev.colour).toBe(status === '达标' ? 'green' : status === '未达标' ? 'red' : 'none');
    expect(ev.completion).toBeNull();
    expect(ev.expected).toBeNull();
    // The sheet's 状态 formula's value is the core's.
    expect(rowFormulas(plan, bl, month, 5, cum, entry).status.v).toBe(status);
  });

  test('the 汇总 columns a bottom line can take: 达标, 未达标, 未填报 (no 完成/未完成 in December)', () => {
    expect(possibleStatuses(bl, 6)).toEqual(['达标', '未达标', '未填报']);
    expect(possibleStatuses(bl, 12)).toEqual(['达标', '未达标', '未填报']);
  });

  test('the sheet: 年度目标 reads 不发生（底线）, 本月 asks for a count, the status formula is 达标/未达标', () => {
    expect(targetCell(bl)).toEqual({ v: 0, numberFormat: '"不发生（底线）"' });
    const f = rowFormulas(plan, bl, 12, 5, 0, 0).status.f as string;
    expect(f).toContain('"达标","未达标"');
    expect(f).not.toContain('未完成');
    expect(f).toContain('COUNT(F5)=0');
  });
});

describe('report sentences', () => {
  const clause = (ind: Indicator, month: number, cum: number | null, entered = true) =>
    indicatorClause({
      ind,
      actual: cum,
      evaluation: evaluate(plan, ind, month, cum, { entered }),
      month,
      deadline: null,
      doneMonth: null,
      lastEntered: entered ? month : month - 1,
    });

  test('kept: 未发生规模性返贫，守住底线', () => {
    expect(clause(bl, 6, 0).zh).toBe('未发生规模性返贫，守住底线');
    expect(clause(bl, 12, 0).zh).toBe('未发生规模性返贫，守住底线');
    expect(clause(bl, 12, 0).en).toBe('no 规模性返贫: the bottom line held');
  });

  test('broken: 发生规模性返贫2户，未守住底线', () => {
    expect(clause(bl, 12, 2).zh).toBe('发生规模性返贫2户，未守住底线');
  });

  test('blank month: 未填报, never 正在推进', () => {
    expect(clause(bl, 6, 0, false).zh).toBe('不发生规模性返贫（底线）6月未填报（截至5月累计0户）');
  });

  test('a month never reported: the year is held only as far as reported (review4 X12)', () => {
    const entries: Entries = {};
    for (let m = 1; m <= 12; m++) entries[m] = { BL: m === 5 ? null : 0 };
    const s = summarize(plan, figuresOf(plan, entries), 12);
    expect(s.indicators[0].clause).toBe('未发生规模性返贫，守住底线（5月未填报，待核实）');
    const broken = { ...entries, 7: { BL: 1 } };
    expect(summarize(plan, figuresOf(plan, broken), 12).indicators[0].clause).toBe('发生规模性返贫1户，未守住底线');
  });

  test('a count named as such: 规模性返贫户数为0，守住底线', () => {
    const count = { ...bl, name: '规模性返贫户数' };
    expect(clause(count, 3, 0).zh).toBe('规模性返贫户数为0，守住底线');
  });
});

describe('extractor and 指标库', () => {
  test('the seed report drafts 不发生规模性返贫 as a bottom line, not a dated milestone', () => {
    const text = readFileSync(join(__dirname, '../../seeds/xiaojiang-2023/work-report.txt'), 'utf8');
    const hits = extractTargets(text).filter((c) => c.name.includes('规模性返贫'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      kind: 'quantity',
      name: '不发生规模性返贫',
      value: 0,
      comparator: '<=',
      unit: '户', // 返贫 is counted in households (review4 X7); an accident in 起
      bottomLine: true,
      suggestedKind: 'cumulative',
      deadlineMonth: null,
    });
    expect(extractTargets('确保不发生较大以上生产安全事故。')[0]).toMatchObject({ bottomLine: true, unit: '起' });
    const draft = candidatesToPlan(hits, { year: 2023, unitName: '小江镇' });
    expect(draft.indicators[0]).toMatchObject({ kind: 'cumulative', comparator: '<=', value: 0, bottomLine: true });
  });

  test.each([
    ['确保不发生重大安全事故。', '不发生重大安全事故'],
    ['坚决守住不发生规模性返贫底线。', '不发生规模性返贫'],
  ])('%s -> a bottom line', (text, name) => {
    expect(extractTargets(text).map((c) => [c.name, c.bottomLine, c.kind])).toEqual([[name, true, 'quantity']]);
  });

  test('the 指标库 shows 类型 底线 and reads it back as the same bottom line', () => {
    const grid = planToLedger(plan);
    const kindCol = (grid[0] as string[]).indexOf('类型');
    expect(grid[1][kindCol]).toBe('底线');
    // A row typed 底线 with 比较 and 目标值 left blank is an at-most-0 count.
    const comparatorCol = (grid[0] as string[]).indexOf('比较');
    const valueCol = (grid[0] as string[]).indexOf('目标值');
    grid[1][comparatorCol] = null;
    grid[1][valueCol] = null;
    const back = ledgerToPlan(grid, plan);
    expect(back.findings).toEqual([]);
    expect(back.plan?.indicators[0]).toMatchObject({
      kind: 'cumulative',
      comparator: '<=',
      value: 0,
      bottomLine: true,
    });
  });
});
