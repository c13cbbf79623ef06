// --month as people write it: 3, 3月, and for collect the months merged, 1-3 or 1-3月.
import { isMonth, UserError } from '../plan/message';

const FULL_WIDTH = /[０-９]/g;
const SINGLE = /^(\d{1,2})\s*月?$/;
const RANGE = /^(\d{1,2})\s*月?\s*[-－—–~～至到]\s*(\d{1,2})\s*月?$/;

function bad(raw: string, range: boolean): UserError {
  const forms = range ? '3、3月、1-3 或 1-3月' : '3 或 3月';
  const formsEn = range ? '3, 3月, 1-3 or 1-3月' : '3 or 3月';
  return new UserError({
    zh: `--month 应为1-12的月份（如 ${forms}），收到“${raw}”`,
    en: `--month must be a month 1-12 (${formsEn}), got "${raw}"`,
  });
}

/**
 * The month a --month option names. With `range`, "1-3" names the months up to 3 (a collect always
 * merges from January, so that 累计 is whole); a range not starting at 1 is refused with why.
 */
export function parseMonthText(raw: string, options: { range?: boolean } = {}): number {
  const s = raw.trim().replace(FULL_WIDTH, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let month: number;
  const single = SINGLE.exec(s);
  const range = options.range ? RANGE.exec(s) : null;
  if (single) month = Number(single[1]);
  else if (range) {
    const from = Number(range[1]);
    month = Number(range[2]);
    if (from !== 1 && isMonth(month))
      throw new UserError({
        zh: `--month ${raw}：汇集总是从1月合并到所选月份（累计由各月本月数相加），请写 1-${month} 或 ${month}`,
        en: `--month ${raw}: collect always merges from January up to the month (累计 adds up every month): write 1-${month} or ${month}`,
      });
  } else throw bad(raw, Boolean(options.range));
  if (!isMonth(month)) throw bad(raw, Boolean(options.range));
  return month;
}
