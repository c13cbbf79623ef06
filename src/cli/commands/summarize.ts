// summarize FILE.xlsx --month N --out OUT.xlsx [--json] [--force]: fill the 汇总 sheet of a copy.
import type { Command } from 'commander';
import {
  CheckOptionError,
  findingMarks,
  latestFilledMonth,
  resultsSheetSpec,
  runChecks,
  unverifiedCodes,
  type Finding,
} from '../../check';
import { XlsxHost } from '../../hosts/xlsx';
import { assertMonth, MonthError } from '../../progress';
import { findSectionColumn, summarize, summarySheet, SummaryError, type Summary } from '../../summary';
import { readTemplate } from '../../template';
import type { TemplateFigures } from '../../workbook/figures';
import type { SheetSpec } from '../../workbook/spec';
import { checkOutPath, CliError, readBinary, writeFileAtomic } from '../io';

export interface FilledSummary {
  figures: TemplateFigures;
  month: number;
  findings: Finding[];
  summary: Summary;
  sheet: SheetSpec;
}

/** Parse --month: a whole number 1-12. */
export function parseMonth(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const m = Number(raw);
  try {
    assertMonth(m);
  } catch (e) {
    if (e instanceof MonthError) throw new CliError(`--month：${e.message}`);
    throw e;
  }
  return m;
}

/**
 * Read the template in `host`, check the month (so figures with an open finding are not quoted in the
 * text), summarize it and write the 汇总 sheet into the host; with `annotate`, also the 审核结果
 * sheet and the marks on the cells.
 */
export async function fillSummary(
  host: XlsxHost,
  monthOption: number | undefined,
  opts: { annotate: boolean },
): Promise<FilledSummary> {
  const snapshot = await host.read();
  const read = readTemplate(snapshot);
  if (!read.ok) throw new CliError(`${read.message} / ${read.messageEn}`);
  const figures = read.figures;
  const month = monthOption ?? latestFilledMonth(figures);
  if (month === null || month === undefined) {
    throw new CliError('工作簿中还没有填报数据，请用 --month 指定月份 / nothing is entered yet: give --month');
  }
  let findings: Finding[];
  try {
    findings = runChecks(figures, { month });
  } catch (e) {
    if (e instanceof CheckOptionError) throw new CliError(`${e.message} / ${e.messageEn}`);
    throw e;
  }
  const unverified = unverifiedCodes(findings);
  let summary: Summary;
  try {
    const sheetName = figures.months.find((s) => s.month === month)?.sheet ?? '';
    summary = summarize(figures.plan, figures, month, {
      unverified,
      sectionColumn: findSectionColumn(snapshot, sheetName),
    });
  } catch (e) {
    if (e instanceof SummaryError) throw new CliError(e.message);
    throw e;
  }
  const sheet = summarySheet(figures.plan, figures.meta, summary, month);
  const sheets: SheetSpec[] = [sheet];
  if (opts.annotate) {
    sheets.push(
      resultsSheetSpec(findings, {
        month,
        unitName: figures.meta.unitName,
        sheetNames: snapshot.sheets.map((s) => s.name),
      }),
    );
  }
  await host.applySpec({ sheets }, { replace: 'sheets-in-spec' });
  if (opts.annotate) await host.markFindings(findingMarks(findings));
  return { figures, month, findings, summary, sheet };
}

/** The summary for --json: the rows a script needs, in plain JSON. */
export function summaryJson(s: Summary) {
  const row = (r: Summary['indicators'][number]) => ({
    code: r.code,
    name: r.name,
    section: r.section,
    responsible: r.responsible,
    kind: r.kind,
    unit: r.unit,
    actual: r.actual,
    completion: r.evaluation.completion,
    expected: r.evaluation.expected,
    gapPp: r.evaluation.gapPp,
    status: r.evaluation.status,
    cell: r.cell ? `${s.source.sheet}!${r.cell}` : null,
    unverified: r.unverified,
  });
  const milestone = (r: Summary['indicators'][number]) => ({
    code: r.code,
    name: r.name,
    responsible: r.responsible,
    deadline: r.deadline,
    state: r.actual,
    doneMonth: r.doneMonth,
    status: r.evaluation.status,
  });
  return {
    month: s.month,
    year: s.year,
    unitName: s.unitName,
    total: s.total,
    counts: s.counts,
    sections: s.sections.map((x) => ({
      id: x.key,
      title: x.label,
      total: x.total,
      counts: x.counts,
      doneShare: x.doneShare,
      onTrackShare: x.onTrackShare,
    })),
    units: s.units.map((x) => ({
      unit: x.label,
      total: x.total,
      counts: x.counts,
      doneShare: x.doneShare,
      onTrackShare: x.onTrackShare,
    })),
    lagging: s.lagging.map(row),
    milestones: {
      dueThisMonth: s.milestones.dueThisMonth.map(milestone),
      overdue: s.milestones.overdue.map(milestone),
    },
    unreported: s.unreported.map((r) => r.code),
    unverified: s.unverified.map((r) => r.code),
    text: s.text,
  };
}

export function register(program: Command): void {
  program
    .command('summarize')
    .description(
      '汇总：把指定月份的汇总表写入新文件，并打印进度文字 / fill the 汇总 sheet into a new file and print the report text',
    )
    .argument('<file>', '已填报的模板 .xlsx / a filled template')
    .option(
      '--month <n>',
      '汇总月份1-12（默认：有填报数据的最近月份）/ month 1-12 (default: the latest month with figures)',
    )
    .requiredOption('--out <file>', '输出文件（不会改写输入文件）/ the new file to write (never the input)')
    .option('--json', '以JSON输出汇总 / print the summary as JSON')
    .option('--force', '覆盖已存在的输出文件 / overwrite the output file')
    .action(async (file: string, opts: { month?: string; out: string; json?: boolean; force?: boolean }) => {
      const month = parseMonth(opts.month);
      const out = checkOutPath(opts.out, { force: opts.force, inputs: [file] });
      const host = await XlsxHost.fromBytes(readBinary(file)).catch((e: Error) => {
        throw new CliError(`无法读取 ${file}：${e.message} / cannot read ${file}`);
      });
      const r = await fillSummary(host, month, { annotate: false });
      writeFileAtomic(out, await host.toBytes());
      if (opts.json) {
        process.stdout.write(JSON.stringify(summaryJson(r.summary), null, 2) + '\n');
        return;
      }
      process.stdout.write(r.summary.text.zh.join('\n\n') + '\n\n');
      process.stdout.write(`已写入 / written: ${out}\n`);
    });
}
