// Cell contents and grouping for the spec writer: values and formulas as 2D blocks (a column of
// formulas that read the same in R1C1 is written once), number formats column by column, and
// specs with the same content grouped over several areas (ExcelApi 1.9).
import type { CellSpec, FormatSpec, HyperlinkSpec, SheetSpec } from '../../workbook/spec';
import type { CellEdit } from '../../workbook/host';
import { colLetter, parseAddr, parseRange } from '../../workbook/a1';
import { a1ToR1C1 } from './r1c1';
import { jsonBytes, PER_CALL } from './payload';
import type { Op } from './writer';

/** Longest address given to Worksheet.getRanges at once. */
export const MAX_AREAS_ADDRESS = 2000;

type R = { r1: number; c1: number; r2: number; c2: number };

function rectRef(r: R): string {
  const a = `${colLetter(r.c1)}${r.r1}`;
  return r.r1 === r.r2 && r.c1 === r.c2 ? a : `${a}:${colLetter(r.c2)}${r.r2}`;
}

/** Rectangles stacked in one column span, or side by side in one row span, become one. */
export function mergeRects(rects: R[]): R[] {
  const v = [...rects].sort((a, b) => a.c1 - b.c1 || a.c2 - b.c2 || a.r1 - b.r1);
  const out: R[] = [];
  for (const r of v) {
    const last = out[out.length - 1];
    if (last && last.c1 === r.c1 && last.c2 === r.c2 && r.r1 <= last.r2 + 1) last.r2 = Math.max(last.r2, r.r2);
    else out.push({ ...r });
  }
  const h = out.sort((a, b) => a.r1 - b.r1 || a.r2 - b.r2 || a.c1 - b.c1);
  const out2: R[] = [];
  for (const r of h) {
    const last = out2[out2.length - 1];
    if (last && last.r1 === r.r1 && last.r2 === r.r2 && r.c1 <= last.c2 + 1) last.c2 = Math.max(last.c2, r.c2);
    else out2.push({ ...r });
  }
  return out2;
}

/** Minimum length of a column run worth a broadcast write. */
const MIN_RUN = 8;
/** Largest 2D write in one command, so that a chunk can always be packed. */
const MAX_OP_BYTES = 1_000_000;

const NUMERIC_LIKE =
  /^[\s\d.,:/%eE+\-\uFF10-\uFF19\uFF0E\uFF0C\uFF05]*[\d\uFF10-\uFF19][\s\d.,:/%eE+\-\uFF10-\uFF19\uFF0E\uFF0C\uFF05]*$/;

/** Text Excel would turn into something else (a formula, number, date, boolean, error) gets a leading apostrophe. */
export function wireText(s: string): string {
  if (s === '') return s;
  if (/^[=+\-@'#]/.test(s) || NUMERIC_LIKE.test(s) || /^\s*(true|false)\s*$/i.test(s)) return `'${s}`;
  return s;
}

function wire(cell: CellSpec): string | number | boolean {
  if (cell.f) return cell.f;
  const v = cell.v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return wireText(v);
  return v;
}

type Grid = Map<number, Map<number, CellSpec>>;

function gridOf(sheet: SheetSpec): Grid {
  const grid: Grid = new Map();
  for (const r of sheet.ranges) {
    const { row, col } = parseAddr(r.ref);
    r.rows.forEach((cells, i) => {
      if (!cells) return;
      cells.forEach((cell, j) => {
        if (cell === undefined || cell === null) return;
        let line = grid.get(row + i);
        if (!line) grid.set(row + i, (line = new Map()));
        line.set(col + j, cell);
      });
    });
  }
  return grid;
}

/** Values and formulas: broadcast runs of same-R1C1 formulas, then 2D blocks of the rest. */
export function cellOps(sheet: SheetSpec): Op[] {
  const name = sheet.name;
  const grid = gridOf(sheet);
  const ops: Op[] = [];
  const done = new Set<string>();
  const cols = new Map<number, number[]>();
  for (const [row, line] of grid)
    for (const col of line.keys()) {
      let list = cols.get(col);
      if (!list) cols.set(col, (list = []));
      list.push(row);
    }
  for (const [col, rowsUnsorted] of cols) {
    const rows = rowsUnsorted.sort((a, b) => a - b);
    let i = 0;
    while (i < rows.length) {
      const cell = grid.get(rows[i])!.get(col)!;
      if (!cell.f) {
        i++;
        continue;
      }
      // Formulas that read the same in R1C1 have the same text once digits are left out: a cheap
      // test first, the conversion only for a likely run.
      const shape = cell.f.replace(/\d+/g, '');
      let j = i + 1;
      while (j < rows.length && j - i < MIN_RUN && rows[j] === rows[j - 1] + 1) {
        const next = grid.get(rows[j])!.get(col)!;
        if (!next.f || next.f.replace(/\d+/g, '') !== shape) break;
        j++;
      }
      if (j - i < MIN_RUN) {
        i = j;
        continue;
      }
      const r1c1 = a1ToR1C1(cell.f, rows[i], col);
      j = i + 1;
      while (j < rows.length && rows[j] === rows[j - 1] + 1) {
        const next = grid.get(rows[j])!.get(col)!;
        if (!next.f || a1ToR1C1(next.f, rows[j], col) !== r1c1) break;
        j++;
      }
      if (j - i >= MIN_RUN) {
        const address = `${colLetter(col)}${rows[i]}:${colLetter(col)}${rows[j - 1]}`;
        for (let k = i; k < j; k++) done.add(`${rows[k]}:${col}`);
        ops.push({
          phase: 'content',
          bytes: PER_CALL + jsonBytes(r1c1) + address.length,
          apply: (w) => {
            // A single value set on a range applies to every cell; identical R1C1 is identical meaning.
            w.sheet(name).getRange(address).formulasR1C1 = r1c1 as unknown as Excel.Range['formulasR1C1'];
          },
        });
      }
      i = j;
    }
  }
  // The rest: per row, runs of adjacent columns; equal runs on consecutive rows form a block.
  const segments = new Map<string, number[]>();
  for (const row of [...grid.keys()].sort((a, b) => a - b)) {
    const line = grid.get(row)!;
    const cs = [...line.keys()].filter((c) => !done.has(`${row}:${c}`)).sort((a, b) => a - b);
    let s = 0;
    while (s < cs.length) {
      let e = s;
      while (e + 1 < cs.length && cs[e + 1] === cs[e] + 1) e++;
      const k = `${cs[s]}-${cs[e]}`;
      let list = segments.get(k);
      if (!list) segments.set(k, (list = []));
      list.push(row);
      s = e + 1;
    }
  }
  for (const [k, rows] of segments) {
    const [c1, c2] = k.split('-').map(Number);
    let start = 0;
    while (start < rows.length) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
      // Block rows[start..end] x c1..c2, split so that no single command is too large.
      let block: Array<Array<string | number | boolean>> = [];
      let blockRow = rows[start];
      let bytes = 0;
      const flush = () => {
        if (!block.length) return;
        const values = block;
        const address = `${colLetter(c1)}${blockRow}:${colLetter(c2)}${blockRow + values.length - 1}`;
        ops.push({
          phase: 'content',
          bytes: PER_CALL + bytes + address.length,
          apply: (w) => {
            w.sheet(name).getRange(address).formulas = values;
          },
        });
        blockRow += values.length;
        block = [];
        bytes = 0;
      };
      for (let r = rows[start]; r <= rows[end]; r++) {
        const line = grid.get(r)!;
        const values: Array<string | number | boolean> = [];
        for (let c = c1; c <= c2; c++) values.push(wire(line.get(c)!));
        const b = jsonBytes(values);
        if (bytes + b > MAX_OP_BYTES) flush();
        block.push(values);
        bytes += b;
      }
      flush();
      start = end + 1;
    }
  }
  return ops;
}

/** Every cell's final number format, written column by column; null when a ref is too large to model. */
export function numberFormatOps(name: string, formats: FormatSpec[]): Op[] | null {
  const cells = new Map<number, Map<number, string>>(); // col -> row -> format
  let count = 0;
  for (const f of formats) {
    if (f.numberFormat === undefined) continue;
    const r = parseRange(f.ref);
    count += (r.r2 - r.r1 + 1) * (r.c2 - r.c1 + 1);
    if (count > 500_000) return null;
    for (let c = r.c1; c <= r.c2; c++) {
      let col = cells.get(c);
      if (!col) cells.set(c, (col = new Map()));
      for (let row = r.r1; row <= r.r2; row++) col.set(row, f.numberFormat);
    }
  }
  const ops: Op[] = [];
  for (const [c, col] of cells) {
    const rows = [...col.keys()].sort((a, b) => a - b);
    let i = 0;
    while (i < rows.length) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      const list = rows.slice(i, j + 1).map((r) => col.get(r) as string);
      const address = `${colLetter(c)}${rows[i]}:${colLetter(c)}${rows[j]}`;
      const same = list.every((x) => x === list[0]);
      const value = same ? list[0] : list.map((x) => [x]);
      ops.push({
        phase: 'content',
        bytes: PER_CALL + jsonBytes(value) + address.length,
        apply: (w) => {
          w.sheet(name).getRange(address).numberFormat = value as unknown as Excel.Range['numberFormat'];
        },
      });
      i = j + 1;
    }
  }
  return ops;
}

/**
 * Specs with the same content (all but ref) applied together, at the place of the first of them,
 * when no spec in between touches their cells (so the order's effect is kept). Addresses are
 * joined for Worksheet.getRanges; without ExcelApi 1.9 every spec goes alone.
 */
export function grouped<T extends { ref: string }>(specs: T[], useAreas: boolean): Array<{ spec: T; address: string }> {
  if (!useAreas) return specs.map((spec) => ({ spec, address: spec.ref }));
  const rects = specs.map((s) => parseRange(s.ref));
  // Specs by the rows they touch, to find quickly which ones lie between two others.
  const byRow = new Map<number, number[]>();
  const tall: number[] = [];
  rects.forEach((r, k) => {
    if (r.r2 - r.r1 > 200) tall.push(k);
    else
      for (let row = r.r1; row <= r.r2; row++) {
        const list = byRow.get(row);
        if (list) list.push(k);
        else byRow.set(row, [k]);
      }
  });
  const groupOf = new Int32Array(specs.length).fill(-1);
  const groups: Array<{ key: string; first: number; members: number[] }> = [];
  const open = new Map<string, number>();
  const between = (gi: number, j: number): boolean => {
    const g = groups[gi];
    const r = rects[j];
    const hit = (k: number) => {
      if (k <= g.first || k >= j || groupOf[k] === gi) return false;
      const q = rects[k];
      return q.r1 <= r.r2 && r.r1 <= q.r2 && q.c1 <= r.c2 && r.c1 <= q.c2;
    };
    if (tall.some(hit)) return true;
    if (r.r2 - r.r1 > 200) return specs.some((_, k) => hit(k));
    for (let row = r.r1; row <= r.r2; row++) if ((byRow.get(row) ?? []).some(hit)) return true;
    return false;
  };
  specs.forEach((s, j) => {
    const { ref: _ref, ...rest } = s;
    const key = JSON.stringify(rest);
    const gi = open.get(key);
    const g = gi === undefined ? undefined : groups[gi];
    if (g && !between(gi as number, j)) {
      g.members.push(j);
      groupOf[j] = gi as number;
    } else {
      groups.push({ key, first: j, members: [j] });
      groupOf[j] = groups.length - 1;
      open.set(key, groups.length - 1);
    }
  });
  return groups.flatMap((g) =>
    areaAddresses(g.members.map((m) => rects[m])).map((address) => ({ spec: specs[g.first], address })),
  );
}

/** Rectangles (1-based) as few Worksheet.getRanges addresses as MAX_AREAS_ADDRESS allows. */
export function areaAddresses(rects: R[]): string[] {
  const out: string[] = [];
  let chunk: string[] = [];
  let len = 0;
  for (const ref of mergeRects(rects).map(rectRef)) {
    if (chunk.length && len + ref.length + 1 > MAX_AREAS_ADDRESS) {
      out.push(chunk.join(','));
      chunk = [];
      len = 0;
    }
    chunk.push(ref);
    len += ref.length + 1;
  }
  if (chunk.length) out.push(chunk.join(','));
  return out;
}

/**
 * Hyperlinks as commands. With ExcelApi 1.9 the links of a run of cells down one column go in one
 * Range.setCellProperties (a 审核结果 with thousands of findings would otherwise send a command,
 * and its object path, per link); before, one Range.hyperlink each.
 */
export function linkOps(sheet: string, links: HyperlinkSpec[], together: boolean): Op[] {
  const value = (h: HyperlinkSpec): Excel.RangeHyperlink => ({ documentReference: h.target, textToDisplay: h.text });
  if (!together)
    return [
      {
        phase: 'content',
        bytes: PER_CALL * links.length + jsonBytes(links),
        apply: (w) => links.forEach((h) => void (w.sheet(sheet).getRange(h.ref).hyperlink = value(h))),
      },
    ];
  const runs: Array<{ row: number; col: number; links: HyperlinkSpec[] }> = [];
  const single = links.filter((h) => !h.ref.includes(':'));
  const cells = single.map((h) => ({ h, ...parseAddr(h.ref) })).sort((a, b) => a.col - b.col || a.row - b.row);
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.row + last.links.length === c.row) last.links.push(c.h);
    else runs.push({ row: c.row, col: c.col, links: [c.h] });
  }
  const ranges = links.filter((h) => h.ref.includes(':'));
  return [
    ...runs.map((r): Op => ({
      phase: 'content',
      bytes: PER_CALL + jsonBytes(r.links.map(value)) + 20 * r.links.length,
      apply: (w) =>
        w
          .sheet(sheet)
          .getRange(`${colLetter(r.col)}${r.row}:${colLetter(r.col)}${r.row + r.links.length - 1}`)
          .setCellProperties(r.links.map((h) => [{ hyperlink: value(h) }])),
    })),
    ...(ranges.length ? linkOps(sheet, ranges, false) : []),
  ];
}

/** Cells grouped into runs down one column of one sheet (a month sheet's 本月 column is mostly one run). */
export function columnRuns(
  cells: CellEdit[],
): Array<{ sheet: string; row: number; col: number; values: CellEdit['value'][] }> {
  const sorted = cells
    .map((c) => ({ ...c, ...parseAddr(c.cell) }))
    .sort((a, b) => (a.sheet === b.sheet ? a.col - b.col || a.row - b.row : a.sheet < b.sheet ? -1 : 1));
  const runs: Array<{ sheet: string; row: number; col: number; values: CellEdit['value'][] }> = [];
  for (const c of sorted) {
    const prev = runs[runs.length - 1];
    if (prev && prev.sheet === c.sheet && prev.col === c.col && prev.row + prev.values.length === c.row)
      prev.values.push(c.value);
    else if (prev && prev.sheet === c.sheet && prev.col === c.col && prev.row + prev.values.length - 1 === c.row)
      prev.values[prev.values.length - 1] = c.value; // the same cell twice: the last value wins
    else runs.push({ sheet: c.sheet, row: c.row, col: c.col, values: [c.value] });
  }
  return runs;
}
