// check FILE.xlsx [--month N] [--json] [--annotate OUT.xlsx] [--force]: 审核 a filled template.
// Exit 0: no 强制性 finding; 1: at least one; 2: the file cannot be checked (a UserError).
// The input file is only ever read; --annotate writes a separate copy.
import { term } from '../output';
import type { Command } from 'commander';
import { check } from '../../actions';
import { RULE_BY_ID, TIERS, type Finding, type TierCounts } from '../../check';
import { checkOutPath, openWorkbook, writeFileAtomic } from '../io';
import { parseMonth } from '../options';

const TIER_HEAD: Record<Finding['tier'], string> = {
  error: '强制性（须改正）/ must fix',
  verify: '核实性（须在备注说明）/ verify, explain in 备注',
  note: '提示性 / notes',
};

export interface CheckReport {
  month: number | null;
  unitName: string;
  findings: Finding[];
  counts: TierCounts;
}

/** The --json shape: {month, findings: [...], counts: {error, verify, note}}. */
export function checkJson(r: CheckReport) {
  return {
    month: r.month,
    findings: r.findings.map((f) => ({
      sheet: f.sheet,
      cell: f.cell,
      code: f.code,
      name: f.name,
      rule: f.rule,
      tier: f.tier,
      message: f.message,
      found: f.found,
      expected: f.expected,
      suggestion: f.suggestion,
    })),
    counts: r.counts,
  };
}

/** Findings grouped by tier with counts, as a statistician reads them. */
export function checkText(r: CheckReport): string {
  const c = r.counts;
  const head =
    r.month === null
      ? `审核 ${r.unitName}：工作簿中还没有填报数据 / nothing entered yet`
      : `审核 ${r.unitName} ${r.month}月：强制性 ${c.error} 项，核实性 ${c.verify} 项，提示性 ${c.note} 项 / ${c.error} to fix, ${c.verify} to verify, ${c.note} notes`;
  const lines = [head];
  if (r.findings.length === 0 && r.month !== null) lines.push('', '未发现问题 / no findings');
  for (const tier of TIERS) {
    const fs = r.findings.filter((f) => f.tier === tier);
    if (fs.length === 0) continue;
    lines.push('', `${TIER_HEAD[tier]}：${fs.length} 项`);
    // The message already says the suggestion in words.
    fs.forEach((f, i) => lines.push(`  ${i + 1}. [${RULE_BY_ID[f.rule].name}] ${f.message.zh}`));
  }
  return lines.join('\n') + '\n';
}

export function register(program: Command): void {
  program
    .command('check')
    .description('审核：检查已填报模板的数字，按强制性/核实性/提示性列出问题 / check a filled template')
    .argument('<file>', '已填报的模板 .xlsx / a filled template')
    .option(
      '--month <n>',
      '审核月份1-12（默认：有填报数据的最近月份）/ month 1-12 (default: the latest month with figures)',
    )
    .option('--json', '以JSON输出 / print JSON')
    .option(
      '--annotate <out>',
      '另存一份标注了问题单元格并附“审核结果”表的副本 / write a copy with marked cells and a 审核结果 sheet',
    )
    .option('--force', '覆盖已存在的标注文件 / overwrite the --annotate file')
    .action(async (file: string, opts: { month?: string; json?: boolean; annotate?: string; force?: boolean }) => {
      const month = parseMonth(opts.month);
      const out = opts.annotate ? checkOutPath(opts.annotate, { force: opts.force, inputs: [file] }) : null;
      const host = await openWorkbook(file);
      const report = await check(host, { month, mark: out !== null });
      if (out) writeFileAtomic(out, await host.toBytes());
      // A notice, not a finding: the figures are judged by this version whatever the sheet's formulas say.
      const old = report.formulasOutdated;
      if (old) term.stderr(`提示：${old.zh} / note: ${old.en}\n`);
      if (opts.json) term.stdout(JSON.stringify(checkJson(report), null, 2) + '\n');
      else {
        term.stdout(checkText(report));
        if (out) term.stdout(`\n已写入标注副本 / annotated copy written: ${out}\n`);
      }
      if (report.counts.error > 0) term.exitCode = 1;
    });
}
