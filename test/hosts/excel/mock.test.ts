// A second opinion on load/sync order from office-addin-mock (Microsoft's mock of Office.js): it
// hands back an error string for any property read before load + sync, so a host that read too
// early would carry those strings into its snapshot.
import { OfficeMockObject } from 'office-addin-mock';
import { queueSheet, toSnapshot } from '../../../src/hosts/excel/reader';
import { ExcelHost } from '../../../src/hosts/excel';

function workbookMock(calls: string[]) {
  const used = {
    rowIndex: 1,
    columnIndex: 0,
    rowCount: 2,
    columnCount: 3,
    values: [
      ['代码', '本月', '累计'],
      ['A1', 5, 12],
    ],
    formulas: [
      ['代码', '本月', '累计'],
      ['A1', 5, "=F2+INDEX('1月'!G:G,2)"],
    ],
  };
  const sheet = {
    name: '2月',
    visibility: 'Visible',
    used,
    protection: { protected: true },
    tables: { items: { name: '' } },
    getUsedRangeOrNullObject() {
      return this.used;
    },
    activate() {
      calls.push('activate');
    },
    getRange(address: string) {
      calls.push(`getRange(${address})`);
      return {
        select: () => calls.push('select'),
      };
    },
  };
  return {
    context: {
      workbook: {
        worksheets: {
          sheet,
          getItem(name: string) {
            calls.push(`getItem(${name})`);
            return this.sheet;
          },
        },
      },
    },
    run: async function (_options: unknown, batch: (ctx: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
}

test('the read loads what it uses and reads it only after sync', async () => {
  const mock = new OfficeMockObject(workbookMock([]) as unknown as Record<string, unknown>) as unknown as {
    context: Excel.RequestContext;
  };
  const ctx = mock.context;
  const r = queueSheet(ctx, '2月', true, true);
  // Before sync the mock answers with an error string: reading now would be a bug.
  expect(String(r.used.values)).toMatch(/sync/i);
  await ctx.sync();
  const snap = toSnapshot(
    r.ws.name,
    r.ws.visibility,
    r.used.rowIndex + r.used.rowCount,
    r.used.columnIndex + r.used.columnCount,
    [{ row: r.used.rowIndex, col: r.used.columnIndex, values: r.used.values, formulas: r.used.formulas }],
  );
  expect(snap).toEqual({
    name: '2月',
    visibility: 'visible',
    values: [
      [null, null, null],
      ['代码', '本月', '累计'],
      ['A1', 5, 12],
    ],
    formulas: [
      [null, null, null],
      [null, null, null],
      [null, null, "=F2+INDEX('1月'!G:G,2)"],
    ],
  });
  expect(r.protection?.protected).toBe(true);
});

test('a property never loaded stays an error string, even after sync', async () => {
  const mock = new OfficeMockObject(workbookMock([]) as unknown as Record<string, unknown>) as unknown as {
    context: Excel.RequestContext;
  };
  const ws = mock.context.workbook.worksheets.getItem('2月');
  await mock.context.sync();
  expect(String(ws.name)).toMatch(/not loaded/i);
});

test('select activates the sheet, then selects the cell, in one batch', async () => {
  const calls: string[] = [];
  const mock = new OfficeMockObject(workbookMock(calls) as unknown as Record<string, unknown>) as unknown as {
    run: (o: Excel.RunOptions, b: (c: Excel.RequestContext) => Promise<unknown>) => Promise<unknown>;
  };
  const host = new ExcelHost({
    run: mock.run.bind(mock) as unknown as import('../../../src/hosts/excel').ExcelRun,
    isSetSupported: () => true,
  });
  await host.select('2月', 'F6');
  expect(calls).toEqual(['getItem(2月)', 'activate', 'getRange(F6)', 'select']);
});
