import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { partBefore } from '../../../src/domain/check/qualifying-part';
import { F1, loadSessions } from './timing-data';

// 2014 Singapore qualifying: Button was 4th in Q1, 11th in Q2 and 11th at the end.
let singapore: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  const session = f1.sessions.find((candidate) => candidate.kind === 'qualifying')!;
  singapore = { ...f1, mainSessionId: session.id, roster: [] };
}, 60_000);

function buttonsFourth(paragraphs: string[]) {
  const checker = new Checker(singapore);
  const checked = checker.checkParagraphs(checker.inContext(paragraphs)).at(-1)!;
  return checked.claims.find((claim) => claim.kind === 'position' && claim.text === 'fourth');
}

describe('a report told part by part of qualifying', () => {
  it('reads the part named last in the paragraphs before', () => {
    expect(partBefore('Q1 began in the dusk. Once Q2 got under way, Hamilton went fastest.', 70)).toBe(2);
    expect(partBefore('Hamilton set the pace.', 22)).toBeNull();
  });

  it('checks a place with no part of its own against the part told last', () => {
    const told = buttonsFourth(['Rain threatened as Q1 began, and the Williams pair went out first.', 'Jenson Button was fourth as the McLaren found grip on the softer tyre.']);
    expect(told?.verdict).toBe('confirmed');
    expect(told?.evidence).toContain('P4 in Q1');
  });

  it('leaves a place unverifiable when no part was told before, where the final order differs', () => {
    expect(buttonsFourth(['Rain threatened, and the Williams pair went out first.', 'Jenson Button was fourth as the McLaren found grip on the softer tyre.'])?.verdict).toBe('unverifiable');
  });
});
