// 清除标注: remove the marks a check left on the cells (fills and notes), restoring what they replaced.
import type { Host } from '../workbook/host';

export async function clearMarks(host: Host): Promise<void> {
  await host.clearFindings();
}
