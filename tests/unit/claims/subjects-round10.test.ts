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

  it('reads a verb after ", but" with no subject of its own as the sentence opener\'s, not the one chased', () => {
    const claims = extractClaims('Lando Norris hounded Oscar Piastri over the closing laps, but came home second, only 0.688s adrift.');
    expect(claims.map((claim) => [claim.text, claim.subject])).toEqual([
      ['second', 'Lando Norris'],
      ['0.688s', 'Lando Norris'],
    ]);
  });

  it('reads the same in Portuguese, past an opening phrase ("Enquanto isso, … mas terminou")', () => {
    const gap = extractClaims('Enquanto isso, Antonio Giovinazzi pressionou Sébastien Buemi até a bandeirada, mas terminou em quarto, apenas 0s512 atrás.').find((claim) => claim.kind === 'gap');
    expect(gap?.subject).toBe('Antonio Giovinazzi');
  });

  it('leaves the verb to a pair, to a name opening its own clause, and to a nationality after the comma', () => {
    const pair = extractClaims('Valtteri Bottas and Zhou Guanyu trailed the Haas pair early, but finished 1.204s apart.').find((claim) => claim.kind === 'gap');
    expect(pair?.subject).not.toBe('Valtteri Bottas');
    const own = extractClaims('By lap 5, Esteban Ocon was behind Pierre Gasly but Yuki Tsunoda was unable to find pace and trailed by 2.4s.').find((claim) => claim.kind === 'gap');
    expect(own?.subject).not.toBe('Esteban Ocon');
    const epithet = extractClaims('Lewis Hamilton beat Sebastian Vettel and took pole, the German 0.2s down.').find((claim) => claim.kind === 'gap');
    expect(epithet?.subject).not.toBe('Lewis Hamilton');
  });

  it('gives the time set off after a previous record no subject, unless a setter is named after it', () => {
    const claims = extractClaims('Tom Blomqvist lowered the old GTP lap record, 1:12.884, by three tenths.');
    expect(claims.find((claim) => claim.kind === 'lap_time')).toMatchObject({ subject: null, subjectSure: false });
    const setter = extractClaims('Tom Blomqvist lowered the previous record of 1:12.884 set by Felipe Nasr.').find((claim) => claim.kind === 'lap_time');
    expect(setter?.subject).toBe('Felipe Nasr');
  });
});
