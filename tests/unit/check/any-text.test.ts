import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, withLeads, type CheckContext } from '../../../src/domain/check';
import { loadSessions, ROAR_2024, SHARED } from './timing-data';
import { runs } from '../fuzz';

let context: CheckContext;
const seed = readFileSync(join(SHARED, 'seeds/003_d40ddc186b745cfd.txt'), 'utf8');

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2024]);
  context = { sessions, mainSessionId: sessions[0].id, tracks, roster: [] };
}, 60_000);

describe('checking any text', () => {
  it('never throws, and every claim and name points at its own characters', () => {
    const pieces = fc.oneof(fc.string(), fc.constantFrom(...seed.split(/(?<=[.,])/)), fc.constantFrom('\n\n', '#31 ', 'No. 7 ', "1'32''656''' ", 'P3 overall '));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const report = new Checker(context).checkText(text);
        for (const item of [...report.claims, ...report.names]) expect(text.slice(item.start, item.end)).toBe(item.text);
      }),
      runs(200),
    );
  });

  it('gives the same answer paragraph by paragraph as for the whole text', () => {
    const checker = new Checker(context);
    const whole = checker.checkText(seed).claims.map((claim) => [claim.text, claim.verdict]);
    const fresh = new Checker(context);
    const paragraphs = seed.split(/\n[ \t\u00a0]*\n/).filter((paragraph) => paragraph.length > 0);
    const byParagraph = withLeads(paragraphs).flatMap((paragraph) => fresh.checkParagraphs([paragraph])[0].claims.map((claim) => [claim.text, claim.verdict]));
    expect(byParagraph).toEqual(whole);
  });
});
