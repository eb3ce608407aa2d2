import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions } from './timing-data';

// 2023 Spanish Grand Prix qualifying: Verstappen on pole, Sainz second.
let spain: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2023 Spanish' });
  const qualifying = f1.sessions.find((session) => session.kind === 'qualifying')!;
  spain = { ...f1, mainSessionId: qualifying.id, roster: [] };
}, 60_000);

const poleOf = (text: string) => new Checker(spain).checkText(text).claims.find((claim) => /^pole$/i.test(claim.text));

describe('a pole read as the wrong driver’s, another driver named beside it by surname alone', () => {
  it('is not called wrong when that surname’s driver holds it: the reader may have taken the wrong one', () => {
    // The reader now keeps 'Verstappen se quedó con la pole con Sainz …' with Verstappen; this one it still gives Sainz.
    const pole = poleOf('Una vez más la pole con Sainz a su lado en la primera fila: Verstappen.');
    expect(pole).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('Verstappen, named beside it') });
  });

  it('is still called wrong when the word beside it is a team’s name, not a driver’s', () => {
    expect(poleOf('Red Bull looked strong all weekend, but Sainz took pole.')).toMatchObject({ verdict: 'contradicted' });
  });
});
