// Lines of text as the views list them: a plain list, or a message bar (notices, warnings, problems).
import type { ReactNode } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useStyles } from '../styles';

/** A bulleted list of lines (what changed, what was matched). */
export function Lines({ lines }: { lines: ReactNode[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.changes}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** A message bar: an optional title, then one line each, or a bulleted list. */
export function MessageLines({
  intent,
  title,
  lines,
  bulleted = false,
}: {
  intent: 'info' | 'warning';
  title?: ReactNode;
  lines: ReactNode[];
  bulleted?: boolean;
}) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title}
        {bulleted ? <Lines lines={lines} /> : lines.map((line, i) => <div key={i}>{line}</div>)}
      </MessageBarBody>
    </MessageBar>
  );
}
