// Options the commands share, parsed into what the actions take. A bad value is refused with the
// rule's own message (one place for "a month is 1-12", one for the year range), naming the option.
import { monthProblem, parseYear as planYear, UserError } from '../plan/message';
import type { ReportDate } from '../report';

function option<T>(name: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    if (e instanceof UserError) throw new UserError({ zh: `${name}：${e.text.zh}`, en: `${name}: ${e.text.en}` });
    throw e;
  }
}

/** --month: a whole number 1-12, or undefined when not given. */
export function parseMonth(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  return option('--month', () => {
    const t = raw.trim();
    const month = /^\d+$/.test(t) ? Number(t) : raw;
    const bad = monthProblem(month);
    if (bad) throw new UserError(bad);
    return month as number;
  });
}

/** --year: a plan's year. */
export function parseYear(text: string): number {
  return option('--year', () => planYear(text));
}

/** --date: YYYY-MM-DD, a real calendar date. */
export function parseDate(raw: string): ReportDate {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3]))
    throw new UserError({
      zh: `--date：应为“年-月-日”，如 2023-07-05，收到“${raw}”`,
      en: `--date: expected YYYY-MM-DD, got "${raw}"`,
    });
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}
