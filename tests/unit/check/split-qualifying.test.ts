import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import type { TimingSession } from '../../../src/domain/timing';
import { loadSessions } from './timing-data';

// 2021 Watkins Glen ran qualifying in four class groups (GTD position, GTD points + GTLM, LMP3, LMP2 + DPi); the
// files are the corpus's local copy of tobi/imsa_data (see tests/corpus/TIMING.md), absent from a bare checkout.
const GLEN_2021 = resolve(import.meta.dirname, '../../corpus/.timing/tobi+imsa_data/data/2021/12-6h---watkins-glen-international');
const present = existsSync(GLEN_2021);
if (!present) console.warn(`split qualifying tests skipped: no timing copy at ${GLEN_2021} (run scripts/corpus-timing.ts)`);

let sessions: TimingSession[] = [];
let tracks: CheckContext['tracks'] = [];
const group = (name: RegExp) => sessions.find((session) => name.test(session.name))!;
const contextOn = (main: TimingSession): CheckContext => ({ sessions, mainSessionId: main.id, tracks, roster: [] });
const checkOn = (main: TimingSession, text: string) => new Checker(contextOn(main)).checkText(text).claims;

describe.skipIf(!present)('a qualifying run in class groups is one qualifying (2021 Watkins Glen, local timing copy)', () => {
  beforeAll(async () => {
    ({ sessions, tracks } = await loadSessions([GLEN_2021]));
  }, 60_000);

  it('imports every group as a session of the one IMSA event, the prototype groups included', () => {
    const groups = sessions.filter((session) => session.kind === 'qualifying');
    expect(groups).toHaveLength(4);
    expect(new Set(groups.map((session) => session.eventId)).size).toBe(1);
    expect(new Set(groups.map((session) => session.series))).toEqual(new Set(['IMSA']));
  });

  it('checks a prototype pole in the prototypes’ group though the report is loaded on a GT group', () => {
    const [lap] = checkOn(group(/Gtd Position/), 'Ricky Taylor took the DPi pole in the No. 10 Acura with a lap of 1:30.022.').filter((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'confirmed', sessionId: group(/Lmp2 Dpi/).id });
  });

  it('checks a GTD car entered in both GTD groups in the one its named driver drove', () => {
    const points = checkOn(group(/Gtd Points/), 'Kyle Kirkwood set a 1:45.539 to put the No. 14 Lexus on the GTD grid’s front.').find((claim) => claim.kind === 'lap_time');
    expect(points).toMatchObject({ verdict: 'confirmed', sessionId: group(/Gtd Position/).id });
  });

  it('checks a qualifying figure of a race report in the group of its car', () => {
    const race = sessions.find((session) => session.kind === 'race')!;
    const lap = checkOn(race, 'In qualifying on Saturday, Antonio Garcia lapped the No. 3 Corvette in 1:40.944 for the GTLM pole.').find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'confirmed', sessionId: group(/Gtd Points/).id });
  });

  it('says a driver found in no group is in none of them, never naming one group only', () => {
    const lap = checkOn(group(/Gtd Position/), 'Hanna Olsson lapped in 1:45.901 in qualifying.').find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('none of the qualifying groups') });
  });

  // From half M's Portuguese report ("nos GTLM foi Jordan Taylor, no Corvette #4 a fazer o melhor tempo"): the GTLM
  // cars are in none of the prototypes' group, so the number is read against the group that runs them.
  it('reads a driver’s car number against the group that runs it, and names the slip', () => {
    const [pole] = checkOn(group(/lmp2/i), 'In GTLM it was Antonio Garcia, in the Corvette #4, who took the class pole.').filter((claim) => claim.kind === 'position');
    expect(pole).toMatchObject({ verdict: 'confirmed', reason: expect.stringMatching(/^checked against #3: .*the driver named is in #3/) });
  });
});
