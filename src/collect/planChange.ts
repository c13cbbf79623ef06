// A return cut from another version of the same plan (the master was regenerated mid-year: targets
// adjusted, indicators removed, moved or added while the offices typed into their old workbooks).
// The figures are by code and month, and a target does not change what an office typed: the rows
// still in the plan, for the same office, unit and kind, are collected; every other row's figures
// are listed, one line per row, saying why (removed, moved to which office, unit or kind changed).
// A workbook of another township, or with nothing in common with the master's plan, is refused.
import type { Message } from '../plan/message';
import type { Indicator } from '../plan/types';
import type { MonthSheetFigures, TemplateFigures } from '../workbook/figures';
import type { CellValue } from '../workbook/spec';
import { isBlank } from '../workbook/cell';
import type { SourceProblem } from './types';
import { sameValue, showValue } from './values';
import { ownedBy, ownersOf } from '../plan/owners';

const rowName = (ind: Indicator) => `“${ind.name}”（${ind.code}）`;
const rowNameEn = (ind: Indicator) => `"${ind.name}" (${ind.code})`;

/** Why a return of another plan version cannot be taken at all: another township, or no indicator in common. */
export function foreignPlan(master: TemplateFigures, ret: TemplateFigures): Message | null {
  const mm = master.meta;
  const m = ret.meta;
  if (m.unitName.trim() !== mm.unitName.trim()) {
    return {
      zh: `是“${m.unitName}”的报表，总表是“${mm.unitName}”的，不是同一计划；请用本总表生成的分发表`,
      en: `it is a return of "${m.unitName}"; the master is "${mm.unitName}": not the same plan. Use returns cut from this master`,
    };
  }
  const byCode = new Map(master.plan.indicators.map((i) => [i.code, i]));
  const common = ret.plan.indicators.some((i) => byCode.get(i.code)?.name === i.name);
  if (common) return null;
  return {
    zh: '不是本计划的报表：此文件的指标与总表的计划没有一项相同（代码和名称都对不上），可能是另一份计划生成的；请用本总表生成的分发表（generate --from 总表 --unit 单位）',
    en: "not a return of this plan: none of its indicators matches the master's plan by code and name; it may come from another plan. Use returns cut from this master (generate --from MASTER --unit OFFICE)",
  };
}

/** The master's plan change in words: "总表的计划已于7月起调整（县政府年中调整）". */
function adjustedWords(master: TemplateFigures): Message {
  const adj = master.plan.indicators.flatMap((i) => (i.adjustment ? [i.adjustment] : []));
  if (!adj.length) return { zh: '总表的计划已调整', en: "the master's plan was changed" };
  const month = Math.min(...adj.map((a) => a.month));
  const reasons = [...new Set(adj.map((a) => a.reason?.trim()).filter((r): r is string => !!r))];
  return {
    zh: `总表的计划已于${month}月起调整${reasons.length ? `（${reasons.join('、')}）` : ''}`,
    en: `the master's plan was adjusted from month ${month}${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
  };
}

export interface OtherVersion {
  /** The return's sheets with only the rows that can be taken. */
  sheets: MonthSheetFigures[];
  /** One line per row whose figures could not be taken. */
  problems: SourceProblem[];
  /** What changed and what to do, for the source's summary. */
  planChange: Message;
}

/** The master's entry of a code, month and field (the first row of the code: an archived row included). */
function masterValue(master: TemplateFigures, code: string, month: number, field: 'month' | 'note'): CellValue {
  const row = master.months.find((s) => s.month === month)?.rows.find((r) => r.code === code);
  return row ? row[field].value : null;
}

/** Sort a return of another plan version into the rows to take and the rows to list. */
export function otherVersion(
  file: string,
  unit: string,
  ret: TemplateFigures,
  sheets: MonthSheetFigures[],
  master: TemplateFigures,
): OtherVersion {
  const byCode = new Map(master.plan.indicators.map((i) => [i.code, i]));
  const why = new Map<string, Message>();
  for (const old of ret.plan.indicators) {
    const now = byCode.get(old.code);
    if (!now) {
      why.set(old.code, {
        zh: '已在计划调整中删除（总表各月表底部保留原数据）',
        en: 'was removed from the plan (the master keeps its earlier figures at the bottom of each month sheet)',
      });
    } else if (now.unit !== old.unit || now.kind !== old.kind) {
      why.set(old.code, {
        zh: `在计划调整中计量单位或类型已改（原为“${old.unit}”，现为“${now.unit}”），按原口径填写的数不能直接并入`,
        en: `had its unit or kind changed ("${old.unit}" then, "${now.unit}" now); figures typed the old way cannot go in as they are`,
      });
    } else if (!ownedBy(now, unit)) {
      const owners = ownersOf(now.responsible);
      why.set(old.code, {
        zh: `在计划调整后改由${owners.join('、') || '其他单位'}负责，不再是${unit}的指标；请${owners.join('、') || '该单位'}用新的分发表填报，或核实后由统计员填入总表`,
        en: `now belongs to ${owners.join(', ') || 'another office'}, no longer to ${unit}; ${owners.join(', ') || 'that office'} reports it on its new return, or the statistician enters it after checking`,
      });
    }
  }
  const oldByCode = new Map(ret.plan.indicators.map((i) => [i.code, i]));
  const left = new Map<string, string[]>();
  const kept = sheets.map((s) => ({
    ...s,
    rows: s.rows.filter((r) => {
      if (!why.has(r.code)) return true;
      const ind = oldByCode.get(r.code) as Indicator;
      for (const f of ['month', 'note'] as const) {
        const v = r[f].value;
        // What the master already holds (months collected before the change) is not lost.
        if (isBlank(v) || sameValue(masterValue(master, r.code, s.month, f), v, ind, f)) continue;
        const list = left.get(r.code) ?? [];
        list.push(`${s.sheet}!${r[f].address} = ${showValue(v)}`);
        left.set(r.code, list);
      }
      return false;
    }),
  }));
  const problems: SourceProblem[] = [];
  for (const [code, cells] of left) {
    const ind = oldByCode.get(code) as Indicator;
    const w = why.get(code) as Message;
    const [sheet, cell] = cells[0].split(' = ')[0].split('!');
    problems.push({
      file,
      sheet,
      cell,
      code,
      message: {
        zh: `${rowName(ind)}${w.zh}；本文件的 ${cells.join('、')} 未汇集`,
        en: `${rowNameEn(ind)} ${w.en}; ${cells.join(', ')} of this file were not collected`,
      },
    });
  }
  const added = master.plan.indicators.filter((i) => !oldByCode.has(i.code) && ownedBy(i, unit));
  const change = adjustedWords(master);
  const addedZh = added.length ? `；新增给${unit}的${added.map(rowName).join('、')}不在此文件中` : '';
  const addedEn = added.length ? `; ${added.map(rowNameEn).join(', ')}, added for ${unit}, are not in this file` : '';
  return {
    sheets: kept,
    problems,
    planChange: {
      zh: `此文件是按调整前（或另一版本）的计划生成的分发表，${change.zh}：仍在计划中的指标已按代码和月份汇集（目标调整不影响所填的数）${addedZh}。请给${unit}发新的分发表（generate --from 总表 --unit ${unit}），以后按新表填报`,
      en: `this return was cut from an earlier (or other) version of the plan; ${change.en}: its indicators still in the plan were collected by code and month (a target change does not change what was typed)${addedEn}. Send ${unit} a new return (generate --from MASTER --unit ${unit}) for the months to come`,
    },
  };
}
