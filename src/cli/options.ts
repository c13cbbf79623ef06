// Options the commands share, parsed into what the actions take.
import { assertMonth, MonthError } from '../progress';
import type { ReportDate } from '../report';
import { CliError } from './io';

/** --month: a whole number 1-12, or undefined when not given. */
export function parseMonth(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const m = Number(raw);
  try {
    assertMonth(m);
  } catch (e) {
    if (e instanceof MonthError) throw new CliError(`--month：${e.message}`);
    throw e;
  }
  return m;
}

/** --date: YYYY-MM-DD, a real calendar date. */
export function parseDate(raw: string): ReportDate {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
    throw new CliError(`--date：应为“年-月-日”，如 2023-07-05，收到“${raw}” / expected YYYY-MM-DD, got "${raw}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
