// Writes the system refuses (issue 13, point 14): plain words naming the path, at once (before any
// work), never a temporary file's name or a raw Node error; a missing folder is an error, not created.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedPlan } from '../../src/plan';
import { writeSpecToXlsx } from '../../src/hosts/xlsx';
import { buildSpec, cleanFigures } from '../check/fixtures';
import { cliIn } from '../support/cli';

let dir: string;
const cli = (...args: string[]) => cliIn(dir, [...args]);

/** What a user must never read: a temporary name, a Node error code or a stack. */
function expectPlain(stderr: string): void {
  // The test's own folder has a random name (it may hold "ENGX"): the paths a message names are fine.
  expect(stderr.split(dir).join('<dir>')).not.toMatch(/\.tmp|E[A-Z]{3,}|Error:|at .*\.ts:\d+|意外错误/);
}

const plan = seedPlan();
let filled: string;
// Root may write almost anywhere; /sys refuses new files even to root.
const isRoot = process.getuid?.() === 0;
let noAccess: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'write-failures-'));
  filled = join(dir, 'filled.xlsx');
  writeFileSync(filled, await writeSpecToXlsx(buildSpec(plan, 3, cleanFigures(plan, 3))));
  if (isRoot) noAccess = '/sys/it-out.xlsx';
  else {
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    noAccess = join(dir, 'locked', 'out.xlsx');
  }
});

test('summarize --out /proc/nope/x.xlsx: the missing folder is named at once (it used to hang)', async () => {
  const started = Date.now();
  const r = await cli('summarize', filled, '--month', '3', '--out', '/proc/nope/x.xlsx');
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('文件夹不存在：/proc/nope（请先建立该文件夹，或换一个位置）');
  expectPlain(r.stderr);
  expect(r.stdout).toBe('');
});

test('summarize --out /proc/a.xlsx: plain words naming the path', async () => {
  const r = await cli('summarize', filled, '--month', '3', '--out', '/proc/a.xlsx');
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('无法写入 /proc/a.xlsx：该位置不能存放文件 / cannot write /proc/a.xlsx');
  expectPlain(r.stderr);
});

test('no permission: the path and why, no temporary file named', async () => {
  const r = await cli('generate', '--months', '3', '--out', noAccess);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(
    `无法写入 ${noAccess}：没有写入权限 / cannot write ${noAccess}: no permission to write there`,
  );
  expectPlain(r.stderr);
});

test.each([
  ['summarize', () => ['summarize', filled, '--month', '3', '--out', 'missing/s.xlsx']],
  ['check --annotate', () => ['check', filled, '--month', '3', '--annotate', 'missing/a.xlsx']],
  ['generate', () => ['generate', '--months', '3', '--out', 'missing/g.xlsx']],
  ['collect', () => ['collect', filled, filled, '--month', '3', '--out', 'missing/c.xlsx']],
])('%s into a missing folder: an error, and the folder is not created', async (_name, args) => {
  const r = await cli(...args());
  expect(r.status).toBe(2);
  expect(r.stderr).toContain(`文件夹不存在：${join(dir, 'missing')}`);
  expectPlain(r.stderr);
  expect(existsSync(join(dir, 'missing'))).toBe(false);
});

test('a failed write leaves no temporary file behind', async () => {
  expect(readdirSync(dir).filter((f) => f.includes('tmp'))).toEqual([]);
});
