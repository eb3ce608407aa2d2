import type { Claim } from '../claims';
import { chooseSession, mainSession } from './session-choice';
import type { SessionHint } from './session-hint';
import { indexSession, type SessionIndex } from './session-index';
import { withCutOffReference } from './cut-off-reference';
import { withPlaceReference } from './place-reference';
import { withTeamMateReference } from './team-mate-reference';
import { withMakeReference } from './make-reference';
import { withMakeSubject } from './make-subject';
import { measuredToEarlierLap } from './lap-before';
import { withWinnerSubject } from './winner-subject';
import { resolveParty, sameDriver, type Resolution } from './resolve-subject';
import { checkGap } from './rules/gap';
import { checkLapTime } from './rules/lap-time';
import { checkPosition } from './rules/position';
import type { RuleInput } from './rules/rule-input';
import { checkSpeed } from './rules/speed';
import { checkSpread, readSpread, spreadParties } from './rules/spread';
import { quickerThanBest } from './quicker-than-best';
import { namesSessionPlace } from './place-elsewhere';
import { penaltyBetween } from './penalty-gap';
import { unlessSlip } from './slip';
import { borneOutElsewhere } from './elsewhere';
import { borneOutByAnother } from './other-named';
import { borneOutByOtherReference } from './other-reference';
import { splitGroupOf } from './split-sessions';
import { firstInEveryPractice } from './every-session';
import { layoutNote, trackOfSession, type TimingSession } from '../timing';
import type { CheckContext, CheckedClaim, RuleOutcome } from './types';

const RULES: Record<Claim['kind'], (input: RuleInput) => RuleOutcome> = {
  lap_time: checkLapTime,
  gap: checkGap,
  speed: checkSpeed,
  position: checkPosition,
};

/** Checks one claim against the session its words point to. */
export function checkClaim(claim: Claim, hint: SessionHint, context: CheckContext): CheckedClaim {
  if (hint.average && (claim.kind === 'lap_time' || claim.kind === 'gap')) {
    return { ...claim, ...unverifiable('it is an average over several laps; the timing holds single laps'), sessionId: null };
  }
  if (hint.counterfactual) {
    return { ...claim, ...unverifiable('the text says it did not happen (what might have been), so there is nothing to check'), sessionId: null };
  }
  if (hint.struckOff) {
    return { ...claim, ...unverifiable('the text says the lap was struck off; the timing keeps the laps that stood'), sessionId: null };
  }
  const everyPractice = firstInEveryPractice(claim, hint, context, (one, within) => unlessSlip(claim, checkAgainstData(claim, one, within)));
  if (everyPractice) return everyPractice;
  const checked = unlessSlip(claim, checkAgainstData(claim, hint, context));
  const penalty = penaltyBetween(claim, checked, context.sessions);
  if (penalty !== null) {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: `it is exactly ${penalty} s more or less than the gap in the data: a time penalty given after the flag, which the lap analysis does not hold` };
  }
  // "Alonso et Norris seront en troisième ligne", the paragraph before telling that Verstappen "risque trois places de
  // pénalité sur la grille": a grid told before a penalty was decided is the one qualifying set, which bears it out.
  if (checked.verdict === 'contradicted' && claim.kind === 'position' && hint.grid && hint.gridPending) {
    const asQualified = checkAgainstData(claim, { ...hint, grid: false, kind: 'qualifying' }, context);
    if (asQualified.verdict === 'confirmed') return asQualified;
  }
  // A figure from one moment of a session ("after 15 minutes", "early on") can bear the data out, never be refuted
  // by it: only each car's best and the final order are known.
  // A lap quicker than any the driver did is refuted whatever the moment, where the data holds all his laps.
  if (hint.moment && ((checked.verdict === 'contradicted' && !quickerThanBest(claim, checked, context.sessions)) || (checked.verdict === 'confirmed' && !borneOutExactly(claim)))) {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: `it is about one moment of the session; the data holds ${describeWhat(claim)}` };
  }
  // "from ninth to sixth in the constructors' standings", "0.328s off first place": no place the subject took.
  if (checked.verdict === 'contradicted' && claim.kind === 'position' && (hint.standings || hint.gapFrom)) {
    const what = hint.standings ? 'a place in the championship standings; the timing holds sessions, not standings' : 'the place the gap before it is measured from, not one the subject took';
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: `it is ${what}` };
  }
  // "Bottas décroche la pole …, Hamilton le plus rapide, est pénalisé sur la grille": with a grid penalty told, a
  // place qualifying does not give but the starting grid does is the grid's.
  if (checked.verdict !== 'confirmed' && claim.kind === 'position' && hint.gridPenalty && !hint.grid) {
    const onGrid = checkAgainstData(claim, { ...hint, grid: true }, context);
    if (onGrid.verdict === 'confirmed') return onGrid;
  }
  // "127.412 mph" is the car's best in another practice of the event: the writer may have meant that one.
  if (checked.verdict === 'contradicted') {
    const elsewhere = borneOutElsewhere(claim, hint, context, checked.sessionId, (other, within) => checkAgainstData(claim, other, within));
    if (elsewhere) return { ...checked, verdict: 'unverifiable', suggestion: null, reason: elsewhere };
  }
  // "At the restart Derani led, with Bourdais third": the order of a moment, which the order at the flag cannot refute.
  if (checked.verdict === 'contradicted' && claim.kind !== 'lap_time' && claim.kind !== 'speed' && hint.raceStory && !hint.grid && sessionKind(checked.sessionId, context) === 'race') {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: 'it tells the race as it ran, and no word says it is the result; the data holds the order and gaps at the flag' };
  }
  // "crossed the line in seventh but was hit with a 10-second penalty": the order on the road, or after the penalty.
  if (checked.verdict === 'contradicted' && claim.kind !== 'lap_time' && claim.kind !== 'speed' && hint.penaltyTold) {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: 'the sentence tells of a penalty: the order on the road and the order after it differ, and the text may give either' };
  }
  // "This became second place following #51 receiving a post-race penalty": an order worked out from laps is the
  // one on the road, which can neither bear out nor refute the order after the penalty.
  if (checked.verdict !== 'unverifiable' && claim.kind === 'position' && hint.afterPenalty && sessionOf(checked.sessionId, context)?.resultsFrom === 'laps') {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: 'it is the place after a penalty; the timing, worked out from laps, holds the order on the road' };
  }
  // "his five place grid penalty … The Belgian driver will start ninth": a stored starting grid is the order after
  // the penalties, so it refutes a starting place whatever penalties the text tells.
  if (checked.verdict === 'contradicted' && claim.kind === 'position' && hint.penaltyOrder && !(hint.grid && sessionKind(checked.sessionId, context) === 'race')) {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: 'the text says penalties changed the order; the timing holds the order on time' };
  }
  // "which was runner-up at Interlagos, placed sixth": a place taken at another circuit or event.
  const checkedIn = sessionOf(checked.sessionId, context);
  if (checked.verdict === 'contradicted' && claim.kind === 'position' && hint.placeNamed && checkedIn && !namesSessionPlace(hint.placeNamed, checkedIn, context.tracks)) {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: `it is a place at ${hint.placeNamed}, not at ${checkedIn.eventName}` };
  }
  // "The Finn clocked 1:25.154" read as his team-mate's: another driver named near it bears it out.
  if (checked.verdict === 'contradicted') {
    const session = sessionOf(checked.sessionId, context);
    const isDriver = (name: string) => {
      const party = session ? resolveParty(name, indexSession(session)) : null;
      return party !== null && party.found && party.driver !== null;
    };
    const another = borneOutByAnother(claim, checked, hint, (other) => checkAgainstData(other, hint, context), isDriver);
    if (another?.theirs) return { ...another.checked, reason: `read as ${another.name}'s, named beside it: ${checked.subject ?? 'the one read first'} does not bear it out` };
    if (another) return { ...checked, verdict: 'unverifiable', suggestion: null, reason: another.reason };
  }
  // "finished in sixth place 1.127 seconds behind, Sergio Perez …": the gap bears out against the winner, not Perez.
  const measuredFrom = sessionOf(checked.sessionId, context);
  const otherReference = measuredFrom ? borneOutByOtherReference(claim, checked, indexSession(measuredFrom), (other) => checkAgainstData(other, hint, context)) : null;
  if (otherReference) return { ...checked, verdict: 'unverifiable', suggestion: null, reason: otherReference };
  const earlierLap = checked.verdict === 'contradicted' && measuredFrom ? measuredToEarlierLap(claim, indexSession(measuredFrom)) : null;
  if (earlierLap) return { ...checked, verdict: 'unverifiable', suggestion: null, reason: earlierLap };
  // A guessed subject never refutes; a spread over the top of the order has no subject to guess.
  if (checked.verdict === 'contradicted' && !claim.subjectSure && claim.subject !== null) {
    return { ...checked, verdict: 'unverifiable', suggestion: null, reason: `the text does not say whose figure it is (read as ${claim.subject}'s)` };
  }
  return checked;
}

function checkAgainstData(read: Claim, hint: SessionHint, context: CheckContext): CheckedClaim {
  let claim = read;
  const choice = chooseSession(hint, context, claim);
  if (!choice.session) return gridForQualifying(claim, hint, context) ?? { ...claim, ...unverifiable(choice.reason), sessionId: null };
  const gridFrom = claim.kind === 'position' && hint.grid ? gridSessionOf(choice.session, context) : null;
  const chosen = gridFrom?.session ?? choice.session;
  // "qualifying" of an event run in class groups: the group the subject's car ran in.
  const split = splitGroupOf(claim, chosen, context);
  if (split && !split.session) return { ...claim, ...unverifiable(split.reason), sessionId: chosen.id };
  const session = split?.session ?? chosen;
  const main = mainSession(context);
  if (claim.kind === 'gap' && main && main !== session && (hint.year !== null || hint.lastYear)) {
    const across = checkGapAcrossSessions(claim, indexSession(main), indexSession(session));
    if (across) return across;
  }
  const index = indexSession(session);
  claim = withWinnerSubject(withMakeSubject(claim, index), index);
  // "The top eight GTP cars were separated by 0.815s": a spread from first to the last of them (a subject guessed from
  // before gives way, and so does one named in another clause: "as Norris took third in a session in which the top
  // three were covered by less than a tenth").
  const spread = claim.subjectSure && claim.reference ? null : readSpread(claim);
  if (spread) return { ...claim, subjectRosterId: null, ...spreadParties(spread, index), ...checkSpread(claim, spread, index), sessionId: session.id };
  const subject = resolveParty(claim.subject, index);
  if (!subject.found || subject.cars.length === 0) {
    const reason = subject.found ? `${claim.subject} has no car in ${session.name}` : subject.reason;
    return { ...claim, ...unverifiable(reason), sessionId: session.id };
  }
  const track = trackOfSession(session, context.tracks);
  const referenced = withMakeReference(withTeamMateReference(withPlaceReference(claim, index, subject.cars, hint.part), index, subject.cars), index, subject.cars);
  claim = withCutOffReference(referenced, index, subject.cars);
  const reference = claim.kind === 'gap' && claim.reference ? resolveParty(claim.reference, index) : null;
  // "Franco was fourth, 0.291 of a second off, in the No. 34": a reference read as the subject's own car is no reference.
  const ownCar = reference?.found && reference.cars.length === 1 && subject.cars.some((facts) => facts === reference.cars[0]);
  // "half a second slower than teammate Alex Lynn's qualifying time", Lynn sharing the #02: a co-driver named is the
  // reference, but one car's best lap cannot measure its two drivers apart.
  if (ownCar && reference?.found && reference.driver && subject.driver && !sameDriver(reference.driver, subject.driver)) {
    return { ...claim, ...unverifiable(`it is measured against ${reference.driver}, who shares #${subject.cars[0].car}`), sessionId: session.id, subjectCar: subject.cars[0].car };
  }
  if (ownCar) return checkAgainstData({ ...claim, reference: null }, hint, context);
  // A place with no part of its own may be of the part the report told last; a time or gap keeps to its words.
  const part = hint.part ?? (claim.kind === 'position' ? (hint.partBefore ?? null) : null);
  const trackNote = track ? null : layoutNote(session, context.tracks);
  const outcome = RULES[claim.kind]({ claim, index, cars: subject.cars, driver: subject.driver, reference, track, trackNote, part, partAway: hint.partAway, grid: hint.grid });
  // Qualifying stands in for a grid the race file lacks: it bears a starting place out, but a penalty may have moved the car.
  // A namesake read as the one who drove bears a figure out too, but the writer may have meant the other.
  const doubt = gridFrom?.qualifying ? `the starting grid is not in the timing; qualifying placed ${outcome.evidence}` : (subject.namesakes ?? firstNameDoubt(claim.sentence, subject, reference) ?? nextCarDoubt(claim));
  if (doubt && outcome.verdict === 'contradicted') return { ...claim, ...unverifiable(doubt), sessionId: session.id, subjectCar: subject.cars[0].car };
  return { ...claim, ...outcome, sessionId: session.id, subjectCar: subject.cars[0].car };
}

// "lift himself 0.416s clear of his nearest challenger… temporarily": the car right behind in the final order bears a
// lead over "the closest competitor" out, but the writer may mean the one behind at some moment.
function nextCarDoubt(claim: Claim): string | undefined {
  return claim.kind === 'gap' && claim.referenceNext ? `measured against ${claim.reference ?? 'the car behind'}, the next car in the final order; the text may mean the one behind at some moment` : undefined;
}

// "0.08s ahead of the Wayne Taylor Racing … ARX-06 of Ricky Taylor": a first name alone ("Wayne", read as Wayne
// Boyd), the surname nowhere in the sentence, may be part of a team's or another's name; it bears a figure out,
// but is too weak to refute one ("Aidan Read was second", read as "Aidan", spells the driver out).
function firstNameDoubt(sentence: string, subject: Resolution, reference: Resolution | null): string | undefined {
  const weak = [subject, reference].find((party) => party?.found && party.firstNameOnly && !sentence.includes(party.driver?.split(' ').at(-1) ?? ''));
  return weak?.found ? `${weak.written} is a first name alone, read as ${weak.driver}; the text may mean someone else` : undefined;
}

// "Derani lowered Blomqvist's 2023 pole by over a second": the subject in the main session, the reference in 2023.
function checkGapAcrossSessions(claim: Claim, mainIndex: SessionIndex, otherIndex: SessionIndex): CheckedClaim | null {
  const subject = resolveParty(claim.subject, mainIndex);
  const reference = resolveParty(claim.reference, otherIndex);
  if (!subject.found || subject.cars.length === 0 || !reference.found) return null;
  const year = otherIndex.session.startTime?.slice(0, 4) ?? otherIndex.session.name;
  const outcome = checkGap({
    claim, index: mainIndex, cars: subject.cars, driver: subject.driver, reference, track: null,
    referenceSession: { index: otherIndex, label: `${year} ${otherIndex.session.name}` },
  });
  return { ...claim, ...outcome, sessionId: otherIndex.session.id, subjectCar: subject.cars[0].car };
}

// "Starting from the pole, Hakkinen led the entire race" (1999): F1's qualifying table starts in 1994 and misses
// races until 2003, so where an event's qualifying is not stored, its race's grid stands in for the order qualifying
// ended in. The grid bears a place out; one it does not bear out is refuted only when the words tell the grid
// ("from the pole"), since a penalty may have moved the car between qualifying and the start. The day the words
// give ("qualified second on Saturday") is qualifying's, not the race's, so it is left out.
function gridForQualifying(claim: Claim, hint: SessionHint, context: CheckContext): CheckedClaim | null {
  if (claim.kind !== 'position' || hint.kind !== 'qualifying') return null;
  const race = chooseSession({ ...hint, kind: 'race', day: null }, context, claim).session;
  if (!race || race.kind !== 'race' || !race.results.some((result) => result.grid != null && result.grid > 0)) return null;
  const checked = checkAgainstData(claim, { ...hint, kind: 'race', grid: true, day: null }, context);
  if (checked.verdict !== 'contradicted' || hint.grid) return checked;
  return { ...checked, verdict: 'unverifiable', suggestion: null, reason: `no qualifying of ${race.eventName} is stored, and the race's grid, which a penalty may have changed, has it P${checked.expected}` };
}

// A starting place is checked against the event's race when it keeps the grid (F1), else against qualifying: in
// IMSA and WEC the race file has no grid, and "the #3 Corvette that started from pole" took pole in qualifying.
function gridSessionOf(session: TimingSession, context: CheckContext): { session: TimingSession; qualifying: boolean } | null {
  const hasGrid = (candidate: TimingSession) => candidate.results.some((result) => result.grid != null && result.grid > 0);
  if (session.kind === 'race' && hasGrid(session)) return { session, qualifying: false };
  if (session.kind !== 'race') {
    const race = context.sessions.find((other) => other.kind === 'race' && other.eventId === session.eventId && hasGrid(other));
    return race ? { session: race, qualifying: false } : null;
  }
  const qualifying = context.sessions.find((other) => other.kind === 'qualifying' && other.eventId === session.eventId);
  return qualifying ? { session: qualifying, qualifying: true } : null;
}

// A lap time, or a lap's speed, is a lap the data holds whenever it was driven; a gap to the thousandth between two
// laps the data holds ("producing 1m31.237s … but was still 0.236s shy of Verstappen") is no coincidence either.
function borneOutExactly(claim: Claim): boolean {
  return claim.kind === 'lap_time' || claim.kind === 'speed' || (claim.kind === 'gap' && claim.decimals >= 3 && claim.qualifier === 'exact');
}

function sessionKind(sessionId: string | null, context: CheckContext): string | null {
  return sessionOf(sessionId, context)?.kind ?? null;
}

function sessionOf(sessionId: string | null, context: CheckContext): TimingSession | undefined {
  return context.sessions.find((session) => session.id === sessionId);
}

function describeWhat(claim: Claim): string {
  if (claim.kind === 'position') return 'the final order only';
  if (claim.kind === 'gap') return "each car's best lap and the final gaps only";
  return 'its laps, not the running order';
}

function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}
