// A second opinion on load/sync order from office-addin-mock (Microsoft's mock of Office.js): it
// hands back an error string for any property read before load + sync, so a host that read too
// early would carry those strings into its snapshot.
import { OfficeMockObject } from 'office-addin-mock';
import { queueSheet, toSnapshot } from '../../../src/hosts/excel/reader';
import { SpecWriter, Writing } from '../../../src/hosts/excel/writer';
import { Features } from '../../../src/hosts/excel/requirements';
import { emptySheet } from '../../../src/workbook/spec';

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

test('writing a spec only sets and calls, and reads nothing back before a sync', async () => {
  const writes: Array<[string, unknown]> = [];
  const range = (address: string) => ({
    format: { fill: {}, font: {} },
    set formulas(v: unknown) {
      writes.push([`${address}.formulas`, v]);
    },
  });
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem: () => ({ getRange: (a: string) => range(a) }),
          add: () => ({ getRange: (a: string) => range(a) }),
        },
      },
    },
  };
  const mock = new OfficeMockObject(data as unknown as Record<string, unknown>) as unknown as {
    context: Excel.RequestContext;
  };
  const writer = new SpecWriter(new Features(() => false), { sheets: [], names: [], calculationMode: null });
  const w = new Writing(mock.context, new Map());
  const sheet = {
    ...emptySheet('1月'),
    ranges: [
      {
        ref: 'B2',
        rows: [
          [{ v: '代码' }, { v: 3 }],
          [{ v: '001' }, { v: null, f: '=C2*2' }],
        ],
      },
    ],
  };
  for (const op of writer.ops({ sheets: [sheet] }).filter((o) => o.phase === 'content')) op.apply(w);
  // Text Excel would read as a number keeps its apostrophe; nothing read before a sync leaks in.
  expect(writes).toEqual([
    [
      'B2:C3.formulas',
      [
        ['代码', 3],
        ["'001", '=C2*2'],
      ],
    ],
  ]);
});
