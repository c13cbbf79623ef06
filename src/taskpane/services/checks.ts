// 审核: the month's checks, their marks cleared, and a finding's cell selected.
import type { Finding } from '../../check';
import type { CheckResult } from '../../actions';
import type { ApplyReport, Host } from '../../workbook/host';
import { check } from '../../actions/check';
import { clearMarks } from '../../actions/clearMarks';

export type { Finding };

export interface CheckOutcome extends Pick<CheckResult, 'findings'> {
  month: number;
  /** What could not be done after checking (notes on an older Excel…), in plain words. */
  warnings: ApplyReport['degraded'];
}

export interface CheckServices {
  check(month: number): Promise<CheckOutcome>;
  clearFindings(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
}

export function checkServices(host: Host): CheckServices {
  return {
    async check(month) {
      const r = await check(host, { month });
      const old = r.formulasOutdated ? [r.formulasOutdated] : [];
      return { month, findings: r.findings, warnings: [...old, ...(r.report?.degraded ?? [])] };
    },
    clearFindings: () => clearMarks(host),
    select: (sheet, cell) => host.select(sheet, cell),
  };
}
