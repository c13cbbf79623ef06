// What the host learnt about this Excel (from the 诊断 self-test, or from a failure it met), kept
// in the pane's storage so that the next call takes the path that works here the first time.
import { parseRecords, recordRows, type MarkRecord } from '../../check/marks';
import type { Knowledge } from './knowledge';

export interface LearnedPaths {
  /** Whether getSpecialCells('Formulas') answers on a protected sheet (unverified in Microsoft's docs). */
  specialCellsOnProtected?: boolean;
  /** Whether a write that protects a sheet can run inside an undo group (Learn: not on any platform). */
  protectInUndoGroup?: boolean;
  /**
   * Where the add-in's marks were when this pane last wrote them, with the sizes of the sheets
   * read: a pane opened again looks at those cells in its first request, and uses the look only if
   * the workbook's _marks sheet still holds exactly these records.
   */
  marksHint?: MarksHint;
  /** When the self-test last ran (ISO time), and on which Excel. */
  testedAt?: string;
  excel?: string;
}

export interface MarksHint {
  sheets: Array<{ name: string; rows: number; columns: number; bytes?: number | null; presenceBytes?: number | null }>;
  marks: MarkRecord[];
}

export interface LearnedStore {
  load(): LearnedPaths;
  save(paths: LearnedPaths): void;
}

export function memoryStore(initial: LearnedPaths = {}): LearnedStore {
  let paths = { ...initial };
  return {
    load: () => ({ ...paths }),
    save: (p) => {
      paths = { ...p };
    },
  };
}

/** The pane's local storage (per browser profile); in memory where there is none or it refuses. */
export function localStore(key = 'indicatorTemplates.excelPaths'): LearnedStore {
  let ls: Storage | null = null;
  try {
    ls = typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    ls = null; // storage can be off in some Office webviews
  }
  const memory = memoryStore();
  if (!ls) return memory;
  const store = ls;
  return {
    load: () => {
      try {
        return JSON.parse(store.getItem(key) ?? '{}') as LearnedPaths;
      } catch {
        return memory.load();
      }
    },
    save: (p) => {
      memory.save(p);
      try {
        store.setItem(key, JSON.stringify(p));
      } catch {
        // kept for this session only
      }
    },
  };
}

/** Run once more when the first attempt fails in a way `again` accepts (it may note why). */
export async function retryOnce<T>(attempt: (n: 0 | 1) => Promise<T>, again: (e: unknown) => boolean): Promise<T> {
  try {
    return await attempt(0);
  } catch (e) {
    if (!again(e)) throw e;
    return attempt(1);
  }
}

/** The most characters of marks' places kept in the pane's storage (local storage holds about 5 MB). */
const MARKS_HINT_MAX = 1_000_000;

/**
 * Keep where the marks now are (and the sizes of the sheets read) in the pane's storage, so that a
 * pane opened again looks at them in its first request (reading.ts). Dropped when too large.
 */
export function keepMarksHint(store: LearnedStore, k: Knowledge): void {
  const marks = parseRecords(recordRows(k.marks)); // as the _marks sheet will read back
  const sheets = k.sheets
    .filter((s) => s.rows && s.columns)
    .map((s) => ({ name: s.name, rows: s.rows!, columns: s.columns!, bytes: s.bytes, presenceBytes: s.presenceBytes }));
  const hint = { sheets, marks };
  const { marksHint: _old, ...rest } = store.load();
  store.save(JSON.stringify(hint).length <= MARKS_HINT_MAX ? { ...rest, marksHint: hint } : rest);
}
