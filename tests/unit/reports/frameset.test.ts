import { describe, expect, it } from 'vitest';
import { importReport } from '../../../src/services/importers/reports/import-report';
import { expectSafeDoc } from './doc-safety';

// Found by the hostile-Markdown property test (seed 431992484): a <frameset> made the sanitiser return no body.
describe('frameset tags in a report', () => {
  it('are dropped, and the rest of the Markdown imports safely', async () => {
    const markdown = '# <frameset>\n\nDerani took pole [x](javascript:alert(1)) <frameset>\n\n> <frameset> in 1:32.656';
    const report = await importReport('report.md', new TextEncoder().encode(markdown));
    expectSafeDoc(report.doc);
    // The first short paragraph becomes the headline (kept among the removed pieces); no word is lost.
    const everything = JSON.stringify(report.doc) + JSON.stringify(report.removed);
    expect(everything).toContain('Derani took pole');
    expect(everything).toContain('in 1:32.656');
    expect(everything).not.toMatch(/javascript|frameset/);
  });

  it('do not stop an HTML page that opens with one', async () => {
    const html = '<html><frameset><frame src="x"></frameset><body><p>Lazare took pole by .185 seconds.</p></body></html>';
    const report = await importReport('page.html', new TextEncoder().encode(html));
    expect(JSON.stringify(report.doc)).toContain('Lazare took pole by .185 seconds.');
  });
});
