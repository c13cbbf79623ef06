// Reads a work report the user chose: .txt in UTF-8 or GB18030 (common for Chinese text files), or
// .docx through mammoth, which is loaded on demand so it stays out of the pane's initial bundle.
import { inBoth } from './i18n';
import { UserError } from '../plan/message';

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK/GB2312); BOM removed. */
export function decodeText(bytes: ArrayBuffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

export async function readReportFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.txt')) return decodeText(await file.arrayBuffer());
  if (name.endsWith('.docx')) {
    const bytes = await file.arrayBuffer();
    const mammoth = await import(/* webpackChunkName: "mammoth" */ 'mammoth/mammoth.browser.min.js');
    const result = await mammoth.extractRawText({ arrayBuffer: bytes });
    return result.value;
  }
  throw new UserError(inBoth((d) => d.planFileUnsupported));
}
