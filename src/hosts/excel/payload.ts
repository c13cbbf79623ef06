// Request size estimates. Excel on the web refuses a request or response over 5 MB, so the host
// sizes its batches before sending them.

/** Bytes of a value as JSON in UTF-8. */
export function jsonBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? 'null';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** What Office.js wraps around one command (ids, names, object path): generous on purpose. */
export const PER_CALL = 200;

/** Budget per request: 5 MB less a margin for what the estimate misses. */
export const REQUEST_BUDGET = 4_000_000;

/** Budget per response when a read must be split. */
export const RESPONSE_BUDGET = 4_000_000;

/** Cells per range read (Excel's limit is 5,000,000). */
export const READ_CELL_LIMIT = 4_000_000;
