// The command line as a function: arguments in, exit code out, printing through the writers given.
// main.ts runs it on the process's streams; tests run it in-process and read what it printed.
import { Command, CommanderError } from 'commander';
import { bothLanguages, UserError } from '../plan/message';
import { term, withOutput, type CliOutput } from './output';
import { register as registerPlan } from './commands/plan';
import { register as registerSummarize } from './commands/summarize';
import { register as registerDemo } from './commands/demo';
import { register as registerGenerate } from './commands/generate';
import { register as registerCheck } from './commands/check';
import { register as registerCollect } from './commands/collect';
import { register as registerExtract } from './commands/extract';

const SHOWN_DETAILS = 20;

function program(): Command {
  const p = new Command();
  p.name('indicator-templates')
    .description('指标模板：从政府工作报告生成目标任务台账、月报表模板、审核与汇总 / Indicator Templates CLI')
    .showHelpAfterError()
    .exitOverride()
    // Commands made after this inherit it: help and usage errors print where everything else does.
    .configureOutput({ writeOut: (s) => term.stdout(s), writeErr: (s) => term.stderr(s) });
  // In the order of the statistician's year: plan, templates, checks, summary, collect.
  registerPlan(p);
  registerExtract(p);
  registerGenerate(p);
  registerCheck(p);
  registerSummarize(p);
  registerCollect(p);
  registerDemo(p);
  return p;
}

/** Run the command line on `args` (what follows the program's name), printing to `to`; the exit code. */
export async function run(args: string[], to: CliOutput): Promise<number> {
  const { result, exitCode } = await withOutput(to, async (): Promise<number | null> => {
    try {
      await program().parseAsync(args, { from: 'user' });
      return null;
    } catch (e) {
      if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
      if (e instanceof UserError) {
        term.stderr(`错误 / error: ${bothLanguages(e.text)}\n`);
        // The parts (each bad field or row), at most twenty: the first ones are what to fix first.
        for (const d of e.details.slice(0, SHOWN_DETAILS)) term.stderr(`  - ${bothLanguages(d)}\n`);
        const more = e.details.length - SHOWN_DETAILS;
        if (more > 0) term.stderr(`  …另有${more}处 / ${more} more\n`);
        return e.exitCode;
      }
      term.stderr(`意外错误 / unexpected error: ${(e as Error)?.message ?? String(e)}\n`);
      return 2;
    }
  });
  // A command that finished asks for its code (1: look at what was printed); an error gave its own.
  return result ?? exitCode ?? 0;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the command line in this process and return what it printed. `cwd`: the folder relative paths
 * are taken from, as a shell's current folder (the process's is restored after the run).
 */
export async function runCli(args: string[], options: { cwd?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await run(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
