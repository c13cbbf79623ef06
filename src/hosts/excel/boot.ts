// Where the pane learns what it runs in: the Office globals are read here, so the pane's entry
// decides between the Excel pane and file mode without touching the Office JavaScript API itself.
import { officeRuntime, type ExcelRuntime } from './runtime';
import { MINIMUM_SET } from './requirements';

export type PaneStart =
  /** The API script did not load (no network to Microsoft's CDN, or a page opened outside Office). */
  | { kind: 'noApiScript' }
  /** Loaded in Office, but not in Excel (Word, or a browser without a host). */
  | { kind: 'noOffice' }
  /** Excel below the add-in's minimum requirement set. */
  | { kind: 'oldExcel'; version: string; displayLanguage: string }
  | { kind: 'excel'; runtime: ExcelRuntime; displayLanguage: string };

/** Calls `start` once, when Office is ready (or at once when the API script is absent). */
export function whenPaneStarts(start: (how: PaneStart) => void): void {
  if (typeof Office === 'undefined') return start({ kind: 'noApiScript' });
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return start({ kind: 'noOffice' });
    const displayLanguage = Office.context.displayLanguage;
    const runtime = officeRuntime();
    if (!runtime.isSetSupported(MINIMUM_SET.name, MINIMUM_SET.version))
      return start({ kind: 'oldExcel', version: MINIMUM_SET.version, displayLanguage });
    start({ kind: 'excel', runtime, displayLanguage });
  });
}
