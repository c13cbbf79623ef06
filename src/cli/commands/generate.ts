// generate: plan -> the monthly template workbook (.xlsx), written only when everything is valid.
import type { Command } from 'commander';
import { generate as generateTemplates } from '../../actions';
import { SpecWriteError, XlsxHost } from '../../hosts/xlsx';
import { CliError, checkOutPath, writeFileAtomic } from '../io';
import { loadPlan } from '../plan-file';

/** "1-12", "3", "1,2,3", "1-3,6": the months, sorted; or a message naming the bad part. */
export function parseMonths(text: string): { ok: true; months: number[] } | { ok: false; message: string } {
  const parts = text
    .replace(/[，、]/g, ',')
    .replace(/[—–～~]/g, '-')
    .split(',')
    .map((p) => p.trim());
  const months = new Set<number>();
  const bad = (why: string, whyEn: string) => ({
    ok: false as const,
    message: `--months “${text}” 有误：${why} / invalid --months "${text}": ${whyEn}（例如 / e.g. 1-12, 3, 1,2,3）`,
  });
  for (const p of parts) {
    const m = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/.exec(p);
    if (!m) return bad(`“${p}”不是月份或月份区间`, `"${p}" is not a month or a range of months`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    for (const x of [a, b]) if (x < 1 || x > 12) return bad(`月份 ${x} 不在1-12之间`, `month ${x} is outside 1-12`);
    if (b < a) return bad(`区间“${p}”从大到小`, `range "${p}" runs backwards`);
    for (let x = a; x <= b; x++) months.add(x);
  }
  return { ok: true, months: [...months].sort((x, y) => x - y) };
}

export function parseYear(text: string): number {
  const y = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(y >= 2000 && y <= 2100))
    throw new CliError(`--year “${text}” 应为2000-2100之间的年份 / --year "${text}" must be a year from 2000 to 2100`);
  return y;
}

interface GenerateOptions {
  plan?: string;
  year?: string;
  months: string;
  unit?: string;
  out: string;
  force?: boolean;
}

export async function generate(opts: GenerateOptions): Promise<string> {
  // Every option is checked before the plan is read, and everything before a byte is written.
  const months = parseMonths(opts.months);
  if (!months.ok) throw new CliError(months.message);
  const year = opts.year === undefined ? null : parseYear(opts.year);
  if (!/\.xlsx$/i.test(opts.out))
    throw new CliError(`输出文件应以 .xlsx 结尾：${opts.out} / the output must be an .xlsx file: ${opts.out}`);
  const path = checkOutPath(opts.out, { force: opts.force, inputs: opts.plan ? [opts.plan] : [] });
  const loaded = loadPlan(opts.plan);
  const plan = year === null ? loaded : { ...loaded, year };

  const host = XlsxHost.empty();
  let r: Awaited<ReturnType<typeof generateTemplates>>;
  try {
    r = await generateTemplates(host, { plan, months: months.months, unit: opts.unit ?? null });
  } catch (e) {
    if (e instanceof SpecWriteError)
      throw new CliError(
        `无法写出工作簿，没有写入文件 / cannot write the workbook; nothing written\n${e.problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    throw e;
  }
  const bytes = await host.toBytes();
  writeFileAtomic(path, bytes);
  for (const n of r.notices) process.stderr.write(`提示 / note: ${n.message} / ${n.messageEn}\n`);
  const sheets = r.report.created.filter((n) => !n.startsWith('_'));
  const rows = opts.unit ? plan.indicators.filter((i) => i.responsible === opts.unit).length : plan.indicators.length;
  process.stdout.write(
    `已生成 / written: ${path}\n` +
      `  ${plan.unitName} ${plan.year}年，${rows}项指标，工作表 / sheets: ${sheets.join('、')}\n`,
  );
  return path;
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('生成月报表模板（指标库、各月报表）/ generate the monthly template workbook (.xlsx)')
    .option('--plan <file>', '计划文件 plan.json（默认为内置的小江镇2023年计划）/ a plan file (default: the seed plan)')
    .option('--year <year>', '年度，覆盖计划中的年度 / the year, overriding the plan’s')
    .option('--months <months>', '月份：1-12、3 或 1,2,3 / months: 1-12, 3 or 1,2,3', '1-12')
    .option('--unit <name>', '只含该责任单位的指标（分发用）/ only this responsible unit’s rows')
    .requiredOption('--out <file>', '输出文件 .xlsx / the output file')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .action(async (opts: GenerateOptions) => {
      await generate(opts);
    });
}
