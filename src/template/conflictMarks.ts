// Collect's marks of open conflicts: a master input the returns disagreed on (镇农业农村办 1, 镇社会事务办
// 2) stays empty, and without a mark the next check would call it 漏填 ("本月没有发生请填 0") and every
// later month would count it as nothing happened. The mark sits in the same _meta column as collect's
// record of where inputs came from (one JSON cell a row, told apart by its "x" list of offers), so
// both hosts keep it with no sheet of their own. The check, the summary and the next collect read it
// here: while the cell is empty the row-month is an open conflict (must-fix, 待核实); once the
// statistician fills it, the mark says which offers were already weighed, so a later return sending
// the same figure again is told as settled, not as a new conflict.
import type { CellValue } from '../workbook/spec';
import type { ConflictMark, TemplateFigures } from '../workbook/figures';
import { isBlank } from '../workbook/cell';
import type { Indicator } from '../plan/types';
import type { Message } from '../plan/message';
import { monthsText } from '../plan/months';
import { showValue, showValueEn } from '../collect/values';

/** The _meta column holding collect's record and marks: far right of the codes block (D plus at most 13 sheets). */
export const RECORD_COLUMN = 'AA';
export const RECORD_INDEX = 26;

/**
 * The JSON objects of _meta's record column, each with its 1-based row: collect's record and these
 * marks share the column. A cell that does not parse (edited by hand) is left out.
 */
export function recordLines(metaValues: CellValue[][] | undefined): Array<{ o: Record<string, unknown>; row: number }> {
  const out: Array<{ o: Record<string, unknown>; row: number }> = [];
  (metaValues ?? []).forEach((line, i) => {
    const raw = line?.[RECORD_INDEX];
    if (i === 0 || typeof raw !== 'string' || !raw.startsWith('{')) return;
    try {
      const o: unknown = JSON.parse(raw);
      if (o && typeof o === 'object' && !Array.isArray(o)) out.push({ o: o as Record<string, unknown>, row: i + 1 });
    } catch {
      // Not ours any more.
    }
  });
  return out;
}

/** The marks read from _meta's values; a cell that does not read (edited by hand) is no mark. */
export function readConflictMarks(metaValues: CellValue[][] | undefined): ConflictMark[] {
  const out: ConflictMark[] = [];
  for (const { o, row } of recordLines(metaValues)) {
    if (!Number.isInteger(o.m) || typeof o.c !== 'string' || !Array.isArray(o.x)) continue;
    const offers = (o.x as Array<{ u?: unknown; v?: CellValue; file?: unknown }>).map((x) => ({
      unit: String(x.u ?? ''),
      value: x.v ?? null,
      file: String(x.file ?? ''),
    }));
    if (offers.length) out.push({ month: o.m as number, code: o.c, offers, row });
  }
  return out;
}

export const conflictMarkJson = (m: Omit<ConflictMark, 'row'>): string =>
  JSON.stringify({
    m: m.month,
    c: m.code,
    f: 'month',
    x: m.offers.map((o) => ({ u: o.unit, v: o.value, file: o.file })),
  });

/** Whether the master's 本月 cell of `code` in `month` is empty (or the month or row is not there). */
function masterBlank(figures: Pick<TemplateFigures, 'months'>, code: string, month: number): boolean {
  const row = figures.months.find((s) => s.month === month)?.rows.find((r) => r.code === code);
  return !row || (isBlank(row.month.value) && row.month.formula === null);
}

/**
 * The row's conflicts still open as of `month`: marks of that month or earlier whose master cell is
 * still empty, and whose month still counts: every month of a flow (its 累计) or a recurring task
 * (its tally); for a level, rate or milestone, only while no later month up to `month` has its own
 * entry (which replaces it). The one rule the check (must-fix) and the summary (待核实) share.
 */
export function openConflicts(
  figures: Pick<TemplateFigures, 'months' | 'conflictMarks'>,
  ind: Indicator,
  month: number,
): ConflictMark[] {
  const every = ind.kind === 'cumulative' || (ind.kind === 'milestone' && ind.recurring === true);
  return (figures.conflictMarks ?? []).filter(
    (m) =>
      m.code === ind.code &&
      m.month <= month &&
      masterBlank(figures, ind.code, m.month) &&
      (every ||
        !figures.months.some((s) => s.month > m.month && s.month <= month && !masterBlank(figures, ind.code, s.month))),
  );
}

/**
 * The words for a mark: `head` "9月两份报表不一致", `offers` "镇农业农村办报 1，镇社会事务办报 2" (an office
 * named twice, as when one office sent two returns, is told by its files).
 */
/** "两份报表不一致": how many returns disagreed, in the words of every surface. */
function disagree(n: number): Message {
  return { zh: `${n === 2 ? '两' : String(n)}份报表不一致`, en: `${n} returns disagree` };
}

/**
 * Open marks of one row as the report names them: months with the same offers said once
 * ("10-12月两份报表不一致：镇经济发展办报 “推进中”，镇农业农村办报 “已完成”"), in month order.
 */
export function conflictList(marks: readonly ConflictMark[]): Message[] {
  const groups = new Map<string, { months: number[]; n: number; offers: Message }>();
  for (const mark of [...marks].sort((a, b) => a.month - b.month)) {
    const { offers } = conflictWords(mark);
    const g = groups.get(offers.zh) ?? { months: [], n: mark.offers.length, offers };
    g.months.push(mark.month);
    groups.set(offers.zh, g);
  }
  return [...groups.values()].map((g) => {
    const when = monthsText(g.months);
    return {
      zh: `${when.zh}${disagree(g.n).zh}：${g.offers.zh}`,
      en: `${when.en}: ${disagree(g.n).en}: ${g.offers.en}`,
    };
  });
}

export function conflictWords(mark: ConflictMark): {
  head: { zh: string; en: string };
  offers: { zh: string; en: string };
} {
  const n = mark.offers.length;
  const units = mark.offers.map((o) => o.unit);
  const twice = new Set(units).size < units.length || units.some((u) => !u);
  const who = (o: ConflictMark['offers'][number]) => (twice ? (o.unit ? `${o.unit}（${o.file}）` : o.file) : o.unit);
  return {
    head: {
      zh: `${mark.month}月${disagree(n).zh}`,
      en: `month ${mark.month}'s ${disagree(n).en}`,
    },
    offers: {
      zh: mark.offers.map((o) => `${who(o)}报 ${showValue(o.value)}`).join('，'),
      en: mark.offers.map((o) => `${who(o)}: ${showValueEn(o.value)}`).join(', '),
    },
  };
}
