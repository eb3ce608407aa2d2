import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SEEDS = resolve(import.meta.dirname, '../../..', '../shared/seeds');

/** The raw text of one of the five real reports in ../shared/seeds. */
export function readSeed(fileName: string): string {
  return readFileSync(resolve(SEEDS, fileName), 'utf8');
}

/** The bytes of a seed, as an import receives them. */
export function seedBytes(fileName: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(SEEDS, fileName)));
}

/** Text with every kind of space folded to one plain space. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

export const SEED_FILES = [
  '000_7e644020b4a2f233.txt',
  '001_2aa36fd05cbfe5d2.txt',
  '002_0a3212d7f48ef562.txt',
  '003_d40ddc186b745cfd.txt',
  '004_1efd8eb26c86836d.txt',
] as const;
