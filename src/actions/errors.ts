// What an action cannot do, in words the user can act on, in Chinese and English.

/** A failure the user can act on, in Chinese and English. */
export class ActionError extends Error {
  constructor(
    readonly messageZh: string,
    readonly messageEn: string,
  ) {
    super(`${messageZh} / ${messageEn}`);
    this.name = 'ActionError';
  }
}

/** Throws unless `month` is a whole number 1-12. */
export function assertActionMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new ActionError(
      `月份应为1-12的整数，收到 ${String(month)}`,
      `a month must be a whole number 1-12, got ${String(month)}`,
    );
}
