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

export type Feature =
  | 'validation'
  | 'conditionalFormats'
  | 'protection'
  | 'protectionPassword'
  | 'freezePanes'
  | 'tabColor'
  | 'hyperlinks'
  | 'pageLayout'
  | 'indent'
  | 'calculationMode'
  | 'suspendCalculation'
  | 'suspendScreenUpdating'
  | 'fillPattern'
  | 'rangeAreas'
  | 'notes'
  | 'undoGroup';

export const FEATURES: Record<Feature, { version: string; zh: string; en: string }> = {
  validation: { version: '1.8', zh: '数据验证（下拉列表、数值限制）', en: 'data validation (lists, number limits)' },
  conditionalFormats: {
    version: '1.6',
    zh: '条件格式（状态着色、数据条）',
    en: 'conditional formats (status colours, data bars)',
  },
  protection: { version: '1.2', zh: '工作表保护', en: 'sheet protection' },
  protectionPassword: { version: '1.7', zh: '工作表保护密码', en: 'the sheet protection password' },
  freezePanes: { version: '1.7', zh: '冻结窗格', en: 'frozen panes' },
  tabColor: { version: '1.7', zh: '工作表标签颜色', en: 'sheet tab colours' },
  hyperlinks: { version: '1.7', zh: '超链接', en: 'hyperlinks' },
  pageLayout: {
    version: '1.9',
    zh: '打印设置（纸张、方向、标题行）',
    en: 'print setup (paper, orientation, title rows)',
  },
  indent: { version: '1.9', zh: '缩进', en: 'indents' },
  calculationMode: { version: '1.8', zh: '写入时暂停自动计算', en: 'pausing calculation while writing' },
  suspendCalculation: { version: '1.6', zh: '写入时暂停计算', en: 'suspending calculation while writing' },
  suspendScreenUpdating: { version: '1.9', zh: '写入时暂停屏幕刷新', en: 'suspending screen updating while writing' },
  fillPattern: { version: '1.9', zh: '恢复无填充的单元格', en: 'restoring unfilled cells exactly' },
  rangeAreas: { version: '1.9', zh: '多区域一次写入格式', en: 'formatting several areas at once' },
  notes: { version: '1.18', zh: '单元格批注', en: 'cell notes' },
  undoGroup: { version: '1.20', zh: '一步撤销整个操作', en: 'undoing the whole action in one step' },
};

/** Features that only make things faster or nicer: left out silently, not reported. */
const QUIET: Feature[] = [
  'calculationMode',
  'suspendCalculation',
  'suspendScreenUpdating',
  'undoGroup',
  'fillPattern',
  'rangeAreas',
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
