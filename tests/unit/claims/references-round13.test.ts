import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import { italian as italianWords } from '../../../src/domain/claims/languages/italian';
import { portuguese as portugueseWords } from '../../../src/domain/claims/languages/portuguese';
import type { Roster } from '../../../src/domain/names';

const claimOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.text === figure);

// IMSA Indianapolis 2023 (Yahoo): "short of putting the car on pole" is short of first place, as "short of taking pole" is.
describe('a gap short of putting a car on pole', () => {
  it('is measured against first place', () => {
    const gap = claimOf('Mathieu Jaminet fell 0.152s short of putting the No. 6 963 on pole, and will instead start on the outside of the front row.', '0.152s');
    expect(gap?.subject).toBe('Mathieu Jaminet');
    expect(gap?.referencePlace).toBe(1);
    expect(claimOf('Lando Norris was 0.1s short of putting his McLaren on pole.', '0.1s')?.referencePlace).toBe(1);
  });

  it('is not measured against first place when the car is put anywhere else', () => {
    expect(claimOf('Lando Norris was 0.1s short of putting his McLaren on the front row.', '0.1s')?.referencePlace).toBeUndefined();
  });
});

// Racer Brasil (2025 Qatar 1812 km): a rival with no name after him is the other driver the sentence names, as "him" is.
describe('a gap measured against a rival the sentence named before', () => {
  const roster: Roster = ['Alessandro Pier Guidi', 'Robert Kubica', 'Lewis Hamilton', 'Max Verstappen'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const gapOf = (text: string, figure: string, language?: LanguageWords) => extractClaims(text, { roster, language }).find((claim) => claim.text === figure);

  it('is measured against that driver', () => {
    const portuguese = gapOf('Enquanto isso, Pier Guidi pressionou Kubica até os últimos metros, mas terminou em terceiro, apenas 0s329 atrás do adversário.', '0s329', portugueseWords);
    expect(portuguese).toMatchObject({ subject: 'Pier Guidi', reference: 'Kubica' });
    expect(gapOf('Hamilton pressured Verstappen to the last corner but finished 0.3 seconds behind his rival.', '0.3 seconds')).toMatchObject({ subject: 'Hamilton', reference: 'Verstappen' });
  });

  it('is not measured against a title rival, known from the story, nor against the pack behind', () => {
    // The Irish Times (2021 Abu Dhabi): a gap of Q1 before its red flag, which Q1's end refutes.
    const title = gapOf('There was nothing to separate Hamilton and Verstappen in the first round of qualifying, the former leading the way just 0.056 seconds clear of his title rival.', '0.056 seconds');
    expect(title?.reference ?? null).toBeNull();
    const pack = gapOf('Hamilton passed Verstappen and finished 1.2 seconds clear of his closest rivals.', '1.2 seconds');
    expect(pack?.reference ?? null).toBeNull();
  });
});

// Race Week Illustrated (IMSA Road Atlanta 2022) and Autosport (IMSA Long Beach 2023): "His" stands for the one the
// sentence before names, even where a later clause of its own sentence names him again, unless it beats him there.
describe('a figure after "His" whose sentence names the driver again in a later clause', () => {
  const roster: Roster = ['Tom Blomqvist', 'Oliver Jarvis', 'Ricky Taylor', 'Filipe Albuquerque'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const claimsOf = (text: string) => extractClaims(text, { roster });

  it('is the one the sentence before names', () => {
    const text =
      'Blomqvist gained five points on the leading contenders for the championship by winning the Motul Pole Award in the Daytona Prototype international (DPi) class. His lap of 1 minute, 8.555 seconds (133.381 mph) in the No. 60 Meyer Shank Racing with Curb-Agajanian Acura ARX-05 was two positions ahead of the No. 10 Konica Minolta Acura ARX-05 driven by Ricky Taylor, pulling Blomqvist and co-driver Oliver Jarvis within 14 points of Taylor and his co-driver, Filipe Albuquerque, heading into the 10-hour finale.';
    const claims = claimsOf(text);
    expect(claims.find((claim) => claim.kind === 'lap_time')?.subject).toBe('Blomqvist');
    expect(claims.find((claim) => claim.kind === 'speed')?.subject).toBe('Blomqvist');
  });

  it('is not one a later clause beats', () => {
    const text =
      'Albuquerque replied with a 1m10.720s. The 2018 and 2019 Long Beach winner sealed the deal with a 1m10.371s, which opened the gap between them to 0.349s, and then set his stunning 1m09.909s – putting him almost seven tenths clear of Blomqvist.';
    expect(claimsOf(text).find((claim) => claim.text === '1m09.909s')?.subject).toBe('Albuquerque');
  });
});

// Motorionline (IMSA Sebring 2021): Italian "precedere" is to be ahead of; the one preceded is beaten, and a
// pole-sitter's noun set off after a name is that name's, beaten or not.
describe('a driver "preceduto" by another', () => {
  const roster: Roster = [['Rasmus Lindh', 'se'], ['Oliver Askew', 'us'], ['Jordan Taylor', 'us'], ['Nick Yelloly', 'gb']].map(([name, nationality]) => ({ id: name, name, kind: 'driver' as const, nationality }));
  const claimsOf = (text: string) => extractClaims(text, { roster, language: italianWords });

  it('is the one the gap is measured against, and the epithet before him the one ahead', () => {
    const text =
      'Bel duello in LMP3 per il primo posto, conclusosi con Rasmus Lindh vincitore con la Ligier di Performance Tech Motorsports in 1’56″001. Lo svedese ha per poco preceduto Oliver Askew, scatenatosi nel finale con la Duqueine di Forty7 Motorsports, per appena 66 millesimi di secondo.';
    expect(claimsOf(text).find((claim) => claim.text === '66 millesimi di secondo')).toMatchObject({ subject: 'Rasmus Lindh', reference: 'Oliver Askew' });
  });

  it('still holds the pole a noun set off after his name gives him', () => {
    const text = 'Il miglior tempo è stato di Jordan Taylor, sulla seconda Cadillac del Wayne Taylor Racing, che ha preceduto l’Acura di Nick Yelloly, poleman nella recente 4 Ore di Le Castellet della ELMS.';
    expect(claimsOf(text).find((claim) => claim.text === 'poleman')?.subject).toBe('Nick Yelloly');
  });
});
