// The manifest for a deployment (npm run build -- --env url=https://host/path/): every URL moved to
// the office's own server, schema-valid, no localhost left; bad addresses refused in plain words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, schemaErrors } from '../../scripts/validate';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor, manifestUrls, normalizeBase } = require('../../scripts/build/manifest.js');

const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('the manifest for a deployment', () => {
  const deployed: string = manifestFor(source, 'https://zb.example.org/addin/');

  it('is valid against the schemas', async () => {
    expect(await schemaErrors(deployed)).toEqual([]);
  });

  it('points every URL at the server, with the pane, icons, help page and app domain', () => {
    expect(deployed).not.toMatch(/localhost/);
    const urls: string[] = manifestUrls(deployed);
    expect(urls.length).toBe(manifestUrls(source).length);
    expect(urls.filter((u: string) => !u.startsWith('https://zb.example.org'))).toEqual([]);
    expect(deployed).toContain('<AppDomain>https://zb.example.org</AppDomain>');
    expect(deployed).toContain('<SourceLocation DefaultValue="https://zb.example.org/addin/taskpane.html" />');
    expect(deployed).toContain(
      '<bt:Url id="Taskpane.Url" DefaultValue="https://zb.example.org/addin/taskpane.html" />',
    );
    expect(deployed).toContain('<IconUrl DefaultValue="https://zb.example.org/addin/assets/icon-32.png" />');
    expect(deployed).toContain('<SupportUrl DefaultValue="https://zb.example.org/addin/help.html" />');
  });

  it('changes nothing else', () => {
    const back = deployed
      .split('https://zb.example.org/addin/')
      .join('https://localhost:3000/')
      .replace('<AppDomain>https://zb.example.org</AppDomain>', '<AppDomain>https://localhost:3000</AppDomain>');
    expect(back).toBe(source);
  });

  it('takes an address without the final slash, and a server root', () => {
    expect(normalizeBase('https://zb.example.org/addin')).toBe('https://zb.example.org/addin/');
    expect(manifestFor(source, 'https://10.1.2.3:8443')).toContain(
      '<SourceLocation DefaultValue="https://10.1.2.3:8443/taskpane.html" />',
    );
    expect(manifestFor(source, 'https://10.1.2.3:8443')).toContain('<AppDomain>https://10.1.2.3:8443</AppDomain>');
  });

  it('refuses an http address or something that is not a URL, saying why', () => {
    expect(() => manifestFor(source, 'http://zb.example.org/addin/')).toThrow(/Office 只加载 https 地址/);
    expect(() => manifestFor(source, 'zb.example.org')).toThrow(/不是网址 \/ not a URL/);
    expect(() => manifestFor(source, 'https://zb.example.org/?a=1')).toThrow(/no query/);
  });
});
