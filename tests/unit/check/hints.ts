import { readHint, type SessionHint } from '../../../src/domain/check/session-hint';

/** A hint that names nothing (no session, year, part, moment), so a check rule is tested on its own. */
export const NO_HINT: SessionHint = { kind: null, year: null, lastYear: false, record: false, number: null, part: null, average: false, otherEvent: null, series: null, moment: false, grid: false, qualifyingParagraph: false, penaltyOrder: false, day: null, counterfactual: false };

/** The hint of the figure `figure` in `text`, the whole text taken as its sentence. */
export function hintOf(text: string, figure: string): SessionHint {
  const start = text.indexOf(figure);
  return readHint(text, { start, end: start + figure.length, sentence: text });
}

/** The hint of the figure `figure` in `text`, its sentence the one (ended by '. ' or a line) that holds it. */
export function hintInSentence(text: string, figure: string): SessionHint {
  const start = text.indexOf(figure);
  const sentenceStart = Math.max(0, ...['. ', '\n'].map((mark) => text.lastIndexOf(mark, start) + mark.length).filter((at) => at <= start));
  const next = text.indexOf('. ', start);
  const sentence = text.slice(sentenceStart, next < 0 ? text.length : next + 1);
  return readHint(text, { start, end: start + figure.length, sentence });
}
