/**
 * `npm run fuzz [factor]`: the property tests with a fresh random seed and `factor` times their runs (default 20).
 * `npm test` keeps one fixed seed so CI is repeatable; this is where new counterexamples are looked for. fast-check
 * prints the seed and the shrunk case of any failure: add it to the test as a fixed regression case.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const factor = Number(process.argv[2] ?? 20);
if (!Number.isInteger(factor) || factor < 1) {
  console.error(`fuzz: factor must be a whole number of 1 or more, got "${process.argv[2]}"`);
  process.exit(2);
}

function* testFiles(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* testFiles(path);
    else if (entry.name.endsWith('.test.ts')) yield path;
  }
}

const propertyTests = [...testFiles('tests/unit')].filter((file) => /\bruns\(\d+\)/.test(readFileSync(file, 'utf8')));
console.log(`fuzz: ${propertyTests.length} files, ${factor}x runs, random seed`);
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout', '0', ...propertyTests], {
  stdio: 'inherit',
  env: { ...process.env, RACEDESK_FUZZ: String(factor) },
});
process.exit(result.status ?? 1);
