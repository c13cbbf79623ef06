// An office that edits the 指标库 of its own copy (a target 4 → 5, an indicator renamed) has not
// changed the plan: the master's plan rules, and collect takes the figures by code and month as
// always. But the office believes it changed something, so each such return gets one line saying
// what differs and that it was not adopted. The fields are said by the plan diff regenerate uses.
import type { Message } from '../plan/message';
import type { Plan } from '../plan/types';
import { LEDGER_SHEET, planDiff, unitPlan } from '../template';
import type { ReadProblem } from '../workbook/figures';

const SHOWN = 5;

/**
 * What the return's 指标库 says otherwise than the master's plan (for the codes it holds; a row of the
 * office's missing from it is said as removed),
 * and the read problems of its 指标库 (an edit the reader could not take), as one line; null when
 * they agree. `ledger` is the plan the return's 指标库 reads as.
 */
export function ledgerEdits(master: Plan, ledger: Plan, unit: string, problems: ReadProblem[]): Message | null {
  const now = new Set(ledger.indicators.map((i) => i.code));
  // The master's rows as a copy holding these codes shows them (a parent it lacks is none), so a
  // copy cut to the office's rows and an older copy holding the whole plan both compare as they are.
  const basis: Plan = {
    ...master,
    indicators: master.indicators.map((i) => (i.parent !== null && !now.has(i.parent) ? { ...i, parent: null } : i)),
  };
  const was = new Map(basis.indicators.map((i) => [i.code, i]));
  const items: Message[] = [];
  for (const ind of ledger.indicators) {
    const old = was.get(ind.code);
    if (!old) {
      items.push({ zh: `新增“${ind.name}”（${ind.code}）`, en: `added "${ind.name}" (${ind.code})` });
      continue;
    }
    if (old.name !== ind.name)
      items.push({
        zh: `${ind.code} 名称“${old.name}” → “${ind.name}”`,
        en: `${ind.code} name "${old.name}" → "${ind.name}"`,
      });
    if (old.responsible !== ind.responsible)
      items.push({
        zh: `${ind.code} 责任单位 ${old.responsible || '无'} → ${ind.responsible || '无'}`,
        en: `${ind.code} responsible ${old.responsible || 'none'} → ${ind.responsible || 'none'}`,
      });
  }
  for (const c of planDiff(basis, ledger, now)) if (c.code) items.push(c.message);
  for (const old of unitPlan(master, unit).indicators)
    if (!now.has(old.code))
      items.push({ zh: `删除“${old.name}”（${old.code}）`, en: `removed "${old.name}" (${old.code})` });
  for (const p of problems) if (p.sheet === LEDGER_SHEET && p.cell !== null) items.push(p.message);
  if (!items.length) return null;
  const shown = items.slice(0, SHOWN);
  const more = items.length > SHOWN ? { zh: `等${items.length}处`, en: ` and ${items.length - SHOWN} more` } : null;
  return {
    zh: `${unit}报表的指标库与总表不同：${shown.map((m) => m.zh).join('；')}${more?.zh ?? ''}；未采用，以总表为准（如需调整请走年中调整）`,
    en: `${unit}'s return has a 指标库 that differs from the master's: ${shown.map((m) => m.en).join('; ')}${more?.en ?? ''}; not adopted, the master's plan rules (a change to the plan is a mid-year adjustment)`,
  };
}
