import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// The 2014 Singapore Grand Prix: Hamilton took pole by 0.007s from Rosberg in Q3.
let singapore: CheckContext;

beforeAll(async () => {
  singapore = await eventContext([F1], { race: '2014 Singapore' });
}, 60_000);

const gapIn = (text: string) => new Checker(singapore).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a gap that falls "short" with no one named', () => {
  it('is measured against the pole the sentence names, and refuted by it', () => {
    const gap = gapIn('Hamilton was almost robbed of pole by Nico Rosberg, who fell 0.5 seconds short in the final part of qualifying.');
    expect(gap).toMatchObject({ verdict: 'contradicted', expected: 0.007 });
  });

  it('is left unverifiable when the sentence names no pole', () => {
    const gap = gapIn('Nico Rosberg improved in the final part of qualifying but fell 0.5 seconds short.');
    expect(gap).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('whom the gap is measured against') });
  });
});
