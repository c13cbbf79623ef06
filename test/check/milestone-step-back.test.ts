// W32: a milestone reported 已完成 and later 推进中 / 未开始 is a doubt like a cumulative that falls: the
// check asks to verify it at the later cell, and the summary holds the row 待核实 (never a silent 逾期
// after a published 已完成).
import { runChecks, unverifiedCodes } from '../../src/check';
import { summarize } from '../../src/summary';
import { figuresOf, type Entries } from './support';
import { ind, planOf } from '../support/plans';

const ms = ind({ code: 'SF', kind: 'milestone', name: '红岩村乡村振兴示范村创建', unit: '', deadlineMonth: 9 });
const flow = ind({ code: 'C', kind: 'cumulative', name: '新造油茶林', unit: '亩', value: 120 });
const plan = planOf([ms, flow]);

/** The milestone's states by month; the flow gets 10 a month so no other row is missing. */
function months(states: Record<number, unknown>, last: number, notes: Record<number, string> = {}): Entries {
  const out: Entries = {};
  for (let m = 1; m <= last; m++) {
    const f = (states[m] ?? null) as string | null;
    out[m] = { SF: notes[m] ? { f, note: notes[m] } : f, C: 10 };
  }
  return out;
}

const W32 = { 8: '推进中', 9: '已完成', 10: '推进中', 11: '未开始' };

describe('the check', () => {
  test('11月 未开始 after 9月 已完成: 核实性 at 11月!F4, instead of 逾期', () => {
    const findings = runChecks(figuresOf(plan, months(W32, 11)), { month: 11 });
    expect(findings.map((f) => [f.sheet, f.cell, f.rule, f.tier])).toEqual([
      ['11月', 'F4', 'milestone-back', 'verify'],
    ]);
    expect(findings[0].message.zh).toBe(
      '11月!F4 红岩村乡村振兴示范村创建：9月已报已完成，11月报未开始，进展倒退。请核实；如数据无误，须在备注（M4）说明原因',
    );
    expect(unverifiedCodes(findings)).toEqual(['SF']);
  });

  test('10月 推进中 after 9月 已完成 is asked in 10月 too', () => {
    const [f] = runChecks(figuresOf(plan, months(W32, 10)), { month: 10 });
    expect([f.cell, f.rule, f.message.zh]).toEqual([
      'F4',
      'milestone-back',
      '10月!F4 红岩村乡村振兴示范村创建：9月已报已完成，10月报推进中，进展倒退。请核实；如数据无误，须在备注（M4）说明原因',
    ]);
  });

  test('a blank 12月 carries 11月’s 未开始: the 12月 check keeps the question open at 11月’s cell', () => {
    const findings = runChecks(figuresOf(plan, months(W32, 12)), { month: 12 });
    // One doubt, one finding: no 逾期 at 12月 on the carried 未开始 either.
    expect(findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.tier}`)).toEqual(['11月!F4 milestone-back verify']);
    expect(findings[0].message.zh).toContain('9月已报已完成，11月报未开始，进展倒退（该月数字影响12月累计）');
  });

  test('explained in 备注: a 提示性 note, and the row is no longer held', () => {
    const findings = runChecks(figuresOf(plan, months(W32, 11, { 11: '省级复核未通过，重新整改' })), { month: 11 });
    expect(findings.map((f) => [f.rule, f.tier])).toEqual([['milestone-back', 'note']]);
    expect(unverifiedCodes(findings)).toEqual([]);
  });

  test('done, then done again, or never done: nothing to ask', () => {
    const again = { 9: '已完成', 10: '推进中', 11: '已完成' };
    expect(runChecks(figuresOf(plan, months(again, 11)), { month: 11 })).toEqual([]);
    const never = { 3: '未开始', 6: '推进中', 8: '未开始' };
    expect(runChecks(figuresOf(plan, months(never, 8)), { month: 8 })).toEqual([]);
  });
});

describe('the summary', () => {
  function at(month: number, notes: Record<number, string> = {}) {
    const figures = figuresOf(plan, months(W32, month, notes));
    const unverified = unverifiedCodes(runChecks(figures, { month }));
    return summarize(plan, figures, month, { unverified }).indicators.find((r) => r.code === 'SF')!;
  }

  test('11月: counted 待核实 (the sheet’s own 状态 says 逾期), and the sentence says why', () => {
    const r = at(11);
    expect([r.evaluation.status, r.sheetStatus, r.unverified]).toEqual(['待核实', '逾期', true]);
    expect(r.clause).toBe('红岩村乡村振兴示范村创建进展待核实（9月已报已完成，11月报未开始）');
  });

  test('explained in 备注: the row counts as the sheet says, 逾期', () => {
    const r = at(11, { 11: '省级复核未通过，重新整改' });
    expect([r.evaluation.status, r.clause]).toEqual(['逾期', '红岩村乡村振兴示范村创建（要求9月底前完成）逾期未完成']);
  });
});
