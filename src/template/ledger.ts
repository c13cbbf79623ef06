// 指标库: the plan as an Excel table the statistician edits, and the way back from its cells to a
// Plan. Every Indicator field has a column; words a user reads (类型, 比较, 方向, 每月任务) are
// Chinese, and English codes are accepted too. Plan-level fields (year, unitName, title, sections,
// settings) live in _meta; the sections' titles are also shown here so the table reads on its own.
import type { Indicator, Plan, Section, Settings } from '../plan/types';
import { parsePlan } from '../plan/schema';
import type { CellValue, SheetSpec, ValidationSpec } from '../workbook/spec';
import { emptySheet } from '../workbook/spec';
import { addr, colLetter, parseAddr } from '../workbook/a1';
import { locateHeader, type HeaderRule } from '../workbook/layout';
import { LEDGER_SHEET, LEDGER_TABLE } from './layout';
import { proposeHold } from '../progress/progress';
import {
  COMPARATOR_WORDS as COMPARATOR_WORDS_ZH,
  DIRECTION_WORDS as DIRECTION_WORDS_ZH,
  KIND_WORDS as KIND_WORDS_ZH,
  type Words,
} from '../progress/vocabulary';

type FieldKey =
  | 'code'
  | 'section'
  | 'sectionTitle'
  | 'name'
  | 'kind'
  | 'unit'
  | 'comparator'
  | 'value'
  | 'max'
  | 'adjustedValue'
  | 'adjustedMax'
  | 'adjustMonth'
  | 'adjustReason'
  | 'tolerance'
  | 'direction'
  | 'baseline'
  | 'responsible'
  | 'lead'
  | 'deadlineMonth'
  | 'recurring'
  | 'hold'
  | 'reportMonths'
  | 'parent'
  | 'schedule'
  | 'lastYear'
  | 'aheadPp'
  | 'behindPp'
  | 'redPp'
  | 'momChange'
  | 'yoyChange'
  | 'overTargetMultiple'
  | 'scaleFactor'
  | 'note';

interface LedgerColumn {
  key: FieldKey;
  header: string;
  en: string;
  width: number;
  format?: string;
}

export const LEDGER_COLUMNS: LedgerColumn[] = [
  { key: 'code', header: '代码', en: 'code', width: 9, format: '@' },
  { key: 'section', header: '板块', en: 'section', width: 6, format: '@' },
  { key: 'sectionTitle', header: '板块名称', en: 'section title', width: 18, format: '@' },
  { key: 'name', header: '指标名称', en: 'name', width: 30, format: '@' },
  { key: 'kind', header: '类型', en: 'kind', width: 7 },
  { key: 'unit', header: '单位', en: 'unit', width: 7, format: '@' },
  { key: 'comparator', header: '比较', en: 'comparator', width: 7 },
  { key: 'value', header: '目标值', en: 'target', width: 10 },
  { key: 'max', header: '上限', en: 'max', width: 8 },
  // 年中调整: 目标值/上限 stay the original target (原目标); these say what it became and from when.
  { key: 'adjustedValue', header: '调整后目标', en: 'adjusted target', width: 10 },
  { key: 'adjustedMax', header: '调整后上限', en: 'adjusted max', width: 9 },
  { key: 'adjustMonth', header: '调整月份', en: 'adjusted from month', width: 9 },
  { key: 'adjustReason', header: '调整原因', en: 'adjustment reason', width: 18, format: '@' },
  { key: 'tolerance', header: '容差', en: 'tolerance', width: 7, format: '0.0%' },
  { key: 'direction', header: '方向', en: 'direction', width: 7 },
  { key: 'baseline', header: '上年基数', en: 'baseline', width: 10 },
  { key: 'responsible', header: '责任单位', en: 'responsible', width: 14, format: '@' },
  { key: 'lead', header: '分管领导', en: 'lead', width: 10, format: '@' },
  { key: 'deadlineMonth', header: '截止月份', en: 'deadline month', width: 9 },
  { key: 'recurring', header: '每月任务', en: 'recurring', width: 9 },
  { key: 'parent', header: '上级代码', en: 'parent', width: 9, format: '@' },
  { key: 'schedule', header: '序时计划', en: 'schedule', width: 26, format: '@' },
  { key: 'lastYear', header: '上年同期累计', en: 'last year', width: 26, format: '@' },
  { key: 'aheadPp', header: '超进度线', en: 'ahead pp', width: 9 },
  { key: 'behindPp', header: '欠进度线', en: 'behind pp', width: 9 },
  { key: 'redPp', header: '红色线', en: 'red pp', width: 8 },
  { key: 'momChange', header: '环比阈值', en: 'mom change', width: 9 },
  { key: 'yoyChange', header: '同比阈值', en: 'yoy change', width: 9 },
  { key: 'overTargetMultiple', header: '超目标倍数', en: 'over-target multiple', width: 10 },
  { key: 'scaleFactor', header: '量级倍数', en: 'scale factor', width: 9 },
  { key: 'note', header: '说明', en: 'note', width: 36, format: '@' },
  // Added after the original 27 columns, so older 指标库 sheets read the same.
  { key: 'hold', header: '保持水平', en: 'hold', width: 9 },
  { key: 'reportMonths', header: '报送月份', en: 'report months', width: 12, format: '@' },
];

const zhOf = <K extends string>(t: Record<K, Words>): Record<K, string> =>
  Object.fromEntries(Object.entries<Words>(t).map(([k, w]) => [k, w.zh])) as Record<K, string>;
const KIND_ZH = zhOf(KIND_WORDS_ZH);
const COMPARATOR_ZH = zhOf(COMPARATOR_WORDS_ZH);
const DIRECTION_ZH = zhOf(DIRECTION_WORDS_ZH);

const KIND_WORDS: Record<string, Indicator['kind']> = {
  累计: 'cumulative',
  累计型: 'cumulative',
  cumulative: 'cumulative',
  存量: 'level',
  存量型: 'level',
  level: 'level',
  增速: 'rate',
  增速型: 'rate',
  rate: 'rate',
  节点: 'milestone',
  节点型: 'milestone',
  milestone: 'milestone',
};
const COMPARATOR_WORDS: Record<string, Indicator['comparator']> = {
  以上: '>=',
  '>=': '>=',
  '≥': '>=',
  不低于: '>=',
  以内: '<=',
  '<=': '<=',
  '≤': '<=',
  不超过: '<=',
  区间: 'between',
  between: 'between',
  左右: 'approx',
  approx: 'approx',
};
const DIRECTION_WORDS: Record<string, 'increase' | 'decrease'> = {
  增长: 'increase',
  increase: 'increase',
  下降: 'decrease',
  decrease: 'decrease',
};
const YES = new Set(['是', 'y', 'yes', 'true', '1', '√']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

function listText(xs: Array<number | null>): string {
  return xs.map((x) => (x === null ? '' : String(x))).join(',');
}

function indicatorCells(ind: Indicator, sectionTitle: string): Record<FieldKey, CellValue> {
  return {
    code: ind.code,
    section: ind.section,
    sectionTitle,
    name: ind.name,
    kind: KIND_ZH[ind.kind],
    unit: ind.unit || null,
    // A milestone is done or not: no comparison to show (read back as the default).
    comparator: ind.kind === 'milestone' ? null : COMPARATOR_ZH[ind.comparator],
    value: ind.value,
    max: ind.max,
    adjustedValue: ind.adjustment?.value ?? null,
    adjustedMax: ind.adjustment?.max ?? null,
    adjustMonth: ind.adjustment?.month ?? null,
    adjustReason: ind.adjustment?.reason ?? null,
    tolerance: ind.tolerance,
    direction: ind.direction ? DIRECTION_ZH[ind.direction] : null,
    baseline: ind.baseline,
    responsible: ind.responsible,
    lead: ind.lead,
    deadlineMonth: ind.deadlineMonth,
    recurring: ind.recurring ? '是' : '否',
    hold: ind.kind === 'level' ? (ind.hold ? '是' : '否') : null,
    reportMonths: ind.reportMonths ? ind.reportMonths.join(',') : null,
    parent: ind.parent,
    schedule: ind.schedule ? listText(ind.schedule) : null,
    lastYear: ind.lastYear ? listText(ind.lastYear) : null,
    aheadPp: ind.bands?.aheadPp ?? null,
    behindPp: ind.bands?.behindPp ?? null,
    redPp: ind.bands?.redPp ?? null,
    momChange: ind.thresholds?.momChange ?? null,
    yoyChange: ind.thresholds?.yoyChange ?? null,
    overTargetMultiple: ind.thresholds?.overTargetMultiple ?? null,
    scaleFactor: ind.thresholds?.scaleFactor ?? null,
    note: ind.note,
  };
}

/** The 指标库 grid: a header row, then one row per indicator, in plan order. */
export function planToLedger(plan: Plan): CellValue[][] {
  const titles = new Map(plan.sections.map((s) => [s.id, s.title]));
  const rows: CellValue[][] = [LEDGER_COLUMNS.map((c) => c.header)];
  for (const ind of plan.indicators) {
    const cells = indicatorCells(ind, titles.get(ind.section) ?? '');
    rows.push(LEDGER_COLUMNS.map((c) => cells[c.key]));
  }
  return rows;
}

/** Rows below the table that still get the list validations, so rows typed under it are checked. */
const SPARE_ROWS = 200;

export function buildLedgerSheet(plan: Plan): SheetSpec {
  const sheet = emptySheet(LEDGER_SHEET);
  const grid = planToLedger(plan);
  const lastCol = colLetter(LEDGER_COLUMNS.length);
  const lastRow = Math.max(grid.length, 2);
  sheet.ranges.push({ ref: 'A1', rows: grid.map((row) => row.map((v) => ({ v }))) });
  sheet.tables.push({ name: LEDGER_TABLE, ref: `A1:${lastCol}${lastRow}`, style: 'TableStyleMedium2' });
  sheet.columnWidths = LEDGER_COLUMNS.map((c) => c.width);
  sheet.freeze = { rows: 1, columns: 1 };
  // 27 columns: printed one page wide, header repeated, or it spreads over a dozen pages.
  sheet.print = { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, titleRows: '1:1' };
  sheet.formats.push({ ref: `A1:${lastCol}1`, font: { bold: true }, horizontal: 'center', wrap: true });
  const end = lastRow + SPARE_ROWS;
  LEDGER_COLUMNS.forEach((c, i) => {
    if (c.format) sheet.formats.push({ ref: `${colLetter(i + 1)}2:${colLetter(i + 1)}${end}`, numberFormat: c.format });
  });
  const list = (key: FieldKey, words: string[], what: string, whatEn: string): ValidationSpec => {
    const col = colLetter(LEDGER_COLUMNS.findIndex((c) => c.key === key) + 1);
    return {
      ref: `${col}2:${col}${end}`,
      type: 'list',
      list: words,
      allowBlank: true,
      alert: 'stop',
      errorTitle: `${what}填写有误 / Invalid ${whatEn}`,
      error: `请从下拉列表选择：${words.join('、')}。/ Choose one of the listed ${whatEn} words.`,
    };
  };
  sheet.validations.push(
    list('kind', Object.values(KIND_ZH), '类型', 'kind'),
    list('comparator', Object.values(COMPARATOR_ZH), '比较', 'comparator'),
    list('direction', Object.values(DIRECTION_ZH), '方向', 'direction'),
    list('recurring', ['是', '否'], '每月任务', 'recurring'),
    list('hold', ['是', '否'], '保持水平', 'hold'),
  );
  const adjustCol = colLetter(LEDGER_COLUMNS.findIndex((c) => c.key === 'adjustMonth') + 1);
  sheet.validations.push({
    ref: `${adjustCol}2:${adjustCol}${end}`,
    type: 'whole',
    operator: 'between',
    formula1: 2,
    formula2: 12,
    allowBlank: true,
    alert: 'stop',
    errorTitle: '调整月份有误 / Invalid month',
    error:
      '调整月份填2-12的整数：从该月起按调整后目标计算。/ A whole month 2-12: progress from that month uses the adjusted target.',
  });
  const monthCol = colLetter(LEDGER_COLUMNS.findIndex((c) => c.key === 'deadlineMonth') + 1);
  sheet.validations.push({
    ref: `${monthCol}2:${monthCol}${end}`,
    type: 'whole',
    operator: 'between',
    formula1: 1,
    formula2: 12,
    allowBlank: true,
    alert: 'stop',
    errorTitle: '截止月份有误 / Invalid month',
    error: '截止月份填1-12的整数，年底前可留空。/ A whole month 1-12; leave blank for year end.',
  });
  return sheet;
}

export interface LedgerFinding {
  /** A1 address on 指标库, or null for the whole sheet. */
  cell: string | null;
  code: string | null;
  message: string;
  messageEn: string;
}

export interface LedgerBase {
  year: number;
  unitName: string;
  title: string | null;
  sections: Section[];
  settings: Settings;
}

export interface LedgerResult {
  /** The plan from the rows that read cleanly; null when the sheet has no usable header. */
  plan: Plan | null;
  findings: LedgerFinding[];
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

function toNumber(v: CellValue | undefined, allowPercent = false): number | null | 'bad' {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'bad';
  if (typeof v === 'boolean') return 'bad';
  const s = v.trim().replace(/％$/, '%');
  if (s === '') return null;
  const pct = allowPercent && s.endsWith('%');
  const n = Number((pct ? s.slice(0, -1) : s).trim());
  if (!Number.isFinite(n) || (pct ? s.slice(0, -1).trim() : s) === '') return 'bad';
  return pct ? n / 100 : n;
}

function toList(v: CellValue | undefined): Array<number | null> | null | 'bad' {
  const s = text(v);
  if (s === '') return null;
  const parts = s.split(/[,，、;；]/).map((p) => p.trim());
  const out: Array<number | null> = [];
  for (const p of parts) {
    if (p === '') {
      out.push(null);
      continue;
    }
    const n = Number(p);
    if (!Number.isFinite(n)) return 'bad';
    out.push(n);
  }
  return out;
}

const PLAN_FIELDS: Partial<Record<string, FieldKey>> = {
  code: 'code',
  section: 'section',
  name: 'name',
  kind: 'kind',
  unit: 'unit',
  comparator: 'comparator',
  value: 'value',
  max: 'max',
  tolerance: 'tolerance',
  direction: 'direction',
  baseline: 'baseline',
  responsible: 'responsible',
  hold: 'hold',
  reportMonths: 'reportMonths',
  lead: 'lead',
  deadlineMonth: 'deadlineMonth',
  schedule: 'schedule',
  lastYear: 'lastYear',
  parent: 'parent',
  recurring: 'recurring',
  note: 'note',
  adjustment: 'adjustedValue',
};

/** 指标库's header: a row of the first ten naming 代码 and 指标名称, by the exact header or its English. */
const LEDGER_HEADER_RULE: HeaderRule<FieldKey> = {
  columns: LEDGER_COLUMNS.map((lc) => ({
    key: lc.key,
    matches: (text: string) => {
      const h = text.replace(/^\*/, '');
      return lc.header === h || lc.en === h.toLowerCase();
    },
  })),
  rows: 10,
  atLeast: 2,
  required: ['code', 'name'],
};

/** The header row and each column found in it, by header text. */
function locateColumns(values: CellValue[][]): { headerRow: number; cols: Map<FieldKey, number> } | null {
  const found = locateHeader(values, LEDGER_HEADER_RULE);
  if (!found) return null;
  const cols = new Map<FieldKey, number>();
  for (const { key } of LEDGER_COLUMNS) if (found.cols[key] !== undefined) cols.set(key, found.cols[key]);
  return { headerRow: found.row, cols };
}

/**
 * Read the plan back from the 指标库 grid (values as read, row-major from A1). Rows that cannot be
 * read, and rows the plan's own checks refuse, are left out with a finding on their cell; the rest
 * make the plan.
 */
export function ledgerToPlan(values: CellValue[][], base: LedgerBase): LedgerResult {
  const findings: LedgerFinding[] = [];
  const located = locateColumns(values);
  if (!located) {
    return {
      plan: null,
      findings: [
        {
          cell: null,
          code: null,
          message: `“${LEDGER_SHEET}”表找不到标题行（需要“代码”和“指标名称”列）`,
          messageEn: `no header row on "${LEDGER_SHEET}" (needs the 代码 and 指标名称 columns)`,
        },
      ],
    };
  }
  const { headerRow, cols } = located;
  for (const c of LEDGER_COLUMNS) {
    if (!cols.has(c.key) && (c.key === 'kind' || c.key === 'section')) {
      return {
        plan: null,
        findings: [
          {
            cell: null,
            code: null,
            message: `“${LEDGER_SHEET}”表缺少“${c.header}”列`,
            messageEn: `"${LEDGER_SHEET}" has no "${c.header}" (${c.en}) column`,
          },
        ],
      };
    }
  }

  interface Candidate {
    row: number; // 0-based index in values
    code: string;
    raw: Record<string, unknown>;
    sectionTitle: string;
  }
  const candidates: Candidate[] = [];
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const get = (k: FieldKey): CellValue | undefined => {
      const c = cols.get(k);
      return c === undefined ? undefined : row[c];
    };
    const at = (k: FieldKey) => addr(r + 1, (cols.get(k) ?? 0) + 1);
    if ([...cols.values()].every((c) => text(row[c]) === '')) continue;
    const code = text(get('code'));
    const bad = (k: FieldKey, zh: string, en: string) =>
      findings.push({
        cell: at(k),
        code: code || null,
        message: `${LEDGER_SHEET}!${at(k)}：${zh}`,
        messageEn: `${LEDGER_SHEET}!${at(k)}: ${en}`,
      });
    let ok = true;
    const raw: Record<string, unknown> = {};
    const num = (k: FieldKey): number | null => {
      const n = toNumber(get(k), k === 'tolerance');
      if (n === 'bad') {
        bad(k, `“${text(get(k))}”不是数字`, `"${text(get(k))}" is not a number`);
        ok = false;
        return null;
      }
      return n;
    };
    const word = <T>(k: FieldKey, words: Record<string, T>, allowed: string): T | null => {
      const s = text(get(k));
      if (s === '') return null;
      const w = words[s] ?? words[s.toLowerCase()];
      if (w === undefined) {
        bad(k, `“${s}”应为${allowed}之一`, `"${s}" should be one of ${allowed}`);
        ok = false;
        return null;
      }
      return w;
    };
    raw.code = code;
    raw.section = text(get('section'));
    raw.name = text(get('name'));
    if (!code) {
      bad('code', '代码为空，每个指标都要有唯一的代码', 'the code is empty; every indicator needs a unique code');
      ok = false;
    }
    if (!raw.name) {
      bad('name', '指标名称为空', 'the name is empty');
      ok = false;
    }
    raw.kind = word('kind', KIND_WORDS, '累计、存量、增速、节点') ?? text(get('kind'));
    raw.unit = text(get('unit'));
    raw.comparator = word('comparator', COMPARATOR_WORDS, '以上、以内、区间、左右') ?? '>=';
    raw.value = num('value');
    raw.max = num('max');
    raw.tolerance = num('tolerance');
    raw.direction = word('direction', DIRECTION_WORDS, '增长、下降');
    raw.baseline = num('baseline');
    raw.responsible = text(get('responsible')) || null;
    raw.lead = text(get('lead')) || null;
    raw.deadlineMonth = num('deadlineMonth');
    for (const k of ['recurring', 'hold'] as const) {
      const yn = text(get(k)).toLowerCase();
      // A level row added without 保持水平 gets the proposal its wording makes.
      if (k === 'hold' && yn === '' && raw.kind === 'level')
        raw.hold = proposeHold(`${String(raw.name)} ${text(get('note'))}`);
      else if (YES.has(yn)) raw[k] = true;
      else if (NO.has(yn)) raw[k] = false;
      else {
        bad(k, `“${yn}”应为“是”或“否”`, `"${yn}" should be 是 (yes) or 否 (no)`);
        ok = false;
      }
    }
    const months = toList(get('reportMonths'));
    if (months === 'bad' || (months && months.some((m) => m === null || !Number.isInteger(m) || m < 1 || m > 12))) {
      bad(
        'reportMonths',
        '报送月份应为以逗号分隔的1-12的月份，如 3,6,9,12；每月报送留空',
        'report months: months 1-12 separated by commas, e.g. 3,6,9,12; blank for every month',
      );
      ok = false;
    } else raw.reportMonths = months;
    raw.parent = text(get('parent')) || null;
    for (const k of ['schedule', 'lastYear'] as const) {
      const l = toList(get(k));
      if (l === 'bad') {
        bad(k, '应为12个以逗号分隔的数字', 'should be 12 numbers separated by commas');
        ok = false;
      } else if (l !== null && l.length !== 12) {
        bad(k, `应为12个数字，现有${l.length}个`, `should be 12 numbers, found ${l.length}`);
        ok = false;
      } else if (k === 'schedule' && l && l.some((x) => x === null)) {
        bad(k, '序时计划每月都要有数', 'the schedule needs a number for every month');
        ok = false;
      } else raw[k] = l;
    }
    const bands: Record<string, number> = {};
    for (const k of ['aheadPp', 'behindPp', 'redPp'] as const) {
      const n = num(k);
      if (n !== null) bands[k] = n;
    }
    raw.bands = Object.keys(bands).length ? bands : null;
    const thresholds: Record<string, number> = {};
    for (const k of ['momChange', 'yoyChange', 'overTargetMultiple', 'scaleFactor'] as const) {
      const n = num(k);
      if (n !== null) thresholds[k] = n;
    }
    raw.thresholds = Object.keys(thresholds).length ? thresholds : null;
    const adjustedValue = num('adjustedValue');
    const adjustedMax = num('adjustedMax');
    const adjustMonth = num('adjustMonth');
    const adjustReason = text(get('adjustReason'));
    if (adjustedValue !== null && adjustMonth !== null) {
      raw.adjustment = { month: adjustMonth, value: adjustedValue, max: adjustedMax, reason: adjustReason || null };
    } else if (adjustedValue !== null || adjustMonth !== null) {
      const missing: FieldKey = adjustedValue === null ? 'adjustedValue' : 'adjustMonth';
      bad(
        missing,
        '目标调整要同时填“调整后目标”和“调整月份”',
        'an adjustment needs both the adjusted target and the month it applies from',
      );
      ok = false;
    }
    const note = get('note');
    raw.note = note === null || note === undefined || note === '' ? null : String(note);
    if (ok) candidates.push({ row: r, code, raw, sectionTitle: text(get('sectionTitle')) });
  }

  // Sections: _meta's list in its order, a title edited on any of its rows, new ids appended.
  const sections: Section[] = base.sections.map((s) => ({ ...s }));
  const edited = new Set<string>();
  for (const c of candidates) {
    const id = String(c.raw.section);
    if (!id) continue;
    const s = sections.find((x) => x.id === id);
    if (!s) sections.push({ id, title: c.sectionTitle || id });
    else if (c.sectionTitle && !edited.has(id) && c.sectionTitle !== s.title) {
      s.title = c.sectionTitle;
      edited.add(id);
    }
  }

  // The plan's own checks; rows they refuse are dropped (with a finding) until the rest is clean.
  let kept = candidates;
  for (let round = 0; round < 50; round++) {
    const data = {
      year: base.year,
      unitName: base.unitName,
      title: base.title,
      sections: sections.length ? sections : [{ id: '1', title: '1' }],
      indicators: kept.map((c) => c.raw),
      settings: base.settings,
    };
    const res = parsePlan(data);
    if (res.ok) return { plan: res.plan, findings: byPosition(findings) };
    const dropped = new Set<number>();
    for (const issue of res.issues) {
      const m = /^indicators\[(\d+)\]\.?([A-Za-z]*)/.exec(issue.path);
      if (!m) {
        return {
          plan: null,
          findings: [
            ...findings,
            { cell: null, code: null, message: `${LEDGER_SHEET}：${issue.message}`, messageEn: issue.messageEn },
          ],
        };
      }
      const c = kept[Number(m[1])];
      const key = PLAN_FIELDS[m[2]] ?? 'code';
      const col = cols.get(key) ?? cols.get('code') ?? 0;
      const cell = addr(c.row + 1, col + 1);
      const fieldHeader = LEDGER_COLUMNS.find((lc) => lc.key === key)?.header ?? key;
      findings.push({
        cell,
        code: c.code || null,
        message: `${LEDGER_SHEET}!${cell}（${fieldHeader}）：${issue.message.replace(/^indicators\[\d+\][^：]*：/, '')}`,
        messageEn: `${LEDGER_SHEET}!${cell} (${key}): ${issue.messageEn.replace(/^indicators\[\d+\][^:]*: /, '')}`,
      });
      dropped.add(Number(m[1]));
    }
    kept = kept.filter((_, i) => !dropped.has(i));
  }
  return { plan: null, findings: byPosition(findings) };
}

/** Findings in reading order: by row, then column; sheet-wide ones first. */
function byPosition(findings: LedgerFinding[]): LedgerFinding[] {
  const key = (f: LedgerFinding) => {
    if (!f.cell) return [0, 0];
    const p = parseAddr(f.cell);
    return [p.row, p.col];
  };
  return [...findings].sort((a, b) => {
    const [ra, ca] = key(a);
    const [rb, cb] = key(b);
    return ra - rb || ca - cb;
  });
}
