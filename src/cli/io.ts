// File I/O for the command line: the only place the CLI reads or writes files.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { XlsxHost, XlsxReadError } from '../hosts/xlsx';
import { UserError } from '../plan/message';

/** A file's bytes, with plain words when it is missing or unreadable. */
export function readBytes(file: string): Buffer {
  const path = resolve(file);
  if (!existsSync(path)) throw new UserError({ zh: `找不到文件：${file}`, en: `file not found: ${file}` });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UserError({
      zh: `无法读取文件：${file}（${(e as Error).message}）`,
      en: `cannot read ${file} (${(e as Error).message})`,
    });
  }
}

export function readText(file: string): string {
  return readBytes(file)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** The workbook formats people have that this tool cannot read, with what to do. */
const OLD_FORMATS = /\.(xls|et|ods)$/i;

/** Read a workbook file; an .xls (or WPS .et, .ods) gets a hint to save it as .xlsx. */
export function readBinary(file: string): Buffer {
  // A missing file is "not found" whatever its name (readBytes says so): the hint is for one that is there.
  const old = OLD_FORMATS.exec(file);
  if (old && existsSync(resolve(file))) {
    const ext = old[1].toLowerCase();
    throw new UserError({
      zh: `${file} 是 .${ext} 文件，本工具只读 .xlsx：请在 Excel 或 WPS 中打开它，“另存为”Excel 工作簿（*.xlsx）后再试`,
      en: `${file} is an .${ext} file; this tool reads .xlsx only: open it in Excel or WPS, save it as an Excel workbook (*.xlsx) and try again`,
    });
  }
  return readBytes(file);
}

/** An .xlsx file opened as a Host, held in memory: the file itself is never changed. */
export async function openWorkbook(file: string): Promise<XlsxHost> {
  const bytes = readBinary(file);
  try {
    return await XlsxHost.fromBytes(bytes);
  } catch (e) {
    const why = e instanceof XlsxReadError ? e.text : { zh: (e as Error).message, en: (e as Error).message };
    throw new UserError({ zh: `无法读取 ${file}：${why.zh}`, en: `cannot read ${file}: ${why.en}` });
  }
}

/** Plain words for a write of `shown` (the path as the user gave it) that the system refused. */
function writeError(shown: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const why: Record<string, [string, string]> = {
    EACCES: ['没有写入权限', 'no permission to write there'],
    EPERM: ['没有写入权限', 'no permission to write there'],
    EROFS: ['该位置是只读的', 'the place is read-only'],
    ENOSPC: ['磁盘空间已满', 'the disk is full'],
    EDQUOT: ['磁盘配额已用完', 'the disk quota is used up'],
    EISDIR: ['这是一个文件夹', 'it is a folder'],
    // /proc and similar system folders accept no new files: the system answers "no such file".
    ENOENT: ['该位置不能存放文件', 'files cannot be created there'],
    ENOTDIR: ['路径中有一段不是文件夹', 'part of the path is not a folder'],
  };
  const [zh, en] = why[code] ?? ['系统拒绝写入', 'the system refused the write'];
  return new UserError({ zh: `无法写入 ${shown}：${zh}`, en: `cannot write ${shown}: ${en}` });
}

/**
 * Check at once, before any work, that `out` can be written: not an input, not an existing file
 * unless forced, in a folder that exists (a missing folder is an error, never created), and a place
 * that accepts a new file (a probe file is made and removed).
 */
export function checkOutPath(out: string, opts: { force?: boolean; inputs?: string[] } = {}): string {
  const path = resolve(out);
  for (const input of opts.inputs ?? []) {
    if (resolve(input) === path) {
      throw new UserError({
        zh: `输出文件不能与输入文件相同：${out}`,
        en: `the output must not be the input file: ${out}`,
      });
    }
  }
  const folder = dirname(path);
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    throw new UserError({
      zh: `文件夹不存在：${folder}（请先建立该文件夹，或换一个位置）`,
      en: `no such folder: ${folder} (create it first, or choose another place)`,
    });
  }
  if (!isFolder) throw new UserError({ zh: `不是文件夹：${folder}`, en: `not a folder: ${folder}` });
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw writeError(out, Object.assign(new Error(), { code: 'EISDIR' }));
    if (!opts.force)
      throw new UserError({
        zh: `文件已存在：${out}（加 --force 覆盖）`,
        en: `file exists: ${out} (use --force to overwrite)`,
      });
  }
  const probe = tempName(path);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (e) {
    throw writeError(out, e);
  }
  rmSync(probe, { force: true });
  return path;
}

function tempName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Create the folder of a default output path (the tool's own, such as the demo's out/). */
export function ensureOwnFolder(path: string): void {
  const folder = dirname(path);
  if (existsSync(folder)) return;
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw writeError(folder, e);
  }
}

/**
 * Write through a temporary file so a failed write never leaves half a file behind. Failures name
 * `path`, never the temporary file, and say why in plain words.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, shown: string = path): void {
  const tmp = tempName(path);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw writeError(shown, e);
  }
}
