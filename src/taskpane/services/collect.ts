// 汇集: the offices' returned files read, merged into the month's sheet, and what came from where.
import type { Host } from '../../workbook/host';
import type { CollectOk, Conflict, Provenance, Refusal, ReturnInput, SourceCell, SourceProblem } from '../../collect';
import { showValue, showValueEn } from '../../collect/values';
import { readAsMasterLine } from '../../collect/words';
import type { Message } from '../../plan/message';
import { loadLater, loadReturnsReader } from './chunks';

/** A file the user picked, read into memory. */
export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
}

/** One input cell filled in the master, its value as shown, and the returns' cells it came from. */
export interface CollectTaken extends Pick<Provenance, 'code' | 'name' | 'field' | 'sheet' | 'cell' | 'status'> {
  /** The value as shown, in both languages. */
  value: Message;
  /** A correction: what the master held before, as shown; null for a new input. */
  previous: Message | null;
  from: Array<Pick<SourceCell, 'file' | 'sheet' | 'cell'>>;
}

export interface CollectConflict extends Pick<Conflict, 'kind' | 'code' | 'name' | 'message'> {
  /** The master's cell involved, to go to; null when the master has no such row. */
  sheet: string | null;
  cell: string | null;
}

type Said = 'file' | 'message';

export interface CollectOutcome extends Pick<
  CollectOk,
  'month' | 'sheet' | 'sources' | 'findings' | 'settled' | 'unheard'
> {
  /** The inputs written into the master (not those it already held): new ones and an office's corrections. */
  taken: CollectTaken[];
  conflicts: CollectConflict[];
  /** Files not collected, with why. */
  refused: Array<Pick<Refusal, Said>>;
  /** Problems met reading the accepted returns. */
  problems: Array<Pick<SourceProblem, Said>>;
  /** Input cells written into the workbook. */
  written: number;
  /**
   * Figures an office sent that read as what the master already holds, said so (报来“约250”，按 250;
   * 4200 sent in 亩 that is the master's 0.42万亩), one rule with the command line's lines.
   */
  readAs: Message[];
}

export interface CollectServices {
  /** Read the returned files, merge them into the month's sheet, write the new input cells. */
  collect(files: PickedFile[], month: number): Promise<CollectOutcome>;
}

function toCollectOutcome(r: CollectOk): CollectOutcome {
  const { month, sheet, sources, refused, problems, findings, settled, unheard } = r;
  return {
    month,
    sheet,
    settled,
    unheard,
    sources,
    refused,
    problems,
    findings,
    taken: r.provenance
      .filter((p) => p.status !== 'same-as-master')
      .map((p) => ({
        ...p,
        value: { zh: showValue(p.value), en: showValueEn(p.value) },
        previous:
          p.status === 'corrected' ? { zh: showValue(p.previous ?? null), en: showValueEn(p.previous ?? null) } : null,
      })),
    // The master's own cell (unit null) is the one to go to; a return's cell is in another file.
    conflicts: r.conflicts.map((c) => {
      const at = c.cells.find((x) => x.unit === null);
      return { ...c, sheet: at?.sheet ?? null, cell: at?.cell ?? null };
    }),
    written: r.writes.length,
    readAs: r.provenance.map(readAsMasterLine).filter((m): m is Message => m !== null),
  };
}

export function collectServices(host: Host): CollectServices {
  return {
    async collect(files, month) {
      const { readReturnFile } = await loadReturnsReader();
      const returns: ReturnInput[] = [];
      for (const f of files) returns.push(await readReturnFile(f.name, f.bytes));
      const { collect } = await loadLater();
      return toCollectOutcome(await collect(host, { month, returns }));
    },
  };
}
