import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const rosterOf = (drivers: string[], teams: string[] = []): Roster => [
  ...drivers.map((name) => ({ id: name, name, kind: 'driver' as const })),
  ...teams.map((name) => ({ id: name, name, kind: 'team' as const })),
];

const gapOf = (text: string, roster?: Roster) => extractClaims(text, roster ? { roster } : {}).find((claim) => claim.kind === 'gap');

describe('whom a gap is measured against', () => {
  it('reads the driver after "behind" as the reference of a signed gap, and none where no words name one', () => {
    expect(gapOf('Third was Renger van der Zande, who was +0.512s behind Tom Blomqvist.')).toMatchObject({ subject: 'Renger van der Zande', reference: 'Tom Blomqvist' });
    expect(gapOf('Nico Hulkenberg beat George Russell (+0.055).')).toMatchObject({ subject: 'George Russell', reference: null });
  });

  it('takes the one whose time is eclipsed as the reference, and the one eclipsing it as the subject', () => {
    const claims = extractClaims('Felipe Nasr then eclipsed Matt Campbell’s best time by 0.041s, and later improved to 1m12.302s.');
    expect(claims.find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Felipe Nasr', reference: 'Matt Campbell' });
    expect(claims.find((claim) => claim.kind === 'lap_time')?.subject).toBe('Felipe Nasr');
  });

  it('reads a driver called by nationality after "off" as the reference, not a driver named past the phrase', () => {
    const roster = rosterOf(['Lando Norris', 'Oscar Piastri', 'George Russell']);
    const text = 'Lando Norris claimed his second pole of the year. The Briton’s team-mate Oscar Piastri was second. George Russell was 0.412 off the Briton’s time and will line up alongside Oscar Piastri.';
    expect(gapOf(text, roster)).toMatchObject({ subject: 'George Russell', reference: 'Lando Norris' });
  });

  it('takes no driver named past a verb after "off" as the reference', () => {
    const text = 'George Russell was 0.412 off the best time of the afternoon and will line up on the second row alongside Oscar Piastri.';
    expect(gapOf(text)).toMatchObject({ subject: 'George Russell', reference: null });
  });
});

describe('whom a gap is measured against, in clauses', () => {
  it('measures a trailing "with" clause’s bare comparative against the one the main clause is about', () => {
    const text = 'Lando Norris opened with a 1m29.402s, with George Russell only 0.118s slower.';
    expect(gapOf(text)).toMatchObject({ subject: 'George Russell', reference: 'Lando Norris', direction: 'behind' });
    // "slower than" names its own reference.
    expect(gapOf('Lando Norris opened with a 1m29.402s, with George Russell only 0.118s slower than Oscar Piastri.')).toMatchObject({ reference: 'Oscar Piastri' });
  });

  it('ends the clause of "than" at a dash, so the driver after it is the next figure’s holder, not one beaten', () => {
    const text = 'Then Charles Leclerc went top with a 1m28.990s – 0.301s faster than the McLaren pair – with Carlos Sainz joining him in second.';
    const claims = extractClaims(text);
    expect(claims.find((claim) => claim.kind === 'gap')?.reference).toBeNull();
    expect(claims.find((claim) => claim.kind === 'position')).toMatchObject({ value: 2, subject: 'Carlos Sainz' });
  });

  it('reads "within 0.05s of him" as the other driver the sentence named, not its subject', () => {
    const text = 'Pipo Derani set the early pace before Sebastien Bourdais joined in, getting within 0.05s of him.';
    expect(gapOf(text)).toMatchObject({ subject: 'Sebastien Bourdais', reference: 'Pipo Derani' });
  });
});

describe('whose figure it is', () => {
  it('gives a record "set by teammate X" to X', () => {
    expect(extractClaims('Taylor bettered the old record of 1:14.441 set by teammate Filipe Albuquerque.')[0]?.subject).toBe('Filipe Albuquerque');
  });

  it('reads "that car" as the car the sentence before names, not a driver further back', () => {
    const text = 'Sebastien Bourdais was fifth in the No. 5 Cadillac. The No. 55 Mazda had a sensor fault. Instead, that car ended the session last with a 1m12.909s.';
    expect(extractClaims(text).find((claim) => claim.kind === 'lap_time')?.subject).toBe('#55');
  });

  it('gives no place to a person named after it whom the session’s roster does not know (a team principal)', () => {
    const roster = rosterOf(['Kevin Estre', 'Laurens Vanthoor']);
    const [place] = extractClaims('“Third place is a fine result for the championship,” explained Urs Kuratle.', { roster });
    expect(place).toMatchObject({ value: 3, subject: null });
    const [known] = extractClaims('“Third place is a fine result for the championship,” explained Kevin Estre.', { roster });
    expect(known).toMatchObject({ value: 3, subject: 'Kevin Estre' });
  });
});

describe('who holds a place', () => {
  it('gives a place before a team "of" a driver to the driver ("fourth-placed Red Bull of Max Verstappen")', () => {
    const roster = rosterOf(['Max Verstappen', 'Charles Leclerc'], ['Red Bull', 'Ferrari']);
    const [place] = extractClaims('Charles Leclerc will start next to the fourth-placed Red Bull of Max Verstappen.', { roster });
    expect(place).toMatchObject({ kind: 'position', value: 4, subject: 'Max Verstappen' });
    const [team] = extractClaims('Charles Leclerc will start next to the fourth-placed Red Bull.', { roster });
    expect(team).toMatchObject({ kind: 'position', value: 4, subject: 'Red Bull' });
  });
});

describe('whom a gap to first place is measured against', () => {
  it('measures "off pole" against the one the paragraph places first most often, never the gap’s own subject', () => {
    const roster = rosterOf(['Nick Tandy', 'Felipe Nasr', 'Louis Deletraz']);
    const text = 'Nick Tandy took pole. Felipe Nasr had been on pole at the last round. Nick Tandy will start from pole for the second time. Louis Deletraz was third, two tenths off pole.';
    expect(gapOf(text, roster)).toMatchObject({ subject: 'Louis Deletraz', reference: 'Nick Tandy', direction: 'behind' });
    // Two drivers placed first as often leave the reference open.
    const even = 'Nick Tandy took pole. Felipe Nasr had been on pole at the last round. Louis Deletraz was third, two tenths off pole.';
    expect(gapOf(even, roster)?.reference).toBeNull();
  });
});

describe('who "it" and a nationality stand for', () => {
  it('reads "it" as the car the sentence before names, not the driver in whose hands it crashed', () => {
    const text = 'Pipo Derani’s #31 Cadillac had been quick all week, but its run was cut short by a crash in Jack Aitken’s hands. Even so, it finished the session with a 1m12.557s.';
    expect(extractClaims(text).find((claim) => claim.kind === 'lap_time')?.subject).toBe('#31');
  });

  it('reads a nationality after "but" as the last driver the sentence named, as a guess', () => {
    const roster = rosterOf(['Fernando Alonso', 'Sebastian Vettel']);
    const [place] = extractClaims('Fernando Alonso beat Sebastian Vettel’s Red Bull to the flag by a whisker but the German was later demoted to fifth.', { roster });
    expect(place).toMatchObject({ value: 5, subject: 'Sebastian Vettel', subjectSure: false });
    // A nationality in a possessive is not the clause's subject.
    const own = extractClaims('Fernando Alonso was 0.3s off the German’s time, taking third.', { roster }).find((claim) => claim.kind === 'position');
    expect(own?.subject).toBe('Fernando Alonso');
  });
});

describe('"a further" gap', () => {
  it('is measured against the one the gap before it is about, not the car whose place the sentence gives', () => {
    const text = 'Second was the #7 Toyota of Kamui Kobayashi, 6.1 seconds off the winner. Third was the #50 Ferrari of Antonio Fuoco, a further three seconds adrift.';
    const gaps = extractClaims(text).filter((claim) => claim.kind === 'gap');
    expect(gaps.at(-1)).toMatchObject({ subject: 'Antonio Fuoco', reference: 'Kamui Kobayashi', direction: 'behind' });
  });
});

describe('gaps and references paired by "respectively"', () => {
  it('measures each gap of a run against the one in the same place of the run after "respectively"', () => {
    const gaps = extractClaims('Kevin Estre was 0.2s, 0.3s and 0.5s respectively behind Nick Tandy, Felipe Nasr and Matt Campbell.').filter((claim) => claim.kind === 'gap');
    expect(gaps.map((gap) => gap.reference)).toEqual(['Nick Tandy', 'Felipe Nasr', 'Matt Campbell']);
    // Cars as well as drivers.
    const cars = extractClaims('Over a stint, the #6 Porsche lost 0.11s and 0.42s respectively to the #2 and #311 Cadillacs.').filter((claim) => claim.kind === 'gap');
    expect(cars.map((gap) => gap.reference)).toEqual(['#2', '#311']);
  });
});
