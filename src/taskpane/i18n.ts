// The pane's words, Chinese first, English second. A plain typed dictionary instead of an i18n
// library: two languages, no plural rules beyond a number, and every byte counts in a task pane.
import type { Lang, Message } from '../plan/message';
import { createContext, useContext } from 'react';
import type { IndicatorKind } from '../plan/types';
import type { Tier } from '../workbook/host';
import { CONFLICT_KIND_EN, CONFLICT_KIND_ZH, type ConflictKind } from '../collect/types';
import { KIND_WORDS } from '../progress/vocabulary';

function kindNames(lang: 'zh' | 'en'): Record<IndicatorKind, string> {
  return Object.fromEntries(Object.entries(KIND_WORDS).map(([k, w]) => [k, w[lang]])) as Record<IndicatorKind, string>;
}

export type { Lang } from '../plan/message';

const zh = {
  appTitle: '指标模板',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  views: '功能',
  viewPlan: '目标',
  viewTemplates: '模板',
  viewChecks: '审核',
  viewCollect: '汇集',
  viewSummary: '汇总',
  viewSettings: '设置',
  working: '正在处理…',
  opening: '正在读取工作簿',
  dismiss: '关闭',
  errorTitle: '出错了',
  unexpectedError: (msg: string) => `操作没有完成：${msg}`,
  moreProblems: (n: number) => `另有${n}处`,
  monthLabel: '月份',
  monthName: (m: number) => `${m}月`,
  noPlan: '还没有目标任务。请先在“目标”页载入或导入。',

  // 目标
  planCurrent: (unit: string, year: number, n: number) => `当前计划：${unit} ${year}年，${n}项指标`,
  planNone: '当前没有计划。',
  planLoadSeed: '载入示例计划（小江镇2023）',
  planReadSheet: '读取“指标库”工作表',
  planWriteSheet: '写入“指标库”工作表',
  planImportTitle: '从工作报告导入',
  planPasteLabel: '粘贴报告文字',
  planPastePlaceholder: '把政府工作报告的文字粘贴到这里',
  planFileLabel: '或选择文件（.txt / .docx）',
  planChooseFile: '选择文件…',
  planNoFile: '未选择文件',
  planExtract: '提取目标',
  planFileRead: (name: string, n: number) => `已读取 ${name}（${n} 字）`,
  planNoCandidates: '没有在文字中找到目标任务。',
  planCandidates: (n: number, accepted: number) => `找到 ${n} 项候选目标，已接受 ${accepted} 项`,
  planSource: '原文',
  planName: '指标名称',
  planValue: '目标值',
  planMax: '上限',
  planUnit: '单位',
  planComparator: '比较',
  planDeadline: '完成月份',
  planReadAs: '读作',
  planDirection: '方向',
  planIncrease: '增长',
  planDecrease: '下降',
  planAccept: '接受',
  planReject: '不要',
  planAccepted: '已接受',
  planRejected: '已放弃',
  planUseCandidates: (n: number) => `用已接受的 ${n} 项生成计划`,
  planBuilt: (n: number, noOffice = 0) =>
    `已生成计划：${n}项指标。请写入“指标库”工作表。` +
    (noOffice
      ? `其中${noOffice}项未填责任单位：写入后可在“指标库”工作表的“责任单位”列补填，再读取“指标库”工作表。`
      : ''),
  planResponsible: '责任单位',
  planResponsiblePlaceholder: '如：镇农业农村办',
  planLoaded: (n: number) => `已载入 ${n} 项指标`,
  planWritten: (n: number) => `已写入“指标库”工作表：${n}项指标`,
  planSheetMissing: '工作簿里没有“指标库”工作表。请先载入或导入计划，再写入。',
  planProblems: (n: number) => `“指标库”有 ${n} 处问题`,
  comparatorAtLeast: '不少于',
  comparatorAtMost: '不超过',
  comparatorBetween: '区间',
  comparatorApprox: '左右',
  milestone: '节点任务',
  planKind: '类型',
  planDraftYear: '计划年度',
  planDraftUnit: '单位名称（填报单位）',
  planDraftUnitPlaceholder: '例如：信丰县小江镇',
  // The vocabulary's kind names: the same words as 指标库's 类型 column and the CLI.
  kindName: kindNames('zh'),

  // 模板
  tplYear: '年度',
  tplMonths: '月份',
  tplUnits: '责任单位',
  tplAllUnits: '全部（总表）',
  tplUnitHint: '只选一个责任单位时，生成只含该单位指标的分发表。',
  tplPreview: '预览变更',
  tplGenerate: '生成或更新模板',
  tplAdded: '新增',
  tplUpdated: '更新',
  tplKept: '保留',
  tplNone: '无',
  tplPreviewTitle: '将要做的变更',
  tplDoneTitle: '已做的变更',
  tplFrom: '从',
  tplTo: '到',
  tplChanges: (a: number, u: number, k: number) => `新增 ${a} 张，更新 ${u} 张，保留 ${k} 张工作表`,
  tplDone: (n: number) => `已生成或更新 ${n} 张工作表`,
  tplDegraded: '部分功能已略过：',
  tplNoMonths: '请至少选择一个月份。',
  tplKeepsFigures: '已填写的数字和备注会按指标代码保留。',
  tplChangesTitle: '指标的变化',
  tplAskTitle: '改动涉及已填报的月份',
  tplAskHint: '年中调整：此前各月仍按原目标（原设置）计算，从所选月份起按新值；更正：各月都按新值计算。',
  tplAskChanged: (what: string, months: string) => `${what}；${months}已填报`,
  tplAskAdded: (code: string, name: string, months: string) => `新增 ${code} ${name}；${months}已填报`,
  tplAskAddFrom: (m: number) => `年中新增，${m}月起填报（此前各月不适用）`,
  tplAskCorrectAll: '更正（各月都按新值）',
  tplAskOnlyCorrect: '此项不能只从某月起生效：只能更正，或在计划中撤回',
  tplAskUnit: (from: string, to: string, typed: string) =>
    `单位由${from}改为${to}：已填的数字（${typed}）将按${to}读取`,
  tplAskUnitChoose: '（请选择）',
  tplAskUnitKeep: '更正：这些数字本来就是按新单位填的',
  tplAskUnchosen: '请先确认单位变更：已填的数字是否按新单位填写',
  tplAskLine: (code: string, name: string, from: string, to: string, months: string) =>
    `${code} ${name}：目标由${from}改为${to}，${months}已填报`,
  tplAskAdjust: (m: number) => `年中调整，${m}月起`,
  tplAskCorrect: '更正（各月都按新目标）',
  tplAskReason: '调整原因（写入指标库和汇总）',
  tplAskGo: '按以上选择生成',
  tplAsked: (n: number) => `有${n}项改动涉及已填报的月份，请先选择是年中调整还是更正`,
  tplNextTitle: '下一年度：带入上年同期数',
  tplNextHint:
    '选择上年的工作簿：按代码（或确认后按名称和单位）把上年各月累计数带入本计划的“上年同期累计”，用于同比审核和“同比增长”。',
  tplNextPick: '选择上年工作簿',
  tplNextAccept: '确认按名称匹配的指标并带入',
  tplNextDone: (n: number) => (n ? `已带入；${n}项按名称匹配待确认` : '已带入上年同期数'),

  // 审核
  chkRun: '运行审核',
  chkClear: '清除标记',
  chkCleared: '已清除单元格上的审核标记',
  chkNone: (m: number) => `${m}月没有发现问题。`,
  chkResult: (n: number, e: number, v: number, t: number) =>
    `发现 ${n} 条审核结果：强制性 ${e}，核实性 ${v}，提示性 ${t}`,
  chkFilter: '筛选',
  chkAll: '全部',
  tierName: { error: '强制性', verify: '核实性', note: '提示性' } as Record<Tier, string>,
  tierHelp: {
    error: '必须改正',
    verify: '需在备注中说明',
    note: '仅供参考',
  } as Record<Tier, string>,
  chkGoTo: (sheet: string, cell: string) => `转到 ${sheet}!${cell}`,
  tierHeading: (name: string, n: number) => `${name}（${n}）`,
  labelled: (label: string, text: string) => `${label}：${text}`,
  chkExpected: '应为',
  chkSuggestion: '建议',
  chkSelected: (sheet: string, cell: string) => `已选中 ${sheet}!${cell}`,
  // File mode has no grid: the saved workbook opens on the cell (its active sheet and cell are set).
  chkSelectedFile: (sheet: string, cell: string) =>
    `已把 ${sheet}!${cell} 设为活动单元格：保存工作簿后用 Excel 或 WPS 打开，即停在此处，可在那里修改`,

  // 汇集
  colFilesLabel: '各单位交回的报表（.xlsx，可多选）',
  colChoose: '选择文件…',
  colNoFiles: '未选择报表',
  colChosen: (n: number) => `已选择 ${n} 个文件`,
  colRemove: (name: string) => `移除 ${name}`,
  colRun: '汇集到本工作簿',
  colHint: '按指标代码把各单位的“本月”和“备注”填入本工作簿该月空着的单元格；与总表不同的数不会覆盖，列为冲突。',
  colNeedFiles: '请先选择交回的报表。',
  colResult: (written: number, accepted: number, conflicts: number, refused: number) =>
    `已填入 ${written} 个单元格，采用 ${accepted} 个文件；冲突 ${conflicts} 项，未汇集 ${refused} 个文件`,
  colSources: '来源',
  colSourceLine: (months: number[], counts: string) =>
    `${months.length ? `采用 ${months.map((m) => `${m}月`).join('、')}` : '没有填报'}：${counts}`,
  colTaken: (n: number) => `填入的 ${n} 项`,
  colField: { month: '本月', note: '备注' } as Record<'month' | 'note', string>,
  colFrom: (file: string, sheet: string, cell: string) => `来自 ${file} ${sheet}!${cell}`,
  colConflicts: (n: number) => `冲突（${n}，未采用，总表原有的数不变）`,
  colConflictKind: CONFLICT_KIND_ZH as Record<ConflictKind, string>,
  colSettled: (n: number) => `此前的不一致已在总表核定（${n}，以总表为准）`,
  colSettledKind: '已核定',
  colUnheard: (n: number) => `尚未收到本月报表的单位（${n}）`,
  colReadAs: (n: number) => `报来的数总表已有或已核定（${n}，写法、单位不同或此前已改，未改总表）`,
  colCorrection: (previous: string, value: string, unit: string) => `更正：${previous} → ${value}（${unit}）`,
  colCorrections: (n: number) => `更正 ${n} 项（该单位更正了自己此前报来的数）`,
  colRefused: (n: number) => `未汇集的文件（${n}）`,
  colProblems: (n: number) => `报表读取问题（${n}）`,
  colChecks: '汇集后的审核',
  colChecksLine: (e: number, v: number, n: number) =>
    `强制性 ${e}，核实性 ${v}，提示性 ${n}。请在“审核”页运行审核以标记单元格。`,
  colChecksNone: (m: number) => `${m}月审核没有发现问题。`,

  // 汇总
  sumFill: '填写“汇总”工作表',
  sumFilled: (m: number) => `已填写${m}月的“汇总”工作表`,
  sumNarrative: '进度文字',
  sumCopy: '复制文字',
  sumCopied: '已复制到剪贴板',
  sumCopyFailed: '无法自动复制。文字已选中，请按 Ctrl+C 复制。',
  sumCounts: '完成情况',
  sumReport: '生成进度通报（Word）',
  sumReportMade: (name: string, date: string) => `已生成“${name}”（成文日期${date}，可在 Word 中修改）`,
  sumWarnings: '警告',
  sumWarned: (n: number) => `；有${n}条警告，见下方`,

  // 设置
  setBands: '进度状态与颜色',
  setAhead: '超进度：差额不少于（百分点）',
  setBehind: '欠进度：差额低于负（百分点）',
  setRed: '红色：差额低于负（百分点）',
  setRounding: '序时进度取整',
  setRoundExact: '不取整（m/12）',
  setRoundDigits: (d: number) => `保留 ${d} 位小数（百分比）`,
  setThresholds: '审核阈值',
  setMom: '环比变化超过（倍）',
  setYoy: '同比变化超过（倍）',
  setOverTarget: '累计超过年度目标（倍）',
  setScale: '疑似单位错误（倍）',
  setSave: '保存到工作簿',
  setSaved: '设置已保存到工作簿，模板已按新设置更新',
  setKept: '设置已更新；生成模板时会写入工作簿',
  setInvalid: (field: string) => `“${field}”应为不小于 0 的数字`,
  setHelp: '设置随计划保存在工作簿中；单个指标可在“指标库”中另设。',

  // 诊断
  diagTitle: '诊断',
  diagHelp: '检查这个 Excel 是否按文档工作：在临时工作表上试写、保护、公式查找等，完成后删除该表，不动您的数据。',
  diagRun: '运行诊断',
  diagItem: '项目',
  diagResult: '结果',
  diagNote: '说明',
  diagCopy: '复制报告',
  diagDone: (n: number) => `诊断完成：${n} 项与文档不同或失败`,
  diagExcel: (excel: string, platform: string, api: string) => `Excel ${excel}（${platform}），ExcelApi ${api}`,
};

export type Dict = typeof zh;

const en: Dict = {
  appTitle: 'Indicator Templates',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  views: 'Views',
  viewPlan: 'Targets',
  viewTemplates: 'Templates',
  viewChecks: 'Checks',
  viewCollect: 'Collect',
  viewSummary: 'Summary',
  viewSettings: 'Settings',
  working: 'Working…',
  opening: 'Reading the workbook',
  dismiss: 'Dismiss',
  errorTitle: 'Something went wrong',
  unexpectedError: (msg: string) => `The action did not finish: ${msg}`,
  moreProblems: (n: number) => `${n} more`,
  monthLabel: 'Month',
  monthName: (m: number) => `Month ${m}`,
  noPlan: 'No targets yet. Load or import them on the Targets view first.',

  planCurrent: (unit: string, year: number, n: number) => `Current plan: ${unit} ${year}, ${n} indicators`,
  planNone: 'No plan loaded.',
  planLoadSeed: 'Load the sample plan (Xiaojiang 2023)',
  planReadSheet: 'Read the 指标库 sheet',
  planWriteSheet: 'Write the 指标库 sheet',
  planImportTitle: 'Import from a work report',
  planPasteLabel: 'Paste the report text',
  planPastePlaceholder: 'Paste the government work report here',
  planFileLabel: 'Or choose a file (.txt / .docx)',
  planChooseFile: 'Choose a file…',
  planNoFile: 'No file chosen',
  planExtract: 'Find targets',
  planFileRead: (name: string, n: number) => `Read ${name} (${n} characters)`,
  planNoCandidates: 'No targets were found in the text.',
  planCandidates: (n: number, accepted: number) => `${n} candidate targets found, ${accepted} accepted`,
  planSource: 'Source',
  planName: 'Indicator name',
  planValue: 'Target',
  planMax: 'Upper value',
  planUnit: 'Unit',
  planComparator: 'Comparison',
  planDeadline: 'Deadline month',
  planReadAs: 'Read as',
  planDirection: 'Direction',
  planIncrease: 'Increase (增长)',
  planDecrease: 'Decrease (下降)',
  planAccept: 'Accept',
  planReject: 'Reject',
  planAccepted: 'Accepted',
  planRejected: 'Rejected',
  planUseCandidates: (n: number) => `Build the plan from ${n} accepted`,
  planBuilt: (n: number, noOffice = 0) =>
    `Plan built: ${n} indicators. Write it to the 指标库 sheet.` +
    (noOffice
      ? ` ${noOffice} have no responsible office: after writing, fill the 责任单位 column of the 指标库 sheet, then read the sheet back.`
      : ''),
  planResponsible: 'Responsible office',
  planResponsiblePlaceholder: 'e.g. 镇农业农村办',
  planLoaded: (n: number) => `Loaded ${n} indicators`,
  planWritten: (n: number) => `Wrote the 指标库 sheet: ${n} indicators`,
  planSheetMissing: 'This workbook has no 指标库 sheet. Load or import a plan first, then write it.',
  planProblems: (n: number) => `${n} problems in the 指标库 sheet`,
  comparatorAtLeast: 'at least',
  comparatorAtMost: 'at most',
  comparatorBetween: 'between',
  comparatorApprox: 'about',
  milestone: 'Milestone',
  planKind: 'Kind',
  planDraftYear: 'Plan year',
  planDraftUnit: 'Unit name (填报单位)',
  planDraftUnitPlaceholder: 'e.g. 信丰县小江镇',
  kindName: kindNames('en'),

  tplYear: 'Year',
  tplMonths: 'Months',
  tplUnits: 'Responsible units',
  tplAllUnits: 'All (master)',
  tplUnitHint: 'Pick one unit to make a copy with only its rows, for sending out.',
  tplPreview: 'Preview changes',
  tplGenerate: 'Generate or update',
  tplAdded: 'Added',
  tplUpdated: 'Updated',
  tplKept: 'Kept',
  tplNone: 'none',
  tplPreviewTitle: 'Changes to make',
  tplDoneTitle: 'Changes made',
  tplFrom: 'From',
  tplTo: 'To',
  tplChanges: (a: number, u: number, k: number) => `${a} sheets to add, ${u} to update, ${k} kept`,
  tplDone: (n: number) => `Generated or updated ${n} sheets`,
  tplDegraded: 'Some features were left out:',
  tplNoMonths: 'Choose at least one month.',
  tplKeepsFigures: 'Figures and notes already entered are kept, matched by indicator code.',
  tplChangesTitle: 'What changed',
  tplAskTitle: 'Changes on months already filled',
  tplAskHint:
    'Mid-year adjustment: earlier months keep the original target (or setting), the new one applies from the chosen month. Correction: every month uses the new one.',
  tplAskChanged: (what: string, months: string) => `${what}; filled: ${months}`,
  tplAskAdded: (code: string, name: string, months: string) => `added ${code} ${name}; filled: ${months}`,
  tplAskAddFrom: (m: number) => `Added mid-year, reported from month ${m} (not applicable before)`,
  tplAskCorrectAll: 'Correction (every month on the new value)',
  tplAskOnlyCorrect: 'This cannot take effect from a month only: correct it, or leave the plan as it was',
  tplAskUnit: (from: string, to: string, typed: string) =>
    `unit ${from} → ${to}: the figures typed (${typed}) will be read in ${to}`,
  tplAskUnitChoose: '(choose)',
  tplAskUnitKeep: 'Correction: these figures were typed in the new unit',
  tplAskUnchosen: 'Answer the unit change first: were the figures typed in the new unit?',
  tplAskLine: (code: string, name: string, from: string, to: string, months: string) =>
    `${code} ${name}: target ${from} → ${to}, filled: ${months}`,
  tplAskAdjust: (m: number) => `Mid-year adjustment from month ${m}`,
  tplAskCorrect: 'Correction (every month on the new target)',
  tplAskReason: 'Reason for the adjustment (shown in 指标库 and 汇总)',
  tplAskGo: 'Generate with these answers',
  tplAsked: (n: number) => `${n} change(s) fall on filled months: choose adjustment or correction first`,
  tplNextTitle: 'Next year: last year’s figures',
  tplNextHint:
    'Pick last year’s workbook: its monthly figures go into this plan’s lastYear by code (or, once confirmed, by name and unit), for 同比 checks and the text.',
  tplNextPick: 'Pick last year’s workbook',
  tplNextAccept: 'Confirm the name matches and carry them',
  tplNextDone: (n: number) => (n ? `Carried; ${n} name match(es) to confirm` : 'Last year’s figures carried'),

  chkRun: 'Run checks',
  chkClear: 'Clear marks',
  chkCleared: 'Check marks cleared from the cells',
  chkNone: (m: number) => `No problems found for month ${m}.`,
  chkResult: (n: number, e: number, v: number, t: number) => `${n} findings: ${e} errors, ${v} to verify, ${t} notes`,
  chkFilter: 'Filter',
  chkAll: 'All',
  tierName: { error: 'Error', verify: 'Verify', note: 'Note' },
  tierHelp: { error: 'must be fixed', verify: 'explain in 备注', note: 'for information' },
  chkGoTo: (sheet: string, cell: string) => `Go to ${sheet}!${cell}`,
  tierHeading: (name: string, n: number) => `${name} (${n})`,
  labelled: (label: string, text: string) => `${label}: ${text}`,
  chkExpected: 'Expected',
  chkSuggestion: 'Suggestion',
  chkSelected: (sheet: string, cell: string) => `Selected ${sheet}!${cell}`,
  chkSelectedFile: (sheet: string, cell: string) =>
    `${sheet}!${cell} is now the active cell: save the workbook and open it in Excel or WPS to land on it and edit it there`,

  colFilesLabel: 'Returned workbooks (.xlsx, several at once)',
  colChoose: 'Choose files…',
  colNoFiles: 'No workbooks chosen',
  colChosen: (n: number) => (n === 1 ? '1 file chosen' : `${n} files chosen`),
  colRemove: (name: string) => `Remove ${name}`,
  colRun: 'Collect into this workbook',
  colHint:
    "Each office's 本月 and 备注 go into this workbook's empty cells of the month, matched by code; a figure that differs from the master's is not written but listed as a conflict.",
  colNeedFiles: 'Choose the returned workbooks first.',
  colResult: (written: number, accepted: number, conflicts: number, refused: number) =>
    `${written} cells filled from ${accepted} files; ${conflicts} conflicts, ${refused} files refused`,
  colSources: 'From where',
  colSourceLine: (months: number[], counts: string) =>
    `${months.length ? `months ${months.join(', ')}` : 'nothing entered'}: ${counts}`,
  colTaken: (n: number) => `${n} cells filled`,
  colField: { month: 'monthly figure', note: 'note' },
  colFrom: (file: string, sheet: string, cell: string) => `from ${file} ${sheet}!${cell}`,
  colConflicts: (n: number) => `Conflicts (${n}; none taken, the master's figures stay)`,
  colConflictKind: CONFLICT_KIND_EN,
  colSettled: (n: number) => `Earlier disagreements settled in the master (${n}; the master's figures stand)`,
  colSettledKind: 'settled',
  colUnheard: (n: number) => `Offices not heard from this month (${n})`,
  colReadAs: (n: number) =>
    `Figures sent that the master already holds or has settled (${n}; written differently, in another unit, or changed before; master unchanged)`,
  colCorrection: (previous: string, value: string, unit: string) => `corrected: ${previous} → ${value} (${unit})`,
  colCorrections: (n: number) => `${n} corrected (the office corrected what it had sent before)`,
  colRefused: (n: number) => `Files not collected (${n})`,
  colProblems: (n: number) => `Problems reading the returns (${n})`,
  colChecks: 'Checks after collecting',
  colChecksLine: (e: number, v: number, n: number) =>
    `${e} errors, ${v} to verify, ${n} notes. Run the checks on the Checks view to mark the cells.`,
  colChecksNone: (m: number) => `No problems found for month ${m}.`,

  sumFill: 'Fill the 汇总 sheet',
  sumFilled: (m: number) => `Filled the 汇总 sheet for month ${m}`,
  sumNarrative: 'Progress text',
  sumCopy: 'Copy text',
  sumCopied: 'Copied to the clipboard',
  sumCopyFailed: 'Could not copy automatically. The text is selected: press Ctrl+C.',
  sumCounts: 'Status counts',
  sumReport: 'Progress report (Word)',
  sumReportMade: (name: string, date: string) => `Saved “${name}” (dated ${date}; change it in Word if needed)`,
  sumWarnings: 'Warning',
  sumWarned: (n: number) => `; ${n === 1 ? 'a warning' : `${n} warnings`} below`,

  setBands: 'Status and colours',
  setAhead: 'Ahead: gap at least (points)',
  setBehind: 'Behind: gap below minus (points)',
  setRed: 'Red: gap below minus (points)',
  setRounding: 'Time-schedule rounding',
  setRoundExact: 'Exact (m/12)',
  setRoundDigits: (d: number) => `${d} decimals of the percentage`,
  setThresholds: 'Check thresholds',
  setMom: 'Month-on-month change above (times)',
  setYoy: 'Year-on-year change above (times)',
  setOverTarget: 'Cumulative above the target (times)',
  setScale: 'Wrong unit scale suspected (times)',
  setSave: 'Save to the workbook',
  setSaved: 'Settings saved to the workbook; the templates now use them',
  setKept: 'Settings updated; they are written to the workbook when you generate the templates',
  setInvalid: (field: string) => `"${field}" must be a number of 0 or more`,
  setHelp: 'Settings are saved with the plan in the workbook; an indicator may override them in 指标库.',

  // 诊断
  diagTitle: 'Self-test',
  diagHelp:
    'Checks that this Excel works as documented: writing, protection, finding formulas… on a scratch sheet that is deleted afterwards. Your data is not touched.',
  diagRun: 'Run the self-test',
  diagItem: 'Item',
  diagResult: 'Result',
  diagNote: 'Notes',
  diagCopy: 'Copy the report',
  diagDone: (n: number) => `Self-test done: ${n} item(s) differ from the documentation or failed`,
  diagExcel: (excel: string, platform: string, api: string) => `Excel ${excel} (${platform}), ExcelApi ${api}`,
};

export const DICTS: Record<Lang, Dict> = { zh, en };

/** Chinese for any Chinese display language (zh-CN, zh-TW, zh-HK…), English otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | null | undefined): Lang {
  return /^zh\b/i.test(displayLanguage ?? 'zh') ? 'zh' : 'en';
}

export const LangContext = createContext<{ lang: Lang; t: Dict }>({ lang: 'zh', t: zh });

export function useT(): { lang: Lang; t: Dict } {
  return useContext(LangContext);
}

/** The message in the user's language: how the pane shows every Message (Chinese when no English). */
export function pick(lang: Lang, m: Message): string {
  return lang === 'en' && m.en ? m.en : m.zh;
}

/** One entry of the dictionaries in both languages: the message a pane error carries. */
export function inBoth(entry: (d: Dict) => string): Message {
  return { zh: entry(DICTS.zh), en: entry(DICTS.en) };
}
