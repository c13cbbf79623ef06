// Real .xlsx fixtures for collect, made from the seed plan the way the add-in makes them: a master
// (总表) and per-unit returns (分发表) cut by buildWorkbookSpec and written by the xlsx host, with
// figures in their input cells as the offices typed them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedPlan, type Indicator, type Plan } from '../../src/plan';
import { buildWorkbookSpec, type EnteredFigures } from '../../src/template';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import type { CellValue } from '../../src/workbook/spec';

const COUNT_UNITS = new Set(['个', '家', '件', '户']);

/** A plausible entry for a row and month that passes every check (seasonal rows follow their schedule). */
export function plausible(ind: Indicator, m: number): CellValue {
  if (ind.kind === 'milestone') return ind.recurring || (ind.deadlineMonth ?? 12) <= m ? '已完成' : '推进中';
  if (ind.kind === 'rate') return ind.value;
  if (ind.kind === 'level') return (ind.value as number) * 0.9;
  const v = ind.value as number;
  if (ind.schedule) {
    const s = ind.schedule;
    return Number((v * (s[m - 1] - (m > 1 ? s[m - 2] : 0))).toFixed(4));
  }
  if (COUNT_UNITS.has(ind.unit)) return v >= 12 ? Math.floor(v / 12) : 0;
  return Number((v * 0.08).toFixed(2));
}

/** Entries for `codes`, months 1..upTo, with overrides by code and month. */
export function entries(
  plan: Plan,
  codes: string[],
  upTo: number,
  over: Record<string, Record<number, { month?: CellValue; note?: string }>> = {},
): EnteredFigures {
  const out: EnteredFigures = {};
  for (const ind of plan.indicators) {
    if (!codes.includes(ind.code)) continue;
    out[ind.code] = {};
    for (let m = 1; m <= upTo; m++) out[ind.code][m] = { month: plausible(ind, m), ...(over[ind.code]?.[m] ?? {}) };
  }
  return out;
}

export async function writeTemplate(
  dir: string,
  name: string,
  plan: Plan,
  options: { unit?: string; figures: EnteredFigures },
): Promise<string> {
  const built = buildWorkbookSpec(plan, { months: [1, 2, 3], unit: options.unit ?? null, figures: options.figures });
  if (!built.ok) throw new Error(built.problems.map((p) => p.message.zh).join('; '));
  const path = join(dir, name);
  writeFileSync(path, await writeSpecToXlsx(built.spec));
  return path;
}

export const OFFICES = ['镇招商办', '镇经济发展办', '镇农业农村办'] as const;

export interface SeedFiles {
  plan: Plan;
  master: string;
  returns: Record<(typeof OFFICES)[number], string>;
  /** A 2024 template of another office. */
  foreign: string;
  /** The figures the master should hold once everything that is not a conflict is in. */
  expected: EnteredFigures;
}

/**
 * The master holds January and February for every row and March for the offices that are not
 * returning; the three offices return March. Planted: the master already has GY-05 March = 1 and the
 * 经济发展办 returns 2 (a conflict); 农业农村办 types NY-07 as "332.16亩" (a format finding) and a
 * note on NY-03; the master already has NY-01 March (the same figure the office returns).
 */
export async function makeSeedFiles(dir: string): Promise<SeedFiles> {
  const plan = seedPlan();
  const codesOf = (unit: string) => plan.indicators.filter((i) => i.responsible === unit).map((i) => i.code);
  const all = plan.indicators.map((i) => i.code);
  const returning = new Set(OFFICES.flatMap((o) => codesOf(o)));

  const masterFigures = entries(plan, all, 2);
  const other = entries(
    plan,
    all.filter((c) => !returning.has(c)),
    3,
  );
  for (const [code, byMonth] of Object.entries(other)) masterFigures[code][3] = byMonth[3];
  const ny01 = plan.indicators.find((i) => i.code === 'NY-01') as Indicator;
  masterFigures['GY-05'][3] = { month: 1 };
  masterFigures['NY-01'][3] = { month: plausible(ny01, 3) };
  const master = await writeTemplate(dir, '总表.xlsx', plan, { figures: masterFigures });

  const over = {
    'GY-05': { 3: { month: 2 } },
    'NY-07': { 3: { month: '332.16亩' } },
    'NY-03': { 3: { note: '含秋冬种植补报' } },
  };
  const returns = {} as SeedFiles['returns'];
  for (const office of OFFICES) {
    returns[office] = await writeTemplate(dir, `${office}.xlsx`, plan, {
      unit: office,
      figures: entries(plan, codesOf(office), 3, over),
    });
  }
  const nextYear = { ...plan, year: 2024 };
  const foreign = await writeTemplate(dir, '镇林业站2024.xlsx', nextYear, {
    unit: '镇林业站',
    figures: entries(nextYear, codesOf('镇林业站'), 3),
  });

  const expected = entries(plan, all, 3, {
    'GY-05': { 3: { month: 1 } },
    'NY-07': over['NY-07'],
    'NY-03': over['NY-03'],
  });
  return { plan, master, returns, foreign, expected };
}
