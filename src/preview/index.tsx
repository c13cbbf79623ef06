// The preview page: the task pane (320 px, as in Excel) beside a simulated workbook. The workbook is
// the strict fake of Excel's API (src/hosts/excel/fake) behind the real Excel host, so the pane runs
// the same code as in Excel; the grid draws the fake's state and takes typing like a user's.
import { useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../taskpane/App';
import { langFromDisplayLanguage, type Lang } from '../taskpane/i18n';
import type { PaneServices } from '../taskpane/services';
import { createPaneServices } from '../taskpane/services';
import { ExcelHost } from '../hosts/excel';
import { FakeExcel } from '../hosts/excel/fake/fake';
import { Grid } from './Grid';
import {
  activateSheet,
  activeSheetName,
  gridView,
  selectCell,
  selectedCell,
  typeIntoCell,
  visibleSheets,
} from './gridModel';
import { recalc } from './recalc';

/** Calls `after` once each async service call settles, so the grid redraws what the pane changed. */
function notifying(services: PaneServices, after: () => void, onSummary: (month: number) => void): PaneServices {
  const wrapped = { ...services };
  for (const key of Object.keys(services) as Array<keyof PaneServices>) {
    const fn = services[key] as (...args: unknown[]) => unknown;
    (wrapped as Record<string, unknown>)[key] = (...args: unknown[]) => {
      const out = fn(...args);
      if (out instanceof Promise) {
        return out.then(
          (v) => {
            if (key === 'fillSummary') onSummary(args[0] as number);
            after();
            return v;
          },
          (e) => {
            after();
            throw e;
          },
        );
      }
      return out;
    };
  }
  return wrapped;
}

function initialLang(): Lang {
  const q = new URLSearchParams(window.location.search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  return langFromDisplayLanguage(navigator.language);
}

function Preview() {
  const [, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const { fake, services } = useMemo(() => {
    let summaryMonth: number | null = null;
    const fake = new FakeExcel({ sheets: ['Sheet1'], calculate: (state) => recalc(state, summaryMonth) });
    const services = notifying(
      createPaneServices(
        new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported, diagnostics: fake.diagnostics }),
      ),
      bump,
      (m) => {
        summaryMonth = m;
        fake.calculateNow();
      },
    );
    return { fake, services };
  }, [bump]);

  const wb = fake.state;
  const sheet = activeSheetName(wb);
  // The fake's state changes in place: every bump re-renders and the grid is drawn afresh.
  const view = sheet ? gridView(wb, sheet) : null;

  return (
    <div style={{ display: 'flex', height: '100vh', overflow: 'hidden' }}>
      <section
        aria-label="模拟工作簿 / simulated workbook"
        style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', borderRight: '1px solid #d1d1d1' }}
      >
        <div style={{ padding: '6px 10px', background: '#107c41', color: '#fff', fontSize: 13 }}>
          指标模板 · 预览（模拟工作簿，不是 Excel；公式值由插件核心计算）/ Preview on a simulated workbook
        </div>
        <div style={{ flex: 1, minHeight: 0 }}>
          <Grid
            view={view}
            sheets={visibleSheets(wb)}
            selected={selectedCell(wb)}
            onSelect={(s, c) => {
              selectCell(wb, s, c);
              bump();
            }}
            onActivate={(s) => {
              activateSheet(wb, s);
              bump();
            }}
            onType={(s, c, raw) => {
              const r = typeIntoCell(wb, s, c, raw);
              if (r.ok) fake.calculateNow();
              bump();
              return r;
            }}
          />
        </div>
      </section>
      <aside
        id="pane"
        aria-label="任务窗格 / task pane"
        style={{
          width: 320,
          flex: '0 0 320px',
          overflowY: 'auto',
          overflowX: 'hidden',
          boxSizing: 'border-box',
        }}
      >
        <App services={services} initialLang={initialLang()} />
      </aside>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<Preview />);
