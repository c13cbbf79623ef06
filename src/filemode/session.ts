// File mode's state: the open .xlsx workbook (the xlsx host on ExcelJS, in the browser), its name,
// and what changed since it was last saved. The pane runs on it through the same PaneServices as in
// Excel (createPaneServices: the shared actions on a Host); every action that changes the workbook
// leaves a file to save, named after what was done.
import type { Plan } from '../plan/types';
import { officesSorted } from '../plan/owners';
import type { Host } from '../workbook/host';
import { XlsxHost } from '../hosts/xlsx/host';
import { generate } from '../actions';
import { createPaneServices } from '../taskpane/services';
import type { PaneServices, TemplateOptions } from '../taskpane/services';
import { download, type FileModeApi, type SavedFile } from '../taskpane/fileMode';
import type { FileDict } from '../taskpane/fileWords';

export type Change = keyof FileDict['changed'];

export interface SessionState {
  /** The workbook's file name (as opened or last saved); null for a new workbook never saved. */
  name: string | null;
  /** What changed since the last save, and the name the save will suggest. */
  pending: { change: Change; saveName: string } | null;
  /** Bumped on each open or new workbook: the pane starts afresh on it. */
  generation: number;
  /** The last file handed to the browser, for the status line. */
  lastSaved: string | null;
}

const ACTION_SUFFIX = /-(审核|汇总|汇集)\d{1,2}月$/;

/** A file name without .xlsx and without the suffix an earlier action's save added. */
export function baseName(name: string): string {
  return name.replace(/\.xlsx$/i, '').replace(ACTION_SUFFIX, '');
}

/** The name a new year's templates get: 信丰县小江镇2023年指标模板. */
export function templatesName(plan: Plan, year: number): string {
  return `${plan.unitName}${year}年指标模板`;
}

/** The name one office's workbook gets: 信丰县小江镇2023年指标模板-镇农业农村办.xlsx. */
export function unitFileName(plan: Plan, year: number, unit: string): string {
  return `${templatesName(plan, year)}-${unit.replace(/[\\/:*?"<>|]/g, '_')}.xlsx`;
}

/** The responsible offices of a plan, in Chinese collation (as the 模板 view lists them). */
export const unitsOf = officesSorted;

export class FileSession {
  private workbook: XlsxHost = XlsxHost.empty();
  private state: SessionState = { name: null, pending: null, generation: 0, lastSaved: null };
  private readonly listeners = new Set<() => void>();

  /** The Host the pane works on: always the workbook open now. */
  readonly host: Host;

  constructor(private readonly save: (file: SavedFile) => void = (f) => download(f)) {
    // Every Host method, optional ones included (writeCells, setCachedResults…), goes to the
    // workbook open at the time of the call.
    this.host = new Proxy({} as Host, {
      get: (_, key) => {
        const v = (this.workbook as unknown as Record<PropertyKey, unknown>)[key];
        return typeof v === 'function' ? v.bind(this.workbook) : v;
      },
      has: (_, key) => key in this.workbook,
    });
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  private set(next: Partial<SessionState>): void {
    this.state = { ...this.state, ...next };
    for (const l of this.listeners) l();
  }

  /** Opens a workbook the user chose; the bytes are read here, never sent anywhere. */
  async open(name: string, bytes: ArrayBuffer | Uint8Array): Promise<void> {
    this.workbook = await XlsxHost.fromBytes(bytes);
    this.set({ name, pending: null, generation: this.state.generation + 1, lastSaved: null });
  }

  /** Starts from a blank workbook (then a plan, then generate). */
  startNew(): void {
    this.workbook = XlsxHost.empty();
    this.set({ name: null, pending: null, generation: this.state.generation + 1, lastSaved: null });
  }

  /** The open workbook as a file, under the name its last change suggests. */
  async currentFile(): Promise<SavedFile> {
    const name = this.state.pending?.saveName ?? this.state.name ?? '指标模板.xlsx';
    return { name, bytes: await this.workbook.toBytes() };
  }

  /** Saves the open workbook; the saved name becomes its name. */
  async saveCurrent(): Promise<SavedFile> {
    const file = await this.currentFile();
    this.save(file);
    this.set({ name: file.name, pending: null, lastSaved: file.name });
    return file;
  }

  private changed(change: Change, suffix = '', plan?: Plan, year?: number): void {
    const base = this.state.name ? baseName(this.state.name) : plan && year ? templatesName(plan, year) : '指标模板';
    this.set({ pending: { change, saveName: `${base}${suffix}.xlsx` } });
  }

  /** The pane's services on the open workbook, noting after each change what there is to save. */
  services(): PaneServices {
    const s = createPaneServices(this.host);
    return {
      ...s,
      writePlan: async (plan) => {
        await s.writePlan(plan);
        this.changed('plan', '', plan, plan.year);
      },
      generate: async (plan, options) => {
        const r = await s.generate(plan, options);
        this.changed('generate', '', plan, options.year);
        return r;
      },
      check: async (month) => {
        const r = await s.check(month);
        this.changed('check', `-审核${month}月`);
        return r;
      },
      clearFindings: async () => {
        await s.clearFindings();
        this.changed('clear');
      },
      fillSummary: async (month) => {
        const r = await s.fillSummary(month);
        this.changed('summary', `-汇总${month}月`);
        return r;
      },
      // The 通报 fills 汇总 as well: the workbook has changed too.
      reportDocx: async (month, date) => {
        const r = await s.reportDocx(month, date);
        this.changed('summary', `-汇总${month}月`);
        return r;
      },
      collect: async (files, month) => {
        const r = await s.collect(files, month);
        if (r.written > 0) this.changed('collect', `-汇集${month}月`);
        return r;
      },
      saveSettings: async (plan, settings) => {
        const r = await s.saveSettings(plan, settings);
        if (r.stored) this.changed('settings');
        return r;
      },
    };
  }

  /** What the views may ask of file mode. */
  readonly api: FileModeApi = {
    unitWorkbooks: async (plan: Plan, options: TemplateOptions): Promise<SavedFile[]> => {
      const year = options.year;
      const units = options.unit ? [options.unit] : unitsOf(plan);
      const files: SavedFile[] = [];
      for (const unit of units) {
        // The same action as `generate --unit`, on a blank workbook of the office's own.
        const host = XlsxHost.empty();
        await generate(host, { plan, year, months: options.months, unit });
        files.push({ name: unitFileName(plan, year, unit), bytes: await host.toBytes() });
      }
      return files;
    },
    save: (file: SavedFile) => {
      this.save(file);
      this.set({ lastSaved: file.name });
    },
  };
}
