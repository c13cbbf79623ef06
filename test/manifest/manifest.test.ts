// The add-in manifest: valid against Microsoft's XML manifest schemas (schemas/manifest-xsd, in the
// repo), and the checks `npm run validate` makes beyond them, each shown to name what is wrong.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMUM_SET, PANE_MINIMUM_SET } from '../../src/hosts/excel/requirements';
import { attrs, ownProblems, ROOT, schemaErrors, validateManifest } from '../../scripts/validate';

const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  it('is valid: no schema error and no problem of our own', async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });

  it('npm run validate says so offline and exits 0', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    const r = spawnSync(tsx, [join(ROOT, 'scripts/validate.ts')], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('manifest.xml 有效 / valid (schemas/manifest-xsd and own checks)\n');
    expect(r.status).toBe(0);
  });

  // ExcelApi 1.1 (Excel 2016 and later) lets the pane start; below the Excel host's minimum
  // (MINIMUM_SET, ExcelApi 1.4: OrNullObject getters, used ranges, names, settings) it works on .xlsx
  // files (file mode); everything newer is checked at run time and degrades.
  it('is an Excel task pane with ReadWriteDocument that starts from ExcelApi 1.1', () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(attrs(manifest, 'Set', 'MinVersion')).toEqual([PANE_MINIMUM_SET.version]);
    expect(PANE_MINIMUM_SET.version).toBe('1.1');
    expect(Number(MINIMUM_SET.version)).toBeGreaterThan(Number(PANE_MINIMUM_SET.version));
    expect(attrs(manifest, 'SourceLocation', 'DefaultValue')).toEqual(['https://localhost:3000/taskpane.html']);
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    expect(attrs(manifest, 'OfficeTab', 'id')).toEqual(['TabHome']);
    expect(manifest).toMatch(/<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/);
    const paneResid = manifest.match(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/)?.[1];
    expect(paneResid).toBe('Taskpane.Url');
    expect(attrs(manifest, 'Url', 'DefaultValue')).toContain('https://localhost:3000/taskpane.html');
  });
});

describe('what validate finds in a broken manifest', () => {
  it('an element out of order: the schema names it', async () => {
    const swapped = manifest.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1');
    expect(swapped).not.toBe(manifest);
    const errors = await schemaErrors(swapped);
    expect(errors.join('\n')).toMatch(/ProviderName/);
  });

  it('a resid with no resource, an http URL, a missing en-US name, a wrong requirement', () => {
    const broken = manifest
      .replace('resid="Taskpane.Url"', 'resid="Taskpane.Missing"')
      .replace('https://localhost:3000/taskpane.html"', 'http://localhost:3000/taskpane.html"')
      .replace(/(<DisplayName\b[^>]*>)\s*<Override Locale="en-US" Value="[^"]*"\s*\/>\s*(<\/DisplayName>)/, '$1$2')
      .replace(
        `Name="ExcelApi" MinVersion="${PANE_MINIMUM_SET.version}"`,
        `Name="ExcelApi" MinVersion="${MINIMUM_SET.version}"`,
      );
    const problems = ownProblems(broken);
    expect(problems).toContain('resid "Taskpane.Missing" is used but not defined');
    expect(problems).toContain('URL is not https: http://localhost:3000/taskpane.html');
    expect(problems.some((p) => /^DisplayName ".*" has no en-US override$/.test(p))).toBe(true);
    expect(problems).toContain(
      `the only requirement must be ExcelApi ${PANE_MINIMUM_SET.version} (src/hosts/excel/requirements.ts), found: ExcelApi ${MINIMUM_SET.version}`,
    );
  });

  it('an icon at the wrong size or missing', () => {
    const icon = attrs(manifest, 'IconUrl', 'DefaultValue')[0];
    const hi = attrs(manifest, 'HighResolutionIconUrl', 'DefaultValue')[0];
    const wrong = manifest.replace(`<IconUrl DefaultValue="${icon}"`, `<IconUrl DefaultValue="${hi}"`);
    expect(ownProblems(wrong)).toContain(`icon ${hi}: 64×64, the manifest says 32×32`);
    const gone = manifest.replace(
      `<IconUrl DefaultValue="${icon}"`,
      '<IconUrl DefaultValue="https://localhost:3000/assets/none.png"',
    );
    expect(ownProblems(gone)).toContain(
      `icon https://localhost:3000/assets/none.png: no file ${join(ROOT, 'assets/none.png')}`,
    );
  });
});
