// Merge the offices' returned month sheets into the master (汇集), by code and month: every month
// the returns hold up to the month collected, so the merged 累计 is whole.
// Nothing is overwritten and nothing is left out silently: a row that is not the office's, two
// offices disagreeing, a figure that differs from the master's, a row an office deleted, a figure
// typed over a formula or an empty return is reported, and `complete` is false.
import { checkFigures } from '../check';
import { isMonth, notAMonth } from '../plan/message';
import { planHash } from '../plan/hash';
import { unitPlan } from '../template';
import type { Indicator } from '../plan/types';
import type { MonthSheetFigures, RowFigures, TemplateFigures } from '../workbook/figures';
import type {
  CollectResult,
  Conflict,
  InputField,
  MergedFigures,
  Provenance,
  Refusal,
  RefusalReason,
  ReturnInput,
  SourceCell,
  SourceProblem,
  SourceSummary,
} from './types';
import { FIELD_EN, FIELD_ZH } from './types';
import { masterWrites, withWrites } from './writes';
import { isEmpty, ownersOf, preferred, sameValue, showValue, showValueEn } from './values';
import { monthRange, monthRangeEn } from './months';

export interface CollectOptions {
  /** How messages name the master: its file name. Default 总表. */
  masterFile?: string;
}

const FIELDS: InputField[] = ['month', 'note'];

interface Accepted {
  file: string;
  unit: string;
  /** The return's month sheets up to the month collected. */
  sheets: MonthSheetFigures[];
}

const where = (c: SourceCell) => `${c.file} ${c.sheet}!${c.cell}`;
const rowName = (ind: Indicator) => `“${ind.name}”（${ind.code}）`;
const rowNameEn = (ind: Indicator) => `"${ind.name}" (${ind.code})`;

function monthList(months: number[]): string {
  return months.length ? months.map((m) => `${m}月`).join('、') : '无';
}

type Failed = { ok: false; message: string; messageEn: string };
const fail = (message: string, messageEn: string): Failed => ({ ok: false, message, messageEn });

/** A return's sheets that hold anything typed in an input cell. */
const hasEntries = (s: MonthSheetFigures) => s.rows.some((r) => FIELDS.some((f) => !isEmpty(r[f].value)));

/** Why a return cannot be collected at all, whatever the month, or no reasons when it can. */
function refusalOf(
  master: TemplateFigures,
  ret: ReturnInput,
  seen: Set<string>,
): { reasons: RefusalReason[]; zh: string[]; en: string[] } {
  const reasons: RefusalReason[] = [];
  const zh: string[] = [];
  const en: string[] = [];
  const mm = master.meta;
  if (seen.has(ret.file)) {
    reasons.push('duplicate-file');
    zh.push('与前面的文件同名，同一文件只汇集一次');
    en.push('a file of this name was already given; each file is collected once');
    return { reasons, zh, en };
  }
  if ('unreadable' in ret) {
    reasons.push('not-a-template');
    zh.push(`无法作为月报表模板读取（${ret.unreadable.message}）`);
    en.push(`it cannot be read as a month-report template (${ret.unreadable.messageEn})`);
    return { reasons, zh, en };
  }
  const m = ret.figures.meta;
  // The plan hash covers the year, so a year apart is said as the year, the clearer of the two.
  if (m.year !== mm.year) {
    reasons.push('year');
    zh.push(`是${m.year}年的报表，总表是${mm.year}年`);
    en.push(`it is a ${m.year} template; the master is for ${mm.year}`);
  } else if (m.planHash !== mm.planHash && !cutFromMaster(master, ret.figures)) {
    reasons.push('plan');
    zh.push(`不是本计划生成的模板（计划指纹 ${m.planHash}，总表为 ${mm.planHash}；指标或目标不同）`);
    en.push(
      `it is not a template of this plan (plan hash ${m.planHash}, the master's is ${mm.planHash}: indicators or targets differ)`,
    );
  }
  if (m.unitFilter === null) {
    reasons.push('not-a-return');
    zh.push('是未分单位的总表，不是分发给责任单位的报表');
    en.push('it is a whole-plan workbook, not a return cut for one responsible unit');
  }
  return { reasons, zh, en };
}

/** A unit's workbook regenerated from its own rows: its plan is the master's cut for that unit. */
function cutFromMaster(master: TemplateFigures, ret: TemplateFigures): boolean {
  const unit = ret.meta.unitFilter;
  return unit !== null && ret.meta.planHash === planHash(unitPlan(master.plan, unit));
}

function refusal(file: string, reasons: RefusalReason[], zh: string[], en: string[]): Refusal {
  return {
    file,
    reasons,
    message: `${file}：未汇集，${zh.join('；')}`,
    messageEn: `${file}: not collected: ${en.join('; ')}`,
  };
}

/** Sort the returns into those that can be collected and those refused (with why). */
function screen(master: TemplateFigures, returns: ReturnInput[]) {
  const refused: Refusal[] = [];
  const fit: Array<{ file: string; figures: TemplateFigures }> = [];
  const seen = new Set<string>();
  for (const ret of returns) {
    const r = refusalOf(master, ret, seen);
    seen.add(ret.file);
    if (r.reasons.length) refused.push(refusal(ret.file, r.reasons, r.zh, r.en));
    else if (!('unreadable' in ret)) fit.push(ret);
  }
  return { refused, fit };
}

/** The month collected up to when none is given: the latest month any return has an entry in. */
function latestEntered(returns: Array<{ figures: TemplateFigures }>, master: TemplateFigures): number | null {
  let latest = 0;
  for (const r of returns) for (const s of r.figures.months) if (hasEntries(s)) latest = Math.max(latest, s.month);
  if (latest) return latest;
  // Nothing entered anywhere: the master's last month the returns hold (each empty return is reported).
  const held = new Set(returns.flatMap((r) => r.figures.months.map((s) => s.month)));
  const common = master.months.map((s) => s.month).filter((m) => held.has(m));
  return common.length ? Math.max(...common) : null;
}

/** The master's month sheets, or why the master cannot take a collect up to `month`. */
function masterSheets(master: TemplateFigures, month: number, masterFile: string): MonthSheetFigures[] | Failed {
  if (master.meta.unitFilter !== null) {
    return fail(
      `${masterFile} 是${master.meta.unitFilter}的分发表，不是总表；请用总表汇集`,
      `${masterFile} is the return cut for ${master.meta.unitFilter}, not the master; collect into the master`,
    );
  }
  if (!master.months.some((s) => s.month === month)) {
    const held = master.months.map((s) => s.month);
    return fail(
      `总表 ${masterFile} 中没有${month}月报表（只有${monthList(held)}），无法汇集`,
      `the master ${masterFile} has no sheet for month ${month} (it holds ${held.length ? held.join(', ') : 'none'}); nothing can be collected`,
    );
  }
  return master.months.filter((s) => s.month <= month);
}

/**
 * What each accepted return cannot give, by file: the reader's problems on its sheets up to the
 * month (a deleted row, a lost column), a figure typed over the 累计 formula (never collected: the
 * master computes 累计 from 本月), a month sheet the master lacks, and a return with nothing typed.
 */
function returnProblems(
  a: Accepted,
  figures: TemplateFigures,
  month: number,
  master: TemplateFigures,
  masterMonths: Set<number>,
) {
  const problems: SourceProblem[] = [];
  const masterCodes = new Map(master.plan.indicators.map((i) => [i.code, i]));
  for (const p of figures.problems) {
    if (p.month !== undefined && p.month > month) continue;
    const other = p.code && p.cell ? masterCodes.get(p.code) : undefined;
    // A row of another office's typed into this return (its 指标库 holds the office's rows only).
    if (other && p.cell && !ownedBy(other, a.unit)) {
      const at = `${p.sheet}!${p.cell}`;
      const owners = ownersOf(other.responsible);
      const ownerZh = owners.length ? `由${owners.join('、')}负责` : '未指定责任单位';
      const ownerEn = owners.length ? `belongs to ${owners.join(', ')}` : 'has no responsible unit';
      problems.push({
        file: a.file,
        sheet: p.sheet,
        cell: p.cell,
        code: p.code,
        message: `${at}：${rowName(other)}${ownerZh}，不是${a.unit}的指标，此行未汇集`,
        messageEn: `${at}: ${rowNameEn(other)} ${ownerEn}, not to ${a.unit}; the row was not collected`,
      });
      continue;
    }
    problems.push({
      file: a.file,
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      message: p.message,
      messageEn: p.messageEn,
    });
  }
  const byCode = new Map(figures.plan.indicators.map((i) => [i.code, i]));
  for (const s of a.sheets) {
    if (!masterMonths.has(s.month) && hasEntries(s)) {
      problems.push({
        file: a.file,
        sheet: s.sheet,
        cell: null,
        code: null,
        message: `“${s.sheet}”表：总表没有${s.month}月报表，此表填报的数字未汇集`,
        messageEn: `sheet "${s.sheet}": the master has no sheet for month ${s.month}; its figures were not collected`,
      });
      continue;
    }
    for (const r of s.rows) {
      const c = r.cumulative;
      if (c.formula !== null || isEmpty(c.value)) continue;
      const ind = byCode.get(r.code);
      const name = ind ? rowName(ind) : `“${r.code}”`;
      const nameEn = ind ? rowNameEn(ind) : `"${r.code}"`;
      problems.push({
        file: a.file,
        sheet: s.sheet,
        cell: c.address,
        code: r.code,
        message: `${s.sheet}!${c.address}：${name}的累计公式被改写为 ${showValue(c.value)}，此数未汇集（总表按各月本月数计算累计），请与该单位核实本月数`,
        messageEn: `${s.sheet}!${c.address}: the 累计 formula of ${nameEn} was typed over with ${showValueEn(c.value)}; that figure was not collected (the master adds up the monthly figures): check the monthly figures with the office`,
      });
    }
  }
  if (!a.sheets.some(hasEntries)) {
    problems.push({
      file: a.file,
      sheet: a.sheets[a.sheets.length - 1]?.sheet ?? '',
      cell: null,
      code: null,
      message: `报表是空的：${monthRange(month)}没有填入任何数字或备注，${a.unit}的指标未汇集`,
      messageEn: `the return is empty: nothing entered for ${monthRangeEn(month)}; ${a.unit}'s rows were not collected`,
    });
  }
  return problems;
}

/** Entries offered for each master input cell, by month and code; rows not the office's are conflicts. */
function gather(accepted: Accepted[], byCode: Map<string, Indicator>) {
  const conflicts: Conflict[] = [];
  const problems: SourceProblem[] = [];
  const candidates = new Map<number, Map<string, Record<InputField, SourceCell[]>>>();
  for (const a of accepted) {
    for (const sheet of a.sheets) {
      for (const row of sheet.rows) {
        const filled = FIELDS.filter((f) => !isEmpty(row[f].value));
        if (!filled.length) continue;
        const ind = byCode.get(row.code);
        if (!ind) {
          const at = `${sheet.sheet}!${row[filled[0]].address}`;
          problems.push({
            file: a.file,
            sheet: sheet.sheet,
            cell: row[filled[0]].address,
            code: row.code,
            message: `${at}：代码“${row.code}”不在本计划中，此行未汇集`,
            messageEn: `${at}: code "${row.code}" is not in this plan; the row was not collected`,
          });
          continue;
        }
        for (const f of filled) {
          const src: SourceCell = {
            file: a.file,
            unit: a.unit,
            sheet: sheet.sheet,
            cell: row[f].address,
            value: row[f].value,
          };
          if (!ownedBy(ind, a.unit)) {
            conflicts.push(notTheirRow(ind, f, src, sheet.month, a.unit));
            continue;
          }
          let byMonth = candidates.get(sheet.month);
          if (!byMonth) candidates.set(sheet.month, (byMonth = new Map()));
          let entry = byMonth.get(ind.code);
          if (!entry) byMonth.set(ind.code, (entry = { month: [], note: [] }));
          entry[f].push(src);
        }
      }
    }
  }
  return { candidates, conflicts, problems };
}

/** The template cuts a return for the row's 责任单位 as written; a row naming several offices is each one's. */
function ownedBy(ind: Indicator, unit: string): boolean {
  return ind.responsible?.trim() === unit || ownersOf(ind.responsible).includes(unit);
}

function notTheirRow(ind: Indicator, f: InputField, src: SourceCell, month: number, unit: string): Conflict {
  const owners = ownersOf(ind.responsible);
  const ownerZh = owners.length ? `由${owners.join('、')}负责` : '未指定责任单位';
  const ownerEn = owners.length ? `belongs to ${owners.join(', ')}` : 'has no responsible unit';
  return {
    kind: 'not-their-row',
    month,
    code: ind.code,
    name: ind.name,
    field: f,
    files: [src.file],
    cells: [src],
    values: [src.value],
    message: `${where(src)}：${rowName(ind)}${ownerZh}，不是${unit}的指标；其${FIELD_ZH[f]} ${showValue(src.value)} 未采用`,
    messageEn: `${where(src)}: ${rowNameEn(ind)} ${ownerEn}, not to ${unit}; its ${FIELD_EN[f]} ${showValueEn(src.value)} was not taken`,
  };
}

/** One master input cell's offers: taken, the same as the master's, or a conflict. */
function settle(
  ind: Indicator,
  f: InputField,
  list: SourceCell[],
  sheet: MonthSheetFigures,
  mrow: RowFigures | undefined,
  masterFile: string,
): Conflict | Provenance {
  const base = { month: sheet.month, code: ind.code, name: ind.name, field: f };
  const files = [...new Set(list.map((c) => c.file))];
  const distinct: SourceCell[] = [];
  for (const c of list) if (!distinct.some((d) => sameValue(d.value, c.value, ind, f))) distinct.push(c);
  if (distinct.length > 1) {
    const shown = list.map((c) => `${where(c)} = ${showValue(c.value)}`).join('；');
    const shownEn = list.map((c) => `${where(c)} = ${showValueEn(c.value)}`).join('; ');
    return {
      kind: 'two-offices',
      ...base,
      files,
      cells: list,
      values: list.map((c) => c.value),
      message: `${rowName(ind)}的${FIELD_ZH[f]}有${list.length}份不同的填报：${shown}。均未采用，请核实后填入总表`,
      messageEn: `${rowNameEn(ind)} has ${list.length} different ${FIELD_EN[f]}s: ${shownEn}. None was taken; check and enter it in the master`,
    };
  }
  const value = preferred(
    list.map((c) => c.value),
    ind,
    f,
  );
  if (!mrow) {
    return {
      kind: 'not-in-master',
      ...base,
      files,
      cells: list,
      values: list.map((c) => c.value),
      message: `总表 ${masterFile} 的${sheet.sheet}中找不到${rowName(ind)}这一行，${list.map(where).join('、')} 的${FIELD_ZH[f]} ${showValue(value)} 无处填入`,
      messageEn: `the master ${masterFile} has no row for ${rowNameEn(ind)} on ${sheet.sheet}; the ${FIELD_EN[f]} ${showValueEn(value)} from ${list.map(where).join(', ')} has nowhere to go`,
    };
  }
  const mcell = mrow[f];
  // A formula in an input cell is the master's own entry, even when it shows nothing.
  const masterHas = !isEmpty(mcell.value) || mcell.formula !== null;
  if (masterHas && !sameValue(mcell.value, value, ind, f)) {
    const masterCell: SourceCell = {
      file: masterFile,
      unit: null,
      sheet: sheet.sheet,
      cell: mcell.address,
      value: mcell.value,
    };
    return {
      kind: 'differs-from-master',
      ...base,
      files: [masterFile, ...files],
      cells: [masterCell, ...list],
      values: [mcell.value, ...list.map((c) => c.value)],
      message: `${rowName(ind)}的${FIELD_ZH[f]}：总表 ${sheet.sheet}!${mcell.address} 已有 ${showValue(mcell.value)}，${list.map(where).join('、')} 报来 ${showValue(value)}；保留总表的数，未覆盖`,
      messageEn: `${rowNameEn(ind)} ${FIELD_EN[f]}: the master's ${sheet.sheet}!${mcell.address} already has ${showValueEn(mcell.value)}, ${list.map(where).join(', ')} gives ${showValueEn(value)}; the master's figure stays`,
    };
  }
  return {
    ...base,
    sheet: sheet.sheet,
    cell: mcell.address,
    value: masterHas ? mcell.value : value,
    from: list,
    status: masterHas ? 'same-as-master' : 'new',
  };
}

/** Every offer settled against the master, month by month in the plan's order. */
function settleAll(
  candidates: ReturnType<typeof gather>['candidates'],
  sheets: MonthSheetFigures[],
  plan: TemplateFigures['plan'],
  masterFile: string,
) {
  const provenance: Provenance[] = [];
  const conflicts: Conflict[] = [];
  for (const sheet of sheets) {
    const byMonth = candidates.get(sheet.month);
    if (!byMonth) continue;
    const rows = new Map<string, RowFigures>();
    for (const r of sheet.rows) if (!rows.has(r.code)) rows.set(r.code, r);
    for (const ind of plan.indicators) {
      const entry = byMonth.get(ind.code);
      if (!entry) continue;
      for (const f of FIELDS) {
        if (!entry[f].length) continue;
        const r = settle(ind, f, entry[f], sheet, rows.get(ind.code), masterFile);
        if ('kind' in r) conflicts.push(r);
        else provenance.push(r);
      }
    }
  }
  return { provenance, conflicts };
}

function summaries(accepted: Accepted[], provenance: Provenance[], conflicts: Conflict[]): SourceSummary[] {
  return accepted.map((a) => {
    const mine = provenance.filter((p) => p.from.some((c) => c.file === a.file));
    const newOf = (field: InputField) => mine.filter((p) => p.status === 'new' && p.field === field).length;
    return {
      file: a.file,
      unit: a.unit,
      months: a.sheets.filter(hasEntries).map((s) => s.month),
      figures: newOf('month'),
      notes: newOf('note'),
      unchanged: mine.filter((p) => p.status === 'same-as-master').length,
      conflicts: conflicts.filter((c) => c.files.includes(a.file)).length,
    };
  });
}

/**
 * Merge the returns' figures and notes for every month up to `month` (null: the latest month any
 * return has an entry in) into the master's. Pure: the caller reads the workbooks and writes
 * `writes` (or regenerates from `merged`).
 */
export function collect(
  master: TemplateFigures,
  returns: ReturnInput[],
  month: number | null,
  options: CollectOptions = {},
): CollectResult {
  const masterFile = options.masterFile ?? '总表';
  if (month !== null && !isMonth(month)) {
    const why = notAMonth(month);
    return fail(why.zh, why.en);
  }
  const { refused, fit } = screen(master, returns);
  const upTo = month ?? latestEntered(fit, master);
  if (upTo === null) {
    return fail(
      `交回的报表中没有可汇集的月份，请用 --month 指定`,
      `the returns hold no month to collect; give the month (--month)`,
    );
  }
  const sheets = masterSheets(master, upTo, masterFile);
  if (!Array.isArray(sheets)) return sheets;
  const masterMonths = new Set(sheets.map((s) => s.month));

  const accepted: Accepted[] = [];
  const problems: SourceProblem[] = [];
  for (const ret of fit) {
    const own = ret.figures.months.filter((s) => s.month <= upTo);
    if (!own.length) {
      const held = ret.figures.months.map((s) => s.month);
      refused.push(
        refusal(
          ret.file,
          ['month'],
          [`没有${monthRange(upTo)}的报表（文件中只有${monthList(held)}）`],
          [`it has no sheet for ${monthRangeEn(upTo)} (it holds ${held.length ? held.join(', ') : 'none'})`],
        ),
      );
      continue;
    }
    const a: Accepted = { file: ret.file, unit: ret.figures.meta.unitFilter as string, sheets: own };
    accepted.push(a);
    problems.push(...returnProblems(a, ret.figures, upTo, master, masterMonths));
  }

  const plan = master.plan;
  const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  const gathered = gather(accepted, byCode);
  problems.push(...gathered.problems);
  const settled = settleAll(gathered.candidates, sheets, plan, masterFile);
  const conflicts = [...gathered.conflicts, ...settled.conflicts];
  const provenance = settled.provenance;

  const merged = masterEntries(master);
  for (const p of provenance) {
    if (p.status !== 'new') continue;
    const cell = ((merged[p.code] ??= {})[p.month] ??= { month: null, note: null });
    cell[p.field] = p.value;
  }
  const writes = sheets.flatMap((s) => masterWrites(master, merged, s.month).writes);

  // The checks judge the master as it will read with the writes in.
  const checked = checkFigures(withWrites(master, writes), { month: upTo });
  if (!checked.ok) return fail(checked.message, checked.messageEn);

  return {
    ok: true,
    month: upTo,
    months: sheets.map((s) => s.month),
    sheet: sheets[sheets.length - 1].sheet,
    merged,
    provenance,
    conflicts,
    refused,
    sources: summaries(accepted, provenance, conflicts),
    problems,
    writes,
    findings: checked.findings,
    complete: !conflicts.length && !refused.length && !problems.length,
  };
}

/** The master's entered figures and notes for every month it holds. */
export function masterEntries(master: TemplateFigures): MergedFigures {
  const out: MergedFigures = {};
  for (const s of master.months) {
    for (const r of s.rows) {
      const byMonth = (out[r.code] ??= {});
      if (byMonth[s.month]) continue;
      byMonth[s.month] = { month: r.month.value, note: r.note.value };
    }
  }
  return out;
}
