import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

// Words that compare with, or date from, an earlier time, while the figure is this session's.
describe('a figure compared with last weekend, or beside a "since" clause', () => {
  it('is this event’s when it is only likened to last weekend', () => {
    expect(hintOf('Pla set 1m30.404s, which, like last weekend, puts the Acura second.', '1m30.404s').otherEvent).toBeNull();
    expect(hintOf('Pla set 1m30.404s last weekend at Detroit.', '1m30.404s').otherEvent).not.toBeNull();
  });

  it('is no moment of the session because a "since" clause tells of a move to another class', () => {
    expect(hintOf('Snow took his first pole position since the team moved to GTD Pro.', 'pole position').moment).toBe(false);
    expect(hintOf('Snow moved to pole position.', 'pole position').moment).toBe(true);
  });
});

describe('a figure dated some weeks back', () => {
  it('is another event’s: "three weeks ago at Detroit", "earlier this season"', () => {
    expect(hintOf('Three weeks ago at Detroit, Blomqvist won after Jarvis had qualified on pole.', 'pole').otherEvent).toBe('another event');
    expect(hintOf('Jarvis had taken pole at Long Beach earlier this season.', 'pole').otherEvent).toBe('another event');
    expect(hintOf('Jarvis took pole three minutes from the end.', 'pole').otherEvent).toBeNull();
  });
});

describe('"last" that is no last year', () => {
  it('reads "letztes Jahr" and "vorig jaar" as last year, not "als letztes GTLM-Team"', () => {
    expect(hintOf('Der Porsche belegte als letztes GTLM-Team den dritten Platz.', 'dritten Platz').lastYear).toBe(false);
    expect(hintOf('Der Porsche belegte letztes Jahr den dritten Platz.', 'dritten Platz').lastYear).toBe(true);
    expect(hintOf('Hij werd vorig jaar derde.', 'derde').lastYear).toBe(true);
  });
});
