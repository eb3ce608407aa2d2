import { describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { importReport } from '../../../src/services/importers/reports';
import { readSeed } from './seed-reports';

const encode = (text: string) => new TextEncoder().encode(text);
const seedParagraphs = readSeed('000_7e644020b4a2f233.txt').split('\n\n').slice(3, -2).map((paragraph) => `<p>${paragraph.trim()}</p>`).join('');

describe('oversized reports', () => {
  it('imports a 20 MB single-file page whose bulk is inlined images, scripts and styles', async () => {
    const image = `<img src="data:image/png;base64,${'A'.repeat(6 * 1024 * 1024)}">`;
    const script = `<script>${'var x = 1;'.repeat(400_000)}</script><style>${'p{color:red}'.repeat(100_000)}</style>`;
    const page = `<html><head>${script}</head><body><article><h1>Lazare on pole</h1>${image}${seedParagraphs}${image}${image}</article></body></html>`;
    expect(page.length).toBeGreaterThan(20 * 1024 * 1024);
    const started = performance.now();
    const report = await importReport('single-file.html', encode(page));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(plainTextFromDoc(report.doc)).toContain('It is the only lap in the session that was completed in under 130 seconds.');
  });

  it('refuses a page with more than 4 MB of markup, saying how much', async () => {
    const page = `<html><body>${seedParagraphs.repeat(Math.ceil((5 * 1024 * 1024) / seedParagraphs.length))}</body></html>`;
    await expect(importReport('huge.html', encode(page))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^huge\.html: 5\.\d MB of page markup; Racedesk imports at most 4 MB of page markup$/) });
  });

  it('refuses more than 10 MB of plain text', async () => {
    await expect(importReport('huge.txt', encode('Lazare on pole. '.repeat(700_000)))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('huge.txt: 10.7 MB of text') });
  });

  it('refuses more than 4 MB of Markdown', async () => {
    await expect(importReport('huge.md', encode('Lazare on pole. '.repeat(300_000)))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining('huge.md: 4.6 MB of Markdown') });
  });

  it.each(['span', 'div', 'blockquote', 'ul', 'b', 'table'])('imports <%s> nested 400 deep, and refuses 401 by name, never overflowing the stack', async (tag) => {
    const nested = (depth: number) => encode(`${`<${tag}>`.repeat(depth)}Lazare on pole${`</${tag}>`.repeat(depth)}`);
    expect(plainTextFromDoc((await importReport('deep.html', nested(400))).doc)).toBe('Lazare on pole');
    await expect(importReport('deeper.html', nested(401))).rejects.toMatchObject({ code: 'bad-file', message: 'deeper.html: elements nested 401 deep; Racedesk reads at most 400 levels' });
  });
});
