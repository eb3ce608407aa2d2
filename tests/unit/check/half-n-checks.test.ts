import { describe, expect, it } from 'vitest';
import { suggestSessions } from '../../../src/domain/check';
import type { SessionSummary } from '../../../src/domain/timing';
import { hintInSentence as hintOf } from './hints';

// Half N's misses, read after its blind score (docs/accuracy/half-n-first-score-12829c9.txt).
function session(fields: Pick<SessionSummary, 'id' | 'kind' | 'startTime'>): SessionSummary {
  return {
    eventId: '2008-canadian', eventName: 'Canadian Grand Prix', name: fields.kind, series: 'F1', trackId: 'villeneuve',
    trackName: 'Circuit Gilles Villeneuve', carCount: 20, lapCount: 1000, sourceFiles: [], ...fields,
  };
}

describe('an article dated before a session', () => {
  // The Ergast tables date a race and not, before 2021, its qualifying: the race was the one dated session.
  const race = session({ id: 'race', kind: 'race', startTime: '2008-06-08T12:00:00' });
  const qualifying = session({ id: 'qualifying', kind: 'qualifying', startTime: null });
  const text = 'Saturday 7 June 2008\n\nCanadian Grand Prix: Qualifying Report\n\nLewis Hamilton recorded his second consecutive Montreal pole position. The track crumbled all session, and Trulli finished 14th.';

  it('gives that session no credit for the date: a report of Saturday cannot tell Sunday’s race', () => {
    const ranked = suggestSessions({ date: '2008-06-07', series: null, event: null, track: null, session: null, text }, [race, qualifying]);
    expect(ranked.map((suggestion) => suggestion.sessionId)).toEqual(['qualifying', 'race']);
    expect(ranked.find((suggestion) => suggestion.sessionId === 'race')?.reasons).toContain('dated before the session');
  });

  it('still credits a session the article is dated after', () => {
    const ranked = suggestSessions({ date: '2008-06-09', series: null, event: null, track: null, session: null, text }, [race, qualifying]);
    expect(ranked.find((suggestion) => suggestion.sessionId === 'race')?.reasons).toContain('dated 1 day(s) after the session');
  });
});

describe('a place held until the others had their go', () => {
  it('is a moment of the session, even from the driver’s last run', () => {
    const text = 'Grosjean was the first driver to do his last run and improved to eighth position before the rest of those attempting to survive completed theirs. Alexander Albon was now in the drop zone.';
    expect(hintOf(text, 'eighth').moment).toBe(true);
    expect(hintOf('Grosjean did his last run and improved to eighth position, before the chequered flag fell.', 'eighth').moment).toBe(false);
  });
});

describe('a win taken, named in the figure’s own clause', () => {
  it('makes the margin the race’s, whatever sessions a clause before compares it with', () => {
    const text = 'Although not as comfortable as the team’s pace in qualifying and free practice suggested, Alessandro Pier Guidi, James Calado and Antonio Giovinazzi kept a cool head to secure the win for the #51 Ferrari AF Corse by just over 8 seconds.';
    expect(hintOf(text, '8 seconds').kind).toBe('race');
    expect(hintOf('Although not as fast as in free practice, Giovinazzi was 8 seconds off the pace.', '8 seconds').kind).toBe('practice');
  });
});
