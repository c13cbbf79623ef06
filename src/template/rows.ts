// The order of a month sheet's rows: sections in the plan's order, each with a title row, then its
// indicators in plan order with 其中 sub-rows right under their whole.
import type { Indicator, Plan, Section } from '../plan/types';

export type SheetRow =
  | { type: 'section'; section: Section; number: number }
  | { type: 'indicator'; ind: Indicator; depth: number; seq: number | null };

/**
 * `cut`: the sheet holds one office's rows; its sections keep the numbers the plan's declared order
 * gives them (the master's "三、安全与民生"), not renumbered from 一 (sectionNumber).
 */
export function sheetRows(plan: Plan, indicators: Indicator[], options: { cut?: boolean } = {}): SheetRow[] {
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
    number++;
    out.push({ type: 'section', section, number: sectionNumber(plan.sections, section.id, number, options.cut) });
    const isTop = (i: Indicator) => !i.parent || sectionOf.get(i.parent) !== i.section;
    for (const ind of own) if (isTop(ind)) place(ind, 0);
    // Rows in a parent cycle still get a row.
    for (const ind of own) place(ind, 0);
  }
  return out;
}

/**
 * A section's number on the sheet and in the text: its place among the sections shown (`shown`, from
 * 1), except in one office's workbook, where it is the section's place in the plan's declared order,
 * so that the office's "三、安全与民生" is the master's.
 */
export function sectionNumber(declared: Section[], id: string, shown: number, cut = false): number {
  if (!cut) return shown;
  const i = declared.findIndex((s) => s.id === id);
  return i >= 0 ? i + 1 : shown;
}

export { bareName, partLabel } from '../plan/names';
