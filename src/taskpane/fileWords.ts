// File mode's words (the pane on .xlsx files, without Excel's API), Chinese first, English second.
// Apart from i18n.ts so that the pane's dictionary stays the one for both modes.
import { useT, type Lang } from './i18n';

const zh = {
  title: '文件模式',
  explain: '不连接 Excel：在这台电脑上打开和保存 .xlsx 文件，数据不离开这台电脑。',
  noWorkbook: '新工作簿（未保存）：可在“目标”页载入或导入计划，再到“模板”页生成。',
  current: (name: string) => `当前工作簿：${name}`,
  open: '打开工作簿…',
  openLabel: '选择本年度的 .xlsx 工作簿',
  startNew: '新建工作簿',
  save: (name: string) => `保存 ${name}`,
  unsaved: (what: string) => `${what}，请保存工作簿：`,
  saved: (name: string) => `已交给浏览器保存：${name}（一般在“下载”文件夹）`,
  opened: (name: string) => `已打开 ${name}`,
  started: '已新建空白工作簿',
  opening: '正在打开工作簿',
  changed: {
    generate: '模板已生成',
    check: '审核结果已标在单元格上并列在“审核结果”表',
    summary: '“汇总”表已填好',
    collect: '各单位报表已汇集到工作簿',
    plan: '指标库已写入',
    settings: '设置已存入工作簿',
    clear: '审核标记已清除',
  },
  selfTestFailed: '自检有失败项：此 Excel 可能无法完成某些操作。可以改用文件模式，在这台电脑上打开和保存 .xlsx 文件。',
  switchToFiles: '改用文件模式',
  unitFiles: '生成各责任单位分发表（每个单位一个文件）',
  unitFilesTitle: '各责任单位分发表',
  unitFilesHint: '逐个保存后发给各单位；单位填好交回后，在“汇集”页汇入。',
  unitFilesDone: (n: number) => `已生成 ${n} 个责任单位的工作簿，请逐个保存`,
  selectedInFile: (sheet: string, cell: string) => `保存的工作簿打开时将定位到 ${sheet}!${cell}`,
  why: {
    noOffice: '未在 Excel 中运行。',
    noApiScript: '未能载入 Excel 加载项接口脚本（连不上微软的 CDN？可用 --env officejs=local 构建后部署）。',
    oldExcel: (version: string) => `此 Excel 不支持插件所需的接口（需要 ExcelApi ${version}），改用文件模式。`,
    selfTest: '自检发现此 Excel 不能完成插件需要的操作，改用文件模式。',
  },
};

export type FileDict = typeof zh;

const en: FileDict = {
  title: 'File mode',
  explain: 'Not connected to Excel: open and save .xlsx files on this computer; nothing leaves it.',
  noWorkbook: 'New workbook (not saved): load or import a plan on Targets, then generate on Templates.',
  current: (name: string) => `Workbook: ${name}`,
  open: 'Open workbook…',
  openLabel: "Choose the year's .xlsx workbook",
  startNew: 'New workbook',
  save: (name: string) => `Save ${name}`,
  unsaved: (what: string) => `${what}; save the workbook:`,
  saved: (name: string) => `Handed to the browser to save: ${name} (usually in Downloads)`,
  opened: (name: string) => `Opened ${name}`,
  started: 'Started a blank workbook',
  opening: 'Opening the workbook',
  changed: {
    generate: 'Templates generated',
    check: 'Findings marked on their cells and listed on 审核结果',
    summary: '汇总 filled',
    collect: "The offices' returns were merged into the workbook",
    plan: '指标库 written',
    settings: 'Settings stored in the workbook',
    clear: 'Check marks cleared',
  },
  selfTestFailed:
    'The self-test has failures: this Excel may not manage some actions. You can work on .xlsx files on this computer instead.',
  switchToFiles: 'Work on files instead',
  unitFiles: 'One workbook per responsible office',
  unitFilesTitle: 'Workbooks for the offices',
  unitFilesHint: 'Save each and send it to its office; collect the returns on Collect.',
  unitFilesDone: (n: number) => `${n} office workbooks made; save each one`,
  selectedInFile: (sheet: string, cell: string) => `The saved workbook opens at ${sheet}!${cell}`,
  why: {
    noOffice: 'Not running inside Excel.',
    noApiScript:
      "The Excel add-in API script did not load (Microsoft's CDN unreachable? Build with --env officejs=local).",
    oldExcel: (version: string) =>
      `This Excel lacks the API the add-in needs (ExcelApi ${version}); working on files instead.`,
    selfTest: 'The self-test found this Excel cannot do what the add-in needs; working on files instead.',
  },
};

export const FILE_DICTS: Record<Lang, FileDict> = { zh, en };

export function useFileT(): FileDict {
  return FILE_DICTS[useT().lang];
}
