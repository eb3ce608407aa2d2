import { formatLike } from '../../claims';
import type { Result } from '../../timing';
import { describePlaces } from '../evidence';
import { placeTooFar } from '../slip';
import { classFamily, classKey, type CarFacts, type SessionIndex } from '../session-index';
import type { RuleOutcome } from '../types';
import type { RuleInput } from './rule-input';

interface Place {
  place: number;
  words: string;
}

/**
 * A position is read in the scope the text gives: a class, or overall. "Overall" in a qualifying session
 * split by class groups means within the group (GT cars among GT cars), as the writer saw it; the whole
 * field's order is accepted too. Ties at the thousandth follow the official order.
 */
export function checkPosition({ claim, index, cars, part, partAway, grid }: RuleInput): RuleOutcome {
  if (claim.notation === 'one-two' && cars.filter((candidate) => candidate.result).length >= 2) return checkTeamPair(cars);
  const facts = cars.find((candidate) => candidate.result) ?? cars[0];
  const result = facts.result;
  if (!result) return unverifiable(`#${facts.car} is not classified`);
  if (claim.rank === 'other') return unverifiable('it ranks something the timing does not hold (an average, a sector, a speed)');
  // "Giovinazzi crossed the finish line in second, but his car received a time penalty": the order on the road, which
  // an order worked out from laps holds and an official classification (after the penalty) does not.
  if (claim.rank === 'road' && index.session.resultsFrom !== 'laps') return unverifiable('it is the order on the road before a penalty; the classification in the timing is the one after it');
  const special =
    grid && index.session.kind === 'race'
      ? gridPlace(result)
      : claim.rank === 'best-lap' && index.session.kind === 'race'
        ? bestLapPlace(result, index)
        : null;
  if (special) return placedAt(claim, facts, special);
  const [low, high] = claim.placeRange ?? [claim.value, claim.value];
  const fits = (candidate: Place) => candidate.place >= low && candidate.place <= high;
  const single = singleTimeQualifying(index);
  const parts = grid || single ? [] : partPlaces(result, index);
  const named = parts.find((candidate) => candidate.part === part);
  // "Hamilton topped Q1": a part named in the figure's own clause is the order it is checked against.
  if (named && (fits(named) || !partAway)) return placedAt(claim, facts, named);
  const scope = readScope(claim.scope, index);
  if (scope.kind === 'unknown') return unverifiable(`no ${claim.scope} class in ${index.session.name}`);
  const classPlace: Place = { place: result.classPosition, words: `P${result.classPosition} in ${result.className}` };
  const overallPlaces = overall(result, facts, index);
  let candidates: Place[];
  let reason: string | undefined;
  if (scope.kind === 'overall') candidates = overallPlaces;
  else if (scope.kind === 'class' && scope.className !== undefined && scope.className !== result.className) {
    candidates = [classPlace];
    reason = `#${facts.car} runs in ${result.className}, not ${claim.scope}`;
  } else if (scope.kind === 'class') candidates = [classPlace];
  else candidates = [classPlace, ...overallPlaces];
  const evidence = describePlaces(facts, overallPlaces.filter((place) => !place.words.endsWith('overall')).map((place) => place.words));
  const fitting = candidates.find(fits);
  if (fitting && !reason) return { verdict: 'confirmed', expected: fitting.place, evidence, suggestion: null };
  if (single && part && !grid) return { verdict: 'unverifiable', expected: candidates[0].place, evidence, suggestion: null, reason: `it is a place in part ${part} of qualifying; the timing keeps one time per car, the lap that decided the grid` };
  // "Made it through to Q2 for the first time, in 14th position" (14th in Q1): with a part named outside its clause,
  // the place may be of any part qualifying ran; with none, a place one part bears out is not refuted by the end's.
  const partFitting = reason ? undefined : parts.find(fits);
  if (partFitting && part) return placedAt(claim, facts, partFitting);
  if (partFitting) return { verdict: 'unverifiable', expected: candidates[0].place, evidence: `${evidence}, ${partFitting.words}`, suggestion: null, reason: `the text names no part of qualifying; the data has P${candidates[0].place} at the end, ${partFitting.words}` };
  if (named) return placedAt(claim, facts, named);
  const expected = candidates[0].place;
  const figureFits = expected >= low && expected <= high;
  const far = reason ? null : placeTooFar(claim, candidates.map((candidate) => candidate.place));
  if (far) return { verdict: 'unverifiable', expected, evidence, suggestion: null, reason: far };
  return {
    verdict: 'contradicted',
    expected,
    evidence,
    suggestion: figureFits ? null : formatLike(claim, expected),
    ...(reason ? { reason } : {}),
  };
}

// "A Ferrari one-two": the team's two best cars first and second in their class (the whole field, in F1).
function checkTeamPair(cars: CarFacts[]): RuleOutcome {
  const placed = cars.filter((facts) => facts.result).sort((a, b) => a.result!.classPosition - b.result!.classPosition);
  const [first, second] = placed;
  const places = [first.result!.classPosition, second.result!.classPosition];
  const evidence = `${describePlaces(first)}; ${describePlaces(second)}`;
  if (places[0] === 1 && places[1] === 2) return { verdict: 'confirmed', expected: 1, evidence, suggestion: null };
  return { verdict: 'contradicted', expected: places[0], evidence, suggestion: null, reason: `the team's best two were P${places[0]} and P${places[1]}` };
}

// "Will start third": the race's grid; a session with no grid says so rather than compare the finish.
function gridPlace(result: Result): Place | string {
  return result.grid != null && result.grid > 0 ? { place: result.grid, words: `P${result.grid} on the grid` } : 'the starting grid is not in the timing';
}

// "The fourth-fastest lap of the race": the car's place by best laps, in its class.
function bestLapPlace(result: Result, index: SessionIndex): Place | string {
  if (result.bestLapSeconds === null) return 'the car set no lap time';
  const own = result.bestLapSeconds;
  const place = 1 + index.ordered.filter((other) => other.className === result.className && (other.bestLapSeconds ?? Infinity) < own).length;
  return { place, words: `P${place} by best lap in ${result.className}` };
}

// "setting the fastest time in the first part of the new back-to-back qualifying format" (2004): F1 qualifying before
// 2006 keeps one time per car in the timing (the Ergast table's first column), the lap that decided the grid; a
// session where no car has a second part's time has no parts to place a car in, and a place told of one is not
// checkable.
function singleTimeQualifying(index: SessionIndex): boolean {
  return index.ordered.some((other) => other.qualifyingPartSeconds?.[0] != null) && !index.ordered.some((other) => other.qualifyingPartSeconds?.slice(1).some((seconds) => seconds != null));
}

// "Third fastest in Q2": the driver's place by each part's times he ran in, where the data keeps them (F1).
function partPlaces(result: Result, index: SessionIndex): (Place & { part: number })[] {
  const places: (Place & { part: number })[] = [];
  for (const part of [1, 2, 3]) {
    const own = result.qualifyingPartSeconds?.[part - 1];
    if (own == null) continue;
    const place = 1 + index.ordered.filter((other) => (other.qualifyingPartSeconds?.[part - 1] ?? Infinity) < own).length;
    places.push({ place, words: `P${place} in Q${part}`, part });
  }
  return places;
}

function placedAt(claim: RuleInput['claim'], facts: CarFacts, found: Place | string): RuleOutcome {
  if (typeof found === 'string') return unverifiable(found);
  const [low, high] = claim.placeRange ?? [claim.value, claim.value];
  const evidence = `${describePlaces(facts)}, ${found.words}`;
  if (found.place >= low && found.place <= high) return { verdict: 'confirmed', expected: found.place, evidence, suggestion: null };
  const far = placeTooFar(claim, [found.place]);
  if (far) return { verdict: 'unverifiable', expected: found.place, evidence, suggestion: null, reason: far };
  return { verdict: 'contradicted', expected: found.place, evidence, suggestion: formatLike(claim, found.place) };
}

const SERIES_KEYS = new Set(['IMSA', 'WEATHERTECH', 'WEC', 'FIAWEC', 'F1', 'FORMULA1', 'FORMULAONE']);

type Scope = { kind: 'overall' } | { kind: 'class'; className?: string } | { kind: 'any' } | { kind: 'unknown' };

function readScope(scope: string | null, index: SessionIndex): Scope {
  if (scope === null) return { kind: 'any' };
  const key = classKey(scope);
  if (key === 'OVERALL') return { kind: 'overall' };
  // "Palou's Cadillac fastest in IMSA night session": the series names no class, as if no scope were given.
  if (key === classKey(index.session.series) || SERIES_KEYS.has(key)) return { kind: 'any' };
  if (key === 'CLASS' || key === 'INCLASS') return { kind: 'class' };
  const classNames = [...new Set(index.ordered.map((result) => result.className))];
  const exact = classNames.find((name) => classKey(name) === key);
  if (exact) return { kind: 'class', className: exact };
  const partial = classNames.filter((name) => classKey(name).includes(key));
  if (partial.length === 1) return { kind: 'class', className: partial[0] };
  return { kind: 'unknown' };
}

// The whole field first in races; in qualifying the class group first, since groups run on their own.
function overall(result: Result, facts: CarFacts, index: SessionIndex): Place[] {
  const whole: Place = { place: result.position, words: `P${result.position} overall` };
  const family = classFamily(facts.className);
  const group = index.ordered.filter((other) => classFamily(other.className) === family);
  if (group.length === index.ordered.length) return [whole];
  const groupPlace = group.findIndex((other) => other.car === result.car) + 1;
  const place: Place = { place: groupPlace, words: `P${groupPlace} among the ${family === 'gt' ? 'GT' : 'prototype'} cars` };
  return index.session.kind === 'qualifying' ? [place, whole] : [whole, place];
}

function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}
