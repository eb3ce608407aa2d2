import { RacedeskError } from '../../domain/errors';

/**
 * True for a path a sync may write in the library: relative, forward slashes, no `..`, no `.git`, and not
 * one of the files that are never shared. What comes from the shared repository is checked with this before
 * a byte of it is written.
 */
export function isWritableLibraryPath(path: string): boolean {
  if (path === '' || path.startsWith('/') || /[\\\0]/.test(path) || /^[A-Za-z]:/.test(path)) return false;
  const parts = path.split('/');
  if (parts.some((part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git')) return false;
  return !/^\.lock(\.|$)/.test(parts[0]) && parts[0] !== 'settings';
}

export function assertWritableLibraryPath(path: string): void {
  if (!isWritableLibraryPath(path)) {
    throw new RacedeskError('bad-file', `The shared library holds a file Racedesk will not write into a library: ${JSON.stringify(path)}. Nothing was changed here.`);
  }
}
