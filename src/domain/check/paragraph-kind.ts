import { RACE_START, RACE_WORDS } from './race-narrative';
import { withoutEarlierSession } from './told-elsewhere';
import { kindIn, nearestKindBefore } from './session-kind-words';
import { QUALIFYING_WORD } from '../claims/session';

// Which session a whole paragraph speaks of (qualifying or the race), for figures whose own clause says too little:
// "finished" or "crossed the line" alone does not make a race.

const QUALIFYING_PARAGRAPH = new RegExp(String.raw`${QUALIFYING_WORD}|\bQ[123]\b|(?<!\bfrom |\bon |\bof )\bpole\b|\bkwalificatie|\bclasificaci[oó]n|\bqualifiche`, 'gi');
const QUALIFYING_STORY = new RegExp(String.raw`${QUALIFYING_WORD}|\bQ[123]\b|(?<!\bfrom |\bon )\bpole\b`, 'gi');

export function speaksOfQualifying(paragraph: string): boolean {
  const qualifying = paragraph.match(QUALIFYING_PARAGRAPH)?.length ?? 0;
  const race = paragraph.match(RACE_WORDS)?.length ?? 0;
  return qualifying > 0 && qualifying > race;
}

// "Ricciardo and Vettel finished third and fourth" in a paragraph about qualifying: "finished" alone does not make
// a race, the paragraph's own words decide.
export function weakRace(clause: string, paragraph: string): boolean {
  const finish = /\bfinish(?:ed|es|ing)?\b/gi;
  if (!finish.test(clause) || kindIn(clause.replace(finish, ''), ['practice', 'qualifying', 'race']) !== null) return false;
  return qualifyingParagraph(paragraph);
}

// "despite starting on pole, … ultimately finishing third": a pole started from is told in the race's story.
function qualifyingParagraph(paragraph: string): boolean {
  const qualifying = paragraph.match(QUALIFYING_STORY)?.length ?? 0;
  const race = paragraph.match(RACE_WORDS)?.length ?? 0;
  return qualifying > race;
}

// "claimed provisional pole … and when Norris crossed the line 0.082s off the champion on his final lap": in a
// paragraph about qualifying, a race read only off crossing the line or finishing, which end a qualifying lap or
// session too, may be the article's qualifying.
// With `noRaceWord`, a paragraph with no word of a race at all: "the #31 Cadillac set the benchmark for the field,
// finishing 0.351 seconds clear of van der Zande" in a practice report is the session's end.
export function raceOnlyByLine(clause: string, figureAt: number, paragraph: string, noRaceWord = false): boolean {
  const line = /\bcross(?:ed|es|ing)? the line\b|\bfinish(?:ed|es|ing)?\b/gi;
  const stripped = clause.replace(line, (found) => ' '.repeat(found.length));
  // "Bourdais – who won the Grand Prix of Long Beach three times in his career – delivered …": an aside's race is not the paragraph's.
  const fits = noRaceWord ? tellsNoRace(paragraph) : qualifyingParagraph(paragraph);
  return stripped !== clause && nearestKindBefore(clause, figureAt) === 'race' && nearestKindBefore(stripped, figureAt) !== 'race' && fits;
}

/** Whether a paragraph has no word of a race but "finishing" or "crossed the line", which end any session or lap. */
export function tellsNoRace(paragraph: string): boolean {
  // "Bourdais – who won the Grand Prix of Long Beach three times in his career – delivered …": an aside's race is not the paragraph's.
  const without = withoutEarlierSession(paragraph).replace(/\bcross(?:ed|es|ing)? the line\b|\bfinish(?:ed|es|ing)?\b/gi, '');
  return (without.match(RACE_WORDS)?.length ?? 0) === 0 && kindIn(without, ['race']) === null && !RACE_START.test(without);
}
