import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { importReport } from '../../../src/services/importers/reports';
import { allText, expectSafeDoc, HOSTILE } from './doc-safety';
import { hostileDocx } from './hostile-docx';
import { storedZip } from './stored-zip';

const SENTENCE = 'Jeansonne reset the Mazda MX-5 Cup qualifying lap record with a pole time of 2:06.544 seconds.';

async function wordFile(): Promise<Uint8Array> {
  const document = new Document({
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car')] }),
        new Paragraph({ children: [new TextRun('Share this article: Facebook Twitter Email')] }),
        new Paragraph({ children: [new TextRun({ text: 'Jeansonne', bold: true }), new TextRun(' reset the Mazda MX-5 Cup qualifying lap record with a pole time of '), new TextRun({ text: '2:06.544', italics: true }), new TextRun(' seconds.')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Top three')] }),
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Aaron Jeansonne')] }),
        new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Connor Zilisch')] }),
        new Paragraph({ children: [new TextRun('Results are on '), new ExternalHyperlink({ link: 'https://www.imsa.com/', children: [new TextRun('imsa.com')] }), new TextRun(' and '), new ExternalHyperlink({ link: 'javascript:alert(1)', children: [new TextRun('here')] }), new TextRun('.')] }),
      ],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('importing a .docx report', () => {
  it('keeps headings, bold, italics, bullet lists and safe links; drops the javascript: link but not its text', async () => {
    const report = await importReport('vir.docx', await wordFile());
    expectSafeDoc(report.doc);
    expect(report.format).toBe('docx');
    expect(report.meta.headline).toBe('Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car');
    expect(report.removed.map((piece) => piece.kind)).toEqual(['headline', 'share-prompt']);
    expect(report.doc.content.map((node) => node.type)).toEqual(['paragraph', 'heading', 'bulletList', 'paragraph']);
    const marks = report.doc.content.flatMap((node) => node.content ?? []).flatMap((node) => node.marks ?? []);
    expect(marks).toEqual([{ type: 'bold' }, { type: 'italic' }, { type: 'link', attrs: { href: 'https://www.imsa.com/' } }]);
    expect(plainTextFromDoc(report.doc)).toContain('Results are on imsa.com and here.');
    expect(allText(report)).not.toMatch(HOSTILE);
  });

  it('never opens a picture linked to a local file: no byte of it appears', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'racedesk-docx-'));
    const secret = join(folder, 'secret.txt');
    writeFileSync(secret, 'SECRET-MARKER-7f3a9 the reader must never see this');
    for (const uri of ['file:///etc/passwd', pathToFileURL(secret).href, secret]) {
      const report = await importReport('hostile.docx', hostileDocx(SENTENCE, uri));
      const text = allText(report) + JSON.stringify(report);
      expect(text).toContain(SENTENCE);
      expect(text).not.toContain('SECRET-MARKER');
      expect(text).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0]);
      expect(text).not.toMatch(/base64|file:|passwd/);
      expect(text).not.toMatch(HOSTILE);
      expectSafeDoc(report.doc);
    }
  });

  it('refuses a file that is not a zip archive, naming it', async () => {
    await expect(importReport('notes.docx', new TextEncoder().encode('just text'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^notes\.docx: not a Word \.docx file/) });
  });

  it('refuses a zip archive that holds no Word document', async () => {
    const zip = await wordFile();
    await expect(importReport('broken.docx', storedZip({ 'readme.txt': 'not a Word document' }))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^broken\.docx: /) });
    await expect(importReport('cut.docx', zip.slice(0, zip.length / 2))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^cut\.docx: /) });
  });
});
