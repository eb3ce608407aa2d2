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
export function findCarProblems(words: TextWord[], cars: (CarMention & { clause: number })[], index: SessionIndex, text = ''): CarProblem[] {
  const vocabulary = vocabularyOf(index);
  const pointed = new Map<CarMention, Pointers>();
  words.forEach((word, at) => {
    const named = sensesOf(word.word, vocabulary).senses.filter((sense) => sense.kind !== 'make');
    if (named.length === 0) return;
    const inClause = cars.filter((mention) => mention.clause === word.clause);
    if (inClause.length === 0 && named.every((sense) => sense.kind === 'person')) inClause.push(...carSetOff(word, words, cars, vocabulary, text));
    if (inClause.length === 0 || inClause.some((mention) => word.start < mention.end && word.end > mention.start)) return;
    const nearest = inClause.reduce((best, mention) => (distance(word, mention) < distance(word, best) ? mention : best));
    const entry = pointed.get(nearest) ?? { person: [], team: [], fullNames: new Set<string>(), wordsByCar: new Map<string, Set<string>>() };
    for (const sense of named) {
      for (const car of sense.cars) {
        (sense.kind === 'person' ? entry.person : entry.team).push(car);
        entry.wordsByCar.set(car, (entry.wordsByCar.get(car) ?? new Set()).add(word.word.toLowerCase()));
        if (sense.kind === 'person' && firstNameBefore(words, at, car, index)) entry.fullNames.add(car);
      }
    }
    pointed.set(nearest, entry);
  });
  const problems: CarProblem[] = [];
  for (const [mention, entry] of pointed) {
    const all = [...entry.person, ...entry.team];
    const outranked = entry.team.includes(mention.car) && driverOutranksTeam(entry);
    if (entry.person.includes(mention.car) || (entry.team.includes(mention.car) && !outranked)) continue;
    if (![...index.cars.keys()].some((car) => sameNumber(car, mention.car))) continue;
    const rightCar = outranked ? mostCommon(entry.person) : (all.find((car) => sameNumber(car, mention.car)) ?? mostCommon(entry.person) ?? mostCommon(entry.team));
    if (!rightCar || !isSure(mention.car, rightCar, entry)) continue;
    problems.push({ mention, rightCar, reason: explain(mention.car, rightCar, entry.person.includes(rightCar), index) });
  }
  return problems;
}

// "Jordan Taylor, no Corvette #4", "Nick Tandy, in the #4 Corvette,": a driver's car set off by a comma right after his
// name, a word for "in" opening it, is read with him, as one in his own clause is, when no one else is named between.
const SET_OFF_IN = /^\s*,\s*(?:in|aboard|driving|at the wheel of|no|na|nel|nella|sul|sulla|im|en|dans|con|com|with|mit)\s/iu;

function carSetOff(word: TextWord, words: TextWord[], cars: (CarMention & { clause: number })[], vocabulary: ReturnType<typeof vocabularyOf>, text: string): (CarMention & { clause: number })[] {
  const next = cars.find((mention) => mention.clause === word.clause + 1);
  if (!next || next.start - word.end > 30 || !SET_OFF_IN.test(text.slice(word.end, next.start))) return [];
  const between = words.filter((other) => other.start >= word.end && other.end <= next.start);
  return between.some((other) => sensesOf(other.word, vocabulary).senses.some((sense) => sense.kind === 'person')) ? [] : [next];
}

interface Pointers {
  person: string[];
  team: string[];
  /** Cars whose driver is named in full (first name and surname). */
  fullNames: Set<string>;
  /** For each car, the distinct words of the text that point to it. */
  wordsByCar: Map<string, Set<string>>;
}

// "Peugeot … the #94 kept in fourth by Jean-Eric Vergne": the team runs both cars, so its name fits the number
// written; the driver named in full, whose car the team also runs, says which car is meant.
function driverOutranksTeam(entry: Pointers): boolean {
  const driverCar = mostCommon(entry.person);
  return driverCar !== undefined && entry.fullNames.has(driverCar) && entry.team.includes(driverCar);
}

// A lone surname or team word is not enough ("Bryan Herta Autosport's No. 33" is not Colton Herta's car): the
// number must be the other car's with a zero missing or added, or a driver named in full, or two words agree.
function isSure(written: string, rightCar: string, entry: Pointers): boolean {
  return sameNumber(written, rightCar) || entry.fullNames.has(rightCar) || (entry.wordsByCar.get(rightCar)?.size ?? 0) >= 2;
}

// "Connor De Philippi": the driver's first name among the three words before the surname.
function firstNameBefore(words: TextWord[], at: number, car: string, index: SessionIndex): boolean {
  // The text's words split at hyphens: "Jean-Eric" is read as "Jean", "Eric".
  const firstNames = new Set((index.cars.get(car)?.drivers ?? []).flatMap((driver) => driver.split(' ')[0].toLowerCase().split('-')));
  for (let back = Math.max(0, at - 3); back < at; back++) {
    if (words[back].clause === words[at].clause && firstNames.has(words[back].word.toLowerCase())) return true;
  }
  return false;
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
