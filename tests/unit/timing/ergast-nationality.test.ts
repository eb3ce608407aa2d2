import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSession } from '../../../src/domain/check/session-index';
import { extractClaims } from '../../../src/domain/claims';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { DATA, freshLibrary } from './shared-data';

const F1 = join(DATA, 'f1');
let folder: string;
let services: RacedeskServices;
beforeAll(async () => ({ folder, services } = await freshLibrary('racedesk-nationality-')));
afterAll(async () => rm(folder, { recursive: true, force: true }));

describe('nationalities from Ergast drivers.csv', () => {
  it('gives each driver of the 2024 Monaco race the country drivers.csv names, and reads an epithet by it', async () => {
    await services.timing.importPaths([F1], { race: '2024 Monaco' });
    const { roster } = indexSession(await services.timing.getStoredSession('f1-2024-monaco-grand-prix-race'));
    const nationalityOf = (name: string) => roster.find((entry) => entry.name === name)?.nationality;
    expect(nationalityOf('Charles Leclerc')).toBe('mc');
    expect(nationalityOf('Oscar Piastri')).toBe('au');
    expect(nationalityOf('Lando Norris')).toBe('gb');
    const text = 'Charles Leclerc led Oscar Piastri and Lando Norris home. The Australian had set a 1:14.401 early on.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'lap_time')?.subject).toBe('Oscar Piastri');
  });
});
