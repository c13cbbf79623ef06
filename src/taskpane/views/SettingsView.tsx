// 设置: colour bands, check thresholds and 序时 rounding; saved with the plan in the workbook.
import { useEffect, useState } from 'react';
import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { Settings } from '../../plan/types';
import type { ViewProps } from '../App';
import { inBoth, useT, type Dict } from '../i18n';
import { UserError } from '../../plan/message';
import { useStyles } from '../styles';
import { DiagnoseView } from './DiagnoseView';

type NumField = 'aheadPp' | 'behindPp' | 'redPp' | 'momChange' | 'yoyChange' | 'overTargetMultiple' | 'scaleFactor';
const LABEL: Record<NumField, keyof Dict> = {
  aheadPp: 'setAhead',
  behindPp: 'setBehind',
  redPp: 'setRed',
  momChange: 'setMom',
  yoyChange: 'setYoy',
  overTargetMultiple: 'setOverTarget',
  scaleFactor: 'setScale',
};

function toTexts(s: Settings): Record<NumField, string> {
  return {
    aheadPp: String(s.bands.aheadPp),
    behindPp: String(s.bands.behindPp),
    redPp: String(s.bands.redPp),
    momChange: String(s.thresholds.momChange),
    yoyChange: String(s.thresholds.yoyChange),
    overTargetMultiple: String(s.thresholds.overTargetMultiple),
    scaleFactor: String(s.thresholds.scaleFactor),
  };
}

export function SettingsView({ services, plan, setPlan, runner, switchToFileMode }: ViewProps) {
  const { t } = useT();
  const styles = useStyles();
  const [texts, setTexts] = useState<Record<NumField, string> | null>(plan ? toTexts(plan.settings) : null);
  const [decimals, setDecimals] = useState<string>(plan ? String(plan.settings.scheduleDecimals ?? '') : '1');
  const busy = runner.busy !== null;

  useEffect(() => {
    if (plan) {
      setTexts(toTexts(plan.settings));
      setDecimals(plan.settings.scheduleDecimals === null ? '' : String(plan.settings.scheduleDecimals));
    }
  }, [plan]);

  if (!plan || !texts)
    return (
      <>
        <p>{t.noPlan}</p>
        <DiagnoseView services={services} runner={runner} switchToFileMode={switchToFileMode} />
      </>
    );

  const bad = (f: NumField) => {
    const s = texts[f].trim();
    return !/^\d+(\.\d+)?$/.test(s);
  };

  const save = () =>
    runner.run(
      t.setSave,
      async () => {
        const wrong = (Object.keys(LABEL) as NumField[]).find(bad);
        if (wrong) {
          throw new UserError(inBoth((d) => d.setInvalid(d[LABEL[wrong]] as string)));
        }
        const n = (f: NumField) => Number(texts[f]);
        const settings: Settings = {
          scheduleDecimals: decimals === '' ? null : Number(decimals),
          bands: { aheadPp: n('aheadPp'), behindPp: n('behindPp'), redPp: n('redPp') },
          thresholds: {
            momChange: n('momChange'),
            yoyChange: n('yoyChange'),
            overTargetMultiple: n('overTargetMultiple'),
            scaleFactor: n('scaleFactor'),
          },
        };
        const saved = await services.saveSettings(plan, settings);
        setPlan(saved.plan);
        return saved;
      },
      (saved) => (saved.stored ? t.setSaved : t.setKept),
    );

  const field = (f: NumField) => (
    <Field
      key={f}
      label={t[LABEL[f]] as string}
      validationState={bad(f) ? 'error' : 'none'}
      validationMessage={bad(f) ? t.setInvalid(t[LABEL[f]] as string) : undefined}
    >
      <Input inputMode="decimal" value={texts[f]} onChange={(_, d) => setTexts({ ...texts, [f]: d.value })} />
    </Field>
  );

  return (
    <>
      <p className={styles.muted}>{t.setHelp}</p>
      <fieldset className={styles.section}>
        <legend className={styles.sectionTitle}>{t.setBands}</legend>
        {field('aheadPp')}
        {field('behindPp')}
        {field('redPp')}
        <Field label={t.setRounding}>
          <Select value={decimals} onChange={(_, d) => setDecimals(d.value)}>
            <option value="">{t.setRoundExact}</option>
            {[0, 1, 2].map((d) => (
              <option key={d} value={String(d)}>
                {t.setRoundDigits(d)}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <fieldset className={styles.section}>
        <legend className={styles.sectionTitle}>{t.setThresholds}</legend>
        {field('momChange')}
        {field('yoyChange')}
        {field('overTargetMultiple')}
        {field('scaleFactor')}
      </fieldset>
      <Button appearance="primary" onClick={save} disabled={busy}>
        {t.setSave}
      </Button>
      <DiagnoseView services={services} runner={runner} switchToFileMode={switchToFileMode} />
    </>
  );
}
