// File I/O for the command line: the only place the CLI reads or writes files.
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** An error whose message is for the user; the CLI prints it without a stack and exits with `code`. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly code = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function readText(file: string): string {
  const path = resolve(file);
  if (!existsSync(path)) throw new CliError(`找不到文件：${file} / file not found: ${file}`);
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new CliError(`无法读取文件：${file}（${(e as Error).message}）/ cannot read ${file}`);
  }
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

export function readBinary(file: string): Buffer {
  const path = resolve(file);
  if (!existsSync(path)) throw new CliError(`找不到文件：${file} / file not found: ${file}`);
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`无法读取文件：${file}（${(e as Error).message}）/ cannot read ${file}`);
  }
}

/** Refuse to overwrite unless forced, and refuse to write over any of `inputs` at all. */
export function checkOutPath(out: string, opts: { force?: boolean; inputs?: string[] } = {}): string {
  const path = resolve(out);
  for (const input of opts.inputs ?? []) {
    if (resolve(input) === path) {
      throw new CliError(`输出文件不能与输入文件相同：${out} / the output must not be the input file: ${out}`);
    }
  }
  if (existsSync(path) && !opts.force) {
    throw new CliError(`文件已存在：${out}（加 --force 覆盖）/ file exists: ${out} (use --force to overwrite)`);
  }
  return path;
}

/** Write through a temporary file so a failed write never leaves half a file behind. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
