import { describe, expect, it } from 'vitest';
import { withLeads, type ParagraphToCheck } from '../../../src/domain/check';
import { freshParagraphs } from '../../../src/renderer/check/fresh-paragraphs';

describe('which paragraphs the desk sends to be checked again', () => {
  const article = ['Pipo Derani took pole.', 'He lapped in 1:32.656.', 'Nick Boulle was second in LMP2.'];

  it('sends every paragraph the first time, each with the paragraph before it', () => {
    const { fresh } = freshParagraphs(withLeads(article), new Set());
    expect(fresh).toEqual([
      { text: article[0], lead: '' },
      { text: article[1], lead: article[0] },
      { text: article[2], lead: article[1] },
    ]);
  });

  it('after an edit, sends the edited paragraph and the one after it, nothing else', () => {
    const { sent } = freshParagraphs(withLeads(article), new Set());
    const edited = ['Felipe Nasr took pole.', article[1], article[2]];
    expect(freshParagraphs(withLeads(edited), sent).fresh.map((paragraph) => paragraph.text)).toEqual(['Felipe Nasr took pole.', 'He lapped in 1:32.656.']);
    expect(freshParagraphs(withLeads(article), sent).fresh).toEqual([]);
  });

  it('sends again every paragraph under a heading that now names another session, though its text and lead are the same', () => {
    const under = (section: string | null): ParagraphToCheck[] => withLeads(['Practice No. 1', ...article]).map((paragraph, index) => ({ ...paragraph, section: index === 0 ? null : section, grid: false }));
    const { sent } = freshParagraphs(under('practice-1'), new Set());
    expect(freshParagraphs(under('practice-1'), sent).fresh).toEqual([]);
    expect(freshParagraphs(under('practice-2'), sent).fresh.map((paragraph) => paragraph.text)).toEqual(article);
  });
});
