// A file the pane made, offered to the user to save: the browser's download (a Save dialog or the
// downloads bar). Works in Excel on Windows (WebView2) and on the web; Office on Mac (WKWebView) has
// no downloads (office-js#2700, "by design").
export function offerDownload(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the download may still be reading the URL when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
