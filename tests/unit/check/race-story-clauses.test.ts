import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { readHint } from '../../../src/domain/check/session-hint';
import { hintOf } from './hints';

describe('clauses of a race story that tell of something else than the place', () => {
  it('reads a "with" clause on another driver as his, not as a moment of the first place', () => {
    expect(hintOf('Bottas was a lonely third, with Vettel recovering from a slow pit stop to finish fourth.', 'third').moment).toBe(false);
    expect(hintOf('Bottas was third after a slow pit stop.', 'third').moment).toBe(true);
  });

  it('reads the grid a car climbed from as no grid place of where it got to', () => {
    const text = 'Sainz climbed from 19th on the grid to eighth, while Raikkonen and Giovinazzi completed the points in ninth and tenth.';
    expect(hintOf(text, 'eighth')).toMatchObject({ grid: false, kind: null });
    expect(hintOf(text, 'ninth')).toMatchObject({ grid: false, kind: null });
    expect(hintOf(text, '19th').grid).toBe(true);
  });

  it('reads picking someone off as a moment of the race', () => {
    expect(hintOf('Barrichello made a perfect getaway to pick off Raikkonen for second.', 'second').moment).toBe(true);
  });
});

describe('the part of qualifying a clause tells', () => {
  const text = 'Verstappen had topped Q1 with a 1:04.489 and Perez led Q2 on a 1:04.197, with Norris just 0.101s down in second.';

  it('is the one of its own clause where "and" joins two', () => {
    expect(hintOf(text, 'topped').part).toBe(1);
    expect(hintOf(text, '1:04.489').part).toBe(1);
    expect(hintOf(text, 'led').part).toBe(2);
    expect(hintOf(text, '1:04.197').part).toBe(2);
  });

  it('is the one named last before it when its own clause names none', () => {
    expect(hintOf(text, '0.101s').part).toBe(2);
  });
});

describe('the reason for a penalty', () => {
  it('tells of the session of the offence, not of the place the penalty gives', () => {
    const text = 'Bottas will drop to fifth on the grid after a three-place penalty for spinning in the pit lane during practice, promoting Hamilton to the front row.';
    expect(hintOf(text, 'front row')).toMatchObject({ kind: 'qualifying', moment: false });
  });
});

describe('early in a race story', () => {
  it('is a moment when it counts the opening laps, not when it names an early incident', () => {
    expect(hintOf('Verstappen pulled out a lead of four seconds in the opening five laps.', 'four seconds').moment).toBe(true);
    expect(hintOf('Sainz was sixth, with Leclerc seventh after an early collision with Gasly.', 'seventh').moment).toBe(false);
    expect(hintOf('Leclerc was seventh early on.', 'seventh').moment).toBe(true);
  });
});

describe('the order after one lap', () => {
  it('is a moment, however it is labelled', () => {
    expect(hintOf('LAP ONE ORDER: 1.Vettel, 2.Webber, 3.Hulkenberg, 4.Hamilton', '2').moment).toBe(true);
    expect(hintOf('The order after lap 1: Vettel, Webber and Hulkenberg third.', 'third').moment).toBe(true);
    expect(hintOf('Hamilton was fourth on lap one.', 'fourth').moment).toBe(true);
    expect(hintOf('Hamilton was fourth.', 'fourth').moment).toBe(false);
  });
});

describe('a results table headed with another event', () => {
  it('is about that event, as a site sidebar with the last race gives it', () => {
    const text = 'Last Race: 23rd Nov\n\nAbu Dhabi GP Results\nPos Driver\n1 Lewis Hamilton\n2 Felipe Massa\n3 Valtteri Bottas\n\nBrazilian GP: Vettel wins as Bulls dominate\n';
    const rows = extractClaims(text).filter((claim) => claim.kind === 'position');
    expect(rows.map((claim) => [claim.text, claim.tableEvent])).toEqual([['1', 'Abu Dhabi'], ['2', 'Abu Dhabi'], ['3', 'Abu Dhabi']]);
    expect(readHint(text, rows[0]).otherEvent).toBe('Abu Dhabi');
  });
});
