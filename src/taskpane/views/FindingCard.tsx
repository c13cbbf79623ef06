// A finding, a filled cell or a conflict: a card with its place, its text and a note below; a button
// that selects its cell in the workbook when it has one.
import type { ReactNode } from 'react';
import { useStyles } from '../styles';

export function FindingCard({
  tone,
  label,
  onGo,
  disabled,
  where,
  text,
  notes = [],
}: {
  /** The tier's colour class, if any. */
  tone?: string;
  /** The button's accessible name: where it goes and what it says. */
  label: string;
  /** Selects the cell; absent when there is no cell to go to. */
  onGo?: () => void;
  disabled?: boolean;
  where: ReactNode;
  text: ReactNode;
  /** Muted lines below the text (what was expected, where a figure came from). */
  notes?: Array<string | null | false>;
}) {
  const styles = useStyles();
  const className = tone ? `${styles.finding} ${tone}` : styles.finding;
  const body = (
    <>
      <span className={styles.findingWhere}>{where}</span>
      <span className={styles.findingText}>{text}</span>
      {notes.map(
        (note, i) =>
          note && (
            <span key={i} className={styles.muted}>
              {note}
            </span>
          ),
      )}
    </>
  );
  if (!onGo) return <div className={className}>{body}</div>;
  return (
    <button type="button" className={className} onClick={onGo} disabled={disabled} aria-label={label}>
      {body}
    </button>
  );
}
