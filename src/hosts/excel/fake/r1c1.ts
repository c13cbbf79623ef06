// R1C1 -> A1, as Excel does when a formula is written through Range.formulasR1C1. The host has
// its own A1 -> R1C1 converter (../r1c1.ts); keeping the two directions apart means a mistake in
// one shows up as a difference in the contract tests instead of cancelling out. Only the lexing of
// quoted and bracketed runs, which reads the same both ways, is shared.
import { colLetter } from '../../../workbook/a1';
import { invalidArgument } from './errors';
import { skipBrackets, skipQuoted } from '../r1c1';
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

function rowOf(part: string, here: number): string {
  if (part === '') return String(here);
  if (part.startsWith('[')) {
    const n = here + Number(part.slice(1, -1));
    if (n < 1 || n > MAX_ROWS) throw invalidArgument(`R1C1 row offset leaves the sheet`, 'Range.formulasR1C1');
    return String(n);
  }
  return `$${Number(part)}`;
}

function colOf(part: string, here: number): string {
  if (part === '') return colLetter(here);
  if (part.startsWith('[')) {
    const n = here + Number(part.slice(1, -1));
    if (n < 1 || n > MAX_COLS) throw invalidArgument(`R1C1 column offset leaves the sheet`, 'Range.formulasR1C1');
    return colLetter(n);
  }
  return `$${colLetter(Number(part))}`;
}

/** The A1 text of an R1C1 formula as it reads in the cell at (row, col), both 1-based. */
export function r1c1ToA1(formula: string, row: number, col: number): string {
  let out = '';
  let i = 0;
  const s = formula;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' || ch === "'") {
      const j = skipQuoted(s, i, ch);
      out += s.slice(i, j);
      i = j;
      continue;
    }
    if (ch === 'R' || ch === 'C') {
      const p = parseAt(s, i);
      if (p) {
        if (p.kind === 'cell') out += colOf(p.c ?? '', col) + rowOf(p.r ?? '', row);
        else {
          // A whole row or column: "R2" alone is row 2, "R2:R5" rows 2 to 5 (A1 needs both ends).
          const second = s[i + p.len] === ':' ? parseAt(s, i + p.len + 1) : null;
          const first = p.kind === 'row' ? rowOf(p.r ?? '', row) : colOf(p.c ?? '', col);
          if (second && second.kind === p.kind) {
            const last = p.kind === 'row' ? rowOf(second.r ?? '', row) : colOf(second.c ?? '', col);
            out += `${first}:${last}`;
            i += p.len + 1 + second.len;
            continue;
          }
          out += `${first}:${first}`;
        }
        i += p.len;
        continue;
      }
    }
    if (IDENT.test(ch)) {
      let j = i;
      while (j < s.length && IDENT.test(s[j])) j++;
      out += s.slice(i, j);
      i = j;
      if (s[i] === '[') {
        // A structured reference (Table[Column]) passes through untouched.
        const k = skipBrackets(s, i);
        out += s.slice(i, k);
        i = k;
      }
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
