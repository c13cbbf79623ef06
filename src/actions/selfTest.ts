// 诊断 (self-test): the host tries each behaviour of Excel it depends on, on a scratch sheet, and
// the pane shows the table and offers a short report to copy. A file on the command line has no
// Excel to try: the action says so.
import type { Host, SelfTestReport } from '../workbook/host';
import { UserError } from '../plan/message';

export async function selfTest(host: Host): Promise<SelfTestReport> {
  if (!host.selfTest)
    throw new UserError({
      zh: '诊断只能在 Excel 中运行（它检查的是 Excel 本身）。',
      en: 'The self-test runs inside Excel only (it checks Excel itself).',
    });
  return host.selfTest();
}

const RESULT: Record<SelfTestReport['items'][number]['result'], [string, string]> = {
  ok: ['正常', 'ok'],
  differs: ['与文档不同', 'differs'],
  failed: ['失败', 'failed'],
  skipped: ['跳过', 'skipped'],
};

export function selfTestResultWords(r: SelfTestReport['items'][number]['result']): [string, string] {
  return RESULT[r];
}

/** The short report the copy button puts on the clipboard: Excel version, platform, each result. */
export function selfTestText(r: SelfTestReport): string {
  return [
    '指标模板 诊断 / Indicator Templates self-test',
    `Excel ${r.excel} (${r.platform}), ExcelApi ${r.api}`,
    ...r.items.map((i) => `${i.item} / ${i.itemEn}: ${RESULT[i.result].join(' / ')} — ${i.note} / ${i.noteEn}`),
  ].join('\n');
}
