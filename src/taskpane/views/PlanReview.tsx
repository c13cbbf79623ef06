// The review list of 目标's import: each candidate beside its source sentence, what it was read as, its
// fields (name, kind, comparator, figures, unit or month, 责任单位) and accept / reject. A chunk of its
// own, loaded with the first candidates.
import { Button, Field, Input } from '@fluentui/react-components';
import type { Comparator, IndicatorKind } from '../../plan/types';
import { useT, type Dict } from '../i18n';
import type { ReviewCandidate } from '../services';
import { useStyles } from '../styles';
import { targetText } from '../../extract/describe';
import { Choice, monthOptions } from './Choice';
import { parseNumber, type Draft } from './planDraft';

const COMPARATORS: Comparator[] = ['>=', '<=', 'between', 'approx'];
/** The id of the list of offices every card's 责任单位 field offers. */
const OFFICE_LIST = 'plan-offices';
const QUANTITY_KINDS: IndicatorKind[] = ['cumulative', 'level', 'rate'];

function comparatorLabel(t: Dict, c: Comparator): string {
  return {
    '>=': t.comparatorAtLeast,
    '<=': t.comparatorAtMost,
    between: t.comparatorBetween,
    approx: t.comparatorApprox,
  }[c];
}

/** The cards, and the offices every card's 责任单位 field offers (those planned or typed so far). */
export function CandidateList({
  drafts,
  offices,
  update,
}: {
  drafts: Draft[];
  offices: string[];
  update(id: number, change: (d: Draft) => Draft): void;
}) {
  const { t } = useT();
  const styles = useStyles();
  return (
    <>
      <ol className={styles.list}>
        {drafts.map((d) => (
          <CandidateCard key={d.candidate.id} draft={d} t={t} onChange={(ch) => update(d.candidate.id, ch)} />
        ))}
      </ol>
      <datalist id={OFFICE_LIST}>
        {offices.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
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
      <Field label={t.planResponsible} size="small">
        <Input
          size="small"
          list={OFFICE_LIST}
          value={c.responsible ?? ''}
          placeholder={t.planResponsiblePlaceholder}
          onChange={(_, v) => setCandidate({ responsible: v.value })}
        />
      </Field>
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
