import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { hintInSentence as hintOf } from './hints';
import { F1, eventContext } from './timing-data';

let singaporeQualifying: CheckContext;

beforeAll(async () => {
  const event = await eventContext([F1], { race: '2014 Singapore' });
  singaporeQualifying = { ...event, mainSessionId: event.sessions.find((session) => session.kind === 'qualifying')!.id };
}, 60_000);

const placesOf = (text: string) => new Checker(singaporeQualifying).checkText(text).claims.filter((claim) => /fifth|sixth/.test(claim.text));

describe('"finished" in a qualifying report', () => {
  it('ends the session when neither its paragraph nor the one before tells a race', () => {
    const rundown = 'Alonso finished in fifth place, while Massa finished in sixth place, the last of the top six finishers of the session.';
    expect(placesOf(`Hamilton took pole from Rosberg in Q3.\n\n${rundown}`).map((claim) => claim.verdict)).toEqual(['confirmed', 'confirmed']);
    // Alonso finished the race fourth: after a paragraph about the race, "finished" is the race's.
    expect(placesOf(`Hamilton won the race on Sunday.\n\n${rundown}`).map((claim) => claim.verdict)).not.toContain('confirmed');
  });
});

describe('an aside about the driver', () => {
  it('set off by dashes lends its race to no figure outside it', () => {
    const text = 'Hamilton – who won this race twice in his career – then delivered a stunning 1:45.681 on his final run.';
    expect(hintOf(text, '1:45.681').kind).not.toBe('race');
    expect(hintOf('Hamilton, who won this race twice, then delivered a stunning 1:45.681 in the race.', '1:45.681').kind).toBe('race');
  });

});

describe('a session a car came from', () => {
  it('"recovered from a disappointing qualifying to finish fourth" lends its qualifying to no place of the race', () => {
    const text = 'Toyota recovered from a disappointing qualifying to finish fourth, while Cadillac took fifth and sixth.';
    expect(hintOf(text, 'fifth')).toMatchObject({ qualifyingParagraph: false });
    expect(hintOf(text, 'fifth').kind).not.toBe('qualifying');
    expect(hintOf('Toyota had a disappointing qualifying, while Cadillac took fifth and sixth.', 'fifth').qualifyingParagraph).toBe(true);
  });
});
