// A labelled drop-down: the pane's month pickers, the responsible unit, a candidate's kind and comparator.
import { Field, Select } from '@fluentui/react-components';
import type { Dict } from '../i18n';

export interface ChoiceOption {
  value: string | number;
  label: string;
}

export function Choice({
  label,
  value,
  options,
  onChange,
  size,
  className,
  hint,
}: {
  label: string;
  value: string | number;
  options: ChoiceOption[];
  onChange(value: string): void;
  size?: 'small';
  className?: string;
  hint?: string;
}) {
  return (
    <Field label={label} size={size} className={className} hint={hint}>
      <Select size={size} value={String(value)} onChange={(_, d) => onChange(d.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export const ALL_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Months as choices, named in the pane's language (1月 / January). */
export function monthOptions(t: Dict, months: readonly number[] = ALL_MONTHS): ChoiceOption[] {
  return months.map((m) => ({ value: m, label: t.monthName(m) }));
}
