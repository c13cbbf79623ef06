// Candidates -> a draft plan in the plan format (src/plan), for the user to complete: responsible
// units, schedules and thresholds are left for review.
import { proposeHold } from '../progress/progress';
import { bothLanguages, UserError, yearProblem } from '../plan/message';
import { DEFAULT_SETTINGS, parsePlan, type Indicator, type Plan, type Section } from '../plan';
import type { Candidate } from './types';

export interface DraftPlanOptions {
  year: number;
  unitName: string;
  /** Section id -> title, from detectSections (id "1" for 一、). */
  sectionTitles?: Record<string, string>;
  title?: string | null;
}

/** Share either side allowed for a 左右 (about) target when the report gives none. */
export const DEFAULT_TOLERANCE = 0.05;
/** Section for candidates found before the report's first heading (often the 主要预期目标). */
export const PREAMBLE_SECTION: Section = { id: '0', title: '主要预期目标' };

const MAX_NAME = 120;
const MAX_UNIT = 16;

function codeSafe(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9.]/g, '-').slice(0, 12);
  return safe || 'X';
}

/** Turns reviewed candidates into a plan that parsePlan accepts. Codes are S<section>-NN for figures
 * and S<section>-MNN for milestones, numbered in report order: stable for the same text. Throws a
 * UserError for a year or unit name the plan format cannot hold. */
export function candidatesToPlan(candidates: readonly Candidate[], opts: DraftPlanOptions): Plan {
  const badYear = yearProblem(opts.year);
  if (badYear) throw new UserError(badYear);
  const unitName = opts.unitName.trim();
  if (!unitName || unitName.length > 60)
    throw new UserError({ zh: '单位名称应为1-60个字', en: 'the unit name must be 1-60 characters' });
  const titles = opts.sectionTitles ?? {};
  const sectionIds: string[] = [];
  for (const c of candidates) {
    const id = c.section ?? PREAMBLE_SECTION.id;
    if (!sectionIds.includes(id)) sectionIds.push(id);
  }
  if (!sectionIds.length) sectionIds.push(...(Object.keys(titles).length ? Object.keys(titles) : ['1']));
  const sections: Section[] = sectionIds.map((id) => ({
    id,
    title: (titles[id] ?? '').trim() || (id === PREAMBLE_SECTION.id ? PREAMBLE_SECTION.title : `第${id}部分`),
  }));

  const counters = new Map<string, { q: number; m: number }>();
  // 其中 parts point at their whole by its source start; the whole's code is known once it is numbered.
  const codeAt = new Map<number, string>();
  const codes = new Set<string>();
  const indicators: Indicator[] = candidates.map((c) => {
    const section = c.section ?? PREAMBLE_SECTION.id;
    const n = counters.get(section) ?? { q: 0, m: 0 };
    counters.set(section, n);
    const milestone = c.kind === 'milestone';
    const seq = milestone ? ++n.m : ++n.q;
    const base = `S${codeSafe(section)}-${milestone ? 'M' : ''}${String(seq).padStart(2, '0')}`;
    let code = base;
    for (let k = 2; codes.has(code); k++) code = `${base}_${k}`;
    codes.add(code);
    codeAt.set(c.source.start, code);
    const kind = milestone ? 'milestone' : c.suggestedKind === 'milestone' ? 'cumulative' : c.suggestedKind;
    const name = (c.name.trim() || '未命名指标').slice(0, MAX_NAME);
    const between = !milestone && c.comparator === 'between' && c.max !== null && c.value !== null;
    return {
      code,
      section,
      name,
      kind,
      unit: milestone ? '' : c.unit.slice(0, MAX_UNIT),
      comparator: milestone ? '>=' : between || c.comparator !== 'between' ? c.comparator : '>=',
      value: milestone ? null : c.value,
      max: between ? Math.max(c.max!, c.value!) : null,
      tolerance: !milestone && c.comparator === 'approx' ? DEFAULT_TOLERANCE : null,
      direction: kind === 'rate' ? (c.direction ?? 'increase') : null,
      baseline: milestone ? null : (c.baseline ?? null),
      responsible: c.responsible?.trim().slice(0, 60) || null,
      lead: null,
      deadlineMonth: c.recurring ? null : c.deadlineMonth,
      schedule: null,
      lastYear: null,
      parent: c.partOf !== null && !milestone ? (codeAt.get(c.partOf) ?? null) : null,
      recurring: c.recurring,
      hold: kind === 'level' && proposeHold(`${name} ${c.source.text}`),
      bottomLine: !milestone && c.bottomLine === true,
      reportMonths: c.reportMonths ?? null,
      bands: null,
      thresholds: null,
      note:
        [c.source.text, c.deadlineNote && bothLanguages(c.deadlineNote)].filter(Boolean).join('；').slice(0, 500) ||
        null,
    };
  });

  const draft: Plan = {
    year: opts.year,
    unitName,
    title: opts.title ?? `${unitName}${opts.year}年目标任务（草稿）`,
    sections,
    indicators,
    settings: DEFAULT_SETTINGS,
  };
  const checked = parsePlan(JSON.parse(JSON.stringify(draft)));
  if (!checked.ok) {
    // Every field above is built to the schema; reaching this is a programming error.
    throw new Error('draft plan invalid: ' + checked.issues.map((i) => i.message.en).join('; '));
  }
  return checked.plan;
}
