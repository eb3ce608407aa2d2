import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import type { SessionHint } from '../../../src/domain/check/session-hint';
import type { Claim } from '../../../src/domain/claims';
import { claimOf } from './claim-of';
import { loadSessions, ROAR_2024 } from './timing-data';
import { NO_HINT, hintOf } from './hints';

// A contradiction says the writer slipped, so it is said only of a figure shaped like a slip of the data's own.
let roar: CheckContext;

beforeAll(async () => {
  const data = await loadSessions([ROAR_2024]);
  roar = { sessions: data.sessions, mainSessionId: data.sessions[0].id, tracks: data.tracks, roster: [] };
}, 60_000);

function check(claim: Claim, hint: Partial<SessionHint> = {}) {
  return checkClaim(claim, { ...NO_HINT, ...hint }, roar);
}

describe('a figure shaped like a slip of the data’s (#31 took pole in 1:32.656)', () => {
  it('contradicts two digits swapped or one mistyped, and a place a few off', () => {
    expect(check(claimOf({ kind: 'lap_time', text: '1:32.566', value: 92.566, subject: '#31' })).verdict).toBe('contradicted');
    expect(check(claimOf({ kind: 'lap_time', text: '1:33.656', value: 93.656, subject: '#31' })).verdict).toBe('contradicted');
    expect(check(claimOf({ kind: 'position', text: 'sixth', value: 6, subject: '#31' })).verdict).toBe('contradicted');
  });

  it('leaves a time far from any of the car’s, with three digits changed, unverifiable and says what the data has', () => {
    const checked = check(claimOf({ kind: 'lap_time', text: '1:44.901', value: 104.901, subject: '#31' }));
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toMatch(/^the data has 1:32\.656; .*no slip/);
    expect(checked.suggestion).toBeNull();
  });

  it('leaves a place many off unverifiable: it ranks something else', () => {
    const checked = check(claimOf({ kind: 'position', text: 'twelfth', value: 12, subject: '#31' }));
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toMatch(/^the data has P1; a place 11 away/);
  });

  it('leaves a speed far from the best lap’s (an average over the race) unverifiable', () => {
    const checked = check(claimOf({ kind: 'speed', text: '121.9 mph', value: 121.9, decimals: 1, subject: '#31', notation: 'decimal' }));
    expect(checked.verdict).toBe('unverifiable');
  });
});

describe('a gap whose pair the data has the other way round', () => {
  it('is measured from someone else when the figure does not fit either', () => {
    // #01 was 0.071 s behind #31: "0.3s ahead of" fits neither the order nor the figure.
    const checked = check(claimOf({ kind: 'gap', text: '0.3s', value: 0.3, decimals: 1, subject: '#01', reference: '#31', direction: 'ahead', notation: 'decimal' }));
    expect(checked.verdict).toBe('unverifiable');
    expect(checked.reason).toBe('#01 was behind #31 by 0.071 s, so the gap is measured from someone else');
  });
});

describe('a gap at one moment of the session', () => {
  it('is borne out to the thousandth by the two laps, but not to the tenth', () => {
    const exact = claimOf({ kind: 'gap', text: '0.071s', value: 0.071, subject: '#01', reference: '#31', direction: 'behind', notation: 'decimal' });
    expect(check(exact, { moment: true }).verdict).toBe('confirmed');
    const tenth = claimOf({ kind: 'gap', text: 'a tenth', value: 0.1, decimals: 1, subject: '#01', reference: '#31', direction: 'behind', notation: 'words-fraction' });
    expect(check(tenth).verdict).toBe('confirmed');
    expect(check(tenth, { moment: true }).verdict).toBe('unverifiable');
  });
});

describe('a figure the words say did not happen', () => {
  it('is read after "instead of a possible", "statt der möglichen", "could have"', () => {
    expect(hintOf('Bottas ended up sixth instead of a possible pole.', 'pole').counterfactual).toBe(true);
    expect(hintOf('Für Räikkönen Rang fünf statt der möglichen Pole.', 'Pole').counterfactual).toBe(true);
    expect(hintOf('Without the red flag Sainz could have taken pole.', 'pole').counterfactual).toBe(true);
    expect(hintOf('Sainz took pole ahead of Norris.', 'pole').counterfactual).toBe(false);
    expect(hintOf('Russell took pole instead of the favourite Verstappen.', 'pole').counterfactual).toBe(false);
  });

  it('is read after "nearly" or "almost" with a verb of achieving, not after "nearly" alone', () => {
    // From a 2025 Rolex 24 page outside the corpus, where the 1-2 was confirmed for the winning car.
    expect(hintOf('The team nearly completed a 1-2 sweep, but a late pass by Tom Blomqvist delivered his second straight runner-up finish.', '1-2').counterfactual).toBe(true);
    expect(hintOf('Norris almost took pole, but Piastri pipped him.', 'pole').counterfactual).toBe(true);
    expect(hintOf('Norris almost won the race from fifth on the grid.', 'fifth').counterfactual).toBe(false);
    expect(hintOf('Norris completed a 1-2 for McLaren.', '1-2').counterfactual).toBe(false);
  });

  it('is never contradicted', () => {
    expect(check(claimOf({ kind: 'position', text: 'sixth', value: 6, subject: '#31' }), { counterfactual: true }).verdict).toBe('unverifiable');
  });
});

// Half P's 2016 British race report (junglebiscuit): the pole a lap held before it was deleted, not the final pole.
describe('a figure whose lap the words after it say was struck off', () => {
  it('is read from "lap was cancelled", "was deleted", "wurde gestrichen"', () => {
    expect(hintOf('5 minutes before the end of qualifying Hamilton’s pole lap was cancelled as he drove wide on a forbidden corner!', 'pole').struckOff).toBe(true);
    expect(hintOf('His 1:29.287 was deleted for exceeding track limits at Stowe.', '1:29.287').struckOff).toBe(true);
    expect(hintOf('Seine Pole-Runde wurde ihm wegen Track Limits gestrichen.', 'Pole').struckOff).toBe(true);
    expect(hintOf('Hamilton’s pole lap was a 1:29.287, and it stood.', 'pole').struckOff).toBe(false);
    expect(hintOf('Rosberg took pole after Hamilton’s lap was cancelled.', 'pole').struckOff).toBe(false);
  });

  it('is never checked', () => {
    expect(check(claimOf({ kind: 'position', text: 'pole', value: 1, subject: '#44' }), { struckOff: true }).verdict).toBe('unverifiable');
  });
});

describe('a place outside the session', () => {
  it('in an all-time list is a record, not this session’s order', () => {
    expect(hintOf('The tally sees the Spaniard 11th in the all-time pole winners’ list.', '11th').record).toBe(true);
    expect(hintOf('He closes in on fourth spot in the all-time standings.', 'fourth').record).toBe(true);
    expect(hintOf('The Spaniard was 11th in the session, a second off.', '11th').record).toBe(false);
  });

  it('kept or changed right after the standings is one in them', () => {
    // From a 2023 Road America page outside the corpus, where "retained fourth" was refuted by the race's order.
    const standings = "The result meant Albuquerque and Taylor became the leaders of the Drivers' Championship with 2171 points, 18 ahead of Derani and Sims. Nick Tandy and Mathieu Jaminet retained fourth.";
    expect(hintOf(standings, 'fourth').standings).toBe(true);
    expect(hintOf("Albuquerque and Taylor lead the Drivers' Championship. Tandy retained fourth at the flag.", 'fourth').standings).toBe(false);
    expect(hintOf('Bourdais led the race. Nick Tandy retained fourth.', 'fourth').standings).toBe(false);
  });

  it('at the preceding races is another event', () => {
    expect(hintOf('The Cadillac had taken pole in each of the three preceding races.', 'pole').otherEvent).toBe('another event');
    expect(hintOf('He took his third pole of the season ahead of Nasr.', 'pole').otherEvent).toBe(null);
    expect(hintOf('He had taken pole in the past three races.', 'pole').otherEvent).toBe('another event');
    const later = hintOf('It was Ferrari’s first one-two since Germany, and the team had struggled in the last three races.', 'one-two');
    expect(later).toMatchObject({ otherEvent: null, moment: false });
  });
});

describe('a moment told by the run it came on', () => {
  it('reads "his second medium-tyred run" and "to jump up to second", not "the second fastest lap"', () => {
    expect(hintOf('Bottas went fastest on his second medium-tyred run.', 'fastest').moment).toBe(true);
    expect(hintOf('Hamilton produced a 1:31.237 to jump up to second.', 'second').moment).toBe(true);
    expect(hintOf('Hamilton set the second fastest lap of the race, a 1:31.237.', '1:31.237').moment).toBe(false);
  });
});
