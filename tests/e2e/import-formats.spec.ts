import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { SHARED, expect, test } from './fixtures';
import { minimalPdf } from '../unit/reports/minimal-pdf';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

test('a .docx written in the test imports with its heading, bold text and list', async ({ desk }) => {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car')] }),
          new Paragraph({ children: [new TextRun({ text: 'Aaron Jeansonne', bold: true }), new TextRun(' set a pole time of 2:06.544 at VIRginia International Raceway.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Top three')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Aaron Jeansonne')] }),
          new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Connor Zilisch')] }),
        ],
      },
    ],
  });
  const buffer = Buffer.from(await Packer.toBuffer(document));
  await desk.getByTestId('import-input').setInputFiles({ name: 'jeansonne.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  const body = desk.locator('.article-body');
  await expect(body.locator('strong', { hasText: 'Aaron Jeansonne' })).toBeVisible();
  await expect(body).toContainText('set a pole time of 2:06.544');
  await expect(body.locator('li')).toHaveText(['Aaron Jeansonne', 'Connor Zilisch']);
  await expect(desk.getByLabel('Headline')).toHaveValue('Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car');
});

test('a .pdf written in the test imports from its text layer, and a script in it never runs', async ({ desk }) => {
  const dialogs: string[] = [];
  desk.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const seed = await readFile(join(SHARED, 'seeds/000_7e644020b4a2f233.txt'), 'utf8');
  const paragraph = seed.split('\n\n').find((block) => block.startsWith('Lazare’s lap was'))!;
  const pdf = minimalPdf({ pages: [['Lazare takes the pole', '', ...paragraph.match(/.{1,80}(\s|$)/g)!.map((line) => line.trim())]], openActionScript: 'app.alert("pdf script ran")' });
  await desk.getByTestId('import-input').setInputFiles({ name: 'pole.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  await expect(desk.locator('.article-body')).toContainText('.185 seconds faster than Rennsport One');
  expect(dialogs).toEqual([]);
});
