// Formula text compared as a spreadsheet reads it. LibreOffice and WPS save the template's formulas
// in their own spelling: 'INDEX(1月!G:G,…)' for INDEX('1月'!G:G,…) (quotes only where a sheet name
// needs them), and may change case, `$` or spacing; the formula is the same. One normaliser for every
// place that asks whether a workbook still holds the template's formula.

/**
 * The formula's text with what does not change its meaning taken out: the leading "=", quotes
 * around sheet names, `$`, whitespace, case and the "_xlfn." prefix of newer functions. String
 * literals ("待核实") are kept exactly.
 */
export function formulaKey(formula: string): string {
  const f = formula.trim().replace(/^=/, '');
  let out = '';
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') {
      // A string literal, "" inside it being one quote.
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j;
    } else if (ch === "'") {
      // A quoted sheet name, '' inside it being one quote.
      let j = i + 1;
      let name = '';
      while (j < f.length && !(f[j] === "'" && f[j + 1] !== "'")) {
        name += f[j];
        j += f[j] === "'" ? 2 : 1;
      }
      out += name.toUpperCase();
      i = j;
    } else if (ch !== '$' && !/\s/.test(ch)) {
      out += ch.toUpperCase();
    }
  }
  return out.replace(/_XLFN\./g, '');
}

/** Whether two formula texts are the same formula (see formulaKey); a missing formula matches none. */
export function sameFormula(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return a === b || formulaKey(a) === formulaKey(b);
}
