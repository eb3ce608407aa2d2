import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import { partIn } from '../../../src/domain/check/qualifying-part';
import { readHint } from '../../../src/domain/check/session-hint';
import { claimOf } from './claim-of';
import { f1QualifyingContext } from './timing-data';
import { NO_HINT } from './hints';

// 2014 Singapore qualifying: Button was 4th in Q1, 11th in Q2 and 11th at the end; Räikkönen 1st in Q1, 4th in Q2,
// 7th at the end.
let qualifying: CheckContext;

beforeAll(async () => {
  qualifying = await f1QualifyingContext('2014 Singapore');
}, 60_000);

function place(text: string, value: number, subject: string, part: number | null, partAway = true) {
  return checkClaim(claimOf({ kind: 'position', text, value, subject }), { ...NO_HINT, part, partAway }, qualifying);
}

describe('a place in F1 qualifying, which the data keeps for each part', () => {
  it('is the one of the part the words name when it fits, and only that one when named in its clause ("topped Q1")', () => {
    expect(place('11th', 11, 'Jenson Button', 2).verdict).toBe('confirmed');
    expect(place('fourth', 4, 'Jenson Button', 1, false).verdict).toBe('confirmed');
    const topped = place('topped', 1, 'Kimi Räikkönen', 2, false);
    expect(topped.verdict).toBe('contradicted');
    expect(topped.expected).toBe(4);
  });

  it('with a part named away from its clause, may be of the part reached or the final order ("made it through to Q2 in fourth")', () => {
    const reached = place('fourth', 4, 'Jenson Button', 2);
    expect(reached.verdict).toBe('confirmed');
    expect(reached.evidence).toContain('P4 in Q1');
    // "Räikkönen, fastest in Q1, ended up seventh"
    expect(place('seventh', 7, 'Kimi Räikkönen', 1).verdict).toBe('confirmed');
  });

  it('with a part named that no order bears out, is contradicted with that part’s place', () => {
    const checked = place('sixth', 6, 'Jenson Button', 2);
    expect(checked.verdict).toBe('contradicted');
    expect(checked.expected).toBe(11);
  });

  it('with no part named, is not refuted by the final order when one part bears it out', () => {
    const checked = place('fourth', 4, 'Jenson Button', null);
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toBe('the text names no part of qualifying; the data has P11 at the end, P4 in Q1');
    expect(place('sixth', 6, 'Jenson Button', null).verdict).toBe('contradicted');
  });
});

describe('the part of qualifying in Spanish, Portuguese and Italian ordinals', () => {
  it('reads "la segunda calificación", "a primeira qualificação", "la terza qualifica"', () => {
    expect(partIn('había marcado el mejor tiempo en la segunda calificación')).toBe(2);
    expect(partIn('foi o mais rápido na primeira qualificação')).toBe(1);
    expect(partIn('è stato quinto nella terza qualifica')).toBe(3);
  });
});

describe('where the part is named', () => {
  const hintOf = (text: string, figure: string) => {
    const start = text.indexOf(figure);
    return readHint(text, { start, end: start + figure.length, sentence: text });
  };

  it('is away from the figure in another clause of its sentence, and in its own clause otherwise', () => {
    expect(hintOf('Albon made it through to Q2 for the first time, in 14th position.', '14th')).toMatchObject({ part: 2, partAway: true });
    expect(hintOf('Albon was 14th in Q2, a tenth off.', '14th')).toMatchObject({ part: 2, partAway: false });
  });
});
