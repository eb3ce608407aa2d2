import mammoth from 'mammoth';
import { RacedeskError } from '../../../domain/errors';
import { prepareReport, type PreparedReport } from '../../../domain/reports';
import { blocksFromHtml } from './html-blocks';
import { refuseDeepNesting } from './nesting-depth';
import { LARGEST_MARKUP_CHARACTERS, refuseOverLimit } from './text-limits';
import { unpackedZipBytes } from './zip-size';

/** The most a .docx may unpack to; a report's text is a tiny fraction of this. */
const LARGEST_UNPACKED_BYTES = 200 * 1024 * 1024;

// Images are never read: not embedded ones, and above all not linked ones, which could name a local file.
const NO_IMAGES = mammoth.images.imgElement(async () => ({ src: '' }));

/**
 * A Word document: mammoth turns its headings, lists, bold, italic and links into HTML (Word's styling left
 * behind), which is then sanitised and cleaned like a web page. Images are dropped unread and external files
 * are never opened. A file that is not a readable .docx is refused with a `bad-file` error naming it.
 */
export async function importDocx(fileName: string, bytes: Uint8Array): Promise<PreparedReport> {
  const unpacked = unpackedZipBytes(bytes);
  if (unpacked === null) throw new RacedeskError('bad-file', `${fileName}: not a Word .docx file (no readable zip archive inside)`);
  if (unpacked > LARGEST_UNPACKED_BYTES) {
    throw new RacedeskError('bad-file', `${fileName}: unpacks to ${Math.round(unpacked / (1024 * 1024))} MB, more than the 200 MB Racedesk reads`);
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: false, convertImage: NO_IMAGES })).value;
  } catch (error) {
    throw new RacedeskError('bad-file', `${fileName}: Word document is damaged (${(error as Error).message.split('\n')[0]})`);
  }
  refuseOverLimit(fileName, html, LARGEST_MARKUP_CHARACTERS, 'document content');
  refuseDeepNesting(fileName, html);
  return prepareReport(blocksFromHtml(html), { sectionHeadings: false, fallbackHeadline: fileName });
}
