import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { RENDERER_CSP } from '../api/content-security-policy';
import { dispatch } from '../services/api/dispatch';
import type { RacedeskServices } from '../services/racedesk-services';
import { hasLoopbackHost, hasOwnOrigin, hasToken } from './request-guard';
import { readStaticFile } from './static-files';

const MAX_BODY_BYTES = 100 * 1024 * 1024;

export interface BrowserHost {
  /** The address to open, with this run's token. */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  services: RacedeskServices;
  rendererFolder: string;
  port?: number;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(response: ServerResponse, status: number, body: string | Buffer, mimeType: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': mimeType, 'Cache-Control': 'no-store' });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer on 127.0.0.1 and the services behind `POST /api/<area.method>`. A call needs this
 * run's token, a loopback Host and (if sent) its own Origin, so no other web page can drive the library.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('hex');
  const root = resolve(options.rendererFolder);
  let port = 0;
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('racedesk web:', error);
      if (!response.headersSent) send(response, 500, 'internal error', 'text/plain');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!hasLoopbackHost(request, port)) return send(response, 421, 'Racedesk answers loopback hosts only', 'text/plain');
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'POST only', 'text/plain');
      if (!hasOwnOrigin(request, port) || !hasToken(request, token)) return send(response, 403, 'forbidden', 'text/plain');
      let args: unknown;
      try {
        args = JSON.parse(await readBody(request));
      } catch {
        return send(response, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: 'Request body is not JSON or is over 100 MB' } }), 'application/json');
      }
      const envelope = await dispatch(options.services, url.pathname.slice('/api/'.length), args, {
        allowLocalPaths: false,
        logBug: (error, method) => console.error(`racedesk web: ${method} failed:`, error),
      });
      return send(response, 200, JSON.stringify(envelope), 'application/json');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'GET only', 'text/plain');
    const file = await readStaticFile(root, url.pathname);
    if (!file) return send(response, 404, 'not found', 'text/plain');
    return send(response, 200, file.body, file.mimeType);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    // Browsers keep connections alive: close them too, or close() would wait for the tab to go away.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
