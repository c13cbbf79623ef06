// The order of a month sheet's rows: sections in the plan's order, each with a title row, then its
// indicators in plan order with 其中 sub-rows right under their whole.
import type { Indicator, Plan, Section } from '../plan/types';

export type SheetRow =
  | { type: 'section'; section: Section; number: number }
  | { type: 'indicator'; ind: Indicator; depth: number; seq: number | null };

export function sheetRows(plan: Plan, indicators: Indicator[]): SheetRow[] {
  const out: SheetRow[] = [];
  const placed = new Set<string>();
  const children = new Map<string, Indicator[]>();
  const sectionOf = new Map(indicators.map((i) => [i.code, i.section]));
  for (const ind of indicators) {
    if (ind.parent && sectionOf.get(ind.parent) === ind.section && ind.parent !== ind.code) {
      const list = children.get(ind.parent) ?? [];
      list.push(ind);
      children.set(ind.parent, list);
    }
  }
  const sections: Section[] = [...plan.sections];
  for (const ind of indicators) {
    if (!sections.some((s) => s.id === ind.section)) sections.push({ id: ind.section, title: ind.section });
  }
  let seq = 0;
  let number = 0;
  const place = (ind: Indicator, depth: number) => {
    if (placed.has(ind.code)) return;
    placed.add(ind.code);
    out.push({ type: 'indicator', ind, depth, seq: depth === 0 ? ++seq : null });
    for (const child of children.get(ind.code) ?? []) place(child, depth + 1);
  };
  for (const section of sections) {
    const own = indicators.filter((i) => i.section === section.id);
    if (own.length === 0) continue;
    out.push({ type: 'section', section, number: ++number });
    const isTop = (i: Indicator) => !i.parent || sectionOf.get(i.parent) !== i.section;
    for (const ind of own) if (isTop(ind)) place(ind, 0);
    // Rows in a parent cycle still get a row.
    for (const ind of own) place(ind, 0);
  }
  return out;
}

export { bareName, partLabel } from '../plan/names';
