/**
 * The explorer (explorer/, built by Vite into explorer/dist/) served by the local server at `/`:
 * index.html and its bundled, content-hashed assets — no CDN, so it works offline. When the build is
 * missing, `/` says how to make it instead of a bare 404.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const EXPLORER_DIST = fileURLToPath(new URL('../../explorer/dist/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Explorer not built</title>
<p>The explorer has not been built: run <code>npm run explorer:build</code> (npm start does it).</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>`;

const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** The dist file a URL path names, or null when it would leave the dist directory. */
function fileFor(pathname: string, dist: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  const file = path.resolve(dist, `.${rel}`);
  return file.startsWith(dist) && !rel.includes('\0') ? file : null;
}

export function createExplorerRoute(dist = EXPLORER_DIST) {
  const root = path.resolve(dist) + path.sep;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    if (pathname !== '/' && pathname !== '/index.html' && !pathname.startsWith('/assets/')) return false;
    const file = fileFor(pathname, root);
    if (!file) return false;
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      if (pathname !== '/') return false;
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' }).end(NOT_BUILT);
      return true;
    }
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      // Assets carry a content hash in their name; the page itself must always be revalidated.
      'cache-control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      // Everything the page loads comes from this server: a CDN or tracker could not load if added.
      ...(pathname.startsWith('/assets/') ? {} : { 'content-security-policy': CSP }),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
