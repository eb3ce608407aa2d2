import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { hintInSentence as hintOf } from './hints';
import { F1, eventContext } from './timing-data';

// 2019 Austria: Hamilton qualified second and took a grid penalty, so Verstappen (third in qualifying) started
// second, Norris (sixth) fifth and Räikkönen (seventh) sixth.
let austria: CheckContext;

beforeAll(async () => {
  const event = await eventContext([F1], { race: '2019 Austria' });
  austria = { ...event, mainSessionId: event.sessions.find((session) => session.kind === 'race')!.id };
}, 60_000);

const verdictOf = (text: string, figure: string) => new Checker(austria).checkText(text).claims.find((claim) => claim.text === figure)?.verdict;

describe('a starting place', () => {
  it('is read from "starting alongside on the front row", an adverb between the verb and its place', () => {
    expect(hintOf('Leclerc took pole, with Verstappen starting alongside on the front row.', 'front row').grid).toBe(true);
    expect(verdictOf('Leclerc took pole, with Verstappen starting alongside on the front row.', 'front row')).toBe('confirmed');
  });

  it('is read from "leading from pole", whatever moment of the race the sentence tells', () => {
    const text = 'The lights went out and the race started with Leclerc leading from pole, as Verstappen bogged down.';
    expect(hintOf(text, 'pole')).toMatchObject({ grid: true, moment: false });
    expect(hintOf('Leclerc took pole on his first run.', 'pole').grid).toBe(false);
  });

  it('is a place of the grid a penalty "sending him to fourth on the grid" told of in its paragraph', () => {
    expect(verdictOf('Hamilton was given a penalty that dropped him to fourth on the grid. Norris was fifth, with Raikkonen sixth.', 'fifth')).toBe('confirmed');
    expect(verdictOf('Hamilton was given a reprimand. Norris was fifth, with Raikkonen sixth.', 'fifth')).toBe('unverifiable');
  });
});

describe('a row of the grid after the front one', () => {
  it('names qualifying, as the front row does (half M: "to make an all Red second row")', () => {
    expect(hintOf('Felipe Massa managed to put his Ferrari into 4th position to make an all Red second row.', '4th').kind).toBe('qualifying');
  });
});
