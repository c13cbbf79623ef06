// Which returns are collected: a return refused whole (another plan or year, the master's own file,
// a file given twice, no sheet for the months), and what an accepted return cannot give (a deleted
// row, a 累计 typed over, a month the master lacks, nothing entered). How messages name cells and rows.
import { planHash } from '../plan/hash';
import { foreignPlan, otherVersion } from './planChange';
import { joinMessages, type Message } from '../plan/message';
import { LEDGER_SHEET, unitPlan } from '../template';
import { ledgerEdits } from './ledgerEdits';
import type { Indicator } from '../plan/types';
import type { MonthSheetFigures, TemplateFigures } from '../workbook/figures';
import type { InputField, Refusal, RefusalReason, ReturnInput, SourceCell, SourceProblem } from './types';
import { isBlank } from '../workbook/cell';
import { showValue, showValueEn } from './values';
import { ownedBy, ownersOf } from '../plan/owners';
import { monthRange, monthRangeEn } from './months';

export const FIELDS: InputField[] = ['month', 'note'];

export interface Accepted {
  file: string;
  unit: string;
  /** The return's month sheets up to the month collected. */
  sheets: MonthSheetFigures[];
  /** A return cut from the plan before the master's regenerate: what changed (see SourceSummary). */
  planChange: Message | null;
  /** The office's own edits of its 指标库, not adopted (see SourceSummary). */
  ledgerEdits: Message | null;
}

export const where = (c: SourceCell) => `${c.file} ${c.sheet}!${c.cell}`;

export const rowName = (ind: Indicator) => `“${ind.name}”（${ind.code}）`;

export const rowNameEn = (ind: Indicator) => `"${ind.name}" (${ind.code})`;

export function monthList(months: number[]): string {
  return months.length ? months.map((m) => `${m}月`).join('、') : '无';
}

/** A return's sheets that hold anything typed in an input cell. */
export const hasEntries = (s: MonthSheetFigures) => s.rows.some((r) => FIELDS.some((f) => !isBlank(r[f].value)));

/** Why a return cannot be collected at all, whatever the month, or no reasons when it can. */
function refusalOf(
  master: TemplateFigures,
  ret: ReturnInput,
  seen: Set<string>,
): { reasons: RefusalReason[]; why: Message[] } {
  const reasons: RefusalReason[] = [];
  const why: Message[] = [];
  const mm = master.meta;
  if (seen.has(ret.file)) {
    reasons.push('duplicate-file');
    why.push({
      zh: '与前面的文件同名，同一文件只汇集一次',
      en: 'a file of this name was already given; each file is collected once',
    });
    return { reasons, why };
  }
  if ('unreadable' in ret) {
    reasons.push('not-a-template');
    why.push({
      zh: `无法作为月报表模板读取（${ret.unreadable.zh}）`,
      en: `it cannot be read as a month-report template (${ret.unreadable.en})`,
    });
    return { reasons, why };
  }
  const m = ret.figures.meta;
  // The plan hash covers the year, so a year apart is said as the year, the clearer of the two.
  if (m.year !== mm.year) {
    reasons.push('year');
    why.push({
      zh: `是${m.year}年的报表，总表是${mm.year}年`,
      en: `it is a ${m.year} template; the master is for ${mm.year}`,
    });
  } else if (otherPlanVersion(master, ret.figures)) {
    // Another version of this plan is collected by code (planChange.ts); another plan is refused.
    const foreign = foreignPlan(master, ret.figures);
    if (foreign) {
      reasons.push('plan');
      why.push(foreign);
    }
  }
  if (m.unitFilter === null) {
    reasons.push('not-a-return');
    why.push({
      zh: '是未分单位的总表，不是分发给责任单位的报表',
      en: 'it is a whole-plan workbook, not a return cut for one responsible unit',
    });
  }
  return { reasons, why };
}

/** A return whose plan is not the master's (nor the master's cut for its unit): cut before or after a regenerate, or from another plan. */
function otherPlanVersion(master: TemplateFigures, ret: TemplateFigures): boolean {
  return ret.meta.planHash !== master.meta.planHash && !cutFromMaster(master, ret);
}

/** A unit's workbook regenerated from its own rows: its plan is the master's cut for that unit. */
function cutFromMaster(master: TemplateFigures, ret: TemplateFigures): boolean {
  const unit = ret.meta.unitFilter;
  return unit !== null && ret.meta.planHash === planHash(unitPlan(master.plan, unit));
}

export function refusal(file: string, reasons: RefusalReason[], why: Message[]): Refusal {
  const all = joinMessages(why);
  return { file, reasons, message: { zh: `${file}：未汇集，${all.zh}`, en: `${file}: not collected: ${all.en}` } };
}

/** Sort the returns into those that can be collected and those refused (with why). */
export function screen(master: TemplateFigures, returns: ReturnInput[]) {
  const refused: Refusal[] = [];
  const fit: Array<{ file: string; figures: TemplateFigures }> = [];
  const seen = new Set<string>();
  for (const ret of returns) {
    const r = refusalOf(master, ret, seen);
    seen.add(ret.file);
    if (r.reasons.length) refused.push(refusal(ret.file, r.reasons, r.why));
    else if (!('unreadable' in ret)) fit.push(ret);
  }
  return { refused, fit };
}

/** The month collected up to when none is given: the latest month any return has an entry in. */
export function latestEntered(returns: Array<{ figures: TemplateFigures }>, master: TemplateFigures): number | null {
  let latest = 0;
  for (const r of returns) for (const s of r.figures.months) if (hasEntries(s)) latest = Math.max(latest, s.month);
  if (latest) return latest;
  // Nothing entered anywhere: the master's last month the returns hold (each empty return is reported).
  const held = new Set(returns.flatMap((r) => r.figures.months.map((s) => s.month)));
  const common = master.months.map((s) => s.month).filter((m) => held.has(m));
  return common.length ? Math.max(...common) : null;
}

/**
 * What each accepted return cannot give, by file: the reader's problems on its sheets up to the
 * month (a deleted row, a lost column), a figure typed over the 累计 formula (never collected: the
 * master computes 累计 from 本月), a month sheet the master lacks, and a return with nothing typed.
 */
export function returnProblems(
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
    // The office's 指标库 is not collected: its edits are said in the file's ledgerEdits line.
    if (p.sheet === LEDGER_SHEET && !a.planChange) continue;
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
        message: {
          zh: `${at}：${rowName(other)}${ownerZh}，不是${a.unit}的指标，此行未汇集`,
          en: `${at}: ${rowNameEn(other)} ${ownerEn}, not to ${a.unit}; the row was not collected`,
        },
      });
      continue;
    }
    problems.push({
      file: a.file,
      sheet: p.sheet,
      cell: p.cell,
      code: p.code,
      message: p.message,
    });
  }
  // Rows are named as the master's plan names them (the return's 指标库 may have been edited).
  const byCode = new Map([...figures.plan.indicators, ...master.plan.indicators].map((i) => [i.code, i]));
  for (const s of a.sheets) {
    if (!masterMonths.has(s.month) && hasEntries(s)) {
      problems.push({
        file: a.file,
        sheet: s.sheet,
        cell: null,
        code: null,
        message: {
          zh: `“${s.sheet}”表：总表没有${s.month}月报表，此表填报的数字未汇集`,
          en: `sheet "${s.sheet}": the master has no sheet for month ${s.month}; its figures were not collected`,
        },
      });
      continue;
    }
    for (const r of s.rows) {
      const c = r.cumulative;
      if (c.formula !== null || isBlank(c.value)) continue;
      const ind = byCode.get(r.code);
      const name = ind ? rowName(ind) : `“${r.code}”`;
      const nameEn = ind ? rowNameEn(ind) : `"${r.code}"`;
      problems.push({
        file: a.file,
        sheet: s.sheet,
        cell: c.address,
        code: r.code,
        message: {
          zh: `${s.sheet}!${c.address}：${name}的累计公式被改写为 ${showValue(c.value)}，此数未汇集（总表按各月本月数计算累计），请与该单位核实本月数`,
          en: `${s.sheet}!${c.address}: the 累计 formula of ${nameEn} was typed over with ${showValueEn(c.value)}; that figure was not collected (the master adds up the monthly figures): check the monthly figures with the office`,
        },
      });
    }
  }
  if (!a.sheets.some(hasEntries)) {
    problems.push({
      file: a.file,
      sheet: a.sheets[a.sheets.length - 1]?.sheet ?? '',
      cell: null,
      code: null,
      message: {
        zh: `报表是空的：${monthRange(month)}没有填入任何数字或备注，${a.unit}的指标未汇集`,
        en: `the return is empty: nothing entered for ${monthRangeEn(month)}; ${a.unit}'s rows were not collected`,
      },
    });
  }
  return problems;
}

/**
 * The fit returns that hold a month up to `upTo`, with what each cannot give; a return without such a
 * month joins `refused`.
 */
export function acceptReturns(
  fit: Array<{ file: string; figures: TemplateFigures }>,
  upTo: number,
  master: TemplateFigures,
  masterMonths: Set<number>,
  refused: Refusal[],
): { accepted: Accepted[]; problems: SourceProblem[] } {
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
          [
            {
              zh: `没有${monthRange(upTo)}的报表（文件中只有${monthList(held)}）`,
              en: `it has no sheet for ${monthRangeEn(upTo)} (it holds ${held.length ? held.join(', ') : 'none'})`,
            },
          ],
        ),
      );
      continue;
    }
    const unit = ret.figures.meta.unitFilter as string;
    const a: Accepted = { file: ret.file, unit, sheets: own, planChange: null, ledgerEdits: null };
    if (otherPlanVersion(master, ret.figures)) {
      const v = otherVersion(ret.file, unit, ret.figures, own, master);
      a.sheets = v.sheets;
      a.planChange = v.planChange;
      problems.push(...v.problems);
    } else {
      a.ledgerEdits = ledgerEdits(master.plan, ret.figures.plan, unit, ret.figures.problems);
    }
    accepted.push(a);
    problems.push(...returnProblems(a, ret.figures, upTo, master, masterMonths));
  }
  return { accepted, problems };
}
