// 汇总: fill the 汇总 sheet for a month, show the counts and the progress text with a copy button, and
// make the month's 通报 as a Word document to save.
import { useRef, useState } from 'react';
import { Badge, Button, Field, Textarea } from '@fluentui/react-components';
import type { ViewProps } from '../App';
import { useT } from '../i18n';
import { STATUS_EN, type Status } from '../../progress';
import { copyText } from '../clipboard';
import { download } from '../fileMode';
import type { SummaryOutcome } from '../services';
import { useStyles } from '../styles';
import { MonthPicker } from './MonthPicker';
import { Actions } from './Actions';
import { Section } from './Section';
import { MessageLines } from './Lines';

export function SummaryView({ services, month, setMonth, months, runner }: ViewProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<SummaryOutcome | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const busy = runner.busy !== null;

  // The status line says there are warnings; the bar above the counts says what they are.
  const warned = (o: SummaryOutcome) => (o.warnings.length ? t.sumWarned(o.warnings.length) : '');

  const show = <T extends SummaryOutcome>(o: T): T => {
    setOutcome(o);
    return o;
  };

  const fill = () =>
    runner.run(
      t.sumFill,
      async () => show(await services.fillSummary(month)),
      (o) => t.sumFilled(o.month) + warned(o),
    );

  // The 通报: the month's summary as a Word document, offered as a file to save (Excel and file mode).
  const report = () =>
    runner.run(
      t.sumReport,
      async () => {
        const o = show(await services.reportDocx(month, new Date()));
        download(o.file);
        return o;
      },
      (o) => t.sumReportMade(o.file.name, o.dateText) + warned(o),
    );

  const copy = async () => {
    if (!outcome) return;
    const ok = await copyText(outcome.narrative);
    if (ok) {
      runner.setStatus(t.sumCopied);
    } else {
      // Leave the text selected so Ctrl+C works.
      areaRef.current?.focus();
      areaRef.current?.select();
      runner.setStatus(t.sumCopyFailed);
    }
  };

  return (
    <>
      <MonthPicker month={month} months={months} onChange={setMonth}>
        <Actions busy={busy} actions={[{ label: t.sumFill, onClick: fill, primary: true }]} />
      </MonthPicker>
      <div className={styles.row}>
        <Actions busy={busy} actions={[{ label: t.sumReport, onClick: report }]} />
      </div>
      {outcome && (
        <>
          {outcome.warnings.length > 0 && (
            <MessageLines intent="warning" title={t.sumWarnings} lines={outcome.warnings.map((w) => w[lang])} />
          )}
          <Section id="sum-counts" title={t.sumCounts}>
            <ul className={styles.row} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {outcome.counts.map((c) => (
                <li key={c.status}>
                  <Badge appearance="tint" color={badgeColour(c.status)}>
                    {lang === 'en' ? (STATUS_EN[c.status as Status] ?? c.status) : c.status} {c.count}
                  </Badge>
                </li>
              ))}
            </ul>
          </Section>
          <Field label={t.sumNarrative}>
            <Textarea
              ref={areaRef}
              className={styles.narrative}
              value={outcome.narrative}
              readOnly
              resize="vertical"
              rows={10}
            />
          </Field>
          <Button onClick={copy}>{t.sumCopy}</Button>
        </>
      )}
    </>
  );
}

function badgeColour(status: string): 'success' | 'brand' | 'warning' | 'danger' | 'informative' {
  switch (status) {
    case '已完成':
      return 'success';
    case '超进度':
    case '达进度':
      return 'brand';
    case '欠进度':
      return 'warning';
    case '逾期':
      return 'danger';
    default:
      return 'informative';
  }
}
