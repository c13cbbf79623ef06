// Entry of the real task pane, loaded by Excel from manifest.xml. The only taskpane file that reads
// Office globals: the display language, and whether Office.js is there at all.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langFromDisplayLanguage, type Lang } from './i18n';
import { createPaneServices } from './wire';
import { ExcelHost, officeRuntime } from '../hosts/excel';

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

function notInExcel(root: ReturnType<typeof createRoot>): void {
  root.render(
    <div style={{ padding: 12, lineHeight: 1.6 }}>
      <h1 style={{ fontSize: 18 }}>指标模板 Indicator Templates</h1>
      <p>请在 Excel 中打开指标模板（开始 &gt; 指标模板）。不装 Excel 时可运行 npm run preview 试用。</p>
      <p lang="en">
        Open Indicator Templates inside Excel (Home &gt; Indicator Templates). Without Excel, try npm run preview.
      </p>
    </div>,
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);

if (typeof Office === 'undefined') {
  notInExcel(root);
} else {
  Office.onReady((info) => {
    if (info.host !== Office.HostType.Excel) return notInExcel(root);
    const lang = storedLang() ?? langFromDisplayLanguage(Office.context.displayLanguage);
    const services = createPaneServices(new ExcelHost(officeRuntime()));
    root.render(<App services={services} initialLang={lang} onLangChange={remember} />);
  });
}
