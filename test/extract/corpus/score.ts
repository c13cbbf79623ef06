// Scores the extractor on the annotated corpus (RUBRIC.md): recall and precision of quantitative
// targets (value, max, unit and comparator all exact) and the share of milestones found.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets, type Candidate } from '../../../src/extract';

export interface ExpectedTarget {
  hint: string;
  value: number;
  max: number | null;
  unit: string;
  comparator: string;
}
export interface ExpectedMilestone {
  hint: string;
  /** A word the candidate's name must hold. */
  key: string;
  /** Due month; null when the report gives none the rubric can check. */
  month: number | null;
}
export interface Annotation {
  province: string | null;
  level: string;
  year: number | null;
  heldOut: boolean;
  note: string;
  targets: ExpectedTarget[];
  options: ExpectedTarget[];
  milestones: ExpectedMilestone[];
}

export interface ReportScore {
  id: string;
  heldOut: boolean;
  targets: number;
  found: number;
  candidates: number;
  falseTargets: string[];
  missed: string[];
  milestones: number;
  milestonesFound: number;
  milestoneMonthsRight: number;
  missedMilestones: string[];
}

export const CORPUS_DIR = __dirname;

/** The report's text: the file without its first line (the source address). */
export function reportText(id: string): string {
  const raw = readFileSync(join(CORPUS_DIR, `${id}.txt`), 'utf8');
  return raw.slice(raw.indexOf('\n') + 1);
}

export function corpusIds(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function annotation(id: string): Annotation {
  return JSON.parse(readFileSync(join(CORPUS_DIR, `${id}.json`), 'utf8')) as Annotation;
}

const same = (c: Candidate, t: ExpectedTarget) =>
  c.value === t.value && (c.max ?? null) === (t.max ?? null) && c.unit === t.unit && c.comparator === t.comparator;

export function scoreReport(id: string): ReportScore {
  const a = annotation(id);
  const cands = extractTargets(reportText(id));
  const quantities = cands.filter((c) => c.kind === 'quantity');
  const milestones = cands.filter((c) => c.kind === 'milestone');
  const used = new Set<Candidate>();
  const missed: string[] = [];
  for (const t of a.targets) {
    const hit = quantities.find((c) => !used.has(c) && same(c, t));
    if (hit) used.add(hit);
    else missed.push(`${t.hint} ${t.comparator}${t.value}${t.max !== null ? '-' + t.max : ''}${t.unit}`);
  }
  const found = a.targets.length - missed.length;
  for (const o of a.options) {
    const hit = quantities.find((c) => !used.has(c) && same(c, o));
    if (hit) used.add(hit);
  }
  const falseTargets = quantities
    .filter((c) => !used.has(c))
    .map((c) => `${c.name} ${c.comparator}${c.value}${c.max !== null ? '-' + c.max : ''}${c.unit}`);
  const usedM = new Set<Candidate>();
  let monthsRight = 0;
  const missedMilestones: string[] = [];
  for (const m of a.milestones) {
    const hit = milestones.find((c) => !usedM.has(c) && c.name.includes(m.key));
    if (!hit) {
      missedMilestones.push(m.hint);
      continue;
    }
    usedM.add(hit);
    if (m.month === null || hit.deadlineMonth === m.month) monthsRight++;
  }
  return {
    id,
    heldOut: a.heldOut,
    targets: a.targets.length,
    found,
    candidates: quantities.length,
    falseTargets,
    missed,
    milestones: a.milestones.length,
    milestonesFound: usedM.size,
    milestoneMonthsRight: monthsRight,
    missedMilestones,
  };
}

export interface Totals {
  recall: number;
  precision: number;
  milestones: number;
  milestoneMonths: number;
}

/** Pooled over reports: recall = found / expected, precision = 1 - false / quantity candidates. */
export function totals(scores: ReportScore[]): Totals {
  const sum = (f: (s: ReportScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const expected = sum((s) => s.targets);
  const found = sum((s) => s.found);
  const cands = sum((s) => s.candidates);
  const falses = sum((s) => s.falseTargets.length);
  const ms = sum((s) => s.milestones);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    recall: round(expected ? found / expected : 1),
    precision: round(cands ? 1 - falses / cands : 1),
    milestones: round(ms ? sum((s) => s.milestonesFound) / ms : 1),
    milestoneMonths: round(ms ? sum((s) => s.milestoneMonthsRight) / ms : 1),
  };
}
