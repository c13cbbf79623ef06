// npm run validate: manifest.xml against the Office add-in manifest schemas in schemas/manifest-xsd
// (offline) and the checks the schemas cannot make: every resid defined once, every URL https, the
// names in zh-CN and en-US, the icons present at their sizes, the pane's minimum requirement.
// Exit 0 when valid; 1 with each problem on its own line.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { PANE_MINIMUM_SET } from '../src/hosts/excel/requirements';

export const ROOT = resolve(__dirname, '..');
export const XSD_DIR = join(ROOT, 'schemas', 'manifest-xsd');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';

/** Every attribute value of `attr` on elements named `tag` (namespace prefix ignored). */
export function attrs(xml: string, tag: string, attr: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?\\s${attr}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]);
}

/** The schema's complaints about the manifest, as xmllint words them (line numbers included). */
export async function schemaErrors(xml: string): Promise<string[]> {
  const xsd = (name: string) => ({ fileName: name, contents: readFileSync(join(XSD_DIR, name), 'utf8') });
  const preload = readdirSync(XSD_DIR)
    .filter((f) => f.endsWith('.xsd') && f !== MAIN_XSD)
    .map(xsd);
  const r = await validateXML({ xml: [{ fileName: 'manifest.xml', contents: xml }], schema: [xsd(MAIN_XSD)], preload });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

function pngSize(file: string): { width: number; height: number } | null {
  const b = readFileSync(file);
  if (b.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || b.subarray(12, 16).toString('ascii') !== 'IHDR')
    return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** The repo file webpack serves at a URL (https://localhost:3000/assets/x.png -> assets/x.png). */
export function localFileOf(url: string, root = ROOT): string {
  return join(root, new URL(url).pathname.replace(/^\//, ''));
}

/** What the schemas cannot see: each problem names the element, id, URL or file. */
export function ownProblems(xml: string, root = ROOT): string[] {
  const out: string[] = [];
  if (!/xsi:type="TaskPaneApp"/.test(xml)) out.push('not a task pane add-in (OfficeApp xsi:type="TaskPaneApp")');
  const hosts = attrs(xml, 'Host', 'Name');
  if (hosts.join() !== 'Workbook') out.push(`Hosts must be Workbook only, found: ${hosts.join(', ') || 'none'}`);
  const sets = attrs(xml, 'Set', 'Name');
  const versions = attrs(xml, 'Set', 'MinVersion');
  if (sets.join() !== 'ExcelApi' || versions.join() !== PANE_MINIMUM_SET.version)
    out.push(
      `the only requirement must be ExcelApi ${PANE_MINIMUM_SET.version} (src/hosts/excel/requirements.ts), found: ${sets.map((s, i) => `${s} ${versions[i] ?? ''}`).join(', ') || 'none'}`,
    );

  const used = new Set(attrs(xml, '\\w+', 'resid'));
  const defined = [...attrs(xml, 'Image', 'id'), ...attrs(xml, 'Url', 'id'), ...attrs(xml, 'String', 'id')];
  for (const id of used) if (!defined.includes(id)) out.push(`resid "${id}" is used but not defined`);
  defined.forEach((id, i) => {
    if (defined.indexOf(id) !== i) out.push(`resource id "${id}" is defined twice`);
    if (id.length > 32) out.push(`resource id "${id}" is longer than 32 characters`);
  });

  const urls = [
    ...attrs(xml, '\\w+', 'DefaultValue').filter((v) => /^[a-z]+:\/\//i.test(v)),
    ...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
  ];
  for (const u of urls) if (!u.startsWith('https://')) out.push(`URL is not https: ${u}`);

  if (!/<DefaultLocale>zh-CN<\/DefaultLocale>/.test(xml)) out.push('DefaultLocale must be zh-CN');
  const localised = [
    ...xml.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="([^"]*)"[^/]*?>([\s\S]*?)<\/\1>/g),
  ];
  const plain = [...xml.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="([^"]*)"\s*\/>/g)];
  for (const [, tag, zh] of plain) out.push(`${tag} "${zh}" has no en-US override`);
  for (const [, tag, zh, body] of localised) {
    if (!/[\u4e00-\u9fff]/.test(zh)) out.push(`${tag} "${zh}": the default (zh-CN) text is not Chinese`);
    if (!/Override Locale="en-US" Value="[A-Za-z]/.test(body)) out.push(`${tag} "${zh}" has no en-US override`);
  }

  const images: Array<{ url: string; size: number }> = [];
  for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\1" DefaultValue="([^"]+)"/g))
    images.push({ size: Number(m[1]), url: m[2] });
  const icon = attrs(xml, 'IconUrl', 'DefaultValue')[0];
  const hi = attrs(xml, 'HighResolutionIconUrl', 'DefaultValue')[0];
  if (icon) images.push({ size: 32, url: icon });
  if (hi) images.push({ size: 64, url: hi });
  for (const { url, size } of images) {
    if (!url.startsWith('https://')) continue; // said above
    const file = localFileOf(url, root);
    if (!existsSync(file)) {
      out.push(`icon ${url}: no file ${file}`);
      continue;
    }
    const got = pngSize(file);
    if (!got) out.push(`icon ${url}: ${file} is not a PNG`);
    else if (got.width !== size || got.height !== size)
      out.push(`icon ${url}: ${got.width}×${got.height}, the manifest says ${size}×${size}`);
  }
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g))
    if (m[2] !== `Icon.${m[1]}x${m[1]}`) out.push(`ribbon image size ${m[1]} names resource ${m[2]}`);
  return out;
}

/** Every problem with the manifest: the schema's first, then ours. */
export async function validateManifest(xml: string, root = ROOT): Promise<string[]> {
  return [...(await schemaErrors(xml)), ...ownProblems(xml, root)];
}

async function main(): Promise<number> {
  const file = join(ROOT, 'manifest.xml');
  const problems = await validateManifest(readFileSync(file, 'utf8'));
  if (problems.length) {
    process.stderr.write(`manifest.xml 有 ${problems.length} 处问题 / ${problems.length} problems:\n`);
    for (const p of problems) process.stderr.write(`  - ${p}\n`);
    return 1;
  }
  process.stdout.write('manifest.xml 有效 / valid (schemas/manifest-xsd and own checks)\n');
  return 0;
}

if (require.main === module) main().then((code) => (process.exitCode = code));
