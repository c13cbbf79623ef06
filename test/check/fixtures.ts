// Filled workbooks for the checks, built the way users get them: the template generator writes the
// plan and the figures (buildWorkbookSpec), a host reads them back (a snapshot), readTemplate turns
// that into figures. Clean figures follow each indicator's schedule, so nothing is out of line.
import type { Indicator, Plan } from '../../src/plan';
import { buildWorkbookSpec, readTemplate, type EnteredFigures } from '../../src/template';
import type { WorkbookSpec, CellValue } from '../../src/workbook/spec';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import type { TemplateFigures } from '../../src/workbook/figures';
import { specSnapshot, sheetOf, rowOfCode, typeInto } from '../support/specSnapshot';
import { MONTH_HEADERS } from '../../src/workbook/layout';

const COUNT_UNITS = new Set(['个', '家', '户', '件', '项', '人', '座', '处']);

function share(ind: Indicator, m: number): number {
  return ind.schedule ? ind.schedule[m - 1] : m / 12;
}

/** What a careful office reports: on schedule, whole numbers for counts, every cell filled. */
export function cleanEntry(ind: Indicator, m: number): CellValue {
  switch (ind.kind) {
    case 'cumulative': {
      const v = ind.value as number;
      if (COUNT_UNITS.has(ind.unit))
        return Math.floor(v * share(ind, m)) - (m > 1 ? Math.floor(v * share(ind, m - 1)) : 0);
      const cum = (k: number) => (k === 0 ? 0 : Math.round(v * share(ind, k) * 1e4) / 1e4);
      return Math.round((cum(m) - cum(m - 1)) * 1e4) / 1e4;
    }
    case 'level':
      return Math.round((ind.value as number) * 1.02);
    case 'rate':
      return ind.comparator === '<=' ? (ind.value as number) - 1 : (ind.value as number) + 1;
    case 'milestone': {
      if (ind.recurring) return '已完成';
      const deadline = ind.deadlineMonth ?? 12;
      return m >= deadline ? '已完成' : '推进中';
    }
  }
}

export function cleanFigures(plan: Plan, upTo: number): EnteredFigures {
  const out: EnteredFigures = {};
  for (const ind of plan.indicators) {
    out[ind.code] = {};
    for (let m = 1; m <= upTo; m++) out[ind.code][m] = { month: cleanEntry(ind, m) };
  }
  return out;
}

/** Replace some entries: code -> month -> 本月 (and 备注). */
export function withEntries(
  base: EnteredFigures,
  over: Record<string, Record<number, CellValue | { month: CellValue; note?: string }>>,
): EnteredFigures {
  const out: EnteredFigures = JSON.parse(JSON.stringify(base));
  for (const [code, months] of Object.entries(over)) {
    out[code] = out[code] ?? {};
    for (const [m, v] of Object.entries(months)) {
      out[code][Number(m)] = v !== null && typeof v === 'object' ? v : { month: v };
    }
  }
  return out;
}

export function buildSpec(plan: Plan, months: number, figures: EnteredFigures, unit?: string): WorkbookSpec {
  const r = buildWorkbookSpec(plan, { months: [months], figures, unit });
  if (!r.ok) throw new Error(r.problems.map((p) => p.message.en).join('; '));
  return r.spec;
}

export function buildSnapshot(plan: Plan, months: number, figures: EnteredFigures): WorkbookSnapshot {
  return specSnapshot(buildSpec(plan, months, figures));
}

export function read(snapshot: WorkbookSnapshot): TemplateFigures {
  const r = readTemplate(snapshot);
  if (!r.ok) throw new Error(r.message.en);
  return r.figures;
}

/** The 1-based column whose header on a month sheet begins with `word` (本月, 累计, 状态…). */
export function columnOf(snapshot: WorkbookSnapshot, sheet: string, word: string): number {
  const sh = sheetOf(snapshot, sheet);
  for (const row of sh.values.slice(0, 12)) {
    const has = row.some((v) => typeof v === 'string' && v.startsWith(MONTH_HEADERS.code));
    if (!has) continue;
    const c = row.findIndex((v) => typeof v === 'string' && v.trim().startsWith(word));
    if (c >= 0) return c + 1;
  }
  throw new Error(`no ${word} column on ${sheet}`);
}

/** The A1 address of an indicator's cell under a header word, found as a user would: by code and header. */
export function cellOf(snapshot: WorkbookSnapshot, sheet: string, code: string, word: string): string {
  const codeCol = columnOf(snapshot, sheet, MONTH_HEADERS.code);
  const row = rowOfCode(sheetOf(snapshot, sheet), code, codeCol);
  const col = columnOf(snapshot, sheet, word);
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Type a value over an indicator's cell (found by code and header), as a user would. */
export function typeOver(snapshot: WorkbookSnapshot, sheet: string, code: string, word: string, v: CellValue): string {
  const a = cellOf(snapshot, sheet, code, word);
  typeInto(sheetOf(snapshot, sheet), a, v);
  return a;
}
