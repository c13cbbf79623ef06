// The veryHidden _meta sheet: key/value rows in A:B (TemplateMeta, the plan-level fields and the
// settings as JSON) and, from column D, the indicator codes by row of each month sheet.
import type { Indicator, Section, Settings } from '../plan/types';
import { DEFAULT_SETTINGS } from '../plan/types';
import { isMonth, type Message } from '../plan/message';
import type { TemplateMeta } from '../workbook/figures';
import type { CellSpec, CellValue, SheetSpec } from '../workbook/spec';
import { emptySheet } from '../workbook/spec';
import { FORMULA_VERSION, META_SHEET } from './layout';

export const GENERATOR = 'indicator-templates';

export interface MetaContent {
  meta: TemplateMeta;
  title: string | null;
  sections: Section[];
  settings: Settings;
  /** Month sheet name -> codes by 1-based row. */
  codesBySheet: Map<string, Map<number, string>>;
  /**
   * The indicators the sheets were generated from, every field: what a regeneration compares the new
   * plan with (指标库 may have been edited since). Absent in workbooks made before it was kept.
   */
  indicators?: Indicator[] | null;
}

/** A cell holds at most 32,767 characters; the indicators' JSON is split over rows "indicators.1", …. */
const CHUNK = 30000;
const INDICATORS_KEY = 'indicators.';

/**
 * Kept only while it fits one cell (a township's plan of up to ~70 indicators): every read of the
 * workbook carries _meta, and a county's 1,000 indicators (330 KB) would cost the Excel host a fourth
 * round trip on regenerate and overrun a read's response budget. Without it, an edit to 指标库 is still
 * caught by the plan hash, only not named field by field.
 */
const KEEP_MAX = CHUNK;

function indicatorRows(indicators: Indicator[] | null | undefined): Array<[string, CellValue]> {
  if (!indicators) return [];
  const json = JSON.stringify(indicators);
  if (json.length > KEEP_MAX) return [];
  const out: Array<[string, CellValue]> = [];
  for (let i = 0, k = 1; i < json.length; i += CHUNK, k++) out.push([INDICATORS_KEY + k, json.slice(i, i + CHUNK)]);
  return out;
}

/** The indicators kept by indicatorRows; null when absent or unreadable (the caller falls back). */
function readIndicators(kv: Map<string, CellValue>): Indicator[] | null {
  let json = '';
  for (let k = 1; kv.has(INDICATORS_KEY + k); k++) json += String(kv.get(INDICATORS_KEY + k) ?? '');
  if (!json) return null;
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? (list as Indicator[]) : null;
  } catch {
    return null;
  }
}

export function buildMetaSheet(content: MetaContent): SheetSpec {
  const sheet = emptySheet(META_SHEET);
  sheet.visibility = 'veryHidden';
  const m = content.meta;
  const pairs: Array<[string, CellValue]> = [
    ['generator', GENERATOR],
    ['templateVersion', m.templateVersion],
    ...(m.formulaVersion !== undefined ? [['formulaVersion', m.formulaVersion] as [string, CellValue]] : []),
    ['planHash', m.planHash],
    ['year', m.year],
    ['unitName', m.unitName],
    ['unitFilter', m.unitFilter],
    ['months', m.months.join(',')],
    ...(m.ledgerHash ? [['ledgerHash', m.ledgerHash] as [string, CellValue]] : []),
    ['title', content.title],
    ['sections', JSON.stringify(content.sections)],
    ['settings', JSON.stringify(content.settings)],
    ...indicatorRows(content.indicators),
  ];
  sheet.ranges.push({
    ref: 'A1',
    rows: [[{ v: '项目 / key' }, { v: '内容 / value' }], ...pairs.map(([k, v]) => [{ v: k }, { v }])],
  });
  // Text format so a host never reads a value such as "1,2,3" or a hash of digits as a number.
  sheet.formats.push({ ref: `B2:B${pairs.length + 1}`, numberFormat: '@' });

  const sheets = [...content.codesBySheet.keys()];
  const allRows = new Set<number>();
  for (const rows of content.codesBySheet.values()) for (const r of rows.keys()) allRows.add(r);
  const rowList = [...allRows].sort((a, b) => a - b);
  const block: CellSpec[][] = [[{ v: '行 / row' }, ...sheets.map((s) => ({ v: s }))]];
  for (const r of rowList) {
    block.push([{ v: r }, ...sheets.map((s) => ({ v: content.codesBySheet.get(s)?.get(r) ?? null }))]);
  }
  sheet.ranges.push({ ref: 'D1', rows: block });
  sheet.columnWidths = [16, 40, 2, 8, ...sheets.map(() => 10)];
  return sheet;
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

export type MetaRead = { ok: true; content: MetaContent } | { ok: false; message: Message };

/** A workbook without our hidden information sheet, in plain words (the sheet's name means nothing to a user). */
export const NOT_OURS = {
  ok: false as const,
  message: {
    zh: '不是本工具生成的月报表模板（找不到模板自带的隐藏说明表，可能是把工作表复制到了别的文件）。请打开本工具生成的文件，或先生成模板',
    en: "not a month-report template made by this tool (the template's own hidden information sheet is missing: the sheets may have been copied into another file). Open a file this tool made, or generate the templates first",
  },
};

/** A workbook with none of the template's sheets: nothing was generated in it yet. */
export const NOT_YET = {
  ok: false as const,
  message: {
    zh: '这个工作簿还不是月报表模板，请先生成模板',
    en: 'this workbook is not a generated template yet: generate the templates first',
  },
};

function broken(what: string, whatEn: string): MetaRead {
  return {
    ok: false,
    message: {
      zh: `模板自带的隐藏说明表已损坏（${what}），请重新生成模板`,
      en: `the template's own hidden information sheet is damaged (${whatEn}): generate the templates again`,
    },
  };
}

export function readMetaSheet(values: CellValue[][]): MetaRead {
  const kv = new Map<string, CellValue>();
  for (const row of values) {
    const k = text(row?.[0]);
    if (k && !kv.has(k)) kv.set(k, row[1] ?? null);
  }
  if (text(kv.get('generator')) !== GENERATOR) return NOT_OURS;
  const year = Number(text(kv.get('year')));
  if (!Number.isInteger(year)) return broken('年度', 'year');
  const months = text(kv.get('months'))
    .split(/[,，]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  if (months.length === 0 || months.some((m) => !isMonth(m))) {
    return broken('月份', 'months');
  }
  let sections: Section[];
  let settings: Settings;
  try {
    sections = JSON.parse(text(kv.get('sections')) || '[]') as Section[];
    if (!Array.isArray(sections)) return broken('板块', 'sections');
  } catch {
    return broken('板块', 'sections');
  }
  try {
    const s = JSON.parse(text(kv.get('settings')) || '{}') as Partial<Settings>;
    settings = {
      scheduleDecimals: s.scheduleDecimals === undefined ? DEFAULT_SETTINGS.scheduleDecimals : s.scheduleDecimals,
      bands: { ...DEFAULT_SETTINGS.bands, ...(s.bands ?? {}) },
      thresholds: { ...DEFAULT_SETTINGS.thresholds, ...(s.thresholds ?? {}) },
    };
  } catch {
    return broken('设置', 'settings');
  }
  const unitFilter = text(kv.get('unitFilter'));
  const title = text(kv.get('title'));

  // Codes block: the row whose cell reads "行 / row", sheets to its right.
  const codesBySheet = new Map<string, Map<number, string>>();
  outer: for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (text(row[c]) !== '行 / row') continue;
      const sheets: Array<[number, string]> = [];
      for (let k = c + 1; k < row.length; k++) if (text(row[k])) sheets.push([k, text(row[k])]);
      for (const [, s] of sheets) codesBySheet.set(s, new Map());
      for (let rr = r + 1; rr < values.length; rr++) {
        const n = Number(values[rr]?.[c]);
        if (!Number.isInteger(n) || n < 1) continue;
        for (const [k, s] of sheets) {
          const code = text(values[rr]?.[k]);
          if (code) codesBySheet.get(s)?.set(n, code);
        }
      }
      break outer;
    }
  }

  return {
    ok: true,
    content: {
      meta: {
        templateVersion: text(kv.get('templateVersion')),
        planHash: text(kv.get('planHash')),
        year,
        unitName: text(kv.get('unitName')),
        unitFilter: unitFilter || null,
        months: [...new Set(months)].sort((a, b) => a - b),
        ...(text(kv.get('ledgerHash')) ? { ledgerHash: text(kv.get('ledgerHash')) } : {}),
        ...(Number.isInteger(Number(kv.get('formulaVersion'))) && text(kv.get('formulaVersion'))
          ? { formulaVersion: Number(kv.get('formulaVersion')) }
          : {}),
      },
      title: title || null,
      sections,
      settings,
      codesBySheet,
      indicators: readIndicators(kv),
    },
  };
}

/**
 * Said once by check and summarize (pane and CLI) when the workbook's formulas are older than this
 * version's: Excel keeps a workbook's formulas as generated, so only regenerating refreshes them.
 */
export function outdatedFormulas(meta: Pick<TemplateMeta, 'formulaVersion'>): Message | null {
  const v = meta.formulaVersion;
  if (v !== undefined && v >= FORMULA_VERSION) return null;
  const made = v === undefined ? '未记录公式版本' : `公式版本 ${v}`;
  const madeEn = v === undefined ? 'no formula version recorded' : `formula version ${v}`;
  return {
    zh:
      `此工作簿由较早版本生成（${made}，当前为 ${FORMULA_VERSION}），表中的状态等公式仍是旧的，可能与本次审核、汇总的判断不同。` +
      `重新生成（任务窗格“模板”中的“生成或更新模板”，或命令 generate --from 此工作簿）可更新公式，已填报的数字和备注全部保留`,
    en:
      `this workbook was made by an earlier version (${madeEn}; now ${FORMULA_VERSION}): its formulas (状态 and others) are the old ones and may differ from this check's judgement. ` +
      `Regenerate it (生成或更新模板 in the pane's 模板 view, or generate --from this workbook) to refresh them; every typed figure and note is kept`,
  };
}
