import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, withLeads, type CheckContext } from '../../../src/domain/check';
import { loadSessions, ROAR_2024 } from './timing-data';

let context: CheckContext;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2024]);
  context = { sessions, mainSessionId: sessions[0].id, tracks, roster: [] };
}, 60_000);

describe('the checker', () => {
  it('gives offsets into the whole text across paragraphs', () => {
    const text = 'Intro line.\n\nPipo Derani took pole with a lap of 1:32.656.';
    const report = new Checker(context).checkText(text);
    const lap = report.claims.find((claim) => claim.kind === 'lap_time');
    expect(lap && text.slice(lap.start, lap.end)).toBe('1:32.656');
    expect(lap?.verdict).toBe('confirmed');
  });

  it('re-checks only the paragraph that changed and the one after it', () => {
    const checker = new Checker(context);
    const paragraphs = ['Pipo Derani took pole in 1:32.656.', 'Nick Boulle qualified second in LMP2.', 'Jack Hawksworth was third.'];
    const first = checker.checkParagraphs(withLeads(paragraphs));
    const second = checker.checkParagraphs(withLeads([paragraphs[0], 'Nick Boulle qualified second in LMP2!', paragraphs[2]]));
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(checker.checkParagraphs(withLeads(paragraphs))[2]).toBe(first[2]);
  });

  it('reads who "He" is from the paragraph before, as the claims reader does over the whole text', () => {
    const text = 'Pipo Derani took pole for Whelen Engineering at the Roar.\n\nHe lapped in 1:32.656, the fastest of the session.';
    const lap = new Checker(context).checkText(text).claims.find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ text: '1:32.656', subject: 'Pipo Derani', verdict: 'confirmed' });
    const alone = new Checker(context).checkText('He lapped in 1:32.656, the fastest of the session.').claims[0];
    expect(alone).toMatchObject({ subject: null, verdict: 'unverifiable' });
  });

  it('reads "The Cadillac driver" from the paragraph before, over a name it only guessed from its own', () => {
    const text = 'Pipo Derani took pole for Whelen Engineering at the Roar.\n\nThe Cadillac driver, a point behind Nick Tandy in the standings, was fastest, with Tandy later in the top ten.';
    const place = new Checker(context).checkText(text).claims.find((claim) => claim.text === 'fastest');
    expect(place).toMatchObject({ subject: 'Pipo Derani', subjectSure: true });
  });

  it('reads a short paragraph in the language of the whole article', () => {
    const paragraph = 'Derani verpasst den Rekord um 20 Tausendstelsekunden.';
    const article = `Pipo Derani ist der Schnellste im Qualifying und fährt mit dem Cadillac auf die Pole, die er auch im Vorjahr hatte. Die Konkurrenz war nicht weit weg, aber sie hatte keine Chance gegen ihn.\n\n${paragraph}`;
    const gap = (text: string) => new Checker(context).checkText(text).claims.find((claim) => claim.kind === 'gap');
    expect(gap(article)).toMatchObject({ text: '20 Tausendstelsekunden', value: 0.02 });
    expect(gap(paragraph)).toBeUndefined();
  });

  it('never re-attributes a figure whose own paragraph names its driver', () => {
    const text = 'Pipo Derani took pole for Whelen Engineering.\n\nNick Boulle lapped in 1:38.603.';
    const lap = new Checker(context).checkText(text).claims.find((claim) => claim.kind === 'lap_time');
    expect(lap?.subject).toBe('Nick Boulle');
  });

  it('reports a near-miss name with the spelling the data uses', () => {
    const report = new Checker(context).checkText('Pole went to Dirani in the #31 Cadillac with a 1:32.656.');
    expect(report.names).toContainEqual(expect.objectContaining({ text: 'Dirani', suggestion: 'Derani' }));
  });

  it('contradicts a claim about a driver put in the wrong car and names the right car', () => {
    const report = new Checker(context).checkText('Connor De Phillippi put the BMW #7 fourth on the grid.');
    expect(report.names).toContainEqual(expect.objectContaining({ text: '#7', suggestion: '#25' }));
  });

  it('confirms a position given to a make when one of its cars holds it, and never contradicts on that guess', () => {
    const checker = new Checker(context);
    expect(checker.checkText('Cadillac monopolizes the front row in GTP.').claims[0].verdict).toBe('confirmed');
    expect(checker.checkText('Acura took pole in GTP.').claims[0].verdict).toBe('unverifiable');
  });

  it('says nothing about a car number with no one named next to it', () => {
    expect(new Checker(context).checkText('The #7 was third.').names).toEqual([]);
  });

  it('does not take a lone surname inside another team name for a driver of another car (seed 001)', () => {
    const text = "Later on, it was Bryan Herta Autosport’s No. 33 of defending champion Harry Gottsacker that took the advantage.";
    expect(new Checker(context).checkText(text).names.map((name) => name.text)).not.toContain('No. 33');
  });

  it('reads the session from the clause: a record in the same sentence does not make the pole lap a record', () => {
    const text = "Derani turned in 1'32''656''', breaking the 2019 track record of 1'33''655''.";
    const report = new Checker(context).checkText(text);
    expect(report.claims.map((claim) => [claim.text, claim.verdict])).toEqual([
      ["1'32''656'''", 'confirmed'],
      ["1'33''655''", 'unverifiable'],
    ]);
  });
});
