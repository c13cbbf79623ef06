// 目标: load the sample plan, read the 指标库 sheet, or import targets from a work report's text into a
// review list (each candidate beside its source sentence: accept, edit or reject); then write 指标库.
import { useState } from 'react';
import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import type { Comparator, IndicatorKind } from '../../plan/types';
import type { ViewProps } from '../App';
import { pick, useT, type Dict } from '../i18n';
import { readReportFile } from '../files';
import type { PaneProblem, ReviewCandidate } from '../services';
import { parseYear, UserError } from '../../plan/message';
import { useStyles } from '../styles';
import { targetText } from '../../extract/describe';
import { inBoth } from '../i18n';
import { Actions } from './Actions';
import { Choice, monthOptions } from './Choice';
import { FilePicker } from './FilePicker';
import { MessageLines } from './Lines';
import { Section } from './Section';

const COMPARATORS: Comparator[] = ['>=', '<=', 'between', 'approx'];
const QUANTITY_KINDS: IndicatorKind[] = ['cumulative', 'level', 'rate'];

function comparatorLabel(t: Dict, c: Comparator): string {
  return {
    '>=': t.comparatorAtLeast,
    '<=': t.comparatorAtMost,
    between: t.comparatorBetween,
    approx: t.comparatorApprox,
  }[c];
}

/** A number typed into a review field: plain digits, a decimal point, an optional minus. */
function parseNumber(text: string): number | null {
  const s = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

interface Draft {
  candidate: ReviewCandidate;
  accepted: boolean;
  valueText: string;
  maxText: string;
}

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
      (p) => t.planBuilt(p.indicators.length),
    );

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
          <ol className={styles.list}>
            {drafts.map((d) => (
              <CandidateCard key={d.candidate.id} draft={d} t={t} onChange={(ch) => update(d.candidate.id, ch)} />
            ))}
          </ol>
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

/** What was understood, at a glance: 增长7%以上, 3.2万亩以上, 6月底前 (and why a month is assumed). */
function ReadAs({ draft, label }: { draft: Draft; label: string }) {
  const styles = useStyles();
  const { lang } = useT();
  const c = draft.candidate;
  // The figures as edited so far, so the line follows the fields below it.
  const value = parseNumber(draft.valueText) ?? c.value;
  const max = parseNumber(draft.maxText) ?? c.max;
  return (
    <p className={styles.muted}>
      {label}：{targetText({ ...c, value, max })}
      {c.kind === 'milestone' && c.deadlineNote ? `（${c.deadlineNote[lang]}）` : ''}
    </p>
  );
}

function SourceSentence({ c, label }: { c: ReviewCandidate; label: string }) {
  const styles = useStyles();
  const at = c.sentence.indexOf(c.source.text);
  return (
    <p className={styles.source}>
      <span className={styles.muted}>{label}：</span>
      {at < 0 ? (
        <mark className={styles.mark}>{c.source.text}</mark>
      ) : (
        <>
          {c.sentence.slice(0, at)}
          <mark className={styles.mark}>{c.source.text}</mark>
          {c.sentence.slice(at + c.source.text.length)}
        </>
      )}
    </p>
  );
}

/** A narrow text field of a candidate's card (a figure, a unit). */
function CardField({
  label,
  value,
  onChange,
  decimal = false,
  bad = false,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  decimal?: boolean;
  bad?: boolean;
}) {
  const styles = useStyles();
  return (
    <Field label={label} size="small" className={styles.narrow} validationState={bad ? 'error' : 'none'}>
      <Input
        size="small"
        inputMode={decimal ? 'decimal' : undefined}
        value={value}
        onChange={(_, v) => onChange(v.value)}
      />
    </Field>
  );
}

function CandidateCard({ draft, t, onChange }: { draft: Draft; t: Dict; onChange(change: (d: Draft) => Draft): void }) {
  const styles = useStyles();
  const c = draft.candidate;
  const setCandidate = (patch: Partial<ReviewCandidate>) =>
    onChange((d) => ({ ...d, candidate: { ...d.candidate, ...patch } }));
  const valueBad = c.kind !== 'milestone' && draft.accepted && parseNumber(draft.valueText) === null;
  return (
    <li
      className={`${styles.card} ${draft.accepted ? '' : styles.cardRejected}`}
      aria-label={`${c.name}（${draft.accepted ? t.planAccepted : t.planRejected}）`}
    >
      <SourceSentence c={c} label={t.planSource} />
      <ReadAs draft={draft} label={t.planReadAs} />
      <Field label={t.planName} size="small">
        <Input size="small" value={c.name} onChange={(_, v) => setCandidate({ name: v.value })} />
      </Field>
      {c.kind === 'milestone' ? (
        <Choice
          label={t.planDeadline}
          size="small"
          value={c.deadlineMonth ?? ''}
          options={[{ value: '', label: t.milestone }, ...monthOptions(t)]}
          onChange={(v) => setCandidate({ deadlineMonth: v === '' ? null : Number(v) })}
        />
      ) : (
        <div className={styles.row}>
          <Choice
            label={t.planKind}
            size="small"
            className={styles.narrow}
            value={c.suggestedKind}
            options={QUANTITY_KINDS.map((k) => ({ value: k, label: t.kindName[k] }))}
            onChange={(v) => setCandidate({ suggestedKind: v as IndicatorKind })}
          />
          {c.suggestedKind === 'rate' && (
            <Choice
              label={t.planDirection}
              size="small"
              className={styles.narrow}
              value={c.direction ?? 'increase'}
              options={[
                { value: 'increase', label: t.planIncrease },
                { value: 'decrease', label: t.planDecrease },
              ]}
              onChange={(v) => setCandidate({ direction: v === 'decrease' ? 'decrease' : null })}
            />
          )}
          <Choice
            label={t.planComparator}
            size="small"
            className={styles.narrow}
            value={c.comparator}
            options={COMPARATORS.map((k) => ({ value: k, label: comparatorLabel(t, k) }))}
            onChange={(v) => setCandidate({ comparator: v as Comparator })}
          />
          <CardField
            label={t.planValue}
            decimal
            bad={valueBad}
            value={draft.valueText}
            onChange={(v) => onChange((d) => ({ ...d, valueText: v }))}
          />
          {c.comparator === 'between' && (
            <CardField
              label={t.planMax}
              decimal
              value={draft.maxText}
              onChange={(v) => onChange((d) => ({ ...d, maxText: v }))}
            />
          )}
          <CardField label={t.planUnit} value={c.unit} onChange={(v) => setCandidate({ unit: v })} />
        </div>
      )}
      <div className={styles.row}>
        <Button
          size="small"
          appearance={draft.accepted ? 'primary' : 'secondary'}
          aria-pressed={draft.accepted}
          aria-label={`${t.planAccept}：${c.name}`}
          onClick={() => onChange((d) => ({ ...d, accepted: true }))}
        >
          {t.planAccept}
        </Button>
        <Button
          size="small"
          aria-pressed={!draft.accepted}
          aria-label={`${t.planReject}：${c.name}`}
          onClick={() => onChange((d) => ({ ...d, accepted: false }))}
        >
          {t.planReject}
        </Button>
      </div>
    </li>
  );
}
