// PaneServices on any Host: the shared actions (src/hosts/actions.ts: generate, readPlan, check,
// fillSummary, each read -> think -> write) plus what only the pane needs: a preview of a generate,
// the months present, extraction for the review list, and showing the sheet an action wrote.
import { seedPlan, type Plan, type Settings } from '../plan';
import type { Host, WorkbookSnapshot } from '../workbook/host';
import { buildLedgerSheet, buildPreserving, readTemplate } from '../template';
import { SUMMARY_SHEET, COUNT_ORDER } from '../summary';
import type { Finding } from '../check';
import type { Candidate } from '../extract';
import { check, collectInto, fillSummary, generate, readPlan, templateSheets, ActionError } from '../hosts/actions';
import { showValue, showValueEn, type CollectOk, type ReturnInput } from '../collect';
import {
  bilingual,
  type CheckOutcome,
  type CollectOutcome,
  type DraftOptions,
  type ExtractResult,
  type GenerateOutcome,
  type PaneFinding,
  type PaneServices,
  type ReviewCandidate,
  type SummaryOutcome,
  type TemplateChanges,
  type TemplateOptions,
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

function toCandidate(c: ReviewCandidate): Candidate {
  return {
    kind: c.kind,
    name: c.name,
    section: c.section,
    value: c.value,
    max: c.max,
    unit: c.unit,
    comparator: c.comparator,
    direction: c.direction,
    deadlineMonth: c.deadlineMonth,
    recurring: c.recurring,
    suggestedKind: c.suggestedKind,
    source: c.source,
  };
}

/** The plan with the year the user chose on the 模板 view. */
function forYear(plan: Plan, year: number): Plan {
  return plan.year === year ? plan : { ...plan, year };
}

/** Sheets a generate adds, updates (keeping typed figures) and leaves as they are. */
function changesOf(snapshot: WorkbookSnapshot, specSheets: string[]): TemplateChanges {
  const present = new Map(snapshot.sheets.map((s) => [s.name, s.visibility]));
  const inSpec = new Set(specSheets);
  return {
    added: specSheets.filter((n) => !present.has(n) && !n.startsWith('_')),
    updated: specSheets.filter((n) => present.has(n) && present.get(n) !== 'veryHidden'),
    kept: snapshot.sheets.filter((s) => !inSpec.has(s.name) && s.visibility !== 'veryHidden').map((s) => s.name),
  };
}

/** Extraction is used only when importing a report: a chunk of its own, loaded on first use. */
const loadExtract = () => import(/* webpackChunkName: "extract" */ '../extract');

/** Reading returned .xlsx files needs ExcelJS: a chunk of its own, loaded on the first collect. */
const loadReturnsReader = () => import(/* webpackChunkName: "xlsx-read" */ '../hosts/returns');

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

/** The sheet name of a month (the template's naming: "3月"). */
const monthSheet = (m: number) => `${m}月`;

export function createPaneServices(host: Host): PaneServices {
  return {
    seedPlan,

    readPlan: (current) => readPlan(host, current),

    async writePlan(plan: Plan): Promise<void> {
      await host.applySpec({ sheets: [buildLedgerSheet(plan)] }, { replace: 'sheets-in-spec' });
    },

    async extract(text: string): Promise<ExtractResult> {
      const { extractTargets, sourceSentence, detectReportYear } = await loadExtract();
      const candidates = extractTargets(text).map((c, id) => ({
        ...c,
        id,
        sentence: sourceSentence(text, c.source).text,
      }));
      return { candidates, year: detectReportYear(text) };
    },

    async candidatesToPlan(text: string, candidates: ReviewCandidate[], options: DraftOptions): Promise<Plan> {
      const { candidatesToPlan: draftPlan, detectSections } = await loadExtract();
      const sectionTitles = Object.fromEntries(detectSections(text).map((s) => [s.id, s.title]));
      return draftPlan(candidates.map(toCandidate), { ...options, sectionTitles });
    },

    async months(): Promise<number[]> {
      const r = readTemplate(await host.read({ sheets: templateSheets(12), formulas: 'presence' }));
      return r.ok ? r.figures.months.map((m) => m.month).sort((a, b) => a - b) : [];
    },

    async previewTemplates(plan: Plan, options: TemplateOptions): Promise<TemplateChanges> {
      // Every sheet, to say which are kept; the build is the one generate would make. Formula
      // presence is all the build needs, and it keeps a large workbook's read small.
      const snapshot = await host.read({ formulas: 'presence' });
      const built = buildPreserving(forYear(plan, options.year), options, snapshot);
      if (!built.ok) {
        const shown = built.problems.slice(0, 5);
        throw new ActionError(shown.map((p) => p.message).join('；'), shown.map((p) => p.messageEn).join('; '));
      }
      return changesOf(
        snapshot,
        built.spec.sheets.map((s) => s.name),
      );
    },

    async generate(plan: Plan, options: TemplateOptions): Promise<GenerateOutcome> {
      const r = await generate(host, forYear(plan, options.year), { months: options.months, unit: options.unit });
      const last = options.months.length ? Math.max(...options.months) : null;
      // Show the latest month sheet, where figures are typed next.
      if (last !== null && [...r.report.created, ...r.report.replaced].includes(monthSheet(last)))
        await host.select(monthSheet(last), 'A1');
      // A row still in the plan was set aside because the templates are cut for one unit, not removed.
      const inPlan = new Set(plan.indicators.map((i) => i.code));
      const archived = r.preserved.archived.map((a) =>
        inPlan.has(a.code)
          ? {
              message: `${a.sheet}：${a.code} 不属于所选责任单位（${options.unit ?? ''}），原数据保留在表底（第${a.row}行）`,
              messageEn: `${a.sheet}: ${a.code} is not a row of the chosen unit (${options.unit ?? ''}); its figures are kept at the bottom (row ${a.row})`,
            }
          : {
              message: `${a.sheet}：${a.code} 已从计划删除，原数据保留在表底（第${a.row}行）`,
              messageEn: `${a.sheet}: ${a.code} left the plan; its figures are kept at the bottom (row ${a.row})`,
            },
      );
      return {
        added: r.report.created.filter((n) => !n.startsWith('_')),
        updated: r.report.replaced.filter((n) => !n.startsWith('_')),
        notices: [...r.notices, ...archived],
        degraded: r.report.degraded.map(bilingual),
      };
    },

    async check(month: number): Promise<CheckOutcome> {
      const r = await check(host, month);
      return {
        month: r.month,
        findings: r.findings.map(toPaneFinding),
        warnings: r.report.degraded.map(bilingual),
      };
    },

    clearFindings: () => host.clearFindings(),

    select: (sheet: string, cell: string) => host.select(sheet, cell),

    async fillSummary(month: number): Promise<SummaryOutcome> {
      const { summary } = await fillSummary(host, month);
      await host.select(SUMMARY_SHEET, 'A1'); // show what was filled
      return {
        month,
        counts: COUNT_ORDER.filter((s) => summary.counts[s] > 0).map((s) => ({ status: s, count: summary.counts[s] })),
        narrative: summary.text.zh.join('\n'),
      };
    },

    async collect(files, month): Promise<CollectOutcome> {
      const { readReturnFile } = await loadReturnsReader();
      const inputs: ReturnInput[] = [];
      for (const f of files) inputs.push(await readReturnFile(f.name, f.bytes));
      return toCollectOutcome(await collectInto(host, inputs, month));
    },

    async saveSettings(plan: Plan, settings: Settings) {
      const next: Plan = { ...plan, settings };
      const r = readTemplate(await host.read({ sheets: templateSheets(12), formulas: 'presence' }));
      if (!r.ok) return { plan: next, stored: false };
      // Settings live in _meta and shape the formulas (序时 rounding, bands): regenerate, keeping figures.
      const { meta } = r.figures;
      await generate(host, next, { months: meta.months, unit: meta.unitFilter });
      return { plan: next, stored: true };
    },
  };
}
