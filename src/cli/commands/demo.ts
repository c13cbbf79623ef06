// demo [--month N] [--out FILE]: the whole job on the seed plan. Generate the workbook, enter sample
// figures for January to the month (with a few deliberate problems), check them, fill 汇总, write an
// annotated copy, print the findings' counts and the report text, and the file's path last.
import { term } from '../output';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { countByTier, TIER_NAME, type Finding } from '../../check';
import { sampleFigures, type SampleFigures } from '../../demo';
import { writeSpecToXlsx, XlsxHost } from '../../hosts/xlsx';
import { seedPlan, type Plan } from '../../plan';
import { buildWorkbookSpec, type EnteredFigures } from '../../template';
import { emptySheet } from '../../workbook/spec';
import { SUMMARY_SHEET } from '../../summary';
import { UserError } from '../../plan/message';
import { checkOutPath, ensureOwnFolder, writeFileAtomic } from '../io';
import { summarize, type SummarizeResult } from '../../actions';
import type { ReportDate } from '../../report';
import { renderPngNode } from '../chart-png';
import { parseDate, parseMonth } from '../options';

export const DEFAULT_DEMO_OUT = 'out/xiaojiang-2023-demo.xlsx';

/** The 通报 goes beside the workbook: out/xiaojiang-2023-demo.docx. */
export function demoDocxPath(workbook: string): string {
  return workbook.replace(/\.xlsx$/i, '') + '.docx';
}

/** The demo's 成文日期: the 5th of the month after the figures (a report goes out early next month). */
export function demoDate(year: number, month: number): ReportDate {
  return month === 12 ? { year: year + 1, month: 1, day: 5 } : { year, month: month + 1, day: 5 };
}
export const DEFAULT_DEMO_MONTH = 6;

/** The sample figures in the template's input shape: code -> month -> 本月 and 备注. */
export function enteredFigures(sample: SampleFigures): EnteredFigures {
  const out: EnteredFigures = {};
  for (const m of sample.months) {
    for (const [code, v] of Object.entries(m.values)) {
      (out[code] ??= {})[m.month] = { month: v, ...(m.notes[code] ? { note: m.notes[code] } : {}) };
    }
  }
  return out;
}

export interface DemoResult extends SummarizeResult {
  sample: SampleFigures;
  bytes: Uint8Array;
}

/**
 * The demo workbook for `plan` through `month`, as bytes, with what went into it; with `date`, also
 * the month's 通报 (.docx) in `document`.
 */
export async function runDemo(plan: Plan, month: number, date?: ReportDate): Promise<DemoResult> {
  const sample = sampleFigures(plan, month);
  const built = buildWorkbookSpec(plan, {
    months: Array.from({ length: 12 }, (_, i) => i + 1),
    figures: enteredFigures(sample),
  });
  if (!built.ok)
    throw new UserError(
      { zh: '无法生成模板', en: 'cannot build the template' },
      built.problems.map((p) => p.message),
    );
  // An empty 汇总 right after 指标库, so the filled one keeps that place in the tab order.
  const sheets = [...built.spec.sheets];
  sheets.splice(1, 0, emptySheet(SUMMARY_SHEET));
  const host = await XlsxHost.fromBytes(await writeSpecToXlsx({ ...built.spec, sheets }));
  const report = date ? { date, renderPng: renderPngNode } : undefined;
  const filled = await summarize(host, { month, annotate: true, report });
  return { ...filled, sample, bytes: await host.toBytes() };
}

function findingLine(f: Finding): string {
  return `  [${TIER_NAME[f.tier]}] ${f.message.zh}`;
}

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      '演示：用内置的小江镇2023年计划生成模板、填入示例数据、审核、汇总，写出带标注的工作簿 / the whole job on the seed plan with sample figures',
    )
    .option('--month <n>', `填报到几月（1-12，默认${DEFAULT_DEMO_MONTH}）/ enter figures up to this month`)
    .option('--out <file>', `输出文件（默认 ${DEFAULT_DEMO_OUT}）/ output file`)
    .option(
      '--date <yyyy-mm-dd>',
      "通报的成文日期（默认次月5日）/ the report's date (default: the 5th of the next month)",
    )
    .option('--force', '覆盖已存在的输出文件 / overwrite the output file')
    .action(async (opts: { month?: string; out?: string; date?: string; force?: boolean }) => {
      const month = parseMonth(opts.month) ?? DEFAULT_DEMO_MONTH;
      // The default output is the demo's own: writing it again is fine. Another path is the user's.
      const out = opts.out ? checkOutPath(opts.out, { force: opts.force }) : resolve(DEFAULT_DEMO_OUT);
      const docx = opts.out ? checkOutPath(demoDocxPath(out), { force: opts.force }) : demoDocxPath(out);
      if (!opts.out && (existsSync(out) || existsSync(docx)))
        term.stderr(`覆盖上次的演示输出 / replacing the previous demo output\n`);
      const plan = seedPlan();
      const date = opts.date ? parseDate(opts.date) : demoDate(plan.year, month);
      const r = await runDemo(plan, month, date);
      if (!opts.out) ensureOwnFolder(out);
      writeFileAtomic(out, r.bytes);
      if (r.document) writeFileAtomic(docx, r.document.bytes);

      const say = (s = '') => term.stdout(s + '\n');
      say(`${plan.unitName}${plan.year}年目标任务：${plan.indicators.length}项；示例数据：1-${month}月`);
      if (r.sample.planted.length) {
        say(`\n示例数据中预设的问题 / deliberate problems in the sample (${r.sample.planted.length}):`);
        for (const p of r.sample.planted) say(`  - ${p.description}`);
      }
      const c = countByTier(r.findings);
      say(
        `\n审核（${month}月）/ checks: 强制性 ${c.error} 项，核实性 ${c.verify} 项，提示性 ${c.note} 项` +
          ` / ${c.error} must fix, ${c.verify} to verify, ${c.note} notes`,
      );
      // Every finding counted is listed, 提示性 too.
      for (const f of r.findings) say(findingLine(f));
      say('\n进度情况 / report text:\n');
      say(r.summary.text.zh.join('\n\n'));
      say('');
      say(docx);
      say(resolve(out));
    });
}
