// 汇集: pick the offices' returned workbooks, merge their figures and notes into this workbook's month
// sheet, and show what came from where, every conflict and every refused file. A click on a filled
// cell or a conflict selects the master's cell.
import { useId, useRef, useState } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ViewProps } from '../App';
import { pick, useT } from '../i18n';
import type { CollectOutcome, PickedFile } from '../services';
import { useStyles } from '../styles';
import { MonthPicker } from './MonthPicker';

export function CollectView({ services, month, setMonth, months, runner }: ViewProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
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
      () => t.chkSelected(sheet, cell),
    );

  const tiers = outcome
    ? (['error', 'verify', 'note'] as const).map((tier) => outcome.findings.filter((f) => f.tier === tier).length)
    : [0, 0, 0];

  return (
    <>
      <div className={styles.row}>
        <div className={styles.grow}>
          <MonthPicker month={month} months={months} onChange={setMonth} />
        </div>
      </div>
      <div className={styles.stack}>
        <span id={`${fileId}-label`}>{t.colFilesLabel}</span>
        {/* The browser's own file button speaks the browser's language: ours opens the same picker. */}
        <input
          ref={fileRef}
          id={fileId}
          type="file"
          multiple
          hidden
          aria-labelledby={`${fileId}-label`}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          onChange={(e) => {
            add(e.target.files);
            e.target.value = '';
          }}
        />
        <div className={styles.row}>
          <Button onClick={() => fileRef.current?.click()} disabled={busy} aria-describedby={`${fileId}-label`}>
            {t.colChoose}
          </Button>
          <span className={styles.muted}>{files.length ? t.colChosen(files.length) : t.colNoFiles}</span>
        </div>
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
            <section className={styles.section} aria-labelledby="col-sources">
              <h2 id="col-sources" className={styles.sectionTitle}>
                {t.colSources}
              </h2>
              <ul className={styles.list}>
                {outcome.sources.map((s) => {
                  const taken = outcome.taken.filter((x) => x.from[0]?.file === s.file);
                  return (
                    <li key={s.file} className={styles.card}>
                      <span className={styles.findingWhere}>
                        {s.file}（{s.unit}）
                      </span>
                      <span className={styles.findingText}>
                        {t.colSourceLine(s.months, s.figures, s.notes, s.unchanged, s.conflicts)}
                      </span>
                      {taken.length > 0 && (
                        <details>
                          <summary>{t.colTaken(taken.length)}</summary>
                          <ul className={styles.list}>
                            {taken.map((x) => (
                              <li key={`${x.sheet}!${x.cell}`}>
                                <button
                                  type="button"
                                  className={styles.finding}
                                  onClick={() => go(x.sheet, x.cell)}
                                  disabled={busy}
                                  aria-label={`${t.chkGoTo(x.sheet, x.cell)}：${x.code} ${x.name} ${t.colField[x.field]} ${pick(lang, x.value, x.valueEn)}`}
                                >
                                  <span className={styles.findingWhere}>
                                    {x.sheet}!{x.cell} · {x.code} {x.name}
                                  </span>
                                  <span className={styles.findingText}>
                                    {t.labelled(t.colField[x.field], pick(lang, x.value, x.valueEn))}
                                  </span>
                                  <span className={styles.muted}>
                                    {x.from.map((c) => t.colFrom(c.file, c.sheet, c.cell)).join('；')}
                                  </span>
                                </button>
                              </li>
                            ))}
                          </ul>
                        </details>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          {outcome.conflicts.length > 0 && (
            <section className={styles.section} aria-labelledby="col-conflicts">
              <h2 id="col-conflicts" className={styles.sectionTitle}>
                {t.colConflicts(outcome.conflicts.length)}
              </h2>
              <ul className={styles.list}>
                {outcome.conflicts.map((c, i) => {
                  const text = pick(lang, c.message, c.messageEn);
                  const body = (
                    <>
                      <span className={styles.findingWhere}>
                        {t.colConflictKind[c.kind]} · {c.code} {c.name}
                      </span>
                      <span className={styles.findingText}>{text}</span>
                    </>
                  );
                  return (
                    <li key={`${c.code}:${c.kind}:${i}`}>
                      {c.sheet && c.cell ? (
                        <button
                          type="button"
                          className={`${styles.finding} ${styles.findingVerify}`}
                          onClick={() => go(c.sheet!, c.cell!)}
                          disabled={busy}
                          aria-label={`${t.chkGoTo(c.sheet, c.cell)}：${text}`}
                        >
                          {body}
                        </button>
                      ) : (
                        <div className={`${styles.finding} ${styles.findingVerify}`}>{body}</div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          {outcome.refused.length > 0 && (
            <section className={styles.section} aria-labelledby="col-refused">
              <h2 id="col-refused" className={styles.sectionTitle}>
                {t.colRefused(outcome.refused.length)}
              </h2>
              <ul className={styles.list}>
                {outcome.refused.map((x, i) => (
                  <li key={`${x.file}:${i}`} className={`${styles.card} ${styles.findingError}`}>
                    <span className={styles.findingText}>{pick(lang, x.message, x.messageEn)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}

          {outcome.problems.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <strong>{t.colProblems(outcome.problems.length)}</strong>
                {outcome.problems.map((p, i) => (
                  <div key={i}>
                    {p.file}：{pick(lang, p.message, p.messageEn)}
                  </div>
                ))}
              </MessageBarBody>
            </MessageBar>
          )}

          <section className={styles.section} aria-labelledby="col-checks">
            <h2 id="col-checks" className={styles.sectionTitle}>
              {t.colChecks}
            </h2>
            <p style={{ margin: 0 }}>
              {outcome.findings.length ? t.colChecksLine(tiers[0], tiers[1], tiers[2]) : t.colChecksNone(outcome.month)}
            </p>
          </section>
        </>
      )}
    </>
  );
}
