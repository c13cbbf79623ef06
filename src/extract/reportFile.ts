// A work report as the user has it: a .txt in UTF-8 or GB18030 (Notepad's "ANSI" on a Chinese
// Windows is GBK), or a .docx. One reader for the pane and the command line; the .docx text comes
// from the caller (mammoth's browser or Node build), so this module imports neither.
import { UserError } from '../plan/message';

/** UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK/GB2312); BOM removed. */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Formats people have that cannot be read as text, with what to do. */
const REFUSED = /\.(doc|wps|pdf|xls|xlsx|et|rtf|odt)$/i;

export async function reportText(
  name: string,
  bytes: ArrayBuffer | Uint8Array,
  docxText: (bytes: ArrayBuffer | Uint8Array) => Promise<string>,
): Promise<string> {
  if (/\.docx$/i.test(name)) return docxText(bytes);
  if (REFUSED.test(name))
    throw new UserError({
      zh: `${name}：只支持 .txt 和 .docx 文件。旧版 .doc、WPS 或 PDF 请先另存为 .docx 或 .txt。`,
      en: `${name}: only .txt and .docx files are read. Save an old .doc, a WPS or a PDF file as .docx or .txt first.`,
    });
  return decodeText(bytes);
}
