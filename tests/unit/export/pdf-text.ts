import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, as PDF.js reads it (eval off, as in the app). */
export async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text, pages };
}

/**
 * Every character a PDF draws, from PDF.js's glyphs, pages one after another. `pdfText` cannot tell a
 * non-breaking space from a plain one (its text is normalised and its spaces guessed from gaps); the glyphs
 * keep the character each was drawn for. Line ends add nothing, so words either side of one run together.
 */
export async function pdfGlyphText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const operators = await (await pdf.getPage(number)).getOperatorList();
    operators.fnArray.forEach((operator, index) => {
      if (operator !== OPS.showText) return;
      for (const glyph of operators.argsArray[index][0] as unknown[]) {
        if (glyph && typeof glyph === 'object' && 'unicode' in glyph) text += (glyph as { unicode: string }).unicode;
      }
    });
  }
  await pdf.destroy();
  return text;
}
