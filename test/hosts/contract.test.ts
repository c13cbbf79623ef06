// The Host contract run against both hosts: ExcelHost on the strict fake, XlsxHost on a file.
import { hostContract } from './contract';
import { ExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../../src/hosts/excel/fake/fake';
import { fillOf, noteOf, selectionOf, userFill, userNote } from '../../src/hosts/excel/fake/inspect';
import { XlsxHost } from '../../src/hosts/xlsx';
import type { Worksheet } from 'exceljs';

hostContract('ExcelHost on the fake Excel', async () => {
  const fake = new FakeExcel();
  const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
  return {
    host,
    fill: async (s, c) => fillOf(fake, s, c),
    note: async (s, c) => noteOf(fake, s, c),
    selection: async () => selectionOf(fake),
    userFill: async (s, c, colour) => userFill(fake, s, c, colour),
    userNote: async (s, c, text) => userNote(fake, s, c, text),
  };
});

hostContract('XlsxHost on a file', async () => {
  let host = XlsxHost.empty();
  // Every step saves and reloads, as the CLI does between commands.
  const reloaded = async () => (host = await XlsxHost.fromBytes(await host.toBytes()));
  const ws = (name: string): Worksheet => {
    const w = host.workbook.getWorksheet(name);
    if (!w) throw new Error(`no sheet ${name}`);
    return w;
  };
  const proxy: import('../../src/workbook/host').Host = {
    read: async (r) => (await reloaded()).read(r),
    applySpec: async (s) => {
      const rep = await host.applySpec(s);
      await reloaded();
      return rep;
    },
    markFindings: async (m) => {
      await host.markFindings(m);
      await reloaded();
    },
    clearFindings: async () => {
      await host.clearFindings();
      await reloaded();
    },
    select: async (s, c) => {
      await host.select(s, c);
      await reloaded();
    },
  };
  return {
    host: proxy,
    fill: async (s, c) => {
      const fill = ws(s).getCell(c).style.fill;
      if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
      const argb = fill.fgColor?.argb;
      return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
    },
    note: async (s, c) => {
      const n = ws(s).getCell(c).note as unknown;
      if (!n) return null;
      if (typeof n === 'string') return n;
      const texts = (n as { texts?: Array<{ text?: string }> }).texts;
      return texts ? texts.map((t) => t.text ?? '').join('') : null;
    },
    selection: async () => {
      const i = host.workbook.views?.[0]?.activeTab ?? 0;
      const w = host.workbook.worksheets[i];
      const cell = (w?.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
      return w && cell ? { sheet: w.name, cell } : null;
    },
    userFill: async (s, c, colour) => {
      const cell = ws(s).getCell(c);
      cell.style = {
        ...cell.style,
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.slice(1)}` } },
      };
      await reloaded();
    },
    userNote: async (s, c, text) => {
      ws(s).getCell(c).note = text;
      await reloaded();
    },
  };
});
