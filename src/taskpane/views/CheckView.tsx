// 审核: run the checks for a month; findings grouped by tier with counts and a filter; a click on a
// finding selects its cell in the workbook; clear the marks the checks left on cells.
import { useState } from 'react';
import { ToggleButton } from '@fluentui/react-components';
import type { Tier } from '../../workbook/host';
import type { ViewProps } from '../App';
import { pick, useT, type Lang } from '../i18n';
import type { CheckOutcome, Finding } from '../services';
import { useStyles } from '../styles';
import { MonthPicker } from './MonthPicker';
import { Actions } from './Actions';
import { FindingCard } from './FindingCard';
import { MessageLines } from './Lines';
import { ListSection } from './Section';

const TIERS: Tier[] = ['error', 'verify', 'note'];

function where(f: Finding): string {
  return f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
}

/** The message without a leading "1月!F6 粮食生产面积：" that the where line already shows. */
function messageOf(f: Finding, lang: Lang): string {
  const text = pick(lang, f.message);
  const lead = where(f);
  if (!text.startsWith(lead)) return text;
  let rest = text.slice(lead.length).trimStart();
  if (f.name && rest.startsWith(f.name)) rest = rest.slice(f.name.length).replace(/^[：:]\s*/, '');
  return rest || text;
}

export function CheckView({ services, month, setMonth, months, runner, fileMode }: ViewProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [filter, setFilter] = useState<Tier | 'all'>('all');
  const busy = runner.busy !== null;

  const counts = (o: CheckOutcome) =>
    Object.fromEntries(TIERS.map((tier) => [tier, o.findings.filter((f) => f.tier === tier).length])) as Record<
      Tier,
      number
    >;

  const show = (o: CheckOutcome) => {
    setOutcome(o);
    return o;
  };

  const runChecks = () =>
    runner.run(
      t.chkRun,
      async () => {
        const o = await services.check(month);
        setFilter('all'); // a new list shows every tier
        return show(o);
      },
      (o) => {
        const c = counts(o);
        return o.findings.length ? t.chkResult(o.findings.length, c.error, c.verify, c.note) : t.chkNone(o.month);
      },
    );

  const clear = () =>
    runner.run(
      t.chkClear,
      async () => {
        await services.clearFindings();
        setOutcome(null);
      },
      () => t.chkCleared,
    );

  const go = (f: Finding) => {
    const cell = f.cell ?? 'A1';
    return runner.run(
      t.chkGoTo(f.sheet, cell),
      () => services.select(f.sheet, cell),
      () => (fileMode ? t.chkSelectedFile(f.sheet, cell) : t.chkSelected(f.sheet, cell)),
    );
  };

  const c = outcome ? counts(outcome) : null;
  const tierClass: Record<Tier, string> = {
    error: styles.findingError,
    verify: styles.findingVerify,
    note: styles.findingNote,
  };

  return (
    <>
      <MonthPicker month={month} months={months} onChange={setMonth}>
        <Actions
          busy={busy}
          actions={[
            { label: t.chkRun, onClick: runChecks, primary: true },
            { label: t.chkClear, onClick: clear },
          ]}
        />
      </MonthPicker>

      {outcome && c && (
        <>
          {outcome.warnings.length > 0 && (
            <MessageLines intent="warning" lines={outcome.warnings.map((w) => w[lang])} />
          )}
          {/* The counts are on the filter buttons; the live status line says the sentence. */}
          {outcome.findings.length === 0 && <p>{t.chkNone(outcome.month)}</p>}
          {outcome.findings.length > 0 && (
            <div role="group" aria-label={t.chkFilter} className={styles.row}>
              <ToggleButton size="small" checked={filter === 'all'} onClick={() => setFilter('all')}>
                {t.chkAll} {outcome.findings.length}
              </ToggleButton>
              {TIERS.map((tier) => (
                <ToggleButton
                  key={tier}
                  size="small"
                  checked={filter === tier}
                  disabled={c[tier] === 0}
                  onClick={() => setFilter(tier)}
                >
                  {t.tierName[tier]} {c[tier]}
                </ToggleButton>
              ))}
            </div>
          )}
          {TIERS.filter((tier) => c[tier] > 0 && (filter === 'all' || filter === tier)).map((tier) => (
            <ListSection
              key={tier}
              id={`tier-${tier}`}
              title={
                <>
                  {t.tierHeading(t.tierName[tier], c[tier])}
                  <span className={styles.muted}> {t.tierHelp[tier]}</span>
                </>
              }
            >
              {outcome.findings
                .filter((f) => f.tier === tier)
                .map((f, i) => (
                  <li key={`${f.sheet}!${f.cell}:${f.rule}:${i}`}>
                    <FindingCard
                      tone={tierClass[tier]}
                      onGo={() => go(f)}
                      disabled={busy}
                      label={`${t.chkGoTo(f.sheet, f.cell ?? 'A1')}：${messageOf(f, lang)}`}
                      where={`${where(f)}${f.name ? ` · ${f.name}` : ''}`}
                      text={messageOf(f, lang)}
                      notes={[
                        !!f.expected && t.labelled(t.chkExpected, f.expected),
                        !!f.suggestion && t.labelled(t.chkSuggestion, f.suggestion),
                      ]}
                    />
                  </li>
                ))}
            </ListSection>
          ))}
        </>
      )}
    </>
  );
}
