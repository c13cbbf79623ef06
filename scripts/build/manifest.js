// The manifest for a deployment: every URL of manifest.xml (written for https://localhost:3000/, the
// dev server) moved to the address the add-in is served from (npm run build -- --env url=...).
const DEV_BASE = 'https://localhost:3000/';

/** The deployment's base URL, https and ending in "/", or a plain error naming what is wrong. */
function normalizeBase(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--env url=${url}: 不是网址 / not a URL (例如 / e.g. https://zb.example.org/addin/)`);
  }
  if (u.protocol !== 'https:')
    throw new Error(`--env url=${url}: Office 只加载 https 地址 / Office loads add-ins over https only`);
  if (u.search || u.hash) throw new Error(`--env url=${url}: 不能带 ? 或 # / no query or fragment`);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return u.href;
}

/** manifest.xml with every dev-server URL replaced by `base`, and the AppDomain by its origin. */
function manifestFor(xml, base) {
  const b = normalizeBase(base);
  const origin = new URL(b).origin;
  const out = xml
    .split(`<AppDomain>${new URL(DEV_BASE).origin}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE)
    .join(b);
  // Anything still naming the dev server is a URL this function does not know how to move.
  if (b !== DEV_BASE && out.includes('localhost:3000'))
    throw new Error('manifest.xml 中仍有 localhost:3000 / manifest.xml still names localhost:3000');
  return out;
}

/** Every URL in a manifest: attribute values that are URLs, and the AppDomain entries. */
function manifestUrls(xml) {
  return [
    ...[...xml.matchAll(/\s(?:Default)?Value="([a-z]+:\/\/[^"]*)"/gi)].map((m) => m[1]),
    ...[...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]),
  ];
}

module.exports = { DEV_BASE, normalizeBase, manifestFor, manifestUrls };
