import { describe, expect, it } from 'vitest';
import { importReport } from '../../../src/services/importers/reports';
import { expectSafeDoc } from './doc-safety';
import { normalise, readSeed } from './seed-reports';

const seedParagraphs = readSeed('000_7e644020b4a2f233.txt').split('\n\n').map((paragraph) => paragraph.trim()).filter(Boolean);
const articleParagraphs = seedParagraphs.slice(3, -2);

/** Seed 000 as its site serves it: masthead, crumbs, caption, tweet, share row, related list and footer around it. */
const PAGE = `<!doctype html><html><head><title>Jesse Lazare Wins Alan Jay Automotive Network 120 Pole | Motorsport News</title></head>
<body><header><nav><a href="/">Home</a> &gt; <a href="/imsa">IMSA</a></nav><div class="logo">Motorsport News</div></header>
<main><article><h1>Jesse Lazare Wins Alan Jay Automotive Network 120 Pole</h1><p class="byline">By Staff Writer</p>
<figure><img src="lazare.jpg"><figcaption>${seedParagraphs[2]}</figcaption></figure>
${articleParagraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
<blockquote class="twitter-tweet"><p>Pole for Lazare! pic.twitter.com/abc123</p>— IMSA (@IMSA) <a href="https://twitter.com/IMSA/status/1">March 14, 2024</a></blockquote>
<div class="share">Share this article: Facebook Twitter Email</div></article></main>
<aside><h3>Related stories</h3><ul><li><a href="/a">Lazare sweeps St. Pete</a></li><li><a href="/b">McAleer fastest in practice</a></li></ul></aside>
<footer>© 2024 Motorsport News. All rights reserved.</footer></body></html>`;

describe('importing a saved web page', () => {
  const imported = importReport('lazare-pole.html', new TextEncoder().encode(PAGE));

  it('keeps every paragraph of the article, in order', async () => {
    const { doc } = await imported;
    expect(doc.content.map((node) => normalise(node.content?.map((child) => child.text ?? '').join('') ?? ''))).toEqual(articleParagraphs.map(normalise));
  });

  it('leaves the site around it behind: masthead, crumbs, related list, footer', async () => {
    const text = JSON.stringify((await imported).doc);
    for (const furniture of ['Motorsport News', 'Home', 'Related stories', 'All rights reserved']) expect(text).not.toContain(furniture);
  });

  it('lists the caption, the embedded tweet and the share row as removed pieces', async () => {
    expect((await imported).removed.map((piece) => piece.kind)).toEqual(['photo-credit', 'social-embed', 'share-prompt']);
  });

  it('takes headline and byline from the page', async () => {
    expect((await imported).meta).toMatchObject({ headline: 'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole', byline: 'Staff Writer', date: '2024-03-14' });
  });

  it('keeps headings, lists, quotes, emphasis and safe links of a pasted fragment', async () => {
    const html = '<h2>TCR</h2><p><strong>Gottsacker</strong> took <em>pole</em> by <s>.3</s> .299 s, <a href="https://www.imsa.com/">IMSA</a> said.</p><ol><li>Gottsacker</li><li>Miller</li></ol><blockquote><p>It was fast.</p></blockquote>';
    const { doc, format } = await importReport('fragment.htm', new TextEncoder().encode(html));
    expect(format).toBe('html');
    expectSafeDoc(doc);
    expect(doc.content.map((node) => node.type)).toEqual(['heading', 'paragraph', 'orderedList', 'blockquote']);
    const marks = doc.content[1].content?.flatMap((node) => node.marks?.map((mark) => mark.type) ?? []);
    expect(marks).toEqual(['bold', 'italic', 'strike', 'link']);
  });
});
