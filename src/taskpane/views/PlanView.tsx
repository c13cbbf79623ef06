// 目标: load the sample plan, read the 指标库 sheet, or import targets from a work report's text into a
// review list (each candidate beside its source sentence: accept, edit or reject); then write 指标库.
import { useId, useRef, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, Textarea } from '@fluentui/react-components';
import type { Comparator, IndicatorKind } from '../../plan/types';
import type { ViewProps } from '../App';
import { useT, type Dict } from '../i18n';
import { readReportFile } from '../files';
import type { PaneProblem, ReviewCandidate } from '../services';
import { parseYear, UserError } from '../../plan/message';
import { useStyles } from '../styles';
import { targetText } from '../../extract/describe';
import { inBoth } from '../i18n';

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
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
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
        <Button appearance="primary" onClick={loadSeed} disabled={busy}>
          {t.planLoadSeed}
        </Button>
        <Button onClick={readSheet} disabled={busy}>
          {t.planReadSheet}
        </Button>
        <Button onClick={writeSheet} disabled={busy || !plan}>
          {t.planWriteSheet}
        </Button>
      </div>

      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.planProblems(problems.length)}
            <ul className={styles.changes}>
              {problems.slice(0, 20).map((p, i) => (
                <li key={i}>
                  {p.sheet && p.cell ? `${p.sheet}!${p.cell}：` : ''}
                  {lang === 'en' ? p.messageEn : p.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby="import-title">
        <h2 id="import-title" className={styles.sectionTitle}>
          {t.planImportTitle}
        </h2>
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
          <span id={`${fileId}-label`}>{t.planFileLabel}</span>
          {/* The browser's own file button speaks the browser's language: ours opens the same picker. */}
          <input
            ref={fileRef}
            id={fileId}
            type="file"
            hidden
            aria-labelledby={`${fileId}-label`}
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            disabled={busy}
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <div className={styles.row}>
            <Button onClick={() => fileRef.current?.click()} disabled={busy} aria-describedby={`${fileId}-label`}>
              {t.planChooseFile}
            </Button>
            <span className={styles.muted}>{fileNote || t.planNoFile}</span>
          </div>
        </div>
        <Button onClick={extract} disabled={busy || text.trim() === ''}>
          {t.planExtract}
        </Button>
      </section>

      {drafts && drafts.length > 0 && (
        <section className={styles.section} aria-labelledby="review-title">
          <h2 id="review-title" className={styles.sectionTitle}>
            {t.planCandidates(drafts.length, accepted.length)}
          </h2>
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
          <Button appearance="primary" onClick={build} disabled={busy || accepted.length === 0}>
            {t.planUseCandidates(accepted.length)}
          </Button>
        </section>
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
        <Field label={t.planDeadline} size="small">
          <Select
            size="small"
            value={c.deadlineMonth === null ? '' : String(c.deadlineMonth)}
            onChange={(_, v) => setCandidate({ deadlineMonth: v.value === '' ? null : Number(v.value) })}
          >
            <option value="">{t.milestone}</option>
            {Array.from({ length: 12 }, (_, i) => (
              <option key={i + 1} value={String(i + 1)}>
                {t.monthName(i + 1)}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <div className={styles.row}>
          <Field label={t.planKind} size="small" className={styles.narrow}>
            <Select
              size="small"
              value={c.suggestedKind}
              onChange={(_, v) => setCandidate({ suggestedKind: v.value as IndicatorKind })}
            >
              {QUANTITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kindName[k]}
                </option>
              ))}
            </Select>
          </Field>
          {c.suggestedKind === 'rate' && (
            <Field label={t.planDirection} size="small" className={styles.narrow}>
              <Select
                size="small"
                value={c.direction ?? 'increase'}
                onChange={(_, v) => setCandidate({ direction: v.value === 'decrease' ? 'decrease' : null })}
              >
                <option value="increase">{t.planIncrease}</option>
                <option value="decrease">{t.planDecrease}</option>
              </Select>
            </Field>
          )}
          <Field label={t.planComparator} size="small" className={styles.narrow}>
            <Select
              size="small"
              value={c.comparator}
              onChange={(_, v) => setCandidate({ comparator: v.value as Comparator })}
            >
              {COMPARATORS.map((k) => (
                <option key={k} value={k}>
                  {comparatorLabel(t, k)}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t.planValue}
            size="small"
            className={styles.narrow}
            validationState={valueBad ? 'error' : 'none'}
          >
            <Input
              size="small"
              inputMode="decimal"
              value={draft.valueText}
              onChange={(_, v) => onChange((d) => ({ ...d, valueText: v.value }))}
            />
          </Field>
          {c.comparator === 'between' && (
            <Field label={t.planMax} size="small" className={styles.narrow}>
              <Input
                size="small"
                inputMode="decimal"
                value={draft.maxText}
                onChange={(_, v) => onChange((d) => ({ ...d, maxText: v.value }))}
              />
            </Field>
          )}
          <Field label={t.planUnit} size="small" className={styles.narrow}>
            <Input size="small" value={c.unit} onChange={(_, v) => setCandidate({ unit: v.value })} />
          </Field>
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
