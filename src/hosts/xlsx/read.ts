// .xlsx -> WorkbookSnapshot with ExcelJS: what a user sees in each cell, as plain values.
import { Workbook } from 'exceljs';
import type { ReadRequest, WorkbookSnapshot } from '../../workbook/host';
import { UserError, type Message } from '../../plan/message';
import { applyExcelJsPatches } from './exceljs-patches';
import { snapshotOf } from './snapshot';

// The workbook -> snapshot step lives apart (no ExcelJS patches) so the task pane's browser reader shares it.
export { snapshotOf, cellView, sheetSnapshot } from './snapshot';

applyExcelJsPatches();

/** A file ExcelJS cannot open, said for the user. */
export class XlsxReadError extends UserError {
  constructor(text: Message) {
    super(text);
    this.name = 'XlsxReadError';
  }
}

export async function loadWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Workbook> {
  const wb = new Workbook();
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    // ExcelJS's load takes a Buffer type; a Uint8Array view over the same memory reads the same.
    await wb.xlsx.load(data as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    // The zip library's own words (with a web address) mean nothing to a statistician.
    const notZip = /central directory|zip file|signature|corrupted zip/i.test(raw);
    const why = notZip ? '不是 .xlsx 格式，或文件已损坏' : raw;
    const whyEn = notZip ? 'not an .xlsx file, or damaged' : raw;
    throw new XlsxReadError({ zh: `无法读取该 .xlsx 文件（${why}）`, en: `cannot read this .xlsx file (${whyEn})` });
  }
  return wb;
}

export async function readXlsxSnapshot(bytes: Uint8Array | ArrayBuffer, req?: ReadRequest): Promise<WorkbookSnapshot> {
  return snapshotOf(await loadWorkbook(bytes), req);
}
