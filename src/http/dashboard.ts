import express, { type Response, type Router } from 'express';
import path from 'node:path';

import { PROJECT_ROOT } from '../config';
import { EXPLORER_CSP } from './explorer';

/**
 * The dashboard (web/, a Vite + React app) served by the service at `/`: its built files from
 * web/dist, and index.html for every path the app routes itself, so shared links and reloads
 * work. It is built by `npm run build:web`, and by `npm start` when its sources changed.
 */

export const DASHBOARD_DIST = path.join(PROJECT_ROOT, 'web', 'dist');

/**
 * The explorer's policy (nothing from any other origin; connect-src 'self' covers ws:), plus audio from https hosts: an episode's media URL names the host
 * that serves its audio (<audio> cannot run script, so scripts stay 'self' only).
 */
export const DASHBOARD_CSP = `${EXPLORER_CSP}; media-src 'self' https:`;

/**
 * Paths the app answers itself (web/src/App.tsx): a view's path, optionally followed by one
 * id. Anything else falls through to the service's 404.
 */
export const APP_VIEWS = ['predictions', 'claims', 'search', 'people', 'entities', 'episodes'];
const APP_ROUTE = new RegExp(`^/(?:(?:${APP_VIEWS.join('|')})(?:/[^/]+)?)?/?$`);

function secureHeaders(res: Response): void {
  res.setHeader('content-security-policy', DASHBOARD_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/**
 * Built assets through express.static (ETag, Last-Modified, Range, HEAD): Vite names them by
 * content hash, so they are cached for a year; index.html is revalidated on every visit.
 */
export function dashboardRouter(dist = DASHBOARD_DIST): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), {
      immutable: true,
      maxAge: '365d',
      index: false,
      fallthrough: false,
      dotfiles: 'ignore',
      setHeaders: secureHeaders,
    }),
  );
  router.get(APP_ROUTE, (_req, res) => {
    secureHeaders(res);
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(path.join(dist, 'index.html'), { dotfiles: 'ignore' }, (error) => {
      if (error === undefined || res.headersSent) return;
      res.status(503).type('html').send(NOT_BUILT);
    });
  });
  // An asset that is not there (an older build's, most likely): say so instead of the API's 404.
  router.use('/assets', (_error: unknown, _req: express.Request, res: Response, _next: unknown) => {
    secureHeaders(res);
    res
      .status(404)
      .type('text/plain')
      .send('no such dashboard asset; it may belong to an older build: reload the page\n');
  });
  return router;
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
