// Choosing files: a label, our button (the browser's own file button speaks the browser's language)
// opening the browser's picker, and a note of what is chosen.
import { useId, useRef } from 'react';
import { Button } from '@fluentui/react-components';
import { useStyles } from '../styles';

export function FilePicker({
  label,
  button,
  note,
  accept,
  multiple = false,
  busy,
  onFiles,
}: {
  label: string;
  button: string;
  /** What is chosen so far (or that nothing is). */
  note: string;
  accept: string;
  multiple?: boolean;
  busy: boolean;
  onFiles(files: FileList | null): void;
}) {
  const styles = useStyles();
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  return (
    <>
      <span id={`${id}-label`}>{label}</span>
      <input
        ref={ref}
        id={id}
        type="file"
        multiple={multiple}
        hidden
        aria-labelledby={`${id}-label`}
        accept={accept}
        disabled={busy}
        onChange={(e) => {
          onFiles(e.target.files);
          e.target.value = ''; // the same file picked again is a change too
        }}
      />
      <div className={styles.row}>
        <Button onClick={() => ref.current?.click()} disabled={busy} aria-describedby={`${id}-label`}>
          {button}
        </Button>
        <span className={styles.muted}>{note}</span>
      </div>
    </>
  );
}
