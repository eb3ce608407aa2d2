import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

// Drivers with the country the timing gives each ("Carlos Sainz:es").
const rosterOf = (...drivers: string[]): Roster =>
  drivers.map((written) => {
    const [name, nationality] = written.split(':');
    return { id: name, name, kind: 'driver', nationality };
  });

describe('subjects, round 10', () => {
  it('reads a nationality as the driver named before by first name and surname both, as one driver', () => {
    const roster = rosterOf('Carlos Sainz:es', 'Charles Leclerc:mc', 'Max Verstappen:nl');
    const text = 'Charles and Carlos head out early, Leclerc on top ahead of Sainz. Both find time on the second run, the Spaniard with a 1:31.882 and the Monegasque with a 1:32.004.';
    const laps = extractClaims(text, { roster }).filter((claim) => claim.kind === 'lap_time');
    expect(laps.map((claim) => claim.subjectRosterId)).toEqual(['Carlos Sainz', 'Charles Leclerc']);
  });
});
