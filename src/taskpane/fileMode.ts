// What the views may ask of file mode (the pane on .xlsx files in the browser, src/filemode): files
// to save that are not the open workbook. Absent when the pane works on a live Excel workbook.
import type { Plan } from '../plan/types';
import type { TemplateOptions } from './services';

/** A file made in memory (a workbook, or the 通报 .docx), for the user to save. */
export interface SavedFile {
  name: string;
  bytes: Uint8Array;
  /** MIME type; a workbook when absent. */
  type?: string;
}

export interface FileModeApi {
  /** One workbook per responsible office (分发表), each made as `generate --unit` makes it. */
  unitWorkbooks(plan: Plan, options: TemplateOptions): Promise<SavedFile[]>;
  /** Hands a file to the browser's download (nothing is sent anywhere). */
  save(file: SavedFile): void;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves bytes through a download link: works from file:// and needs no server, and in Excel on
 * Windows (WebView2) and on the web; Office on Mac (WKWebView) has no downloads (office-js#2700).
 */
export function download(file: SavedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.type ?? XLSX_TYPE }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  doc.body.removeChild(a);
  // The download has taken the bytes by the next tick; revoke later to be safe on slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
