import { isAbsolute } from 'node:path';
import { RacedeskError } from '../../domain/errors';

const URL_SCHEMES = /^(file|ssh|git\+ssh|ssh\+git|https?|git):\/\//i;
// user@host:path or host:path, as scp and git write it; a Windows drive (C:\) is not one.
const SCP_LIKE = /^(?:[A-Za-z0-9._~-]+@)?[A-Za-z0-9.-]+:(?!\/\/)[^\s]*$/;

/** Hides a password written into a URL (`https://ana:secret@host` → `https://ana:***@host`), wherever it appears. */
export function scrubCredentials(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)([^/@\s:]+):([^/@\s]*)@/gi, '$1$2:***@');
}

/**
 * Checks a remote the writer gave and answers it as git should be given it. Accepted: an absolute folder
 * (a shared drive), `file://`, `ssh://`, `user@host:path`, `https://`, `http://` and `git://`. Refused,
 * with the reason: anything else (git's `ext::` runs programs), an option-like value, and a password in the
 * URL, which belongs in git's credential helper, not in the library's settings.
 */
export function checkedRemote(remote: string): string {
  const value = remote.trim();
  if (value === '') throw new RacedeskError('bad-input', 'Give the shared repository: a folder, or an ssh:// or https:// URL.');
  if ([...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f)) throw new RacedeskError('bad-input', 'The remote has control characters in it.');
  if (value.startsWith('-')) throw new RacedeskError('bad-input', `"${value}" is not a remote: it starts with "-".`);
  if (URL_SCHEMES.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new RacedeskError('bad-input', `${scrubCredentials(value)} is not a valid URL.`);
    }
    if (url.password) {
      throw new RacedeskError('bad-input', 'The remote URL has a password in it. Remove it and let git ask your credential helper (git config credential.helper), so the password never sits in the library.');
    }
    return value;
  }
  if (isAbsolute(value) || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\')) return value;
  if (value.includes('::')) throw new RacedeskError('bad-input', `${value}: this kind of remote is not allowed; use a folder, ssh:// or https://.`);
  if (SCP_LIKE.test(value)) return value;
  throw new RacedeskError('bad-input', `${value}: give an absolute folder (e.g. /Volumes/Desk/library.git), an ssh:// or https:// URL, or user@host:path.`);
}
