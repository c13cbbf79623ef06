// 汇集: pick the offices' returned workbooks, merge their figures and notes into this workbook's month
// sheet, and show what came from where, every conflict and every refused file. A click on a filled
// cell or a conflict selects the master's cell.
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { ViewProps } from '../App';
import { pick, useT } from '../i18n';
import { sourceCounts } from '../../collect/words';
import type { CollectOutcome, PickedFile } from '../services';
import { useStyles } from '../styles';
import { MonthPicker } from './MonthPicker';
import { FilePicker } from './FilePicker';
import { FindingCard } from './FindingCard';
import { MessageLines } from './Lines';
import { ListSection, Section } from './Section';

export function CollectView({ services, month, setMonth, months, runner, fileMode }: ViewProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<CollectOutcome | null>(null);
  const busy = runner.busy !== null;

  const add = (list: FileList | null) => {
    if (!list?.length) return;
    const picked = Array.from(list);
    // A file picked again replaces the earlier pick of the same name.
    setFiles((old) => [...old.filter((f) => !picked.some((p) => p.name === f.name)), ...picked]);
  };

  const run = () =>
    runner.run(
      t.colRun,
      async () => {
        const read: PickedFile[] = [];
        for (const f of files) read.push({ name: f.name, bytes: await f.arrayBuffer() });
        const o = await services.collect(read, month);
        setOutcome(o);
        return o;
      },
      (o) => t.colResult(o.written, o.sources.length, o.conflicts.length, o.refused.length),
    );

  const go = (sheet: string, cell: string) =>
    runner.run(
      t.chkGoTo(sheet, cell),
      () => services.select(sheet, cell),
      () => (fileMode ? t.chkSelectedFile(sheet, cell) : t.chkSelected(sheet, cell)),
    );

  const tiers = outcome
    ? (['error', 'verify', 'note'] as const).map((tier) => outcome.findings.filter((f) => f.tier === tier).length)
    : [0, 0, 0];

  return (
    <>
      <MonthPicker month={month} months={months} onChange={setMonth} />
      <div className={styles.stack}>
        <FilePicker
          label={t.colFilesLabel}
          button={t.colChoose}
          note={files.length ? t.colChosen(files.length) : t.colNoFiles}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          busy={busy}
          onFiles={add}
        />
        {files.length > 0 && (
          <ul className={styles.list} aria-label={t.colFilesLabel}>
            {files.map((f) => (
              <li key={f.name} className={styles.row} style={{ alignItems: 'center', flexWrap: 'nowrap' }}>
                <span className={styles.findingText} style={{ flexGrow: 1, minWidth: 0, wordBreak: 'break-all' }}>
                  {f.name}
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={t.colRemove(f.name)}
                  onClick={() => setFiles((old) => old.filter((x) => x !== f))}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className={styles.muted} style={{ margin: 0 }}>
        {t.colHint}
      </p>
      <Button appearance="primary" onClick={run} disabled={busy || files.length === 0}>
        {t.colRun}
      </Button>

      {outcome && (
        <>
          <p style={{ margin: 0 }}>
            {t.colResult(outcome.written, outcome.sources.length, outcome.conflicts.length, outcome.refused.length)}
          </p>

          {outcome.sources.length > 0 && (
            <ListSection id="col-sources" title={t.colSources}>
              {outcome.sources.map((s) => {
                const taken = outcome.taken.filter((x) => x.from[0]?.file === s.file);
                return (
                  <li key={s.file} className={styles.card}>
                    <span className={styles.findingWhere}>
                      {s.file}（{s.unit}）
                    </span>
                    <span className={styles.findingText}>{t.colSourceLine(s.months, pick(lang, sourceCounts(s)))}</span>
                    {s.planChange && <span className={styles.findingText}>{pick(lang, s.planChange)}</span>}
                    {s.ledgerEdits && <span className={styles.findingText}>{pick(lang, s.ledgerEdits)}</span>}
                    {taken.length > 0 && (
                      <details>
                        <summary>{t.colTaken(taken.length)}</summary>
                        <ul className={styles.list}>
                          {taken.map((x) => (
                            <li key={`${x.sheet}!${x.cell}`}>
                              <FindingCard
                                onGo={() => go(x.sheet, x.cell)}
                                disabled={busy}
                                label={`${t.chkGoTo(x.sheet, x.cell)}：${x.code} ${x.name} ${t.colField[x.field]} ${pick(lang, x.value)}`}
                                where={`${x.sheet}!${x.cell} · ${x.code} ${x.name}`}
                                text={
                                  x.previous !== null
                                    ? `${t.colField[x.field]} ${t.colCorrection(pick(lang, x.previous), pick(lang, x.value), s.unit)}`
                                    : t.labelled(t.colField[x.field], pick(lang, x.value))
                                }
                                notes={[x.from.map((c) => t.colFrom(c.file, c.sheet, c.cell)).join('；')]}
                              />
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </li>
                );
              })}
            </ListSection>
          )}

          {outcome.conflicts.length > 0 && (
            <ListSection id="col-conflicts" title={t.colConflicts(outcome.conflicts.length)}>
              {outcome.conflicts.map((c, i) => {
                const text = pick(lang, c.message);
                const { sheet, cell } = c;
                return (
                  <li key={`${c.code}:${c.kind}:${i}`}>
                    <FindingCard
                      tone={styles.findingVerify}
                      onGo={sheet && cell ? () => go(sheet, cell) : undefined}
                      disabled={busy}
                      label={sheet && cell ? `${t.chkGoTo(sheet, cell)}：${text}` : text}
                      where={`${t.colConflictKind[c.kind]} · ${c.code} ${c.name}`}
                      text={text}
                    />
                  </li>
                );
              })}
            </ListSection>
          )}

          {outcome.settled.length > 0 && (
            <ListSection id="col-settled" title={t.colSettled(outcome.settled.length)}>
              {outcome.settled.map((c, i) => {
                const text = pick(lang, c.message);
                return (
                  <li key={`${c.code}:${c.month}:${c.field}:${i}`}>
                    <FindingCard
                      tone={styles.findingNote}
                      onGo={() => go(c.sheet, c.cell)}
                      disabled={busy}
                      label={`${t.chkGoTo(c.sheet, c.cell)}：${text}`}
                      where={`${t.colSettledKind} · ${c.code} ${c.name}`}
                      text={text}
                    />
                  </li>
                );
              })}
            </ListSection>
          )}

          {outcome.readAs.length > 0 && (
            <MessageLines
              intent="info"
              title={<strong>{t.colReadAs(outcome.readAs.length)}</strong>}
              lines={outcome.readAs.map((m) => pick(lang, m))}
            />
          )}

          {outcome.refused.length > 0 && (
            <ListSection id="col-refused" title={t.colRefused(outcome.refused.length)}>
              {outcome.refused.map((x, i) => (
                <li key={`${x.file}:${i}`} className={`${styles.card} ${styles.findingError}`}>
                  <span className={styles.findingText}>{pick(lang, x.message)}</span>
                </li>
              ))}
            </ListSection>
          )}

          {outcome.unheard.length > 0 && (
            <MessageLines
              intent="info"
              title={<strong>{t.colUnheard(outcome.unheard.length)}</strong>}
              lines={outcome.unheard.map((u) => pick(lang, u.message))}
            />
          )}

          {outcome.problems.length > 0 && (
            <MessageLines
              intent="warning"
              title={<strong>{t.colProblems(outcome.problems.length)}</strong>}
              lines={outcome.problems.map((p) => `${p.file}：${pick(lang, p.message)}`)}
            />
          )}

          <Section id="col-checks" title={t.colChecks}>
            <p style={{ margin: 0 }}>
              {outcome.findings.length ? t.colChecksLine(tiers[0], tiers[1], tiers[2]) : t.colChecksNone(outcome.month)}
            </p>
          </Section>
        </>
      )}
    </>
  );
}
