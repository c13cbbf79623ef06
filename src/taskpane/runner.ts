// Runs one user action at a time: disables the buttons, shows progress when the action takes
// longer than a moment, turns any error into plain words for the MessageBar, and announces the
// result in the live region.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dict, Lang } from './i18n';

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

/** Plain words for any error: its own bilingual message where it has one, never a stack trace. */
export function describeError(e: unknown, lang: Lang, t: Dict): string {
  const err = e as { message?: unknown; messageZh?: unknown; messageEn?: unknown } | null;
  const message = typeof err?.message === 'string' ? err.message : String(e);
  if (typeof err?.messageEn === 'string' && err.messageEn) {
    if (lang === 'en') return err.messageEn;
    // The Excel host's errors carry "中文 / English" in message and each language apart.
    if (typeof err.messageZh === 'string' && err.messageZh) return err.messageZh;
    return message;
  }
  // Core errors carry "中文 / English" in one message.
  const parts = message.split(' / ');
  if (parts.length === 2 && /[\u4e00-\u9fff]/.test(parts[0])) return lang === 'en' ? parts[1] : parts[0];
  return t.unexpectedError(message);
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
