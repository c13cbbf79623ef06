// Options the commands share, parsed into what the actions take.
import { assertMonth, MonthError } from '../progress';
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
