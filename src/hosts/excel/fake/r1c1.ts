// R1C1 -> A1, as Excel does when a formula is written through Range.formulasR1C1. The host has
// its own A1 -> R1C1 converter (../r1c1.ts); keeping the two directions apart means a mistake in
// one shows up as a difference in the contract tests instead of cancelling out. Only the lexing of
// quoted and bracketed runs, which reads the same both ways, is shared (rewriteFormula, skipBrackets).
import { colLetter } from '../../../workbook/a1';
import { invalidArgument } from './errors';
import { rewriteFormula, skipBrackets } from '../r1c1';
import { MAX_COLS, MAX_ROWS } from './state';

const IDENT = /[A-Za-z0-9_.$\u00C0-\uFFFF]/;
const PART = '(\\[-?\\d+\\]|\\d+)?';
const REF = new RegExp(`^(?:R${PART}C${PART}|R${PART}|C${PART})`);

interface Parsed {
  kind: 'cell' | 'row' | 'col';
  r?: string;
  c?: string;
  len: number;
}

function parseAt(s: string, i: number): Parsed | null {
  if (i > 0 && IDENT.test(s[i - 1])) return null;
  const m = REF.exec(s.slice(i, i + 40));
  if (!m || m[0].length === 0) return null;
  const next = s[i + m[0].length];
  if (next !== undefined && (IDENT.test(next) || next === '(' || next === '!' || next === '[')) return null;
  if (m[1] !== undefined || m[2] !== undefined || (m[0].includes('C') && m[0].startsWith('R')))
    return { kind: 'cell', r: m[1] ?? '', c: m[2] ?? '', len: m[0].length };
  if (m[0].startsWith('R')) return { kind: 'row', r: m[3] ?? '', len: m[0].length };
  return { kind: 'col', c: m[4] ?? '', len: m[0].length };
}

/** One end of a reference: "" is the formula's own row or column, "[n]" n away, "n" absolute. */
function axisOf(part: string, here: number, max: number, show: (n: number) => string, what: string): string {
  if (part === '') return show(here);
  if (part.startsWith('[')) {
    const n = here + Number(part.slice(1, -1));
    if (n < 1 || n > max) throw invalidArgument(`R1C1 ${what} offset leaves the sheet`, 'Range.formulasR1C1');
    return show(n);
  }
  return `$${show(Number(part))}`;
}
const rowOf = (part: string, here: number) => axisOf(part, here, MAX_ROWS, String, 'row');
const colOf = (part: string, here: number) => axisOf(part, here, MAX_COLS, colLetter, 'column');

/** The A1 text of an R1C1 formula as it reads in the cell at (row, col), both 1-based. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  const s = formula;
  return rewriteFormula(s, (i) => {
    const ch = s[i];
    const p = ch === 'R' || ch === 'C' ? parseAt(s, i) : null;
    if (p) {
      if (p.kind === 'cell') return [colOf(p.c ?? '', col) + rowOf(p.r ?? '', row), i + p.len];
      // A whole row or column: "R2" alone is row 2, "R2:R5" rows 2 to 5 (A1 needs both ends).
      const second = s[i + p.len] === ':' ? parseAt(s, i + p.len + 1) : null;
      const first = p.kind === 'row' ? rowOf(p.r ?? '', row) : colOf(p.c ?? '', col);
      if (second && second.kind === p.kind) {
        const last = p.kind === 'row' ? rowOf(second.r ?? '', row) : colOf(second.c ?? '', col);
        return [`${first}:${last}`, i + p.len + 1 + second.len];
      }
      return [`${first}:${first}`, i + p.len];
    }
    if (IDENT.test(ch)) {
      let j = i;
      while (j < s.length && IDENT.test(s[j])) j++;
      // A structured reference (Table[Column]) passes through untouched.
      const k = s[j] === '[' ? skipBrackets(s, j) : j;
      return [s.slice(i, k), k];
    }
    return [ch, i + 1];
  });
}
