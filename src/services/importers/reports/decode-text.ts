import { RacedeskError } from '../../../domain/errors';

/** The bytes as UTF-8 text, byte-order mark dropped; a file that is not UTF-8 text is refused by name. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new RacedeskError('bad-file', `${fileName}: not UTF-8 text`);
  }
  if (text.includes('\u0000')) throw new RacedeskError('bad-file', `${fileName}: binary data, not text`);
  return text;
}
