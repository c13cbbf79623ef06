// Entry of the real task pane, loaded by Excel from manifest.xml. The Excel host tells it what it runs in
// (hosts/excel/boot): outside Excel, or in an Excel whose API is too old, the pane starts in file mode.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langFromDisplayLanguage, type Lang } from './i18n';
import { createPaneServices } from './services';
import { ExcelHost, localStore, whenPaneStarts } from '../hosts/excel';
import type { FileModeReason } from '../filemode/FilePane';

const LANG_KEY = 'indicator-templates.lang';

function storedLang(): Lang | null {
  try {
    const v = window.localStorage.getItem(LANG_KEY);
    return v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null; // storage can be off in some Office webviews
  }
}

function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembered: the pane still switches
  }
}

/** File mode, loaded on demand: ExcelJS is not part of the pane's initial bundle. */
async function fileMode(root: ReturnType<typeof createRoot>, reason: FileModeReason, lang: Lang): Promise<void> {
  const { mountFileMode } = await import(/* webpackChunkName: "filemode" */ '../filemode/mount');
  mountFileMode(root, { reason, lang, onLangChange: remember });
}

const root = createRoot(document.getElementById('root') as HTMLElement);

const browserLang = () => storedLang() ?? langFromDisplayLanguage(navigator.language);

// Excel's API where it is there and new enough; otherwise the same pane on .xlsx files (file mode).
whenPaneStarts((how) => {
  if (how.kind === 'noApiScript' || how.kind === 'noOffice') return void fileMode(root, how, browserLang());
  const lang = storedLang() ?? langFromDisplayLanguage(how.displayLanguage);
  if (how.kind === 'oldExcel') return void fileMode(root, { kind: 'oldExcel', version: how.version }, lang);
  const services = createPaneServices(new ExcelHost(how.runtime, { learned: localStore() }));
  root.render(
    <App
      services={services}
      initialLang={lang}
      onLangChange={remember}
      switchToFileMode={() => void fileMode(root, { kind: 'selfTest' }, storedLang() ?? lang)}
    />,
  );
});
