// Read a filled template back into plain data: the plan from 指标库 (+ _meta), and every month
// sheet's entered figures with their real cell addresses. Month sheets are found by name, or by the
// month in their title row when renamed; columns by header text; rows by code. Nothing a user can do
// to a sheet (sorting, inserting or deleting rows, moving columns, typing over formulas, merging
// cells) makes this throw or point at the wrong cell.
import type { CellValue } from '../workbook/spec';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/host';
import type { MonthColumn } from '../workbook/layout';
import type { FigureCell, MonthSheetFigures, ReadProblem, RowFigures, TemplateFigures } from '../workbook/figures';
import {
  locateMonthHeader,
  MONTH_COLUMNS,
  MONTH_HEADERS,
  monthSheetName,
  periodText,
  titleMonth,
} from '../workbook/layout';
import { addr } from '../workbook/a1';
import { planHash } from '../plan/hash';
import { joinMessages, type Message } from '../plan/message';
import { planDiff } from './planDiff';
import { ownedBy } from '../plan/owners';
import type { Plan } from '../plan/types';
import { readConflictMarks } from './conflictMarks';
import { FOOTER_TEXT, LEDGER_SHEET, META_SHEET, OTHER_UNIT_STATUS, REMOVED_STATUS } from './layout';
import { ledgerToPlan } from './ledgerRead';
import { NOT_OURS, NOT_YET, readMetaSheet, type MetaContent } from './meta';

export type ReadResult = { ok: true; figures: TemplateFigures } | { ok: false; message: Message };

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function cellOf(sheet: SheetSnapshot, r: number, c: number): FigureCell {
  const value = sheet.values[r]?.[c];
  const formula = sheet.formulas[r]?.[c];
  const address = addr(r + 1, c + 1);
  const date = typeof value === 'number' ? sheet.dates?.[address] : undefined;
  return { address, value: value === undefined ? null : value, formula: formula ?? null, ...(date ? { date } : {}) };
}

const SET_ASIDE = new Set([REMOVED_STATUS, OTHER_UNIT_STATUS]);
const FOOTER_LINE = FOOTER_TEXT.trim();

const REQUIRED: MonthColumn[] = ['code', 'month', 'cumulative', 'note'];

function readMonthSheet(
  sheet: SheetSnapshot,
  month: number,
  plan: Plan,
  expected: string[],
  problems: ReadProblem[],
): MonthSheetFigures | null {
  const header = locateMonthHeader(sheet.values);
  const missing = REQUIRED.filter((k) => header?.cols[k] === undefined);
  if (!header || missing.length) {
    const words = (header ? missing : REQUIRED).map((k) => MONTH_HEADERS[k]);
    problems.push({
      sheet: sheet.name,
      cell: null,
      code: null,
      month,
      message: {
        zh: `“${sheet.name}”表找不到列：${words.join('、')}（按标题行文字查找）`,
        en: `sheet "${sheet.name}" has no column headed ${words.join(', ')}`,
      },
    });
    return null;
  }
  const cols = header.cols;
  const known = new Set(plan.indicators.map((i) => i.code));
  const seen = new Map<string, string>();
  const rows: RowFigures[] = [];
  for (let r = header.row + 1; r < sheet.values.length; r++) {
    const codeCell = cellOf(sheet, r, cols.code as number);
    const code = text(codeCell.value);
    if (!code) continue;
    // A row a regenerate set aside (left the plan, or another unit's) keeps its figures for the
    // record; it is not the plan's row and not a structure problem.
    if (cols.status !== undefined && SET_ASIDE.has(text(sheet.values[r]?.[cols.status]))) continue;
    // The sheet's own signature line, moved into the 代码 column when a row above was deleted.
    if (code === FOOTER_LINE) continue;
    if (!known.has(code)) {
      problems.push({
        sheet: sheet.name,
        cell: codeCell.address,
        code,
        month,
        message: {
          zh: `${sheet.name}!${codeCell.address}：代码“${code}”不在指标库中`,
          en: `${sheet.name}!${codeCell.address}: code "${code}" is not in the plan (指标库)`,
        },
      });
      continue;
    }
    const first = seen.get(code);
    if (first) {
      problems.push({
        sheet: sheet.name,
        cell: codeCell.address,
        code,
        month,
        message: {
          zh: `${sheet.name}!${codeCell.address}：代码“${code}”重复（${first}已有），此行未读取`,
          en: `${sheet.name}!${codeCell.address}: code "${code}" repeats ${first}; this row is not read`,
        },
      });
      continue;
    }
    seen.set(code, codeCell.address);
    rows.push({
      code,
      row: r + 1,
      month: cellOf(sheet, r, cols.month as number),
      cumulative: cellOf(sheet, r, cols.cumulative as number),
      note: cellOf(sheet, r, cols.note as number),
      status: cols.status === undefined ? null : cellOf(sheet, r, cols.status),
    });
  }
  for (const code of expected) {
    if (seen.has(code) || !known.has(code)) continue;
    problems.push({
      sheet: sheet.name,
      cell: null,
      code,
      month,
      message: {
        zh: `“${sheet.name}”表中找不到代码“${code}”的行（可能被删除）`,
        en: `sheet "${sheet.name}" has no row for code "${code}" (deleted?)`,
      },
    });
  }
  const columns: Partial<Record<MonthColumn, number>> = {};
  for (const k of MONTH_COLUMNS) if (cols[k] !== undefined) columns[k] = cols[k] + 1;
  return { sheet: sheet.name, month, columns, rows };
}

function findMeta(snapshot: WorkbookSnapshot): MetaContent | { message: Message } {
  const named = snapshot.sheets.find((s) => s.name === META_SHEET);
  const candidates = named ? [named] : snapshot.sheets.filter((s) => s.visibility !== 'visible');
  const templateLike = snapshot.sheets.some((s) => s.name === LEDGER_SHEET || /^\d{1,2}月$/.test(s.name));
  let failure: { message: Message } = named || templateLike ? NOT_OURS : NOT_YET;
  for (const s of candidates) {
    const r = readMetaSheet(s.values);
    if (r.ok) return r.content;
    failure = r;
  }
  return failure;
}

/**
 * The plan the month sheets were generated from: the indicators _meta keeps (complete), or for a
 * workbook made before they were kept, 指标库 as it reads now (not complete: edits to 指标库 since
 * cannot be told apart). null when the workbook is not a template.
 */
export function generatedPlan(snapshot: WorkbookSnapshot): { plan: Plan; complete: boolean } | null {
  const content = findMeta(snapshot);
  if (!('meta' in content)) return null;
  const { meta } = content;
  const base = {
    year: meta.year,
    unitName: meta.unitName,
    title: content.title,
    sections: content.sections,
    settings: content.settings,
  };
  if (content.indicators) return { plan: { ...base, indicators: content.indicators }, complete: true };
  const ledger = snapshot.sheets.find((s) => s.name === LEDGER_SHEET);
  const lp = ledger ? ledgerToPlan(ledger.values, base).plan : null;
  return { plan: lp ?? { ...base, indicators: [] }, complete: false };
}

export interface ReadOptions {
  /**
   * The last month whose sheet was read: later month sheets were not asked for, so their absence
   * says nothing (an action reading up to the checked month). Default: every month of the template.
   */
  upTo?: number;
}

export function readTemplate(snapshot: WorkbookSnapshot, options: ReadOptions = {}): ReadResult {
  const content = findMeta(snapshot);
  if (!('meta' in content)) return { ok: false, ...content };
  const { meta } = content;

  const ledger = snapshot.sheets.find((s) => s.name === LEDGER_SHEET);
  if (!ledger) {
    return {
      ok: false,
      message: {
        zh: `模板缺少“${LEDGER_SHEET}”工作表，无法读取计划：请从原来的文件找回该工作表，或用计划文件重新生成模板`,
        en: `the template has no "${LEDGER_SHEET}" sheet, so the plan cannot be read: bring the sheet back from the original file, or generate the templates again from the plan file`,
      },
    };
  }
  const lp = ledgerToPlan(ledger.values, {
    year: meta.year,
    unitName: meta.unitName,
    title: content.title,
    sections: content.sections,
    settings: content.settings,
  });
  const problems: ReadProblem[] = lp.findings.map((f) => ({
    sheet: LEDGER_SHEET,
    cell: f.cell,
    code: f.code,
    message: f.message,
  }));
  if (!lp.plan) {
    const first = lp.findings[0];
    return {
      ok: false,
      message: {
        zh: `无法读取“${LEDGER_SHEET}”：${first?.message.zh ?? ''}`,
        en: `cannot read "${LEDGER_SHEET}": ${first?.message.en ?? ''}`,
      },
    };
  }
  const plan = lp.plan;
  const held = meta.ledgerHash || meta.planHash;
  // What the formulas were built from, where the workbook keeps it: each edit that re-judges a month.
  const edits = content.indicators
    ? planDiff({ ...plan, indicators: content.indicators }, plan).filter((f) => f.judges && f.code)
    : [];
  if (edits.length) {
    const shown = joinMessages(edits.slice(0, 3).map((f) => f.message));
    const more =
      edits.length > 3 ? { zh: `等${edits.length}处`, en: ` and ${edits.length - 3} more` } : { zh: '', en: '' };
    problems.push({
      sheet: LEDGER_SHEET,
      cell: null,
      code: null,
      message: {
        zh: `“${LEDGER_SHEET}”已与生成模板时不同（${shown.zh}${more.zh}）；月报表的公式仍按生成时的计划计算，请重新生成模板`,
        en: `"${LEDGER_SHEET}" changed since the template was generated (${shown.en}${more.en}); the month sheets' formulas still follow the plan they were generated from: regenerate the template`,
      },
    });
  } else if (held && planHash(plan) !== held) {
    problems.push({
      sheet: LEDGER_SHEET,
      cell: null,
      code: null,
      message: {
        zh: `“${LEDGER_SHEET}”的代码、类型或目标已与生成模板时不同；月报表的公式仍按原目标计算，请重新生成模板`,
        en: `codes, kinds or targets on "${LEDGER_SHEET}" changed since the template was generated; the month sheets' formulas still use the old targets: regenerate the template`,
      },
    });
  }

  // Month sheets: by name (when the title agrees), else by the month in the title row.
  const others = snapshot.sheets.filter((s) => s.name !== LEDGER_SHEET && s.name !== META_SHEET);
  const titled = new Map(others.map((s) => [s, titleMonth(s)]));
  const used = new Set<SheetSnapshot>();
  const months: MonthSheetFigures[] = [];
  const upTo = options.upTo ?? 12;
  for (const m of meta.months) {
    if (m > upTo) continue;
    const name = monthSheetName(m);
    let sheet = others.find((s) => s.name === name && !used.has(s) && (titled.get(s) ?? m) === m);
    if (!sheet) sheet = others.find((s) => !used.has(s) && titled.get(s) === m);
    if (!sheet) {
      problems.push({
        sheet: name,
        cell: null,
        code: null,
        month: m,
        message: {
          zh: `找不到${m}月的月报表（工作表“${name}”，或标题含“（${periodText(m)}）”的表）`,
          en: `no month sheet for month ${m} (a sheet named "${name}", or one whose title says that month)`,
        },
      });
      continue;
    }
    used.add(sheet);
    const fromMeta = content.codesBySheet.get(name);
    const expected = fromMeta
      ? [...fromMeta.values()]
      : plan.indicators.filter((i) => !meta.unitFilter || ownedBy(i, meta.unitFilter)).map((i) => i.code);
    const read = readMonthSheet(sheet, m, plan, expected, problems);
    if (read) months.push(read);
  }
  const notes: ReadProblem[] = lp.notes.map((f) => ({
    sheet: LEDGER_SHEET,
    cell: f.cell,
    code: f.code,
    message: f.message,
  }));
  const marks = readConflictMarks(snapshot.sheets.find((s) => s.name === META_SHEET)?.values);
  return {
    ok: true,
    figures: {
      meta,
      plan,
      months,
      problems,
      ...(notes.length ? { notes } : {}),
      ...(marks.length ? { conflictMarks: marks } : {}),
    },
  };
}
