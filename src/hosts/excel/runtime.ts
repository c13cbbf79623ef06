// How the host reaches Excel: Excel.run and the requirement-set check, injected so that tests
// and the preview page pass the fake's instead of Office's.

export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelRuntime {
  run: ExcelRun;
  isSetSupported(name: string, minVersion?: string): boolean;
  /** Which Excel this is (Office.context.diagnostics), for the self-test's report. */
  diagnostics?: () => { version: string; platform: string };
}

/** The real thing, inside Excel (after Office.onReady). */
export function officeRuntime(): ExcelRuntime {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    diagnostics: () => ({
      version: String(Office.context.diagnostics?.version ?? '?'),
      platform: String(Office.context.diagnostics?.platform ?? '?'),
    }),
  };
}
