import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { CheckContext } from '../../../src/domain/check';
import { chooseSession } from '../../../src/domain/check/session-choice';
import { NO_HINT } from './hints';
import { loadSessions, SHARED } from './timing-data';

// Read from halves J and K's wrong verdicts: figures the session's timing holds, read as a moment, another session
// or another year by words that tell of something else.

describe('the year of a WEC race', () => {
  let wec: CheckContext;
  beforeAll(async () => {
    const { sessions, tracks } = await loadSessions([join(SHARED, 'data/wec/fuji_6h.csv')]);
    // The lap analysis has no start time; a file of the corpus's year folders gets its year into the event id.
    const race = { ...sessions[0], eventId: 'wec-2025-fuji-6h' };
    wec = { sessions: [race], mainSessionId: race.id, tracks, roster: [] };
  }, 60_000);

  it('is read off its event id, so the year a report names finds its race', () => {
    expect(chooseSession({ ...NO_HINT, year: 2025 }, wec).session?.kind).toBe('race');
    expect(chooseSession({ ...NO_HINT, year: 2024 }, wec)).toMatchObject({ session: null, reason: expect.stringContaining('no 2024 race session') });
  });
});
