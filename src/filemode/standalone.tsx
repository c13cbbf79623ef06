// Entry of the single HTML file (dist/indicator-templates.html): file mode only, without the Office JavaScript API, every
// script inlined, so it opens from disk in any Chromium-based browser with no server and no network.
import { createRoot } from 'react-dom/client';
import { langFromDisplayLanguage, type Lang } from '../taskpane/i18n';
import { mountFileMode } from './mount';

function initialLang(): Lang {
  const q = new URLSearchParams(window.location.search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  return langFromDisplayLanguage(navigator.language);
}

// In Internet Explorer 11 or Edge Legacy the guard in the page has already said what to do.
if (!(window as { __oldWebview?: string | null }).__oldWebview)
  mountFileMode(createRoot(document.getElementById('root') as HTMLElement), { reason: null, lang: initialLang() });
