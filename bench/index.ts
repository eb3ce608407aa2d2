import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchLine } from './bench-line';

// Every bench/*.bench.ts is one area's benchmark; run them one after another so they do not share the 2 cores.
const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.startsWith(only))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<BenchLine[]> };
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  for (const line of await module.run()) {
    const value = Number.isInteger(line.value) ? String(line.value) : line.value.toFixed(3);
    console.log(`${line.name.padEnd(60)} ${value.padStart(12)} ${line.unit}${line.note ? `  (${line.note})` : ''}`);
  }
}
