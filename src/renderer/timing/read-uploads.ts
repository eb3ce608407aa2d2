import type { FileUpload } from '../../api/articles';
import type { TimingFile } from './timing-files';

/** Bytes read so far out of the total, across all files being read. */
export interface ReadProgress {
  loadedBytes: number;
  totalBytes: number;
  fileName: string;
}

function readOne(file: File, onProgress: (loadedBytes: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress(event.loaded);
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}`));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/** Reads dropped or chosen files as uploads (base64) named by their paths, reporting progress for large ones. */
export async function readUploads(files: TimingFile[], onProgress: (progress: ReadProgress) => void): Promise<FileUpload[]> {
  const totalBytes = files.reduce((sum, { file }) => sum + file.size, 0);
  let doneBytes = 0;
  const uploads: FileUpload[] = [];
  for (const { file, path } of files) {
    const dataBase64 = await readOne(file, (loaded) => onProgress({ loadedBytes: doneBytes + loaded, totalBytes, fileName: file.name }));
    doneBytes += file.size;
    uploads.push({ fileName: path, dataBase64 });
  }
  onProgress({ loadedBytes: totalBytes, totalBytes, fileName: '' });
  return uploads;
}
