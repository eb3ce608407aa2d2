import { createApiClient, type ApiTransport } from '../../api/client';
import type { ApiEnvelope } from '../../api/envelope';
import type { RacedeskApi } from '../../api';

const TOKEN_KEY = 'racedesk-token';

/** The browser host's token arrives in the URL once; keep it for reloads and take it out of the address bar. */
function browserHostToken(): string {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpTransport(): ApiTransport {
  const token = browserHostToken();
  return async (method, args) => {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Racedesk-Token': token },
      body: JSON.stringify(args),
    });
    if (response.status === 403) {
      return { ok: false, error: { code: 'forbidden', message: 'This page has no valid Racedesk token: open the URL `npm run web` printed.' } };
    }
    return (await response.json()) as ApiEnvelope;
  };
}

function preloadTransport(bridge: NonNullable<Window['racedesk']>): ApiTransport {
  return (method, args) => {
    const [area, name] = method.split('.');
    const methods = bridge[area as keyof RacedeskApi] as unknown as Record<string, (...values: unknown[]) => Promise<ApiEnvelope>>;
    return methods[name](...args);
  };
}

/** The API, through Electron's preload when there is one, else through the browser host's HTTP bridge. */
export const api: RacedeskApi = createApiClient(window.racedesk ? preloadTransport(window.racedesk) : httpTransport());

export const desktop = window.racedesk?.desktop ?? null;
