// A1 addresses. Sheets are addressed by name, cells by A1 strings; never by row position of an
// indicator (rows are found by code).
import { msg, UserError, type Message } from '../plan/message';

export function colLetter(col: number): string {
  // 1 -> A, 27 -> AA
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function addr(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

export function parseAddr(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a.trim());
  if (!m) throw new UserError(msg(`不是单元格地址：${a}`, `not a cell address: ${a}`));
  return { col: colNumber(m[1]), row: Number(m[2]) };
}

export function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b] = ref.split(':');
  const p = parseAddr(a);
  const q = b ? parseAddr(b) : p;
  return {
    r1: Math.min(p.row, q.row),
    c1: Math.min(p.col, q.col),
    r2: Math.max(p.row, q.row),
    c2: Math.max(p.col, q.col),
  };
}

const FORBIDDEN = /[[\]:*?/\\]/;

/** Why a sheet name cannot be used, or null when it can. */
export function sheetNameProblem(name: string): Message | null {
  if (name.trim() === '') return msg('工作表名称为空', 'sheet name is empty');
  if (name.length > 31)
    return msg(`工作表名称“${name}”超过31个字符`, `sheet name "${name}" is longer than 31 characters`);
  if (FORBIDDEN.test(name))
    return msg(`工作表名称“${name}”含有不允许的字符 []:*?/\\`, `sheet name "${name}" contains one of []:*?/\\`);
  if (name.startsWith("'") || name.endsWith("'"))
    return msg(`工作表名称“${name}”不能以单引号开头或结尾`, `sheet name "${name}" cannot start or end with '`);
  if (name.toLowerCase() === 'history') return msg('工作表名称不能是 History', 'the sheet name History is reserved');
  return null;
}

/** A sheet name quoted for use in a formula: 'Sheet''s name'. Always quoted: Chinese names need it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
