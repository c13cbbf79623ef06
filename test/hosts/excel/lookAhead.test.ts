// What a check's read looks at ahead of marking: the columns findings name, each on every month
// sheet before the next column, within the response's room; no look past the request budget.
import { lookSheets } from '../../../src/hosts/excel/marking';
import { Features } from '../../../src/hosts/excel/requirements';
import type { Knowledge } from '../../../src/hosts/excel/knowledge';
import type { MarkRecord } from '../../../src/check/marks';
import type { SheetInfo } from '../../../src/hosts/excel/writer';

const features = new Features(() => true);
const sheet = (name: string): SheetInfo => ({
  name,
  visibility: 'Visible',
  protected: true,
  tables: [],
  rows: 1010,
  columns: 14,
});
const know = (marks: MarkRecord[] = []): Knowledge => ({
  sheets: ['1月', '2月', '3月'].map(sheet),
  names: [],
  calculationMode: 'Automatic',
  marks,
  at: 0,
});
const mark = (i: number): MarkRecord => ({
  sheet: '1月',
  cell: `F${i + 4}`,
  tier: 'error',
  note: '【强制性】本月未填',
  fillBefore: '',
  noteBefore: '',
  noted: true,
  borderBefore: '',
});
const placed = (r: ReturnType<typeof lookSheets>) => r?.pieces.map((p) => `${p.sheet.name}:${p.col}`) ?? null;

test('the first column on every sheet, the checked month first, before the second column anywhere', () => {
  const r = lookSheets(know(), features, ['3月', '2月', '1月'], 4_000_000, [5, 6]);
  expect(placed(r)).toEqual(['3月:5', '2月:5', '1月:5', '3月:6', '2月:6', '1月:6']);
  expect(r!.bytes).toBe(6 * 1010 * 60);
});

test('only what fits the room: four column pieces of 1,010 cells', () => {
  const r = lookSheets(know(), features, ['3月', '2月', '1月'], 4 * 1010 * 60 + 100, [5, 6]);
  expect(placed(r)).toEqual(['3月:5', '2月:5', '1月:5', '3月:6']);
});

test('without columns, whole sheets; nothing fits: no look at all', () => {
  expect(placed(lookSheets(know(), features, ['3月', '2月'], 1010 * 14 * 60, []))).toEqual(['3月:0']);
  expect(lookSheets(know(), features, ['3月'], 1000, [5])).toBeNull();
});

test('old marks count in the room, and past the request budget the read does not look ahead', () => {
  const few = lookSheets(know([mark(0)]), features, ['1月'], 4_000_000, [5]);
  expect(few!.bytes).toBeGreaterThan(1010 * 60);
  const many = know(Array.from({ length: 8_001 }, (_, i) => mark(i)));
  expect(lookSheets(many, features, ['1月'], 40_000_000, [5])).toBeNull();
});
