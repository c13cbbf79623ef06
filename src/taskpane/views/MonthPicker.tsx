// The month to check, summarise or collect: the workbook's month sheets where there are any, else
// 1-12; beside it, the buttons that act on that month.
import type { ReactNode } from 'react';
import { useT } from '../i18n';
import { useStyles } from '../styles';
import { Choice, monthOptions } from './Choice';

export function MonthPicker({
  month,
  months,
  onChange,
  children,
}: {
  month: number;
  months: number[];
  onChange(month: number): void;
  /** The buttons that act on the month chosen. */
  children?: ReactNode;
}) {
  const { t } = useT();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <div className={styles.grow}>
        <Choice
          label={t.monthLabel}
          value={month}
          options={monthOptions(t, months.length ? months : undefined)}
          onChange={(v) => onChange(Number(v))}
        />
      </div>
      {children}
    </div>
  );
}
