// Next year from this year: last year's monthly figures become next year's `lastYear` (so 同比 checks
// and "同比增长" work from January), matched by code, or by name and unit for the user to confirm; and a
// draft of next year's plan from this year's. Pure: the figures come in as plain series.
import type { Message } from './message';
import type { Indicator, Plan } from './types';
import { targetAt } from './adjust';

export interface LastYear {
  plan: Plan;
  /** Each cumulative and level indicator's figures by month (12 entries, null where unknown). */
  series: Map<string, Array<number | null>>;
}

export interface CarryMatch {
  code: string;
  name: string;
  unit: string;
  /** The indicator in last year's workbook it was matched to. */
  lastCode: string;
  lastName: string;
  by: 'code' | 'name';
  /** Months with a figure. */
  months: number;
  /** Whether the figures went into the plan: name matches only once the user confirmed them. */
  carried: boolean;
  /** The plan already held exactly these figures (the README's next-year steps do that): nothing to do. */
  already: boolean;
}

export interface CarryNote {
  code: string;
  name: string;
  message: Message;
}

export interface CarryResult {
  plan: Plan;
  matches: CarryMatch[];
  /** Indicators that could use last year's figures but have no match in last year's workbook. */
  unmatched: Array<{ code: string; name: string }>;
  /** Matches not carried, and why (another unit or kind, or the plan already gives lastYear). */
  notes: CarryNote[];
}

/** 同比 needs a figure of the same nature: cumulative flows and levels. */
const comparable = (ind: Pick<Indicator, 'kind'>) => ind.kind === 'cumulative' || ind.kind === 'level';
const nameKey = (name: string) => name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * `next` with last year's figures in `lastYear`, for indicators matched by code, or by name and
 * unit (only when `acceptNameMatches`; otherwise they are listed for the user to confirm).
 */
export function carryLastYear(next: Plan, last: LastYear, opts: { acceptNameMatches: boolean }): CarryResult {
  const lastByCode = new Map(last.plan.indicators.map((i) => [i.code, i]));
  const used = new Set<string>();
  const matches: CarryMatch[] = [];
  const unmatched: Array<{ code: string; name: string }> = [];
  const notes: CarryNote[] = [];
  const pairs = new Map<string, Indicator>();
  const wanted = next.indicators.filter(comparable);
  // Codes first, so a name match never takes an indicator another one matches by code.
  for (const ind of wanted) {
    const l = lastByCode.get(ind.code);
    if (l) {
      pairs.set(ind.code, l);
      used.add(l.code);
    }
  }
  for (const ind of wanted) {
    if (pairs.has(ind.code)) continue;
    const candidates = last.plan.indicators.filter(
      (l) => !used.has(l.code) && nameKey(l.name) === nameKey(ind.name) && l.unit === ind.unit && comparable(l),
    );
    if (candidates.length === 1) {
      pairs.set(ind.code, candidates[0]);
      used.add(candidates[0].code);
    } else unmatched.push({ code: ind.code, name: ind.name });
  }

  const indicators = next.indicators.map((ind) => {
    const l = pairs.get(ind.code);
    if (!l) return ind;
    const by = l.code === ind.code ? 'code' : 'name';
    const series = last.series.get(l.code) ?? Array<number | null>(12).fill(null);
    const months = series.filter((x) => x !== null).length;
    const note = (zh: string, en: string) =>
      notes.push({
        code: ind.code,
        name: ind.name,
        message: { zh: `${ind.code} ${ind.name}：${zh}`, en: `${ind.code} ${ind.name}: ${en}` },
      });
    const match: CarryMatch = {
      code: ind.code,
      name: ind.name,
      unit: ind.unit,
      lastCode: l.code,
      lastName: l.name,
      by,
      months,
      carried: false,
      already: false,
    };
    matches.push(match);
    if (l.unit !== ind.unit) {
      note(
        `单位由“${l.unit}”改为“${ind.unit}”，上年数据未带入`,
        `unit changed from "${l.unit}" to "${ind.unit}": not carried`,
      );
      return ind;
    }
    if (l.kind !== ind.kind) {
      note('指标类型与上年不同，上年数据未带入', 'the kind differs from last year: not carried');
      return ind;
    }
    if (ind.lastYear && ind.lastYear.some((x) => x !== null)) {
      const given = ind.lastYear;
      if (series.every((x, i) => sameFigure(x, given[i] ?? null))) match.already = true;
      else
        note(
          '计划已有上年同期数，与上年工作簿不同，未覆盖',
          'the plan already gives last year’s figures, different from the workbook’s: kept',
        );
      return ind;
    }
    if (by === 'name' && !opts.acceptNameMatches) return ind;
    if (months === 0) return ind;
    match.carried = true;
    return { ...ind, lastYear: [...series] };
  });
  return { plan: { ...next, indicators }, matches, unmatched, notes };
}

/** Equal as a plan file keeps them (a tidy 4503.3 against the workbook's 4503.299999999999). */
function sameFigure(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * A draft of next year's plan from this year's: the same sections, indicators and settings; targets
 * carried (the adjusted one where a 年中调整 was made) or left blank to fill in; deadlines cleared;
 * last year's figures in `lastYear`. A draft with blank targets is for editing: loading it names
 * each target still missing.
 */
export function draftNextYear(last: LastYear, opts: { targets: 'carry' | 'blank' }): Plan {
  return {
    ...last.plan,
    year: last.plan.year + 1,
    indicators: last.plan.indicators.map((ind) => {
      const final = targetAt(ind, 12);
      const series = last.series.get(ind.code);
      const blank = opts.targets === 'blank' && ind.kind !== 'milestone';
      return {
        ...ind,
        value: blank ? null : final.value,
        max: blank ? null : final.max,
        adjustment: null,
        deadlineMonth: null,
        lastYear: series && series.some((x) => x !== null) ? [...series] : null,
      };
    }),
  };
}
