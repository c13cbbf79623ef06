// 导入报告: the targets a government work report's text sets, as candidates to review, and the draft
// plan made from the accepted ones. Works on text, not on a workbook: the reviewed plan goes into the
// workbook through savePlan. Extraction loads on first use (a chunk of its own in the pane).
import type { Plan } from '../plan/types';
import type { Candidate } from '../extract';

const loadExtract = () => import(/* webpackChunkName: "extract" */ '../extract');

/** A candidate target with its place in the list and the whole sentence around it, for review. */
export interface ReviewCandidate extends Candidate {
  id: number;
  sentence: string;
}

export interface ImportReportOptions {
  /** The report's text (UTF-8, any BOM removed). */
  text: string;
}

export interface ImportReportResult {
  candidates: ReviewCandidate[];
  /** The year the report plans for ("2023年是…"), where it says. */
  year: number | null;
  /** The government the report speaks for (我代表木洞镇人民政府 -> 木洞镇), where it says. */
  unitName: string | null;
}

/** The candidate targets in a report's text, in the order they appear. */
export async function importReport(options: ImportReportOptions): Promise<ImportReportResult> {
  const { extractTargets, sourceSentence, detectReportYear, detectUnitName } = await loadExtract();
  const { text } = options;
  const candidates = extractTargets(text).map((c, id) => ({ ...c, id, sentence: sourceSentence(text, c.source).text }));
  return { candidates, year: detectReportYear(text), unitName: detectUnitName(text) };
}

export interface DraftPlanOptions {
  /** The report the candidates came from: its headings give the sections' titles. */
  text: string;
  candidates: readonly Candidate[];
  year: number;
  unitName: string;
}

/** A draft plan from the accepted candidates (review fields such as id and sentence are ignored). */
export async function draftPlan(options: DraftPlanOptions): Promise<Plan> {
  const { candidatesToPlan, detectSections } = await loadExtract();
  const sectionTitles = Object.fromEntries(detectSections(options.text).map((s) => [s.id, s.title]));
  const candidates = options.candidates.map((c): Candidate => {
    const { id: _id, sentence: _sentence, ...rest } = c as Partial<ReviewCandidate> & Candidate;
    return rest;
  });
  return candidatesToPlan(candidates, { year: options.year, unitName: options.unitName, sectionTitles });
}
