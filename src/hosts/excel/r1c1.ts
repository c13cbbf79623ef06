// A1 -> R1C1 for a formula sitting in a given cell. A column of formulas that differ only by
// their row ("=G6/E6", "=G7/E7", …) has one R1C1 text ("=RC[-1]/RC[-3]"), so the host writes it
// once for the whole column instead of once per cell: requests stay small however long the plan.
import { colNumber } from '../../workbook/a1';

function isWord(c: number): boolean {
  // A-Z a-z 0-9 _ . $ and everything from U+00C0 (letters of other scripts, CJK)
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 46 ||
    c === 36 ||
    c >= 0xc0
  );
}
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;
const COL = /^(\$?)([A-Za-z]{1,3})$/;
const ROW = /^(\$?)(\d{1,7})$/;
const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

function part(letter: 'R' | 'C', absolute: boolean, n: number, here: number): string {
  if (absolute) return `${letter}${n}`;
  const off = n - here;
  return off === 0 ? letter : `${letter}[${off}]`;
}

/** Where a quoted run ("text" or 'sheet name', doubled quotes inside) that starts at i ends. */
export function skipQuoted(s: string, i: number, q: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === q && s[j + 1] === q) j += 2;
    else if (s[j] === q) return j + 1;
    else j++;
  }
  return j;
}

/** Where the bracketed run (a structured reference's [Column], nested) that starts at i ends. */
export function skipBrackets(s: string, i: number): number {
  let depth = 0;
  let k = i;
  for (; k < s.length; k++) {
    if (s[k] === '[') depth++;
    else if (s[k] === ']' && --depth === 0) break;
  }
  return k + 1;
}

function readWord(s: string, i: number): number {
  let j = i;
  while (j < s.length && isWord(s.charCodeAt(j))) j++;
  return j;
}

/**
 * A formula rewritten piece by piece: quoted runs ("text", 'sheet name') are copied as they are, and
 * `step` reads the piece that starts at any other position, giving its new text and where it ends.
 */
export function rewriteFormula(s: string, step: (i: number) => [text: string, end: number]): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const quoted = s[i] === '"' || s[i] === "'" ? skipQuoted(s, i, s[i]) : null;
    const [text, end] = quoted === null ? step(i) : [s.slice(i, quoted), quoted];
    out += text;
    i = end;
  }
  return out;
}

/** The R1C1 text of an A1 formula written in the cell at (row, col), both 1-based. */
export function a1ToR1C1(formula: string, row: number, col: number): string {
  const s = formula;
  return rewriteFormula(s, (i) => {
    if (!isWord(s.charCodeAt(i))) {
      // Copy the run of non-word characters at once.
      let j = i + 1;
      while (j < s.length && !isWord(s.charCodeAt(j)) && s[j] !== '"' && s[j] !== "'") j++;
      return [s.slice(i, j), j];
    }
    const j = readWord(s, i);
    const w = s.slice(i, j);
    const next = s[j];
    if (next === '(' || next === '!') return [w, j];
    if (next === '[') {
      // Structured reference: Table[Column] stays as it is.
      const k = skipBrackets(s, j);
      return [s.slice(i, k), k];
    }
    const cell = CELL.exec(w);
    if (cell) {
      const c = colNumber(cell[2]);
      const r = Number(cell[4]);
      if (c <= MAX_COLS && r >= 1 && r <= MAX_ROWS)
        return [part('R', cell[3] === '$', r, row) + part('C', cell[1] === '$', c, col), j];
    }
    if (next === ':') {
      const k = readWord(s, j + 1);
      const w2 = s.slice(j + 1, k);
      const c1 = COL.exec(w);
      const c2 = COL.exec(w2);
      if (c1 && c2 && colNumber(c1[2]) <= MAX_COLS && colNumber(c2[2]) <= MAX_COLS)
        return [
          `${part('C', c1[1] === '$', colNumber(c1[2]), col)}:${part('C', c2[1] === '$', colNumber(c2[2]), col)}`,
          k,
        ];
      const r1 = ROW.exec(w);
      const r2 = ROW.exec(w2);
      if (r1 && r2)
        return [`${part('R', r1[1] === '$', Number(r1[2]), row)}:${part('R', r2[1] === '$', Number(r2[2]), row)}`, k];
    }
    return [w, j];
  });
}
