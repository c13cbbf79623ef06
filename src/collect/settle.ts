// Each master input cell's offers from the accepted returns, settled: taken, the same as the master's,
// or a conflict (two offices disagree, a row not the office's, a figure the master already has
// otherwise, a row the master lacks). Nothing is overwritten.
import type { Message } from '../plan/message';
import type { CellValue } from '../workbook/spec';
import type { Indicator, Plan } from '../plan/types';
import type { MonthSheetFigures, RowFigures, TemplateFigures } from '../workbook/figures';
import {
  type Conflict,
  type ConflictKind,
  CONFLICT_KIND_EN,
  CONFLICT_KIND_ZH,
  FIELD_EN,
  FIELD_ZH,
  type InputField,
  type Provenance,
  type Settled,
  type SourceCell,
  type SourceProblem,
  type SourceSummary,
} from './types';
import { isBlank } from '../workbook/cell';
import { dateCell } from '../progress/figure';
import { preferred, readsAs, sameValue, showValue, showValueEn } from './values';
import { ownedBy, ownersOf } from '../plan/owners';
import { typedUnit } from '../plan/units';
import { Accepted, FIELDS, hasEntries, rowName, rowNameEn, where } from './returns';
import { type CollectedCell, recordOf } from './record';
import type { ConflictMark } from '../workbook/figures';

/** Conflict marks by month and code. */
export type MarkIndex = Map<string, ConflictMark>;
export const markKey = (month: number, code: string) => `${month}\u0000${code}`;
export const markIndex = (marks: ConflictMark[]): MarkIndex => new Map(marks.map((m) => [markKey(m.month, m.code), m]));

type ConflictAt = Pick<Conflict, 'month' | 'code' | 'name' | 'field'>;

/** A conflict over `cells` (the master's first where it is one): each file once, every value as it is. */
function conflict(kind: ConflictKind, at: ConflictAt, cells: SourceCell[], message: Message): Conflict {
  const files = [...new Set(cells.map((c) => c.file))];
  return { kind, ...at, files, cells, values: cells.map((c) => c.value), message };
}

/** Entries offered for each master input cell, by month and code; rows not the office's are conflicts. */
export function gather(accepted: Accepted[], byCode: Map<string, Indicator>) {
  const conflicts: Conflict[] = [];
  const problems: SourceProblem[] = [];
  const candidates = new Map<number, Map<string, Record<InputField, SourceCell[]>>>();
  for (const a of accepted) {
    for (const sheet of a.sheets) {
      for (const row of sheet.rows) {
        const filled = FIELDS.filter((f) => !isBlank(row[f].value));
        if (!filled.length) continue;
        const ind = byCode.get(row.code);
        if (!ind) {
          const at = `${sheet.sheet}!${row[filled[0]].address}`;
          problems.push({
            file: a.file,
            sheet: sheet.sheet,
            cell: row[filled[0]].address,
            code: row.code,
            message: {
              zh: `${at}：代码“${row.code}”不在本计划中，此行未汇集`,
              en: `${at}: code "${row.code}" is not in this plan; the row was not collected`,
            },
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
          const date = row[f].date;
          if (f === 'month' && date !== undefined) {
            // A typed "1-5" the sheet turned into a date: no figure to take (45296 is not one).
            const said = dateCell(date).message;
            const at = `${sheet.sheet}!${row.month.address}`;
            problems.push({
              file: a.file,
              sheet: sheet.sheet,
              cell: row.month.address,
              code: ind.code,
              message: {
                zh: `${at}：${rowName(ind)}的本月数未汇集——${said.zh}；请${a.unit}把该单元格设为“常规”格式后重新填写本月数`,
                en: `${at}: the figure of ${rowNameEn(ind)} was not collected: ${said.en}; ask ${a.unit} to set the cell's format to General and enter the figure again`,
              },
            });
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

function notTheirRow(ind: Indicator, f: InputField, src: SourceCell, month: number, unit: string): Conflict {
  const owners = ownersOf(ind.responsible);
  const ownerZh = owners.length ? `由${owners.join('、')}负责` : '未指定责任单位';
  const ownerEn = owners.length ? `belongs to ${owners.join(', ')}` : 'has no responsible unit';
  return conflict('not-their-row', { month, code: ind.code, name: ind.name, field: f }, [src], {
    zh: `${where(src)}：${rowName(ind)}${ownerZh}，不是${unit}的指标；其${FIELD_ZH[f]} ${showValue(src.value)} 未采用`,
    en: `${where(src)}: ${rowNameEn(ind)} ${ownerEn}, not to ${unit}; its ${FIELD_EN[f]} ${showValueEn(src.value)} was not taken`,
  });
}

/** One master input cell's offers: taken, the same as the master's, or a conflict. */
function settle(
  ind: Indicator,
  f: InputField,
  list: SourceCell[],
  sheet: MonthSheetFigures,
  mrow: RowFigures | undefined,
  masterFile: string,
  record: Map<string, CollectedCell>,
  marks: MarkIndex,
): Conflict | Provenance | Settled {
  const base = { month: sheet.month, code: ind.code, name: ind.name, field: f };
  const mark = marks.get(markKey(sheet.month, ind.code));
  if (mark && mrow) {
    const s = settledOffers(ind, f, list, sheet, mrow, mark);
    if (s) return s;
  }
  const distinct: SourceCell[] = [];
  for (const c of list) if (!distinct.some((d) => sameValue(d.value, c.value, ind, f))) distinct.push(c);
  if (distinct.length > 1) {
    const shown = list.map((c) => `${where(c)} = ${showValue(c.value)}`).join('；');
    const shownEn = list.map((c) => `${where(c)} = ${showValueEn(c.value)}`).join('; ');
    const held = mrow && !isBlank(mrow[f].value) ? mrow[f] : null;
    const keep = held
      ? {
          zh: `均未采用，总表 ${sheet.sheet}!${held.address} 保留 ${showValue(held.value)}；请核实`,
          en: `None was taken; the master's ${sheet.sheet}!${held.address} keeps ${showValueEn(held.value)}; please verify`,
        }
      : { zh: '均未采用，请核实后填入总表', en: 'None was taken; check and enter it in the master' };
    return conflict('two-offices', base, list, {
      zh: `${rowName(ind)}的${FIELD_ZH[f]}${list.length}份填报不一致：${shown}。${keep.zh}`,
      en: `${rowNameEn(ind)}: ${list.length} returns disagree on the ${FIELD_EN[f]}: ${shownEn}. ${keep.en}`,
    });
  }
  const value = preferred(
    list.map((c) => c.value),
    ind,
    f,
  );
  if (!mrow) {
    return conflict('not-in-master', base, list, {
      zh: `总表 ${masterFile} 的${sheet.sheet}中找不到${rowName(ind)}这一行，${list.map(where).join('、')} 的${FIELD_ZH[f]} ${showValue(value)} 无处填入`,
      en: `the master ${masterFile} has no row for ${rowNameEn(ind)} on ${sheet.sheet}; the ${FIELD_EN[f]} ${showValueEn(value)} from ${list.map(where).join(', ')} has nowhere to go`,
    });
  }
  const mcell = mrow[f];
  // A formula in an input cell is the master's own entry, even when it shows nothing.
  const masterHas = !isBlank(mcell.value) || mcell.formula !== null;
  const at = { ...base, sheet: sheet.sheet, cell: mcell.address, from: list };
  if (!masterHas) return { ...at, value, status: 'new' };
  // The master's text ("０．４５") that reads as the office's number: the number replaces it.
  if (mcell.formula === null && readsAs(mcell.value, value, ind, f)) {
    return { ...at, value, status: 'corrected', previous: mcell.value, because: 'number-for-text' };
  }
  // The office's text ("约300") that reads as the master's number: the same figure, the number stays.
  if (readsAs(value, mcell.value, ind, f)) {
    return { ...at, value: mcell.value, status: 'same-as-master', sentAs: value };
  }
  if (sameValue(mcell.value, value, ind, f)) return { ...at, value: mcell.value, status: 'same-as-master' };
  // The office's number in another unit (4200 平方米 for the master's 0.42 万平方米): the same figure,
  // corrected in the master; told with the unit so the office can be asked to use the row's.
  const sentIn = f === 'month' ? unitSlip(value, mcell.value, ind.unit) : null;
  if (sentIn !== null) {
    return {
      ...at,
      value: mcell.value,
      status: 'same-as-master',
      sentAs: value,
      sentIn: { unit: sentIn, rowUnit: ind.unit },
    };
  }
  if (ownCorrection(record, base, mcell, list, ind)) {
    return { ...at, value, status: 'corrected', previous: mcell.value, because: 'own-figure' };
  }
  if (overruledBefore(record, base, mcell, list, ind, value)) {
    return { ...at, value: mcell.value, status: 'same-as-master', sentAs: value, overruled: true };
  }
  const masterCell: SourceCell = {
    file: masterFile,
    unit: null,
    sheet: sheet.sheet,
    cell: mcell.address,
    value: mcell.value,
  };
  return conflict('differs-from-master', base, [masterCell, ...list], {
    zh: `${rowName(ind)}的${FIELD_ZH[f]}：总表 ${sheet.sheet}!${mcell.address} 已有 ${showValue(mcell.value)}，${list.map(where).join('、')} 报来 ${showValue(value)}；保留总表的数，未覆盖（总表的数不是此前从该单位汇集来的原数，是在总表中填写或改过的；如确应采用报来的数，清空总表 ${sheet.sheet}!${mcell.address} 后再汇集）`,
    en: `${rowNameEn(ind)} ${FIELD_EN[f]}: the master's ${sheet.sheet}!${mcell.address} already has ${showValueEn(mcell.value)}, ${list.map(where).join(', ')} gives ${showValueEn(value)}; the master's figure stays (it is not what an earlier collect took from this office: it was typed or changed in the master; to take the office's figure, clear ${sheet.sheet}!${mcell.address} in the master and collect again)`,
  });
}

/** The unit `sent` is in when it is exactly `held` (in `unit`) times a power of ten such as 10^4; else null. */
function unitSlip(sent: CellValue, held: CellValue, unit: string): string | null {
  if (typeof sent !== 'number' || typeof held !== 'number' || sent === 0 || held === 0) return null;
  const power = Math.log10(held / sent);
  const whole = Math.round(power);
  if (whole === 0 || Math.abs(power - whole) > 1e-9) return null;
  const typed = typedUnit(unit, 10 ** whole);
  return typed !== null && typed !== unit.trim() ? typed : null;
}

/**
 * Offers for a row-month an earlier collect marked as disagreeing, once the master holds a figure
 * there (the statistician settled it): offers the mark already weighed, or the master's own figure,
 * are told as settled; a figure not weighed before is a conflict as usual (null). Notes of a settled
 * row-month follow the master's figure: one the master does not hold is told, not taken.
 */
function settledOffers(
  ind: Indicator,
  f: InputField,
  list: SourceCell[],
  sheet: MonthSheetFigures,
  mrow: RowFigures,
  mark: ConflictMark,
): Settled | null {
  const figure = mrow.month;
  if (isBlank(figure.value) && figure.formula === null) return null;
  const mcell = mrow[f];
  const asMaster = (c: SourceCell) => sameValue(c.value, mcell.value, ind, f);
  if (list.every(asMaster)) return null;
  const at = `${sheet.sheet}!${mcell.address}`;
  const base = {
    month: sheet.month,
    code: ind.code,
    name: ind.name,
    field: f,
    sheet: sheet.sheet,
    cell: mcell.address,
  };
  const files = [...new Set(list.map((c) => c.file))];
  const others = list.filter((c) => !asMaster(c));
  if (f === 'note') {
    return {
      ...base,
      files,
      message: {
        zh: `${rowName(ind)}${sheet.month}月：此前各单位填报不一致，本月数已在总表核定（${sheet.sheet}!${figure.address} = ${showValue(figure.value)}）；${others.map((c) => `${where(c)} 的备注 ${showValue(c.value)}`).join('；')} 未采用，以总表为准`,
        en: `${rowNameEn(ind)} month ${sheet.month}: the returns disagreed before and the figure was settled in the master (${sheet.sheet}!${figure.address} = ${showValueEn(figure.value)}); the note${others.length > 1 ? 's' : ''} ${others.map((c) => `${showValueEn(c.value)} (${where(c)})`).join(', ')} not taken; the master's stands`,
      },
    };
  }
  const weighed = (c: SourceCell) => mark.offers.some((o) => o.unit === c.unit && sameValue(o.value, c.value, ind, f));
  if (!others.every(weighed)) return null;
  const agreeing = [...new Set(list.filter(asMaster).map((c) => c.unit ?? c.file))];
  const same = agreeing.length ? `（与${agreeing.join('、')}报的相同）` : '';
  const sameEn = agreeing.length ? ` (as ${agreeing.join(', ')} sent)` : '';
  return {
    ...base,
    files,
    message: {
      zh: `${rowName(ind)}${sheet.month}月的本月数已在总表核定：总表 ${at} 为 ${showValue(mcell.value)}${same}；${others.map((c) => `${c.unit ?? c.file}报 ${showValue(c.value)}（${where(c)}）`).join('；')}，此前汇集时已列为不一致，未采用`,
      en: `${rowNameEn(ind)} month ${sheet.month} was settled in the master: ${at} holds ${showValueEn(mcell.value)}${sameEn}; ${others.map((c) => `${c.unit ?? c.file} sent ${showValueEn(c.value)} (${where(c)})`).join('; ')}, listed as disagreeing in an earlier collect, not taken`,
    },
  };
}

/**
 * Whether a return's differing value is the office correcting its own figure: the record says the
 * master's value came from this one office and the master still holds exactly that (nobody changed it
 * since), and every offer comes from that office.
 */
function ownCorrection(
  record: Map<string, CollectedCell>,
  at: ConflictAt,
  mcell: RowFigures['month'],
  list: SourceCell[],
  ind: Indicator,
): boolean {
  if (mcell.formula !== null) return false;
  const rec = recordOf(record, at.month, at.code, at.field);
  if (!rec || !rec.unit || !sameValue(rec.value, mcell.value, ind, at.field)) return false;
  return list.every((c) => c.unit === rec.unit);
}

/**
 * The office sends again what an earlier collect took from it, and the master now holds another
 * figure there (the statistician changed it after the check): that figure of the office was weighed
 * already, so it is no new disagreement. A figure the office has not sent before still is one.
 */
function overruledBefore(
  record: Map<string, CollectedCell>,
  at: ConflictAt,
  mcell: RowFigures['month'],
  list: SourceCell[],
  ind: Indicator,
  value: CellValue,
): boolean {
  if (mcell.formula !== null) return false;
  const rec = recordOf(record, at.month, at.code, at.field);
  if (!rec || !rec.unit || sameValue(rec.value, mcell.value, ind, at.field)) return false;
  const again = sameValue(rec.value, value, ind, at.field) || readsAs(value, rec.value, ind, at.field);
  return again && list.every((c) => c.unit === rec.unit);
}

/**
 * A note belongs with its figure: where a row-month's figure was refused (a conflict with the master
 * or between returns), a note the same returns offer for that row-month is not taken either, and is
 * listed. Otherwise the note would sit beside a figure it was not written for and read as explaining it.
 */
export function withheldNotes(provenance: Provenance[], conflicts: Conflict[]) {
  const refused = conflicts.filter((c) => c.field === 'month' && c.kind !== 'note-not-taken');
  const keep: Provenance[] = [];
  const notes: Conflict[] = [];
  for (const p of provenance) {
    const hit =
      p.field === 'note' && p.status !== 'same-as-master'
        ? refused.find((c) => c.month === p.month && c.code === p.code && p.from.some((s) => c.files.includes(s.file)))
        : undefined;
    if (!hit) {
      keep.push(p);
      continue;
    }
    const figures = hit.cells.filter((c) => c.unit !== null).map((c) => `${where(c)} = ${showValue(c.value)}`);
    const figuresEn = hit.cells.filter((c) => c.unit !== null).map((c) => `${where(c)} = ${showValueEn(c.value)}`);
    notes.push(
      conflict('note-not-taken', { month: p.month, code: p.code, name: p.name, field: 'note' }, p.from, {
        zh: `${p.from.map(where).join('、')}：“${p.name}”（${p.code}）${p.month}月的备注 ${showValue(p.value)} 未采用——此行本月数（${figures.join('；')}）未采用（${CONFLICT_KIND_ZH[hit.kind]}，见上），备注随本月数一起处理`,
        en: `${p.from.map(where).join(', ')}: the note ${showValueEn(p.value)} of "${p.name}" (${p.code}) for month ${p.month} was not taken: the row's figure (${figuresEn.join('; ')}) was not taken (${CONFLICT_KIND_EN[hit.kind]}, see above); a note goes with its figure`,
      }),
    );
  }
  return { provenance: keep, notes };
}

/**
 * An office's return blank where the master holds exactly what that office sent before (the record
 * says so): the office cleared its own figure or note. Never silent, and nothing is deleted: the
 * master keeps its figure and the blank is listed like a conflict, saying how to clear the master
 * if the office meant it. A month sheet with nothing typed at all is a fresh copy, not a clearing;
 * a cell another return of a shared row fills this time is settled there.
 */
export function clearedByOffice(
  accepted: Accepted[],
  sheets: MonthSheetFigures[],
  byCode: Map<string, Indicator>,
  candidates: ReturnType<typeof gather>['candidates'],
  record: Map<string, CollectedCell>,
  masterFile: string,
): Conflict[] {
  const out: Conflict[] = [];
  const masterSheets = new Map(sheets.map((s) => [s.month, s]));
  for (const a of accepted) {
    for (const s of a.sheets) {
      const msheet = masterSheets.get(s.month);
      if (!msheet || !hasEntries(s)) continue;
      for (const r of s.rows) {
        const ind = byCode.get(r.code);
        if (!ind || !ownedBy(ind, a.unit)) continue;
        const mrow = msheet.rows.find((x) => x.code === r.code);
        for (const f of FIELDS) {
          const mine = r[f];
          if (!isBlank(mine.value) || mine.formula !== null || !mrow) continue;
          if (candidates.get(s.month)?.get(r.code)?.[f].length) continue;
          const mcell = mrow[f];
          const rec = recordOf(record, s.month, r.code, f);
          if (mcell.formula !== null || isBlank(mcell.value) || !rec) continue;
          if (!rec.unit.split('、').includes(a.unit) || !sameValue(rec.value, mcell.value, ind, f)) continue;
          const m = `${msheet.sheet}!${mcell.address}`;
          const src: SourceCell = { file: a.file, unit: a.unit, sheet: s.sheet, cell: mine.address, value: null };
          const masterCell: SourceCell = {
            file: masterFile,
            unit: null,
            sheet: msheet.sheet,
            cell: mcell.address,
            value: mcell.value,
          };
          out.push(
            conflict('cleared', { month: s.month, code: ind.code, name: ind.name, field: f }, [masterCell, src], {
              zh: `${a.unit}在 ${a.file} 中清空了${s.sheet}!${mine.address}（${rowName(ind)}的${FIELD_ZH[f]}，此前报来 ${showValue(rec.value)}）；总表 ${m} 保留 ${showValue(mcell.value)}。如确需清空，请在总表中删除 ${m} 的${FIELD_ZH[f]}；如是误删，请${a.unit}补回后再报`,
              en: `${a.unit} cleared ${s.sheet}!${mine.address} in ${a.file} (${rowNameEn(ind)} ${FIELD_EN[f]}, sent as ${showValueEn(rec.value)} before); the master's ${m} keeps ${showValueEn(mcell.value)}. If it is to go, delete it at ${m} in the master; if it was cleared by mistake, ask ${a.unit} to put it back`,
            }),
          );
        }
      }
    }
  }
  return out;
}

/** Every offer settled against the master, month by month in the plan's order. */
export function settleAll(
  candidates: ReturnType<typeof gather>['candidates'],
  sheets: MonthSheetFigures[],
  plan: TemplateFigures['plan'],
  masterFile: string,
  record: Map<string, CollectedCell>,
  marks: MarkIndex = new Map(),
) {
  const provenance: Provenance[] = [];
  const conflicts: Conflict[] = [];
  const settled: Settled[] = [];
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
        const r = settle(ind, f, entry[f], sheet, rows.get(ind.code), masterFile, record, marks);
        if ('kind' in r) conflicts.push(r);
        else if ('status' in r) provenance.push(r);
        else settled.push(r);
      }
    }
  }
  return { provenance, conflicts, settled };
}

export function summaries(
  plan: Plan,
  accepted: Accepted[],
  provenance: Provenance[],
  conflicts: Conflict[],
): SourceSummary[] {
  const milestones = new Set(plan.indicators.filter((i) => i.kind === 'milestone').map((i) => i.code));
  return accepted.map((a) => {
    const mine = provenance.filter((p) => p.from.some((c) => c.file === a.file));
    // An entry several returns gave is counted under the first of them: a return mailed twice is not
    // two returns' worth of figures.
    const firsts = new Set(mine.map((p) => p.from[0].file));
    const first = firsts.size === 1 && !firsts.has(a.file) ? [...firsts][0] : null;
    // The same office's earlier file: two offices agreeing on a shared row sent two returns, not one twice.
    const sameAs = mine.length && first && accepted.find((x) => x.file === first)?.unit === a.unit ? first : null;
    const newOf = (field: InputField) =>
      mine.filter((p) => p.status === 'new' && p.field === field && p.from[0].file === a.file);
    const entries = newOf('month');
    return {
      file: a.file,
      unit: a.unit,
      months: a.sheets.filter(hasEntries).map((s) => s.month),
      figures: entries.filter((p) => !milestones.has(p.code)).length,
      states: entries.filter((p) => milestones.has(p.code)).length,
      notes: newOf('note').length,
      unchanged: mine.filter((p) => p.status === 'same-as-master').length,
      corrections: mine.filter((p) => p.status === 'corrected').length,
      planChange: a.planChange,
      ledgerEdits: a.ledgerEdits,
      conflicts: conflicts.filter((c) => c.files.includes(a.file)).length,
      sameAs,
    };
  });
}
