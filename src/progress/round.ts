// Spreadsheet ROUND: half away from zero on the decimal value a user sees. Plain Math.round on
// binary floats disagrees with Excel and LibreOffice (1.005 -> 1.00), so the sheet and the core
// would show different statuses at the boundaries.
export function round(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  const m = Math.pow(10, digits);
  const scaled = Number((Math.abs(x) * m).toPrecision(15));
  const r = Math.floor(scaled + 0.5) / m;
  return x < 0 ? -r : r;
}

/** Binary float noise removed, to 12 significant digits (0.1 + 0.2 -> 0.3): the figure as typed. */
export function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** A number as a user would type it: no float noise, no exponent below 1e21. */
export function showNumber(x: number): string {
  return Number.isFinite(x) ? String(tidy(x)) : String(x);
}

/** The decimals a figure is written with (3.2 -> 1, 260 -> 0), at most 4. */
export function decimalsOf(x: number): number {
  const s = String(x);
  if (/e/i.test(s)) return 4;
  const i = s.indexOf('.');
  return i < 0 ? 0 : Math.min(4, s.length - i - 1);
}
