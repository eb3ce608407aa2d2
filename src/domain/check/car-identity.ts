import { describeCar, sameNumber } from './car-words';
import type { SessionIndex } from './session-index';
import type { CarMention, TextWord } from './text-words';
import { sensesOf, vocabularyOf } from './vocabulary';

/** A car number the text pairs with a driver or team of another car. */
export interface CarProblem {
  mention: CarMention;
  rightCar: string;
  reason: string;
}

/**
 * Finds car numbers put next to someone else's driver or team: "Connor De Philippi on the BMW #7" (he drives
 * #25), "#1 of Cadillac Racing" (theirs is #01; #1 is Paul Miller Racing's). Each named driver or team is read
 * with the nearest car number in its clause; numbers with no one named next to them are left alone.
 */
export function findCarProblems(words: TextWord[], cars: (CarMention & { clause: number })[], index: SessionIndex): CarProblem[] {
  const vocabulary = vocabularyOf(index);
  const pointed = new Map<CarMention, { person: string[]; team: string[]; names: string[] }>();
  for (const word of words) {
    const inClause = cars.filter((mention) => mention.clause === word.clause);
    if (inClause.length === 0 || inClause.some((mention) => word.start < mention.end && word.end > mention.start)) continue;
    const { senses } = sensesOf(word.word, vocabulary);
    const named = senses.filter((sense) => sense.kind !== 'make');
    if (named.length === 0) continue;
    const nearest = inClause.reduce((best, mention) => (distance(word, mention) < distance(word, best) ? mention : best));
    const entry = pointed.get(nearest) ?? { person: [], team: [], names: [] };
    for (const sense of named) entry[sense.kind === 'person' ? 'person' : 'team'].push(...sense.cars);
    entry.names.push(word.word);
    pointed.set(nearest, entry);
  }
  const problems: CarProblem[] = [];
  for (const [mention, entry] of pointed) {
    const all = [...entry.person, ...entry.team];
    if (all.includes(mention.car)) continue;
    const exists = [...index.cars.keys()].some((car) => sameNumber(car, mention.car));
    if (!exists) continue;
    const rightCar = all.find((car) => sameNumber(car, mention.car)) ?? mostCommon(entry.person) ?? mostCommon(entry.team);
    if (!rightCar) continue;
    problems.push({ mention, rightCar, reason: explain(mention.car, rightCar, entry.person.includes(rightCar), index) });
  }
  return problems;
}

function explain(written: string, rightCar: string, byDriver: boolean, index: SessionIndex): string {
  const right = index.cars.get(rightCar);
  const wrong = index.cars.get(written);
  const wrongText = wrong ? `#${written} is ${describeCar(wrong)}` : `there is no #${written}`;
  if (!right) return wrongText;
  return byDriver
    ? `${wrongText}; the driver named is in #${rightCar}, ${describeCar(right)}`
    : `${wrongText}; ${right.team}'s car is #${rightCar}`;
}

function distance(word: TextWord, mention: CarMention): number {
  return word.start >= mention.end ? word.start - mention.end : mention.start - word.end;
}

function mostCommon(cars: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const car of cars) counts.set(car, (counts.get(car) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
