// Reads the offices' returned .xlsx files in the task pane (a browser): ExcelJS's browser build
// (the package's "browser" entry) without the Node-only patches of the xlsx host, which only matter
// when writing files. The pane loads this module on first use, so ExcelJS stays out of its initial
// bundle.
import { Workbook } from 'exceljs';
import { readTemplate } from '../template';
import type { ReturnInput } from '../collect';
import type { Message } from '../plan/message';
import type { WorkbookSnapshot } from '../workbook/host';
import { snapshotOf } from './xlsx/snapshot';
import { templateSheets } from '../actions/read';

/** A picked .xlsx file's template sheets as a snapshot, or why it cannot be opened, in both languages. */
export async function readTemplateFile(
  file: string,
  bytes: ArrayBuffer | Uint8Array,
): Promise<{ snapshot: WorkbookSnapshot } | { unreadable: Message }> {
  if (!/\.xlsx$/i.test(file))
    return {
      unreadable: {
        zh: '不是 .xlsx 文件（.xls 或 WPS 文件请先另存为 .xlsx）',
        en: 'not an .xlsx file (save an .xls or WPS file as .xlsx first)',
      },
    };
  const wb = new Workbook();
  try {
    await wb.xlsx.load((bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) as never);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    // The zip library's own words (with a web address) mean nothing to a statistician (as in the xlsx host).
    const notZip = /central directory|zip file|signature|corrupted zip/i.test(raw);
    const why = notZip ? '不是 .xlsx 格式，或文件已损坏' : raw;
    const whyEn = notZip ? 'not an .xlsx file, or damaged' : raw;
    return { unreadable: { zh: `无法打开该文件（${why}）`, en: `the file cannot be opened (${whyEn})` } };
  }
  return { snapshot: snapshotOf(wb, { sheets: templateSheets(12) }) };
}

/** One returned file as collect takes it: its template figures, or why it cannot be read as one. */
export async function readReturnFile(file: string, bytes: ArrayBuffer | Uint8Array): Promise<ReturnInput> {
  const opened = await readTemplateFile(file, bytes);
  if ('unreadable' in opened) return { file, unreadable: opened.unreadable };
  const read = readTemplate(opened.snapshot);
  if (!read.ok) return { file, unreadable: read.message };
  return { file, figures: read.figures };
}
