import type { FileUpload } from '../../api/articles';

/** Reads a dropped or chosen file into the upload shape the API takes (bytes as base64). */
export async function readUpload(file: File): Promise<FileUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let index = 0; index < bytes.length; index += chunk) {
    binary += String.fromCharCode(...bytes.subarray(index, index + chunk));
  }
  return { fileName: file.name, dataBase64: btoa(binary) };
}
