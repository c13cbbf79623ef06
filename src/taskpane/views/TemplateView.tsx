// 模板: year, months and responsible unit; preview what a generate would add, update and keep, then
// generate or update the month sheets (entered figures are kept by code).
import { useEffect, useMemo, useState } from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { ViewProps } from '../App';
import { inBoth, useT } from '../i18n';
import type {
  CarryOutcome,
  ChangeQuestion,
  GenerateOutcome,
  PickedFile,
  TargetDecision,
  TemplateChanges,
  TemplateOptions,
} from '../services';
import { parseYear, UserError } from '../../plan/message';
import { officesSorted } from '../../plan/owners';
import { showNumber } from '../../progress/round';
import { useStyles } from '../styles';
import { useFileT } from '../fileWords';
import type { SavedFile } from '../fileMode';
import { Actions } from './Actions';
import { ALL_MONTHS as MONTHS, Choice, monthOptions } from './Choice';
import { Lines, MessageLines } from './Lines';
import { Section } from './Section';

/** A question's answer: a month (年中调整 from it), 0 (更正), or not chosen yet (a unit change). */
const UNCHOSEN = -1;
const keyOf = (q: ChangeQuestion) => `${'changes' in q ? 'f' : 't'}:${q.code}`;
function firstAnswer(q: ChangeQuestion): number {
  if ('changes' in q && q.unit) return UNCHOSEN;
  if ('changes' in q && !q.added && !q.before) return 0;
  return Math.min(12, Math.max(2, Math.max(0, ...q.filled) + 1));
}

export function TemplateView({ services, plan, setPlan, months, refreshMonths, runner, fileMode }: ViewProps) {
  const { t, lang } = useT();
  const ft = useFileT();
  const [unitFiles, setUnitFiles] = useState<SavedFile[] | null>(null);
  const styles = useStyles();
  const [yearText, setYearText] = useState(plan ? String(plan.year) : '');
  const [from, setFrom] = useState(1);
  const [to, setTo] = useState(12);
  const [unit, setUnit] = useState('');
  const [changes, setChanges] = useState<TemplateChanges | null>(null);
  const [outcome, setOutcome] = useState<GenerateOutcome | null>(null);
  // Target changes on filled months, with the user's answer for each: a month (年中调整 from it) or 0 (更正).
  const [questions, setQuestions] = useState<ChangeQuestion[] | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const [lastYear, setLastYear] = useState<PickedFile | null>(null);
  const [carried, setCarried] = useState<CarryOutcome | null>(null);
  const busy = runner.busy !== null;

  useEffect(() => {
    if (plan) setYearText(String(plan.year));
  }, [plan]);
  // Default to the months already in the workbook, so "update" is the natural next step.
  useEffect(() => {
    if (months.length) {
      setFrom(months[0]);
      setTo(months[months.length - 1]);
    }
  }, [months]);

  const units = useMemo(() => officesSorted(plan ?? { indicators: [] }), [plan]);

  if (!plan) return <p>{t.noPlan}</p>;

  const options = (): TemplateOptions => {
    const year = parseYear(yearText);
    if (from > to) throw new UserError(inBoth((d) => d.tplNoMonths));
    return { year, months: MONTHS.filter((m) => m >= from && m <= to), unit: unit || null };
  };

  const preview = () =>
    runner.run(
      t.tplPreview,
      async () => {
        const c = await services.previewTemplates(plan, options());
        setChanges(c);
        setOutcome(null);
        return c;
      },
      (c) => t.tplChanges(c.added.length, c.updated.length, c.kept.length),
    );

  const write = async (o: TemplateOptions) => {
    const r = await services.generate(plan, o);
    // The workbook now carries the year chosen here, and any 年中调整 answered.
    if (r.plan) setPlan(r.plan);
    else if (o.year !== plan.year) setPlan({ ...plan, year: o.year });
    setOutcome(r);
    setChanges(null);
    setQuestions(null);
    await refreshMonths();
    return r;
  };

  // A target changed under typed figures is asked about first: 年中调整 or 更正 (src/actions generate).
  const generate = () =>
    runner.run(
      t.tplGenerate,
      async () => {
        const o = options();
        const asked = await services.targetQuestions(plan, o);
        if (asked.length) {
          setQuestions(asked);
          setAnswers(Object.fromEntries(asked.map((q) => [keyOf(q), firstAnswer(q)])));
          setOutcome(null);
          return { asked: asked.length };
        }
        return write(o);
      },
      (r) => ('asked' in r ? t.tplAsked(r.asked) : t.tplDone(r.added.length + r.updated.length)),
    );

  const generateAnswered = () =>
    runner.run(
      t.tplGenerate,
      async () => {
        // A unit change is answered by a choice, never by a default (the typed figures are re-read).
        if ((questions ?? []).some((q) => (answers[keyOf(q)] ?? UNCHOSEN) === UNCHOSEN))
          throw new UserError(inBoth((d) => d.tplAskUnchosen));
        const decisions: TargetDecision[] = (questions ?? []).map((q) => {
          const a = answers[keyOf(q)];
          const scope = 'changes' in q ? { scope: 'fields' as const } : {};
          return a
            ? { ...scope, code: q.code, as: 'adjustment', month: a, reason: reason.trim() || null }
            : { ...scope, code: q.code, as: 'correction' };
        });
        return write({ ...options(), decisions });
      },
      (r) => t.tplDone(r.added.length + r.updated.length),
    );

  const carry = (file: PickedFile, accept: boolean) =>
    runner.run(
      t.tplNextPick,
      async () => {
        const r = await services.carryLastYear(plan, file, accept);
        setPlan(r.plan);
        setCarried(r);
        return r;
      },
      (r) => t.tplNextDone(r.unconfirmed),
    );

  const pickLastYear = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    const picked = { name: f.name, bytes: await f.arrayBuffer() };
    setLastYear(picked);
    await carry(picked, false);
  };

  const fmtTarget = (x: number, unit: string) => `${showNumber(x)}${unit}`;

  // File mode: each office's workbook is a file of its own, not a cut of the open one.
  const makeUnitFiles = () =>
    fileMode &&
    runner.run(
      ft.unitFiles,
      async () => {
        const files = await fileMode.unitWorkbooks(plan, options());
        setUnitFiles(files);
        return files;
      },
      (files) => ft.unitFilesDone(files.length),
    );

  const list = (title: string, names: string[]) => (
    <div>
      <strong>
        {title}（{names.length}）
      </strong>
      {names.length ? <Lines lines={names} /> : <span className={styles.muted}> {t.tplNone}</span>}
    </div>
  );

  return (
    <>
      <Field label={t.tplYear}>
        <Input inputMode="numeric" value={yearText} onChange={(_, d) => setYearText(d.value)} />
      </Field>
      <fieldset className={styles.section}>
        <legend>{t.tplMonths}</legend>
        <div className={styles.row}>
          {(
            [
              [t.tplFrom, from, setFrom],
              [t.tplTo, to, setTo],
            ] as const
          ).map(([label, value, set]) => (
            <Choice
              key={label}
              label={label}
              className={styles.grow}
              value={value}
              options={monthOptions(t)}
              onChange={(v) => set(Number(v))}
            />
          ))}
        </div>
      </fieldset>
      <Choice
        label={t.tplUnits}
        hint={t.tplUnitHint}
        value={unit}
        options={[{ value: '', label: t.tplAllUnits }, ...units.map((u) => ({ value: u, label: u }))]}
        onChange={setUnit}
      />
      <p className={styles.muted}>{t.tplKeepsFigures}</p>
      <div className={styles.row}>
        <Actions
          busy={busy}
          actions={[
            { label: t.tplPreview, onClick: preview },
            { label: t.tplGenerate, onClick: generate, primary: true },
          ]}
        />
      </div>
      {fileMode && (
        <div className={styles.row}>
          <Actions busy={busy} actions={[{ label: ft.unitFiles, onClick: makeUnitFiles }]} />
        </div>
      )}
      {fileMode && unitFiles && (
        <Section id="unit-files-title" title={`${ft.unitFilesTitle}（${unitFiles.length}）`}>
          <p className={styles.muted} style={{ margin: 0 }}>
            {ft.unitFilesHint}
          </p>
          <ul className={styles.list}>
            {unitFiles.map((f) => (
              <li key={f.name}>
                <Button size="small" onClick={() => fileMode.save(f)}>
                  {ft.save(f.name)}
                </Button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {questions && (
        <Section id="ask-title" title={t.tplAskTitle}>
          <p className={styles.muted}>{t.tplAskHint}</p>
          {questions.map((q) => {
            const filled = q.filled.map((m) => t.monthName(m)).join('、');
            const months = MONTHS.filter((m) => m >= 2);
            const field = 'changes' in q ? q : null;
            const label = !('changes' in q)
              ? t.tplAskLine(q.code, q.name, fmtTarget(q.from, q.fromUnit ?? q.unit), fmtTarget(q.to, q.unit), filled)
              : field?.added
                ? t.tplAskAdded(q.code, q.name, filled)
                : t.tplAskChanged(q.changes.map((f) => f.message[lang]).join(lang === 'zh' ? '；' : '; '), filled);
            const unit = field?.unit;
            const options = unit
              ? [
                  { value: UNCHOSEN, label: t.tplAskUnitChoose },
                  { value: 0, label: t.tplAskUnitKeep },
                ]
              : [
                  ...(!field || field.added || field.before
                    ? months.map((m) => ({ value: m, label: field?.added ? t.tplAskAddFrom(m) : t.tplAskAdjust(m) }))
                    : []),
                  { value: 0, label: field ? t.tplAskCorrectAll : t.tplAskCorrect },
                ];
            const hint = unit
              ? t.tplAskUnit(
                  unit.from,
                  unit.to,
                  unit.figures.map((f) => `${t.monthName(f.month)} ${String(f.value)}`).join('、'),
                )
              : field && !field.added && !field.before
                ? t.tplAskOnlyCorrect
                : undefined;
            return (
              <Choice
                key={keyOf(q)}
                label={label}
                hint={hint}
                value={answers[keyOf(q)] ?? 0}
                options={options}
                onChange={(v) => setAnswers({ ...answers, [keyOf(q)]: Number(v) })}
              />
            );
          })}
          <Field label={t.tplAskReason}>
            <Input value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Actions busy={busy} actions={[{ label: t.tplAskGo, onClick: generateAnswered, primary: true }]} />
        </Section>
      )}
      {changes && (
        <Section id="changes-title" title={t.tplPreviewTitle}>
          {list(t.tplAdded, changes.added)}
          {list(t.tplUpdated, changes.updated)}
          {list(t.tplKept, changes.kept)}
        </Section>
      )}
      {outcome && (
        <Section id="changes-title" title={t.tplDoneTitle}>
          {list(t.tplAdded, outcome.added)}
          {list(t.tplUpdated, outcome.updated)}
          {outcome.changes && outcome.changes.length > 0 && (
            <div>
              <strong>{t.tplChangesTitle}</strong>
              <Lines lines={outcome.changes.map((n) => n[lang])} />
            </div>
          )}
          {outcome.notices.length > 0 && <MessageLines intent="info" lines={outcome.notices.map((n) => n[lang])} />}
          {outcome.degraded.length > 0 && (
            <MessageLines intent="warning" title={t.tplDegraded} lines={outcome.degraded.map((n) => n[lang])} />
          )}
        </Section>
      )}
      <Section id="next-title" title={t.tplNextTitle}>
        <p className={styles.muted}>{t.tplNextHint}</p>
        <input
          type="file"
          accept=".xlsx"
          aria-label={t.tplNextPick}
          disabled={busy}
          onChange={(e) => void pickLastYear(e.target.files)}
        />
        {carried && (
          <>
            <Lines lines={carried.lines.map((n) => n[lang])} />
            {carried.unconfirmed > 0 && lastYear && (
              <Actions busy={busy} actions={[{ label: t.tplNextAccept, onClick: () => carry(lastYear, true) }]} />
            )}
          </>
        )}
      </Section>
    </>
  );
}
