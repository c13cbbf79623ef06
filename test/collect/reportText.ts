// The collect report as the CLI prints it, for a result of the collect action.
import type { collect } from '../../src/actions/collect';
import { countByTier } from '../../src/check';
import { collectText } from '../../src/cli/commands/collect';

export function reportText(result: Awaited<ReturnType<typeof collect>>, master = '总表.xlsx'): string {
  return collectText({
    master,
    unitName: result.unitName,
    out: 'm.xlsx',
    result,
    counts: countByTier(result.findings),
    refresh: result.refresh,
  });
}
