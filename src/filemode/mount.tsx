// Starts file mode in a page: the task pane when Excel's API is missing or too old (loaded on
// demand, so the pane in Excel does not carry ExcelJS), and the single HTML file.
import type { Root } from 'react-dom/client';
import type { Lang } from '../taskpane/i18n';
import { FilePane, type FileModeReason } from './FilePane';
import { FileSession } from './session';

export type { FileModeReason };

export function mountFileMode(
  root: Root,
  options: { reason: FileModeReason | null; lang: Lang; onLangChange?(lang: Lang): void },
): FileSession {
  const session = new FileSession();
  root.render(
    <FilePane
      session={session}
      reason={options.reason}
      initialLang={options.lang}
      onLangChange={options.onLangChange}
    />,
  );
  return session;
}
