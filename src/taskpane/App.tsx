// The task pane: six views over one workbook, Chinese by default with an English switch.
// It holds the view state (plan, month, language) and talks to the workbook only through PaneServices.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Tab,
  TabList,
  webLightTheme,
} from '@fluentui/react-components';
import type { Plan } from '../plan/types';
import { DICTS, LangContext, type Lang } from './i18n';
import { useRunner, type Runner } from './runner';
import type { PaneServices } from './services';
import type { FileModeApi } from './fileMode';
import { useStyles } from './styles';
import { PlanView } from './views/PlanView';
import { TemplateView } from './views/TemplateView';
import { CheckView } from './views/CheckView';
import { SummaryView } from './views/SummaryView';
// Monthly and rare views load after the first paint: the pane's first script has a 250 KB gzip budget.
const CollectView = lazy(() =>
  import(/* webpackChunkName: "collect-view" */ './views/CollectView').then((m) => ({ default: m.CollectView })),
);
const SettingsView = lazy(() =>
  import(/* webpackChunkName: "settings-view" */ './views/SettingsView').then((m) => ({ default: m.SettingsView })),
);

export type ViewId = 'plan' | 'templates' | 'collect' | 'checks' | 'summary' | 'settings';
// In the order of the month's work: templates out, returns collected, checked, summarised.
const VIEWS: ViewId[] = ['plan', 'templates', 'collect', 'checks', 'summary', 'settings'];

export interface ViewProps {
  services: PaneServices;
  plan: Plan | null;
  setPlan(plan: Plan | null): void;
  /** Month chosen for checks and summary. */
  month: number;
  setMonth(month: number): void;
  /** Months that have a month sheet in the workbook. */
  months: number[];
  refreshMonths(): Promise<number[]>;
  runner: Runner;
  /** Present in file mode (no Excel API): files to save besides the open workbook. */
  fileMode?: FileModeApi;
  /** In Excel: leave the workbook and work on .xlsx files (offered when the self-test fails). */
  switchToFileMode?(): void;
}

export interface AppProps {
  services: PaneServices;
  initialLang: Lang;
  /** Called when the user switches language (the host may remember it). */
  onLangChange?(lang: Lang): void;
  initialView?: ViewId;
  /** Shown under the title (file mode: the open workbook and its save button). */
  banner?: ReactNode;
  fileMode?: FileModeApi;
  switchToFileMode?(): void;
}

export function App({
  services,
  initialLang,
  onLangChange,
  initialView = 'plan',
  banner,
  fileMode,
  switchToFileMode,
}: AppProps) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const t = DICTS[lang];
  const styles = useStyles();
  const runner = useRunner(lang, t);
  const [view, setView] = useState<ViewId>(initialView);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [months, setMonths] = useState<number[]>([]);
  const [month, setMonth] = useState(1);

  const refreshMonths = useCallback(async () => {
    const found = await services.months();
    setMonths(found);
    setMonth((m) => (found.length && !found.includes(m) ? found[found.length - 1] : m));
    return found;
  }, [services]);

  // On open, pick up a plan and month sheets already in the workbook (a workbook without them is
  // normal). A failure here (an Excel too old, a cell being edited) shows in the error bar.
  const { run } = runner;
  const openLabel = t.opening;
  useEffect(() => {
    let live = true;
    void run(openLabel, async () => {
      const found = await services.months();
      if (!live) return;
      setMonths(found);
      if (found.length) setMonth(found[found.length - 1]);
      const read = await services.readPlan(null);
      if (live && read.plan) setPlan((p) => p ?? read.plan);
    });
    return () => {
      live = false;
    };
    // Once per services: a language switch must not read the workbook again.
  }, [services]);

  const switchLang = () => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    runner.setStatus(''); // the last result was said in the other language
    onLangChange?.(next);
  };

  const props: ViewProps = {
    services,
    plan,
    setPlan,
    month,
    setMonth,
    months,
    refreshMonths,
    runner,
    fileMode,
    switchToFileMode,
  };
  const labels: Record<ViewId, string> = {
    plan: t.viewPlan,
    templates: t.viewTemplates,
    collect: t.viewCollect,
    checks: t.viewChecks,
    summary: t.viewSummary,
    settings: t.viewSettings,
  };
  const ctx = useMemo(() => ({ lang, t }), [lang, t]);

  return (
    <LangContext.Provider value={ctx}>
      <FluentProvider theme={webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en-US'}>
        <div className={styles.pane}>
          {/* Title, views, progress and messages stay in sight while a long list scrolls. */}
          <div className={styles.top}>
            <header className={styles.header}>
              <h1 className={styles.title}>{t.appTitle}</h1>
              <Button
                size="small"
                appearance="subtle"
                onClick={switchLang}
                aria-label={t.switchLanguageLabel}
                lang={lang === 'zh' ? 'en' : 'zh-CN'}
              >
                {t.switchLanguage}
              </Button>
            </header>
            {banner}
            <TabList
              className={styles.tabs}
              size="small"
              selectedValue={view}
              onTabSelect={(_, data) => setView(data.value as ViewId)}
              aria-label={t.views}
            >
              {VIEWS.map((v) => (
                <Tab key={v} value={v} id={`tab-${v}`} aria-controls={`panel-${v}`}>
                  {labels[v]}
                </Tab>
              ))}
            </TabList>
            {runner.busy && runner.showProgress && (
              <div className={styles.stack}>
                <Spinner size="tiny" label={`${runner.busy}…`} labelPosition="after" />
                <ProgressBar aria-label={t.working} />
              </div>
            )}
            {runner.error && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
                  {runner.error}
                </MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={runner.dismissError}>
                    {t.dismiss}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            <div role="status" aria-live="polite" className={styles.status}>
              {runner.status}
            </div>
          </div>
          {/* Views stay mounted (hidden when not chosen) so a review or a findings list survives a tab switch. */}
          {VIEWS.map((v) => (
            <section
              key={v}
              id={`panel-${v}`}
              role="tabpanel"
              aria-labelledby={`tab-${v}`}
              hidden={view !== v}
              // A class with display would override the hidden attribute: give it to the shown view only.
              className={view === v ? styles.view : undefined}
            >
              {v === 'plan' && <PlanView {...props} />}
              {v === 'templates' && <TemplateView {...props} />}
              {v === 'collect' && (
                <Suspense fallback={null}>
                  <CollectView {...props} />
                </Suspense>
              )}
              {v === 'checks' && <CheckView {...props} />}
              {v === 'summary' && <SummaryView {...props} />}
              {v === 'settings' && (
                <Suspense fallback={null}>
                  <SettingsView {...props} />
                </Suspense>
              )}
            </section>
          ))}
        </div>
      </FluentProvider>
    </LangContext.Provider>
  );
}
