// summarize FILE.xlsx [--month N] [--out OUT.xlsx] [--docx OUT.docx] [--json] [--force]: fill the 汇总
// sheet of a copy and/or write the month's 通报 as a Word document.
import { term } from '../output';
import type { Command } from 'commander';
import { summarize } from '../../actions';
import type { Summary } from '../../summary';
import { renderPngNode } from '../chart-png';
import { UserError } from '../../plan/message';
import { checkOutPath, openWorkbook, writeFileAtomic } from '../io';
import { reportDate } from '../../report';
import { parseDate, parseMonth } from '../options';

/** The summary for --json: the rows a script needs, in plain JSON. */
export function summaryJson(s: Summary) {
  const row = (r: Summary['indicators'][number]) => ({
    code: r.code,
    name: r.name,
    section: r.section,
    responsible: r.responsible,
    kind: r.kind,
    unit: r.unit,
    target: { comparator: r.comparator, value: r.value, max: r.max },
    actual: r.actual,
    completion: r.evaluation.completion,
    expected: r.evaluation.expected,
    gapPp: r.evaluation.gapPp,
    status: r.evaluation.status,
    sheetStatus: r.sheetStatus,
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
    /** Every row in the month sheet's order, status in the sheet's words (待核实 where held). */
    rows: s.indicators.map(row),
    lagging: s.lagging.map(row),
    milestones: {
      dueThisMonth: s.milestones.dueThisMonth.map(milestone),
      overdue: s.milestones.overdue.map(milestone),
    },
    unreported: s.unreported.map((r) => r.code),
    unverified: s.unverified.map((r) => r.code),
    warnings: s.warnings,
    text: s.text,
  };
}

interface SummarizeCliOptions {
  month?: string;
  out?: string;
  docx?: string;
  date?: string;
  issuer?: string;
  json?: boolean;
  force?: boolean;
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
    .option('--out <file>', '输出工作簿（不会改写输入文件）/ the workbook to write (never the input)')
    .option('--docx <file>', '输出进度通报（Word文档）/ write the progress report as a Word document')
    .option('--date <yyyy-mm-dd>', "通报的成文日期（默认今天）/ the report's date (default: today)")
    .option(
      '--issuer <name>',
      "发文机关署名（默认“<单位>人民政府”）/ the issuing body (default: the unit's government)",
    )
    .option('--json', '以JSON输出汇总 / print the summary as JSON')
    .option('--force', '覆盖已存在的输出文件 / overwrite the output file')
    .action(async (file: string, opts: SummarizeCliOptions) => {
      const month = parseMonth(opts.month);
      const date = opts.date ? parseDate(opts.date) : reportDate(new Date());
      const out = opts.out ? checkOutPath(opts.out, { force: opts.force, inputs: [file] }) : null;
      const docx = opts.docx ? checkOutPath(opts.docx, { force: opts.force, inputs: [file] }) : null;
      if (out && out === docx)
        throw new UserError({ zh: '--out 与 --docx 不能是同一个文件', en: '--out and --docx must differ' });
      const host = await openWorkbook(file);
      const report = docx ? { date, issuer: opts.issuer, renderPng: renderPngNode } : undefined;
      const r = await summarize(host, { month, report });
      if (out) writeFileAtomic(out, await host.toBytes());
      if (docx && r.document) writeFileAtomic(docx, r.document.bytes);
      // A month with no figures at all is summarized (every row 未填报), but said, and exits 1.
      for (const w of r.summary.warnings) term.stderr(`警告：${w.zh} / warning: ${w.en}\n`);
      if (r.summary.warnings.length) term.exitCode = 1;
      if (r.formulasOutdated) term.stderr(`提示：${r.formulasOutdated.zh} / note: ${r.formulasOutdated.en}\n`);
      if (opts.json) {
        term.stdout(JSON.stringify(summaryJson(r.summary), null, 2) + '\n');
        return;
      }
      term.stdout(r.summary.text.zh.join('\n\n') + '\n\n');
      if (docx) term.stdout(`已写入通报 / report written: ${docx}\n`);
      if (out) term.stdout(`已写入 / written: ${out}\n`);
      // Without --out or --docx the text is all that is wanted: nothing is written.
      if (!out && !docx)
        term.stdout('未写入文件（需要汇总表时加 --out，需要通报时加 --docx）/ no file written (add --out or --docx)\n');
    });
}
