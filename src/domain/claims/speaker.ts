import type { NameMention } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import { introducedIn } from './epithets';
import type { Figure } from './types';

// "“… to still be on pole on a lap that I felt could have been better is great.”" after "“…,” said Verstappen.":
// a figure in a quote that speaks in the first person is the speaker's.
// "We" too: a driver speaks for his crew ("Pour nous, … on n'a pas pu faire mieux que la troisième place").
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:I|I['’]m|I['’]ve|I['’]d|[Mm]y|[Mm]e|[Ii]ch|[Mm]ein\p{L}*|[Jj]e|[Jj]['’]|[Mm]on|[Mm]a|[Ii]k|[Mm]ijn|[Yy]o|[Ii]o|[Ee]u|[Ww]e|[Ww]ir|[Nn]ous|[Ww]ij|[Nn]oi|[Nn]osotros|[Nn]ós)(?=[^\p{L}'’]|$)/u;
const OPENING = /[“„«"]/u;
const QUOTE_MARKS = /[“”„«»"]/gu;
// The lines back a quote may have opened on: a quote that runs on over paragraphs opens each one with a mark.
const linesBack = 3;

/** The one who speaks the quote the figure stands in, when its sentence speaks in the first person. */
export function quotedSpeaker(context: ClaimContext, figure: Figure, sentence: { start: number; end: number }): NameMention | undefined {
  const { text } = context;
  const lineStart = text.lastIndexOf('\n', figure.start - 1) + 1;
  if (!insideQuote(text.slice(lineStart, figure.start))) return undefined;
  if (!FIRST_PERSON.test(text.slice(Math.max(lineStart, sentence.start), sentence.end))) return undefined;
  const tagged = speakerAfterQuote(context, figure);
  if (tagged) return tagged;
  let start = lineStart;
  for (let back = 0; back <= linesBack && start >= 0; back += 1) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    const speaker = speakerOutsideQuotes(context, start, line);
    if (speaker) return speaker;
    // Only a line that opens on a quote mark carries on the quote of the line before.
    if (!OPENING.test(line.trimStart().charAt(0)) || start === 0) return undefined;
    start = text.lastIndexOf('\n', start - 2) + 1;
    if (text.slice(start, text.indexOf('\n', start)).trim() === '') return undefined;
  }
  return undefined;
}

// '"… la troisième place", a déploré l'Allemand', '"… pole," said Hamilton': the one named (or called by the
// nationality the text gave him) right after the quote closes, before any other break.
function speakerAfterQuote(context: ClaimContext, figure: Figure): NameMention | undefined {
  const { text } = context;
  const close = /[”"»“]/u.exec(text.slice(figure.end, figure.end + 400));
  if (!close || /\n/.test(text.slice(figure.end, figure.end + close.index))) return undefined;
  const after = figure.end + close.index + 1;
  // The tag stands on the quote's own line: a paragraph after a quote that ends one opens on someone else.
  const from = after + (/^[^\S\n]*,?[^\S\n]*/.exec(text.slice(after))?.[0].length ?? 0);
  const tag = /^[^,.;:!?"“”«»\n]{1,50}/u.exec(text.slice(from));
  if (!tag) return undefined;
  const to = from + tag[0].length;
  // One party only: "said Max Verstappen to Lando Norris" leaves the speaker open.
  const named = partiesBetween(context, from, to).filter((mention) => mention.kind === 'person');
  const introduced = introducedIn(context, from, to);
  if (named.length + (introduced ? 1 : 0) !== 1) return undefined;
  return named[0] ?? (introduced ? { text: introduced.name, start: introduced.start, end: introduced.end, kind: 'person' } : undefined);
}

function insideQuote(lineBefore: string): boolean {
  let open = false;
  const german = lineBefore.includes('„');
  for (const mark of lineBefore.matchAll(QUOTE_MARKS)) open = opens(mark[0], open, german);
  return open;
}

// Whether a quote is open after `mark`; German opens on „ and closes on “.
function opens(mark: string, open: boolean, german: boolean): boolean {
  if (mark === '"') return !open;
  return mark === '„' || mark === '«' || (mark === '“' && !german);
}

// The one driver the line names outside its quotes ("said Verstappen", "Hamilton added:"); none if it names two.
function speakerOutsideQuotes(context: ClaimContext, lineStart: number, line: string): NameMention | undefined {
  const outside: NameMention[] = [];
  let open = false;
  let from = 0;
  const german = line.includes('„');
  for (const mark of line.matchAll(QUOTE_MARKS)) {
    if (!open) outside.push(...peopleIn(context, lineStart + from, lineStart + mark.index));
    open = opens(mark[0], open, german);
    from = mark.index + 1;
  }
  if (!open) outside.push(...peopleIn(context, lineStart + from, lineStart + line.length));
  const names = new Set(outside.map((mention) => mention.text));
  return names.size === 1 ? outside[0] : undefined;
}

function peopleIn(context: ClaimContext, start: number, end: number): NameMention[] {
  return partiesBetween(context, start, end).filter((mention) => mention.kind === 'person' && mention.end <= end);
}
