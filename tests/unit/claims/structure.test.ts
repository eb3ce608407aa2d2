import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Fernando Alonso', 'Sebastian Vettel', 'Mark Webber', 'Lewis Hamilton', 'Nico Rosberg', 'Daniel Ricciardo', 'Valtteri Bottas', 'Max Verstappen', 'Kimi Räikkönen', 'Will Stevens', 'Roberto Merhi'].map(
  (name) => ({ id: name.toLowerCase(), name, kind: 'driver' as const }),
);
const read = (text: string) => extractClaims(text, { roster }).map(({ kind, text: written, value, subject, reference }) => ({ kind, text: written, value, subject, reference }));

describe('reading the structure of race copy', () => {
  it('reads a classification table row by row: each place and gap is the row’s driver’s, a gap is to the winner', () => {
    const table = 'Classified:\nPos Driver Team Time\n1. Alonso Ferrari 1h28:41.194\n2. Vettel Red Bull-Renault + 16.511\n3. Webber Red Bull-Renault + 1:00.665\n';
    expect(read(table).filter((claim) => claim.kind !== 'lap_time')).toEqual([
      { kind: 'position', text: '1', value: 1, subject: 'Alonso', reference: null },
      { kind: 'position', text: '2', value: 2, subject: 'Vettel', reference: null },
      { kind: 'gap', text: '+ 16.511', value: 16.511, subject: 'Vettel', reference: 'Alonso' },
      { kind: 'position', text: '3', value: 3, subject: 'Webber', reference: null },
      { kind: 'gap', text: '+ 1:00.665', value: 60.665, subject: 'Webber', reference: 'Alonso' },
    ]);
  });

  it('reads a table flattened into one line, pasted without cell borders, or set one row per paragraph', () => {
    const places = (claims: ReturnType<typeof read>) => claims.filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);
    expect(places(read('GRID: 1.Vettel, 2.Hamilton, 3.Alonso, 4.Webber'))).toEqual([['1', 'Vettel'], ['2', 'Hamilton'], ['3', 'Alonso'], ['4', 'Webber']]);
    expect(places(read('POS DRIVER TEAM GAP 1 Lewis Hamilton Mercedes - 2 Valtteri Bottas Mercedes +0.748 3 Max Verstappen Red Bull +0.763'))).toEqual([
      ['1', 'Lewis Hamilton'],
      ['2', 'Valtteri Bottas'],
      ['3', 'Max Verstappen'],
    ]);
    const glued = read('Race result\n\n1Lewis HamiltonMercedes66 laps - 1:35:29.972s1\n2Valtteri BottasMercedes+ 20.593s1\n');
    expect(glued.map((claim) => [claim.kind, claim.text, claim.subject])).toEqual([
      ['position', '1', 'Lewis Hamilton'],
      ['position', '2', 'Valtteri Bottas'],
      ['gap', '+ 20.593s', 'Valtteri Bottas'],
    ]);
    const row = extractClaims('02. Max Verstappen (NL), Red Bull Racing, 1:11,403', { roster, lead: '01. Lewis Hamilton (GB), Mercedes, 1:11,383 min' });
    expect(row.map((claim) => [claim.kind, claim.text, claim.subject])).toEqual([['position', '02', 'Max Verstappen'], ['lap_time', '1:11,403', 'Max Verstappen']]);
    expect(extractClaims('01. Lewis Hamilton (GB), Mercedes, 1:11,383 min', { roster, lead: 'Qualifying, Spain' }).map((claim) => claim.kind)).toEqual(['position', 'lap_time']);
    expect(extractClaims('3 Hamilton spent the night in a hotel.', { roster, lead: 'Rain fell all day.' })).toEqual([]);
  });

  it('gives a figure in a relative clause to the driver it hangs on, and a gap to his team-mate to no one else', () => {
    const relative = read('Hamilton increased his lead to 13 points over Nico Rosberg, who qualified second (1:29.744) for the race.');
    expect(relative.map((claim) => [claim.text, claim.subject])).toEqual([['second', 'Nico Rosberg'], ['1:29.744', 'Nico Rosberg']]);
    const teamMate = read('Third place on the grid went to Mark Webber as he got within half a second of his team-mate while a late effort from Fernando Alonso put him P4.');
    expect(teamMate.map((claim) => [claim.text, claim.subject, claim.reference])).toEqual([
      ['Third', 'Mark Webber', null],
      ['half a second', 'Mark Webber', null],
      ['P4', 'Fernando Alonso', null],
    ]);
  });

  it('leaves championship standings alone: their places are points, not a session', () => {
    const standings = 'World Championship standings, round 9:\nDrivers: Constructors:\n1. Vettel 204 1. Red Bull-Renault 328\n2. Webber 124 2. McLaren-Mercedes 218\n3. Alonso 112 3. Ferrari 164\n';
    expect(read(standings)).toEqual([]);
  });

  it('pairs places with the drivers listed before them', () => {
    const claims = read('Red Bull’s Daniel Ricciardo and Sebastian Vettel finished third and fourth, respectively.');
    expect(claims.map((claim) => [claim.text, claim.subject])).toEqual([['third', 'Daniel Ricciardo'], ['fourth', 'Sebastian Vettel']]);
    expect(read('The Manor duo of Will Stevens and Roberto Merhi qualified P19 and P20.').map((claim) => claim.subject?.split(' ').at(-1))).toEqual(['Stevens', 'Merhi']);
  });

  it('pairs places said of "both" or "they" with the drivers the sentence before lists, only when "respectively" says so', () => {
    const both = read('The Haas pair of Kevin Magnussen and Nico Hulkenberg looked quick in Q1. Both drivers faded in Q2, though, taking P14 and P15 respectively.');
    expect(both.map((claim) => [claim.text, claim.subject])).toEqual([['P14', 'Kevin Magnussen'], ['P15', 'Nico Hulkenberg']]);
    const unsaid = read('Kevin Magnussen and Nico Hulkenberg looked quick in Q1. They then took P14 and P15.');
    expect(unsaid.map((claim) => claim.subject)).toEqual([null, null]);
  });

  it('pairs places with the drivers a "with" lists after them', () => {
    const text = 'Entries from Red Bull were second and third fastest, with Max Verstappen in the No. 1 leading teammate Daniel Ricciardo.';
    expect(read(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject])).toEqual([['second', 'Max Verstappen'], ['third', 'Daniel Ricciardo']]);
  });

  it('gives a one-two to the first of the two drivers listed right before it', () => {
    expect(read('A safety car left Sebastian Vettel and Mark Webber running one-two after the stops.')[0]).toMatchObject({ text: 'one-two', subject: 'Sebastian Vettel' });
    expect(read('Mark Webber passed Lewis Hamilton, and Sebastian Vettel completed a one-two.')[0]).toMatchObject({ text: 'one-two', subject: 'Sebastian Vettel' });
  });

  it('does not give a place to the driver who is beaten for it, or named in an aside', () => {
    expect(read('Rosberg rockets to edge Hamilton to pole position.')[0].subject).toBe('Rosberg');
    expect(read('Nico Rosberg snatched pole, beating team mate Lewis Hamilton by just 0.1s.').find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Nico Rosberg', reference: 'Lewis Hamilton' });
    expect(read('Valtteri Bottas, the Finnish team-mate of Hamilton, ended third, 0.337s off Verstappen.')).toMatchObject([
      { text: 'third', subject: 'Valtteri Bottas' },
      { text: '0.337s', subject: 'Valtteri Bottas', reference: 'Verstappen' },
    ]);
  });

  it('reads no place in a pole that was missed or fought for', () => {
    expect(read('Rosberg was very nearly denied pole by Hamilton.')).toEqual([]);
    expect(read('Hamilton lost the battle for pole position.')).toEqual([]);
  });

  it('takes "of a second" and "a quarter of a second" into the gap', () => {
    expect(read('Hamilton was 0.06 of a second faster than Vettel.')).toMatchObject([{ text: '0.06 of a second', value: 0.06 }]);
    expect(read('Hamilton was over a quarter of a second clear of Vettel.')).toMatchObject([{ text: 'a quarter of a second', value: 0.25 }]);
  });

  it('marks a subject guessed from a name after the figure as unsure', () => {
    const [pole] = extractClaims('Team wins a third straight pole; Webber to start eighth.', { roster });
    expect(pole).toMatchObject({ text: 'pole', subjectSure: false });
  });

  it('does not give a clause that opens on a subject of its own to the driver the sentence named before', () => {
    const text = 'Perez moved to within 0.023 seconds on his final lap, only for the three-time World Champion to secure the pole.';
    const pole = extractClaims(text, { roster: [...roster, { id: 'perez', name: 'Sergio Perez', kind: 'driver' }] }).find((claim) => claim.text === 'pole');
    expect(pole).toMatchObject({ subjectSure: false });
    expect(pole?.subject).not.toBe('Perez');
  });

  it('reads "Aston Martin" as a make, not as a driver called Martin', () => {
    const withMartin: Roster = [...roster, { id: 'martin', name: 'Maxime Martin', kind: 'driver' }, { id: 'gunn', name: 'Ross Gunn', kind: 'driver' }];
    const text = 'Nico Rosberg topped Ross Gunn in the No. 23 Heart of Racing Aston Martin Vantage by 0.048 seconds.';
    expect(extractClaims(text, { roster: withMartin })[0]).toMatchObject({ text: '0.048 seconds', subject: 'Nico Rosberg', reference: 'Ross Gunn' });
  });

  it('gives a place to the one it is of, or to the one named right after the phrase the sentence opens with', () => {
    const withLeclerc: Roster = [...roster, { id: 'leclerc', name: 'Charles Leclerc', kind: 'driver' }];
    const subjectOf = (text: string) => extractClaims(text, { roster: withLeclerc }).find((claim) => claim.kind === 'position');
    expect(subjectOf('Terza pole stagionale di Charles Leclerc che domani partirà davanti a tutti.')).toMatchObject({ subject: 'Charles Leclerc', subjectSure: true });
    expect(subjectOf("Avec la 79e pole de sa carrière, Hamilton a frappé un grand coup.")).toMatchObject({ subject: 'Hamilton', subjectSure: true });
    expect(subjectOf('Fernando Alonso could only manage 7th in front of Mark Webber.')?.subject).toBe('Fernando Alonso');
    expect(subjectOf('Max Verstappen heeft poleposition veroverd voor de Grote Prijs van Nederland.')?.subject).toBe('Max Verstappen');
  });

  it('pairs listed teams with listed places, and never takes a series for a team', () => {
    const text = 'The customer teams Proton Competition and JDC-Miller MotorSports will tackle the second round of the North American IMSA championship from fifth and ninth on the grid.';
    expect(extractClaims(text).map((claim) => [claim.text, claim.subject])).toEqual([['fifth', 'Proton Competition'], ['ninth', 'JDC-Miller MotorSports']]);
    // A team named for its sponsor is still a team; "over" that points to a class beats no one.
    expect(extractClaims('Over in GTLM the WeatherTech Racing crew finished third.')[0]?.subject).toBe('WeatherTech Racing');
    expect(extractClaims('Acura took pole in the IMSA WeatherTech SportsCar Championship opener.')[0]?.subject).not.toMatch(/WeatherTech/);
    // The make a team races with describes its car.
    const make = 'In the GTD Pro class, AO Racing secured a fine starting position with the Porsche 911 GT3 R and will start in second place.';
    expect(extractClaims(make)[0]?.subject).toBe('AO Racing');
  });

  it('gives a figure after "the latter" to a name between them, and "the latter" to a driver, not a corner', () => {
    const spa: Roster = [...roster, ...['Antonio Fuoco', 'Alessandro Pier Guidi', 'Robin Frijns'].map((name) => ({ id: name, name, kind: 'driver' as const }))];
    const text = 'Fuoco then passed Pier Guidi to take the lead at Les Combes, with the latter driver becoming embroiled in a battle with Robin Frijns, culminating in Frijns passing at Blanchimont for third.';
    expect(extractClaims(text, { roster: spa }).find((claim) => claim.text === 'third')?.subject).toBe('Robin Frijns');
    const latter = 'Fuoco passed Pier Guidi at Les Combes. The latter was third.';
    expect(extractClaims(latter, { roster: spa }).find((claim) => claim.text === 'third')?.subject).toBe('Pier Guidi');
  });

  it('points "The defending champion" back to the one named before, but not "The top eight cars"', () => {
    const champion = extractClaims('Lewis Hamilton led practice. The defending world champion then took a fifth pole position.', { roster });
    expect(champion.find((claim) => claim.kind === 'position')).toMatchObject({ subject: 'Lewis Hamilton', subjectSure: true });
    const group = extractClaims('Lewis Hamilton took pole. The top eight cars were separated by only 0.815 seconds.', { roster });
    expect(group.find((claim) => claim.kind === 'gap')).toMatchObject({ subjectSure: false });
    // A thing the sentence is about points back to no one.
    const victory = extractClaims('Fernando Alonso clawed back points. The victory, from third on the starting grid, was Kimi Räikkönen’s second.', { roster });
    expect(victory.find((claim) => claim.text === 'third')?.subject).toBe('Kimi Räikkönen');
  });

  it('measures a gap "between the two drivers" between the two the sentence before names, the first ahead', () => {
    const text = 'Lewis Hamilton snatched pole in a photo-finish with Nico Rosberg. The margin between the two drivers was 0.007 seconds.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Lewis Hamilton', reference: 'Nico Rosberg', subjectSure: false });
    const three = 'Lewis Hamilton beat Nico Rosberg and Sebastian Vettel. The margin between the two was 0.007 seconds.';
    expect(extractClaims(three, { roster }).find((claim) => claim.kind === 'gap')?.reference).toBeNull();
  });

  it('passes "He" over a sentence about someone unnamed that names only the one beaten', () => {
    const text = '“It worked,” said a relieved Kimi Räikkönen. The impassive Finn was 26 points adrift of Lewis Hamilton. He took the flag 2.414 seconds ahead of Fernando Alonso.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'gap')?.subject).toBe('Kimi Räikkönen');
  });
});
