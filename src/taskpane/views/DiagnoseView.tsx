// 诊断: one click runs the self-test in the user's Excel (on a scratch sheet it deletes) and shows a
// plain table (项目 / 结果 / 说明) with a button that copies a short report to send to support.
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { SelfTestReport } from '../../workbook/host';
import { selfTestResultWords, selfTestText } from '../../actions/selfTest';
import type { ViewProps } from '../App';
import { copyText } from '../clipboard';
import { useT } from '../i18n';
import { useStyles } from '../styles';
import { useFileT } from '../fileWords';

export function DiagnoseView({
  services,
  runner,
  switchToFileMode,
}: Pick<ViewProps, 'services' | 'runner' | 'switchToFileMode'>) {
  const { t, lang } = useT();
  const ft = useFileT();
  const styles = useStyles();
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const busy = runner.busy !== null;
  const en = lang === 'en';

  const runTest = () =>
    runner.run(
      t.diagRun,
      async () => {
        const r = await services.selfTest();
        setReport(r);
        return r;
      },
      (r) => t.diagDone(r.items.filter((i) => i.result === 'differs' || i.result === 'failed').length),
    );

  const copy = async () => {
    if (!report) return;
    const ok = await copyText(selfTestText(report));
    runner.setStatus(ok ? t.sumCopied : t.sumCopyFailed);
  };

  return (
    <section aria-labelledby="diag-title" className={styles.section}>
      <h2 id="diag-title" className={styles.sectionTitle}>
        {t.diagTitle}
      </h2>
      <p>{t.diagHelp}</p>
      <Button onClick={runTest} disabled={busy}>
        {t.diagRun}
      </Button>
      {report && (
        <>
          <p>{t.diagExcel(report.excel, report.platform, report.api)}</p>
          <table aria-label={t.diagTitle}>
            <thead>
              <tr>
                <th scope="col">{t.diagItem}</th>
                <th scope="col">{t.diagResult}</th>
                <th scope="col">{t.diagNote}</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((i) => (
                <tr key={i.id} data-result={i.result}>
                  <td>{en ? i.itemEn : i.item}</td>
                  <td>{selfTestResultWords(i.result)[en ? 1 : 0]}</td>
                  <td>{en ? i.noteEn : i.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Button onClick={copy}>{t.diagCopy}</Button>
          {/* A failure means this Excel cannot do what an action needs: the same pane works on files. */}
          {switchToFileMode && report.items.some((i) => i.result === 'failed') && (
            <div className={styles.stack}>
              <p style={{ margin: 0 }}>{ft.selfTestFailed}</p>
              <div>
                <Button appearance="primary" onClick={switchToFileMode}>
                  {ft.switchToFiles}
                </Button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
