// A workbook spec as batched Office.js commands. The spec is turned into a list of operations,
// each with an estimated request size; operations are packed into as few syncs as the 5 MB
// limit allows (one for any plan a township or county has). Values and formulas go by 2D
// arrays; a column of formulas that read the same in R1C1 is written once as a broadcast.
import type { Message } from '../../plan/message';
import { fitIgnored } from './errors';
import type { ConditionalFormatSpec, FormatSpec, SheetSpec, ValidationSpec, WorkbookSpec } from '../../workbook/spec';
import { colLetter, parseRange } from '../../workbook/a1';
import { positionOfNew, tabOrderAfter } from '../../workbook/tabOrder';
import { jsonBytes, PER_CALL } from './payload';
import { cellOps, grouped, linkOps, numberFormatOps } from './cells';
import type { Feature, Features } from './requirements';

/** What the host knows of the workbook before writing (from a read or an inspect sync). */
export interface SheetInfo {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean | null;
  tables: string[] | null;
  /** Size of the sheet's values and formulas as last read or written (for planning reads), or null. */
  bytes?: number | null;
  /** The same with formulas read as their areas only (ReadRequest formulas: 'presence'). */
  presenceBytes?: number | null;
  rows?: number | null;
  columns?: number | null;
}

export interface Structure {
  sheets: SheetInfo[];
  names: string[];
  calculationMode: string | null;
}

export interface Op {
  bytes: number;
  /** 'prepare' ops run first (sheets exist and are empty before any formula refers to them). */
  phase: 'prepare' | 'content' | 'finish';
  /**
   * True for commands Excel cannot put in an undo group (sheet protection on every platform, tab
   * position and visibility on Windows and Mac): a batch holding one runs outside a group.
   */
  ungroupable?: boolean;
  apply(w: Writing): void;
}

/** Per-sync handles: worksheet proxies are fetched once per request. */
export class Writing {
  private sheets = new Map<string, Excel.Worksheet>();
  constructor(
    readonly ctx: Excel.RequestContext,
    private readonly created: Map<string, Excel.Worksheet>,
  ) {}
  sheet(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name) ?? this.created.get(name);
    if (!ws) {
      ws = this.ctx.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }
  add(name: string): Excel.Worksheet {
    const ws = this.ctx.workbook.worksheets.add(name);
    this.created.set(name, ws);
    return ws;
  }
}

/** Excel's column width unit (characters of the default font) in points, as the API wants. */
export function charsToPoints(chars: number): number {
  if (chars <= 0) return 0;
  const px = Math.round(chars * 7 + 5);
  return Math.round(px * 0.75 * 100) / 100;
}

const H = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;
const OPS: Record<NonNullable<ValidationSpec['operator']>, Excel.DataValidationOperator | string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};
const ALERT = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;

export class SpecWriter {
  readonly degraded = new Map<Feature, number>();
  constructor(
    private readonly features: Features,
    private readonly structure: Structure,
  ) {}

  private need(f: Feature, count = 1): boolean {
    if (this.features.has(f)) return true;
    this.degraded.set(f, (this.degraded.get(f) ?? 0) + count);
    return false;
  }

  /** The print zoom each sheet read back after the write (office-js 1860), by sheet name. */
  private readonly printReads = new Map<string, { want: number; zoom: Excel.PageLayout }>();

  degradedMessages(): Message[] {
    const out = [...this.degraded]
      .map(([f, n]) => this.features.degraded(f, n))
      .filter((m): m is Message => m !== null);
    const ignored = [...this.printReads]
      .filter(([, r]) => r.want > 0 && r.zoom.zoom.horizontalFitToPages !== r.want)
      .map(([name]) => name);
    if (ignored.length) out.push(fitIgnored(ignored));
    return out;
  }

  private info(name: string): SheetInfo | undefined {
    const n = name.toLowerCase();
    return this.structure.sheets.find((s) => s.name.toLowerCase() === n);
  }

  ops(spec: WorkbookSpec): Op[] {
    const ops: Op[] = [];
    for (const sheet of spec.sheets) ops.push(this.prepare(sheet));
    const names = Object.keys(spec.names ?? {});
    const existing = new Set(this.structure.names.map((n) => n.toLowerCase()));
    const drop = names.filter((n) => existing.has(n.toLowerCase()));
    if (drop.length)
      ops.push({
        phase: 'prepare',
        bytes: PER_CALL * drop.length,
        apply: (w) => drop.forEach((n) => w.ctx.workbook.names.getItem(n).delete()),
      });
    for (const sheet of spec.sheets) ops.push(...this.content(sheet));
    // New sheets are added at the end (Learn: WorksheetCollection.add), then moved where the tab rule says.
    const tabs = this.structure.sheets.map((s) => s.name);
    const specNames = spec.sheets.map((s) => s.name);
    const order = tabOrderAfter(tabs, specNames);
    for (const sheet of spec.sheets) ops.push(this.finish(sheet, positionOfNew(order, tabs, specNames, sheet.name)));
    for (const [name, ref] of Object.entries(spec.names ?? {}))
      ops.push({
        phase: 'finish',
        bytes: PER_CALL + jsonBytes([name, ref]),
        apply: (w) => {
          w.ctx.workbook.names.add(name, ref.startsWith('=') ? ref : `=${ref}`);
        },
      });
    return ops;
  }

  /** Create the sheet, or empty it (values, formats, merges, validation, conditional formats, tables). */
  private prepare(sheet: SheetSpec): Op {
    const info = this.info(sheet.name);
    const useDv = this.features.has('validation');
    const useCf = this.features.has('conditionalFormats');
    // A hidden sheet's panes and tab are not the user's to see: unfreeze threw on hidden sheets in
    // builds before the fix of office-js 1463, so they are left alone (the spec's _meta has neither).
    const shown = sheet.visibility === 'visible' && info?.visibility === 'Visible';
    const useFreeze = shown && this.features.has('freezePanes');
    const useTab = shown && this.features.has('tabColor');
    // Only a sheet known to be protected is unprotected (office-js 6784: unprotect on an unprotected
    // sheet failed in one build); the host always knows before writing.
    const unprotect = info?.protected === true && this.features.has('protection');
    return {
      phase: 'prepare',
      bytes: PER_CALL * (8 + (info?.tables?.length ?? 0)),
      ungroupable: !info || unprotect,
      apply: (w) => {
        if (!info) {
          w.add(sheet.name);
          return;
        }
        const ws = w.sheet(sheet.name);
        if (unprotect) ws.protection.unprotect();
        for (const t of info.tables ?? []) ws.tables.getItem(t).delete();
        const all = ws.getRange();
        all.clear('All');
        all.unmerge();
        if (useDv) all.dataValidation.clear();
        if (useCf) all.conditionalFormats.clearAll();
        if (useFreeze) ws.freezePanes.unfreeze();
        if (useTab && !sheet.tabColor) ws.tabColor = '';
      },
    };
  }

  private content(sheet: SheetSpec): Op[] {
    const ops: Op[] = [...cellOps(sheet)];
    const name = sheet.name;
    ops.push(...this.formatOps(name, sheet.formats));
    if (sheet.merges.length)
      ops.push({
        phase: 'content',
        bytes: PER_CALL * sheet.merges.length,
        apply: (w) => sheet.merges.forEach((m) => w.sheet(name).getRange(m).merge(false)),
      });
    ops.push(...this.sizeOps(sheet));
    const hidden = sheet.hiddenColumns ?? [];
    if (hidden.length)
      ops.push({
        phase: 'content',
        bytes: PER_CALL * hidden.length,
        apply: (w) =>
          hidden.forEach((c) => void (w.sheet(name).getRange(`${colLetter(c)}:${colLetter(c)}`).columnHidden = true)),
      });
    if (sheet.validations.length && this.need('validation', sheet.validations.length))
      for (const g of this.group(sheet.validations)) ops.push(this.validationOp(name, g.spec, g.address));
    if (sheet.conditionalFormats.length && this.need('conditionalFormats', sheet.conditionalFormats.length)) {
      // A new rule goes on top, so adding from lowest to highest priority leaves them in order.
      const cfs = [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority);
      for (const c of cfs) ops.push(this.cfOp(name, c));
    }
    const links = sheet.hyperlinks ?? [];
    if (links.length && this.need('hyperlinks', links.length))
      ops.push(...linkOps(name, links, this.features.has('cellProperties')));
    for (const t of sheet.tables)
      ops.push({
        phase: 'content',
        bytes: PER_CALL * 3 + jsonBytes(t),
        apply: (w) => {
          const table = w.sheet(name).tables.add(t.ref, true);
          table.name = t.name;
          table.style = t.style;
        },
      });
    if (sheet.print && this.need('pageLayout')) {
      const p = sheet.print;
      ops.push({
        phase: 'content',
        bytes: PER_CALL * 5 + jsonBytes(p),
        apply: (w) => {
          const pl = w.sheet(name).pageLayout;
          pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
          pl.paperSize = 'A4';
          pl.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
          // Excel may ignore fit-to-pages unless the Page Layout tab was opened (office-js 1860):
          // read it back in the same request, and say so after the sync when it did not hold.
          this.printReads.set(name, { want: p.fitToWidth, zoom: pl.load('zoom') });
          if (p.titleRows) {
            const [a, b] = p.titleRows.split(':');
            pl.setPrintTitleRows(`$${a.replace(/\$/g, '')}:$${(b ?? a).replace(/\$/g, '')}`);
          }
          if (p.titleColumns) {
            // Whole columns, as PageLayout.setPrintTitleColumns requires ("$A:$D").
            const [a, b] = p.titleColumns.replace(/\$/g, '').split(':');
            pl.setPrintTitleColumns(`$${a}:$${b ?? a}`);
          }
          if (p.area) pl.setPrintArea(p.area);
        },
      });
    }
    if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) && this.need('freezePanes')) {
      const { rows, columns } = sheet.freeze;
      ops.push({
        phase: 'content',
        bytes: PER_CALL,
        apply: (w) => {
          const fp = w.sheet(name).freezePanes;
          if (rows > 0 && columns > 0) fp.freezeAt(`A1:${colLetter(columns)}${rows}`);
          else if (rows > 0) fp.freezeRows(rows);
          else fp.freezeColumns(columns);
        },
      });
    }
    if (sheet.tabColor && this.need('tabColor')) {
      const c = sheet.tabColor;
      ops.push({ phase: 'content', bytes: PER_CALL, apply: (w) => void (w.sheet(name).tabColor = c) });
    }
    return ops;
  }

  /**
   * Formats: number formats as per-column arrays (one command per column of a sheet), the rest
   * grouped by identical content over several areas at once where Excel allows (ExcelApi 1.9).
   */
  private formatOps(name: string, formats: FormatSpec[]): Op[] {
    const ops: Op[] = [];
    const nf = numberFormatOps(name, formats);
    const rest = nf
      ? formats.map((f) => {
          const { numberFormat: _nf, ...other } = f;
          return other as FormatSpec;
        })
      : formats;
    if (nf) ops.push(...nf);
    const meaningful = rest.filter((f) => Object.keys(f).length > 1);
    for (const g of this.group(meaningful)) ops.push(this.formatOp(name, g.spec, g.address));
    return ops;
  }

  private group<T extends { ref: string }>(specs: T[]): Array<{ spec: T; address: string }> {
    return grouped(specs, this.features.has('rangeAreas'));
  }

  private target(w: Writing, name: string, address: string): Excel.Range | Excel.RangeAreas {
    return address.includes(',') ? w.sheet(name).getRanges(address) : w.sheet(name).getRange(address);
  }

  private formatOp(name: string, f: FormatSpec, address: string): Op {
    const indent = f.indent !== undefined && this.need('indent');
    const calls = Object.keys(f).length + (f.border ? 12 : 0);
    return {
      phase: 'content',
      bytes: PER_CALL * calls + jsonBytes(f) + address.length,
      apply: (w) => {
        const range = this.target(w, name, address);
        // RangeAreas has no numberFormat: each area gets it (a plan too large for per-column formats).
        if (f.numberFormat !== undefined)
          for (const a of address.split(','))
            w.sheet(name).getRange(a).numberFormat = f.numberFormat as unknown as Excel.Range['numberFormat'];
        const fmt = range.format;
        if (f.font) {
          const font = fmt.font;
          if (f.font.bold !== undefined) font.bold = f.font.bold;
          if (f.font.italic !== undefined) font.italic = f.font.italic;
          if (f.font.size !== undefined) font.size = f.font.size;
          if (f.font.color !== undefined) font.color = f.font.color;
          if (f.font.name !== undefined) font.name = f.font.name;
        }
        if (f.fill !== undefined) fmt.fill.color = f.fill;
        if (f.horizontal) fmt.horizontalAlignment = H[f.horizontal];
        if (f.vertical) fmt.verticalAlignment = V[f.vertical];
        if (f.wrap !== undefined) fmt.wrapText = f.wrap;
        if (indent) fmt.indentLevel = f.indent as number;
        if (f.border) {
          const areas = address.split(',').map((a) => parseRange(a));
          const edges: Excel.BorderIndex[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[];
          if (areas.some((a) => a.r2 > a.r1)) edges.push('InsideHorizontal' as Excel.BorderIndex);
          if (areas.some((a) => a.c2 > a.c1)) edges.push('InsideVertical' as Excel.BorderIndex);
          for (const e of edges) {
            const b = fmt.borders.getItem(e);
            b.style = 'Continuous';
            b.weight = f.border.style === 'medium' ? 'Medium' : 'Thin';
            b.color = f.border.color ?? '#000000';
          }
        }
        if (f.locked !== undefined && this.features.has('protection')) fmt.protection.locked = f.locked;
      },
    };
  }

  private sizeOps(sheet: SheetSpec): Op[] {
    const name = sheet.name;
    const ops: Op[] = [];
    const widths = sheet.columnWidths;
    let i = 0;
    while (i < widths.length) {
      let j = i;
      while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
      const w0 = widths[i];
      if (w0 !== undefined && w0 !== null && w0 > 0) {
        const address = `${colLetter(i + 1)}:${colLetter(j + 1)}`;
        const pts = charsToPoints(w0);
        ops.push({
          phase: 'content',
          bytes: PER_CALL,
          apply: (w) => void (w.sheet(name).getRange(address).format.columnWidth = pts),
        });
      }
      i = j + 1;
    }
    const heights = Object.entries(sheet.rowHeights ?? {})
      .map(([r, h]) => [Number(r), h] as const)
      .sort((a, b) => a[0] - b[0]);
    let k = 0;
    while (k < heights.length) {
      let m = k;
      while (m + 1 < heights.length && heights[m + 1][0] === heights[m][0] + 1 && heights[m + 1][1] === heights[k][1])
        m++;
      const address = `${heights[k][0]}:${heights[m][0]}`;
      const h = heights[k][1];
      ops.push({
        phase: 'content',
        bytes: PER_CALL,
        apply: (w) => void (w.sheet(name).getRange(address).format.rowHeight = h),
      });
      k = m + 1;
    }
    return ops;
  }

  private validationOp(name: string, v: ValidationSpec, address: string): Op {
    const rule: Excel.DataValidationRule = {};
    const basic = (): Excel.BasicDataValidation => ({
      formula1: v.formula1 ?? 0,
      ...(v.formula2 !== undefined ? { formula2: v.formula2 } : {}),
      operator: OPS[v.operator ?? 'between'] as Excel.DataValidationOperator,
    });
    if (v.type === 'decimal') rule.decimal = basic();
    else if (v.type === 'whole') rule.wholeNumber = basic();
    else if (v.type === 'textLength') rule.textLength = basic();
    else if (v.type === 'custom') rule.custom = { formula: String(v.formula1 ?? '') };
    else rule.list = { inCellDropDown: true, source: v.list ? v.list.join(',') : String(v.formula1 ?? '') };
    const errorAlert: Excel.DataValidationErrorAlert = {
      style: ALERT[v.alert] as Excel.DataValidationAlertStyle,
      showAlert: true,
      title: v.errorTitle,
      message: v.error,
    };
    const prompt: Excel.DataValidationPrompt | null =
      v.prompt !== undefined ? { showPrompt: true, title: v.promptTitle ?? '', message: v.prompt } : null;
    return {
      phase: 'content',
      bytes: PER_CALL * 4 + jsonBytes([rule, errorAlert, prompt]) + address.length,
      apply: (w) => {
        const dv = this.target(w, name, address).dataValidation;
        dv.rule = rule;
        dv.errorAlert = errorAlert;
        if (prompt) dv.prompt = prompt;
        dv.ignoreBlanks = v.allowBlank;
      },
    };
  }

  private cfOp(name: string, c: ConditionalFormatSpec): Op {
    return {
      phase: 'content',
      bytes: PER_CALL * 6 + jsonBytes(c),
      apply: (w) => {
        const range = w.sheet(name).getRange(c.ref);
        if (c.type === 'expression') {
          const cf = range.conditionalFormats.add('Custom' as Excel.ConditionalFormatType);
          cf.custom.rule.formula = c.formula;
          if (c.fill) cf.custom.format.fill.color = c.fill;
          if (c.fontColor) cf.custom.format.font.color = c.fontColor;
          if (c.stopIfTrue) cf.stopIfTrue = true;
        } else {
          const cf = range.conditionalFormats.add('DataBar' as Excel.ConditionalFormatType);
          cf.dataBar.lowerBoundRule = { type: 'Number', formula: String(c.min) };
          cf.dataBar.upperBoundRule = { type: 'Number', formula: String(c.max) };
          cf.dataBar.positiveFormat.fillColor = c.color;
          cf.dataBar.positiveFormat.gradientFill = false;
        }
      },
    };
  }

  /**
   * Tab order (new sheets only, at `position`: a sheet the user has placed stays where it is),
   * visibility (when it changes) and protection, after every sheet has its content.
   */
  private finish(sheet: SheetSpec, position: number): Op {
    const name = sheet.name;
    const info = this.info(name);
    const protect = sheet.protection !== null && this.need('protection');
    const password =
      protect && sheet.protection!.password !== null
        ? this.need('protectionPassword')
          ? sheet.protection!.password
          : null
        : null;
    const vis = sheet.visibility === 'veryHidden' ? 'VeryHidden' : sheet.visibility === 'hidden' ? 'Hidden' : 'Visible';
    const setVisibility = info ? info.visibility !== vis : vis !== 'Visible';
    return {
      phase: 'finish',
      bytes: PER_CALL * 4,
      ungroupable: !info || setVisibility || protect,
      apply: (w) => {
        const ws = w.sheet(name);
        if (!info) ws.position = position;
        if (setVisibility) ws.visibility = vis as Excel.SheetVisibility;
        if (protect) {
          const p = sheet.protection!;
          const options: Excel.WorksheetProtectionOptions = {
            allowFormatColumns: p.allowFormatColumns,
            allowFormatRows: p.allowFormatRows,
            allowSort: p.allowSort,
            allowAutoFilter: p.allowAutoFilter,
          };
          if (password !== null) ws.protection.protect(options, password);
          else ws.protection.protect(options);
        }
      },
    };
  }
}

/** Pack operations into requests under the byte budget, keeping phase order. */
export function packChunks(ops: Op[], budget: number): Op[][] {
  const order = { prepare: 0, content: 1, finish: 2 } as const;
  const sorted = ops.map((op, i) => ({ op, i })).sort((a, b) => order[a.op.phase] - order[b.op.phase] || a.i - b.i);
  const chunks: Op[][] = [];
  let cur: Op[] = [];
  let bytes = 0;
  for (const { op } of sorted) {
    if (cur.length && bytes + op.bytes > budget) {
      chunks.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(op);
    bytes += op.bytes;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}
