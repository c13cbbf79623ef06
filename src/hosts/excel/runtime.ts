// How the host reaches Excel: Excel.run and the requirement-set check, injected so that tests
// and the preview page pass the fake's instead of Office's.

export type ExcelRun = <T>(
  options: Excel.RunOptions,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export interface ExcelRuntime {
  run: ExcelRun;
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The real thing, inside Excel (after Office.onReady). */
export function officeRuntime(): ExcelRuntime {
  return {
    run: (options, batch) => Excel.run(options, batch),
    isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
  };
}
