import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { placeNamedAfter } from '../../../src/domain/check/place-elsewhere';
import { F1, eventContext } from './timing-data';

// The 2014 Singapore Grand Prix, at Marina Bay: Alonso finished fourth. On a WEC 2025 Lone Star Le Mans page outside the
// corpus, "The No. 38 hybrid racecar, which was runner-up at Interlagos, placed sixth" had its Interlagos place refuted
// by the Austin order.
let singapore: CheckContext;

beforeAll(async () => {
  const event = await eventContext([F1], { race: '2014 Singapore' });
  singapore = { ...event, mainSessionId: event.sessions.find((session) => session.kind === 'race')!.id };
}, 60_000);

const placeIn = (text: string, words: string) => new Checker(singapore).checkText(text).claims.find((claim) => claim.kind === 'position' && text.slice(claim.start, claim.end) === words);

describe('a place told at another circuit or event', () => {
  it('reads the name after "at" or "in", not a class, a session or a day', () => {
    const after = (text: string, words: string) => placeNamedAfter(text, { end: text.indexOf(words) + words.length });
    expect(after('The No. 38 hybrid racecar, which was runner-up at Interlagos, placed sixth.', 'runner-up')).toBe('Interlagos');
    expect(after('He finished second in GTD Pro.', 'second')).toBeNull();
    // Seed 003: "Iron Lynx's Lamborghini Huracan #19 is fifth in GTD-Pro".
    expect(after('Iron Lynx’s Lamborghini Huracan #19 is fifth in GTD-Pro with Caldarelli.', 'fifth')).toBeNull();
    expect(after('She was third in Q3.', 'third')).toBeNull();
    expect(after('He was fifth in Friday practice.', 'fifth')).toBeNull();
    expect(after('He was fifth at the start.', 'fifth')).toBeNull();
  });

  it('is not refuted by the checked session’s order', () => {
    const runnerUp = placeIn('Fernando Alonso, who was runner-up at Monza, finished fourth.', 'runner-up');
    expect(runnerUp).toMatchObject({ verdict: 'unverifiable', reason: 'it is a place at Monza, not at Singapore Grand Prix' });
    expect(placeIn('Fernando Alonso, who was runner-up at Monza, finished fourth.', 'fourth')).toMatchObject({ verdict: 'confirmed' });
  });

  it('is still refuted when the name is the checked event or its circuit', () => {
    expect(placeIn('Fernando Alonso was runner-up in Singapore.', 'runner-up')).toMatchObject({ verdict: 'contradicted', expected: 4 });
    expect(placeIn('Fernando Alonso was runner-up at Marina Bay.', 'runner-up')).toMatchObject({ verdict: 'contradicted', expected: 4 });
  });
});
