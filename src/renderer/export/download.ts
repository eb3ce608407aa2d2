import type { ExportedFileData } from '../../api/export';
import { desktop } from '../api/racedesk-client';

function bytesOf(dataBase64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Hands an exported file to the writer: the native save dialog in the app, a download in the browser host.
 * Resolves to where it went, or null if the writer cancelled.
 */
export async function deliverFile(file: ExportedFileData): Promise<string | null> {
  if (desktop) {
    const answer = await desktop.saveFile(file.fileName, file.dataBase64);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  }
  const url = URL.createObjectURL(new Blob([bytesOf(file.dataBase64)], { type: file.mimeType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}

/** Puts the article on the clipboard as rich text (HTML) with a plain-text twin, for pasting into a CMS. */
export async function copyRichText(html: string, text: string): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
  ]);
}

/** UTF-8 text as base64, for report files handed to `deliverFile`. */
export function base64OfText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}
