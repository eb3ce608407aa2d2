import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/services/api/dispatch';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';

let library: string;
let services: RacedeskServices;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'racedesk-dispatch-'));
  services = await openRacedeskServices(library);
});
afterEach(async () => rm(library, { recursive: true, force: true }));

const overHttp = { allowLocalPaths: false };

describe('the API dispatcher', () => {
  it('runs a valid call and answers an envelope', async () => {
    const created = await dispatch(services, 'articles.create', [{ headline: 'Roar qualifying' }], overHttp);
    expect(created).toMatchObject({ ok: true, value: { meta: { headline: 'Roar qualifying' } } });
  });

  it('refuses a payload that fails the schema, naming the argument', async () => {
    const answer = await dispatch(services, 'articles.save', ['x', { baseRevision: -1 }], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/argument 1\.baseRevision/) } });
  });

  it('refuses unknown methods, including prototype names', async () => {
    for (const method of ['articles.constructor', 'articles.__proto__', 'nothing.list', 'articles']) {
      expect(await dispatch(services, method, [], overHttp)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    }
  });

  it('refuses path-taking methods over HTTP', async () => {
    const answer = await dispatch(services, 'articles.importPaths', [['/etc/passwd']], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a user-facing failure into { code, message } without a stack', async () => {
    const answer = await dispatch(services, 'articles.get', ['no-such-article'], overHttp);
    expect(answer).toEqual({ ok: false, error: { code: 'not-found', message: 'No article no-such-article in the library' } });
  });
});
