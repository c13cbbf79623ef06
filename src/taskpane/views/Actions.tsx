// A view's buttons: one primary at most, all disabled while an action runs.
import { Button } from '@fluentui/react-components';

export interface Action {
  label: string;
  onClick(): void;
  primary?: boolean;
  /** Disabled besides while busy (nothing to act on yet). */
  disabled?: boolean;
}

export function Actions({ actions, busy }: { actions: Action[]; busy: boolean }) {
  return (
    <>
      {actions.map((a) => (
        <Button
          key={a.label}
          appearance={a.primary ? 'primary' : undefined}
          onClick={a.onClick}
          disabled={busy || a.disabled}
        >
          {a.label}
        </Button>
      ))}
    </>
  );
}
