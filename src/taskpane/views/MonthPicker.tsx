// The month to check or summarise: the workbook's month sheets where there are any, else 1-12.
import { Field, Select } from '@fluentui/react-components';
import { useT } from '../i18n';

export function MonthPicker({
  month,
  months,
  onChange,
}: {
  month: number;
  months: number[];
  onChange(month: number): void;
}) {
  const { t } = useT();
  const choices = months.length ? months : Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <Field label={t.monthLabel}>
      <Select value={String(month)} onChange={(_, d) => onChange(Number(d.value))}>
        {choices.map((m) => (
          <option key={m} value={m}>
            {t.monthName(m)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
