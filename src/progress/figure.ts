// Reading what a user typed into a figure cell. Offices return "3,200", "３２００", "3.2万", "约3万",
// "三千二百" or "32000亩"; this turns each into a number in the row's unit, or says what is wrong and
// suggests the number. One function, used by checks, the task pane and collect.
import type { CellValue } from '../workbook/spec';
import { isPercentUnit, unitScale } from '../plan/units';
import { MILESTONE_STATES, type MilestoneState, type Words } from './vocabulary';
import { parseChineseInteger } from './numerals';
import { showNumber, tidy } from './round';
import type { Message } from '../plan/message';

export type FigureProblem =
  | 'thousands-separator'
  | 'full-width'
  | 'scaled'
  | 'unit-suffix'
  | 'chinese-numeral'
  | 'percent'
  | 'whitespace'
  | 'letter-digit'
  | 'text-number'
  | 'approximate'
  | 'remark'
  | 'date-cell'
  | 'not-a-number';

/** Each problem in a user's words: the checks' messages. A new problem without words is a compile error. */
export const FIGURE_PROBLEMS: Record<FigureProblem, Words> = {
  'thousands-separator': { zh: '含千位分隔符', en: 'has thousands separators' },
  'full-width': { zh: '含全角字符', en: 'has full-width characters' },
  scaled: { zh: '带有“万”“亿”等数量级', en: 'carries a scale such as 万 or 亿' },
  'unit-suffix': { zh: '写了单位', en: 'has a unit written in' },
  'chinese-numeral': { zh: '是中文数字', en: 'is written in Chinese numerals' },
  percent: { zh: '带有百分号', en: 'has a percent sign' },
  whitespace: { zh: '含多余空格', en: 'has stray spaces' },
  'letter-digit': { zh: '把字母当作数字（O 应为 0，l 应为 1）', en: 'has letters for digits (O for 0, l for 1)' },
  'text-number': { zh: '是文本格式的数字', en: 'is a number stored as text' },
  approximate: { zh: '是估计值，不是数字', en: 'is an estimate, not a figure' },
  remark: { zh: '在数字后写了说明', en: 'has a remark after the number' },
  'date-cell': { zh: '单元格是日期格式', en: 'is in a cell formatted as a date' },
  'not-a-number': { zh: '不是数字', en: 'is not a number' },
};

export type FigureReading =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  | { kind: 'fixable'; value: number; problem: FigureProblem; message: Message }
  | { kind: 'invalid'; problem: FigureProblem; message: Message };

/** Units as clerks also write them (1.5km on a 公里 row), by the base unit the plan writes. */
const UNIT_ALIASES: Record<string, string[]> = {
  公里: ['km', '千米'],
  千米: ['km', '公里'],
  米: ['m'],
  千克: ['kg', '公斤'],
  公斤: ['kg', '千克'],
  吨: ['t'],
  平方米: ['m2', 'm²', '㎡', '平米'],
  公顷: ['ha', 'hm2', 'hm²'],
};

const NO_DATA = new Set(['-', '--', '—', '——', '–', '/', '无', '空', '暂无', '没有', 'n/a', 'N/A', '－', '／']);

/**
 * A mark clerks type for "no data" (无, —, /, 暂无…): blank to the figure reader, and no explanation
 * in a 备注 (src/check/notes.ts). Full-width forms and surrounding spaces read the same.
 */
export function isNoDataMark(text: string): boolean {
  const s = text.trim();
  return s === '' || NO_DATA.has(s) || NO_DATA.has(toHalfWidth(s).text.trim());
}
const APPROX = ['大约', '约', '近', '左右', '余', '多', '以上', '超过', '预计', '估计', '预估', '~', '≈', '～'];

const SCALE_CHARS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

/** Full-width digits and punctuation to ASCII; says whether anything changed. */
function toHalfWidth(s: string): { text: string; changed: boolean } {
  let out = '';
  let changed = false;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += String.fromCharCode(c - 0xfee0);
      changed = true;
    } else if (ch === '\u3000') {
      out += ' ';
      changed = true;
    } else out += ch;
  }
  return { text: out, changed };
}

const CN_FRACTION_DIGITS = '零〇一二三四五六七八九';

/** Chinese numerals such as 三千二百, 两万, 十二, 三点二万; null when the text is not one number. */
export function parseChineseNumber(s: string): number | null {
  if (!s) return null;
  const dot = s.indexOf('点');
  if (dot < 0) return parseChineseInteger(s);
  let frac = s.slice(dot + 1);
  // A trailing 万/亿 after a decimal applies to the whole number (三点二万 = 32000).
  const tail = frac[frac.length - 1];
  const tailScale = tail === '万' ? 1e4 : tail === '亿' ? 1e8 : 1;
  if (tailScale !== 1) frac = frac.slice(0, -1);
  const whole = dot === 0 ? 0 : parseChineseInteger(s.slice(0, dot));
  if (whole === null || !frac) return null;
  let digits = '';
  for (const ch of frac) {
    const d = CN_FRACTION_DIGITS.indexOf(ch);
    if (d < 0) return null;
    digits += String(d < 2 ? 0 : d - 1);
  }
  return Number(`${whole}.${digits}`) * tailScale;
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function fixable(value: number, problem: FigureProblem, raw: string, zh: string, en: string): FigureReading {
  return {
    kind: 'fixable',
    value,
    problem,
    message: { zh: `“${raw}”${zh}，建议填写 ${showNumber(value)}`, en: `"${raw}" ${en}; suggest ${showNumber(value)}` },
  };
}

function invalid(problem: FigureProblem, raw: string, unit: string, extraZh = '', extraEn = ''): FigureReading {
  const u = unit ? `（单位：${unit}）` : '';
  const ue = unit ? ` (unit: ${unit})` : '';
  return {
    kind: 'invalid',
    problem,
    message: {
      zh: `“${raw}”不是数字，应填写数字${u}${extraZh}`,
      en: `"${raw}" is not a number; expected a number${ue}${extraEn}`,
    },
  };
}

/**
 * Whether a number up to 1 on a % row is a percentage typed as a fraction (0.083 for 8.3%, 1 for 100%).
 * With a target of 1% or more, it is when ×100 lies nearer the target (0.083 against 8%, 0.976 against
 * 95%, 1 against 100%; not 0.5 against a growth of 6.5%); without one, only a fraction of whole
 * percents below 1 (0.12).
 */
function looksLikeFraction(raw: number, target: number | null | undefined): boolean {
  if (raw === 0 || Math.abs(raw) > 1) return false;
  const hundred = raw * 100;
  const targeted = typeof target === 'number' && Number.isFinite(target) && Math.abs(target) >= 1;
  // Exactly 1 is 100% as a fraction only beside a target near 100 (覆盖率100%, 参保率96-100%): 1% is an ordinary rate.
  if (Math.abs(raw) === 1) return raw === 1 && targeted && Math.abs(100 - target) < Math.abs(1 - target);
  if (targeted) {
    const twoDecimals = Math.abs(hundred * 100 - Math.round(hundred * 100)) < 1e-6;
    return twoDecimals && Math.abs(hundred - target) < Math.abs(raw - target);
  }
  return Math.abs(hundred - Math.round(hundred)) < 1e-9;
}

/**
 * Read a figure typed on a row whose unit is `unit` (as the plan writes it: 万亩, 亩, %, 个).
 * Returns the number in that unit, a suggestion, or why it cannot be read. Never throws. The row's
 * target, where given, tells a percentage typed as a fraction from a small rate.
 */
export function readFigure(raw: CellValue | undefined, unit: string, target?: number | null): FigureReading {
  const percentRow = isPercentUnit(unit);
  if (raw === null || raw === undefined) return { kind: 'blank' };
  if (typeof raw === 'boolean') return invalid('not-a-number', String(raw).toUpperCase(), unit);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return invalid('not-a-number', String(raw), unit);
    if (percentRow && looksLikeFraction(raw, target)) {
      // 12% or 8.3% typed into a cell Excel formats as percent arrives as 0.12 or 0.083.
      return {
        kind: 'fixable',
        value: tidy(raw * 100),
        problem: 'percent',
        message: {
          zh: `${showNumber(raw)} 看起来是小数形式的百分比（本行单位为%），建议填写 ${showNumber(raw * 100)}`,
          en: `${showNumber(raw)} looks like a fraction; this row is in %, suggest ${showNumber(raw * 100)} for ${showNumber(raw * 100)}%`,
        },
      };
    }
    return { kind: 'number', value: raw };
  }

  const original = raw;
  const trimmed = raw.trim();
  if (trimmed === '' || NO_DATA.has(trimmed)) return { kind: 'blank' };
  const hw = toHalfWidth(trimmed);
  let s = hw.text.trim();
  if (NO_DATA.has(s)) return { kind: 'blank' };

  for (const a of APPROX) {
    if (s.includes(a)) {
      return invalid(
        'approximate',
        original,
        unit,
        '；“约”“左右”“多”等估计值不能作为统计数',
        '; an estimate ("约", "左右", "多") is not a figure',
      );
    }
  }

  let problem: FigureProblem | null = hw.changed ? 'full-width' : null;
  const note = (p: FigureProblem) => {
    if (problem === null || problem === 'full-width' || problem === 'whitespace') problem = p;
  };

  if (/\s/.test(s)) {
    s = s.replace(/\s+/g, '');
    if (problem === null) problem = 'whitespace';
  }

  // "1,2OO", "l5": the letters O and l typed for 0 and 1, among digits only.
  if (/\d/.test(s) && /^[+-]?[\dOoIl,.]+$/.test(s) && /[OoIl]/.test(s)) {
    s = s.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
    note('letter-digit');
  }

  // A remark in brackets after the number ("15（含2月）"): the figure is the number, the remark belongs in 备注.
  let remark: string | null = null;
  const bracketed = /^([^()]+)\(([^()]+)\)$/.exec(s);
  if (bracketed) {
    s = bracketed[1];
    remark = bracketed[2];
  }

  // Percent sign.
  let hadPercent = false;
  if (s.endsWith('%')) {
    hadPercent = true;
    s = s.slice(0, -1);
  }

  // A unit written in the cell: the row's unit, its base unit, or any scaled form of the base.
  const rowScale = unitScale(unit);
  let unitFactor = 1; // multiplies the number into base units
  let hadUnit = false;
  const base = rowScale.base;
  if (base && !percentRow) {
    const written = [base, ...(UNIT_ALIASES[base] ?? [])].find((u) => s.toLowerCase().endsWith(u.toLowerCase()));
    if (written) {
      s = s.slice(0, -written.length);
      hadUnit = true;
    }
  }
  // A scale character after the number: 3.2万 (with or without the unit).
  const last = s[s.length - 1];
  let hadScale = false;
  if (last && SCALE_CHARS[last] && s.length > 1 && /[\d.]$/.test(s.slice(0, -1))) {
    unitFactor = SCALE_CHARS[last];
    s = s.slice(0, -1);
    hadScale = true;
  }
  if (hadUnit && !hadScale) unitFactor = 1;

  let n: number | null = null;
  let numberProblem: FigureProblem | null = null;
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    n = Number(s.replace(/,/g, ''));
    numberProblem = 'thousands-separator';
  } else if (NUMBER_RE.test(s)) {
    n = Number(s);
  } else {
    const cn = parseChineseNumber(s);
    if (cn !== null) {
      n = cn;
      numberProblem = 'chinese-numeral';
    }
  }
  if (n === null || !Number.isFinite(n)) return invalid('not-a-number', original, unit);
  if (numberProblem) note(numberProblem);

  if (hadPercent) {
    if (!percentRow)
      return invalid('not-a-number', original, unit, '，本行不是百分比', '; this row is not a percentage');
    note('percent');
  }

  // Convert into the row's unit: a figure in base units (亩) on a 万亩 row divides by 1e4.
  let value = n;
  if (hadUnit || hadScale) {
    const baseQty = hadUnit && !hadScale ? n : n * unitFactor;
    value = tidy(baseQty / rowScale.scale);
    note(hadUnit ? 'unit-suffix' : 'scaled');
  }

  if (problem === null) problem = 'text-number';
  if (remark !== null) problem = 'remark';
  const zh: Record<FigureProblem, string> = {
    'thousands-separator': '含千位分隔符',
    'full-width': '含全角字符',
    scaled: `带有数量级（本行单位为${unit}）`,
    'unit-suffix': `写了单位（本行单位为${unit}，只填数字）`,
    'chinese-numeral': '是中文数字',
    percent: '带有百分号（本行单位已是%）',
    whitespace: '含多余空格',
    'letter-digit': '把字母当作数字（O 应为 0，l 应为 1）',
    'text-number': '是文本格式的数字',
    approximate: '是估计值',
    remark: `在数字后写了说明（“${remark ?? ''}”请写在备注）`,
    'date-cell': '单元格是日期格式',
    'not-a-number': '不是数字',
  };
  const en: Record<FigureProblem, string> = {
    'thousands-separator': 'has thousands separators',
    'full-width': 'has full-width characters',
    scaled: `carries a scale (this row is in ${unit})`,
    'unit-suffix': `has a unit written in (this row is in ${unit}; enter the number only)`,
    'chinese-numeral': 'is written in Chinese numerals',
    percent: 'has a percent sign (the row is already in %)',
    whitespace: 'has stray spaces',
    'letter-digit': 'has letters for digits (O for 0, l for 1)',
    'text-number': 'is a number stored as text',
    approximate: 'is an estimate',
    remark: `has a remark after the number ("${remark ?? ''}" belongs in 备注)`,
    'date-cell': 'is in a cell formatted as a date',
    'not-a-number': 'is not a number',
  };
  return fixable(value, problem, original, zh[problem], en[problem]);
}

export type MilestoneReading =
  { kind: 'blank' } | { kind: 'state'; state: MilestoneState } | { kind: 'invalid'; message: Message };

const STATE_SYNONYMS: Record<string, MilestoneState> = {
  完成: '已完成',
  已完工: '已完成',
  完工: '已完成',
  已验收: '已完成',
  进行中: '推进中',
  在建: '推进中',
  未启动: '未开始',
};

export function readMilestoneState(raw: CellValue | undefined): MilestoneReading {
  if (raw === null || raw === undefined) return { kind: 'blank' };
  const s = toHalfWidth(String(raw)).text.trim();
  if (s === '' || NO_DATA.has(s)) return { kind: 'blank' };
  if ((MILESTONE_STATES as readonly string[]).includes(s)) return { kind: 'state', state: s as MilestoneState };
  const syn = STATE_SYNONYMS[s];
  const hint = syn ? `，是否为“${syn}”？` : '';
  const hintEn = syn ? `; did you mean "${syn}"?` : '';
  return {
    kind: 'invalid',
    message: {
      zh: `“${String(raw)}”不是节点状态，应填写 未开始、推进中 或 已完成${hint}`,
      en: `"${String(raw)}" is not a milestone state; expected 未开始, 推进中 or 已完成${hintEn}`,
    },
  };
}

/** Words of a task not begun; first, so that "尚未开工" does not read as 开工. */
const NOT_BEGUN = /未开始|未启动|未开工|未开展|尚未|还没/;

const STATE_HINTS: Array<[RegExp, MilestoneState]> = [
  [NOT_BEGUN, '未开始'],
  // Part done is not done (完成80%, 完成过半, 基本完成, 主体完工): suggesting 已完成 would put an
  // unfinished project in the report as finished.
  [/过半|基本|主体|大部分|部分|初步|即将|正在|待验收|调试|收尾/, '推进中'],
  [/已完成|完成|完工|验收|竣工|投产/, '已完成'],
  [/推进中|推进|进行|在建|实施|开工/, '推进中'],
];

/** A share below 100% in the text ("完成80%", "已完成90％"): under way, whatever verb it carries. */
function partShare(raw: string): boolean {
  const m = /(\d+(?:\.\d+)?)\s*[%％]/.exec(
    raw.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  return m !== null && Number(m[1]) < 100;
}

/**
 * The state a milestone's free text most likely means ("已投产" 已完成, "完成80%" 推进中), or null: the
 * check's suggestion, and the month a milestone reported done in words is done (a later exact
 * 已完成 does not make it late).
 */
export function suggestMilestoneState(raw: string): MilestoneState | null {
  // "未完成" names no state it could be; leave it to the user.
  if (/未完成/.test(raw)) return null;
  if (partShare(raw) && !NOT_BEGUN.test(raw)) return '推进中';
  for (const [re, state] of STATE_HINTS) if (re.test(raw)) return state;
  return null;
}

const APPROX_WORDS = /大约|约|近|左右|余|多|以上|超过|预计|估计|预估|[~≈～]/g;

/**
 * The number a figure cell reads as once confirmed: a plain or fixable number ("1,200" → 1200), or the
 * number an estimate names ("约250" → 250, "约3万" on a 亩 row → 30000); null when none. The check
 * suggests it, and collect treats a returned text reading as the master's number as the same figure.
 */
export function readingOf(raw: CellValue, unit: string): number | null {
  const r = readFigure(raw, unit);
  if (r.kind === 'number' || r.kind === 'fixable') return r.value;
  if (r.kind !== 'invalid' || r.problem !== 'approximate' || typeof raw !== 'string') return null;
  const e = readFigure(raw.replace(APPROX_WORDS, ''), unit);
  return e.kind === 'number' || e.kind === 'fixable' ? e.value : null;
}

/**
 * A number in a cell the sheet shows as a date: Excel and WPS turn a typed "1-5" or "1/5" into
 * 1月5日 (45296). Not a figure, whatever the number: the check and collect say so in these words.
 */
export function dateCell(shown: string): FigureReading & { kind: 'invalid' } {
  return {
    kind: 'invalid',
    problem: 'date-cell',
    message: {
      zh: `单元格是日期格式（${shown}），输入可能被自动转成了日期`,
      en: `the cell is formatted as a date (${shown}): what was typed may have been turned into a date`,
    },
  };
}
