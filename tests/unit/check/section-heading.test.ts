import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { isGridLabel, isSessionHeading } from '../../../src/domain/check/section-heading';
import type { TimingSession } from '../../../src/domain/timing';
import { F1, loadSessions } from './timing-data';

// 2023 Watkins Glen from the corpus's local copy of tobi/imsa_data (tests/corpus/TIMING.md), absent from a bare checkout.
const GLEN_2023 = resolve(import.meta.dirname, '../../corpus/.timing/tobi+imsa_data/data/2023/12-watkins-glen-international');
const present = existsSync(GLEN_2023);
if (!present) console.warn(`section heading tests skipped: no timing copy at ${GLEN_2023} (run scripts/corpus-timing.ts)`);

describe('a line that only names a session', () => {
  it('is a heading: "Practice No. 2", "FP3", "Second practice:", "Qualifying"', () => {
    for (const heading of ['Practice No. 2', 'FP3', 'Second practice:', 'Qualifying', 'Free Practice 1']) expect(isSessionHeading(heading), heading).toBe(true);
  });

  it('is no heading when it is a sentence that names one', () => {
    expect(isSessionHeading('Braun was fastest in Practice No. 2.')).toBe(false);
    expect(isSessionHeading('Qualifying was wet')).toBe(false);
  });
});

let sessions: TimingSession[] = [];
let tracks: CheckContext['tracks'] = [];
const practice = (n: number) => sessions.find((session) => session.name === `Practice ${n}`)!;
const checkOn = (main: TimingSession, text: string) => new Checker({ sessions, mainSessionId: main.id, tracks, roster: [] }).checkText(text).claims;

describe.skipIf(!present)('the claims under a session heading (2023 Watkins Glen, local timing copy)', () => {
  beforeAll(async () => {
    ({ sessions, tracks } = await loadSessions([GLEN_2023]));
  }, 60_000);

  it('are of the session the heading names, not the report’s main one', () => {
    const text = 'Practice No. 2\n\nColin Braun lapped the Acura at 132.595 mph.';
    const speed = checkOn(practice(1), text).find((claim) => claim.kind === 'speed');
    expect(speed).toMatchObject({ verdict: 'confirmed', sessionId: practice(2).id });
  });

  it('give way to a session the sentence names itself', () => {
    const text = 'Practice No. 2\n\nThe day before, in first practice, Braun had lapped the Acura at 130.821 mph.';
    const speed = checkOn(practice(2), text).find((claim) => claim.kind === 'speed');
    expect(speed).toMatchObject({ verdict: 'confirmed', sessionId: practice(1).id });
  });

  it('end at the next heading', () => {
    const text = 'Practice No. 2\n\nBraun lapped the Acura at 132.595 mph.\n\nPractice No. 1\n\nOn Friday Braun lapped the Acura at 130.821 mph.';
    const speeds = checkOn(practice(2), text).filter((claim) => claim.kind === 'speed');
    expect(speeds.map((claim) => [claim.verdict, claim.sessionId])).toEqual([['confirmed', practice(2).id], ['confirmed', practice(1).id]]);
  });
});

describe('a "Starting grid:" label', () => {
  it('is read opening a list or standing alone, not in a sentence about the grid', () => {
    expect(isGridLabel('Starting grid: 1. Bottas (Mercedes), 2. Verstappen (Red Bull)')).toBe(true);
    expect(isGridLabel('The starting grid')).toBe(true);
    expect(isGridLabel('Hamilton drops to fifth on the starting grid.')).toBe(false);
  });

  it('is read with a noun after it ("Starting Grid Positions", half M), as a table heading names its session', () => {
    expect(isGridLabel('Starting Grid Positions')).toBe(true);
    expect(isGridLabel('Grid order:')).toBe(true);
    expect(isSessionHeading('Qualifying results')).toBe(true);
    expect(isSessionHeading('Race classification:')).toBe(true);
    expect(isSessionHeading('Qualifying results were delayed by rain.')).toBe(false);
  });

  let austria: CheckContext;
  beforeAll(async () => {
    const f1 = await loadSessions([F1], { race: '2020 Austrian' });
    const qualifying = f1.sessions.find((session) => session.kind === 'qualifying')!;
    austria = { ...f1, mainSessionId: qualifying.id, roster: [] };
  }, 60_000);

  // Hamilton qualified second in Austria in 2020; a penalty put him fifth on the grid.
  it('makes the places of the list under it starting places, checked against the race grid', () => {
    const text = 'Bottas took pole ahead of Hamilton.\nStarting grid: 1. Valtteri Bottas (Mercedes), 2. Max Verstappen (Red Bull), 3. Lando Norris (McLaren), 4. Alexander Albon (Red Bull), 5. Lewis Hamilton (Mercedes)';
    const places = new Checker(austria).checkText(text).claims.filter((claim) => claim.kind === 'position' && /^\d$/.test(claim.text));
    expect(places.map((claim) => [claim.text, claim.verdict])).toEqual([['1', 'confirmed'], ['2', 'confirmed'], ['3', 'confirmed'], ['4', 'confirmed'], ['5', 'confirmed']]);
  });

  // The desk checks paragraph by paragraph (checkParagraphs), not the whole text: it must follow the label the same way.
  it('is followed by the desk’s paragraph checks as by checkText, when it stands in a paragraph of its own', () => {
    const paragraphs = ['Bottas took pole ahead of Hamilton.', 'Starting grid:', '1. Valtteri Bottas (Mercedes)\n2. Max Verstappen (Red Bull)\n5. Lewis Hamilton (Mercedes)'];
    const checker = new Checker(austria);
    const desk = checker.checkParagraphs(checker.inContext(paragraphs))[2].claims.filter((claim) => claim.kind === 'position');
    expect(desk.map((claim) => [claim.text, claim.verdict])).toEqual([['1', 'confirmed'], ['2', 'confirmed'], ['5', 'confirmed']]);
    const whole = new Checker(austria).checkText(paragraphs.join('\n\n')).claims.filter((claim) => claim.kind === 'position' && /^\d$/.test(claim.text));
    expect(whole.map((claim) => claim.verdict)).toEqual(desk.map((claim) => claim.verdict));
  });

  it('holds only for the list under it: without it, Hamilton’s 5 is read against qualifying, where he was second', () => {
    const paragraphs = ['Bottas took pole ahead of Hamilton.', '1. Valtteri Bottas (Mercedes)\n2. Max Verstappen (Red Bull)\n5. Lewis Hamilton (Mercedes)'];
    const checker = new Checker(austria);
    const hamilton = checker.checkParagraphs(checker.inContext(paragraphs))[1].claims.find((claim) => claim.kind === 'position' && claim.text === '5');
    expect(hamilton?.verdict).not.toBe('confirmed');
  });
});
