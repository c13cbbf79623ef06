// The pane in file mode: the same App and views as in Excel, on the workbook a FileSession holds,
// with a bar under the title to open a workbook, start a new one, and save after each action.
import { useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { useT, type Lang } from '../taskpane/i18n';
import { useFileT } from '../taskpane/fileWords';
import { describeError } from '../taskpane/runner';
import { useStyles } from '../taskpane/styles';
import type { FileSession } from './session';

/** Why the pane is in file mode, when it was meant to run in Excel. */
export type FileModeReason =
  { kind: 'noOffice' } | { kind: 'noApiScript' } | { kind: 'oldExcel'; version: string } | { kind: 'selfTest' };

function FileBar({ session, reason }: { session: FileSession; reason: FileModeReason | null }) {
  const ft = useFileT();
  const { t, lang } = useT();
  const styles = useStyles();
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (fn: () => Promise<unknown> | unknown) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(describeError(e, lang, t));
    } finally {
      setBusy(false);
    }
  };

  const why =
    reason?.kind === 'noOffice'
      ? ft.why.noOffice
      : reason?.kind === 'noApiScript'
        ? ft.why.noApiScript
        : reason?.kind === 'oldExcel'
          ? ft.why.oldExcel(reason.version)
          : reason?.kind === 'selfTest'
            ? ft.why.selfTest
            : null;

  return (
    <section aria-label={ft.title} className={styles.stack} data-testid="file-bar">
      <div className={styles.muted}>
        <strong>{ft.title}</strong> {why} {ft.explain}
      </div>
      <div>{state.name ? ft.current(state.name) : ft.noWorkbook}</div>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        hidden
        aria-label={ft.openLabel}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void act(async () => session.open(file.name, await file.arrayBuffer()));
        }}
      />
      <div className={styles.row}>
        <Button size="small" onClick={() => inputRef.current?.click()} disabled={busy}>
          {ft.open}
        </Button>
        <Button size="small" onClick={() => act(() => session.startNew())} disabled={busy}>
          {ft.startNew}
        </Button>
        {!state.pending && state.name && (
          <Button size="small" onClick={() => act(() => session.saveCurrent())} disabled={busy}>
            {ft.save(state.name)}
          </Button>
        )}
      </div>
      {state.pending && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {ft.unsaved(ft.changed[state.pending.change])}
            <div>
              <Button
                appearance="primary"
                size="small"
                onClick={() => act(() => session.saveCurrent())}
                disabled={busy}
              >
                {ft.save(state.pending.saveName)}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.lastSaved && !state.pending && <div className={styles.muted}>{ft.saved(state.lastSaved)}</div>}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export interface FilePaneProps {
  session: FileSession;
  reason: FileModeReason | null;
  initialLang: Lang;
  onLangChange?(lang: Lang): void;
}

export function FilePane({ session, reason, initialLang, onLangChange }: FilePaneProps) {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [lang, setLang] = useState(initialLang);
  // A workbook opened (or a new one) starts the pane afresh: its plan and month sheets are read again.
  const services = useMemo(() => session.services(), [session, state.generation]);
  return (
    <App
      key={state.generation}
      services={services}
      initialLang={lang}
      onLangChange={(l) => {
        setLang(l);
        onLangChange?.(l);
      }}
      banner={<FileBar session={session} reason={reason} />}
      fileMode={session.api}
    />
  );
}
