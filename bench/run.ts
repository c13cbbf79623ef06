// npm run bench [-- --json]: runs every bench/*.bench.ts and prints its figures.
// Each bench module exports `title` and `run(): Promise<Record<string, unknown>>`.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

interface BenchModule {
  title: string;
  run(): Promise<Record<string, unknown>>;
}

async function main() {
  const json = process.argv.includes('--json');
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const out: Record<string, unknown> = {};
  for (const f of files) {
    const key = f.replace(/\.bench\.ts$/, '');
    if (only.length && !only.includes(key)) continue;
    const mod = (await import(join(__dirname, f))) as BenchModule;
    if (!json) process.stdout.write(`\n== ${mod.title}\n`);
    const result = await mod.run();
    out[key] = result;
    if (!json)
      for (const [k, v] of Object.entries(result))
        process.stdout.write(`  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}\n`);
  }
  if (json) process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
