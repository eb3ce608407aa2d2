import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// Moments that gave false contradictions on real F1 qualifying pages outside the corpus: the 2014 Singapore (Alonso
// fifth, Räikkönen seventh at the end) and 2015 Hungarian (Bottas sixth) qualifying, from the Ergast tables.
let singapore: CheckContext;
let hungary: CheckContext;

beforeAll(async () => {
  singapore = await eventContext([F1], { race: '2014 Singapore' });
  hungary = await eventContext([F1], { race: '2015 Hungarian' });
}, 60_000);

const placesIn = (context: CheckContext, text: string) => new Checker(context).checkText(text).claims.filter((claim) => claim.kind === 'position');

describe('a place told some minutes into the session', () => {
  it('is the order then, for every clause of the sentence', () => {
    const places = placesIn(singapore, '7 minutes into the session, Fernando Alonso, who had been quickest in FP3 in his Ferrari, grabbed the top spot with a 1:48.203 while his teammate Kimi Raikkonen took second with a 1:48.583.');
    expect(places.map((claim) => [claim.subject, claim.verdict])).toEqual([['Fernando Alonso', 'unverifiable'], ['Kimi Raikkonen', 'unverifiable']]);
    expect(places[0].reason).toMatch(/one moment/);
  });

  it('is still the result without those words', () => {
    expect(placesIn(singapore, 'Fernando Alonso grabbed the top spot in qualifying.')[0]).toMatchObject({ verdict: 'contradicted', expected: 5 });
  });
});

describe('a place someone "took over in"', () => {
  it('is the order at that moment', () => {
    const [place] = placesIn(hungary, 'The main switch came when Williams’ Valtteri Bottas switched to the softs and took over in P1 with a time of 1:23.649.');
    expect(place).toMatchObject({ subject: 'Valtteri Bottas', verdict: 'unverifiable', reason: expect.stringMatching(/one moment/) });
    expect(placesIn(hungary, 'Valtteri Bottas took P1 in qualifying.')[0]).toMatchObject({ verdict: 'contradicted', expected: 6 });
  });
});
