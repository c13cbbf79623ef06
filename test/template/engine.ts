// HyperFormula (GPL, tests only) as an in-process spreadsheet engine: load a spec's sheets with
// their formulas and recalculate them.
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import type { CellValue, WorkbookSpec } from '../../src/workbook/spec';
import { round } from '../../src/progress';
import { specSnapshot } from '../support/specSnapshot';

// HyperFormula's ROUND rounds the binary value (ROUND(24.95-20,1) = 4.9); Excel and LibreOffice
// round the decimal value a user sees (5.0), as src/progress/round does. Replace it so the engine
// checks the formulas' structure; LibreOffice's test checks the rounding itself.
class SpreadsheetRound extends FunctionPlugin {
  static implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };
  // HyperFormula does not export its AST and state types; `never` accepts them as they are passed on.
  round(ast: { args: never[] }, state: never) {
    return this.runFunction(ast.args, state, this.metadata('ROUND'), (x: number, digits: number) => round(x, digits));
  }
}
HyperFormula.unregisterFunction('ROUND');
HyperFormula.registerFunction('ROUND', SpreadsheetRound);

// HyperFormula turns the empty string into 0 in arithmetic (""/5 = 0); Excel and LibreOffice give
// #VALUE! (Microsoft Support, "How to correct a #VALUE! error": math on text), which the template's
// IFERROR(G/E,"") relies on to leave 完成% blank while 累计 is. Its coercion is not configurable, so
// the helper every instance shares is patched, once, through an instance.
{
  type Coerce = (this: unknown, arg: unknown) => unknown;
  const probe = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' }) as unknown as {
    _evaluator: { interpreter: { arithmeticHelper: object } };
  };
  const helper = Object.getPrototypeOf(probe._evaluator.interpreter.arithmeticHelper) as {
    coerceNonDateScalarToMaybeNumber: Coerce;
  };
  const coerce = helper.coerceNonDateScalarToMaybeNumber;
  helper.coerceNonDateScalarToMaybeNumber = function (arg) {
    return arg === '' ? undefined : coerce.call(this, arg);
  };
}

export interface Engine {
  hf: HyperFormula;
  value(sheet: string, row: number, col: number): CellValue | { error: string };
  /** Evaluate a formula ("=...") in a scratch cell. */
  evaluate(formula: string): CellValue | { error: string };
}

function plain(v: unknown): CellValue | { error: string } {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return { error: String((v as { value?: unknown }).value ?? v) };
}

export function loadSpec(spec: WorkbookSpec): Engine {
  const snap = specSnapshot(spec);
  const sheets: Record<string, unknown[][]> = {};
  for (const s of snap.sheets) {
    sheets[s.name] = s.values.map((row, r) =>
      row.map((v, c) => {
        const f = s.formulas[r][c];
        if (f) return f;
        // A text value that looks like a formula stays text.
        if (typeof v === 'string' && /^[=']/.test(v)) return `'${v}`;
        return v;
      }),
    );
  }
  sheets['__scratch'] = [[null]];
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: 'gpl-v3', smartRounding: false });
  const scratch = hf.getSheetId('__scratch') as number;
  return {
    hf,
    value(sheet, row, col) {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`no sheet ${sheet}`);
      return plain(hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 }));
    },
    evaluate(formula) {
      hf.setCellContents({ sheet: scratch, row: 0, col: 0 }, [[formula]]);
      return plain(hf.getCellValue({ sheet: scratch, row: 0, col: 0 }));
    },
  };
}
