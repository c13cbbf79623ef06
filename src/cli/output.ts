// Where the command line prints, and the exit code it ends with: the process's own streams when run
// as a program (main.ts), or the writers a caller gives runCli (tests run the commands in-process).
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The process's own streams. */
export const processOutput: CliOutput = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

let current: CliOutput = processOutput;
let code: number | undefined;

/** What the commands print to and end with; runCli points it at its caller's writers for one run. */
export const term = {
  stdout: (text: string): void => current.stdout(text),
  stderr: (text: string): void => current.stderr(text),
  /** The exit code a command asks for when it finishes without an error (1: look at what was printed). */
  set exitCode(n: number) {
    code = n;
  },
};

/** Run `fn` printing to `to`; returns its result and the exit code a command set (if any). */
export async function withOutput<T>(
  to: CliOutput,
  fn: () => Promise<T>,
): Promise<{ result: T; exitCode: number | undefined }> {
  const [before, beforeCode] = [current, code];
  current = to;
  code = undefined;
  try {
    const result = await fn();
    return { result, exitCode: code };
  } finally {
    current = before;
    code = beforeCode;
  }
}
