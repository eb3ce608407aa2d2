import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import type { TimingSession } from '../../../src/domain/timing';
import { loadSessions } from './timing-data';

// A made-up event in the Al Kamel format of IMSA's 2021 split qualifying (see the fixture's README): the real
// files are only in the corpus's local copy, so this is what CI checks the split on.
const FIXTURE = resolve(import.meta.dirname, '../../fixtures/imsa-split-qualifying/12-fixture-glen');

let sessions: TimingSession[] = [];
let tracks: CheckContext['tracks'] = [];
const group = (name: RegExp) => sessions.find((session) => name.test(session.name))!;
const checkOn = (main: TimingSession, text: string) => new Checker({ sessions, mainSessionId: main.id, tracks, roster: [] }).checkText(text).claims;

describe('a qualifying run in class groups is one qualifying (made-up event in the 2021 format)', () => {
  beforeAll(async () => {
    ({ sessions, tracks } = await loadSessions([FIXTURE]));
  }, 60_000);

  it('imports every group as a qualifying session of the one event', () => {
    const groups = sessions.filter((session) => session.kind === 'qualifying');
    expect(groups).toHaveLength(3);
    expect(new Set(groups.map((session) => session.eventId)).size).toBe(1);
  });

  it('checks a prototype pole in the prototypes’ group though the report is loaded on a GT group', () => {
    const [lap] = checkOn(group(/Gtd Position/), 'Ana Ortega took the DPi pole in the No. 10 Acura with a lap of 1:30.022.').filter((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'confirmed', sessionId: group(/Lmp2 Dpi/).id });
  });

  it('contradicts a wrong time in the group of the car, with that group’s figure', () => {
    const [lap] = checkOn(group(/Gtd Position/), 'Ana Ortega took the DPi pole in the No. 10 Acura with a lap of 1:30.122.').filter((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'contradicted', expected: 90.022, sessionId: group(/Lmp2 Dpi/).id });
  });

  it('checks a GTD car entered in both GTD groups in the one its named driver drove', () => {
    const points = checkOn(group(/Gtd Points/), 'Eli Fontaine set a 1:45.539 to put the No. 14 Lexus on the GTD grid’s front.').find((claim) => claim.kind === 'lap_time');
    expect(points).toMatchObject({ verdict: 'confirmed', sessionId: group(/Gtd Position/).id });
    const position = checkOn(group(/Gtd Position/), 'Finn Adler lapped the No. 14 Lexus in 1:45.900.').find((claim) => claim.kind === 'lap_time');
    expect(position).toMatchObject({ verdict: 'confirmed', sessionId: group(/Gtd Points/).id });
  });

  it('checks a qualifying figure of a race report in the group of its car', () => {
    const race = sessions.find((session) => session.kind === 'race')!;
    const lap = checkOn(race, 'In qualifying on Saturday, Hugo Brandt lapped the No. 3 Corvette in 1:40.944 for the GTLM pole.').find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'confirmed', sessionId: group(/Gtd Points/).id });
  });

  it('says a driver found in no group is in none of them, never naming one group only', () => {
    const lap = checkOn(group(/Gtd Position/), 'Jonas Vidal lapped in 1:45.901 in qualifying.').find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('none of the qualifying groups') });
  });
});
