import { describe, expect, it } from 'vitest';
import { matchName, type Roster } from '../../../src/domain/names';

const roster: Roster = [
  { id: 'derani', name: 'Pipo Derani', kind: 'driver' },
  { id: 'de-phillippi', name: 'Connor De Phillippi', kind: 'driver' },
  { id: 'perez', name: 'Luis Pérez Companc', kind: 'driver' },
  { id: 'van-der-steur', name: 'Rory van der Steur', kind: 'driver' },
  { id: 'wtr', name: 'Wayne Taylor Racing with Andretti', kind: 'team', aliases: ['WTR Andretti'] },
  { id: 'jordan-taylor', name: 'Jordan Taylor', kind: 'driver' },
  { id: 'ricky-taylor', name: 'Ricky Taylor', kind: 'driver' },
];

describe('matching names to a roster', () => {
  it('matches a full name exactly', () => {
    expect(matchName('Pipo Derani', roster)).toMatchObject({ entry: { id: 'derani' }, exact: true, distance: 0 });
  });

  it('matches a surname alone', () => {
    expect(matchName('Derani', roster)?.entry.id).toBe('derani');
    expect(matchName('van der Steur', roster)?.entry.id).toBe('van-der-steur');
  });

  it('matches a name written without its generation ("Nelson Piquet" for Nelson Piquet Jr.)', () => {
    const withJunior: Roster = [...roster, { id: 'piquet-jr', name: 'Nelson Piquet Jr.', kind: 'driver' }];
    expect(matchName('Nelson Piquet', withJunior)?.entry.id).toBe('piquet-jr');
    expect(matchName('Piquet', withJunior)?.entry.id).toBe('piquet-jr');
    expect(matchName('Nelson Piquet Jr.', withJunior)?.entry.id).toBe('piquet-jr');
  });

  it('matches a spelling slip ("Dirani" for Derani)', () => {
    expect(matchName('Dirani', roster)).toMatchObject({ entry: { id: 'derani' }, exact: false, distance: 1 });
  });

  it('matches "De Philippi" to De Phillippi', () => {
    expect(matchName('Connor De Philippi', roster)?.entry.id).toBe('de-phillippi');
    expect(matchName('De Philippi', roster)?.entry.id).toBe('de-phillippi');
  });

  it('ignores accents and a possessive', () => {
    expect(matchName('Luis Perez Companc', roster)).toMatchObject({ entry: { id: 'perez' }, exact: true });
    expect(matchName('Derani’s', roster)?.entry.id).toBe('derani');
  });

  it('matches a team alias', () => {
    expect(matchName('WTR Andretti', roster)?.entry.id).toBe('wtr');
  });

  it('refuses a surname two drivers share', () => {
    expect(matchName('Taylor', roster)).toBeNull();
  });

  it('refuses a name nobody on the roster is close to', () => {
    expect(matchName('Sebastien Bourdais', roster)).toBeNull();
  });

  it('matches a first name or a nickname alone to the one driver it begins, never one of two', () => {
    const grid: Roster = ['Charles Leclerc', 'Sebastian Vettel', 'Nico Rosberg', 'Nico Hülkenberg', 'Max Verstappen', 'Maximilian Günther'].map((name) => ({ id: name, name, kind: 'driver' }));
    expect(matchName('Charles', grid)).toMatchObject({ entry: { id: 'Charles Leclerc' }, firstName: true });
    expect(matchName('Seb', grid)?.entry.id).toBe('Sebastian Vettel');
    expect(matchName('Max', grid)?.entry.id).toBe('Max Verstappen');
    expect(matchName('Nico', grid)).toBeNull();
    expect(matchName('Se', grid)).toBeNull();
  });

  it('prefers a surname to a first name, and leaves a surname two drivers share unmatched', () => {
    expect(matchName('Jordan', roster)?.entry.id).toBe('jordan-taylor');
    expect(matchName('Taylor', roster)).toBeNull();
    expect(matchName('Pipo', roster)?.entry.id).toBe('derani');
    expect(matchName('Derani', roster)?.firstName).toBeUndefined();
  });
});
