// One workbook, opened in both hosts: the Excel host on the fake (calculating as the preview does)
// and the xlsx host on a file. The workbook travels as its sheets' values and formulas, in tab order,
// with their visibility: what the actions read. Users' edits are made on that plain form the way
// Excel makes them (an inserted column moves the references to the columns after it; a renamed sheet
// renames the references to it), so both hosts start from exactly the same cells.
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { cellAt, newSheet } from '../../src/hosts/excel/fake/state';
import { XlsxHost } from '../../src/hosts/xlsx';
import { recalc } from '../../src/preview/recalc';
import { colLetter, colNumber } from '../../src/workbook/a1';
import type { SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/host';

const FAKE_STATE = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export function inExcel(book: WorkbookSnapshot): { fake: FakeExcel; host: ExcelHost } {
  const fake = new FakeExcel({ calculate: (state) => recalc(state, null) });
  fake.state.sheets = [];
  for (const s of book.sheets) {
    const sheet = newSheet(fake.state, s.name);
    sheet.visibility = FAKE_STATE[s.visibility];
    fake.state.sheets.push(sheet);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        if (f === null && (v === null || v === '')) return;
        const cell = cellAt(sheet, r + 1, c + 1);
        cell.value = v === '' && f === null ? null : v;
        cell.formula = f;
      }),
    );
  }
  fake.state.activeSheetId = fake.state.sheets.find((s) => s.visibility === 'Visible')!.id;
  const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  return { fake, host };
}

/** The same workbook as an .xlsx file, saved and opened again as the command line opens it. */
export async function inXlsx(book: WorkbookSnapshot): Promise<XlsxHost> {
  const host = XlsxHost.empty();
  for (const s of book.sheets) {
    const ws = host.workbook.addWorksheet(s.name, { state: s.visibility });
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas[r]?.[c] ?? null;
        if (f === null && (v === null || v === '')) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (f === null) cell.value = v as string | number | boolean;
        else cell.value = v === null ? { formula: f.slice(1) } : ({ formula: f.slice(1), result: v } as never);
      }),
    );
  }
  return XlsxHost.fromBytes(await host.toBytes());
}

// ---- users' edits, made as Excel makes them ----

/** A sheet name as a formula writes it: quoted when it is not a plain name. */
function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

// A reference with its optional sheet: 'name'!$A$1:$B$2, name!A:A, A1 (string literals are skipped by the caller).
const REF =
  /(?<![A-Za-z0-9_$.'!])('(?:[^']|'')+'!|[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*!)?(\$?[A-Z]{1,3}\$?\d*)(?::(\$?[A-Z]{1,3}\$?\d*))?(?![A-Za-z0-9_(!])/g;

function sheetOfPrefix(prefix: string | undefined, own: string): string {
  if (!prefix) return own;
  const p = prefix.slice(0, -1);
  return p.startsWith("'") ? p.slice(1, -1).replace(/''/g, "'") : p;
}

/** Rewrite every reference of a formula outside its string literals. */
function rewriteRefs(formula: string, own: string, edit: RefEdit): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (all, prefix: string | undefined, a: string, b: string | undefined) => {
            // A bare "A" or "AB" with no row and no range is a name, not a reference.
            if (!b && !/\d/.test(a)) return all;
            return edit(sheetOfPrefix(prefix, own), prefix, a, b) ?? all;
          }),
    )
    .join('');
}

function shiftColumn(ref: string, at: number): string {
  const m = /^(\$?)([A-Z]{1,3})(.*)$/.exec(ref)!;
  const col = colNumber(m[2]);
  return col >= at ? `${m[1]}${colLetter(col + 1)}${m[3]}` : ref;
}

type RefEdit = (sheet: string, prefix: string | undefined, a: string, b: string | undefined) => string | null;

/** Rewrite the references of every formula in the workbook, as Excel does after an edit. */
function rewriteFormulas(book: WorkbookSnapshot, edit: RefEdit): void {
  for (const s of book.sheets)
    s.formulas = s.formulas.map((row) =>
      row.map((f) => (f === null ? f : `=${rewriteRefs(f.slice(1), s.name, edit)}`)),
    );
}

/** Insert an empty column before column `at` (1-based) of `sheet`, with a header typed into it. */
export function insertColumn(book: WorkbookSnapshot, sheet: string, at: number, header: { row: number; text: string }) {
  rewriteFormulas(book, (target, prefix, a, b) =>
    target === sheet ? `${prefix ?? ''}${shiftColumn(a, at)}${b ? `:${shiftColumn(b, at)}` : ''}` : null,
  );
  const s = sheetNamed(book, sheet);
  for (const grid of [s.values, s.formulas] as Array<Array<Array<unknown>>>)
    for (const row of grid) row.splice(at - 1, 0, null);
  s.values[header.row - 1][at - 1] = header.text;
}

/** Rename a sheet: the formulas that refer to it follow, as in Excel. */
export function renameSheet(book: WorkbookSnapshot, from: string, to: string): void {
  rewriteFormulas(book, (target, prefix, a, b) =>
    prefix && target === from ? `${quoted(to)}!${a}${b ? `:${b}` : ''}` : null,
  );
  sheetNamed(book, from).name = to;
}

/** Drag a sheet's tab to position `to` (0-based). */
export function moveSheet(book: WorkbookSnapshot, name: string, to: number): void {
  const i = book.sheets.findIndex((s) => s.name === name);
  const [s] = book.sheets.splice(i, 1);
  book.sheets.splice(to, 0, s);
}

export function sheetNamed(book: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
