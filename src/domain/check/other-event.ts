import type { Claim } from '../claims';

// Another event a figure's sentence is about ("last week in the Singapore Grand Prix", "the preceding races"), which
// the session's own event is compared with.

// "last week in the Singapore Grand Prix", "at last month's 6 Hours of Spa": a named event, which the session's
// own name is compared with; "last week", "three weeks ago" or "last time out" alone is another event too, and so is
// "the last time" something happened ("The last time Nasr earned pole at Road Atlanta, in 2019, he … won the race").
// "Last week's winner in Singapore, Carlos Sainz, settled into sixth": a title earned at another event describes
// the driver; the place is this event's.
const TITLE_FROM_ELSEWHERE = /\blast (?:week|weekend|month|time out)['’]s\s+(?:\p{L}+\s+){0,2}?(?:winner|victor|polesitter|pole-sitter|pole winner|champion|hero|podium finisher)(?:\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s*){1,3})?/giu;

// "A rare blunder … last week in the Singapore Grand Prix … was quickly put behind them as the Dutch driver
// snagged pole for Sunday's Japanese Grand Prix": a figure in a clause an "as", "but" or "while" opens is told of
// that clause's event.
const CONJUNCTION = /(?:,\s*|\s)(?:as|but|while|whilst|whereas)\s/gi;

export function fromLastConjunction(sentence: string, text: string, claim: Pick<Claim, 'start'>): string {
  const sentenceStart = text.lastIndexOf(sentence.slice(0, 24), claim.start);
  if (sentenceStart < 0) return sentence;
  const at = claim.start - sentenceStart;
  const opened = [...sentence.slice(0, at).matchAll(CONJUNCTION)].at(-1);
  return opened ? sentence.slice(opened.index) : sentence;
}

// "had taken pole in each of the trio of preceding races": events before this one, in the figure's own clause ("a
// team that had struggled … in the last three races" after an "and" tells of something else).
export const EARLIER_EVENTS = /\b(?:previous|preceding|prior)\s+(?:\p{L}+\s+)?(?:rounds|races|weekends|events)\b|\b(?:last|past)\s+(?:two|three|four|five|\d)\s+(?:rounds|races|events)\b/iu;

// "a time of 1m30.404s that, like last weekend, will leave them on the outside of the front row": this event's
// figure, compared with the last one.
const LIKE_LAST_EVENT = /\b(?:just\s+)?(?:like|as)\s+(?:(?:he|she|it|they)\s+(?:did|was|were)\s+)?(?:last (?:week|weekend|month|time out)|the (?:week|weekend) before|a (?:week|fortnight) (?:ago|earlier))/gi;

// "broke the previous track record, 1:10.705, set two years ago, by seven-tenths": a participle set off by commas dates
// the noun before it (the old record), not the sentence's other figures.
const DATED_ASIDE = /,\s*(?:set|established|achieved|recorded|posted)\s+(?:[\p{L}-]+\s+){1,3}(?:ago|earlier|before)\s*,/giu;

export function otherEventIn(written: string): string | null {
  const sentence = written.replace(TITLE_FROM_ELSEWHERE, '').replace(LIKE_LAST_EVENT, '').replace(DATED_ASIDE, ',');
  if (!/\blast (?:week|weekend|time out|month)\b|\bprevious (?:round|race|weekend|event)\b|\bthe (?:week|weekend) before\b|\ba (?:week|fortnight) (?:ago|earlier)\b|\b(?:two|three|four|five|six|several|a few|a couple of|\d+) (?:weeks|weekends|months|years|seasons) (?:ago|earlier|before)\b|\bearlier this (?:season|year|month)\b|\bthe last time\s+(?=\p{Lu}|(?:he|she|they|it|an?|the)\s)/iu.test(sentence)) return null;
  const named = /\b(?:the|at|in)\s+((?:\p{Lu}[\p{L}-]+\s+){1,3})(?:Grand Prix|GP)\b/u.exec(sentence);
  return named ? named[1].trim() : 'another event';
}
