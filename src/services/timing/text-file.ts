import { Buffer, isUtf8 } from 'node:buffer';
import { RacedeskError } from '../../domain/errors';

/** Timing files are text; anything larger than this is refused rather than read into memory. */
export const MAX_TIMING_FILE_BYTES = 64 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

/**
 * Refuses, from its first 64 KB only, a file that is not text (a NUL byte or many control characters), so a
 * 20 MB binary is turned away at once.
 */
export function assertLooksLikeText(head: Uint8Array, fileName: string): void {
  const sample = head.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) throw new RacedeskError('bad-file', `${fileName}: the file is empty`);
  let control = 0;
  for (let index = 0; index < sample.length; index++) {
    const byte = sample[index];
    if (byte === 0) throw new RacedeskError('bad-file', `${fileName}: not a text file (binary data at byte ${index})`);
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (control > sample.length / 100) throw new RacedeskError('bad-file', `${fileName}: not a text file (binary data)`);
}

function utf8Text(bytes: Uint8Array): string {
  // The BOM is cut off the bytes, not the text: U+FEFF would make V8 store the whole text two bytes a character.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}

/** Decodes a timing file: UTF-8 (BOM dropped), or Windows-1252 when it is not valid UTF-8. */
export function decodeTimingText(bytes: Uint8Array, fileName: string): string {
  if (bytes.length > MAX_TIMING_FILE_BYTES) {
    throw new RacedeskError('bad-file', `${fileName}: ${Math.round(bytes.length / 1048576)} MB is too large for a timing file`);
  }
  assertLooksLikeText(bytes, fileName);
  const text = isUtf8(bytes) ? utf8Text(bytes) : new TextDecoder('windows-1252').decode(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new RacedeskError('bad-file', `${fileName}: the file is empty`);
  return text;
}
