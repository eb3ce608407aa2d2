import { describe, expect, it } from 'vitest';
import { checkedRemote, scrubCredentials } from '../../../src/services/sync/remote-url';
import { isWritableLibraryPath } from '../../../src/services/sync/library-path';

describe('the remote a library is shared with', () => {
  it.each(['/Volumes/Desk/library.git', 'file:///srv/desk.git', 'ssh://git@desk.example:2222/library.git', 'git@desk.example:newsroom/library.git', 'https://git.example/newsroom/library.git', 'https://ana@git.example/library.git'])(
    'takes %s',
    (remote) => expect(checkedRemote(remote)).toBe(remote),
  );

  it('refuses a password in the URL, saying where it belongs, and never repeats it', () => {
    expect(() => checkedRemote('https://ana:hunter2@git.example/library.git')).toThrow(/credential helper/);
    expect(() => checkedRemote('https://ana:hunter2@git.example/library.git')).not.toThrow(/hunter2/);
  });

  it.each([
    ['ext::sh -c touch% /tmp/pwned', /not allowed/],
    ['--upload-pack=touch /tmp/pwned', /starts with "-"/],
    ['library.git', /absolute folder/],
    ['ftp://files.example/library.git', /absolute folder/],
    ['/srv/desk.git\nmore', /control characters/],
  ])('refuses %s', (remote, reason) => {
    expect(() => checkedRemote(remote)).toThrow(reason);
  });

  it('hides the password of any URL in a message, wherever it is', () => {
    expect(scrubCredentials("fatal: unable to access 'https://ana:hunter2@git.example/x.git/': 403")).toBe("fatal: unable to access 'https://ana:***@git.example/x.git/': 403");
    expect(scrubCredentials('ssh://git@desk.example/x.git')).toBe('ssh://git@desk.example/x.git');
  });
});

describe('the paths a sync may write into a library', () => {
  it.each(['articles/4a8df383.json', 'timing/sessions/imsa-2024.json', 'versions/a/b.json'])('writes %s', (path) => expect(isWritableLibraryPath(path)).toBe(true));
  it.each(['../outside.json', 'articles/../../x', '/etc/passwd', '.git/config', 'articles/.GIT/x', '.lock', 'settings/export.json', 'a\\b', 'C:/x'])('never writes %s', (path) => expect(isWritableLibraryPath(path)).toBe(false));
});
