// The read every template action starts with: the sheets it needs, read back into figures.
import type { Host, ReadRequest, WorkbookSnapshot } from '../workbook/host';
import type { TemplateFigures } from '../workbook/figures';
import { LEDGER_SHEET, META_SHEET, readTemplate } from '../template';
import { L, monthSheetName } from '../workbook/layout';
import { UserError } from '../plan/message';

const ALL_MONTHS = Array.from({ length: 12 }, (_, i) => monthSheetName(i + 1));

/** The month sheets' names from January to `last`. */
export function monthSheets(last = 12): string[] {
  return ALL_MONTHS.slice(0, last);
}

/** Sheets a template action reads: the ledger, the metadata and the month sheets up to `last`. */
export function templateSheets(last = 12): string[] {
  return [LEDGER_SHEET, META_SHEET, ...monthSheets(last)];
}

export interface TemplateRead {
  snapshot: WorkbookSnapshot;
  figures: TemplateFigures;
}

/**
 * The template's figures up to `month` (and the `extra` sheets in the snapshot). No action needs a
 * formula's text, only whether a cell has one: presence keeps a large year's read small on Excel.
 */
export async function readFigures(
  host: Host,
  month: number,
  extra: string[] = [],
  hints: Pick<ReadRequest, 'markSheets' | 'markColumns' | 'withoutCells'> = {},
): Promise<TemplateRead> {
  // 本月 cells Excel turned into dates ("1-5" → 1月5日) are found by the check as on a file.
  const dateCells = { sheets: monthSheets(month), column: L.month };
  const snapshot = await host.read({
    sheets: [...templateSheets(month), ...extra],
    formulas: 'presence',
    dateCells,
    ...hints,
  });
  // Later months were not read: the readback must not take them for missing.
  const r = readTemplate(snapshot, { upTo: month });
  if (!r.ok)
    // Each reason carries its own advice (open the original, generate again): said once.
    throw new UserError({
      zh: `${r.message.zh}。`,
      en: `${r.message.en.charAt(0).toUpperCase()}${r.message.en.slice(1)}.`,
    });
  return { snapshot, figures: r.figures };
}

/** The months with a month sheet in the workbook, ascending; none when it is not a template. */
export async function templateMonths(host: Host): Promise<number[]> {
  const r = readTemplate(await host.read({ sheets: templateSheets(12), formulas: 'presence' }));
  return r.ok ? r.figures.months.map((m) => m.month).sort((a, b) => a - b) : [];
}
