// The one place Office errors become plain messages, in Chinese and English. Every failure the
// Excel host meets is rethrown as an ExcelHostError carrying both texts and the original error;
// nothing is swallowed and no stack trace is meant for the user.
import { msg, UserError, type Message } from '../../plan/message';

export interface PlainMessage {
  code: string;
  message: Message;
}

const MESSAGES: Record<string, [string, string]> = {
  ItemNotFound: [
    '找不到要操作的工作表、单元格或对象，可能已被删除或改名。请重新生成模板后再试。',
    'A sheet, cell or object the add-in needs was not found; it may have been deleted or renamed. Regenerate the templates and try again.',
  ],
  InvalidArgument: [
    '写入工作簿的内容不被 Excel 接受（名称、地址或格式不正确）。',
    'Excel did not accept something written to the workbook (a name, address or format is not valid).',
  ],
  InvalidReference: ['引用的单元格地址无效。', 'A cell reference is not valid.'],
  AccessDenied: [
    '工作表受保护或工作簿为只读，无法写入。请撤销工作表保护（审阅 > 撤销工作表保护）或以可编辑方式打开工作簿后再试。',
    'The sheet is protected or the workbook is read-only. Unprotect the sheet (Review > Unprotect Sheet) or open the workbook for editing, then try again.',
  ],
  RequestPayloadSizeLimitExceeded: [
    '一次写入的数据超过了 Excel 网页版的 5 MB 上限。',
    'One write was larger than the 5 MB limit of Excel on the web.',
  ],
  ResponsePayloadSizeLimitExceeded: [
    '一次读取的数据超过了 Excel 网页版的 5 MB 上限。',
    'One read was larger than the 5 MB limit of Excel on the web.',
  ],
  RangeExceedsLimit: ['一次读取的单元格超过 500 万个。', 'One read covered more than 5,000,000 cells.'],
  InvalidOperationInCellEditMode: [
    '您正在编辑单元格。请按 Enter 或 Esc 结束编辑后再试。',
    'A cell is being edited. Press Enter or Esc to finish editing, then try again.',
  ],
  ItemAlreadyExists: ['同名的工作表、表格或名称已存在。', 'A sheet, table or name with the same name already exists.'],
  InvalidOperation: ['Excel 拒绝了这个操作。', 'Excel refused the operation.'],
  InvalidSelection: [
    '无法选中该单元格（所在工作表可能已隐藏）。',
    'The cell cannot be selected (its sheet may be hidden).',
  ],
  MergedRangeConflict: ['合并单元格与现有的合并区域冲突。', 'A merge overlaps an existing merged area.'],
  ApiNotFound: [
    '当前 Excel 版本不支持所需的功能，请更新 Excel 或使用 Microsoft 365。',
    'This version of Excel lacks a feature the add-in needs; update Excel or use Microsoft 365.',
  ],
  GeneralException: [
    'Excel 在处理请求时出错。请保存工作簿后重试；如仍出错，请关闭并重新打开工作簿。',
    'Excel met an error while processing the request. Save the workbook and try again; if it persists, close and reopen it.',
  ],
  ActivityLimitReached: [
    '操作过于频繁，请稍候再试。',
    'Too many requests in a short time; wait a moment and try again.',
  ],
  InvalidOrTimedOutSession: [
    '与 Excel 的会话已超时，请重新打开加载项。',
    'The session with Excel timed out; reopen the add-in.',
  ],
  Conflict: [
    '工作簿正被他人同时修改，请稍后重试。',
    'Someone else is changing the workbook at the same time; try again shortly.',
  ],
  PropertyNotLoaded: [
    '加载项内部错误：读取了尚未加载的属性。',
    'Internal add-in error: a property was read before it was loaded.',
  ],
  UndoNotSupported: [
    'Excel 不能把这一步并入一次撤销，加载项已不分组重试；如仍出错，请保存工作簿后重试。',
    'Excel could not put this step in one undo group; the add-in retried without one. If it still fails, save the workbook and try again.',
  ],
  InactiveWorkbook: [
    '操作进行中切换了工作簿。请回到原来的工作簿，再点一次。',
    'The workbook was switched while the add-in was working. Go back to the workbook and click again.',
  ],
  InvalidObjectPath: [
    '加载项内部错误：对象已失效。请重试。',
    'Internal add-in error: an object was used after it expired. Try again.',
  ],
};

const ACTIONS: Record<string, [string, string]> = {
  read: ['读取工作簿', 'reading the workbook'],
  apply: ['写入模板', 'writing the templates'],
  mark: ['标记审核结果', 'marking the findings'],
  clear: ['清除审核标记', 'clearing the marks'],
  select: ['定位单元格', 'going to the cell'],
};

/** A UserError from the Excel host, with the Office error code and the error it came from. */
export class ExcelHostError extends UserError {
  readonly code: string;
  readonly cause: unknown;
  /** A second failure met while undoing the first (for example restoring calculation mode). */
  secondary?: ExcelHostError;

  constructor(p: PlainMessage, cause: unknown) {
    super(p.message);
    this.name = 'ExcelHostError';
    this.code = p.code;
    this.cause = cause;
  }
}

/** The Office error code of a failure ("Unknown" when it has none). */
export function codeOfError(e: unknown): string {
  return (e instanceof ExcelHostError ? e.code : codeOf(e)) ?? 'Unknown';
}

function codeOf(e: unknown): string | null {
  if (e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string')
    return (e as { code: string }).code;
  return null;
}

function locationOf(e: unknown): string | null {
  const d = e && typeof e === 'object' ? (e as { debugInfo?: { errorLocation?: unknown } }).debugInfo : undefined;
  return d && typeof d.errorLocation === 'string' ? d.errorLocation : null;
}

/** Plain words for any error an Office call raised, in both languages. */
export function describeOfficeError(e: unknown, action?: keyof typeof ACTIONS, detail?: string): PlainMessage {
  if (e instanceof ExcelHostError) return { code: e.code, message: e.text };
  const code = codeOf(e) ?? 'Unknown';
  const at = locationOf(e) ?? '';
  // Learn (application-specific API error handling) documents BadPassword; builds have answered
  // InvalidArgument at unprotect for the same wrong password.
  if (code === 'BadPassword' || (code === 'InvalidArgument' && /unprotect/i.test(at)))
    return {
      code: 'SheetPasswordProtected',
      message: {
        zh: '工作表设有密码保护，加载项无法撤销。请先手动撤销工作表保护（审阅 > 撤销工作表保护）后再生成。',
        en: 'A sheet is protected with a password the add-in does not know. Unprotect it yourself (Review > Unprotect Sheet), then generate again.',
      },
    };
  if (/NoteCollection\.add|Note\b/.test(at) && code !== 'ApiNotFound')
    return {
      code: 'NoteRefused',
      message: {
        zh: '有单元格已带有“批注”（线程式批注），Excel 不允许再加“注释”。请删除该单元格的批注后再审核；审核结果表仍列出全部问题。',
        en: 'A cell already has a (threaded) comment, and Excel does not allow a note on it. Delete that comment and check again; the 审核结果 sheet still lists every finding.',
      },
    };
  const known = MESSAGES[code];
  const [zh, en] = known ?? [`Excel 返回了错误（${code}）。`, `Excel returned an error (${code}).`];
  const [azh, aen] = action ? ACTIONS[action] : ['', ''];
  const where = locationOf(e);
  const extraZh = [detail, where && !known ? `位置：${where}` : null].filter(Boolean).join('；');
  const extraEn = [detail, where && !known ? `at ${where}` : null].filter(Boolean).join('; ');
  return {
    code,
    message: {
      zh: `${azh ? `${azh}时出错：` : ''}${zh}${extraZh ? `（${extraZh}）` : ''}`,
      en: `${aen ? `Error while ${aen}: ` : ''}${en}${extraEn ? ` (${extraEn})` : ''}`,
    },
  };
}

export function toHostError(e: unknown, action?: keyof typeof ACTIONS, detail?: string): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  return new ExcelHostError(describeOfficeError(e, action, detail), e);
}

/** A failure of the host's own making (a bad address in a spec…), worded for the user. */
export function hostProblem(code: string, message: Message): ExcelHostError {
  return new ExcelHostError({ code, message }, null);
}

export function isOfficeCode(e: unknown, ...codes: string[]): boolean {
  const c = e instanceof ExcelHostError ? e.code : codeOf(e);
  return c !== null && codes.includes(c);
}

/** Excel kept the print zoom it had instead of 1 page wide (office-js 1860): what the user does. */
export function fitIgnored(sheets: string[]): Message {
  const list = sheets.join('、');
  return msg(
    `Excel 未接受打印设置“调整为 1 页宽”（${list}）：这是 Excel 的已知问题，未打开“页面布局”选项卡时会忽略此项。请点一下“页面布局”选项卡后再生成一次，或在“页面布局 > 调整为合适大小”中把宽度设为 1 页。`,
    `Excel did not take the print setting "fit to 1 page wide" (${sheets.join(', ')}): a known Excel issue, it is ignored unless the Page Layout tab has been opened. Click the Page Layout tab and generate again, or set Page Layout > Scale to Fit > Width to 1 page.`,
  );
}
