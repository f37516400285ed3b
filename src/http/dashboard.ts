import { promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

import { PROJECT_ROOT } from '../config';
import { EXPLORER_CSP } from './explorer';

/**
 * The dashboard (web/, a Vite + React app) served by the service at `/`: its built files from
 * web/dist, and index.html for every path the app routes itself, so shared links and reloads
 * work. It is built by `npm run build:web`, and by `npm start` when its sources changed.
 */

export const DASHBOARD_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/** Same policy as the explorer: nothing from any other origin (connect-src 'self' covers ws:). */
export const DASHBOARD_CSP = EXPLORER_CSP;

/** Paths the app answers itself (see web/src/App.tsx). */
const APP_ROUTE =
  /^\/(?:predictions|claims|search|(?:predictions|people|entities|episodes)\/[^/]+)?\/?$/;
/** Vite names built files by content hash; nothing else under /assets is served. */
const ASSET = /^\/assets\/[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.(js|css|svg|png|woff2?)$/;

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff: 'font/woff',
  woff2: 'font/woff2',
};

/** Answers the app's pages and assets; false (nothing sent) for any other request. */
export async function serveDashboard(
  method: string,
  pathname: string,
  res: ServerResponse,
): Promise<boolean> {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const asset = ASSET.exec(pathname);
  const page = APP_ROUTE.test(pathname);
  if (asset === null && !page) return false;

  res.setHeader('content-security-policy', DASHBOARD_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  const file = page ? 'index.html' : pathname.slice(1);
  let body: Buffer;
  try {
    body = await fs.readFile(path.join(DASHBOARD_DIST, file));
  } catch {
    if (page) {
      res.statusCode = 503;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(NOT_BUILT);
    } else {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('no such dashboard asset; it may belong to an older build: reload the page\n');
    }
    return true;
  }
  res.statusCode = 200;
  if (page) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
  } else {
    res.setHeader('content-type', CONTENT_TYPES[asset?.[1] ?? ''] ?? 'application/octet-stream');
    // The name changes whenever the content does.
    res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  }
  res.setHeader('content-length', body.length);
  res.end(method === 'HEAD' ? undefined : body);
  return true;
}

const NOT_BUILT = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>claimgraph dashboard not built</title></head>
  <body>
    <h1>The dashboard is not built yet</h1>
    <p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when its
    sources changed), then reload. The API is at <a href="/graphql">/graphql</a>.</p>
  </body>
</html>
`;
