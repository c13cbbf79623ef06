// Reads a work report the user chose: .txt in UTF-8 or GB18030 (common for Chinese text files), or
// .docx through mammoth, which is loaded on demand so it stays out of the pane's initial bundle.
import { reportText } from '../extract/reportFile';

export { decodeText } from '../extract/reportFile';

export async function readReportFile(file: File): Promise<string> {
  return reportText(file.name, await file.arrayBuffer(), async (bytes) => {
    const mammoth = await import(/* webpackChunkName: "mammoth" */ 'mammoth/mammoth.browser.min.js');
    const result = await mammoth.extractRawText({ arrayBuffer: bytes as ArrayBuffer });
    return result.value;
  });
}
