// Refreshing the master's cached formula results after the merge, through the template: the
// template regenerated with the merged figures computes every formula's value (the same core the
// formulas mirror). Only safe where the master is still exactly what the template makes, apart from
// those cached values; otherwise nothing is refreshed and the spreadsheet recalculates on open.
import { buildWorkbookSpec, type EnteredFigures } from '../template';
import { parseAddr, addr } from '../workbook/a1';
import type { TemplateFigures } from '../workbook/figures';
import type { WorkbookSnapshot } from '../workbook/host';
import type { CellValue } from '../workbook/spec';
import type { Message } from '../plan/message';
import type { MergedFigures } from './types';
import { isBlank } from '../workbook/cell';
import { sameFormula } from '../workbook/formulaText';

/** A formula cell's new cached result. */
export interface CachedResult {
  sheet: string;
  cell: string;
  value: CellValue;
}

export type RefreshPlan = { ok: true; results: CachedResult[]; formulas: number } | { ok: false; message: Message };

/** The merged entries in the template's input shape (notes as text). */
export function enteredFigures(merged: MergedFigures): EnteredFigures {
  const out: EnteredFigures = {};
  for (const [code, byMonth] of Object.entries(merged)) {
    for (const [m, e] of Object.entries(byMonth)) {
      if (isBlank(e.month) && isBlank(e.note)) continue;
      const cell: { month?: CellValue; note?: string } = {};
      if (!isBlank(e.month)) cell.month = e.month;
      if (!isBlank(e.note)) cell.note = String(e.note);
      (out[code] ??= {})[Number(m)] = cell;
    }
  }
  return out;
}

function sameShown(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const ea = a === null || a === undefined || a === '';
  const eb = b === null || b === undefined || b === '';
  if (ea || eb) return ea && eb;
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
}

/**
 * Compare the master (read after the writes) with the template regenerated from `merged`; when
 * every cell the template makes matches (formulas by formulaKey, other cells by value), list the formula
 * cells whose cached result changes.
 */
export function refreshPlan(figures: TemplateFigures, merged: MergedFigures, snapshot: WorkbookSnapshot): RefreshPlan {
  const built = buildWorkbookSpec(figures.plan, {
    months: figures.meta.months,
    figures: enteredFigures(merged),
    templateVersion: figures.meta.templateVersion,
  });
  if (!built.ok) {
    const p = built.problems[0];
    return {
      ok: false,
      message: {
        zh: `无法按模板重新生成总表：${p.message.zh}`,
        en: `the master cannot be regenerated from the template: ${p.message.en}`,
      },
    };
  }
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const results: CachedResult[] = [];
  let formulas = 0;
  for (const spec of built.spec.sheets) {
    const snap = sheets.get(spec.name);
    if (!snap) {
      return {
        ok: false,
        message: {
          zh: `总表中没有模板的工作表“${spec.name}”`,
          en: `the master has no sheet "${spec.name}" of the template`,
        },
      };
    }
    for (const range of spec.ranges) {
      const { row: r0, col: c0 } = parseAddr(range.ref);
      for (let i = 0; i < range.rows.length; i++) {
        const cells = range.rows[i];
        for (let j = 0; j < cells.length; j++) {
          const c = cells[j];
          if (c === undefined) continue;
          const r = r0 - 1 + i;
          const col = c0 - 1 + j;
          const shown = snap.values[r]?.[col] ?? null;
          const formula = snap.formulas[r]?.[col] ?? null;
          const at = `${spec.name}!${addr(r + 1, col + 1)}`;
          if (c.f !== undefined && c.f !== '') {
            if (!sameFormula(formula, c.f)) {
              return {
                ok: false,
                message: {
                  zh: `总表 ${at} 的公式与模板不同（可能被改写或行序有变）`,
                  en: `the formula at ${at} differs from the template's (edited, or rows moved)`,
                },
              };
            }
            formulas++;
            if (!sameShown(shown, c.v)) results.push({ sheet: spec.name, cell: addr(r + 1, col + 1), value: c.v });
          } else if (formula !== null || !sameShown(shown, c.v)) {
            return {
              ok: false,
              message: {
                zh: `总表 ${at} 与模板不同（${formula !== null ? '有公式' : `为 ${String(shown)}`}）`,
                en: `${at} differs from the template (${formula !== null ? 'it has a formula' : `it holds ${String(shown)}`})`,
              },
            };
          }
        }
      }
    }
  }
  return { ok: true, results, formulas };
}
