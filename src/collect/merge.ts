// Merge the offices' returned month sheets into the master (汇集), by code and month.
// Nothing is overwritten and nothing is taken silently: a row that is not the office's, two offices
// disagreeing, or a figure that differs from the master's is reported as a conflict instead.
import { checkFigures } from '../check';
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

export interface CollectOptions {
  /** How messages name the master: its file name. Default 总表. */
  masterFile?: string;
}

const FIELDS: InputField[] = ['month', 'note'];

interface Accepted {
  file: string;
  unit: string;
  sheet: MonthSheetFigures;
}

const where = (c: SourceCell) => `${c.file} ${c.sheet}!${c.cell}`;
const rowName = (ind: Indicator) => `“${ind.name}”（${ind.code}）`;
const rowNameEn = (ind: Indicator) => `"${ind.name}" (${ind.code})`;

function monthList(months: number[]): string {
  return months.length ? months.map((m) => `${m}月`).join('、') : '无';
}

/** Why a return cannot be collected for `month`, or [] when it can. */
function refusalOf(
  master: TemplateFigures,
  ret: ReturnInput,
  month: number,
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
  } else if (m.planHash !== mm.planHash) {
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
  if (!ret.figures.months.some((s) => s.month === month)) {
    const held = ret.figures.months.map((s) => s.month);
    reasons.push('month');
    zh.push(`没有${month}月报表（文件中只有${monthList(held)}）`);
    en.push(`it has no sheet for month ${month} (it holds ${held.length ? held.join(', ') : 'none'})`);
  }
  return { reasons, zh, en };
}

/**
 * Merge the returns' figures and notes for `month` into the master's. Pure: the caller reads the
 * workbooks and writes `writes` (or regenerates from `merged`).
 */
export function collect(
  master: TemplateFigures,
  returns: ReturnInput[],
  month: number,
  options: CollectOptions = {},
): CollectResult {
  const masterFile = options.masterFile ?? '总表';
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return {
      ok: false,
      message: `月份应为1-12的整数，收到 ${month}`,
      messageEn: `the month must be a whole number 1-12, got ${month}`,
    };
  }
  if (master.meta.unitFilter !== null) {
    return {
      ok: false,
      message: `${masterFile} 是${master.meta.unitFilter}的分发表，不是总表；请用总表汇集`,
      messageEn: `${masterFile} is the return cut for ${master.meta.unitFilter}, not the master; collect into the master`,
    };
  }
  const masterSheet = master.months.find((s) => s.month === month);
  if (!masterSheet) {
    const held = master.months.map((s) => s.month);
    return {
      ok: false,
      message: `总表 ${masterFile} 中没有${month}月报表（只有${monthList(held)}），无法汇集`,
      messageEn: `the master ${masterFile} has no sheet for month ${month} (it holds ${held.length ? held.join(', ') : 'none'}); nothing can be collected`,
    };
  }

  const plan = master.plan;
  const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  const masterRows = new Map<string, RowFigures>();
  for (const r of masterSheet.rows) if (!masterRows.has(r.code)) masterRows.set(r.code, r);

  const refused: Refusal[] = [];
  const problems: SourceProblem[] = [];
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  for (const ret of returns) {
    const r = refusalOf(master, ret, month, seen);
    seen.add(ret.file);
    if (r.reasons.length) {
      refused.push({
        file: ret.file,
        reasons: r.reasons,
        message: `${ret.file}：未汇集，${r.zh.join('；')}`,
        messageEn: `${ret.file}: not collected: ${r.en.join('; ')}`,
      });
      continue;
    }
    if ('unreadable' in ret) continue; // refused above; this narrows the type
    const sheet = ret.figures.months.find((s) => s.month === month) as MonthSheetFigures;
    accepted.push({ file: ret.file, unit: ret.figures.meta.unitFilter as string, sheet });
    for (const p of ret.figures.problems) problems.push({ file: ret.file, ...p });
  }

  const conflicts: Conflict[] = [];
  // Candidate entries by code and field, from offices the row belongs to.
  const candidates = new Map<string, Record<InputField, SourceCell[]>>();
  for (const a of accepted) {
    for (const row of a.sheet.rows) {
      const filled = FIELDS.filter((f) => !isEmpty(row[f].value));
      if (!filled.length) continue;
      const ind = byCode.get(row.code);
      if (!ind) {
        problems.push({
          file: a.file,
          sheet: a.sheet.sheet,
          cell: row[filled[0]].address,
          code: row.code,
          message: `${a.sheet.sheet}!${row[filled[0]].address}：代码“${row.code}”不在本计划中，此行未汇集`,
          messageEn: `${a.sheet.sheet}!${row[filled[0]].address}: code "${row.code}" is not in this plan; the row was not collected`,
        });
        continue;
      }
      const owners = ownersOf(ind.responsible);
      for (const f of filled) {
        const src: SourceCell = {
          file: a.file,
          unit: a.unit,
          sheet: a.sheet.sheet,
          cell: row[f].address,
          value: row[f].value,
        };
        // The template cuts a return for the row's 责任单位 as written; a row naming several offices is each one's.
        if (ind.responsible?.trim() !== a.unit && !owners.includes(a.unit)) {
          const ownerZh = owners.length ? `由${owners.join('、')}负责` : '未指定责任单位';
          const ownerEn = owners.length ? `belongs to ${owners.join(', ')}` : 'has no responsible unit';
          conflicts.push({
            kind: 'not-their-row',
            code: ind.code,
            name: ind.name,
            field: f,
            files: [a.file],
            cells: [src],
            values: [src.value],
            message: `${where(src)}：${rowName(ind)}${ownerZh}，不是${a.unit}的指标；其${FIELD_ZH[f]} ${showValue(src.value)} 未采用`,
            messageEn: `${where(src)}: ${rowNameEn(ind)} ${ownerEn}, not to ${a.unit}; its ${FIELD_EN[f]} ${showValueEn(src.value)} was not taken`,
          });
          continue;
        }
        let entry = candidates.get(ind.code);
        if (!entry) candidates.set(ind.code, (entry = { month: [], note: [] }));
        entry[f].push(src);
      }
    }
  }

  const provenance: Provenance[] = [];
  for (const ind of plan.indicators) {
    const entry = candidates.get(ind.code);
    if (!entry) continue;
    for (const f of FIELDS) {
      const list = entry[f];
      if (!list.length) continue;
      const distinct: SourceCell[] = [];
      for (const c of list) if (!distinct.some((d) => sameValue(d.value, c.value, ind, f))) distinct.push(c);
      if (distinct.length > 1) {
        const shown = list.map((c) => `${where(c)} = ${showValue(c.value)}`).join('；');
        const shownEn = list.map((c) => `${where(c)} = ${showValueEn(c.value)}`).join('; ');
        conflicts.push({
          kind: 'two-offices',
          code: ind.code,
          name: ind.name,
          field: f,
          files: [...new Set(list.map((c) => c.file))],
          cells: list,
          values: list.map((c) => c.value),
          message: `${rowName(ind)}的${FIELD_ZH[f]}有${list.length}份不同的填报：${shown}。均未采用，请核实后填入总表`,
          messageEn: `${rowNameEn(ind)} has ${list.length} different ${FIELD_EN[f]}s: ${shownEn}. None was taken; check and enter it in the master`,
        });
        continue;
      }
      const value = preferred(
        list.map((c) => c.value),
        ind,
        f,
      );
      const mrow = masterRows.get(ind.code);
      if (!mrow) {
        conflicts.push({
          kind: 'not-in-master',
          code: ind.code,
          name: ind.name,
          field: f,
          files: [...new Set(list.map((c) => c.file))],
          cells: list,
          values: list.map((c) => c.value),
          message: `总表 ${masterFile} 的${masterSheet.sheet}中找不到${rowName(ind)}这一行，${list.map(where).join('、')} 的${FIELD_ZH[f]} ${showValue(value)} 无处填入`,
          messageEn: `the master ${masterFile} has no row for ${rowNameEn(ind)} on ${masterSheet.sheet}; the ${FIELD_EN[f]} ${showValueEn(value)} from ${list.map(where).join(', ')} has nowhere to go`,
        });
        continue;
      }
      const mcell = mrow[f];
      const masterCell: SourceCell = {
        file: masterFile,
        unit: null,
        sheet: masterSheet.sheet,
        cell: mcell.address,
        value: mcell.value,
      };
      // A formula in an input cell is the master's own entry, even when it shows nothing.
      const masterHas = !isEmpty(mcell.value) || mcell.formula !== null;
      if (masterHas && !sameValue(mcell.value, value, ind, f)) {
        conflicts.push({
          kind: 'differs-from-master',
          code: ind.code,
          name: ind.name,
          field: f,
          files: [masterFile, ...new Set(list.map((c) => c.file))],
          cells: [masterCell, ...list],
          values: [mcell.value, ...list.map((c) => c.value)],
          message: `${rowName(ind)}的${FIELD_ZH[f]}：总表 ${masterSheet.sheet}!${mcell.address} 已有 ${showValue(mcell.value)}，${list.map(where).join('、')} 报来 ${showValue(value)}；保留总表的数，未覆盖`,
          messageEn: `${rowNameEn(ind)} ${FIELD_EN[f]}: the master's ${masterSheet.sheet}!${mcell.address} already has ${showValueEn(mcell.value)}, ${list.map(where).join(', ')} gives ${showValueEn(value)}; the master's figure stays`,
        });
        continue;
      }
      provenance.push({
        code: ind.code,
        name: ind.name,
        field: f,
        sheet: masterSheet.sheet,
        cell: mcell.address,
        value: masterHas ? mcell.value : value,
        from: list,
        status: masterHas ? 'same-as-master' : 'new',
      });
    }
  }

  const merged = masterEntries(master);
  for (const p of provenance) {
    if (p.status !== 'new') continue;
    const byMonth = (merged[p.code] ??= {});
    const cell = (byMonth[month] ??= { month: null, note: null });
    cell[p.field] = p.value;
  }
  const { writes } = masterWrites(master, merged, month);

  const sources: SourceSummary[] = accepted.map((a) => {
    const mine = provenance.filter((p) => p.from.some((c) => c.file === a.file));
    return {
      file: a.file,
      unit: a.unit,
      figures: mine.filter((p) => p.status === 'new' && p.field === 'month').length,
      notes: mine.filter((p) => p.status === 'new' && p.field === 'note').length,
      unchanged: mine.filter((p) => p.status === 'same-as-master').length,
      conflicts: conflicts.filter((c) => c.files.includes(a.file)).length,
    };
  });

  // The checks judge the master as it will read with the writes in.
  const checked = checkFigures(withWrites(master, writes), { month });
  if (!checked.ok) return { ok: false, message: checked.message, messageEn: checked.messageEn };

  return {
    ok: true,
    month,
    sheet: masterSheet.sheet,
    merged,
    provenance,
    conflicts,
    refused,
    sources,
    problems,
    writes,
    findings: checked.findings,
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
