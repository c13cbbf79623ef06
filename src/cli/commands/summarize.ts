// summarize FILE.xlsx --month N --out OUT.xlsx [--json] [--force]: fill the 汇总 sheet of a copy.
import type { Command } from 'commander';
import { summarize } from '../../actions';
import type { Summary } from '../../summary';
import { checkOutPath, openWorkbook, writeFileAtomic } from '../io';
import { parseMonth } from '../options';

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
      const host = await openWorkbook(file);
      const r = await summarize(host, { month });
      writeFileAtomic(out, await host.toBytes());
      if (opts.json) {
        process.stdout.write(JSON.stringify(summaryJson(r.summary), null, 2) + '\n');
        return;
      }
      process.stdout.write(r.summary.text.zh.join('\n\n') + '\n\n');
      process.stdout.write(`已写入 / written: ${out}\n`);
    });
}
