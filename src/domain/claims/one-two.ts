import { place } from './position';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// A team's cars first and second ("a Ferrari one-two", "a Mercedes 1-2"), or first to third, read as one figure that
// spans the places: a reader of its own beside the ordinal's.

// "a Ferrari one-two", "it was a Mercedes 1-2", "the two ran 1-2", "Ferrari's first one-two", "to lead Ferrari
// 1-2", "Porsche scores 1-2 in GTD": a team's cars first and second. Not a score ("a 1-2 defeat"), a count ("1-2
// laps") or a place in the standings. A headline drops the article before a count of them ("Brawn to third
// one-two"), which still tells this one.
// "claimed yet another 1-2": "another" is a determiner as "a" is. "Superior McLarens to start 1-2", "to finish 1-2": the
// places the cars start or finish in, as "ran 1-2" gives the ones they ran in.
// "the fourth Red Bull 1-2 of 2013": a count of them, the make named between the count and the pair.
const oneTwoBefore = /(?:(?:\b(?:a|an|another|the|its|their|his|her)|\p{L}['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}|\b(?:ran|run|running|runs|start|starts|started|starting|finish|finishes|finished|finishing|qualified|qualifying|locked out|secured|scored|scores|scoring|claimed|took|complete[ds]?|completing|lead|leads|led|leading)\s+(?:a\s+|the\s+)?|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:\p{Lu}[\p{L}-]*\s+){0,2})$/iu;
// "to lead Ferrari 1-2", "WTR heads Acura 1-2": a verb of leading and the make (capitalised, so no i flag).
// "pips Derani for pole in Cadillac 1-2", "with a Ferrari one-two", "led teammate Lynn in a Chip Ganassi Racing
// Cadillac 1-2": a make after a preposition, perhaps after the team's name.
const leadMakeBefore = /(?:\b(?:[Ll]ead|[Ll]eads|[Ll]ed|[Ll]eading|[Hh]eads|[Hh]eaded|[Hh]eading)|(?<![\p{L}])(?:in|with|for)(?:\s+an?)?)\s+(?!(?:Turn|Sector|Round|Race|Lap|Stage|Heat|Group|Part|Race)\s)(?:\p{Lu}[\p{L}-]+\s+){1,4}$/u;
const oneTwoNotAfter = /^[\s-]*(?:laps?|seconds?|secs?|minutes?|hours?|points?|defeat|loss|lead|score|margin|in the (?:standings|championship|points|head-to-head))\b|^\s*\d|^[.,:]\d/i;

/** Reads "one-two" and "1-2" as a team's first and second places. */
export function readOneTwo(text: string, start: number, end: number): Figure | null {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!(oneTwoBefore.test(before) || leadMakeBefore.test(before)) || oneTwoNotAfter.test(text.slice(end, end + 24))) return null;
  if (/\d[\s-]*$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  // "Ferrari took a dominant one-two-three finish", "a Toyota 1-2-3": the first three places.
  const third = /^\s?[-–]\s?(?:three|3)(?![\p{L}\d-])/iu.exec(text.slice(end, end + 8));
  if (third) return { ...place(start, end + third[0].length, 1, 'one-two', readScopeAfter(text, end + third[0].length)), placeRange: [1, 3] };
  return { ...place(start, end, 1, 'one-two', readScopeAfter(text, end)), placeRange: [1, 2] };
}

// "lograr victoria y doblete", "completó el doblete", "una doppietta Ferrari", "a dobradinha da Porsche", "der
// Mercedes-Doppelsieg": the one-two in the other languages (French "doublé" is left out: it is also "overtaken").
// Not one hoped for, missed or denied ("en busca del doblete", "sfuma la doppietta", "kein Doppelsieg").
export const ONE_TWO_WORDS = new Set(['doblete', 'doppietta', 'dobradinha', 'doppelsieg']);
const ONE_TWO_UNHELD = /(?<![\p{L}])(?:busca|buscar|buscando|sin|sueña|soñar|posible|cercare|caccia|senza|sogno|possibile|sfum\w*|mancat\w*|perso|perdió|perdeu|sem|possível|kein(?:en)?|ohne|möglichen?|verpasst\w*)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Reads the one-two's word in Spanish, Italian, Portuguese and German as a team's first and second places. */
export function readOneTwoWord(text: string, start: number, end: number): Figure | null {
  if (ONE_TWO_UNHELD.test(text.slice(Math.max(0, start - 40), start))) return null;
  return { ...place(start, end, 1, 'one-two', readScopeAfter(text, end)), placeRange: [1, 2] };
}
