// One run of each command as a real process (the program a user starts), in the order of the year.
// Every other CLI test runs the commands in-process (test/support/cli.ts); here each process must
// answer exactly as the in-process run does: the same exit status, the same printed text.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliIn } from '../support/cli';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const report = join(root, 'seeds/xiaojiang-2023/work-report.txt');

// The same inputs in two folders: the process works in one, the in-process run in the other.
const asProcess = mkdtempSync(join(tmpdir(), 'smoke-process-'));
const inProcess = mkdtempSync(join(tmpdir(), 'smoke-inprocess-'));

function spawned(args: string[]) {
  const r = spawnSync(tsx, [join(root, 'src/cli/main.ts'), ...args], { cwd: asProcess, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What a run printed, its own folder written as <dir>. */
const plain = (text: string, dir: string) => text.split(dir).join('<dir>');

const RUNS: Array<[string, string[]]> = [
  ['plan', ['plan', '--json']],
  ['extract', ['extract', report, '--json']],
  ['generate', ['generate', '--months', '1-3', '--unit', '镇招商办', '--out', 'return.xlsx']],
  ['demo', ['demo', '--month', '3', '--out', 'demo.xlsx']],
  ['check', ['check', 'demo.xlsx', '--month', '3']],
  ['summarize', ['summarize', 'demo.xlsx', '--month', '3', '--out', 'summary.xlsx']],
  ['collect', ['collect', 'demo.xlsx', 'return.xlsx', '--month', '3', '--out', 'merged.xlsx']],
];

test.each(RUNS)(
  '%s as a process answers as in-process',
  async (_name, args) => {
    const p = spawned(args);
    const q = await cliIn(inProcess, args);
    expect(p.status).toBe(q.status);
    expect(plain(p.stdout, asProcess)).toBe(plain(q.stdout, inProcess));
    expect(plain(p.stderr, asProcess)).toBe(plain(q.stderr, inProcess));
    expect(p.stdout.length + p.stderr.length).toBeGreaterThan(0);
  },
  120_000,
);
