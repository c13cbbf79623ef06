// The fake must be as strict as Excel where the host could go wrong, or its tests prove nothing.
import { FakeExcel } from '../../../src/hosts/excel/fake/fake';
import { FakeOfficeError, FakeNotModelled } from '../../../src/hosts/excel/fake/errors';
import { cellOf, noteOf, typeInto, valueOf } from '../../../src/hosts/excel/fake/inspect';

const opts: Excel.RunOptions = { delayForCellEdit: true };

async function failure(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    return e as FakeOfficeError;
  }
  throw new Error('expected the sync to fail');
}

test('reading a property before load and sync throws PropertyNotLoaded, as Excel does', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    r.load('values');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(r.values).toEqual([
      ['', ''],
      ['', ''],
    ]);
    expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('writes happen only on sync, in order; a load sees the writes queued before it', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1').values = [[1]];
    expect(valueOf(fake, 'Sheet1', 'A1')).toBeNull();
    const before = ws.getRange('A1').load('values');
    ws.getRange('A1').values = [[2]];
    await ctx.sync();
    expect(before.values).toEqual([[1]]);
    expect(valueOf(fake, 'Sheet1', 'A1')).toBe(2);
  });
  expect(fake.syncs).toHaveLength(1);
});

test('writes never synced are reported, and a strict fake fails the run', async () => {
  const fake = new FakeExcel();
  await expect(
    fake.run(opts, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    }),
  ).rejects.toThrow(/never synced/);
  expect(fake.problems[0]).toMatch(/1 write\(s\) were queued but never synced: Range\.values/);
  const lax = new FakeExcel({ strict: false });
  await lax.run(opts, async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
  });
  expect(valueOf(lax, 'Sheet1', 'A1')).toBe(1); // Excel.run's last implicit sync
  expect(lax.problems).toHaveLength(1);
});

test('a failed batch keeps the commands before the failure and drops the rest', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1').values = [[1]];
    ctx.workbook.worksheets.getItem('没有').getRange('A1').values = [[2]];
    ws.getRange('A2').values = [[3]];
    const err = await failure(ctx.sync());
    expect(err).toBeInstanceOf(FakeOfficeError);
    expect(err.code).toBe('ItemNotFound');
    expect(err.debugInfo.statement).toMatch(/Range\.values/);
  });
  expect(valueOf(fake, 'Sheet1', 'A1')).toBe(1);
  expect(valueOf(fake, 'Sheet1', 'A2')).toBeNull();
});

test('getItemOrNullObject: isNullObject readable only after sync', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const a = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
    const b = ctx.workbook.worksheets.getItemOrNullObject('没有');
    expect(() => b.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect([a.isNullObject, b.isNullObject]).toEqual([false, true]);
  });
});

test('round trips and bytes are counted; an empty sync is no round trip; oversize requests fail', async () => {
  const fake = new FakeExcel({ payloadLimit: 10_000 });
  await fake.run(opts, async (ctx) => {
    await ctx.sync();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A100').values = Array.from({ length: 100 }, (_, i) => [
      `第${i}行`,
    ]);
    await ctx.sync();
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A1000').values = Array.from({ length: 1000 }, (_, i) => [
      `第${i}行`,
    ]);
    const err = await failure(ctx.sync());
    expect(err.code).toBe('RequestPayloadSizeLimitExceeded');
  });
  expect(fake.syncCalls).toBe(3);
  expect(fake.syncs).toHaveLength(2);
  expect(fake.syncs[0].requestBytes).toBeGreaterThan(100 * 9); // 100 Chinese strings of 3 bytes a character
  expect(valueOf(fake, 'Sheet1', 'A101')).toBeNull(); // the oversize request did nothing
});

test('a read over the response limit fails, and so does one over 5,000,000 cells', async () => {
  const fake = new FakeExcel({ payloadLimit: 2_000 });
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1:A200').values = Array.from({ length: 200 }, () => ['一二三四五']);
    await ctx.sync().catch(() => undefined);
  });
  const big = new FakeExcel();
  await big.run(opts, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A:Z').load('values');
    const err = await failure(ctx.sync());
    expect(err.code).toBe('RangeExceedsLimit');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('a member of a requirement set the Excel lacks throws ApiNotFound at once', async () => {
  const fake = new FakeExcel({ apiVersion: '1.7' });
  expect(fake.isSetSupported('ExcelApi', '1.7')).toBe(true);
  expect(fake.isSetSupported('ExcelApi', '1.8')).toBe(false);
  await fake.run(opts, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
    expect(() => r.dataValidation).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    expect(() => ctx.workbook.worksheets.getItem('Sheet1').notes).toThrow(
      expect.objectContaining({ code: 'ApiNotFound' }),
    );
  });
});

test('a locked cell of a protected sheet cannot be changed; an unlocked one can', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('B2').format.protection.locked = false;
    ws.protection.protect();
    await ctx.sync();
    ws.getRange('B2').values = [[5]];
    await ctx.sync();
    ws.getRange('A1').values = [[5]];
    const err = await failure(ctx.sync());
    expect(err.code).toBe('AccessDenied');
  });
  expect(valueOf(fake, 'Sheet1', 'B2')).toBe(5);
  expect(() => typeInto(fake, 'Sheet1', 'A1', 1)).toThrow(/protected/);
});

test('what Excel makes of written text: formulas, numbers, dates, booleans, and an apostrophe for text', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:G1').values = [
      ['=1+1', '001', '3,200', '50%', 'true', '2023-3-1', "'001"],
    ];
    await ctx.sync();
  });
  expect(cellOf(fake, 'Sheet1', 'A1')?.formula).toBe('=1+1');
  expect(['B1', 'C1', 'D1', 'E1'].map((a) => valueOf(fake, 'Sheet1', a))).toEqual([1, 3200, 0.5, true]);
  expect(typeof valueOf(fake, 'Sheet1', 'F1')).toBe('number');
  expect(valueOf(fake, 'Sheet1', 'G1')).toBe('001');
  await expect(
    fake.run(opts, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [['-']];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('R1C1 written once for a column becomes each cell’s own A1 formula', async () => {
  const fake = new FakeExcel({ sheets: ['Sheet1', '2月'] });
  await fake.run(opts, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('C5:C7');
    r.formulasR1C1 = "=IFERROR(INDEX('2月'!C7,MATCH(RC2,'2月'!C2,0)),\"\")+RC[-1]-R1C1+R[-1]C" as unknown as string[][];
    await ctx.sync();
  });
  expect(cellOf(fake, 'Sheet1', 'C5')?.formula).toBe(
    "=IFERROR(INDEX('2月'!$G:$G,MATCH($B5,'2月'!$B:$B,0)),\"\")+B5-$A$1+C4",
  );
  expect(cellOf(fake, 'Sheet1', 'C7')?.formula).toBe(
    "=IFERROR(INDEX('2月'!$G:$G,MATCH($B7,'2月'!$B:$B,0)),\"\")+B7-$A$1+C6",
  );
});

test('a 2D array of the wrong shape is refused', async () => {
  const fake = new FakeExcel();
  await expect(
    fake.run(opts, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});

test('a batch waits for cell editing only when asked to', async () => {
  const fake = new FakeExcel({ cellEditMode: true });
  await expect(
    fake.run({}, async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  await fake.run({ delayForCellEdit: true }, async (ctx) => {
    ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    await ctx.sync();
  });
  expect(valueOf(fake, 'Sheet1', 'A1')).toBe(1);
});

test('an object used after its Excel.run ended fails; an API the fake does not model says so', async () => {
  const fake = new FakeExcel();
  let leaked: Excel.Range | null = null;
  await fake.run(opts, async (ctx) => {
    leaked = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
  });
  expect(() => leaked!.load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  await fake.run(opts, async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as { autoFill: () => void };
    expect(() => r.autoFill()).toThrow(FakeNotModelled);
  });
});

test('notes: one per cell; adding a second one fails', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const notes = ctx.workbook.worksheets.getItem('Sheet1').notes;
    notes.add('B3', '第一条');
    await ctx.sync();
    notes.add('B3', '第二条');
    const err = await failure(ctx.sync());
    expect(err.code).toBe('InvalidArgument');
  });
  expect(noteOf(fake, 'Sheet1', 'B3')).toBe('第一条');
});

test('formula cells as areas, per-cell fills and the note count: readable only after sync, like the rest', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1:C3').formulas = [
      ['=1', '=2', 'x'],
      ['=1', '=2', 'y'],
      [5, '=A1', ''],
    ];
    ws.getRange('B2').format.fill.color = '#FFC7CE';
    ws.notes.add('C1', 'a note');
    await ctx.sync();
    const areas = ws.getRange().getSpecialCellsOrNullObject('Formulas').load('address');
    const none = ws.getRange('C1:C3').getSpecialCellsOrNullObject('Formulas').load('address');
    const props = ws.getRange('A1:B2').getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const count = ws.notes.getCount();
    expect(() => props.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    expect(() => count.value).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await ctx.sync();
    expect(areas.address).toBe('Sheet1!A1:B2,Sheet1!B3');
    expect(none.isNullObject).toBe(true);
    expect(props.value.map((r) => r.map((c) => c.format?.fill?.color))).toEqual([
      ['#FFFFFF', '#FFFFFF'],
      ['#FFFFFF', '#FFC7CE'],
    ]);
    expect(props.value[1][1].format?.fill?.pattern).toBe('Solid');
    expect(props.value[0][0].format?.fill?.pattern).toBe('None');
    expect(count.value).toBe(1);
  });
});

test('special cells and cell properties need ExcelApi 1.9', async () => {
  const fake = new FakeExcel({ apiVersion: '1.8' });
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    expect(() => ws.getRange().getSpecialCellsOrNullObject('Formulas')).toThrow(
      expect.objectContaining({ code: 'ApiNotFound' }),
    );
    expect(() => ws.getRange('A1').getCellProperties({ format: { fill: { color: true } } })).toThrow(
      expect.objectContaining({ code: 'ApiNotFound' }),
    );
    expect(() => ws.getRange('A1').setCellProperties([[{}]])).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
  });
});

test('hyperlinks set cell by cell in one setCellProperties: its shape is the range’s, a cell given {} is left alone', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    ws.getRange('A1:A3').values = [['x'], ['y'], ['z']];
    const link = (c: string): Excel.SettableCellProperties => ({
      hyperlink: { documentReference: `'Sheet1'!${c}`, textToDisplay: c },
    });
    ws.getRange('A1:A3').setCellProperties([[link('C1')], [{}], [link('C3')]]);
    await ctx.sync();
    ws.getRange('A1:A2').setCellProperties([[link('C1')]]);
    expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
  });
  expect(cellOf(fake, 'Sheet1', 'A1')?.hyperlink?.documentReference).toBe("'Sheet1'!C1");
  expect(valueOf(fake, 'Sheet1', 'A1')).toBe('C1');
  expect(cellOf(fake, 'Sheet1', 'A2')?.hyperlink).toBeUndefined();
  expect(valueOf(fake, 'Sheet1', 'A2')).toBe('y');
  expect(valueOf(fake, 'Sheet1', 'A3')).toBe('C3');
});

test('a long list of areas for getRanges fails with a bare InvalidArgument (office-js 5198)', async () => {
  const fake = new FakeExcel();
  await fake.run(opts, async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Sheet1');
    const cells = (n: number) => Array.from({ length: n }, (_, i) => `B${2 * i + 1}`).join(',');
    ws.getRanges(cells(300)).format.fill.color = '#FFC7CE';
    await ctx.sync();
    ws.getRanges(cells(1500)).format.fill.color = '#FFC7CE';
    expect((await failure(ctx.sync())).code).toBe('InvalidArgument');
  });
});
