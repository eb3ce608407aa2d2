import { carWords, notNameWords, organisationEndWords, organisationWords } from './vocabulary';

// Latin capitals by explicit range: Unicode property classes make the run pass several times slower.
export const capital = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const nameLikeWord = new RegExp(`^[${capital}](?:['’][${capital}])?[a-z\\u00DF-\\u00F6\\u00F8-\\u024F]`);
const digit = /\d/;

/** What the vocabulary says about one word of a run ("Lazare", "Aston", "Christensen-Heinrich-Priaulx"). */
export interface WordFacts {
  lower: string;
  /** A function word or opener ("The", "Qualifying") that cuts a run. */
  notName: boolean;
  /** Closes an organisation's name ("Racing", "Speedway"). */
  organisationEnd: boolean;
  /** One of its hyphen parts is an organisation word or a make ("Mercedes-AMG", "Racing"). */
  organisation: boolean;
  /** Three or more hyphen parts: a crew list of surnames. */
  crew: boolean;
  /** Every hyphen part looks like a name ("Louis-Philippe", "McAleer", "D’Alessandro"). */
  nameLike: boolean;
}

/** Looks words up once each: a report writes the same names and words over and over. */
export type WordFactsLookup = (word: string) => WordFacts;

/** A lookup that remembers each word it has read; make one per text so it never outgrows the text. */
export function createWordFacts(): WordFactsLookup {
  const known = new Map<string, WordFacts>();
  return (word) => {
    let facts = known.get(word);
    if (facts === undefined) {
      facts = readWord(word);
      known.set(word, facts);
    }
    return facts;
  };
}

function readWord(word: string): WordFacts {
  const lower = word.toLowerCase();
  const notName = notNameWords.has(lower);
  const organisationEnd = organisationEndWords.has(lower);
  // Most words hold no hyphen: spare them the split into parts.
  if (!word.includes('-')) {
    const organisation = organisationWords.has(lower) || carWords.has(lower);
    return { lower, notName, organisationEnd, organisation, crew: false, nameLike: isNameLike(word) };
  }
  const parts = lower.split('-');
  return {
    lower,
    notName,
    organisationEnd,
    organisation: parts.some((part) => organisationWords.has(part) || carWords.has(part)),
    crew: parts.length >= 3,
    nameLike: word.split('-').every(isNameLike),
  };
}

/** A capital, then (after an optional "O’" style apostrophe) a lower-case letter, and no digit. */
export function isNameLike(word: string): boolean {
  return nameLikeWord.test(word) && !digit.test(word);
}
