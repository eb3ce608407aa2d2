import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import { claimOf } from './claim-of';
import { f1QualifyingContext } from './timing-data';
import { NO_HINT } from './hints';

// 2014 Singapore qualifying: Sutil (1:48.324) was the fastest out in Q1, 0.181s behind Pérez (1:48.143), the slowest
// through; Button (1:46.943) the fastest out in Q2, 0.017s behind Kvyat (1:46.926).
let qualifying: CheckContext;

beforeAll(async () => {
  qualifying = await f1QualifyingContext('2014 Singapore');
}, 60_000);

const gap = (sentence: string, text: string, value: number, subject: string) =>
  checkClaim(claimOf({ kind: 'gap', text, value, subject, sentence, decimals: 3 }), NO_HINT, qualifying);

describe('a gap of a driver knocked out of a part of F1 qualifying', () => {
  it('is measured against the slowest driver who went through', () => {
    expect(gap('Adrian Sutil missed out on a place in Q2 by 0.181s.', '0.181s', 0.181, 'Adrian Sutil')).toMatchObject({ reference: 'Sergio Pérez', verdict: 'confirmed' });
    const q2 = gap('Jenson Button was knocked out by just 0.017s, leaving him 11th.', '0.017s', 0.017, 'Jenson Button');
    expect(q2).toMatchObject({ reference: 'Daniil Kvyat', verdict: 'confirmed' });
  });

  it('names no one when the sentence does not say the driver went out', () => {
    expect(gap('Jenson Button was 0.017s slower in the second part.', '0.017s', 0.017, 'Jenson Button').reference).toBeNull();
  });
});

describe('a margin a driver missed out by, when the sentence goes on to name another', () => {
  it('is still measured against the cut', () => {
    const sentence = 'Jenson Button missed out on Q3 by just 0.017s, the McLaren driver ending up 11th, ahead of Sergio Pérez.';
    const checked = checkClaim(claimOf({ kind: 'gap', text: '0.017s', value: 0.017, subject: 'Jenson Button', reference: 'Sergio Pérez', sentence, decimals: 3 }), NO_HINT, qualifying);
    expect(checked).toMatchObject({ reference: 'Daniil Kvyat', verdict: 'confirmed' });
  });

  it('keeps a reference the words measure against themselves', () => {
    const sentence = 'Jenson Button was knocked out, 0.2s slower than Sergio Pérez.';
    expect(checkClaim(claimOf({ kind: 'gap', text: '0.2s', value: 0.2, subject: 'Jenson Button', reference: 'Sergio Pérez', sentence, decimals: 1 }), NO_HINT, qualifying).reference).toBe('Sergio Pérez');
  });
});

describe('a driver knocked out of a part, in the other languages', () => {
  let brazil: CheckContext;
  let saoPaulo: CheckContext;
  beforeAll(async () => {
    brazil = await f1QualifyingContext('2019 Brazil');
    saoPaulo = await f1QualifyingContext('2021 São Paulo');
  }, 60_000);
  const gapIn = (context: CheckContext, sentence: string, text: string, value: number, subject: string) =>
    checkClaim(claimOf({ kind: 'gap', text, value, subject, sentence, decimals: 3 }), NO_HINT, context);

  it('is measured against the cut where Dutch puts the verb before or after the part it missed', () => {
    // gptoday.nl and f1maximaal.nl: Kvyat was 0.032s slower than Pérez, 15th in Q1; Stroll 0.065s slower than Räikkönen.
    expect(gapIn(brazil, 'Kvyat miste daardoor Q2 op slechts 32 duizendsten.', '32 duizendsten', 0.032, 'Daniil Kvyat')).toMatchObject({ reference: 'Sergio Pérez', verdict: 'confirmed' });
    const stroll = 'Uitgeschakeld in Q1 zijn de beide Hazen, de beide Williams en Lance Stroll, die er op het laatste moment werd uitgeduwd en op vijfenzestig duizendste Q2 misloopt.';
    expect(gapIn(saoPaulo, stroll, 'vijfenzestig duizendste', 0.065, 'Lance Stroll')).toMatchObject({ reference: 'Kimi Räikkönen', verdict: 'confirmed' });
  });

  it('is measured against the cut in German', () => {
    expect(gapIn(brazil, 'Kwjat verpasst Q2 um 0,032 Sekunden.', '0,032 Sekunden', 0.032, 'Daniil Kvyat').reference).toBe('Sergio Pérez');
  });

  it('names no one when a Dutch sentence only says the driver reached the next part', () => {
    expect(gapIn(brazil, 'Kvyat haalde Q2 op 32 duizendsten.', '32 duizendsten', 0.032, 'Daniil Kvyat').reference).toBeNull();
  });
});
