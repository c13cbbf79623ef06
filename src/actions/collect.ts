// 汇集: merge the offices' returns (already read from their files) into the open workbook's month
// sheets, every month up to the one asked. One read of the master, one write of the input cells that were empty
// (and of an office's corrections of its own figures), with them the record of where the inputs
// came from (a column of the veryHidden _meta); nothing the statistician typed is overwritten (the conflicts say where a return differs).
import type { Host } from '../workbook/host';
import { collect as merge, readRecord, refreshPlan, type CollectOk, type ReturnInput } from '../collect';
import { assertMonth } from '../progress';
import { UserError, type Message } from '../plan/message';
import { readFigures } from './read';
import { META_SHEET } from '../template';

export interface CollectOptions {
  /** Collect every month up to this one; null: the latest month any return has an entry in. */
  month: number | null;
  /** The offices' returned workbooks, read (or why each could not be). */
  returns: ReturnInput[];
  /** How messages name the master: its file name. Default 总表. */
  masterFile?: string;
}

/** How a file host's cached formula results were brought up to date after the merge. */
export interface CollectRefresh {
  /** true: every template formula's cached result recomputed through the template. */
  refreshed: boolean;
  /** Formula cells whose cached result changed. */
  results: number;
  /** Why not, when not. */
  reason: Message | null;
}

export interface CollectResult extends CollectOk {
  /** The master's 填报单位. */
  unitName: string;
  /** null on a host that recalculates by itself (Excel). */
  refresh: CollectRefresh | null;
}

export async function collect(host: Host, options: CollectOptions): Promise<CollectResult> {
  const { month } = options;
  if (month !== null) assertMonth(month);
  if (!host.writeCells)
    throw new UserError({
      zh: '此工作簿无法逐格写入，不能汇集。',
      en: 'This workbook cannot be written cell by cell: cannot collect.',
    });
  // Every month sheet (the merge keeps later months' figures and the checks look back at earlier
  // ones), and _meta's record of where the master's inputs came from (none before a first collect).
  const { figures, snapshot } = await readFigures(host, 12);
  const record = readRecord(snapshot.sheets.find((s) => s.name === META_SHEET)?.values);
  const r = merge(figures, options.returns, month, {
    record,
    ...(options.masterFile ? { masterFile: options.masterFile } : {}),
  });
  if (!r.ok) throw new UserError(r.message);
  const cells = [...r.writes.map((w) => ({ sheet: w.sheet, cell: w.cell, value: w.value })), ...r.recordWrites];
  if (cells.length) await host.writeCells(cells);
  if (!host.setCachedResults) return { ...r, unitName: figures.meta.unitName, refresh: null };
  // A file keeps each formula's last result: recompute them through the template where it is safe.
  const plan = refreshPlan(figures, r.merged, await host.read());
  await host.setCachedResults(plan.ok ? plan.results : []);
  const refresh: CollectRefresh = plan.ok
    ? { refreshed: true, results: plan.results.length, reason: null }
    : { refreshed: false, results: 0, reason: plan.message };
  return { ...r, unitName: figures.meta.unitName, refresh };
}
