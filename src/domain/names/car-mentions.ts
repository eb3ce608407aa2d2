import type { NameMention } from './types';

// "Nr. 23" in German and Dutch ("Aston Martin Vantage GT3 Nr. 23").
const carPattern = /(?<![\w#])(?:#\s?(\d{1,3})|(?:No|Nr|nr)\.\s?(\d{1,3}))(?![\d.,]\d)/g;

/** Car numbers written `#31`, `# 61`, `No. 31` or `Nr. 31`, with the number as written. */
export function findCars(text: string): NameMention[] {
  const cars: NameMention[] = [];
  for (const match of text.matchAll(carPattern)) {
    const start = match.index;
    const carNumber = match[1] ?? match[2];
    cars.push({ text: match[0], start, end: start + match[0].length, kind: 'car', carNumber });
  }
  return cars;
}

/** "the #77 AO Racing Porsche" is one car: folds a team run that follows a car number into it. */
export function mergeCarsWithTeams(text: string, mentions: NameMention[]): NameMention[] {
  const merged: NameMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const follows = previous?.kind === 'car' && mention.kind === 'team';
    if (follows && text.slice(previous.end, mention.start) === ' ') {
      merged[merged.length - 1] = { ...previous, text: text.slice(previous.start, mention.end), end: mention.end };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}
