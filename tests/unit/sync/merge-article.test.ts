import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyMeta, type Article } from '../../../src/domain/articles/article';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { conflictCopyHeadline, conflictCopyId } from '../../../src/domain/sync/conflict-copy';
import { mergeArticle } from '../../../src/domain/sync/merge-article';
import { runs } from '../fuzz';
import { docOf } from './shared-libraries';

function article(text: string, revision = 1, headline = 'Derani on pole'): Article {
  return {
    schemaVersion: 1,
    id: '4a8df383-89a1-4bdf-b7b3-96ff97eda46f',
    createdAt: '2024-01-21T14:00:00.000Z',
    updatedAt: `2024-01-21T14:${String(revision).padStart(2, '0')}:00.000Z`,
    revision,
    meta: emptyMeta(headline),
    doc: docOf(text),
    source: null,
    removed: [],
    linkedSessionIds: [],
  };
}

const context = { copyId: conflictCopyId('4a8df383-89a1-4bdf-b7b3-96ff97eda46f', 'eeec87b7deadbeef'), at: '2024-01-21T15:00:00.000Z' };
const ana = (value: Article | null) => ({ article: value, writer: 'Ana Lopes' });
const ben = (value: Article | null) => ({ article: value, writer: 'Ben Keating' });

describe('merging one article changed on two laptops', () => {
  it('takes the one side that changed, above both revisions so an open editor reloads it', () => {
    const base = article('Pole for Derani.', 3);
    const merged = mergeArticle(base, ana({ ...base, revision: 4, updatedAt: 'later' }), ben(article('Pole for Derani by 0.2s.', 4)), context);
    expect(merged).toMatchObject({ kind: 'take', article: { revision: 5 } });
    expect(plainTextFromDoc((merged as { article: Article }).article.doc)).toBe('Pole for Derani by 0.2s.');
  });

  it('keeps two different texts as a marked pair: this laptop’s in place, the other as a named copy', () => {
    const merged = mergeArticle(article('Pole.', 3), ana(article('Ana’s pole.', 4)), ben(article('Ben’s pole.', 5)), context);
    if (merged.kind !== 'conflict') throw new Error('expected a conflict');
    expect(merged.kept).toMatchObject({ id: '4a8df383-89a1-4bdf-b7b3-96ff97eda46f', revision: 6, syncConflict: { role: 'kept', otherId: context.copyId, writer: 'Ana Lopes', otherWriter: 'Ben Keating' } });
    expect(merged.copy).toMatchObject({ id: '4a8df383-89a1-4bdf-b7b3-96ff97eda46f-c-eeec87b7', meta: { headline: 'Derani on pole (Ben Keating’s version)' }, syncConflict: { role: 'copy', writer: 'Ben Keating' } });
    expect(plainTextFromDoc(merged.kept.doc)).toBe('Ana’s pole.');
    expect(plainTextFromDoc(merged.copy.doc)).toBe('Ben’s pole.');
  });

  it('brings back an article deleted on one side and edited on the other, and lets a deletion of an untouched one stand', () => {
    const base = article('Pole.', 3);
    expect(mergeArticle(base, ana(null), ben(article('Edited.', 4)), context)).toMatchObject({ kind: 'take', article: { revision: 4 } });
    expect(mergeArticle(base, ana(null), ben({ ...base }), context)).toEqual({ kind: 'take', article: null });
  });

  it('never stacks copy suffixes, and keeps copy ids short enough to be article ids', () => {
    expect(conflictCopyHeadline('Derani on pole (Ben Keating’s version)', 'Ana Lopes')).toBe('Derani on pole (Ana Lopes’s version)');
    expect(conflictCopyId(conflictCopyId('4a8df383-89a1-4bdf-b7b3-96ff97eda46f', 'aaaaaaaa11'), 'bbbbbbbb22')).toBe('4a8df383-89a1-4bdf-b7b3-96ff97eda46f-c-bbbbbbbb');
    expect(conflictCopyId('x'.repeat(64), 'cccccccc')).toMatch(/^[a-z0-9-]{1,64}$/);
  });

  it('loses no text: whatever both sides wrote, each side’s text is in the result', () => {
    const side = fc.option(fc.string({ maxLength: 30 }), { nil: null });
    fc.assert(
      fc.property(side, side, side, (baseText, ourText, theirText) => {
        const [base, ours, theirs] = [baseText, ourText, theirText].map((text, index) => (text === null ? null : article(text, index + 1)));
        const merged = mergeArticle(base, ana(ours), ben(theirs), context);
        const kept = merged.kind === 'conflict' ? [merged.kept, merged.copy] : merged.article ? [merged.article] : [];
        const texts = kept.map((each) => plainTextFromDoc(each.doc));
        // A side's text may go only where it is what the base already had (the other side changed or deleted it).
        for (const text of [ourText, theirText]) if (text !== null && text !== baseText) expect(texts).toContain(plainTextFromDoc(docOf(text)));
      }),
      runs(500),
    );
  });
});
