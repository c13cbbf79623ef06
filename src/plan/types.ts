// The plan model: the year's targets (目标任务台账 / 指标库) and the settings that judge them.
// Plain data only, so every layer (templates, checks, summary, hosts, task pane) can share it.

/** cumulative: monthly flows add up; level: latest value is the state; rate: growth rate in %;
 * milestone: not started / in progress / done, with an optional deadline month. */
export type IndicatorKind = 'cumulative' | 'level' | 'rate' | 'milestone';

/** >= at least; <= at most; between value..max; approx value ± tolerance (a share, 0.05 = 5%). */
export type Comparator = '>=' | '<=' | 'between' | 'approx';

export type Direction = 'increase' | 'decrease';

/** Gap thresholds in percentage points (百分点), used for status words and colour bands. */
export interface StatusBands {
  /** gap >= aheadPp: 超进度 (ahead). */
  aheadPp: number;
  /** gap >= -behindPp (and below aheadPp): 达进度 (on schedule); below that: 欠进度. */
  behindPp: number;
  /** gap < -redPp: red; between -redPp and -behindPp: amber; else green. */
  redPp: number;
}

/** Check thresholds (审核阈值); per-indicator overrides replace these field by field. */
export interface CheckThresholds {
  /** Month-on-month change of a monthly flow beyond this share asks for a note (3 = +300%). */
  momChange: number;
  /** Year-on-year change beyond this share asks for a note, where last year's figure is known. */
  yoyChange: number;
  /** A cumulative figure above this multiple of the annual target asks to verify. */
  overTargetMultiple: number;
  /** A figure this many times larger than the row's history looks entered in the wrong scale. */
  scaleFactor: number;
}

export interface Settings {
  /** 序时 rounding: decimals of the percentage (1 => 91.7%); null = exact m/12. */
  scheduleDecimals: number | null;
  bands: StatusBands;
  thresholds: CheckThresholds;
}

export interface Section {
  /** "1".."5" for the report's 一 to 五. */
  id: string;
  title: string;
}

export interface Indicator {
  /** Stable code used in every sheet; never the row position. */
  code: string;
  section: string;
  name: string;
  kind: IndicatorKind;
  /** Unit as the plan writes it: 万亩, 亿斤, 个, %, 户. Empty for milestones. */
  unit: string;
  comparator: Comparator;
  /** Annual target in the unit as written (3.2 for 3.2万亩); null for milestones. */
  value: number | null;
  /** Upper value for 'between' targets; null otherwise. */
  max: number | null;
  /** For 'approx': allowed share either side (0.05 = ±5%); null otherwise. */
  tolerance: number | null;
  /** For rates: whether the target is growth or decrease. null for other kinds. */
  direction: Direction | null;
  /** Last year's value, for growth targets where it is known. */
  baseline: number | null;
  /** 责任单位 */
  responsible: string | null;
  /** 分管领导 (optional). */
  lead: string | null;
  /** 1-12: done by the end of this month; null: by year end (for milestones) or none. */
  deadlineMonth: number | null;
  /** Planned cumulative share by month (12 numbers, 0..1, non-decreasing, last = 1); replaces m/12. */
  schedule: number[] | null;
  /** Last year's cumulative figures by month (12 entries, null where unknown), for 同比 checks. */
  lastYear: Array<number | null> | null;
  /** Code of the whole this row is a part of (其中 rows). */
  parent: string | null;
  /** Something to do every month (每月), such as 每月外出招大引强. */
  recurring: boolean;
  /**
   * Levels only: a level to hold (稳定在, 保持, 不低于; 覆盖率, 达标率), judged against the target
   * every month (达标 / 未达标, no 序时). False (the default): a level built up during the year,
   * judged against 序时 like a flow. parsePlan always sets it.
   */
  hold?: boolean;
  /**
   * The months the figure is reported in (1-12, ascending); null or absent: every month. Quarterly
   * surveys [3, 6, 9, 12]; growth rates first reported for 1-2月 together [2, 3, …, 12]. Other months
   * are not due: no 漏填, and the status reads 不适用 until a first figure is reported.
   */
  reportMonths?: number[] | null;
  /**
   * A zero-tolerance bottom line (底线: 不发生规模性返贫, 守住…底线, 零发生): a count of occurrences
   * (kind cumulative, comparator <=, value 0) the office reports every month, 0 when nothing
   * happened. Judged 达标 / 未达标 every month, December included: never 序时, 推进中 or 逾期, and a
   * blank month is 未填报. parsePlan sets it only when true.
   */
  bottomLine?: boolean;
  /** Per-indicator overrides of the plan's bands and thresholds. */
  bands: Partial<StatusBands> | null;
  thresholds: Partial<CheckThresholds> | null;
  /** Where the target comes from in the report, or a curator's note. */
  note: string | null;
  /** A target adjusted during the year (年中调整): `value`/`max` stay the original target. */
  adjustment?: TargetAdjustment | null;
}

/**
 * A target adjusted from `month` on (年中调整): progress of that month and later is judged on the
 * adjusted target, earlier months keep the original (`value`/`max` of the indicator).
 */
export interface TargetAdjustment {
  /** 2-12: the first month judged on the adjusted target. */
  month: number;
  value: number;
  /** Adjusted upper value of a 'between' target; null keeps the original max. */
  max: number | null;
  reason: string | null;
}

export interface Plan {
  year: number;
  /** 填报单位 / 单位名称, e.g. 信丰县小江镇 */
  unitName: string;
  title: string | null;
  sections: Section[];
  indicators: Indicator[];
  settings: Settings;
}

export const DEFAULT_BANDS: StatusBands = { aheadPp: 5, behindPp: 0, redPp: 30 };

export const DEFAULT_THRESHOLDS: CheckThresholds = {
  momChange: 3,
  yoyChange: 0.5,
  overTargetMultiple: 3,
  scaleFactor: 1000,
};

export const DEFAULT_SETTINGS: Settings = {
  scheduleDecimals: 1,
  bands: DEFAULT_BANDS,
  thresholds: DEFAULT_THRESHOLDS,
};

/** The plan's bands with the indicator's overrides applied. */
export function bandsFor(plan: Pick<Plan, 'settings'>, ind: Pick<Indicator, 'bands'>): StatusBands {
  return { ...plan.settings.bands, ...(ind.bands ?? {}) };
}

export function thresholdsFor(plan: Pick<Plan, 'settings'>, ind: Pick<Indicator, 'thresholds'>): CheckThresholds {
  return { ...plan.settings.thresholds, ...(ind.thresholds ?? {}) };
}
