// 指标库 read back into a Plan: the header found by text, each row read field by field (a cell that
// cannot be read is a finding on that cell and leaves its row out), then the plan's own checks
// (a row they refuse is left out with a finding, until the rest is clean).
import type { Indicator, Plan, Section, Settings } from '../plan/types';
import { parsePlan, type PlanIssue } from '../plan/schema';
import type { Message } from '../plan/message';
import { parseMonthList } from '../plan/months';
import { FIGURE_PROBLEMS, readFigure, type FigureProblem } from '../progress/figure';
import { showNumber } from '../progress/round';
import type { CellValue } from '../workbook/spec';
import { addr, parseAddr } from '../workbook/a1';
import { locateHeader } from '../workbook/layout';
import { proposeHold } from '../progress/progress';
import { LEDGER_SHEET } from './layout';
import { BOTTOM_LINE_KIND } from './ledger';
import { LEDGER_COLUMNS, LEDGER_HEADER_RULE, type FieldKey } from './ledgerColumns';

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
  // The words the pane's review cards and the extractor use.
  不少于: '>=',
  不小于: '>=',
  至少: '>=',
  以内: '<=',
  '<=': '<=',
  '≤': '<=',
  不超过: '<=',
  不高于: '<=',
  不大于: '<=',
  以下: '<=',
  最多: '<=',
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

export interface LedgerFinding {
  /** A1 address on 指标库, or null for the whole sheet. */
  cell: string | null;
  code: string | null;
  message: Message;
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
  /** Cells read as an unambiguous number though typed otherwise ("５" → 5, "3000亩" on a 亩 row → 3000). */
  notes: LedgerFinding[];
}

/** What a typed number may carry and still be read as itself: nothing about its size is guessed. */
const READ_AS_IS: ReadonlySet<FigureProblem> = new Set([
  'full-width',
  'whitespace',
  'text-number',
  'thousands-separator',
  'unit-suffix',
]);
/** Columns whose numbers are in the row's unit (a figure typed with that unit is that figure). */
const IN_ROW_UNIT: ReadonlySet<FieldKey> = new Set(['value', 'max', 'adjustedValue', 'adjustedMax', 'baseline']);
/** What a column that refuses a typed figure wants instead. */
const PERCENT_HINT: Partial<Record<FieldKey, Message>> = {
  overTargetMultiple: { zh: '（应填倍数，如超过目标3倍填 3）', en: ' (a multiple: 3 for three times the target)' },
  scaleFactor: { zh: '（应填倍数，如 1000）', en: ' (a multiple, e.g. 1000)' },
  aheadPp: { zh: '（应填百分点数，如 5）', en: ' (percentage points, e.g. 5)' },
  behindPp: { zh: '（应填百分点数，如 0）', en: ' (percentage points, e.g. 0)' },
  redPp: { zh: '（应填百分点数，如 30）', en: ' (percentage points, e.g. 30)' },
  deadlineMonth: { zh: '（应填1-12的月份）', en: ' (a month 1-12)' },
};
/** Columns holding a share or a multiple, where "5%" and "500%" are unambiguous (0.05, 5). */
const PERCENT_OK: ReadonlySet<FieldKey> = new Set(['tolerance', 'momChange', 'yoyChange']);

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

function toList(v: CellValue | undefined, percent = false): Array<number | null> | null | 'bad' {
  const s = text(v)
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.');
  if (s === '') return null;
  const parts = s.split(/[,，、;；]/).map((p) => p.trim());
  const out: Array<number | null> = [];
  for (const p of parts) {
    if (p === '') {
      out.push(null);
      continue;
    }
    // "55%" as the tool itself prints a 序时计划, and full-width digits: a share like 0.55.
    const n = toNumber(p, percent);
    if (n === 'bad' || n === null) return 'bad';
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

type Columns = Map<FieldKey, number>;

/** One row that read cleanly, as the raw indicator the plan's checks take. */
interface Candidate {
  row: number; // 0-based index in values
  code: string;
  raw: Record<string, unknown>;
  sectionTitle: string;
}

const sheetFinding = (message: Message): LedgerFinding => ({ cell: null, code: null, message });

/** The header row and its columns, or why the sheet cannot be read. */
function headerOf(values: CellValue[][]): { headerRow: number; cols: Columns } | LedgerFinding {
  const found = locateHeader(values, LEDGER_HEADER_RULE);
  if (!found)
    return sheetFinding({
      zh: `“${LEDGER_SHEET}”表找不到标题行（需要“代码”和“指标名称”列）`,
      en: `no header row on "${LEDGER_SHEET}" (needs the 代码 and 指标名称 columns)`,
    });
  const cols: Columns = new Map();
  for (const { key } of LEDGER_COLUMNS) if (found.cols[key] !== undefined) cols.set(key, found.cols[key]);
  for (const c of LEDGER_COLUMNS)
    if (!cols.has(c.key) && (c.key === 'kind' || c.key === 'section'))
      return sheetFinding({
        zh: `“${LEDGER_SHEET}”表缺少“${c.header}”列`,
        en: `"${LEDGER_SHEET}" has no "${c.header}" (${c.en}) column`,
      });
  return { headerRow: found.row, cols };
}

/** One row's cells by field; a cell that cannot be read leaves a finding and marks the row bad. */
class RowReader {
  ok = true;
  readonly raw: Record<string, unknown> = {};
  readonly code: string;
  constructor(
    private readonly row: CellValue[],
    private readonly r: number,
    private readonly cols: Columns,
    private readonly findings: LedgerFinding[],
    private readonly notes: LedgerFinding[],
  ) {
    this.code = this.text('code');
  }

  get(k: FieldKey): CellValue | undefined {
    const c = this.cols.get(k);
    return c === undefined ? undefined : this.row[c];
  }

  text(k: FieldKey): string {
    return text(this.get(k));
  }

  finding(k: FieldKey, zh: string, en: string): LedgerFinding {
    const at = addr(this.r + 1, (this.cols.get(k) ?? 0) + 1);
    return {
      cell: at,
      code: this.code || null,
      message: { zh: `${LEDGER_SHEET}!${at}：${zh}`, en: `${LEDGER_SHEET}!${at}: ${en}` },
    };
  }

  bad(k: FieldKey, zh: string, en: string): void {
    this.findings.push(this.finding(k, zh, en));
    this.ok = false;
  }

  num(k: FieldKey): number | null {
    const n = toNumber(this.get(k), PERCENT_OK.has(k));
    if (n !== 'bad') return n;
    // Read as the checks read a typed figure: what is unambiguous is taken (with a note on the cell),
    // anything whose size would be guessed (3.2万, 三千, 3000亩 on a 万亩 row) is refused with the number
    // to type.
    const typed = this.text(k);
    const month = /^(\d{1,2})\s*月$/.exec(typed);
    if (month && (k === 'deadlineMonth' || k === 'adjustMonth')) return Number(month[1]);
    const unit = IN_ROW_UNIT.has(k) ? String(this.raw.unit ?? '') : '';
    const r = readFigure(typed, unit);
    const asIs =
      r.kind === 'fixable' &&
      READ_AS_IS.has(r.problem) &&
      (r.problem !== 'unit-suffix' || (unit !== '' && typed.replace(/\s+/g, '').endsWith(unit)));
    if (r.kind === 'fixable' && asIs) {
      const why = FIGURE_PROBLEMS[r.problem];
      this.notes.push(
        this.finding(
          k,
          `“${typed}”${why.zh}，按 ${showNumber(r.value)} 读取`,
          `"${typed}" ${why.en}; read as ${showNumber(r.value)}`,
        ),
      );
      return r.value;
    }
    if (r.kind === 'fixable') {
      const why = FIGURE_PROBLEMS[r.problem];
      this.bad(
        k,
        `“${typed}”${why.zh}${unit ? `（本行单位为${unit}）` : ''}，建议改为 ${showNumber(r.value)}`,
        `"${typed}" ${why.en}${unit ? ` (this row is in ${unit})` : ''}; suggest ${showNumber(r.value)}`,
      );
      return null;
    }
    const hint = PERCENT_HINT[k];
    this.bad(k, `“${typed}”不是数字${hint ? hint.zh : ''}`, `"${typed}" is not a number${hint ? hint.en : ''}`);
    return null;
  }

  word<T>(k: FieldKey, words: Record<string, T>, allowed: string): T | null {
    const s = this.text(k);
    if (s === '') return null;
    const w = words[s] ?? words[s.toLowerCase()];
    if (w !== undefined) return w;
    this.bad(k, `“${s}”应为${allowed}之一`, `"${s}" should be one of ${allowed}`);
    return null;
  }
}

/** 代码, 板块, 指标名称: a row needs a code and a name. */
function readNames(rd: RowReader): void {
  const { raw } = rd;
  raw.code = rd.code;
  raw.section = rd.text('section');
  raw.name = rd.text('name');
  if (!rd.code)
    rd.bad('code', '代码为空，每个指标都要有唯一的代码', 'the code is empty; every indicator needs a unique code');
  if (!raw.name) rd.bad('name', '指标名称为空', 'the name is empty');
}

/** 类型 .. 截止月份: what the target is and who answers for it. */
function readTarget(rd: RowReader): void {
  const { raw } = rd;
  // 底线 (a bottom line): a count at most 0, its 比较 and 目标值 implied when left blank.
  const bottomLine = rd.text('kind') === BOTTOM_LINE_KIND;
  raw.kind = bottomLine
    ? 'cumulative'
    : (rd.word('kind', KIND_WORDS, '累计、存量、增速、节点、底线') ?? rd.text('kind'));
  if (bottomLine) raw.bottomLine = true;
  raw.unit = rd.text('unit');
  raw.comparator =
    rd.word('comparator', COMPARATOR_WORDS, '以上（不少于）、以内（不超过）、区间、左右') ?? (bottomLine ? '<=' : '>=');
  raw.value = rd.num('value') ?? (bottomLine ? 0 : null);
  raw.max = rd.num('max');
  raw.tolerance = rd.num('tolerance');
  raw.direction = rd.word('direction', DIRECTION_WORDS, '增长、下降');
  raw.baseline = rd.num('baseline');
  raw.responsible = rd.text('responsible') || null;
  raw.lead = rd.text('lead') || null;
  raw.deadlineMonth = rd.num('deadlineMonth');
}

/** 每月任务 and 保持水平: 是 or 否. */
function readFlags(rd: RowReader): void {
  const { raw } = rd;
  for (const k of ['recurring', 'hold'] as const) {
    const yn = rd.text(k).toLowerCase();
    // A level row added without 保持水平 gets the proposal its wording makes.
    if (k === 'hold' && yn === '' && raw.kind === 'level')
      raw.hold = proposeHold(`${String(raw.name)} ${rd.text('note')}`);
    else if (YES.has(yn)) raw[k] = true;
    else if (NO.has(yn)) raw[k] = false;
    else rd.bad(k, `“${yn}”应为“是”或“否”`, `"${yn}" should be 是 (yes) or 否 (no)`);
  }
}

/** 报送月份, 上级代码, 序时计划, 上年同期累计: lists by month. */
function readLists(rd: RowReader): void {
  const { raw } = rd;
  const months = parseMonthList(text(rd.get('reportMonths')));
  if (months === 'bad')
    rd.bad(
      'reportMonths',
      '报送月份应为1-12的月份，如 3,6,9,12、2-12 或 按季度；每月报送留空',
      'report months: months 1-12, e.g. 3,6,9,12, 2-12 or 按季度 (quarterly); blank for every month',
    );
  else raw.reportMonths = months;
  raw.parent = rd.text('parent') || null;
  for (const k of ['schedule', 'lastYear'] as const) {
    const l = toList(rd.get(k), k === 'schedule');
    if (l === 'bad') rd.bad(k, '应为12个以逗号分隔的数字', 'should be 12 numbers separated by commas');
    else if (l !== null && l.length !== 12)
      rd.bad(k, `应为12个数字，现有${l.length}个`, `should be 12 numbers, found ${l.length}`);
    else if (k === 'schedule' && l && l.some((x) => x === null))
      rd.bad(k, '序时计划每月都要有数', 'the schedule needs a number for every month');
    else raw[k] = l;
  }
}

/** The row's own colour bands and check thresholds, where it overrides the settings. */
function readOverrides(rd: RowReader): void {
  const pick = (keys: readonly FieldKey[]): Record<string, number> | null => {
    const out: Record<string, number> = {};
    for (const k of keys) {
      const n = rd.num(k);
      if (n !== null) out[k] = n;
    }
    return Object.keys(out).length ? out : null;
  };
  rd.raw.bands = pick(['aheadPp', 'behindPp', 'redPp']);
  rd.raw.thresholds = pick(['momChange', 'yoyChange', 'overTargetMultiple', 'scaleFactor']);
}

/** 调整后目标 from 调整月份: both or neither. */
function readAdjustment(rd: RowReader): void {
  const adjustedValue = rd.num('adjustedValue');
  const adjustedMax = rd.num('adjustedMax');
  const adjustMonth = rd.num('adjustMonth');
  const adjustReason = rd.text('adjustReason');
  if (adjustedValue !== null && adjustMonth !== null) {
    rd.raw.adjustment = { month: adjustMonth, value: adjustedValue, max: adjustedMax, reason: adjustReason || null };
  } else if (adjustedValue !== null || adjustMonth !== null) {
    rd.bad(
      adjustedValue === null ? 'adjustedValue' : 'adjustMonth',
      '目标调整要同时填“调整后目标”和“调整月份”',
      'an adjustment needs both the adjusted target and the month it applies from',
    );
  }
}

/** A row read field by field; null for a blank row or one with a cell that cannot be read. */
function readRow(
  values: CellValue[][],
  r: number,
  cols: Columns,
  findings: LedgerFinding[],
  notes: LedgerFinding[],
): Candidate | null {
  const row = values[r] ?? [];
  if ([...cols.values()].every((c) => text(row[c]) === '')) return null;
  const rd = new RowReader(row, r, cols, findings, notes);
  readNames(rd);
  readTarget(rd);
  readFlags(rd);
  readLists(rd);
  readOverrides(rd);
  readAdjustment(rd);
  const note = rd.get('note');
  rd.raw.note = note === null || note === undefined || note === '' ? null : String(note);
  return rd.ok ? { row: r, code: rd.code, raw: rd.raw, sectionTitle: rd.text('sectionTitle') } : null;
}

/** Sections: _meta's list in its order, a title edited on any of its rows, new ids appended. */
function sectionsOf(base: Section[], candidates: Candidate[]): Section[] {
  const sections: Section[] = base.map((s) => ({ ...s }));
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
  return sections;
}

/** A plan check's complaint about a kept row, on the cell of the field it names. */
function issueFinding(c: Candidate, field: string, cols: Columns, issue: PlanIssue): LedgerFinding {
  const key = PLAN_FIELDS[field] ?? 'code';
  const col = cols.get(key) ?? cols.get('code') ?? 0;
  const cell = addr(c.row + 1, col + 1);
  const fieldHeader = LEDGER_COLUMNS.find((lc) => lc.key === key)?.header ?? key;
  return {
    cell,
    code: c.code || null,
    message: {
      zh: `${LEDGER_SHEET}!${cell}（${fieldHeader}）：${issue.problem.zh}`,
      en: `${LEDGER_SHEET}!${cell} (${key}): ${issue.problem.en}`,
    },
  };
}

/** The plan's own checks; rows they refuse are dropped (with a finding) until the rest is clean. */
function checkedPlan(
  base: LedgerBase,
  sections: Section[],
  candidates: Candidate[],
  cols: Columns,
  findings: LedgerFinding[],
): LedgerResult {
  let kept = candidates;
  for (let round = 0; round < 50; round++) {
    const res = parsePlan({
      year: base.year,
      unitName: base.unitName,
      title: base.title,
      sections: sections.length ? sections : [{ id: '1', title: '1' }],
      indicators: kept.map((c) => c.raw),
      settings: base.settings,
    });
    if (res.ok) return { plan: res.plan, findings: byPosition(findings), notes: [] };
    const dropped = new Set<number>();
    for (const issue of res.issues) {
      const m = /^indicators\[(\d+)\]\.?([A-Za-z]*)/.exec(issue.path);
      if (!m) {
        const whole = sheetFinding({ zh: `${LEDGER_SHEET}：${issue.message.zh}`, en: issue.message.en });
        return { plan: null, findings: [...findings, whole], notes: [] };
      }
      findings.push(issueFinding(kept[Number(m[1])], m[2], cols, issue));
      dropped.add(Number(m[1]));
    }
    kept = kept.filter((_, i) => !dropped.has(i));
  }
  return { plan: null, findings: byPosition(findings), notes: [] };
}

/**
 * Read the plan back from the 指标库 grid (values as read, row-major from A1). Rows that cannot be
 * read, and rows the plan's own checks refuse, are left out with a finding on their cell; the rest
 * make the plan.
 */
export function ledgerToPlan(values: CellValue[][], base: LedgerBase): LedgerResult {
  const header = headerOf(values);
  if (!('cols' in header)) return { plan: null, findings: [header], notes: [] };
  const findings: LedgerFinding[] = [];
  const notes: LedgerFinding[] = [];
  const candidates: Candidate[] = [];
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const c = readRow(values, r, header.cols, findings, notes);
    if (c) candidates.push(c);
  }
  const checked = checkedPlan(base, sectionsOf(base.sections, candidates), candidates, header.cols, findings);
  return { ...checked, notes: byPosition(notes) };
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
