// LibreOffice headless as the real spreadsheet engine: open .xlsx files, recalculate every formula,
// save them again as .xlsx. Tests then read each formula cell's cached result with ExcelJS.
// One soffice start per call (about 5 s, mostly start-up): pass several files at once.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

const CANDIDATES = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'];

export const INSTALL_HINT =
  '找不到 LibreOffice（soffice）。请安装 / LibreOffice (soffice) is missing; install it with:\n' +
  '  sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui\n' +
  '(scripts/ensure-tools.mjs installs it in CI)';

export function sofficePath(candidates: string[] = CANDIDATES): string {
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

// LibreOffice keeps the cached values of an .xlsx unless told to recalculate on load (0 = always).
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function freshProfile(settings = RECALC_ALWAYS): string {
  // A profile per call: engineers' test runs share the machine, and soffice locks its profile.
  const dir = mkdtempSync(join(tmpdir(), 'it-lo-profile-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), settings);
  return dir;
}

export interface RecalcOptions {
  /** Where the recalculated files go (created if missing); a fresh temporary folder by default. */
  outDir?: string;
  timeoutMs?: number;
}

/**
 * Recalculate `files` (.xlsx paths) with LibreOffice and return the paths of the re-saved copies,
 * in the same order. Fails, never skips, when soffice is missing or a file does not come out.
 */

/** soffice's arguments for one headless conversion of `inputs` into `outDir`, with its own profile. */
function convertArgs(profile: string, format: string, outDir: string, inputs: string[]): string[] {
  return [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--nolockcheck',
    '--convert-to',
    format,
    '--outdir',
    outDir,
    ...inputs,
  ];
}

export async function recalc(files: string[], opts: RecalcOptions = {}): Promise<string[]> {
  if (files.length === 0) return [];
  const soffice = sofficePath();
  const inputs = files.map((f) => resolve(f));
  const names = inputs.map((f) => basename(f, extname(f)));
  if (new Set(names).size !== names.length) throw new Error(`文件名重复 / duplicate file names: ${names.join(', ')}`);
  const outDir = resolve(opts.outDir ?? mkdtempSync(join(tmpdir(), 'it-lo-out-')));
  mkdirSync(outDir, { recursive: true });
  for (const f of inputs) {
    if (resolve(f, '..') === outDir)
      throw new Error(`输出目录不能是输入所在目录 / outDir must differ from the input's folder: ${f}`);
  }
  const profile = freshProfile();
  const args = convertArgs(profile, 'xlsx', outDir, inputs);
  try {
    const { stdout, stderr } = await run(soffice, args, opts.timeoutMs ?? 180_000);
    const outputs = names.map((n) => join(outDir, `${n}.xlsx`));
    const missing = outputs.filter((o) => !existsSync(o));
    if (missing.length)
      throw new Error(
        `LibreOffice 没有输出 / LibreOffice produced no output for: ${missing.join(', ')}\n${stdout}\n${stderr}`,
      );
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeout: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    execFile(cmd, args, { timeout, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) fail(new Error(`soffice 运行失败 / soffice failed: ${err.message}\n${stdout}\n${stderr}`));
      else ok({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/**
 * The official fonts a .docx names are not free to ship; on the test machine LibreOffice would fall
 * back to one sans font for all of them. This replacement table (Tools > Options > Fonts) draws the
 * Song, FangSong and Kai roles with Noto Serif CJK and 黑体 with Noto Sans CJK, so a rendered page
 * shows the document's serif / sans contrast. It changes the rendering only, never the file.
 */
export const OFFICIAL_FONT_SUBSTITUTES: Record<string, string> = {
  方正小标宋简体: 'Noto Serif CJK SC',
  仿宋_GB2312: 'Noto Serif CJK SC',
  楷体_GB2312: 'Noto Serif CJK SC',
  宋体: 'Noto Serif CJK SC',
  黑体: 'Noto Sans CJK SC',
};

function fontSubstitution(pairs: Record<string, string>): string {
  const nodes = Object.entries(pairs).map(
    ([from, to], i) =>
      `<item oor:path="/org.openoffice.Office.Common/Font/Substitution/FontPairs"><node oor:name="_${i}" oor:op="replace">` +
      `<prop oor:name="Always" oor:op="fuse"><value>true</value></prop>` +
      `<prop oor:name="OnScreenOnly" oor:op="fuse"><value>false</value></prop>` +
      `<prop oor:name="ReplaceFont" oor:op="fuse"><value>${from}</value></prop>` +
      `<prop oor:name="SubstituteFont" oor:op="fuse"><value>${to}</value></prop></node></item>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
    '<item oor:path="/org.openoffice.Office.Common/Font/Substitution"><prop oor:name="Replacement" oor:op="fuse"><value>true</value></prop></item>\n' +
    nodes.join('\n') +
    '\n</oor:items>\n'
  );
}

export interface PdfResult {
  pdf: string;
  /** What soffice printed: a conversion error shows here. */
  stdout: string;
  stderr: string;
}

/** Convert a document (.docx) to PDF with LibreOffice Writer. Fails, never skips, when it cannot. */
export async function toPdf(file: string, outDir: string, timeoutMs = 180_000): Promise<PdfResult> {
  const soffice = sofficePath();
  const input = resolve(file);
  mkdirSync(outDir, { recursive: true });
  const profile = freshProfile(fontSubstitution(OFFICIAL_FONT_SUBSTITUTES));
  const args = convertArgs(profile, 'pdf:writer_pdf_Export', resolve(outDir), [input]);
  try {
    const { stdout, stderr } = await run(soffice, args, timeoutMs);
    const pdf = join(resolve(outDir), `${basename(input, extname(input))}.pdf`);
    if (!existsSync(pdf))
      throw new Error(`LibreOffice 没有输出PDF / LibreOffice wrote no PDF for ${input}\n${stdout}\n${stderr}`);
    return { pdf, stdout, stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
