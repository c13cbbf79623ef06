// Requirement sets: what the add-in cannot work without (asked in the manifest) and the optional
// features checked at run time, each with the words shown when it has to be left out.
import type { Message } from '../../plan/message';

/** The Excel host's minimum: OrNullObject getters, used ranges, defined names and workbook settings. */
export const MINIMUM_SET = { name: 'ExcelApi', version: '1.4' } as const;

/**
 * The manifest's minimum: where the pane can start (Excel 2016 and later). Below MINIMUM_SET it
 * works on .xlsx files instead of the open workbook (file mode, src/filemode).
 */
export const PANE_MINIMUM_SET = { name: 'ExcelApi', version: '1.1' } as const;

/** An optional feature: the ExcelApi version it needs, and its name when it has to be left out. */
interface Need extends Message {
  version: string;
}
const need = (version: string, zh: string, en: string): Need => ({ version, zh, en });

export const FEATURES = {
  validation: need('1.8', '数据验证（下拉列表、数值限制）', 'data validation (lists, number limits)'),
  conditionalFormats: need('1.6', '条件格式（状态着色、数据条）', 'conditional formats (status colours, data bars)'),
  protection: need('1.2', '工作表保护', 'sheet protection'),
  protectionPassword: need('1.7', '工作表保护密码', 'the sheet protection password'),
  freezePanes: need('1.7', '冻结窗格', 'frozen panes'),
  tabColor: need('1.7', '工作表标签颜色', 'sheet tab colours'),
  hyperlinks: need('1.7', '超链接', 'hyperlinks'),
  pageLayout: need('1.9', '打印设置（纸张、方向、标题行）', 'print setup (paper, orientation, title rows)'),
  indent: need('1.9', '缩进', 'indents'),
  calculationMode: need('1.8', '写入时暂停自动计算', 'pausing calculation while writing'),
  suspendCalculation: need('1.6', '写入时暂停计算', 'suspending calculation while writing'),
  suspendScreenUpdating: need('1.9', '写入时暂停屏幕刷新', 'suspending screen updating while writing'),
  fillPattern: need('1.9', '恢复无填充的单元格', 'restoring unfilled cells exactly'),
  rangeAreas: need('1.9', '多区域一次写入格式', 'formatting several areas at once'),
  cellProperties: need('1.9', '逐格属性一次写入（超链接）', 'per-cell properties in one command (hyperlinks)'),
  notes: need('1.18', '单元格批注', 'cell notes'),
  undoGroup: need('1.20', '一步撤销整个操作', 'undoing the whole action in one step'),
} satisfies Record<string, Need>;

export type Feature = keyof typeof FEATURES;

/** Features that only make things faster or nicer: left out silently, not reported. */
const QUIET: Feature[] = [
  'calculationMode',
  'suspendCalculation',
  'suspendScreenUpdating',
  'undoGroup',
  'fillPattern',
  'rangeAreas',
  'cellProperties',
];

export class Features {
  private readonly cache = new Map<Feature, boolean>();
  constructor(private readonly isSetSupported: (name: string, minVersion?: string) => boolean) {}

  has(f: Feature): boolean {
    let v = this.cache.get(f);
    if (v === undefined) {
      v = this.isSetSupported('ExcelApi', FEATURES[f].version);
      this.cache.set(f, v);
    }
    return v;
  }

  hasMinimum(): boolean {
    return this.isSetSupported(MINIMUM_SET.name, MINIMUM_SET.version);
  }

  /** The plain words for a feature left out, or null for a quiet one. */
  degraded(f: Feature, count?: number): Message | null {
    if (QUIET.includes(f)) return null;
    const d = FEATURES[f];
    const n = count === undefined ? '' : `（${count}处）`;
    const nEn = count === undefined ? '' : ` (${count})`;
    return {
      zh: `此版本 Excel 不支持${d.zh}${n}，已略过（需要 ExcelApi ${d.version}）`,
      en: `This Excel does not support ${d.en}${nEn}; left out (needs ExcelApi ${d.version})`,
    };
  }
}
