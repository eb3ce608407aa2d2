import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when the Host header names a loopback address (defeats DNS rebinding: evil.example → 127.0.0.1). */
export function hasLoopbackHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  if (!host) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  if (!match) return false;
  return LOOPBACK_HOSTS.has(match[1].toLowerCase()) && (match[2] === undefined || Number(match[2]) === port);
}

/** True when a browser's Origin header, if sent, is this host's own origin: other pages cannot call the API. */
export function hasOwnOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && Number(url.port) === port;
  } catch {
    return false;
  }
}

/** Compares the request's token with this run's token in constant time. */
export function hasToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers['x-racedesk-token'];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
