// Where a write puts new sheets among the tabs: one rule for both hosts, so 审核结果, 汇总 or a new
// month lands in the same place in Excel and in a file. Sheets already there stay where the user put them.

const MONTH = /^(\d{1,2})月$/;

/**
 * The tab order after writing `specNames` into a workbook whose tabs are `tabs` (in order). A new sheet
 * goes after the spec's sheet before it; the spec's first sheet, when new, goes before the spec's next
 * sheet that is already there, else (a month "N月") after the last earlier month or before the first
 * later one, else at the end.
 */
export function tabOrderAfter(tabs: string[], specNames: string[]): string[] {
  const order = [...tabs];
  const existing = new Set(tabs);
  specNames.forEach((name, i) => {
    if (existing.has(name)) return;
    order.splice(newIndex(order, existing, specNames, i), 0, name);
  });
  return order;
}

function newIndex(order: string[], existing: Set<string>, specNames: string[], i: number): number {
  if (i > 0) return order.indexOf(specNames[i - 1]) + 1;
  const next = specNames.slice(1).find((n) => existing.has(n));
  if (next !== undefined) return order.indexOf(next);
  const m = MONTH.exec(specNames[0]);
  if (m) {
    const n = Number(m[1]);
    const months = order
      .map((name, at) => ({ at, m: MONTH.exec(name) }))
      .filter((x) => x.m !== null)
      .map((x) => ({ at: x.at, n: Number((x.m as RegExpExecArray)[1]) }));
    const before = months.filter((x) => x.n < n).sort((a, b) => b.n - a.n)[0];
    if (before) return before.at + 1;
    const after = months.filter((x) => x.n > n).sort((a, b) => a.n - b.n)[0];
    if (after) return after.at;
  }
  return order.length;
}

/**
 * The position (0-based) to give a new sheet when new sheets are placed one by one in spec order, each
 * added at the end first: its place among the sheets already there and the new ones placed before it.
 */
export function positionOfNew(order: string[], tabs: string[], specNames: string[], name: string): number {
  const placed = new Set([...tabs, ...specNames.slice(0, specNames.indexOf(name) + 1)]);
  return order.filter((n) => placed.has(n)).indexOf(name);
}
