// 生成模板: generate (or regenerate) the month templates from the plan, keeping every figure and
// note already typed; and the preview of what a generate would add, update and keep.
import type { Plan } from '../plan/types';
import type { ApplyReport, Host, WorkbookSnapshot } from '../workbook/host';
import {
  applyFieldDecisions,
  applyTargetDecisions,
  refusedDecisions,
  type FieldQuestion,
  buildPreserving,
  planChanges,
  type PlanChanges,
  type PreserveReport,
  type PreserveResult,
  type BuildProblem,
  type TargetChange,
  type TargetDecision,
} from '../template';
import { UserError, type Message } from '../plan/message';
import { templateSheets } from './read';
import { carryRecord } from '../collect/record';

export interface GenerateOptions {
  plan: Plan;
  /** Overrides the plan's year (the year chosen on the 模板 view, or --year). */
  year?: number | null;
  months: number[];
  /** The responsible unit to cut the template for (分发表), or null for the master. */
  unit?: string | null;
  /** Answers to target changes on months already filled: 年中调整 from a month, or 更正. */
  decisions?: TargetDecision[];
  /**
   * Cut `unit`'s workbook from this filled workbook (a master, another cut) into the host, which
   * starts empty: only the unit's rows and figures go in; everything else stays in the source.
   */
  source?: WorkbookSnapshot;
}

export interface GenerateResult {
  /** The plan the templates were built from (with the chosen year). */
  plan: Plan;
  report: ApplyReport;
  preserved: PreserveReport;
  /** Earlier months added, rows set aside or kept for indicators that left the plan… */
  notices: Message[];
  /** What changed against the month sheets already there: added, removed, renamed, moved, targets. */
  changes: PlanChanges;
  /** Target changes on months already filled that no decision answered: 年中调整 or 更正? */
  questions: TargetChange[];
  /** Other changes on months already filled that no decision answered (applied as 更正 for now). */
  fieldQuestions: FieldQuestion[];
}

/** A question the pane asks before it writes: a target's change, or another change (FieldQuestion). */
export type ChangeQuestion = TargetChange | FieldQuestion;

/** Sheets a generate adds, updates (keeping typed figures) and leaves as they are. */
export interface TemplateChanges {
  added: string[];
  updated: string[];
  kept: string[];
}

function planFor(options: GenerateOptions): Plan {
  const { plan, year } = options;
  return year === undefined || year === null || year === plan.year ? plan : { ...plan, year };
}

function built(plan: Plan, options: GenerateOptions, old: WorkbookSnapshot): Extract<PreserveResult, { ok: true }> {
  const r = buildPreserving(
    plan,
    { months: options.months, unit: options.unit ?? null, cutFrom: options.source !== undefined },
    old.sheets.length ? old : null,
  );
  if (r.ok) return r;
  refuseBuild(r.problems);
}

/** The build's problems as the error the user sees; nothing is written. */
export function refuseBuild(problems: BuildProblem[]): never {
  throw new UserError(
    { zh: '无法生成模板，工作簿没有改动', en: 'cannot generate the templates; the workbook is unchanged' },
    problems.map((p) => p.message),
  );
}

/** Rows kept at the bottom of a regenerated sheet, said why. */
function archivedNotices(plan: Plan, unit: string | null, preserved: PreserveReport): Message[] {
  const inPlan = new Set(plan.indicators.map((i) => i.code));
  return preserved.archived.map((a) =>
    inPlan.has(a.code)
      ? {
          zh: `${a.sheet}：${a.code} 不属于所选责任单位（${unit ?? ''}），原数据保留在表底（第${a.row}行）`,
          en: `${a.sheet}: ${a.code} is not a row of the chosen unit (${unit ?? ''}); its figures are kept at the bottom (row ${a.row})`,
        }
      : {
          zh: `${a.sheet}：${a.code} 已从计划删除，原数据保留在表底（第${a.row}行）`,
          en: `${a.sheet}: ${a.code} left the plan; its figures are kept at the bottom (row ${a.row})`,
        },
  );
}

/** Generate (or regenerate) the templates, keeping every figure and note already typed. */
export async function generate(host: Host, options: GenerateOptions): Promise<GenerateResult> {
  const old = options.source ?? (await host.read({ sheets: templateSheets(12), formulas: 'presence' }));
  const unit = options.unit ?? null;
  // A change under typed figures is applied as the user answered: 年中调整 or 更正. A unit changed
  // under typed figures, or a 年中调整 a field cannot record, is refused before anything is written.
  const decisions = options.decisions ?? [];
  const asked = planFor(options);
  const first = planChanges(old, asked, { unit });
  const refused = refusedDecisions(first, decisions);
  if (refused)
    throw new UserError(
      {
        zh: '没有生成：以下修改涉及已填报的月份，需要先确认',
        en: 'nothing generated: these changes touch months already filled and need an answer first',
      },
      [refused],
    );
  const plan = applyFieldDecisions(applyTargetDecisions(asked, first, decisions), first, decisions);
  const r = built(plan, options, old);
  // The master's record of collected inputs goes with them; a workbook cut for an office needs none.
  if (options.source === undefined && unit === null) carryRecord(r.spec, old, plan);
  const changes = planChanges(old, plan, { unit, preserved: r.preserved });
  const report = await host.applySpec(r.spec, { replace: 'sheets-in-spec' });
  const answered = new Set(decisions.filter((d) => d.scope !== 'fields').map((d) => d.code));
  const fieldsAnswered = new Set(decisions.filter((d) => d.scope === 'fields').map((d) => d.code));
  return {
    plan,
    report,
    preserved: r.preserved,
    notices: [...r.notices, ...archivedNotices(plan, unit, r.preserved)],
    changes,
    questions: changes.targets.filter((t) => t.question && !answered.has(t.code)),
    fieldQuestions: first.asked.filter((q) => !fieldsAnswered.has(q.code)),
  };
}

/** What generate would do: the sheets it adds, updates and leaves alone. Writes nothing. */
export async function previewGenerate(host: Host, options: GenerateOptions): Promise<TemplateChanges> {
  // Every sheet, to say which are kept; formula presence is all the build needs.
  const snapshot = await host.read({ formulas: 'presence' });
  const specSheets = built(planFor(options), options, snapshot).spec.sheets.map((s) => s.name);
  const present = new Map(snapshot.sheets.map((s) => [s.name, s.visibility]));
  const inSpec = new Set(specSheets);
  return {
    added: specSheets.filter((n) => !present.has(n) && !n.startsWith('_')),
    updated: specSheets.filter((n) => present.has(n) && present.get(n) !== 'veryHidden'),
    kept: snapshot.sheets.filter((s) => !inSpec.has(s.name) && s.visibility !== 'veryHidden').map((s) => s.name),
  };
}

/**
 * Targets a generate would change on months already filled, for the pane to ask 年中调整 or 更正
 * before it writes. One read; writes nothing.
 */
export async function generateQuestions(host: Host, options: GenerateOptions): Promise<ChangeQuestion[]> {
  const old = await host.read({ sheets: templateSheets(12), formulas: 'presence' });
  const c = planChanges(old, planFor(options), { unit: options.unit ?? null });
  return [...c.targets.filter((t) => t.question), ...c.asked];
}
