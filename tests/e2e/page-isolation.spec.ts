import { expect, test } from './fixtures';

test('the page has no Node: window.require and process are undefined', async ({ desk }) => {
  const globals = await desk.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });
});

test('the API refuses calls without the token, from another origin, or for another Host', async ({ host, request }) => {
  const api = `http://127.0.0.1:${host.port}/api/articles.list`;
  expect((await request.post(api, { data: [] })).status()).toBe(403);
  expect((await request.post(api, { data: [], headers: { 'X-Racedesk-Token': 'wrong' } })).status()).toBe(403);
  expect((await request.post(api, { data: [], headers: { 'X-Racedesk-Token': host.token, Origin: 'http://evil.example' } })).status()).toBe(403);
  expect((await request.post(api, { data: [], headers: { 'X-Racedesk-Token': host.token, Host: 'evil.example' } })).status()).toBe(421);
  const ok = await request.post(api, { data: [], headers: { 'X-Racedesk-Token': host.token } });
  expect(await ok.json()).toEqual({ ok: true, value: [] });
});

test('an inline script is blocked by the content security policy', async ({ desk }) => {
  const ran = await desk.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    await new Promise((done) => setTimeout(done, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
