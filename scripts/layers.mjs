// Prints, for each folder of src/, the other folders its files import from (src/README.md's table).
// Usage: node scripts/layers.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = join(dirname(new URL(import.meta.url).pathname), '..', 'src');

/** The layer of a path under src/ (a file, or a folder an import names): its top folder, or hosts/<name>. */
function layer(rel) {
  if (rel.startsWith('..')) return '(outside src)';
  const parts = rel.split('/');
  const hostFolder = parts[0] === 'hosts' && parts.length > 1 && isFolder(join(SRC, 'hosts', parts[1]));
  return hostFolder ? `hosts/${parts[1]}` : parts[0];
}

function isFolder(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.tsx?$/.test(name)) yield p;
  }
}

const edges = new Map();
for (const file of files(SRC)) {
  const from = layer(relative(SRC, file));
  for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
    const to = layer(relative(SRC, normalize(join(dirname(file), m[1]))));
    if (to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
  }
}
for (const [from, to] of [...edges].sort()) console.log(`${from} -> ${[...to].sort().join(', ')}`);
