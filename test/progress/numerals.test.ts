// Numbers as the sheet and the 通报 write them: section rows (一、), headings (（二）), messages (0.3).
import { chineseNumber, showNumber } from '../../src/progress';
import { parseChineseInteger } from '../../src/progress/numerals';

test.each([
  [1, '一'],
  [9, '九'],
  [10, '十'],
  [12, '十二'],
  [20, '二十'],
  [23, '二十三'],
  [99, '九十九'],
  [100, '100'],
])('section %d is numbered %s', (n, written) => {
  expect(chineseNumber(n)).toBe(written);
});

test('a section number reads back as itself', () => {
  for (let n = 1; n < 100; n++) expect(parseChineseInteger(chineseNumber(n))).toBe(n);
});

test.each([
  [0.1 + 0.2, '0.3'],
  [1.15 * 100, '115'],
  [3.2e4, '32000'],
  [-0.000001, '-0.000001'],
  [Infinity, 'Infinity'],
])('%d is shown as %s', (x, shown) => {
  expect(showNumber(x)).toBe(shown);
});
