import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian as italianWords } from '../../../src/domain/claims/languages/italian';
import type { Roster } from '../../../src/domain/names';

const claimOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.text === figure);

// The Auto Channel (1999 Hungary), Rahzamedia (2011 Europe), Yahoo (2024 Monza 6h), The Irish Times (2021 Brazil),
// F1 Fanatic (2008 Hungary qualifying): a winner's or pole-sitter's margin, with no one named, is to second place.
describe('a margin of victory or of pole with no one named', () => {
  it('is measured from second place where the margin is called the win’s own', () => {
    expect(claimOf('Mika Hakkinen won the race. His margin of victory was 9.706 seconds.', '9.706 seconds')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
    expect(claimOf('Sebastian Vettel led throughout, before a push for fastest lap in the final stint took his winning margin up to 10.8 seconds.', '10.8 seconds')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
  });

  it('is measured from second place behind stacked hedges and "less than"', () => {
    expect(claimOf('Antonio Giovinazzi kept a cool head across multiple interruptions to secure the win for the #51 Ferrari AF Corse by just over 8 seconds.', '8 seconds')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
    expect(claimOf('Lewis Hamilton was able to hold on until the flag to take his 96th career win by less than a second.', 'a second')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
  });

  it('is measured from second place when pole is handed to one', () => {
    const gap = claimOf('Lewis Hamilton did it with a late lap, handing him pole position by over two tenths of a second.', 'two tenths of a second');
    expect(gap).toMatchObject({ referencePlace: 2 });
  });

  it('is not measured from second place when the margin is of something else, or named against one', () => {
    expect(claimOf('Lewis Hamilton lost 4.6 seconds in the pit lane to Nick Cassidy.', '4.6 seconds')?.referencePlace).toBeUndefined();
    expect(claimOf('Lewis Hamilton was 0.5 seconds off the margin he wanted.', '0.5 seconds')?.referencePlace).toBeUndefined();
    expect(claimOf('Charles Milesi crossed the line first. The margin of victory was 7.682 seconds over Jensen.', '7.682 seconds')?.referencePlace).toBeUndefined();
  });
});

// Il Messaggero (2024 Austria qualifying): in the Romance languages the one dealt a margin (the indirect object) may
// stand before it, right after the verb, with an aside between them.
describe('a margin dealt to one named before the figure', () => {
  const roster: Roster = ['Max Verstappen', 'Lando Norris', 'Carlos Sainz', 'Charles Leclerc'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const gapOf = (text: string, figure: string) => extractClaims(text, { roster, language: italianWords }).find((claim) => claim.text === figure);

  it('is measured against him, the verb’s subject ahead', () => {
    const gap = gapOf('Nella qualifica, Max Verstappen ha rifilato a Lando Norris, ottimo secondo con la McLaren-Mercedes, ben 404 millesimi che su un circuito di 1\'04" è tantissima roba.', '404 millesimi');
    expect(gap).toMatchObject({ subject: 'Max Verstappen', reference: 'Lando Norris', direction: 'ahead' });
    expect(gapOf('Verstappen ha rifilato a Norris quasi tre decimi.', 'tre decimi')).toMatchObject({ subject: 'Verstappen', reference: 'Norris', direction: 'ahead' });
  });

  it('is not read so when the verb deals nothing', () => {
    const gap = gapOf('Leclerc ha parlato a Norris, poi ha chiuso a tre decimi.', 'tre decimi');
    expect(gap?.reference ?? null).not.toBe('Norris');
  });
});

// Il Messaggero (2024 Austria qualifying): a row is shared, so the one it is shared "with" holds its other place.
describe('a grid row shared with a driver named after it', () => {
  const roster: Roster = [['Max Verstappen', 'nl'], ['Lando Norris', 'gb']].map(([name, nationality]) => ({ id: name, name, kind: 'driver' as const, nationality }));
  const placeOf = (text: string, figure: string) => extractClaims(text, { roster, language: italianWords }).find((claim) => claim.text === figure);

  it('is the row of the one before, not of the one it is shared with', () => {
    const row = placeOf('Norris invece, dall\'1\'04"779 di venerdì, oggi ha concluso in 1\'04"718, solo 61 millesimi meglio. L\'inglese si ritroverà in prima fila con Verstappen come la settimana scorsa, ma a posizioni invertite.', 'prima fila');
    expect(row?.subject).toBe('Norris');
  });

  it('still gives a place taken "with" a driver to him when no one is named before it', () => {
    const english = extractClaims('Williams salvaged fourth with Max Verstappen after a difficult afternoon.', { roster }).find((claim) => claim.text === 'fourth');
    expect(english?.subject).toBe('Max Verstappen');
  });
});

// The Daily Review (2021 Watkins Glen): the holder of a place named by a team-and-car phrase after it is the car; a
// team opening a sentence stands for the entry the sentence before named.
describe('a place held by an entry described by its team', () => {
  const roster: Roster = ['Dane Cameron', 'Olivier Pla', 'Gar Robinson', 'Felipe Fraga', 'Scott Andrews'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const placeOf = (text: string, figure: string) => extractClaims(text, { roster }).find((claim) => claim.text === figure);

  it('is the car the team’s phrase ends on', () => {
    const place = placeOf('The IMSA Series was able to show its competitive side as the second place Myer Shank racing Acura #60 driven by Dane Cameron and Olivier Pla crossed the line.', 'second place');
    expect(place?.subject).toBe('#60');
    expect(placeOf('The second placed Dane Cameron in the #60 crossed the line.', 'second placed')?.subject).toBe('Dane Cameron');
  });

  it('is the entry of the sentence before for "The team"', () => {
    const place = placeOf('LMP3 was won by the #74 Riley Motorsports Ligier JS P320 with drivers Gar Robinson, Felipe Fraga and Scott Andrews. The team started 6th out of 7 class entries but found themselves in the lead at halfway.', '6th');
    expect(place?.subject).toBe('#74');
  });

  it('is not the car for team orders or a team principal', () => {
    const place = placeOf('Dane Cameron won in the #60 Acura. The team orders came too late for Olivier Pla, who finished 6th.', '6th');
    expect(place?.subject).toBe('Olivier Pla');
  });
});
