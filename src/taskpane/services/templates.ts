// 模板: the month sheets a generate would add, update and keep; the generate itself, asking first about
// targets changed under typed figures; last year's workbook carried into the plan (下一年度).
import type { Plan } from '../../plan';
import { UserError } from '../../plan/message';
import type { ApplyReport, Host } from '../../workbook/host';
import { monthSheetName } from '../../workbook/layout';
import type { GenerateOptions, GenerateResult, ReportLine, TemplateChanges } from '../../actions';
import type { ChangeQuestion } from '../../actions/generate';
import type { carryFromSnapshot } from '../../actions/regenerate';
import { templateMonths } from '../../actions/read';
import { loadGenerate, loadLater, loadReturnsReader } from './chunks';
import type { PickedFile } from './collect';

export type { TargetChange, TargetDecision, FieldQuestion } from '../../template';
export type { ChangeQuestion };
export type { TemplateChanges };

/** The 模板 view's choices: a generate's options without the plan, with the year and unit always chosen. */
export type TemplateOptions = Omit<GenerateOptions, 'plan' | 'year' | 'unit'> & { year: number; unit: string | null };

/** What a generate did, as the 模板 view lists it (the workbook's own sheets, _meta…, left out). */
export interface GenerateOutcome extends Pick<GenerateResult, 'notices'>, Partial<Pick<GenerateResult, 'plan'>> {
  added: string[];
  updated: string[];
  /** Features the host could not apply (an older Excel). */
  degraded: ApplyReport['degraded'];
  /** What changed in a workbook that had month sheets: added, removed, renamed, moved, targets, figures kept. */
  changes?: ReportLine[];
}

/** Next year in the pane: the plan with last year's figures in lastYear, the lines matched, and the matches by name waiting for confirmation. */
export type CarryOutcome = ReturnType<typeof carryFromSnapshot>;

export interface TemplateServices {
  /** Months with a month sheet in the workbook, ascending (to default the month pickers). */
  months(): Promise<number[]>;
  previewTemplates(plan: Plan, options: TemplateOptions): Promise<TemplateChanges>;
  generate(plan: Plan, options: TemplateOptions): Promise<GenerateOutcome>;
  /** Targets and other changes the generate would make on months already filled: ask 年中调整 or 更正 first. */
  targetQuestions(plan: Plan, options: TemplateOptions): Promise<ChangeQuestion[]>;
  /** Last year's workbook (a picked file) -> the plan with lastYear carried (下一年度). */
  carryLastYear(plan: Plan, file: PickedFile, acceptNameMatches: boolean): Promise<CarryOutcome>;
}

export function templateServices(host: Host): TemplateServices {
  return {
    months: () => templateMonths(host),

    previewTemplates: async (plan, options) => (await loadGenerate()).previewGenerate(host, { plan, ...options }),

    async generate(plan, options) {
      const r = await (await loadGenerate()).generate(host, { plan, ...options });
      const last = options.months.length ? Math.max(...options.months) : null;
      // Show the latest month sheet, where figures are typed next.
      const lastSheet = last === null ? null : monthSheetName(last);
      if (lastSheet && [...r.report.created, ...r.report.replaced].includes(lastSheet))
        await host.select(lastSheet, 'A1');
      return {
        added: r.report.created.filter((n) => !n.startsWith('_')),
        updated: r.report.replaced.filter((n) => !n.startsWith('_')),
        notices: r.notices,
        degraded: r.report.degraded,
        plan: r.plan,
        // A first generate adds everything: the list of changes is for a workbook that had month sheets.
        changes: r.report.replaced.some((n) => /^\d{1,2}月$/.test(n))
          ? (await loadLater()).regenerateLines({ ...r, carry: null })
          : [],
      };
    },

    targetQuestions: async (plan, options) => (await loadGenerate()).generateQuestions(host, { plan, ...options }),

    async carryLastYear(plan, file, acceptNameMatches) {
      const { readTemplateFile } = await loadReturnsReader();
      const opened = await readTemplateFile(file.name, file.bytes);
      if ('unreadable' in opened)
        throw new UserError({
          zh: `${file.name}：${opened.unreadable.zh}`,
          en: `${file.name}: ${opened.unreadable.en}`,
        });
      const { carryFromSnapshot } = await loadLater();
      return carryFromSnapshot(plan, opened.snapshot, { acceptNameMatches });
    },
  };
}
