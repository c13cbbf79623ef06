// The command line run in this process (src/cli/run.ts), answering as a finished process would:
// its exit status and what it printed. test/cli/smoke.test.ts runs each command as a real process.
import { runCli } from '../../src/cli/run';

export interface CliAnswer {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run the command line with `args`, relative paths taken from `cwd`. */
export async function cliIn(cwd: string, args: string[]): Promise<CliAnswer> {
  const r = await runCli(args, { cwd });
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}
