// generate: plan -> the monthly template workbook (.xlsx), written only when everything is valid.
import { term } from '../output';
import type { Command } from 'commander';
import { generate as generateTemplates } from '../../actions';
import { XlsxHost } from '../../hosts/xlsx';
import { bothLanguages, isMonth, msg, notAMonth, UserError, type Message } from '../../plan/message';
import { checkOutPath, openWorkbook, writeFileAtomic } from '../io';
import { parseYear } from '../options';
import {
  previewRegenerate,
  readFilled,
  regenerate,
  regenerateLines,
  unconfirmedMatches,
  type RegenerateResult,
} from '../../actions/regenerate';
import type { TargetDecision } from '../../template';
import { loadPlan } from '../plan-file';
import { ownedBy } from '../../plan/owners';

/** "1-12", "3", "1,2,3", "1-3,6": the months, sorted; or a message naming the bad part. */
export function parseMonths(text: string): { ok: true; months: number[] } | { ok: false; message: Message } {
  const parts = text
    .replace(/[，、]/g, ',')
    .replace(/[—–～~]/g, '-')
    .split(',')
    .map((p) => p.trim());
  const months = new Set<number>();
  const bad = (why: string, whyEn: string) => ({
    ok: false as const,
    message: msg(
      `--months “${text}” 有误：${why}（例如 1-12、3、1,2,3）`,
      `invalid --months "${text}": ${whyEn} (e.g. 1-12, 3, 1,2,3)`,
    ),
  });
  for (const p of parts) {
    const m = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/.exec(p);
    if (!m) return bad(`“${p}”不是月份或月份区间`, `"${p}" is not a month or a range of months`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    for (const x of [a, b]) if (!isMonth(x)) return bad(notAMonth(x).zh, notAMonth(x).en);
    if (b < a) return bad(`区间“${p}”从大到小`, `range "${p}" runs backwards`);
    for (let x = a; x <= b; x++) months.add(x);
  }
  return { ok: true, months: [...months].sort((x, y) => x - y) };
}

const notXlsx = (out: string): Message => ({
  zh: `输出文件应以 .xlsx 结尾：${out}`,
  en: `the output must be an .xlsx file: ${out}`,
});

/** A failed build or write, said so: the output file is not written. */
function nothingWritten(e: unknown): unknown {
  if (e instanceof UserError)
    return new UserError({ zh: `${e.text.zh}；没有写入文件`, en: `${e.text.en}; nothing written` }, e.details);
  return e;
}

interface GenerateOptions {
  plan?: string;
  year?: string;
  months?: string;
  unit?: string;
  out: string;
  force?: boolean;
  from?: string;
  json?: boolean;
  adjustFrom?: string;
  reason?: string;
  correct?: boolean;
  acceptMatches?: boolean;
}

export async function generate(opts: GenerateOptions): Promise<string> {
  if (opts.from) return generateFrom({ ...opts, from: opts.from });
  for (const [flag, given] of [
    ['--adjust-from', opts.adjustFrom],
    ['--reason', opts.reason],
    ['--correct', opts.correct],
    ['--accept-matches', opts.acceptMatches],
    ['--json', opts.json],
  ] as const)
    if (given !== undefined)
      throw new UserError({ zh: `${flag} 只能与 --from 一起使用`, en: `${flag} needs --from FILLED.xlsx` });
  // Every option is checked before the plan is read, and everything before a byte is written.
  const months = parseMonths(opts.months ?? '1-12');
  if (!months.ok) throw new UserError(months.message);
  const year = opts.year === undefined ? null : parseYear(opts.year);
  if (!/\.xlsx$/i.test(opts.out)) throw new UserError(notXlsx(opts.out));
  const path = checkOutPath(opts.out, { force: opts.force, inputs: opts.plan ? [opts.plan] : [] });
  const loaded = loadPlan(opts.plan);
  const plan = year === null ? loaded : { ...loaded, year };

  const host = XlsxHost.empty();
  let r: Awaited<ReturnType<typeof generateTemplates>>;
  try {
    r = await generateTemplates(host, { plan, months: months.months, unit: opts.unit ?? null });
  } catch (e) {
    throw nothingWritten(e);
  }
  const bytes = await host.toBytes();
  writeFileAtomic(path, bytes);
  for (const n of r.notices) term.stderr(`提示 / note: ${bothLanguages(n)}\n`);
  const sheets = r.report.created.filter((n) => !n.startsWith('_'));
  const rows = opts.unit
    ? plan.indicators.filter((i) => ownedBy(i, opts.unit as string)).length
    : plan.indicators.length;
  term.stdout(
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
    .option(
      '--months <months>',
      '月份：1-12、3 或 1,2,3（默认1-12；--from 时为原工作簿的月份）/ months (default 1-12; with --from, the workbook’s)',
    )
    .option('--unit <name>', '只含该责任单位的指标（分发用）/ only this responsible unit’s rows')
    .requiredOption('--out <file>', '输出文件 .xlsx / the output file')
    .option('--force', '覆盖已有文件 / overwrite an existing file')
    .option(
      '--from <file>',
      '已填报的工作簿：按新计划（或其中编辑过的指标库）重新生成并保留全部填报数据；年度不同时生成下一年度 / a filled workbook: regenerate keeping every figure; another year starts next year from it',
    )
    .option('--json', '以JSON输出变化 / print the changes as JSON (with --from)')
    .option(
      '--adjust-from <month>',
      '已填报月份的目标、报送月份、序时计划的变化和新增指标记为从该月起的年中调整 / record changes of targets, report months and schedules, and indicators added, on filled months as adjustments from this month',
    )
    .option('--reason <text>', '调整原因 / the reason for the adjustment (with --adjust-from)')
    .option(
      '--correct',
      '已填报月份的变化是更正（各月都按新值；与 --adjust-from 同用时，用于不能从某月起生效的修改）/ changes on filled months are corrections (with --adjust-from: those that cannot take effect from a month)',
    )
    .option(
      '--accept-matches',
      '确认按名称和单位匹配的上年指标 / confirm last year’s indicators matched by name and unit',
    )
    .action(async (opts: GenerateOptions) => {
      await generate(opts);
    });
}

/** generate --from FILLED.xlsx: regenerate (same year) or start next year, into --out; the input is never changed. */
async function generateFrom(opts: GenerateOptions & { from: string }): Promise<string> {
  const months = opts.months === undefined ? null : parseMonths(opts.months);
  if (months && !months.ok) throw new UserError(months.message);
  const year = opts.year === undefined ? null : parseYear(opts.year);
  if (!/\.xlsx$/i.test(opts.out)) throw new UserError(notXlsx(opts.out));
  const adjustFrom = opts.adjustFrom === undefined ? null : Number(opts.adjustFrom);
  if (adjustFrom !== null && !(Number.isInteger(adjustFrom) && adjustFrom >= 2 && adjustFrom <= 12))
    throw new UserError({
      zh: `--adjust-from “${opts.adjustFrom}” 应为2-12的月份`,
      en: `--adjust-from "${opts.adjustFrom}" must be a month 2-12`,
    });
  const inputs = [opts.from, ...(opts.plan ? [opts.plan] : [])];
  const path = checkOutPath(opts.out, { force: opts.force, inputs });
  const plan = opts.plan ? loadPlan(opts.plan) : null;
  const source = await openWorkbook(opts.from);
  const targetYear = year ?? plan?.year ?? null;
  const run = async (decisions: TargetDecision[], into: XlsxHost) =>
    regenerate(source, into, {
      plan,
      year,
      months: months ? months.months : null,
      unit: opts.unit,
      decisions,
      acceptNameMatches: opts.acceptMatches === true,
    });
  let r: RegenerateResult;
  let into: XlsxHost = source;
  try {
    // Next year goes into a new workbook; the same year is rebuilt in a copy of the input.
    // So does one office's cut (分发表) from a master or another office's cut: its rows only.
    const { meta } = (await readFilled(source)).figures;
    const fresh = targetYear !== null && meta.year !== targetYear;
    const cut = !!opts.unit && opts.unit.trim() !== meta.unitFilter;
    into = fresh || cut ? XlsxHost.empty() : source;
    if (adjustFrom === null && !opts.correct) r = await run([], into);
    else {
      // Answer every change on a filled month the same way: read the changes, then build once. With
      // both flags, --adjust-from where a change can be recorded from a month, --correct for the rest.
      const p = await previewRegenerate(source, { plan: plan && year ? { ...plan, year } : plan, unit: opts.unit });
      const reason = opts.reason?.trim() || null;
      const answer = (code: string, adjustable: boolean) =>
        adjustFrom !== null && (adjustable || !opts.correct)
          ? { code, as: 'adjustment' as const, month: adjustFrom, reason }
          : { code, as: 'correction' as const };
      const decisions: TargetDecision[] = [
        ...p.questions.map((q) => answer(q.code, true)),
        ...p.changes.asked.map((q) => ({
          ...answer(q.code, q.added || (q.before !== null && !q.unit)),
          scope: 'fields' as const,
        })),
      ];
      r = await run(decisions, into);
    }
  } catch (e) {
    throw nothingWritten(e);
  }
  writeFileAtomic(path, await into.toBytes());
  const lines = regenerateLines(r);
  const attention = r.questions.length > 0 || r.fieldQuestions.length > 0 || unconfirmedMatches(r) > 0;
  if (opts.json) {
    term.stdout(
      JSON.stringify(
        {
          out: path,
          mode: r.mode,
          year: r.plan.year,
          changes: r.changes,
          questions: r.questions,
          carry: r.carry && { matches: r.carry.matches, unmatched: r.carry.unmatched, notes: r.carry.notes },
          preserved: r.preserved,
          lines,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    for (const n of r.notices) term.stderr(`提示 / note: ${bothLanguages(n)}\n`);
    const head =
      r.mode === 'next-year'
        ? `已生成${r.plan.year}年模板（上年数据来自 ${opts.from}）/ next year's workbook written`
        : r.mode === 'cut'
          ? `已生成${opts.unit}的分发表（只含本单位的指标和填报数据，来自 ${opts.from}）/ ${opts.unit}'s workbook cut from ${opts.from}, its rows and figures only`
          : `已重新生成（填报数据已保留）/ regenerated, every figure kept`;
    term.stdout(`${head}: ${path}\n` + lines.map((l) => `  ${l.zh}\n    ${l.en}\n`).join(''));
    if (r.questions.length || r.fieldQuestions.length)
      term.stdout(
        `  如为年中调整，加 --adjust-from 月份 [--reason 原因] 重新生成；如为更正，加 --correct / rerun with --adjust-from MONTH [--reason TEXT] for a mid-year adjustment, or --correct\n`,
      );
    if (unconfirmedMatches(r))
      term.stdout(`  确认上述匹配后加 --accept-matches 重新生成 / rerun with --accept-matches to carry them\n`);
  }
  if (attention) term.exitCode = 1;
  return path;
}
