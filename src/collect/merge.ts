// Merge the offices' returned month sheets into the master (汇集), by code and month: every month
// the returns hold up to the month collected, so the merged 累计 is whole.
// Nothing the statistician typed is overwritten and nothing is left out silently: a row that is not
// the office's, two offices disagreeing, a figure that differs from the master's (and the 备注 of a
// refused figure), a row an office deleted, a figure typed over a formula or an empty return is
// reported, and `complete` is false. The one overwrite: an office correcting a figure the master
// holds exactly as that office sent it (the record says so), reported as a correction.
import { checkFigures } from '../check';
import { isMonth, notAMonth, type Message } from '../plan/message';
import type { MonthSheetFigures, TemplateFigures } from '../workbook/figures';
import type { CollectOk, CollectResult, MergedFigures, Provenance, ReturnInput } from './types';
import { masterWrites, withWrites } from './writes';
import { type Accepted, acceptReturns, hasEntries, latestEntered, monthList, screen } from './returns';
import { silentOffices, silentRowNames } from '../check/silentOffices';
import { clearedByOffice, gather, markIndex, markKey, settleAll, summaries, withheldNotes } from './settle';
import { type CollectedCell, type MarkChanges, recordIndex, recordWrites } from './record';
import type { ConflictMark } from '../workbook/figures';
import { isBlank } from '../workbook/cell';
import type { Conflict } from './types';

export interface CollectOptions {
  /** How messages name the master: its file name. Default 总表. */
  masterFile?: string;
  /** Where the master's inputs came from (its record sheet): an office may correct its own figures. */
  record?: CollectedCell[];
}

type Failed = { ok: false; message: Message };

const fail = (message: Message): Failed => ({ ok: false, message });

/** The master's month sheets, or why the master cannot take a collect up to `month`. */
function masterSheets(master: TemplateFigures, month: number, masterFile: string): MonthSheetFigures[] | Failed {
  if (master.meta.unitFilter !== null) {
    return fail({
      zh: `${masterFile} 是${master.meta.unitFilter}的分发表，不是总表；请用总表汇集`,
      en: `${masterFile} is the return cut for ${master.meta.unitFilter}, not the master; collect into the master`,
    });
  }
  if (!master.months.some((s) => s.month === month)) {
    const held = master.months.map((s) => s.month);
    return fail({
      zh: `总表 ${masterFile} 中没有${month}月报表（只有${monthList(held)}），无法汇集`,
      en: `the master ${masterFile} has no sheet for month ${month} (it holds ${held.length ? held.join(', ') : 'none'}); nothing can be collected`,
    });
  }
  return master.months.filter((s) => s.month <= month);
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
    return fail(notAMonth(month));
  }
  const { refused, fit } = screen(master, returns);
  const upTo = month ?? latestEntered(fit, master);
  if (upTo === null) {
    return fail({
      zh: `交回的报表中没有可汇集的月份，请用 --month 指定`,
      en: `the returns hold no month to collect; give the month (--month)`,
    });
  }
  const sheets = masterSheets(master, upTo, masterFile);
  if (!Array.isArray(sheets)) return sheets;
  const masterMonths = new Set(sheets.map((s) => s.month));

  const { accepted, problems } = acceptReturns(fit, upTo, master, masterMonths, refused);

  const plan = master.plan;
  const byCode = new Map(plan.indicators.map((i) => [i.code, i]));
  const gathered = gather(accepted, byCode);
  problems.push(...gathered.problems);
  const record = options.record ?? [];
  const index = recordIndex(record);
  const marks = master.conflictMarks ?? [];
  const settled = settleAll(gathered.candidates, sheets, plan, masterFile, index, markIndex(marks));
  const cleared = clearedByOffice(accepted, sheets, byCode, gathered.candidates, index, masterFile);
  const refusedFigures = [...gathered.conflicts, ...settled.conflicts, ...cleared];
  const { provenance, notes } = withheldNotes(settled.provenance, refusedFigures);
  const conflicts = [...refusedFigures, ...notes];

  const merged = withNew(masterEntries(master), provenance);
  const writes = [
    ...sheets.flatMap((s) => masterWrites(master, merged, s.month).writes),
    // An office's correction of its own earlier figure: the one write over a value the master holds.
    ...provenance
      .filter((p) => p.status === 'corrected')
      .map((p) => ({ sheet: p.sheet, cell: p.cell, value: p.value, code: p.code, field: p.field })),
  ];

  const changes = markChanges(marks, settled.conflicts, provenance, sheets);
  // The checks judge the master as it will read with the writes (and the marks) in.
  const after = withWrites(master, writes);
  const kept = marks.filter(
    (m) => !changes.clear.includes(m) && !changes.set.some((x) => x.code === m.code && x.month === m.month),
  );
  const unheard = unheardOffices(after, upTo, accepted);
  const checked = checkFigures(
    { ...after, conflictMarks: [...kept, ...changes.set.map((m) => ({ ...m, row: 0 }))] },
    { month: upTo },
  );
  if (!checked.ok) return fail(checked.message);

  return {
    ok: true,
    month: upTo,
    months: sheets.map((s) => s.month),
    sheet: sheets[sheets.length - 1].sheet,
    merged,
    provenance,
    conflicts,
    settled: settled.settled,
    unheard,
    refused,
    sources: summaries(master.plan, accepted, provenance, conflicts),
    problems,
    writes,
    recordWrites: recordWrites(record, provenance, marks, changes),
    findings: checked.findings,
    complete: !conflicts.length && !refused.length && !problems.length,
  };
}

const sameCell = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The marks of open conflicts after this collect: a figure the returns disagree on while the master's
 * cell is empty is marked with every offer; a marked cell this collect fills loses its mark. A mark
 * whose cell the statistician filled stays: it tells the next collect which offers were weighed.
 */
function markChanges(
  marks: ConflictMark[],
  conflicts: Conflict[],
  provenance: Provenance[],
  sheets: MonthSheetFigures[],
): MarkChanges {
  const blank = (month: number, code: string) => {
    const cell = sheets.find((s) => s.month === month)?.rows.find((r) => r.code === code)?.month;
    return cell !== undefined && isBlank(cell.value) && cell.formula === null;
  };
  const set = conflicts
    .filter((c) => c.kind === 'two-offices' && c.field === 'month' && blank(c.month, c.code))
    .map((c) => ({
      month: c.month,
      code: c.code,
      // One offer per office and value: a return mailed again, or a second return agreeing, adds nothing.
      offers: c.cells
        .filter((x, i) => c.cells.findIndex((y) => y.unit === x.unit && sameCell(y.value, x.value)) === i)
        .map((x) => ({ unit: x.unit ?? '', value: x.value, file: x.file })),
    }));
  const filled = new Set(
    provenance.filter((p) => p.field === 'month' && p.status !== 'same-as-master').map((p) => markKey(p.month, p.code)),
  );
  return { set, clear: marks.filter((m) => filled.has(markKey(m.month, m.code))) };
}

const rowsEn = (n: number) => (n === 1 ? '1 row is' : `${n} rows are`);

/** Offices with every row still empty in the month collected: not heard from, or sent an old file. */
function unheardOffices(after: TemplateFigures, month: number, accepted: Accepted[]): CollectOk['unheard'] {
  const sheet = after.months.find((s) => s.month === month);
  if (!sheet) return [];
  // An office whose return holds the month was heard from: its rows are empty only because its
  // figures disagree with another return, which the conflicts report.
  const heard = (office: string) =>
    accepted.some((a) => a.unit === office && a.sheets.some((x) => x.month === month && hasEntries(x)));
  const silent = silentOffices(after.plan, sheet, 1).filter((s) => !heard(s.office));
  return silent.map((s) => {
    const rows = silentRowNames(s);
    const sent = accepted.filter((a) => a.unit === s.office);
    if (!sent.length)
      return {
        office: s.office,
        file: null,
        message: {
          zh: `尚未收到${s.office}的${month}月报表：${rows}在总表中仍为空`,
          en: `nothing from ${s.office} for month ${month} yet: its ${rowsEn(s.rows.length)} still empty in the master`,
        },
      };
    const a = sent[0];
    const held = a.sheets.filter(hasEntries).map((x) => x.month);
    const last = held.length ? Math.max(...held) : null;
    const latest = last === null ? '没有任何填报' : `最近为${last}月`;
    return {
      office: s.office,
      file: a.file,
      message: {
        zh: `${a.file}（${s.office}）没有${month}月的数据（${latest}，可能发来的是上月的表）：${rows}在总表中仍为空`,
        en: `${a.file} (${s.office}) holds nothing for month ${month} (${last === null ? 'nothing at all' : `its latest is month ${last}`}; last month's file sent again?): its ${rowsEn(s.rows.length)} still empty in the master`,
      },
    };
  });
}

/** The master's entries with the returns' new figures, notes and corrections put in. */
function withNew(merged: MergedFigures, provenance: Provenance[]): MergedFigures {
  for (const p of provenance) {
    if (p.status === 'same-as-master') continue;
    const cell = ((merged[p.code] ??= {})[p.month] ??= { month: null, note: null });
    cell[p.field] = p.value;
  }
  return merged;
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
