#!/usr/bin/env node
// The racedesk CLI runs its TypeScript sources through tsx, so it works in a fresh clone after `npm install`.
import { register } from 'tsx/esm/api';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

register();
const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli', 'index.ts');
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv);
