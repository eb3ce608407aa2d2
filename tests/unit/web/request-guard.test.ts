import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { hasLoopbackHost, hasOwnOrigin, hasToken } from '../../../src/web/request-guard';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('the browser host guard', () => {
  it('accepts loopback hosts on its own port only', () => {
    expect(hasLoopbackHost(request({ host: '127.0.0.1:5000' }), 5000)).toBe(true);
    expect(hasLoopbackHost(request({ host: 'localhost:5000' }), 5000)).toBe(true);
    expect(hasLoopbackHost(request({ host: '127.0.0.1:5001' }), 5000)).toBe(false);
    expect(hasLoopbackHost(request({ host: 'rebind.evil.example:5000' }), 5000)).toBe(false);
    expect(hasLoopbackHost(request({}), 5000)).toBe(false);
  });

  it('accepts no Origin or its own, and refuses any other page', () => {
    expect(hasOwnOrigin(request({}), 5000)).toBe(true);
    expect(hasOwnOrigin(request({ origin: 'http://127.0.0.1:5000' }), 5000)).toBe(true);
    expect(hasOwnOrigin(request({ origin: 'http://evil.example' }), 5000)).toBe(false);
    expect(hasOwnOrigin(request({ origin: 'null' }), 5000)).toBe(false);
  });

  it('needs the exact token', () => {
    expect(hasToken(request({ 'x-racedesk-token': 'abc123' }), 'abc123')).toBe(true);
    expect(hasToken(request({ 'x-racedesk-token': 'abc124' }), 'abc123')).toBe(false);
    expect(hasToken(request({}), 'abc123')).toBe(false);
  });
});
