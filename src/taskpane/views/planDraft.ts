// A candidate under review in 目标's import, shared by the view and its review cards (a chunk of
// their own).
import type { ReviewCandidate } from '../services';

/** A number typed into a review field: plain digits, a decimal point, an optional minus. */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export interface Draft {
  candidate: ReviewCandidate;
  accepted: boolean;
  valueText: string;
  maxText: string;
}
