import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions } from './timing-data';

// 2021 Styrian Grand Prix: Verstappen won, 35.743s ahead of Hamilton; Bottas third.
let styria: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2021 Styrian' });
  const race = f1.sessions.find((session) => session.kind === 'race')!;
  styria = { ...f1, mainSessionId: race.id, roster: [] };
}, 60_000);

const gapOf = (text: string) => new Checker(styria).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a winning margin over the one beaten, the winner not named', () => {
  it('is the margin of the winner of that car’s class, borne out or refuted by it', () => {
    expect(gapOf('The margin of victory was 35.743 seconds over Lewis Hamilton.')).toMatchObject({ subject: 'Max Verstappen', verdict: 'confirmed' });
    expect(gapOf('The margin of victory was 36.743 seconds over Lewis Hamilton.')).toMatchObject({ subject: 'Max Verstappen', verdict: 'contradicted', suggestion: '35.743 seconds' });
  });

  it('leaves a gap over someone with no word of a victory unmeasured', () => {
    const gap = gapOf('The gap was 35.743 seconds over Lewis Hamilton.');
    expect(gap?.subject).not.toBe('Max Verstappen');
    expect(gap?.verdict).not.toBe('contradicted');
  });
});
