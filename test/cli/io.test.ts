// Where every command's output path is checked before any work (src/cli/io.ts checkOutPath): the one
// place the refusal to overwrite lives. test/cli/generate.test.ts shows it once through a command.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutPath } from '../../src/cli/io';
import { UserError } from '../../src/plan/message';

const dir = mkdtempSync(join(tmpdir(), 'out-path-'));

function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return `${e.text.zh} / ${e.text.en}`;
    throw e;
  }
  throw new Error('not refused');
}

test('an existing file is never overwritten without --force, and is left as it was', () => {
  const out = join(dir, 'mine.xlsx');
  writeFileSync(out, 'mine');
  expect(refusal(() => checkOutPath(out))).toBe(
    `文件已存在：${out}（加 --force 覆盖） / file exists: ${out} (use --force to overwrite)`,
  );
  expect(readFileSync(out, 'utf8')).toBe('mine');
  expect(checkOutPath(out, { force: true })).toBe(out);
});

test('an input is never the output, even with --force', () => {
  const input = join(dir, 'input.xlsx');
  writeFileSync(input, 'in');
  expect(refusal(() => checkOutPath(input, { force: true, inputs: [input] }))).toContain(
    `输出文件不能与输入文件相同：${input}`,
  );
  expect(readFileSync(input, 'utf8')).toBe('in');
});

test('a new file in an existing folder is fine; a missing folder is named', () => {
  expect(checkOutPath(join(dir, 'new.xlsx'))).toBe(join(dir, 'new.xlsx'));
  expect(refusal(() => checkOutPath(join(dir, 'missing', 'x.xlsx')))).toContain(
    `文件夹不存在：${join(dir, 'missing')}`,
  );
});
