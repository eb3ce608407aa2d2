import { hostname, tmpdir } from 'node:os';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRacedeskServices } from '../../../src/services/racedesk-services';
import { parseLibraryFiles } from '../../durability/library-files';

let library: string;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'racedesk-corrupt-'));
});
afterEach(async () => rm(library, { recursive: true, force: true }));

/** Broken contents a crash, a full disk, a sync tool or a newer Racedesk could leave in a library file. */
const BROKEN: Record<string, (good: string) => Buffer> = {
  'an empty file': () => Buffer.alloc(0),
  'NUL bytes (a crash before the data reached the disk)': (good) => Buffer.alloc(good.length, 0),
  'truncated JSON': (good) => Buffer.from(good.slice(0, Math.floor(good.length / 2))),
  'JSON of the wrong shape': () => Buffer.from(JSON.stringify({ schemaVersion: 1, hello: 'world', doc: 5 })),
  'a newer schemaVersion': (good) => Buffer.from(JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 })),
};

/** A library with one article saved twice, so its `.bak` holds the first save. */
async function articleSavedTwice(): Promise<{ id: string; path: string; good: string }> {
  const services = await openRacedeskServices(library);
  const article = await services.articles.create({ headline: 'First save' });
  await services.articles.save(article.id, { baseRevision: 1, meta: { headline: 'Second save' } });
  await services.close();
  const path = join(library, 'articles', `${article.id}.json`);
  return { id: article.id, path, good: await readFile(path, 'utf8') };
}

async function sessionSavedTwice() {
  const services = await openRacedeskServices(library);
  const input = { series: 'IMSA', event: 'Sebring 2024', session: 'Race', kind: 'race' as const };
  const first = await services.timing.addResults({ ...input, results: [{ position: 1, car: '31', driver: 'Pipo Derani' }] });
  await services.timing.addResults({ ...input, sessionId: first.id, results: [{ position: 2, car: '5', driver: 'Mathieu Jaminet' }] });
  await services.close();
  return first.id;
}

describe.each(Object.entries(BROKEN))('an article file holding %s', (_name, breakIt) => {
  it('is set aside byte for byte, the last good copy is restored, and the library says so', async () => {
    const { id, path, good } = await articleSavedTwice();
    const broken = breakIt(good);
    await writeFile(path, broken);

    const services = await openRacedeskServices(library);
    const [summary] = await services.articles.list();
    expect(summary).toMatchObject({ id, headline: 'First save' });
    const [notice] = await services.library.notices();
    expect(notice).toMatchObject({ file: path, restoredFrom: 'backup' });
    expect(notice.reason.length).toBeGreaterThan(0);
    expect(notice.movedTo).toMatch(/\.corrupt-/);
    expect(await readFile(notice.movedTo)).toEqual(broken);
    expect((await parseLibraryFiles(library)).filter((file) => file.error !== null)).toEqual([]);

    // Saving again works from the restored copy and still never touches the set-aside bytes.
    await services.articles.save(id, { baseRevision: 1, meta: { headline: 'Third save' } });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ revision: 2, meta: { headline: 'Third save' } });
    expect(await readFile(notice.movedTo)).toEqual(broken);
    await services.close();
  });
});

describe.each(Object.entries(BROKEN))('a timing session file holding %s', (_name, breakIt) => {
  it('is set aside and the session restored from its last good copy', async () => {
    const sessionId = await sessionSavedTwice();
    const path = join(library, 'timing', 'sessions', `${sessionId}.json`);
    const broken = breakIt(await readFile(path, 'utf8'));
    await writeFile(path, broken);

    const services = await openRacedeskServices(library);
    const session = await services.timing.getSession(sessionId);
    expect(session.classes.flatMap((each) => each.rows.map((row) => row.car))).toEqual(['31']);
    const [notice] = await services.library.notices();
    expect(notice).toMatchObject({ file: path, restoredFrom: 'backup' });
    expect(await readFile(notice.movedTo)).toEqual(broken);
    await services.close();
  });
});

describe('the timing index holding truncated JSON', () => {
  it('is set aside and the sessions listed from its last good copy', async () => {
    const sessionId = await sessionSavedTwice();
    const path = join(library, 'timing', 'index.json');
    const broken = (await readFile(path, 'utf8')).slice(0, 40);
    await writeFile(path, broken);
    const services = await openRacedeskServices(library);
    expect((await services.timing.listSessions()).map((session) => session.id)).toEqual([sessionId]);
    const [notice] = await services.library.notices();
    expect(notice).toMatchObject({ file: path, restoredFrom: 'backup' });
    expect(await readFile(notice.movedTo, 'utf8')).toBe(broken);
    await services.close();
  });
});

describe('a broken file with no good copy', () => {
  it('is set aside, never overwritten, and the library says nothing could be restored', async () => {
    const { path } = await articleSavedTwice();
    await writeFile(path, '{"schemaVersion": 1, "id": "tr');
    await writeFile(`${path}.bak`, Buffer.from([0, 0, 0]));
    const services = await openRacedeskServices(library);
    expect(await services.articles.list()).toEqual([]);
    const [notice] = await services.library.notices();
    expect(notice).toMatchObject({ file: path, restoredFrom: 'nothing' });
    expect(await readFile(notice.movedTo, 'utf8')).toBe('{"schemaVersion": 1, "id": "tr');
    const names = await readdir(join(library, 'articles'));
    expect(names.filter((name) => name.includes('.bak.corrupt-'))).toHaveLength(1);
    await services.close();
  });
});

describe('files that are not broken', () => {
  it('upgrades an article written before schemaVersion existed, without setting anything aside', async () => {
    const { id, path, good } = await articleSavedTwice();
    const old = JSON.parse(good) as Record<string, unknown>;
    delete old.schemaVersion;
    delete old.linkedSessionIds;
    await writeFile(path, JSON.stringify(old));
    const services = await openRacedeskServices(library);
    expect(await services.articles.get(id)).toMatchObject({ schemaVersion: 1, linkedSessionIds: [], meta: { headline: 'Second save' } });
    expect(await services.library.notices()).toEqual([]);
    await services.close();
  });

  it('ignores and clears a stale temp file a killed save left, keeping the article as it was', async () => {
    const { id, path } = await articleSavedTwice();
    const temp = join(library, 'articles', `.${id}.json.999999.deadbeef.tmp`);
    await writeFile(temp, '{"schemaVersion":1,"id":"half a sa');
    await writeFile(join(library, '.lock'), JSON.stringify({ pid: 999_999_999, host: hostname(), startedAt: '' }));
    const services = await openRacedeskServices(library);
    expect(await services.articles.get(id)).toMatchObject({ meta: { headline: 'Second save' } });
    expect(await readdir(join(library, 'articles'))).not.toContain(`.${id}.json.999999.deadbeef.tmp`);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ revision: 2 });
    expect(await services.library.notices()).toEqual([]);
    await services.close();
  });
});
