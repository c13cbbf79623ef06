import { term } from '../output';
import { KIND_WORDS } from '../../progress/vocabulary';
import type { IndicatorKind } from '../../plan/types';
import type { Command } from 'commander';
import { planToJson } from '../../plan';
import { draftPlan, importReport } from '../../actions';
import type { Candidate } from '../../extract';
import { targetText } from '../../extract/describe';
import { UserError } from '../../plan/message';
import { checkOutPath, readBytes, writeFileAtomic } from '../io';
import { reportText } from '../../extract/reportFile';
import { parseYear } from '../options';

/** The candidate in the CLI's JSON shape (the fields, then the suggested kind). */
export function candidateJson(c: Candidate) {
  return {
    kind: c.kind,
    name: c.name,
    section: c.section,
    value: c.value,
    max: c.max,
    unit: c.unit,
    comparator: c.comparator,
    direction: c.direction,
    deadlineMonth: c.deadlineMonth,
    deadlineNote: c.deadlineNote,
    partOf: c.partOf,
    source: { start: c.source.start, end: c.source.end, text: c.source.text },
    suggestedKind: c.suggestedKind,
    recurring: c.recurring,
    reportMonths: c.reportMonths ?? null,
    ...(c.baseline != null ? { baseline: c.baseline } : {}),
    ...(c.bottomLine ? { bottomLine: true } : {}),
  };
}

const KIND_ZH = (kind: IndicatorKind): string => KIND_WORDS[kind].zh;

function oneLine(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

export function candidatesTable(cands: Candidate[]): string {
  if (!cands.length) return '未找到目标任务 / no targets found\n';
  const quantities = cands.filter((c) => c.kind === 'quantity').length;
  const lines = [
    `共${cands.length}项候选目标（数量目标${quantities}项，节点目标${cands.length - quantities}项）/ ${cands.length} candidates`,
    ['序号', '板块', '类型', '指标', '目标', '出处'].join('\t'),
  ];
  cands.forEach((c, k) => {
    lines.push(
      [
        String(k + 1),
        c.section ?? '-',
        c.bottomLine ? '底线' : KIND_ZH(c.suggestedKind),
        c.name,
        targetText(c),
        `${oneLine(c.source.text, 40)} [${c.source.start}-${c.source.end}]`,
      ].join('\t'),
    );
  });
  return lines.join('\n') + '\n';
}

interface ExtractOptions {
  json?: boolean;
  plan?: string;
  force?: boolean;
  year?: string;
  unit?: string;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('从政府工作报告提取目标任务 / extract targets from a work report')
    .argument('<file>', '工作报告：.txt（UTF-8 或 GBK）或 .docx / the report: .txt (UTF-8 or GBK) or .docx')
    .option('--json', '以JSON数组输出 / print a JSON array')
    .option('--plan <out>', '另存为计划草稿 plan.json / also write a draft plan')
    .option('--force', '覆盖已存在的 --plan 文件 / overwrite an existing --plan file')
    .option('--year <year>', '计划年度（默认从报告识别）/ plan year (default: read from the report)')
    .option('--unit <name>', '单位名称，写入计划草稿 / unit name for the draft plan')
    .action(async (file: string, opts: ExtractOptions) => {
      const text = await reportText(file, readBytes(file), async (bytes) => {
        const mammoth = await import('mammoth');
        return (await mammoth.extractRawText({ buffer: Buffer.from(new Uint8Array(bytes)) })).value;
      });
      const report = await importReport({ text });
      const cands = report.candidates;
      if (opts.plan) await writePlan(file, text, report.year, report.unitName, cands, opts);
      if (opts.json) term.stdout(JSON.stringify(cands.map(candidateJson), null, 2) + '\n');
      else term.stdout(candidatesTable(cands));
      if (opts.plan && !opts.json) term.stdout(`已写入计划草稿 / draft plan written: ${opts.plan}\n`);
    });
}

async function writePlan(
  file: string,
  text: string,
  found: number | null,
  foundUnit: string | null,
  cands: Candidate[],
  opts: ExtractOptions,
): Promise<void> {
  const out = checkOutPath(opts.plan!, { force: opts.force, inputs: [file] });
  const year = opts.year === undefined ? found : parseYear(opts.year);
  if (year === null)
    throw new UserError({ zh: '报告中找不到年度，请用 --year 指定', en: 'no year found in the report: use --year' });
  const unitName = opts.unit?.trim() || foundUnit || '本单位';
  if (!opts.unit?.trim() && !foundUnit) {
    term.stderr('提示：未指定单位名称，计划草稿中写为“本单位”（可用 --unit 指定）/ note: --unit not given\n');
  } else if (!opts.unit?.trim()) {
    term.stderr(`提示：单位名称取自报告：${foundUnit}（可用 --unit 改写）/ note: unit name from the report\n`);
  }
  if (unitName.length > 60)
    throw new UserError({ zh: '单位名称最多60个字', en: '--unit must be at most 60 characters' });
  const plan = await draftPlan({ text, candidates: cands, year, unitName });
  writeFileAtomic(out, planToJson(plan));
}
