// The add-in manifest: valid against Microsoft's XML manifest schemas (read offline from
// ../shared/manifest-xsd), every resid defined, every URL https, every icon present at its size.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { MINIMUM_SET } from '../../src/hosts/excel/requirements';

const ROOT = resolve(__dirname, '../..');
const XSD_DIR = resolve(ROOT, '../shared/manifest-xsd');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

/** Every attribute value of `attr` on elements named `tag` (namespace prefix ignored). */
function attrs(xml: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  const sig = b.subarray(0, 8).toString('hex');
  if (sig !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  if (b.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${file}: no IHDR chunk first`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Maps a served URL (https://localhost:3000/assets/x.png) to the repo file webpack copies there. */
function localFileOf(url: string): string {
  const path = new URL(url).pathname.replace(/^\//, '');
  return join(ROOT, path);
}

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest schemas', async () => {
    if (!existsSync(XSD_DIR)) {
      throw new Error(
        `找不到清单架构文件夹 / the manifest schema folder is missing: ${XSD_DIR}\n` +
          'The test reads the XSDs from ../shared/manifest-xsd relative to the repo root (see that folder’s README).',
      );
    }
    const xsd = (name: string) => ({ fileName: name, contents: readFileSync(join(XSD_DIR, name), 'utf8') });
    const main = xsd('OfficeAppManifestV1_1.xsd');
    const deps = readdirSync(XSD_DIR)
      .filter((f) => f.endsWith('.xsd') && f !== main.fileName)
      .map(xsd);
    const result = await validateXML({
      xml: [{ fileName: 'manifest.xml', contents: manifest }],
      schema: [main],
      preload: deps,
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // ExcelApi 1.4 is the Excel host's minimum (src/hosts/excel/requirements.ts: OrNullObject getters,
  // used ranges, names, settings); everything newer is checked at run time and degrades.
  it('is an Excel task pane with ReadWriteDocument and the Excel host minimum as its only requirement', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(attrs(manifest, 'Host', 'Name')).toEqual(['Workbook']);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(attrs(manifest, 'Set', 'Name')).toEqual(['ExcelApi']);
    expect(attrs(manifest, 'Set', 'MinVersion')).toEqual([MINIMUM_SET.version]);
    expect(attrs(manifest, 'SourceLocation', 'DefaultValue')).toEqual(['https://localhost:3000/taskpane.html']);
  });

  it('puts a button on the Home tab that opens the task pane', () => {
    expect(attrs(manifest, 'OfficeTab', 'id')).toEqual(['TabHome']);
    expect(manifest).toMatch(/<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/);
    const paneResid = manifest.match(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/)?.[1];
    expect(paneResid).toBe('Taskpane.Url');
    expect(attrs(manifest, 'Url', 'DefaultValue')).toContain('https://localhost:3000/taskpane.html');
  });

  it('defines every resid it uses, each once', () => {
    const used = new Set(attrs(manifest, '\\w+', 'resid'));
    const defined = [
      ...attrs(manifest, 'Image', 'id'),
      ...attrs(manifest, 'Url', 'id'),
      ...attrs(manifest, 'String', 'id'),
    ];
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id, i) => defined.indexOf(id) !== i)).toEqual([]);
    // Resource ids are at most 32 characters (Office rejects longer ones).
    expect(defined.filter((id) => id.length > 32)).toEqual([]);
  });

  it('uses https for every URL', () => {
    const urls = [
      ...attrs(manifest, '\\w+', 'DefaultValue').filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...[...manifest.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
    ];
    expect(urls.length).toBeGreaterThanOrEqual(7);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('has strings in zh-CN (default) and en-US (overrides) for every name and label', () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    const localised = [
      ...manifest.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="([^"]*)"[^/]*?>([\s\S]*?)<\/\1>/g),
    ];
    expect(localised.length).toBe(5);
    for (const [, , zh, body] of localised) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(body).toMatch(/Override Locale="en-US" Value="[A-Za-z]/);
    }
  });

  it('names icon files that exist at the stated sizes', () => {
    const images: Array<{ url: string; size: number }> = [];
    for (const m of manifest.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g))
      images.push({ size: Number(m[1]), url: m[2] });
    const icon = attrs(manifest, 'IconUrl', 'DefaultValue')[0];
    const hi = attrs(manifest, 'HighResolutionIconUrl', 'DefaultValue')[0];
    images.push({ size: 32, url: icon }, { size: 64, url: hi });
    expect(images.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 32, 64, 80]);
    for (const { url, size } of images) {
      const file = localFileOf(url);
      expect({ url, exists: existsSync(file) }).toEqual({ url, exists: true });
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
    // Every ribbon image reference names a size that matches its resource.
    for (const m of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g))
      expect(m[2]).toBe(`Icon.${m[1]}x${m[1]}`);
  });
});
