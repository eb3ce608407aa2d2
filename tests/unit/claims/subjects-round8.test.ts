import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Fernando Alonso', 'Lando Norris', 'Charles Leclerc', 'Esteban Ocon', 'Oscar Piastri'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const claimOf = (text: string, figure: string) => extractClaims(text, { roster, language: spanish }).find((claim) => claim.text === figure);

// A timing sheet writes each driver's deficit to the top signed, right after his name.
describe('a signed gap right after a name', () => {
  it('is that driver’s, even where a cue before makes him the one beaten', () => {
    const text = 'Piastri dominó la Q2 y sacaba ventaja sobre Lando Norris +0.311, Alonso +0.402 y Leclerc +0.520.';
    expect(claimOf(text, '+0.311')).toMatchObject({ subject: 'Lando Norris', subjectSure: true, direction: 'behind' });
    expect(claimOf(text, '+0.402')?.subject).toBe('Alonso');
  });

  it('leaves an unsigned margin after "sobre" to the one who dealt it', () => {
    expect(claimOf('Piastri sacaba ventaja sobre Lando Norris 0.311.', '0.311')?.subject).not.toBe('Lando Norris');
  });
});

const enRoster: Roster = ['Kevin Estre', 'Antonio Fuoco', 'Robert Kubica', 'Nicklas Nielsen'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const gapIn = (text: string) => extractClaims(text, { roster: enRoster }).find((claim) => claim.kind === 'gap');

// A margin at the flag over no one named: the win itself is to second place, a lead at the line to the next car.
describe('a margin at the flag with no one named', () => {
  it('is to second place when the figure is the victory', () => {
    expect(gapIn('Kevin Estre held on to the end, taking a 4.2-second victory.')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
  });

  it('is to the next car when the subject crossed the line with it in hand, or finished it ahead', () => {
    expect(gapIn('The #50 Ferrari of Antonio Fuoco crossed the line with a 3.1-second advantage.')).toMatchObject({ referenceNext: true, direction: 'ahead' });
    expect(gapIn('Fuoco kept his cool, crossing the line with nearly five seconds in hand.')).toMatchObject({ referenceNext: true });
    expect(gapIn('Estre kept the lead, finishing 6.2 seconds ahead after the last stops.')).toMatchObject({ referenceNext: true });
  });

  it('leaves a margin over one named to him', () => {
    const gap = gapIn('Fuoco crossed the line with a 3.1-second advantage over Robert Kubica.');
    expect(gap?.reference).toBe('Robert Kubica');
    expect(gap?.referenceNext).toBeFalsy();
  });
});

describe('a winning participle after a comma', () => {
  it('is the one the clause before opens on, not the one he passed', () => {
    expect(gapIn('On the last restart Estre dived past Nicklas Nielsen, eventually clinching a 4.2-second victory.')?.subject).toBe('Estre');
  });

  it('keeps a subject named inside the participle clause', () => {
    expect(gapIn('Estre dived past Nielsen, taking the lead as Fuoco finished 4.2 seconds ahead.')?.subject).toBe('Fuoco');
  });
});

describe('a circuit named like a person', () => {
  it('holds no figure: "around the Autodromo Enzo e Dino Ferrari"', () => {
    const gap = gapIn('The #50 Ferrari was untouchable. It lapped steadily around the Autodromo Enzo e Dino Ferrari, taking the flag 4.2 seconds clear.');
    expect(gap?.subject).not.toBe('Autodromo Enzo');
  });
});

// Ricky and Jordan Taylor race in the same IMSA sessions: "Taylor" alone matches both.
const taylors: Roster = ['Ricky Taylor', 'Jordan Taylor', 'Olivier Pla', 'Nick Tandy'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const withTaylors = (text: string, figure: string, lead?: string) => extractClaims(text, { roster: taylors, ...(lead ? { lead } : {}) }).find((claim) => claim.text === figure);

describe('a surname two drivers of the session share', () => {
  it('is the one of them written in full last before it', () => {
    expect(withTaylors('Ricky Taylor took pole. Pla ended up 0.346s behind Taylor.', '0.346s')?.reference).toBe('Ricky Taylor');
    expect(withTaylors('Ricky Taylor took pole. Jordan Taylor was quickest in GTLM. Tandy was 0.224s slower than Taylor.', '0.224s')?.reference).toBe('Jordan Taylor');
  });

  it('is read from the paragraph before when its own names neither, and is no one when neither does', () => {
    expect(withTaylors('Pla ended up 0.346s behind Taylor.', '0.346s', 'Ricky Taylor took pole for the No. 10.')?.reference).toBe('Ricky Taylor');
    expect(withTaylors('Pla ended up 0.346s behind Taylor.', '0.346s')?.reference ?? null).toBeNull();
  });
});

describe('one "was leading" another by a margin', () => {
  it('is ahead of the one he led, who is the reference', () => {
    const gap = withTaylors('Nick Tandy was leading Olivier Pla by just 0.05s, but Pla improved on his last lap.', '0.05s');
    expect(gap).toMatchObject({ subject: 'Nick Tandy', reference: 'Olivier Pla' });
  });
});

const f1: Roster = [['Lando Norris', 'gb'], ['Oscar Piastri', 'au'], ['Max Verstappen', 'nl'], ['Charles Leclerc', 'mc'], ['Pierre Gasly', 'fr']].map(([name, nationality]) => ({ id: name, name, kind: 'driver' as const, nationality }));
const inF1 = (text: string, figure: string, language?: LanguageWords) => extractClaims(text, { roster: f1, ...(language ? { language } : {}) }).find((claim) => claim.text === figure);

describe('German beating and comparing words', () => {
  it('make the one after "schlug" the one beaten', () => {
    expect(inF1('Piastri fuhr die Bestzeit und schlug Norris um 72 Tausendstel.', '72 Tausendstel', german)).toMatchObject({ subject: 'Piastri', reference: 'Norris' });
  });

  it('measure against a nationality after "langsamer als"', () => {
    expect(inF1('Lando Norris holte die Pole. Leclerc war drei Zehntel langsamer als der Brite.', 'drei Zehntel', german)?.reference).toBe('Lando Norris');
  });
});

describe('"him" beaten by the margin', () => {
  it('is the driver the sentence named before the one who beat him', () => {
    expect(inF1('Leclerc held the top spot briefly before Max Verstappen pipped him by 0.041s.', '0.041s')).toMatchObject({ subject: 'Max Verstappen', reference: 'Leclerc' });
  });
});

describe('a team-mate called with his team', () => {
  it('is the unnamed team-mate, not the team', () => {
    expect(inF1('Gasly was sixth, 0.2 seconds slower than his Alpine teammate.', '0.2 seconds')).toMatchObject({ reference: null, referenceTeamMate: true });
  });
});

describe('a margin in a verbless sentence after a comparison ("This time by …")', () => {
  it('is measured as the comparison before it, for the one compared there', () => {
    expect(inF1('Leclerc was again quicker than Oscar Piastri. This time by a tenth.', 'a tenth')).toMatchObject({ subject: 'Leclerc', reference: 'Oscar Piastri', direction: 'ahead' });
    expect(inF1('Once more Gasly was slower than his team-mate. This time by three tenths.', 'three tenths')).toMatchObject({ subject: 'Gasly', referenceTeamMate: true, direction: 'behind' });
  });

  it('is left alone after a sentence that compares no one', () => {
    expect(inF1('Leclerc took pole again. This time by a tenth.', 'a tenth')?.reference ?? null).toBeNull();
  });
});
