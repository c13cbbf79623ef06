// collect MASTER.xlsx UNIT.xlsx… [--month N | 1-N | N月] --out OUT.xlsx [--json] [--force]: 汇集
// every month the offices' returns hold up to N (default: the latest month any return has an entry
// in) into a new copy of the master. The inputs are only ever read.
// Exit 0: every figure the returns hold is in; 1: something was not collected (a conflict, a refused
// file, a deleted row, a figure typed over a formula, an empty return), the merged file is still
// written; 2: nothing could be merged (the master cannot be read or has no such month).
import { term } from '../output';
import type { Command } from 'commander';
import { collect, type CollectRefresh, type CollectResult } from '../../actions';
import { countByTier, type TierCounts } from '../../check';
import {
  CONFLICT_KIND_EN,
  CONFLICT_KIND_ZH,
  FIELD_EN,
  FIELD_ZH,
  monthNames,
  readAsMasterLine,
  sourceCounts,
  monthRange,
  monthRangeEn,
  showValue,
  showValueEn,
  type ReturnInput,
} from '../../collect';
import { readXlsxSnapshot, XlsxReadError } from '../../hosts/xlsx';
import { readTemplate } from '../../template';
import { UserError } from '../../plan/message';
import { checkOutPath, openWorkbook, readBinary, writeFileAtomic } from '../io';
import { parseMonthText } from '../month';
import { checkText } from './check';

export interface CollectReport {
  master: string;
  /** The master's 填报单位 (plan unit name). */
  unitName: string;
  out: string;
  result: CollectResult;
  counts: TierCounts;
  /** null on a host that recalculates by itself. */
  refresh: CollectRefresh | null;
}

/** The --json shape. */
export function collectJson(r: CollectReport) {
  const res = r.result;
  return {
    month: res.month,
    months: res.months,
    complete: res.complete,
    master: r.master,
    out: r.out,
    sources: res.sources.map((s) => ({
      file: s.file,
      unit: s.unit,
      months: s.months,
      taken: s.figures + s.states + s.notes,
      figures: s.figures,
      states: s.states,
      notes: s.notes,
      unchanged: s.unchanged,
      corrections: s.corrections,
      planChange: s.planChange,
      ledgerEdits: s.ledgerEdits,
      conflicts: s.conflicts,
    })),
    taken: res.provenance.map((p) => ({
      month: p.month,
      code: p.code,
      name: p.name,
      field: p.field,
      cell: `${p.sheet}!${p.cell}`,
      value: p.value,
      status: p.status,
      ...(p.status === 'corrected' ? { previous: p.previous ?? null } : {}),
      from: p.from.map((c) => ({ file: c.file, cell: `${c.sheet}!${c.cell}`, value: c.value })),
    })),
    conflicts: res.conflicts.map((c) => ({
      kind: c.kind,
      month: c.month,
      code: c.code,
      name: c.name,
      field: c.field,
      files: c.files,
      cells: c.cells.map((x) => ({ file: x.file, cell: `${x.sheet}!${x.cell}`, value: x.value })),
      values: c.values,
      message: c.message,
    })),
    unheard: res.unheard,
    settled: res.settled.map((c) => ({
      month: c.month,
      code: c.code,
      name: c.name,
      field: c.field,
      cell: `${c.sheet}!${c.cell}`,
      files: c.files,
      message: c.message,
    })),
    refused: res.refused.map((x) => ({ file: x.file, reasons: x.reasons, message: x.message })),
    problems: res.problems.map((p) => ({
      file: p.file,
      sheet: p.sheet,
      cell: p.cell,
      message: p.message,
    })),
    written: res.writes.length,
    refreshed: r.refresh?.refreshed ?? false,
    findings: r.counts,
  };
}

/** What came from where, every conflict and refusal, and the checks, as a statistician reads them. */
export function collectText(r: CollectReport): string {
  const res = r.result;
  const given = res.sources.length + res.refused.length;
  const lines = [
    `汇集 ${monthRange(res.month)}：总表 ${r.master}，收到 ${given} 个文件，采用 ${res.sources.length} 个 / collect ${monthRangeEn(res.month)} into ${r.master}: ${given} files, ${res.sources.length} accepted`,
  ];
  if (res.sources.length) {
    lines.push('', '来源 / from where:');
    for (const s of res.sources) {
      const months = s.months.length ? `采用 ${monthNames(s.months)}` : '没有填报';
      const monthsEn = s.months.length ? `months ${s.months.join(', ')}` : 'nothing entered';
      const counts = sourceCounts(s);
      lines.push(`  ${s.file}（${s.unit}）${months}：${counts.zh} / ${monthsEn}: ${counts.en}`);
      if (s.planChange) lines.push(`    ${s.planChange.zh}`, `    ${s.planChange.en}`);
      if (s.ledgerEdits) lines.push(`    ${s.ledgerEdits.zh}`, `    ${s.ledgerEdits.en}`);
      for (const p of res.provenance) {
        if (p.from[0].file !== s.file) continue;
        const readAs = readAsMasterLine(p);
        if (readAs) lines.push(`    ${readAs.zh}`, `      ${readAs.en}`);
        if (p.status === 'same-as-master') continue;
        if (p.status === 'corrected') {
          const was = p.previous ?? null;
          const why =
            p.because === 'number-for-text'
              ? [
                  '总表原有的文字读作同一个数，按报来的数字写入',
                  "the master's text reads as the same number; the office's number is written",
                ]
              : ['总表原有的数是该单位此前报来的', "the master's figure was this office's own"];
          lines.push(
            `    更正：${p.sheet}!${p.cell} ${showValue(was)} → ${showValue(p.value)}（${s.unit}）：${p.code} ${p.name} ${FIELD_ZH[p.field]}，${why[0]}` +
              ` / corrected: ${p.sheet}!${p.cell} ${showValueEn(was)} → ${showValueEn(p.value)} (${s.unit}): ${p.code} ${FIELD_EN[p.field]}, ${why[1]}`,
          );
          continue;
        }
        const also =
          p.from.length > 1
            ? `，另见 ${p.from
                .slice(1)
                .map((c) => c.file)
                .join('、')}`
            : '';
        lines.push(
          `    ${p.code} ${p.name}：${FIELD_ZH[p.field]} ${showValue(p.value)}（${p.from[0].sheet}!${p.from[0].cell} → 总表 ${p.sheet}!${p.cell}${also}）`,
        );
      }
    }
  }
  if (res.unheard.length) {
    lines.push(
      '',
      `尚未收到本月报表的单位 / offices not heard from：${res.unheard.length} 个（没有数字因此遗漏 / nothing left out）`,
    );
    res.unheard.forEach((u, i) => {
      lines.push(`  ${i + 1}. ${u.message.zh}`);
      lines.push(`     ${u.message.en}`);
    });
  }
  if (res.conflicts.length) {
    lines.push(
      '',
      `冲突 / conflicts：${res.conflicts.length} 项（均未采用，总表原有的数不变 / none taken; the master's figures stay）`,
    );
    res.conflicts.forEach((c, i) => {
      lines.push(`  ${i + 1}. [${CONFLICT_KIND_ZH[c.kind]} / ${CONFLICT_KIND_EN[c.kind]}] ${c.message.zh}`);
      lines.push(`     ${c.message.en}`);
    });
  }
  if (res.settled.length) {
    lines.push(
      '',
      `此前的不一致已在总表核定 / settled in the master earlier：${res.settled.length} 项（以总表为准，不算未汇集 / the master's figures stand; nothing new left out）`,
    );
    res.settled.forEach((c, i) => {
      lines.push(`  ${i + 1}. ${c.message.zh}`);
      lines.push(`     ${c.message.en}`);
    });
  }
  if (res.refused.length) {
    lines.push('', `未汇集的文件 / refused files：${res.refused.length} 个`);
    res.refused.forEach((x, i) => {
      lines.push(`  ${i + 1}. ${x.message.zh}`);
      lines.push(`     ${x.message.en}`);
    });
  }
  if (res.problems.length) {
    lines.push('', `报表中未汇集的内容 / not collected from the returns：${res.problems.length} 项`);
    res.problems.forEach((p, i) => {
      lines.push(`  ${i + 1}. ${p.file}：${p.message.zh}`);
      lines.push(`     ${p.message.en}`);
    });
  }
  lines.push('', '—— 汇集后的总表 / the merged master ——');
  lines.push(checkText({ month: res.month, unitName: r.unitName, findings: res.findings, counts: r.counts }).trimEnd());
  lines.push('');
  const refresh = !r.refresh
    ? null
    : r.refresh.refreshed
      ? `公式结果已按模板重算（${r.refresh.results} 个单元格更新）/ formula results refreshed through the template (${r.refresh.results} cells updated)`
      : `公式结果未能按模板重算：${r.refresh.reason?.zh}；已设为打开时重算，请用 Excel 打开后保存 / formula results not refreshed: ${r.refresh.reason?.en}; set to recalculate on open: open and save it in Excel`;
  lines.push(`已写出 / written: ${r.out}（填入 ${res.writes.length} 个单元格 / ${res.writes.length} input cells set）`);
  if (refresh) lines.push(refresh);
  if (!res.complete) {
    const parts = [
      res.conflicts.length ? `冲突 ${res.conflicts.length} 项` : '',
      res.refused.length ? `未汇集的文件 ${res.refused.length} 个` : '',
      res.problems.length ? `报表中未汇集的内容 ${res.problems.length} 项` : '',
    ].filter(Boolean);
    lines.push(
      `未全部汇集：${parts.join('，')}；请处理后再汇集 / not everything was collected (see above): resolve it and collect again`,
    );
  }
  return lines.join('\n') + '\n';
}

async function readReturn(file: string): Promise<ReturnInput> {
  let bytes: Uint8Array;
  try {
    bytes = readBinary(file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return { file, unreadable: e.text };
  }
  try {
    const read = readTemplate(await readXlsxSnapshot(bytes));
    if (!read.ok) return { file, unreadable: read.message };
    return { file, figures: read.figures };
  } catch (e) {
    if (e instanceof XlsxReadError) return { file, unreadable: e.text };
    // Anything else is not the file's fault in words we have: say what the reader said.
    const said = e instanceof Error ? e.message : String(e);
    return { file, unreadable: { zh: said, en: said } };
  }
}

export function register(program: Command): void {
  program
    .command('collect')
    .description(
      '汇集：把各责任单位交回的报表按代码并入总表的新副本，列出来源、冲突和未汇集的文件 / merge the offices’ returns into a new copy of the master',
    )
    .argument('<master>', '总表 .xlsx（不会被改写）/ the master workbook (never changed)')
    .argument('<returns...>', '各单位交回的报表 .xlsx / the offices’ returned workbooks')
    .option(
      '--month <n>',
      '汇集到几月：3、3月 或 1-3（合并1月到该月的全部月份；默认：交回报表中有填报的最近月份）/ collect every month up to this one: 3, 3月 or 1-3 (default: the latest month any return has an entry in)',
    )
    .requiredOption('--out <file>', '输出文件（不会改写输入文件）/ the merged file to write (never an input)')
    .option('--json', '以JSON输出 / print JSON')
    .option('--force', '覆盖已存在的输出文件 / overwrite the output file')
    .action(
      async (
        master: string,
        returns: string[],
        opts: { month?: string; out: string; json?: boolean; force?: boolean },
      ) => {
        const month = opts.month === undefined ? null : parseMonthText(opts.month, { range: true });
        const out = checkOutPath(opts.out, { force: opts.force, inputs: [master, ...returns] });
        const host = await openWorkbook(master);
        const inputs: ReturnInput[] = [];
        for (const f of returns) inputs.push(await readReturn(f));
        const result = await collect(host, { month, returns: inputs, masterFile: master });
        writeFileAtomic(out, await host.toBytes());

        const report: CollectReport = {
          master,
          unitName: result.unitName,
          out,
          result,
          counts: countByTier(result.findings),
          refresh: result.refresh,
        };
        if (opts.json) term.stdout(JSON.stringify(collectJson(report), null, 2) + '\n');
        else term.stdout(collectText(report));
        term.exitCode = result.complete ? 0 : 1;
      },
    );
}
