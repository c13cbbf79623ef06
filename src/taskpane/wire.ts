// PaneServices on any Host: the user's actions (src/actions) and the shapes the views show. The
// work is the actions'; this file only turns their results into what the pane displays and shows the
// sheet an action wrote.
import { seedPlan, UserError, type Plan, type Settings } from '../plan';
import type { Host } from '../workbook/host';
import { SUMMARY_SHEET, COUNT_ORDER, type Summary } from '../summary';
import { reportDate, reportFileName } from '../report/model';
import { DOCX_TYPE } from './fileMode';
import type { Finding } from '../check';
import { monthSheetName } from '../workbook/layout';
import { check } from '../actions/check';
import { clearMarks } from '../actions/clearMarks';
import { draftPlan, importReport } from '../actions/importReport';
import { generate, generateQuestions, previewGenerate } from '../actions/generate';
import { readPlan } from '../actions/readPlan';
import { templateMonths } from '../actions/read';
import { savePlan } from '../actions/savePlan';
import { saveSettings } from '../actions/saveSettings';
import { selfTest } from '../actions/selfTest';
import { summarize } from '../actions/summarize';
import type { CollectOk, ReturnInput } from '../collect';
import { showValue, showValueEn } from '../collect/values';
import {
  type CheckOutcome,
  type CollectOutcome,
  type GenerateOutcome,
  type PaneFinding,
  type PaneServices,
  type ReportOutcome,
  type SummaryOutcome,
} from './services';

function toPaneFinding(f: Finding): PaneFinding {
  return {
    sheet: f.sheet,
    cell: f.cell,
    code: f.code,
    name: f.name || null,
    rule: f.rule,
    tier: f.tier,
    message: f.message,
    messageEn: f.messageEn,
    found: f.found || null,
    expected: f.expected || null,
    suggestion: f.suggestion,
  };
}

/** Reading returned .xlsx files needs ExcelJS: a chunk of its own, loaded on the first collect. */
const loadReturnsReader = () => import(/* webpackChunkName: "xlsx-read" */ '../hosts/returns');
const loadLater = () => import(/* webpackChunkName: "later" */ './later');

/** The merge's result as the 汇集 view shows it. */
function toCollectOutcome(r: CollectOk): CollectOutcome {
  return {
    month: r.month,
    sheet: r.sheet,
    sources: r.sources.map((s) => ({ ...s })),
    taken: r.provenance
      .filter((p) => p.status === 'new')
      .map((p) => ({
        code: p.code,
        name: p.name,
        field: p.field,
        value: showValue(p.value),
        valueEn: showValueEn(p.value),
        sheet: p.sheet,
        cell: p.cell,
        from: p.from.map((c) => ({ file: c.file, sheet: c.sheet, cell: c.cell })),
      })),
    conflicts: r.conflicts.map((c) => {
      // The master's own cell (unit null) is the one to go to; a return's cell is in another file.
      const at = c.cells.find((x) => x.unit === null);
      return {
        kind: c.kind,
        code: c.code,
        name: c.name,
        message: c.message,
        messageEn: c.messageEn,
        sheet: at?.sheet ?? null,
        cell: at?.cell ?? null,
      };
    }),
    refused: r.refused.map((x) => ({ file: x.file, message: x.message, messageEn: x.messageEn })),
    problems: r.problems.map((p) => ({ file: p.file, message: p.message, messageEn: p.messageEn })),
    written: r.writes.length,
    findings: r.findings.map(toPaneFinding),
  };
}

/** The counts and text the 汇总 view shows. */
function summaryOutcome(month: number, summary: Summary): SummaryOutcome {
  return {
    month,
    counts: COUNT_ORDER.filter((s) => summary.counts[s] > 0).map((s) => ({ status: s, count: summary.counts[s] })),
    narrative: summary.text.zh.join('\n'),
  };
}

export function createPaneServices(host: Host): PaneServices {
  return {
    seedPlan,

    readPlan: (current) => readPlan(host, { current }),

    async writePlan(plan: Plan): Promise<void> {
      await savePlan(host, { plan });
    },

    extract: (text: string) => importReport({ text }),

    candidatesToPlan: (text, candidates, options) => draftPlan({ text, candidates, ...options }),

    months: () => templateMonths(host),

    previewTemplates: (plan, options) => previewGenerate(host, { plan, ...options }),

    async generate(plan, options): Promise<GenerateOutcome> {
      const r = await generate(host, { plan, ...options });
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

    targetQuestions: (plan, options) => generateQuestions(host, { plan, ...options }),

    async carryLastYear(plan, file, acceptNameMatches) {
      const { readTemplateFile } = await loadReturnsReader();
      const opened = await readTemplateFile(file.name, file.bytes);
      if ('unreadable' in opened)
        throw new UserError({
          zh: `${file.name}：${opened.unreadable.message}`,
          en: `${file.name}: ${opened.unreadable.messageEn}`,
        });
      const { carryFromSnapshot } = await loadLater();
      const r = carryFromSnapshot(plan, opened.snapshot, { acceptNameMatches });
      return { plan: r.plan, lines: r.lines, unconfirmed: r.unconfirmed };
    },

    async check(month: number): Promise<CheckOutcome> {
      const r = await check(host, { month });
      return {
        month,
        findings: r.findings.map(toPaneFinding),
        warnings: r.report?.degraded ?? [],
      };
    },

    clearFindings: () => clearMarks(host),

    select: (sheet: string, cell: string) => host.select(sheet, cell),

    async fillSummary(month: number): Promise<SummaryOutcome> {
      const { summary } = await summarize(host, { month });
      await host.select(SUMMARY_SHEET, 'A1'); // show what was filled
      return summaryOutcome(month, summary);
    },

    async reportDocx(month: number, date: Date): Promise<ReportOutcome> {
      const { renderPngBrowser } = await import(/* webpackChunkName: "report" */ './chartPng');
      const report = { date: reportDate(date), renderPng: renderPngBrowser };
      const { summary, document } = await summarize(host, { month, report });
      if (!document) throw new Error('summarize returned no document');
      return {
        ...summaryOutcome(month, summary),
        file: { name: reportFileName(document.model), bytes: document.bytes, type: DOCX_TYPE },
        dateText: document.model.dateText,
      };
    },

    async collect(files, month): Promise<CollectOutcome> {
      const { readReturnFile } = await loadReturnsReader();
      const returns: ReturnInput[] = [];
      for (const f of files) returns.push(await readReturnFile(f.name, f.bytes));
      const { collect } = await loadLater();
      return toCollectOutcome(await collect(host, { month, returns }));
    },

    saveSettings: (plan: Plan, settings: Settings) => saveSettings(host, { plan, settings }),

    selfTest: () => selfTest(host),
  };
}
