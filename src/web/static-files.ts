import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Reads a file of the built renderer for a URL path, or null when there is none (no escaping the folder). */
export async function readStaticFile(root: string, urlPath: string): Promise<{ body: Buffer; mimeType: string } | null> {
  const relative = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  const path = normalize(join(root, relative));
  if (!path.startsWith(root + sep)) return null;
  try {
    const body = await readFile(path);
    return { body, mimeType: MIME_TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
