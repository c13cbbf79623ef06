// Random edits to a valid filled workbook never crash the reader or the checker, and every finding
// points at a cell that exists: on a month sheet, the row of the finding holds the finding's code and
// its column is the 本月, 累计 or 状态 column as found by header.
import fc from 'fast-check';
import { checkFigures } from '../../src/check';
import { seedPlan } from '../../src/plan';
import { readTemplate } from '../../src/template';
import { parseAddr } from '../../src/workbook/a1';
import type { CellValue } from '../../src/workbook/spec';
import type { WorkbookSnapshot } from '../../src/workbook/host';
import {
  cloneSnapshot,
  deleteRow,
  insertRow,
  moveColumn,
  renameSheet,
  sortRows,
  typeInto,
} from '../support/specSnapshot';
import { buildSnapshot, cleanFigures } from './fixtures';

const plan = seedPlan();
const MONTHS = 4;
const base = buildSnapshot(plan, MONTHS, cleanFigures(plan, MONTHS));
const monthSheets = Array.from({ length: MONTHS }, (_, i) => `${i + 1}月`);

const value: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    '',
    ' ',
    '约3万',
    '3,200',
    '３２００',
    '三千二百',
    '12%',
    '无',
    '—',
    '#VALUE!',
    '已完成',
    '推进中',
    '完成',
    'NY-06',
    'GY-01',
    true,
    0,
    -1,
    1e15,
    0.12,
  ),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.string({ maxLength: 6 }),
);

type Edit =
  | { op: 'type'; sheet: number; row: number; col: number; v: CellValue }
  | { op: 'rename'; sheet: number; name: string }
  | { op: 'move'; sheet: number; from: number; to: number }
  | { op: 'sort'; sheet: number; r1: number; len: number; key: number }
  | { op: 'insert'; sheet: number; at: number }
  | { op: 'delete'; sheet: number; at: number };

const sheetIx = fc.integer({ min: 0, max: MONTHS });
// Mostly the figure columns (本月 F, 累计 G, 状态 K), where findings are; sometimes anywhere.
const inputColumn = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(6, 7, 11) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 15 }) },
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('type' as const),
      // Mostly the latest month (the one checked by default) and its data rows.
      sheet: fc.oneof({ weight: 3, arbitrary: fc.constant(MONTHS - 1) }, { weight: 1, arbitrary: sheetIx }),
      row: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 4, max: 56 }) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }) },
      ),
      col: inputColumn,
      v: value,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('rename' as const),
      sheet: sheetIx,
      name: fc.constantFrom('六月', '2月', 'Sheet9', '汇总', '3月 (2)'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('move' as const),
      sheet: sheetIx,
      from: fc.integer({ min: 1, max: 14 }),
      to: fc.integer({ min: 1, max: 14 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('sort' as const),
      sheet: sheetIx,
      r1: fc.integer({ min: 1, max: 50 }),
      len: fc.integer({ min: 2, max: 30 }),
      key: fc.integer({ min: 0, max: 13 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('insert' as const), sheet: sheetIx, at: fc.integer({ min: 1, max: 60 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('delete' as const), sheet: sheetIx, at: fc.integer({ min: 1, max: 60 }) }),
  },
);

function apply(book: WorkbookSnapshot, e: Edit): void {
  // Indexes 0..MONTHS-1 are the month sheets; MONTHS is 指标库.
  const name = e.sheet < MONTHS ? monthSheets[e.sheet] : '指标库';
  const sh = book.sheets.find((s) => s.name === name);
  if (!sh) return;
  switch (e.op) {
    case 'type':
      typeInto(sh, `${String.fromCharCode(64 + e.col)}${e.row}`, e.v);
      return;
    case 'rename':
      if (!book.sheets.some((s) => s.name === e.name)) renameSheet(book, name, e.name);
      return;
    case 'move':
      moveColumn(sh, e.from, e.to);
      return;
    case 'sort': {
      const r2 = Math.min(sh.values.length, e.r1 + e.len - 1);
      if (r2 > e.r1) sortRows(sh, e.r1, r2, (v) => String(v[e.key] ?? ''));
      return;
    }
    case 'insert':
      if (e.at <= sh.values.length + 1) insertRow(sh, e.at);
      return;
    case 'delete':
      if (e.at <= sh.values.length) deleteRow(sh, e.at);
      return;
  }
}

test('random edits never crash the checker, and every finding points at a real cell', () => {
  fc.assert(
    fc.property(
      fc.array(edit, { minLength: 1, maxLength: 12 }),
      fc.option(fc.integer({ min: 1, max: MONTHS })),
      (edits, month) => {
        const book = cloneSnapshot(base);
        for (const e of edits) apply(book, e);
        const r = readTemplate(book);
        if (!r.ok) {
          expect(r.message.zh.length).toBeGreaterThan(0);
          expect(r.message.en.length).toBeGreaterThan(0);
          return;
        }
        const out = checkFigures(r.figures, month === null ? {} : { month });
        if (!out.ok) {
          expect(out.message.zh).toMatch(/月/);
          expect(out.message.en).toMatch(/month/);
          return;
        }
        const bySheet = new Map(r.figures.months.map((s) => [s.sheet, s]));
        for (const f of out.findings) {
          expect(f.message.zh.length).toBeGreaterThan(0);
          if (f.cell === null) {
            expect(f.rule).toBe('structure');
            continue;
          }
          const sh = book.sheets.find((s) => s.name === f.sheet);
          expect(sh).toBeDefined();
          const { row, col } = parseAddr(f.cell);
          const ms = bySheet.get(f.sheet);
          if (!ms || f.rule === 'structure' || f.code === null) continue;
          // The finding's row holds its code; its column is an input or formula column by header.
          expect(sh!.values[row - 1][(ms.columns.code as number) - 1]).toBe(f.code);
          expect([ms.columns.month, ms.columns.cumulative, ms.columns.status]).toContain(col);
        }
      },
    ),
    { numRuns: 150, seed: 20230601 },
  );
});
