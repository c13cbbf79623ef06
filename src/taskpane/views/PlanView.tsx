// 目标: load the sample plan, read the 指标库 sheet, or import targets from a work report's text into a
// review list (each candidate beside its source sentence: accept, edit or reject); then write 指标库.
import { lazy, Suspense, useState } from 'react';
import { Field, Input, Textarea } from '@fluentui/react-components';
import type { ViewProps } from '../App';
import { pick, useT } from '../i18n';
import { readReportFile } from '../files';
import type { PaneProblem } from '../services';
import { parseYear, UserError } from '../../plan/message';
import { useStyles } from '../styles';
import { officesOf, ownersOf } from '../../plan/owners';
import { inBoth } from '../i18n';
import { Actions } from './Actions';
import { FilePicker } from './FilePicker';
import { MessageLines } from './Lines';
import { Section } from './Section';
import { parseNumber, type Draft } from './planDraft';

// The review cards load with the candidates (as the extractor does): the pane's first script has a
// 250 KB gzip budget.
const CandidateList = lazy(() =>
  import(/* webpackChunkName: "plan-review" */ './PlanReview').then((m) => ({ default: m.CandidateList })),
);

export function PlanView({ services, plan, setPlan, runner }: ViewProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState('');
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [problems, setProblems] = useState<PaneProblem[]>([]);
  const [draftYear, setDraftYear] = useState('');
  const [draftUnit, setDraftUnit] = useState('');
  // The text the candidates came from (the box may be edited after extracting).
  const [extractedFrom, setExtractedFrom] = useState('');
  const busy = runner.busy !== null;

  const loadSeed = () =>
    runner.run(
      t.planLoadSeed,
      () => {
        const p = services.seedPlan();
        setPlan(p);
        setProblems([]);
        return p;
      },
      (p) => t.planLoaded(p.indicators.length),
    );

  const readSheet = () =>
    runner.run(
      t.planReadSheet,
      async () => {
        const r = await services.readPlan(plan);
        setProblems(r.problems);
        if (!r.plan) {
          if (r.problems.length) throw new UserError(inBoth((d) => d.planProblems(r.problems.length)));
          throw new UserError(inBoth((d) => d.planSheetMissing));
        }
        setPlan(r.plan);
        return r.plan;
      },
      (p) => t.planLoaded(p.indicators.length),
    );

  const writeSheet = () =>
    plan &&
    runner.run(
      t.planWriteSheet,
      () => services.writePlan(plan),
      () => t.planWritten(plan.indicators.length),
    );

  const onFile = (file: File | undefined) => {
    if (!file) return;
    void runner.run(
      t.planFileLabel,
      async () => {
        const content = await readReportFile(file);
        setText(content);
        setFileNote(t.planFileRead(file.name, content.length));
        return content;
      },
      (content) => t.planFileRead(file.name, content.length),
    );
  };

  const extract = () =>
    runner.run(
      t.planExtract,
      async () => {
        const { candidates: found, year, unitName } = await services.extract(text);
        setExtractedFrom(text);
        setDraftYear(String(year ?? plan?.year ?? ''));
        // The report's own government first (我代表…人民政府), else the open plan's unit.
        if (!draftUnit) setDraftUnit(unitName ?? plan?.unitName ?? '');
        setDrafts(
          found.map((c) => ({
            candidate: c,
            accepted: true,
            valueText: c.value === null ? '' : String(c.value),
            maxText: c.max === null ? '' : String(c.max),
          })),
        );
        return found;
      },
      (found) => (found.length ? t.planCandidates(found.length, found.length) : t.planNoCandidates),
    );

  const update = (id: number, change: (d: Draft) => Draft) =>
    setDrafts((ds) => ds && ds.map((d) => (d.candidate.id === id ? change(d) : d)));

  const accepted = drafts?.filter((d) => d.accepted) ?? [];

  const build = () =>
    runner.run(
      t.planUseCandidates(accepted.length),
      async () => {
        const chosen = accepted.map((d, i) => {
          const c = d.candidate;
          if (c.kind === 'milestone') return c;
          const value = parseNumber(d.valueText);
          const max = d.maxText.trim() === '' ? null : parseNumber(d.maxText);
          if (value === null || (d.maxText.trim() !== '' && max === null))
            throw new UserError({
              zh: `第${i + 1}项“${c.name}”的目标值不是数字：${d.valueText}`,
              en: `Item ${i + 1} "${c.name}": the target is not a number: ${d.valueText}`,
            });
          return { ...c, value, max: c.comparator === 'between' ? max : null };
        });
        const year = parseYear(draftYear);
        const p = await services.candidatesToPlan(extractedFrom, chosen, { year, unitName: draftUnit.trim() });
        setPlan(p);
        return p;
      },
      (p) => t.planBuilt(p.indicators.length, p.indicators.filter((i) => !i.responsible).length),
    );

  // The offices offered on every card: those the open plan names and those typed on the cards so far.
  const offices = [
    ...new Set([...(plan ? officesOf(plan) : []), ...(drafts ?? []).flatMap((d) => ownersOf(d.candidate.responsible))]),
  ];

  return (
    <>
      <p className={styles.muted}>
        {plan ? t.planCurrent(plan.unitName, plan.year, plan.indicators.length) : t.planNone}
      </p>
      <div className={styles.stack}>
        <Actions
          busy={busy}
          actions={[
            { label: t.planLoadSeed, onClick: loadSeed, primary: true },
            { label: t.planReadSheet, onClick: readSheet },
            { label: t.planWriteSheet, onClick: writeSheet, disabled: !plan },
          ]}
        />
      </div>

      {problems.length > 0 && (
        <MessageLines
          intent="warning"
          bulleted
          title={t.planProblems(problems.length)}
          lines={problems
            .slice(0, 20)
            .map((p) => `${p.sheet && p.cell ? `${p.sheet}!${p.cell}：` : ''}${pick(lang, p.message)}`)}
        />
      )}

      <Section id="import-title" title={t.planImportTitle}>
        <Field label={t.planPasteLabel}>
          <Textarea
            value={text}
            onChange={(_, d) => setText(d.value)}
            placeholder={t.planPastePlaceholder}
            resize="vertical"
            rows={5}
          />
        </Field>
        <div className={styles.stack}>
          <FilePicker
            label={t.planFileLabel}
            button={t.planChooseFile}
            note={fileNote || t.planNoFile}
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            busy={busy}
            onFiles={(files) => onFile(files?.[0])}
          />
        </div>
        <Actions busy={busy} actions={[{ label: t.planExtract, onClick: extract, disabled: text.trim() === '' }]} />
      </Section>

      {drafts && drafts.length > 0 && (
        <Section id="review-title" title={t.planCandidates(drafts.length, accepted.length)}>
          <Suspense fallback={null}>
            <CandidateList drafts={drafts} offices={offices} update={update} />
          </Suspense>
          <div className={styles.row}>
            <Field label={t.planDraftYear} className={styles.narrow}>
              <Input inputMode="numeric" value={draftYear} onChange={(_, d) => setDraftYear(d.value)} />
            </Field>
            <Field label={t.planDraftUnit} className={styles.grow}>
              <Input
                value={draftUnit}
                placeholder={t.planDraftUnitPlaceholder}
                onChange={(_, d) => setDraftUnit(d.value)}
              />
            </Field>
          </div>
          <Actions
            busy={busy}
            actions={[
              {
                label: t.planUseCandidates(accepted.length),
                onClick: build,
                primary: true,
                disabled: !accepted.length,
              },
            ]}
          />
        </Section>
      )}
    </>
  );
}
