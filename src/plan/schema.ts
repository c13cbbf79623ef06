// The plan file's schema. A plan file may leave optional fields out; parsePlan returns a plan with
// every field present (null where unknown). Errors name the field path and say what was expected,
// in Chinese and English, and a bad file never throws past parsePlan.
import { YEAR_MAX, YEAR_MIN, type Message } from './message';
import { sheetNameProblem } from '../workbook/a1';
import { officesOf, ownersOf } from './owners';
import { z } from 'zod';
import type { Indicator, Plan } from './types';
import { DEFAULT_SETTINGS } from './types';

const num = z.number().finite();
const nullableNum = num.nullable().optional();
const share = z.number().min(0).max(1);

const bandsSchema = z.object({ aheadPp: num.min(0), behindPp: num.min(0), redPp: num.min(0) }).strict();
const thresholdsSchema = z
  .object({
    momChange: num.positive(),
    yoyChange: num.positive(),
    overTargetMultiple: num.positive(),
    scaleFactor: num.gt(1),
  })
  .strict();

export const indicatorSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, 'code'),
    section: z.string().trim().min(1),
    name: z.string().trim().min(1).max(120),
    kind: z.enum(['cumulative', 'level', 'rate', 'milestone']),
    unit: z.string().trim().max(16).nullable().optional(),
    comparator: z.enum(['>=', '<=', 'between', 'approx']).optional().default('>='),
    value: nullableNum,
    max: nullableNum,
    tolerance: z.number().min(0).max(1).nullable().optional(),
    direction: z.enum(['increase', 'decrease']).nullable().optional(),
    baseline: nullableNum,
    responsible: z.string().trim().max(60).nullable().optional(),
    lead: z.string().trim().max(60).nullable().optional(),
    deadlineMonth: z.number().int().min(1).max(12).nullable().optional(),
    schedule: z.array(share).length(12).nullable().optional(),
    lastYear: z.array(num.nullable()).length(12).nullable().optional(),
    parent: z.string().trim().nullable().optional(),
    recurring: z.boolean().optional().default(false),
    hold: z.boolean().optional().default(false),
    bottomLine: z.boolean().optional().default(false),
    reportMonths: z.array(z.number().int().min(1).max(12)).min(1).max(12).nullable().optional(),
    bands: bandsSchema.partial().nullable().optional(),
    thresholds: thresholdsSchema.partial().nullable().optional(),
    note: z.string().nullable().optional(),
    adjustment: z
      .object({
        month: z.number().int().min(2).max(12),
        value: num,
        max: nullableNum,
        reason: z.string().trim().max(200).nullable().optional(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict();

export const planSchema = z
  .object({
    year: z.number().int().min(YEAR_MIN).max(YEAR_MAX),
    unitName: z.string().trim().min(1).max(60),
    title: z.string().nullable().optional(),
    sections: z.array(z.object({ id: z.string().trim().min(1), title: z.string().trim().min(1) }).strict()).min(1),
    indicators: z.array(indicatorSchema),
    settings: z
      .object({
        scheduleDecimals: z.number().int().min(0).max(4).nullable().optional(),
        bands: bandsSchema.partial().optional(),
        thresholds: thresholdsSchema.partial().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface PlanIssue {
  /** Field path, e.g. "indicators[3].value". */
  path: string;
  /** The sentence a user reads: where ("第4项指标（代码 A-01 名称）的目标值"), then what is wrong. */
  message: Message;
  /** What is wrong without where (for a reader that names the cell instead: 指标库!H7). */
  problem: Message;
}

export type PlanResult = { ok: true; plan: Plan } | { ok: false; issues: PlanIssue[] };

const FIELD_ZH: Record<string, string> = {
  year: '年度',
  unitName: '单位名称',
  sections: '板块',
  indicators: '指标',
  code: '代码',
  section: '板块',
  name: '名称',
  kind: '类型',
  unit: '单位',
  comparator: '比较方式',
  value: '目标值',
  max: '上限',
  tolerance: '容差',
  direction: '方向',
  baseline: '基数',
  responsible: '责任单位',
  lead: '分管领导',
  deadlineMonth: '截止月份',
  schedule: '序时计划',
  lastYear: '上年同期',
  parent: '上级代码',
  recurring: '每月任务',
  hold: '保持水平',
  bottomLine: '底线',
  reportMonths: '报送月份',
  settings: '设置',
  adjustment: '目标调整',
  month: '调整月份',
  reason: '调整原因',
  title: '标题',
  id: '编号',
  scheduleDecimals: '序时进度取整',
  bands: '状态区间',
  thresholds: '审核阈值',
  aheadPp: '超进度线',
  behindPp: '欠进度线',
  redPp: '红色线',
  momChange: '环比阈值',
  yoyChange: '同比阈值',
  overTargetMultiple: '超目标倍数',
  scaleFactor: '量级倍数',
  note: '说明',
};

function pathText(path: ReadonlyArray<PropertyKey>): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || '(根 / root)';
}

/**
 * Where an issue is, in words a statistician follows: "第7项指标（代码 NY-04 稻渔综合种养面积）的目标值"
 * (1-based, with the indicator's code and name as the file gives them); the English keeps the JSON
 * path for whoever edits the file by hand.
 */
export function issuePlace(path: ReadonlyArray<PropertyKey>, data: unknown): Message {
  const json = pathText(path);
  if (path.length === 0) return { zh: '计划文件', en: 'the plan file' };
  const parts: string[] = [];
  let en = '';
  let k = 0;
  const list = path[0];
  if ((list === 'indicators' || list === 'sections') && typeof path[1] === 'number') {
    const i = path[1];
    const item = (data as Record<string, unknown[]> | null)?.[list]?.[i] as Record<string, unknown> | undefined;
    const said = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    if (list === 'indicators') {
      const code = said(item?.code);
      const name = said(item?.name);
      const who = [code ? `代码 ${code}` : '无代码', name].filter(Boolean).join(' ');
      parts.push(`第${i + 1}项指标（${who}）`);
      en = `indicator ${i + 1}: ${[code ?? 'no code', name].filter(Boolean).join(' ')}`;
    } else {
      const id = said(item?.id);
      parts.push(`第${i + 1}个板块${id ? `（${id}）` : ''}`);
      en = `section ${i + 1}${id ? `: ${id}` : ''}`;
    }
    k = 2;
  }
  for (; k < path.length; k++) {
    const p = path[k];
    if (typeof p === 'number') parts.push(`第${p + 1}个值`);
    else parts.push(FIELD_ZH[p as string] ?? String(p));
  }
  return { zh: parts.join('的'), en: en ? `${json} (${en})` : json };
}

/** What is wrong, without where (issuePlace says that). */
function describe(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message))
        return { zh: '缺少（必填）', en: `missing; expected ${issue.expected}` };
      return { zh: `应为${typeZh(issue.expected)}`, en: `expected ${issue.expected}` };
    case 'invalid_value':
      return {
        zh: `应为以下之一：${issue.values.join('、')}`,
        en: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'too_small':
      return { zh: `不能小于${String(issue.minimum)}`, en: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      return { zh: `不能大于${String(issue.maximum)}`, en: `must be at most ${String(issue.maximum)}` };
    case 'unrecognized_keys':
      return { zh: `不认识的字段：${issue.keys.join('、')}`, en: `unknown field(s): ${issue.keys.join(', ')}` };
    case 'invalid_format':
      return {
        zh: '只能由字母、数字和 _ . - 组成，最长32个字符',
        en: 'letters, digits and _ . - only, at most 32 characters',
      };
    default:
      return { zh: '不正确', en: issue.message };
  }
}

/** An issue at `path`: where, then what. */
function placed(path: ReadonlyArray<PropertyKey>, problem: Message, data: unknown): PlanIssue {
  const at = issuePlace(path, data);
  return { path: pathText(path), problem, message: { zh: `${at.zh}：${problem.zh}`, en: `${at.en}: ${problem.en}` } };
}

function typeZh(t: string): string {
  return (
    ({ number: '数字', string: '文字', boolean: '是/否', array: '列表', object: '对象' } as Record<string, string>)[
      t
    ] ?? t
  );
}

/**
 * Checks across indicators that a field-by-field schema cannot see. `indices` gives each indicator's
 * place in the file (when only the well-formed ones are checked); `sections` null skips the
 * section check (the sections themselves did not parse).
 */
function crossChecks(
  plan: Pick<Plan, 'indicators'> & { sections: Plan['sections'] | null },
  data: unknown,
  indices: number[] = plan.indicators.map((_, i) => i),
  codes: Set<string> = new Set(plan.indicators.map((i) => i.code)),
): PlanIssue[] {
  const issues: Array<{ path: PropertyKey[]; message: Message }> = [];
  const seen = new Map<string, number>();
  const sections = plan.sections ? new Set(plan.sections.map((s) => s.id)) : null;
  plan.indicators.forEach((ind, k) => {
    const i = indices[k];
    const at = (field: string): PropertyKey[] => ['indicators', i, ...field.split('.')];
    const first = seen.get(ind.code);
    if (first !== undefined) {
      issues.push({
        path: at('code'),
        message: {
          zh: `“${ind.code}”与第${first + 1}项指标的代码重复（每项指标的代码须唯一）`,
          en: `"${ind.code}" is already the code of indicator ${first + 1} (codes must be unique)`,
        },
      });
    } else seen.set(ind.code, i);
    if (sections && !sections.has(ind.section)) {
      issues.push({
        path: at('section'),
        message: {
          zh: `“${ind.section}”不在 sections（板块列表）中`,
          en: `section "${ind.section}" is not listed in sections`,
        },
      });
    }
    if (ind.kind !== 'milestone' && ind.value === null) {
      issues.push({
        path: at('value'),
        message: {
          zh: '缺少（除节点类外，每项指标都要有目标值）',
          en: 'missing (every indicator but a milestone has a target value)',
        },
      });
    }
    if (ind.bottomLine && (ind.kind !== 'cumulative' || ind.comparator !== '<=' || ind.value !== 0)) {
      issues.push({
        path: at('bottomLine'),
        message: {
          zh: '底线指标（不发生…）按每月发生次数填报：kind 应为 cumulative，comparator 为 <=，value 为 0',
          en: 'a bottom line (never happens) is a monthly count: kind cumulative, comparator <=, value 0',
        },
      });
    }
    if (ind.comparator === 'between' && (ind.max === null || ind.value === null || ind.max < ind.value)) {
      issues.push({
        path: at('max'),
        message: {
          zh: '区间目标的上限应不小于目标值',
          en: 'a range: max must be at least value',
        },
      });
    }
    if (ind.comparator === 'approx' && ind.tolerance === null) {
      issues.push({
        path: at('tolerance'),
        message: {
          zh: '“左右”目标需要容差（如0.05表示±5%）',
          en: 'an approx target needs a tolerance (0.05 = ±5%)',
        },
      });
    }
    if (ind.schedule) {
      const s = ind.schedule;
      const bad = s.findIndex((v, k) => k > 0 && v < s[k - 1]);
      if (bad >= 0 || s[11] !== 1) {
        issues.push({
          path: at('schedule'),
          message: {
            zh: '应逐月不减，且12月为1',
            en: 'must not decrease and must end at 1 in December',
          },
        });
      }
    }
    const adj = ind.adjustment;
    if (adj && ind.kind === 'milestone') {
      issues.push({
        path: at('adjustment'),
        message: {
          zh: '节点类指标没有目标值可调整',
          en: 'a milestone has no target value to adjust',
        },
      });
    }
    if (adj && ind.comparator === 'between' && (adj.max ?? ind.max ?? adj.value) < adj.value) {
      issues.push({
        path: at('adjustment.max'),
        message: {
          zh: '调整后的区间上限应不小于调整后目标',
          en: 'the adjusted max must be at least the adjusted value',
        },
      });
    }
    if (ind.parent !== null && !codes.has(ind.parent)) {
      issues.push({
        path: at('parent'),
        message: { zh: `“${ind.parent}”不存在`, en: `"${ind.parent}" does not exist` },
      });
    }
  });
  // Responsible units name the per-unit workbooks and the sheets they are collected into: said with
  // the rest, so a plan's problems come in one round.
  for (const u of officesOf(plan)) {
    const p = sheetNameProblem(u);
    const k = plan.indicators.findIndex((x) => ownersOf(x.responsible).includes(u));
    if (p && k >= 0)
      issues.push({
        path: at0(indices[k], 'responsible'),
        message: {
          zh: `责任单位名称“${u}”不能用作工作表名（分发和汇集时按单位建表）：${p.zh}`,
          en: `responsible unit "${u}" cannot name a sheet (per-unit sheets are made when distributing and collecting): ${p.en}`,
        },
      });
  }
  return issues.map((i) => placed(i.path, i.message, data));
}

const at0 = (i: number, field: string): PropertyKey[] => ['indicators', i, field];

/** Report months ascending without repeats; every month is the same as null. */
function normalMonths(months: number[] | null): number[] | null {
  if (!months) return null;
  const out = [...new Set(months)].sort((a, b) => a - b);
  return out.length === 12 ? null : out;
}

function normalizeIndicator(raw: z.infer<typeof indicatorSchema>): Indicator {
  const milestone = raw.kind === 'milestone';
  return {
    code: raw.code,
    section: raw.section,
    name: raw.name,
    kind: raw.kind,
    unit: raw.unit ?? '',
    // A milestone is done or not: it has no comparator (the 指标库 leaves 比较 blank for it).
    comparator: milestone ? '>=' : (raw.comparator ?? '>='),
    value: milestone ? null : (raw.value ?? null),
    max: !milestone && raw.comparator === 'between' ? (raw.max ?? null) : null,
    tolerance: !milestone && raw.comparator === 'approx' ? (raw.tolerance ?? null) : null,
    direction: raw.kind === 'rate' ? (raw.direction ?? 'increase') : null,
    baseline: raw.baseline ?? null,
    responsible: raw.responsible ? raw.responsible : null,
    lead: raw.lead ? raw.lead : null,
    deadlineMonth: raw.deadlineMonth ?? null,
    schedule: raw.schedule ?? null,
    lastYear: raw.lastYear ?? null,
    parent: raw.parent ? raw.parent : null,
    recurring: raw.recurring ?? false,
    hold: raw.kind === 'level' ? (raw.hold ?? false) : false,
    // Only where set: plan files and their hashes stay as they were for every other row.
    ...(raw.bottomLine ? { bottomLine: true } : {}),
    reportMonths: normalMonths(raw.reportMonths ?? null),
    bands: raw.bands ?? null,
    thresholds: raw.thresholds ?? null,
    note: raw.note ?? null,
    adjustment: raw.adjustment
      ? {
          month: raw.adjustment.month,
          value: raw.adjustment.value,
          max: raw.comparator === 'between' ? (raw.adjustment.max ?? null) : null,
          reason: raw.adjustment.reason ? raw.adjustment.reason : null,
        }
      : null,
  };
}

/** Cross checks on the parts of a plan that failed the schema which are themselves well formed. */
function partialCrossChecks(data: unknown): PlanIssue[] {
  if (!data || typeof data !== 'object') return [];
  const d = data as { sections?: unknown; indicators?: unknown };
  const sections = z.array(z.object({ id: z.string().trim().min(1) }).passthrough()).safeParse(d.sections);
  if (!Array.isArray(d.indicators)) return [];
  const indicators: Indicator[] = [];
  const indices: number[] = [];
  d.indicators.forEach((raw, i) => {
    const r = indicatorSchema.safeParse(raw);
    if (!r.success) return;
    indicators.push(normalizeIndicator(r.data));
    indices.push(i);
  });
  const secs = sections.success ? sections.data.map((x) => ({ id: x.id, title: '' })) : null;
  // A parent may be a row that failed on another field: every code written counts as existing.
  const codes = new Set(
    d.indicators.map((x) => (x as { code?: unknown })?.code).filter((c): c is string => typeof c === 'string'),
  );
  return crossChecks({ sections: secs, indicators }, data, indices, codes);
}

/** Validate and normalize plan data (already parsed from JSON). Never throws. */
export function parsePlan(data: unknown): PlanResult {
  const r = planSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.map((i) => placed(i.path, describe(i), data));
    // All at once: the cross-field problems among the indicators that are well formed, too.
    const seenPaths = new Set(issues.map((i) => i.path));
    return { ok: false, issues: [...issues, ...partialCrossChecks(data).filter((i) => !seenPaths.has(i.path))] };
  }
  const raw = r.data;
  const plan: Plan = {
    year: raw.year,
    unitName: raw.unitName,
    title: raw.title ?? null,
    sections: raw.sections,
    indicators: raw.indicators.map(normalizeIndicator),
    settings: {
      scheduleDecimals:
        raw.settings?.scheduleDecimals === undefined
          ? DEFAULT_SETTINGS.scheduleDecimals
          : raw.settings.scheduleDecimals,
      bands: { ...DEFAULT_SETTINGS.bands, ...(raw.settings?.bands ?? {}) },
      thresholds: { ...DEFAULT_SETTINGS.thresholds, ...(raw.settings?.thresholds ?? {}) },
    },
  };
  const issues = crossChecks(plan, data);
  return issues.length ? { ok: false, issues } : { ok: true, plan };
}

/** Parse plan file text (JSON). Never throws: a syntax error becomes an issue naming line and column. */
export function parsePlanText(text: string): PlanResult {
  const clean = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(msg);
    let where = '';
    if (pos) {
      const before = clean.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      const col = before.length - before.lastIndexOf('\n');
      where = `第${line}行第${col}列`;
      return {
        ok: false,
        issues: [
          {
            path: '(文件 / file)',
            message: { zh: `计划文件不是有效的JSON（${where}）`, en: `not valid JSON at line ${line}, column ${col}` },
            problem: { zh: `不是有效的JSON（${where}）`, en: `not valid JSON at line ${line}, column ${col}` },
          },
        ],
      };
    }
    return {
      ok: false,
      issues: [
        {
          path: '(文件 / file)',
          message: { zh: '计划文件不是有效的JSON', en: `not valid JSON: ${msg}` },
          problem: { zh: '不是有效的JSON', en: `not valid JSON: ${msg}` },
        },
      ],
    };
  }
  return parsePlan(data);
}

/** The plan as it is written to a file: every field, stable order. */
export function planToJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}
