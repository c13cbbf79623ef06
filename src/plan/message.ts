// What the user reads: one message type in both languages, one error class for what the user must
// see, and the two ranges every surface checks (a month, a plan's year) written once.

/** A user-facing message: Chinese first (the statistician's language), with English. */
export interface Message {
  zh: string;
  en: string;
}

export type Lang = keyof Message;

export function msg(zh: string, en: string): Message {
  return { zh, en };
}

/** Messages joined into one: "；" between the Chinese, "; " between the English. */
export function joinMessages(list: readonly Message[]): Message {
  return { zh: list.map((m) => m.zh).join('；'), en: list.map((m) => m.en).join('; ') };
}

/** Messages run together language by language: a sentence and its tail ("（备注已说明：…）"). */
export function concatMessages(...parts: readonly Message[]): Message {
  return { zh: parts.map((m) => m.zh).join(''), en: parts.map((m) => m.en).join('') };
}

/** Both languages on one line, for the command line and logs: "中文 / English" (once when the same). */
export function bothLanguages(m: Message): string {
  return m.en && m.en !== m.zh ? `${m.zh} / ${m.en}` : m.zh;
}

/**
 * Something the user must see and can act on. The pane shows `text` in the chosen language; the
 * command line prints both and exits with `exitCode`. `details` lists the parts (each bad row…).
 */
export class UserError extends Error {
  constructor(
    readonly text: Message,
    readonly details: readonly Message[] = [],
    readonly exitCode = 2,
  ) {
    super([text, ...details].map(bothLanguages).join('\n'));
    this.name = 'UserError';
  }
}

export function isMonth(month: unknown): month is number {
  return typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12;
}

/** What to say about a value that is not a month. */
export function notAMonth(month: unknown): Message {
  return msg(`月份应为1-12的整数，收到 ${String(month)}`, `a month must be a whole number 1-12, got ${String(month)}`);
}

/** Why `month` is not a month (a whole number 1-12), or null when it is one. */
export function monthProblem(month: unknown): Message | null {
  return isMonth(month) ? null : notAMonth(month);
}

/** The years a plan may be for. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

/** Why `year` cannot be a plan's year, or null when it can. */
export function yearProblem(year: unknown): Message | null {
  if (typeof year === 'number' && Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX) return null;
  return msg(
    `年度应为${YEAR_MIN}-${YEAR_MAX}之间的整数，收到 ${String(year)}`,
    `a year must be a whole number from ${YEAR_MIN} to ${YEAR_MAX}, got ${String(year)}`,
  );
}

/** A year typed as text ("2024"); throws a UserError saying why when it cannot be a plan's year. */
export function parseYear(text: string): number {
  const t = text.trim();
  const year = /^\d+$/.test(t) ? Number(t) : t;
  const bad = yearProblem(year);
  if (bad) throw new UserError(bad);
  return year as number;
}
