/**
 * A timing file and the path it was chosen under, such as `01-roar-before-the-24/…_Results.csv`. The folder is what
 * names the event ("Roar Before the 24") and the season, so it travels with the file to the importer.
 */
export interface TimingFile {
  file: File;
  path: string;
}

/** Files from a file or folder picker; a folder picker gives each file its path inside the chosen folder. */
export function chosenFiles(files: FileList | File[]): TimingFile[] {
  return Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function* walk(entry: FileSystemEntry, prefix: string): AsyncGenerator<TimingFile> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    yield { file: await fileOf(entry as FileSystemFileEntry), path };
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands a folder over in batches (100 at a time in Chromium) until it returns none.
  for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
    for (const child of batch) yield* walk(child, path);
  }
}

/**
 * Files and whole folders dropped together, folders walked to their files. The entries must be taken while the
 * drop event is being handled (the browser empties the DataTransfer after it), so call this synchronously from
 * the handler and await the promise it returns.
 */
export function droppedFiles(transfer: DataTransfer): Promise<TimingFile[]> {
  const entries = Array.from(transfer.items, (item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null));
  if (entries.every((entry) => entry === null)) return Promise.resolve(chosenFiles(transfer.files));
  return (async () => {
    const files: TimingFile[] = [];
    for (const entry of entries) {
      if (entry) for await (const file of walk(entry, '')) files.push(file);
    }
    return files;
  })();
}
