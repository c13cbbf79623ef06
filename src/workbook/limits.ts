// Excel's limits on what a template may hold, checked once before either host writes (the xlsx
// host and the Excel host refuse the same spec with the same words): sheet and table names,
// validation texts (32 / 225 / 255 characters), inline list length, formula and cell text length,
// overlapping merges and validations, table headers.
import type { CellSpec, SheetSpec, WorkbookSpec } from './spec';
import { msg, type Message } from '../plan/message';
import { addr, parseAddr, parseRange, sheetNameProblem } from './a1';

// Excel's limits (validation texts per [MS-XLS] DValStrings, formula and cell text lengths); beyond
// them Excel "repairs" the file or refuses the cell.
export const LIMITS = { title: 32, error: 225, prompt: 255, inlineList: 255, formula: 8192, text: 32767 };

/** Every problem Excel would choke on, in plain words; empty when the spec can be written. */
export function specProblems(spec: WorkbookSpec): Message[] {
  const out = sheetProblems(spec);
  if (spec.sheets.length === 0) out.push(msg('工作簿没有工作表', 'the workbook has no sheets'));
  else if (!spec.sheets.some((s) => s.visibility === 'visible'))
    out.push(msg('工作簿至少要有一张可见的工作表', 'the workbook needs at least one visible sheet'));
  return out;
}

/** The problems of the spec's sheets taken one by one (a partial spec applied to a workbook). */
export function sheetProblems(spec: WorkbookSpec): Message[] {
  const out: Message[] = [];
  const seen = new Set<string>();
  const tables = new Set<string>();
  for (const s of spec.sheets) {
    const p = sheetNameProblem(s.name);
    if (p) out.push(p);
    const key = s.name.toLowerCase();
    if (seen.has(key)) out.push(msg(`工作表名称重复：${s.name}`, `duplicate sheet name: ${s.name}`));
    seen.add(key);
    const overlap = overlappingValidation(s);
    if (overlap)
      out.push(
        msg(
          `${s.name}!${overlap} 有两条数据验证（Excel 每个单元格只认一条）`,
          `two data validations on one cell: ${s.name}!${overlap}`,
        ),
      );
    for (const v of s.validations) {
      const at = `${s.name}!${v.ref}`;
      if (v.errorTitle.length > LIMITS.title)
        out.push(msg(`${at} 的提示标题超过32个字符`, `${at}: validation error title longer than 32 characters`));
      if (v.error.length > LIMITS.error)
        out.push(msg(`${at} 的出错提示超过225个字符`, `${at}: validation error message longer than 225 characters`));
      if ((v.promptTitle ?? '').length > LIMITS.title)
        out.push(msg(`${at} 的输入提示标题超过32个字符`, `${at}: validation prompt title longer than 32 characters`));
      if ((v.prompt ?? '').length > LIMITS.prompt)
        out.push(msg(`${at} 的输入提示超过255个字符`, `${at}: validation prompt longer than 255 characters`));
      if (v.type === 'list' && v.list) {
        if (v.list.some((x) => x.includes(',') || x.includes('"')))
          out.push(msg(`${at} 的下拉选项不能含逗号或引号`, `${at}: list items cannot contain commas or quotes`));
        if (v.list.join(',').length + 2 > LIMITS.inlineList)
          out.push(msg(`${at} 的下拉选项总长超过255个字符`, `${at}: list longer than 255 characters`));
      }
      if (v.type === 'list' && !v.list && v.formula1 === undefined)
        out.push(msg(`${at} 的下拉列表没有选项`, `${at}: list validation without items`));
    }
    const merge = overlappingMerge(s);
    if (merge)
      out.push(msg(`${s.name} 的合并区域 ${merge} 与另一合并区域重叠`, `merged ranges overlap: ${s.name}!${merge}`));
    const cells = cellMap(s);
    for (const [a, c] of cells) {
      if (c.f && c.f.length > LIMITS.formula)
        out.push(msg(`${s.name}!${a} 的公式超过8192个字符`, `formula longer than 8192 characters: ${s.name}!${a}`));
      if (typeof c.v === 'string' && c.v.length > LIMITS.text)
        out.push(msg(`${s.name}!${a} 的文字超过32767个字符`, `text longer than 32767 characters: ${s.name}!${a}`));
    }
    for (const t of s.tables) {
      if (!/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]{0,254}$/.test(t.name))
        out.push(msg(`表格名称不合法：${t.name}`, `invalid table name: ${t.name}`));
      if (tables.has(t.name.toLowerCase())) out.push(msg(`表格名称重复：${t.name}`, `duplicate table name: ${t.name}`));
      tables.add(t.name.toLowerCase());
      const { r1, c1, c2 } = parseRange(t.ref);
      const headers = new Set<string>();
      for (let c = c1; c <= c2; c++) {
        const h = cells.get(addr(r1, c));
        const text = h && h.v !== null ? String(h.v).trim() : '';
        if (!text)
          out.push(
            msg(`表格 ${t.name} 的 ${addr(r1, c)} 列标题为空`, `table ${t.name}: empty header at ${addr(r1, c)}`),
          );
        else if (headers.has(text.toLowerCase()))
          out.push(msg(`表格 ${t.name} 的列标题“${text}”重复`, `table ${t.name}: duplicate header "${text}"`));
        headers.add(text.toLowerCase());
      }
    }
  }
  return out;
}

/** The spec's cells by A1 address (later ranges win, as they are written later). */
function cellMap(s: SheetSpec): Map<string, CellSpec> {
  const out = new Map<string, CellSpec>();
  for (const range of s.ranges) {
    const { row, col } = parseAddr(range.ref);
    range.rows.forEach((cells, i) => cells.forEach((c, j) => c && out.set(addr(row + i, col + j), c)));
  }
  return out;
}

/** The first merge that overlaps an earlier one, or null (ExcelJS would throw). */
function overlappingMerge(s: SheetSpec): string | null {
  const seen = new Set<string>();
  for (const m of s.merges) {
    let hit = false;
    eachCell(m, (r, c) => {
      const a = addr(r, c);
      if (seen.has(a)) hit = true;
      seen.add(a);
    });
    if (hit) return m;
  }
  return null;
}

/** The first cell covered by two validations, or null. */
function overlappingValidation(s: SheetSpec): string | null {
  const seen = new Set<string>();
  for (const v of s.validations) {
    let hit: string | null = null;
    const mine = new Set<string>();
    eachCell(v.ref, (r, c) => {
      const a = addr(r, c);
      if (seen.has(a) && !hit) hit = a;
      mine.add(a);
    });
    if (hit) return hit;
    mine.forEach((a) => seen.add(a));
  }
  return null;
}

export function eachCell(ref: string, fn: (row: number, col: number) => void): void {
  for (const part of ref.split(/[\s,]+/).filter(Boolean)) {
    const { r1, c1, r2, c2 } = parseRange(part);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) fn(r, c);
  }
}
