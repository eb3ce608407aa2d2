/** What to put in a hand-written PDF: pages of lines ('' leaves a blank line), and an optional script to run on open. */
export interface PdfContent {
  pages: string[][];
  openActionScript?: string;
}

function escapePdfString(text: string): string {
  return text.replace(/[\\()]/g, (character) => `\\${character}`);
}

function pageStream(lines: string[]): string {
  const operations = lines.map((line) => (line === '' ? 'T*' : `(${escapePdfString(line)}) Tj T*`));
  return `BT /F1 11 Tf 14 TL 72 740 Td ${operations.join(' ')} ET`;
}

/**
 * A PDF written by hand, object by object with a correct cross-reference table: Helvetica text in WinAnsi
 * encoding (ASCII only here), one content stream per page, and, if asked, JavaScript run by the open action
 * and by a page action — the kind of PDF that tries to run script in a reader.
 */
export function minimalPdf({ pages, openActionScript }: PdfContent): Uint8Array {
  const pageIds = pages.map((_, index) => 5 + index * 2);
  const objects: string[] = [];
  const script = openActionScript ? `<< /S /JavaScript /JS (${escapePdfString(openActionScript)}) >>` : null;
  objects[1] = `<< /Type /Catalog /Pages 2 0 R${script ? ` /OpenAction ${script} /Names << /JavaScript << /Names [(run) ${script}] >> >>` : ''} >>`;
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /ProcSet [/PDF /Text] /Font << /F1 3 0 R >> >>';
  pages.forEach((lines, index) => {
    const stream = pageStream(lines);
    const pageAction = script ? ` /AA << /O ${script} >>` : '';
    objects[pageIds[index]] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 4 0 R /Contents ${pageIds[index] + 1} 0 R${pageAction} >>`;
    objects[pageIds[index] + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id += 1) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id += 1) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
