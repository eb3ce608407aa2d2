import { describe, expect, it } from 'vitest';
import { extractClaimsFromSource, htmlText, markdownText } from '../../../src/domain/claims';

describe('reading HTML and Markdown reports with offsets into the file', () => {
  it('points claims in HTML at the figures in the file and ends sentences at block tags', () => {
    const html = '<h1>Qualifying</h1><p>Derani set <b>1:32.656</b> &amp; won.</p><p>Nasr was 0.2s off.</p>';
    const claims = extractClaimsFromSource(htmlText(html), html);
    expect(claims.map((claim) => html.slice(claim.start, claim.end))).toEqual(['1:32.656', '0.2s']);
    expect(claims[1].sentence).toBe('Nasr was 0.2s off.');
  });

  it('decodes entities, so a possessive written with &rsquo; still names the driver', () => {
    const html = '<p>Lazare&rsquo;s lap was .185 seconds faster than Stevan McAleer.</p>';
    const [gap] = extractClaimsFromSource(htmlText(html), html);
    expect(gap).toMatchObject({ text: '.185 seconds', subject: 'Lazare', reference: 'Stevan McAleer' });
  });

  it('keeps an entity inside a figure in the figure’s text', () => {
    const html = '<p>Derani turned in 1&prime;32.656 on Saturday.</p>';
    const [lap] = extractClaimsFromSource(htmlText(html), html);
    expect(lap).toMatchObject({ text: '1&prime;32.656', value: 92.656 });
  });

  it('reads Markdown link text but not link targets, past emphasis', () => {
    const markdown = '## Qualifying\n\n**Derani**’s lap was [1:32.656](https://x.test/1:33.100) on *Saturday*.';
    const claims = extractClaimsFromSource(markdownText(markdown), markdown);
    expect(claims.map((claim) => markdown.slice(claim.start, claim.end))).toEqual(['1:32.656']);
    expect(claims[0].subject).toBe('Derani');
  });

  it('keeps a car number that looks like a Markdown heading mark', () => {
    expect(markdownText('The #31 Cadillac').text).toBe('The #31 Cadillac');
  });
});
