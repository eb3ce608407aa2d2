import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { portuguese } from '../../../src/domain/claims/languages/portuguese';

describe('a sweep written in digits', () => {
  it('reads "1-2-3" as the first three places, as "one-two-three" is', () => {
    const [sweep] = extractClaims('Toyota completed a crushing 1-2-3 at the Bahrain finale.').filter((claim) => claim.kind === 'position');
    expect([sweep.text, sweep.value, sweep.placeRange, sweep.subject]).toEqual(['1-2-3', 1, [1, 3], 'Toyota']);
  });

  it('leaves a longer run of digits, a score or a sequence, unread', () => {
    expect(extractClaims('The locals won the five-a-side match 1-2-3-4 on penalties.').filter((claim) => claim.kind === 'position')).toEqual([]);
  });
});

describe('a place taken by passing someone', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('gives the place to the one who passed, not the one passed', () => {
    expect(places('Oscar Piastri passed Charles Leclerc for third on the opening lap.')).toEqual([['third', 'Oscar Piastri']]);
    expect(places('On lap 9 Lando Norris got past George Russell for fifth.')).toEqual([['fifth', 'Lando Norris']]);
    expect(places('Sergio Perez used fresher tyres to pick off Fernando Alonso for sixth.')).toEqual([['sixth', 'Sergio Perez']]);
  });

  it('keeps a passive pass the passer’s', () => {
    expect(places('Charles Leclerc was passed by Oscar Piastri for third.')).toEqual([['third', 'Oscar Piastri']]);
  });
});

describe('a participle clause after a clause whose subject stands before an aside', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('gives the place to the driver the aside is about, not the one held off', () => {
    expect(places('Lewis Hamilton, in the Mercedes, resisted George Russell, securing second place.')).toEqual([['second', 'Lewis Hamilton']]);
    expect(places('Max Verstappen, who started ninth, held off Lando Norris, claiming fourth.')).toEqual([
      ['ninth', 'Max Verstappen'],
      ['fourth', 'Max Verstappen'],
    ]);
  });

  it('leaves a clause that opens on a name of its own to that name', () => {
    expect(places('Lewis Hamilton struggled, George Russell held off Lando Norris, securing second place.')).toEqual([['second', 'George Russell']]);
  });
});

describe('a superlative after a name and an adverb', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

  it('reads "with Norris briefly fastest" as first place, as "with Norris fastest" is', () => {
    expect(places('Both McLarens ran early, with Lando Norris briefly fastest on 1:27.110 before the Ferraris improved.')).toEqual([['fastest', 1, 'Lando Norris']]);
  });
});

describe('a place written as an attribute before its holder', () => {
  const roster = ['Oscar Piastri', 'Pierre Gasly', 'Esteban Ocon', 'Lando Norris'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.value, claim.subject]);

  it('gives "fifth-place Gasly" and "above ninth place Ocon" to the one named next', () => {
    expect(places('Oscar Piastri was fourth, a tenth clear of fifth-place Pierre Gasly.')).toEqual([
      [4, 'Oscar Piastri'],
      [5, 'Pierre Gasly'],
    ]);
    expect(places('Oscar Piastri was seventh and two tenths above ninth place Esteban Ocon.')).toEqual([
      [7, 'Oscar Piastri'],
      [9, 'Esteban Ocon'],
    ]);
  });

  it('leaves a place said after its verb to the one before it, even with a name run on after it', () => {
    expect(places('Oscar Piastri finished in sixth place Lando Norris was seventh.')).toEqual([
      [6, 'Oscar Piastri'],
      [7, 'Lando Norris'],
    ]);
  });
});

describe('a place in a list of a team name ending on digits', () => {
  it('reads "Name, Team F1, second;" as that driver’s place, as "Name, Team, second;" is', () => {
    const roster = ['Nico Hulkenberg', 'Sergio Perez'].map((name) => ({ id: name, name, kind: 'driver' as const }));
    const places = extractClaims('On the podium: Nico Hulkenberg, Racing Point F1, third; Sergio Perez, Force India, first.', { roster })
      .filter((claim) => claim.kind === 'position')
      .map((claim) => [claim.text, claim.subject]);
    expect(places).toContainEqual(['third', 'Nico Hulkenberg']);
  });
});

describe('classes ranked against each other', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('reads no place where a class is the one ranked', () => {
    expect(places('The GTP cars are the fastest of the three classes on track. The LMP2 class is second-fastest, and the GTD machines are third-fastest.')).toEqual([]);
  });

  it('still reads a driver’s place in a class', () => {
    expect(places('Ricky Taylor was second-fastest in the GTP class.')).toEqual([['second', 'Ricky Taylor']]);
  });
});

describe('a row two drivers share, set off by a comma', () => {
  it('opens on the first of the pair', () => {
    const roster = ['Valtteri Bottas', 'Pierre Gasly'].map((name) => ({ id: name, name, kind: 'driver' as const }));
    const [row] = extractClaims('The pair will line up ahead of Valtteri Bottas (Mercedes) and Pierre Gasly (AlphaTauri), on the second row.', { roster }).filter((claim) => claim.kind === 'position');
    expect([row.text, row.placeRange, row.subject]).toEqual(['second row', [3, 4], 'Valtteri Bottas']);
  });
});

describe('a verb after "but" that shares its subject', () => {
  const places = (text: string, options = {}) => extractClaims(text, options).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('gives the place to the clause’s subject past an opening phrase and a comma', () => {
    expect(places('On the last lap, Lando Norris hounded Oscar Piastri all the way, but finished fourth.')).toEqual([['fourth', 'Lando Norris']]);
  });

  it('takes the subject of the last clause before the verb', () => {
    expect(places('By lap 10, Lando Norris was still ahead of Max Verstappen but George Russell had no grip and dropped to 15th.')).toEqual([['15th', 'George Russell']]);
  });

  it('reads the same after "mas" in Portuguese, which leaves the subject out', () => {
    expect(places('No fim, Lando Norris pressionou Oscar Piastri até a bandeirada, mas terminou em quarto.', { language: portuguese })).toEqual([['quarto', 'Lando Norris']]);
  });
});
