// Chinese numerals (十二, 一万二千, 两千): one strict reader shared by the figure reader and the
// report extractor. Runs that are not one number (十四五, 一二三) are refused rather than guessed.

const CN_DIGIT: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Value of a well-formed Chinese numeral (十二 = 12, 一万二千 = 12000, 千 = 1000), or null for runs
 * that are not one number: 十四五, 一二三. */
export function parseChineseInteger(run: string): number | null {
  if (!run || run.length > 12) return null;
  let total = 0;
  let section = 0;
  let digit = -1;
  let lastSmall = Infinity;
  let prev = '';
  for (const ch of run) {
    if (ch in CN_DIGIT) {
      if (digit >= 0 && prev !== '零' && prev !== '〇') return null;
      digit = CN_DIGIT[ch];
    } else if (ch in CN_SMALL) {
      const u = CN_SMALL[ch];
      if (u >= lastSmall || digit === 0) return null;
      section += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastSmall = u;
    } else {
      const u = CN_BIG[ch];
      const part = section + Math.max(digit, 0);
      if (part === 0 && total === 0) return null;
      if (u === 1e8) total = (total + part) * u;
      else total += part * u;
      section = 0;
      digit = -1;
      lastSmall = Infinity;
    }
    prev = ch;
  }
  return total + section + Math.max(digit, 0);
}

const CN_WRITTEN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A number as headings and section rows write it, up to 99: 1 -> 一, 10 -> 十, 12 -> 十二, 23 -> 二十三. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return CN_WRITTEN[n];
  const ones = n % 10 ? CN_WRITTEN[n % 10] : '';
  return n < 20 ? `十${ones}` : `${CN_WRITTEN[Math.floor(n / 10)]}十${ones}`;
}
