import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import type { Claim } from '../../../src/domain/claims';
import type { TimingSession } from '../../../src/domain/timing';
import { claimOf } from './claim-of';
import { loadSessions, ROAR_2024, SEBRING_2024 } from './timing-data';
import { NO_HINT } from './hints';

let roar: CheckContext;
let sebringRace: CheckContext;

beforeAll(async () => {
  const roarData = await loadSessions([ROAR_2024]);
  roar = { sessions: roarData.sessions, mainSessionId: roarData.sessions[0].id, tracks: roarData.tracks, roster: [] };
  const sebring = await loadSessions([SEBRING_2024]);
  const race = sebring.sessions.find((session: TimingSession) => session.kind === 'race');
  sebringRace = { sessions: sebring.sessions, mainSessionId: race?.id ?? null, tracks: sebring.tracks, roster: [] };
}, 60_000);

function check(claim: Claim, context = roar, hint = NO_HINT) {
  return checkClaim(claim, hint, context);
}

describe('lap times', () => {
  it("confirms Derani's 1:32.656 pole lap and names the row it comes from", () => {
    const checked = check(claimOf({ kind: 'lap_time', text: '1:32.656', value: 92.656, subject: 'Pipo Derani' }));
    expect(checked.verdict).toBe('confirmed');
    expect(checked.evidence).toBe('#31 Whelen Engineering Cadillac Racing, Pipo Derani, lap 5, 1:32.656');
  });

  it('contradicts a time one thousandth off and writes the right one in the same notation', () => {
    const checked = check(claimOf({ kind: 'lap_time', text: "1'32''657'''", value: 92.657, subject: '#31', notation: 'prime-quote' }));
    expect(checked.verdict).toBe('contradicted');
    expect(checked.expected).toBe(92.656);
    expect(checked.suggestion).toBe("1'32''656'''");
  });

  it('confirms a time written to the tenth when the data rounds or cuts to it, and corrects one that does not', () => {
    expect(check(claimOf({ kind: 'lap_time', text: '1:32.7', value: 92.7, decimals: 1, subject: '#31' })).verdict).toBe('confirmed');
    expect(check(claimOf({ kind: 'lap_time', text: '1:32.6', value: 92.6, decimals: 1, subject: '#31' })).verdict).toBe('confirmed');
    const wrong = check(claimOf({ kind: 'lap_time', text: '1:32.5', value: 92.5, decimals: 1, subject: '#31' }));
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.suggestion).toBe('1:32.7');
  });

  it('contradicts a lap put to a driver of the car who did not drive it, naming the one who did', () => {
    const checked = check(claimOf({ kind: 'lap_time', text: '1:32.656', value: 92.656, subject: 'Jack Aitken' }));
    expect(checked.verdict).toBe('contradicted');
    expect(checked.reason).toBe('the lap was driven by Pipo Derani, not Jack Aitken');
  });

  it('takes the LMP2 pole lap of #2 as Ben Keating’s, from the laps file, not DRIVER1 of the results file', () => {
    expect(check(claimOf({ kind: 'lap_time', text: '1:38.501', value: 98.501, subject: 'Ben Keating' })).verdict).toBe('confirmed');
    expect(check(claimOf({ kind: 'lap_time', text: '1:38.501', value: 98.501, subject: 'Ben Hanley' })).verdict).toBe('contradicted');
  });
});

describe('gaps', () => {
  it('confirms Hawksworth 80 thousandths behind Priaulx in GTD Pro', () => {
    const checked = check(
      claimOf({ kind: 'gap', text: '80 thousandths', value: 0.08, subject: 'Jack Hawksworth', direction: 'behind', notation: 'digits-fraction' }),
    );
    expect(checked.verdict).toBe('confirmed');
    expect(checked.evidence).toContain('#77 AO Racing, Seb Priaulx, lap 4, 1:44.382');
  });

  it('turns four-tenths into three-tenths when the gap rounds to 0.3', () => {
    // #10 1:33.347 vs #25 1:33.022: 0.325, which rounds to three tenths.
    const checked = check(
      claimOf({ kind: 'gap', text: 'four-tenths', value: 0.4, decimals: 1, subject: '#10', reference: '#25', notation: 'words-fraction' }),
    );
    expect(checked.verdict).toBe('contradicted');
    expect(checked.expected).toBe(0.325);
    expect(checked.suggestion).toBe('three-tenths');
  });

  it('contradicts a gap in the wrong direction', () => {
    const checked = check(claimOf({ kind: 'gap', text: '0.071', value: 0.071, subject: '#01', reference: '#31', direction: 'ahead', notation: 'decimal' }));
    expect(checked.verdict).toBe('contradicted');
    expect(checked.reason).toBe('#01 was behind #31');
  });

  it('keeps a bare decimal bare in the correction', () => {
    const checked = check(claimOf({ kind: 'gap', text: '.185 seconds', value: 0.185, subject: '#01', reference: '#31', notation: 'bare-decimal' }));
    expect(checked.suggestion).toBe('.071 seconds');
  });

  it('reads nearly half a second as a little under it (0.444 between #40 and #31)', () => {
    const nearly = claimOf({ kind: 'gap', text: 'half a second', value: 0.5, decimals: 1, qualifier: 'nearly', subject: '#40', reference: '#31', notation: 'words-second' });
    expect(check(nearly).verdict).toBe('confirmed');
    expect(check({ ...nearly, qualifier: 'over' }).verdict).toBe('contradicted');
  });

  it('measures a race gap on total time: #01 finished 0.891 s behind #40 at Sebring', () => {
    const checked = check(claimOf({ kind: 'gap', text: '0.891s', value: 0.891, subject: '#01', reference: '#40', direction: 'behind' }), sebringRace);
    expect(checked.verdict).toBe('confirmed');
  });

  it('measures cars laps down against each other: #62 0.121 s behind #14 in GTD Pro at Sebring', () => {
    const checked = check(claimOf({ kind: 'gap', text: '0.121', value: 0.121, subject: '#62', reference: '#14' }), sebringRace);
    expect(checked.verdict).toBe('confirmed');
  });
});

describe('speeds', () => {
  it('confirms the km/h the data carries for the pole lap', () => {
    const checked = check(claimOf({ kind: 'speed', text: '222.6 km/h', value: 222.6, unit: 'km/h', decimals: 1, subject: '#31', notation: 'decimal' }));
    expect(checked.verdict).toBe('confirmed');
  });

  it('works mph out of the track length and accepts the truncated figure IMSA publishes', () => {
    // 3.56 mi × 3600 / 92.656 s = 138.3180… mph
    const truncated = claimOf({ kind: 'speed', text: '138.318 mph', value: 138.318, subject: '#31', notation: 'decimal' });
    expect(check(truncated).verdict).toBe('confirmed');
    expect(check({ ...truncated, text: '138.32 mph', value: 138.32, decimals: 2 }).verdict).toBe('confirmed');
    const wrong = check({ ...truncated, text: '139.318 mph', value: 139.318 });
    expect(wrong.verdict).toBe('contradicted');
    expect(wrong.suggestion).toBe('138.318 mph');
  });

  it('leaves a top speed unverifiable, since only lap averages are stored', () => {
    const checked = check(claimOf({ kind: 'speed', text: '190.2 mph', value: 190.2, decimals: 1, subject: '#31', sentence: 'Derani hit a top speed of 190.2 mph.' }));
    expect(checked.verdict).toBe('unverifiable');
  });
});

describe('positions', () => {
  it('contradicts "fifth in GTD-Pro" for #19, fourth in GTDPRO, and writes fourth', () => {
    const checked = check(claimOf({ kind: 'position', text: 'fifth', value: 5, subject: '#19', scope: 'GTD-Pro' }));
    expect(checked.verdict).toBe('contradicted');
    expect(checked.expected).toBe(4);
    expect(checked.suggestion).toBe('fourth');
  });

  it('follows the official order on a tie at the thousandth: #62 on 1:44.831 like #19 is fifth in GTD Pro', () => {
    expect(check(claimOf({ kind: 'position', text: 'fifth', value: 5, subject: '#62', scope: 'GTD Pro' })).verdict).toBe('confirmed');
  });

  it('reads "P3 overall" for a GT car of a split qualifying among the GT cars', () => {
    const checked = check(claimOf({ kind: 'position', text: 'P3', value: 3, subject: '#12', scope: 'overall', notation: 'p-number' }));
    expect(checked.verdict).toBe('confirmed');
    expect(checked.evidence).toContain('P3 among the GT cars');
  });

  it('contradicts a position in the wrong class, naming the right one', () => {
    const checked = check(claimOf({ kind: 'position', text: 'P2', value: 2, subject: '#14', scope: 'GTD', notation: 'p-number' }));
    expect(checked.verdict).toBe('contradicted');
    expect(checked.reason).toBe('#14 runs in GTDPRO, not GTD');
  });

  it('reads a race position on the whole field', () => {
    const checked = check(claimOf({ kind: 'position', text: 'fourth', value: 4, subject: '#25', scope: 'overall' }), sebringRace);
    expect(checked.verdict).toBe('confirmed');
  });
});

describe('what is not stored', () => {
  it('leaves a practice figure unverifiable when no practice is stored, saying so', () => {
    const checked = check(claimOf({ kind: 'position', text: 'second', value: 2, subject: '#31' }), roar, { ...NO_HINT, kind: 'practice' });
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toBe('no practice session of Roar Before the 24 is stored');
  });

  it('leaves records and last year unverifiable, never contradicted', () => {
    const record = claimOf({ kind: 'lap_time', text: "1'33''655''", value: 93.655, subject: 'Oliver Jarvis' });
    expect(check(record, roar, { ...NO_HINT, record: true }).verdict).toBe('unverifiable');
    expect(check(record, roar, { ...NO_HINT, lastYear: true }).verdict).toBe('unverifiable');
  });

  it('leaves a driver who is not in the session unverifiable', () => {
    const checked = check(claimOf({ kind: 'position', text: 'P4', value: 4, subject: 'Jesse Lazare' }));
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toBe('Jesse Lazare is not in Roar Before the 24 Qualifying');
  });

  it('says who a surname could be when the session has more than one driver of that name', () => {
    const checked = check(claimOf({ kind: 'position', text: 'P4', value: 4, subject: 'Taylor' }));
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toMatch(/^Taylor could be (?:Ricky Taylor or Jordan Taylor|Jordan Taylor or Ricky Taylor)$/);
  });
});
