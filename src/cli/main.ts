#!/usr/bin/env node
// The command line: the add-in's actions on .xlsx files, for batch work and machines without Excel.
import { Command, CommanderError } from 'commander';
import { bothLanguages, UserError } from '../plan/message';
import { register as registerPlan } from './commands/plan';
import { register as registerSummarize } from './commands/summarize';
import { register as registerDemo } from './commands/demo';
import { register as registerGenerate } from './commands/generate';
import { register as registerCheck } from './commands/check';
import { register as registerCollect } from './commands/collect';
import { register as registerExtract } from './commands/extract';

const SHOWN_DETAILS = 20;

const program = new Command();
program
  .name('indicator-templates')
  .description('指标模板：从政府工作报告生成目标任务台账、月报表模板、审核与汇总 / Indicator Templates CLI')
  .showHelpAfterError()
  .exitOverride();

// In the order of the statistician's year: plan, templates, checks, summary, collect.
registerPlan(program);
registerExtract(program);
registerGenerate(program);
registerCheck(program);
registerSummarize(program);
registerCollect(program);
registerDemo(program);

async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UserError) {
      process.stderr.write(`错误 / error: ${bothLanguages(e.text)}\n`);
      // The parts (each bad field or row), at most twenty: the first ones are what to fix first.
      for (const d of e.details.slice(0, SHOWN_DETAILS)) process.stderr.write(`  - ${bothLanguages(d)}\n`);
      const more = e.details.length - SHOWN_DETAILS;
      if (more > 0) process.stderr.write(`  …另有${more}处 / ${more} more\n`);
      return e.exitCode;
    }
    process.stderr.write(`意外错误 / unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
