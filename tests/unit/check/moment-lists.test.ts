import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

// Words that look like a moment of the session but count cars, name the session or go on down the order.
describe('a place beside "first" or "then" that tells no moment', () => {
  it('takes "the first Cadillac" for a count of cars, "his first run" still for a moment', () => {
    expect(hintOf('Kevin Estre was fifth, ahead of the first Cadillac of Sebastien Bourdais.', 'fifth').moment).toBe(false);
    expect(hintOf('Kevin Estre was fifth, in the first BMW M Hybrid V8.', 'fifth').moment).toBe(false);
    expect(hintOf('Kevin Estre was fifth on his first run.', 'fifth').moment).toBe(true);
    expect(hintOf('Kevin Estre was fifth after the first Q2 run.', 'fifth').moment).toBe(true);
  });

  it('takes "the first practice" for the session’s name', () => {
    expect(hintOf('Dane Cameron was quickest in the first practice session at Sebring.', 'quickest').moment).toBe(false);
  });

  it('takes ", then Porsche’s Matt Campbell" for the next in the order, "then improved" for a moment', () => {
    expect(hintOf('Felipe Nasr was second fastest, then Porsche’s Matt Campbell.', 'second fastest').moment).toBe(false);
    expect(hintOf('Felipe Nasr was second fastest, then improved.', 'second fastest').moment).toBe(true);
  });

  it('takes "Then came …" for the next in the order, "then came back" for a moment', () => {
    expect(hintOf('Then came Rossi and Verdi, while Bianchi rounded out the top 10.', 'top 10').moment).toBe(false);
    expect(hintOf('Rossi led, and then followed Verdi home in second.', 'second').moment).toBe(false);
    expect(hintOf('Rossi then came back to take second.', 'second').moment).toBe(true);
  });
});

describe('a pole made sure of in a purpose clause', () => {
  it('is the session’s outcome, though a moment was told before it', () => {
    expect(hintOf('Nasr then found more time to secure pole by two tenths.', 'pole').moment).toBe(false);
    expect(hintOf('Nasr then found more time to secure pole by two tenths.', 'two tenths').moment).toBe(false);
    expect(hintOf('Nasr then found more time and was on pole by two tenths.', 'two tenths').moment).toBe(true);
  });
});

describe('a gap told right after the place finished in', () => {
  it('is the gap at the flag, though a moment of the race follows it', () => {
    expect(hintOf('Norris finished third, 4.2s behind Leclerc - the gap had been 9s on lap 30.', '4.2s').moment).toBe(false);
    expect(hintOf('Norris was third, 4.2s behind Leclerc - the gap had been 9s on lap 30.', '4.2s').moment).toBe(true);
  });
});

describe('the lap a best lap was set on', () => {
  it('tells no moment of the race', () => {
    expect(hintOf('Fastest lap: Kimi Raikkonen (Ferrari), 1:21.044 on lap 49', '1:21.044').moment).toBe(false);
    expect(hintOf('Raikkonen was second on lap 49.', 'second').moment).toBe(true);
  });
});
