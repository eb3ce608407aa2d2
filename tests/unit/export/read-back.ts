import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { ExportFormat } from '../../../src/domain/export/export-options';
import { pdfGlyphText } from './pdf-text';

/**
 * The text a reader gets out of an exported file, read the way each format is read elsewhere in the tests:
 * Markdown rendered by markdown-it, HTML by jsdom, DOCX by mammoth, PDF by PDF.js (its glyphs, so a
 * non-breaking space stays one).
 */
export async function readBack(format: ExportFormat, bytes: Uint8Array): Promise<string> {
  const text = () => new TextDecoder().decode(bytes);
  switch (format) {
    case 'md':
      return new JSDOM(new MarkdownIt().render(text())).window.document.body.textContent ?? '';
    case 'html':
      return new JSDOM(text()).window.document.body.textContent ?? '';
    case 'txt':
      return text();
    case 'docx':
      return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    case 'pdf':
      return pdfGlyphText(bytes);
  }
}

export function countNoBreakSpaces(text: string): number {
  return text.match(/\u00a0/g)?.length ?? 0;
}
