import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import type { TimingSession } from '../../../src/domain/timing';
import { claimOf } from './claim-of';
import { loadSessions, ROAR_2023 } from './timing-data';
import { NO_HINT } from './hints';


// The 2023 Roar qualifying: #60 Acura first, #7 Porsche second, Ricky Taylor's #10 third; Jordan Taylor is entered
// in the #3 Corvette but Antonio Garcia drove every lap of it.
let qualifying: TimingSession;
let roar: CheckContext;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2023]);
  qualifying = sessions.find((session) => session.kind === 'qualifying')!;
  roar = { sessions: [qualifying], mainSessionId: qualifying.id, tracks, roster: [] };
}, 60_000);

describe('a place from one moment of the session', () => {
  it('is not confirmed from the final order through a make the sentence names', () => {
    const [early] = new Checker(roar).checkText('Early in the session the Porsche was second.').claims;
    expect(early).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('one moment') });
    const [final] = new Checker(roar).checkText('Porsche were second in qualifying.').claims;
    expect(final).toMatchObject({ verdict: 'confirmed' });
  });
});

describe('the subject of a place', () => {
  it('is the one namesake who drove in the session', () => {
    const [third] = new Checker(roar).checkText("Taylor's lap ensures he'll start third in the Rolex 24.").claims;
    expect(third).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('#10') });
    // The writer may still have meant the namesake who did not drive: the guess bears a place out, never refutes it.
    const [fifth] = new Checker(roar).checkText("Taylor's lap ensures he'll start fifth in the Rolex 24.").claims;
    expect(fifth).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('read as Ricky Taylor') });
    const noLaps: CheckContext = { ...roar, sessions: [{ ...qualifying, laps: [] }] };
    const [unknown] = new Checker(noLaps).checkText("Taylor's lap ensures he'll start third in the Rolex 24.").claims;
    expect(unknown).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('could be') });
  });
});

describe('the scope of a place', () => {
  it('reads a series named as the scope as no class: the whole field or the car’s class', () => {
    const checked = checkClaim(claimOf({ kind: 'position', text: 'fastest', value: 1, subject: '#60', scope: 'IMSA' }), NO_HINT, roar);
    expect(checked).toMatchObject({ verdict: 'confirmed', expected: 1 });
  });
});

describe('a starting place in a race whose file holds no grid', () => {
  it('is borne out by the qualifying order, and never contradicted by it', () => {
    const reversed = [...qualifying.results].reverse().map((result, at) => ({ ...result, position: at + 1, classPosition: at + 1, grid: null }));
    const race: TimingSession = { ...qualifying, id: 'race', name: 'Race', kind: 'race', laps: [], results: reversed };
    const context: CheckContext = { ...roar, sessions: [race, qualifying], mainSessionId: 'race' };
    const hint = { ...NO_HINT, grid: true };
    expect(checkClaim(claimOf({ kind: 'position', text: 'pole', value: 1, subject: '#60' }), hint, context)).toMatchObject({ verdict: 'confirmed', sessionId: qualifying.id });
    expect(checkClaim(claimOf({ kind: 'position', text: 'pole', value: 1, subject: '#7' }), hint, context)).toMatchObject({
      verdict: 'unverifiable',
      reason: expect.stringContaining('qualifying placed'),
    });
  });
});
