// Runs one user action at a time: disables the buttons, shows progress when the action takes
// longer than a moment, turns any error into plain words for the MessageBar, and announces the
// result in the live region.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dict, Lang } from './i18n';
import { UserError } from '../plan/message';

/** Progress appears after this long, so quick actions do not flicker (well under half a second). */
export const PROGRESS_DELAY_MS = 200;

export interface Runner {
  /** Label of the running action, or null when idle. */
  busy: string | null;
  /** True once the running action has taken longer than PROGRESS_DELAY_MS. */
  showProgress: boolean;
  error: string | null;
  /** The last result, announced to screen readers. */
  status: string;
  setStatus(text: string): void;
  dismissError(): void;
  /** Runs fn; on success announces done(result); on failure shows the error. Returns the result or undefined. */
  run<T>(label: string, fn: () => Promise<T> | T, done?: (result: T) => string): Promise<T | undefined>;
}

/** Parts of an error shown after its text; the rest are counted. */
const SHOWN_DETAILS = 5;

/** Plain words for any error in the pane's language only, never a stack trace. */
export function describeError(e: unknown, lang: Lang, t: Dict): string {
  if (e instanceof UserError) {
    const parts = e.details.slice(0, SHOWN_DETAILS).map((d) => d[lang]);
    const more = e.details.length - parts.length;
    if (more > 0) parts.push(t.moreProblems(more));
    return parts.length
      ? `${e.text[lang]}${lang === 'zh' ? '：' : ': '}${parts.join(lang === 'zh' ? '；' : '; ')}`
      : e.text[lang];
  }
  const message = (e as { message?: unknown } | null)?.message;
  return t.unexpectedError(typeof message === 'string' ? message : String(e));
}

export function useRunner(lang: Lang, t: Dict): Runner {
  const [busy, setBusy] = useState<string | null>(null);
  const [showProgress, setShowProgress] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const running = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const run = useCallback(
    async <T>(label: string, fn: () => Promise<T> | T, done?: (result: T) => string): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setBusy(label);
      setError(null);
      setStatus('');
      const timer = setTimeout(() => mounted.current && setShowProgress(true), PROGRESS_DELAY_MS);
      try {
        const result = await fn();
        if (mounted.current && done) setStatus(done(result));
        return result;
      } catch (e) {
        if (mounted.current) setError(describeError(e, lang, t));
        return undefined;
      } finally {
        clearTimeout(timer);
        running.current = false;
        if (mounted.current) {
          setBusy(null);
          setShowProgress(false);
        }
      }
    },
    [lang, t],
  );

  return {
    busy,
    showProgress,
    error,
    status,
    setStatus,
    dismissError: useCallback(() => setError(null), []),
    run,
  };
}
