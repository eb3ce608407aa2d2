import type { NameMention } from '../names';
import type { Figure } from './types';

// "He … posted a 1m11.411s time in the No. 01 Cadillac Racing V-Series.R": a time set "in" a car named right after it.
const IN_CAR = /^(?:\s+(?:time|lap|lap time|best))?\s+(?:in|aboard|driving)\s+(?:the|his|her)\s+$/i;

/**
 * The car a lap time or speed was set in, named right after it ("a 1m11.411s time in the No. 01"), when no driver
 * is named before it in its sentence: "He" after a sentence naming several points back to none of them for sure.
 */
export function carSetIn(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  if (figure.kind !== 'lap_time' && figure.kind !== 'speed') return undefined;
  if (inSentence.some((mention) => mention.kind === 'person' && mention.end <= figure.start)) return undefined;
  const next = inSentence.find((mention) => mention.start >= figure.end);
  return next?.kind === 'car' && IN_CAR.test(text.slice(figure.end, next.start)) ? next : undefined;
}
