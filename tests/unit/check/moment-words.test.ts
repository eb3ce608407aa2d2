import { describe, expect, it } from 'vitest';
import { readHint } from '../../../src/domain/check/session-hint';

// The hint of `figure` in `text`, its sentence the one that holds it.
function hintOf(text: string, figure: string) {
  const start = text.indexOf(figure);
  const sentenceStart = Math.max(0, ...['. ', '\n'].map((mark) => text.lastIndexOf(mark, start) + mark.length).filter((at) => at <= start));
  const next = text.indexOf('. ', start);
  const sentence = text.slice(sentenceStart, next < 0 ? text.length : next + 1);
  return readHint(text, { start, end: start + figure.length, sentence });
}

describe('the session a figure is about', () => {
  it('is read from its whole clause, through the colon of a lap time before it', () => {
    const text = 'He led both practice sessions on Friday and carried that into qualifying where he set a 1:15.666 to beat Massa by two tenths.';
    expect(hintOf(text, 'two tenths').kind).toBe('qualifying');
    expect(hintOf('Auf Platz vier fährt Piastri im Training (+0,309) vor Leclerc.', '0,309').kind).toBe('practice');
  });
});
