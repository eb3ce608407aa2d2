import { findNameMentions, foldName } from '../names';
import { matchRemembered } from './roster-match';
import { familyName, lastWord } from '../names/fold';
import type { SessionIndex } from './session-index';
import type { CarMention, TextWord } from './text-words';
import type { NameFinding } from './types';
import { sensesOf, vocabularyOf, type Vocabulary, type WordSense } from './vocabulary';

/**
 * Names that match no one in the session but come close to someone: "Dirani" → "Derani", "Wehlen" →
 * "Whelen", "Connor De Philippi" → "Connor De Phillippi". Each suggestion is spelled as the data spells it,
 * in as many words as the text used.
 */
export function findNameSlips(text: string, words: TextWord[], cars: (CarMention & { clause: number })[], index: SessionIndex): NameFinding[] {
  const findings: NameFinding[] = [];
  for (const mention of findNameMentions(text)) {
    if (mention.kind !== 'person') continue;
    const match = matchRemembered(mention.text, index.roster);
    if (!match || match.exact || match.entry.kind !== 'driver') continue;
    if (onlySpacing(mention.text, match.entry.name)) continue;
    const suggestion = spellingLike(mention.text, match.entry.name);
    findings.push({ text: mention.text, start: mention.start, end: mention.end, suggestion, reason: `no ${mention.text} in the session; did you mean ${match.entry.name}?` });
  }
  const vocabulary = vocabularyOf(index);
  for (const word of words) {
    if (findings.some((finding) => word.start < finding.end && word.end > finding.start)) continue;
    const { senses, exact } = sensesOf(word.word, vocabulary);
    if (exact || senses.length === 0 || !supported(word, senses, words, cars, vocabulary)) continue;
    const spelling = senses[0].spelling;
    findings.push({ text: word.word, start: word.start, end: word.end, suggestion: spelling, reason: `no ${word.word} in the session; the data spells it ${spelling}` });
  }
  return findings.sort((a, b) => a.start - b.start);
}

// A near-miss word is only taken for a team or car word when its clause names the same car another way
// ("#47 of Cetliar Racing", "Wehlen Cadillac Racing"): "Viewers Guide" is not "Guidi".
function supported(word: TextWord, senses: WordSense[], words: TextWord[], cars: (CarMention & { clause: number })[], vocabulary: Vocabulary): boolean {
  const meant = new Set(senses.flatMap((sense) => [...sense.cars]));
  if (cars.some((mention) => mention.clause === word.clause && meant.has(mention.car))) return true;
  return words.some((other) => {
    if (other === word || other.clause !== word.clause) return false;
    const found = vocabulary.words.get(foldName(other.word));
    return !!found && found.some((sense) => [...sense.cars].some((car) => meant.has(car)));
  });
}

// "DeAngelis" for "De Angelis" is the same name spaced differently, not a slip.
function onlySpacing(written: string, name: string): boolean {
  const squeeze = (text: string) => foldName(text).replace(/[\s-]/g, '');
  const target = squeeze(written);
  return [name, familyName(name), lastWord(name)].some((form) => squeeze(form) === target);
}

// "Dirani" gets "Derani", "Connor De Philippi" gets "Connor De Phillippi", "De Philippi" gets "De Phillippi".
function spellingLike(written: string, name: string): string {
  const writtenWords = written.trim().split(/\s+/);
  if (writtenWords.length === 1) return lastWord(name);
  const firstName = name.split(' ')[0];
  return foldName(writtenWords[0]) === foldName(firstName) || writtenWords.length >= name.split(' ').length ? name : familyName(name);
}
