import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Felipe Nasr', 'Ricky Taylor', 'Ben Barnicoat', 'Jack Hawksworth', 'Tommy Milner', 'Antonio Garcia'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const placeHolders = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

describe('the one a place is won from is not its holder', () => {
  it('gives the place to the driver who bested or got the better of another, not to the one beaten', () => {
    expect(placeHolders('The No. 7 Porsche of Felipe Nasr bested Ricky Taylor in the No. 10 Acura by a tenth to take pole position.')).toEqual([['pole position', 'Felipe Nasr']]);
    expect(placeHolders('Ben Barnicoat in the No. 14 Lexus got the better of Jack Hawksworth in the sister car to score pole position.')).toEqual([['pole position', 'Ben Barnicoat']]);
  });

  it('gives no place to the one a car lost out to', () => {
    expect(placeHolders('The #7 Toyota ran second for hours. It lost out to the #50 Ferrari in the last hour and had to settle for third place.')).toEqual([['second', '#7'], ['third', '#7']]);
  });

  it('gives a place to the agent after "by", past an article and a describing word', () => {
    expect(placeHolders('Felipe Nasr will be joined on the front row by a resurgent Ricky Taylor.')).toEqual([['front row', 'Ricky Taylor']]);
  });

  it('counts the driver a beaten car is said to be of as beaten too', () => {
    expect(placeHolders('Tommy Milner’s Corvette beat the #3 sister car of Antonio Garcia to sixth.')).toEqual([['sixth', 'Tommy Milner']]);
  });
});

describe('pole said of a car or team, and places that are conditions or figures of speech', () => {
  const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

  it('reads "polesitting" as first place, held by the car or team named right after it', () => {
    expect(places('Felipe Nasr ran fourth in the polesitting No. 7 Porsche.')).toEqual([['fourth', 4, 'Felipe Nasr'], ['polesitting', 1, '#7']]);
    expect(places('Polesitting team Wright Motorsports skipped the morning warmup.')).toEqual([['Polesitting', 1, 'Wright Motorsports']]);
  });

  it('leaves a place one needs to take, and being "in pole position" for a title, unread', () => {
    expect(places('The No. 10 Acura, needing to finish sixth to keep its title hopes alive, retired early.')).toEqual([]);
    expect(places('Antonio Garcia was in pole position to clinch the crown before the race.')).toEqual([]);
    expect(places('Antonio Garcia was in pole position for the race after a late lap.')).toEqual([['pole position', 1, 'Antonio Garcia']]);
  });
});

describe('places given as a pair of counts after one place noun', () => {
  const germanPlaces = (text: string) => {
    const drivers: Roster = ['Sebastian Vettel', 'Daniel Ricciardo'].map((name) => ({ id: name, name, kind: 'driver' as const }));
    return extractClaims(text, { roster: drivers, language: german }).filter((claim) => claim.kind === 'position').map((claim) => [claim.value, claim.subject]);
  };

  it('reads both counts of "die Plätze zwei und drei", each paired in order with the drivers listed before', () => {
    expect(germanPlaces('Sebastian Vettel und Daniel Ricciardo belegten die Plätze zwei und drei.')).toEqual([[2, 'Sebastian Vettel'], [3, 'Daniel Ricciardo']]);
  });

  it('leaves a count that counts a noun after it', () => {
    expect(germanPlaces('Vettel kam auf Platz sechs und sieben Minuten später an die Box.')).toEqual([[6, 'Vettel']]);
  });
});

describe('a circuit is no team', () => {
  it('leaves a name that a circuit word ends out of the teams', () => {
    expect(extractClaims('The crowd at Lime Rock Motorsport Park cheered the pole position.').map((claim) => claim.subject)).toEqual([null]);
  });

  it('lets no cue at the end of a headline make the first driver of the next line the one beaten', () => {
    const text = ' date 2024-07-20 Lime Rock: Barnicoat takes pole in Lexus 1-2, ahead of Cadillacs\nVasser Sullivan Racing’s Ben Barnicoat will start the IMSA race at Lime Rock Motorsport Park from pole position in his Lexus.';
    expect(extractClaims(text).find((claim) => claim.text === 'pole position')?.subject).toBe('Ben Barnicoat');
  });
});

describe('a make called by its country', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.value, claim.subject]);

  it('stands for the make named in the sentences before', () => {
    expect(places('Toyota had hoped for more at Fuji. The Japanese manufacturer went home with fifth and eighth place finishes.')).toEqual([[5, 'Toyota'], [8, 'Toyota']]);
  });

  it('leaves the place to a driver named after the epithet', () => {
    expect(places('Toyota had hoped for more. The Japanese marque saw Kamui Kobayashi finish fifth.')).toEqual([[5, 'Kamui Kobayashi']]);
  });
});
