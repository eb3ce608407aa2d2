import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { french } from '../../../src/domain/claims/languages/french';
import type { Roster } from '../../../src/domain/names';

// Drivers with the country the timing gives each ("Max Verstappen:nl").
const rosterOf = (...drivers: string[]): Roster =>
  drivers.map((written) => {
    const [name, nationality] = written.split(':');
    return nationality ? { id: name, name, kind: 'driver', nationality } : { id: name, name, kind: 'driver' };
  });

const lapOf = (text: string, roster: Roster) => extractClaims(text, { roster }).find((claim) => claim.kind === 'lap_time');

describe('a driver called by nationality, read from the timing', () => {
  it('reads "the Dutchman" as the Dutch driver named before, not the last one named', () => {
    const roster = rosterOf('Max Verstappen:nl', 'Lewis Hamilton:gb');
    const text = 'Max Verstappen finished ahead of Lewis Hamilton, and the Dutchman also set the fastest lap with a 1:31.447.';
    expect(lapOf(text, roster)).toMatchObject({ subject: 'Max Verstappen' });
  });

  it('looks back past the sentence before to the nearest driver of that nationality', () => {
    const roster = rosterOf('Valtteri Bottas:fi', 'Lewis Hamilton:gb', 'Charles Leclerc:mc');
    const text = 'Valtteri Bottas made the better start. Lewis Hamilton and Charles Leclerc fought over second. The Finn lapped in 1:32.656 on lap 40.';
    expect(lapOf(text, roster)?.subject).toBe('Valtteri Bottas');
  });

  it('leaves the subject open when two drivers named before share the nationality', () => {
    const roster = rosterOf('Lewis Hamilton:gb', 'Lando Norris:gb', 'Oscar Piastri:au');
    const text = 'Lewis Hamilton edged Lando Norris in the opening stint. The Briton then lapped in 1:30.902 before pitting.';
    expect(lapOf(text, roster)).toMatchObject({ subject: null, subjectSure: false });
  });

  it('leaves the subject open when no driver named before has that nationality', () => {
    const roster = rosterOf('Lewis Hamilton:gb', 'Charles Leclerc:mc');
    const text = 'Lewis Hamilton beat Charles Leclerc off the line. The Finn lapped in 1:32.111 behind them.';
    expect(lapOf(text, roster)).toMatchObject({ subject: null });
  });

  it('takes the one the text introduces by nationality over a licence the timing gives otherwise', () => {
    const roster = rosterOf('Tom Blomqvist:mc', 'Filipe Albuquerque:pt');
    const introduced = 'Briton Tom Blomqvist set the pace early. Filipe Albuquerque closed in later, but the Briton held on with a 1:35.210.';
    expect(lapOf(introduced, roster)?.subject).toBe('Tom Blomqvist');
    const unintroduced = 'Tom Blomqvist set the pace early. Filipe Albuquerque closed in later, but the Briton held on with a 1:35.210.';
    expect(lapOf(unintroduced, roster)?.subject).toBeNull();
  });

  it('reads a French epithet by the timing too ("le Néerlandais")', () => {
    const roster = rosterOf('Max Verstappen:nl', 'Charles Leclerc:mc');
    const text = "Max Verstappen a devancé Charles Leclerc au départ. Le Néerlandais a signé le meilleur tour en 1'31\"447.";
    expect(extractClaims(text, { roster, language: french }).find((claim) => claim.kind === 'lap_time')?.subject).toBe('Max Verstappen');
  });

  it('reads a gap against "the Dutchman" as measured against the Dutch driver named before', () => {
    const roster = rosterOf('Max Verstappen:nl', 'Charles Leclerc:mc', 'Carlos Sainz:es');
    const text = 'Max Verstappen took pole. Charles Leclerc was second, 0.214s behind the Dutchman, with Carlos Sainz third.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Charles Leclerc', reference: 'Max Verstappen' });
  });

  it('keeps the old reading when the timing gives no nationalities', () => {
    const text = 'Perez beat Kevin Magnussen’s Haas to the flag but the Dane was handed a penalty and dropped to ninth.';
    const placeOf = (roster: Roster) => extractClaims(text, { roster }).find((claim) => claim.kind === 'position')?.subject;
    expect(placeOf(rosterOf('Sergio Perez', 'Kevin Magnussen'))).toBe('Kevin Magnussen');
    expect(placeOf(rosterOf('Sergio Perez:mx', 'Kevin Magnussen:dk'))).toBe('Kevin Magnussen');
  });

  it('does not read "the Canadian crew of" a team as a driver called by nationality', () => {
    const roster = rosterOf('Jordan Taylor:us', 'Laurens Vanthoor:be');
    const text = 'Jordan Taylor took the win. The Canadian crew of Apex Racing worked hard all race to finish second.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'position')?.subject).not.toBeNull();
  });
});
