import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { dutch } from '../../../src/domain/claims/languages/dutch';
import { italian } from '../../../src/domain/claims/languages/italian';
import { french } from '../../../src/domain/claims/languages/french';
import { spanish } from '../../../src/domain/claims/languages/spanish';

const read = (text: string, language?: Parameters<typeof extractClaims>[1]) => extractClaims(text, language).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);

describe('an ordinal before a nationality noun ("de tweede Nederlander in de GTP-klasse")', () => {
  it('counts drivers of that nationality, no place, in each language', () => {
    expect(read('Tijmen van der Helm, de tweede Nederlander in de GTP-klasse, werd met teamgenoten Mike Rockenfeller en Felipe Nasr vijfde.', { language: dutch })).toEqual([['vijfde', 5]]);
    expect(read('Jarno Trulli was the second Italian in the points, behind Fisichella.')).toEqual([]);
    expect(read('Giovinazzi è il secondo italiano al via, dopo Fisichella.', { language: italian })).toEqual([]);
    expect(read('Pierre Gasly, le deuxième Français sur la grille, a fini huitième.', { language: french })).toEqual([['huitième', 8]]);
    expect(read('Alonso, el primer español en ganar, terminó tercero.', { language: spanish })).toEqual([['tercero', 3]]);
  });

  it('leaves a place followed by a nationality and a name to the other rules', () => {
    expect(read('Hamilton finished third, Brazilian Felipe Massa fourth.')).toEqual([['third', 3], ['fourth', 4]]);
  });
});

describe('an ordinal counting over a career or history ("ottava in carriera", "the first in WEC history")', () => {
  it('is no place', () => {
    expect(read('centrando la quarta pole position stagionale su 4 tentativi con Sebastian Vettel (terza pole quest’anno e ottava in carriera) staccando il miglior tempo', { language: italian }).map(([text]) => text)).not.toContain('ottava');
    expect(read('However, as extraordinary as the Qatar 1-2-3 was, it was not the first in WEC history—Audi achieved the feat in 2012.').map(([text]) => text)).not.toContain('first');
    expect(read('The path to the first win of the season for the No. 7 Porsche, the 11th in IMSA competition for Campbell and the ninth for Nasr, was made easier.')).toEqual([]);
  });

  it('leaves a place in a session alone', () => {
    expect(read('Nasr finished second in the race and ninth in qualifying.')).toEqual([['second', 2], ['ninth', 9]]);
  });
});

describe('"the" or a possessive and an ordinal with its noun left out ("The pole was his first in IMSA and the first at CTMP")', () => {
  it('counts the results named before', () => {
    expect(read('The pole was his first in IMSA and the first at CTMP for Paul Miller Racing.')).toEqual([['pole', 1]]);
    expect(read('The win is Hamilton’s fifth of the season, his second British GP win, and the eighth for Mercedes GP.')).toEqual([]);
  });
});

describe('a bracketed alternative to an ordinal ("marked its fourth (or second) triumph")', () => {
  it('shares the ordinal’s noun: a count where that ordinal counts', () => {
    expect(read('Excluding its two consecutive Le Mans 24 Hours victories, the Losail race marked its fourth (or second) triumph.')).toEqual([]);
  });
});

const roster = ['Renger van der Zande', 'Felipe Nasr', 'Valtteri Bottas', 'Lewis Hamilton', 'Nico Rosberg', 'Mathieu Jaminet', 'Jenson Button'].map((name) => ({ id: name.toLowerCase(), name, kind: 'driver' as const }));
const holders = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

describe('a place after a measured deficit to one named ("finished 1.473 seconds behind Nasr in second place")', () => {
  it('is the place of the one who trailed, not of the one named', () => {
    expect(holders('Renger van der Zande finished 1.473 seconds behind Nasr in second place.')).toEqual([['second', 'Renger van der Zande']]);
    expect(holders('Valtterie Bottas has his second straight podium finish in his Williams-Mercedes, 30.135s behind Hamilton in second place.')).toEqual([['second', 'Valtterie Bottas']]);
  });

  it('stays the one named’s where the subject’s own place came before, or no deficit is measured', () => {
    expect(holders('Lewis Hamilton was third, 2.3s behind Nico Rosberg in second.')).toEqual([['third', 'Lewis Hamilton'], ['second', 'Nico Rosberg']]);
    expect(holders('Felipe Nasr beat team-mate Jenson Button in third.')).toEqual([['third', 'Jenson Button']]);
  });
});

describe('a car demoted to a place, written "No. 7" ("slipped past to demote the No. 7 to fourth place")', () => {
  it('is the demoted car’s place: the dot of "No." ends no sentence', () => {
    expect(holders('Renger van der Zande and Mathieu Jaminet (No. 6 Porsche Penske Motorsport Porsche 963) also slipped past to demote the No. 7 to fourth place.')).toEqual([['fourth', '#7']]);
  });
});

describe('a row or a pair of places with a team right after it ("qualifiche Gp Cina: prima fila Red Bull")', () => {
  const withTeams = [...roster, { id: 'red bull', name: 'Red Bull', kind: 'team' as const }];
  const teamHolders = (text: string, language?: typeof italian) => extractClaims(text, { roster: withTeams, ...(language ? { language } : {}) }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('is the team’s, not that of a name before it', () => {
    expect(teamHolders('• F1, qualifiche Gp Cina: prima fila Red Bull. Pole di Vettel, Webber secondo', italian)[0]).toEqual(['prima fila', 'Red Bull']);
    expect(teamHolders('Chinese GP qualifying: front row for Red Bull.')).toEqual([['front row', 'Red Bull']]);
  });

  it('leaves a team that runs on into the clause to the other rules', () => {
    expect(teamHolders('Lewis Hamilton took the front row Red Bull had wanted.')).toEqual([['front row', 'Lewis Hamilton']]);
  });
});

describe('places listed respectively in brackets ("Berger and Brundle recovered their positions (third and fifth respectively)")', () => {
  const pairRoster = ['Gerhard Berger', 'Martin Brundle'].map((name) => ({ id: name.toLowerCase(), name, kind: 'driver' as const }));
  const pairHolders = (text: string) => extractClaims(text, { roster: pairRoster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('pair with the names before, in order, not all with the last', () => {
    expect(pairHolders('At the mid-race pit stops, Berger and Brundle recovered their positions (third and fifth respectively).')).toEqual([['third', 'Berger'], ['fifth', 'Brundle']]);
  });

  it('leave a single place in brackets to the name before it', () => {
    expect(pairHolders('Berger recovered his position (third) after the stops.')).toEqual([['third', 'Berger']]);
  });
});
