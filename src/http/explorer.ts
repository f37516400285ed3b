import { promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

import { PROJECT_ROOT } from '../config';

/**
 * GraphiQL for browsers that open /graphql. Its files are assembled at build time from the
 * minified bundles the packages ship (scripts/build/explorer.ts), so the page works offline:
 * the HTML, script and stylesheet all come from this process and name no other host.
 */

export const EXPLORER_HTML_PATH = '/graphql';
export const EXPLORER_JS_PATH = '/graphql/explorer.js';
export const EXPLORER_CSS_PATH = '/graphql/explorer.css';

/** Send this with every explorer response; the page needs nothing from any other origin. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
].join('; ');

export const EXPLORER_DEFAULT_QUERY = `# Ctrl-Enter or ▶ runs the query.
{
  health {
    ok
    neo4j {
      version
    }
  }
}
`;

/** Where `npm run build` (and `npm start`) put the explorer's files; the service only reads them. */
export const EXPLORER_ASSET_DIR = path.join(PROJECT_ROOT, 'dist', 'public', 'explorer');
export const EXPLORER_MANIFEST = 'manifest.json';

export interface ExplorerManifest {
  /** Names the build; used as the ETag of the script and stylesheet. */
  fingerprint: string;
  versions: Record<string, string>;
}

export interface ExplorerAssets {
  html: string;
  js: Buffer;
  css: Buffer;
  fingerprint: string;
}

const HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>claimgraph explorer</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${EXPLORER_CSS_PATH}" />
    <script src="${EXPLORER_JS_PATH}" defer></script>
  </head>
  <body>
    <div id="graphiql">Loading the claimgraph explorer…</div>
  </body>
</html>
`;

let pending: Promise<ExplorerAssets> | undefined;

/** The explorer page and its prebuilt files; read from disk on first use, then kept in memory. */
export function explorerAssets(dir = EXPLORER_ASSET_DIR): Promise<ExplorerAssets> {
  if (pending === undefined) {
    pending = readAssets(dir).catch((error: unknown) => {
      pending = undefined; // a build that lands later is picked up by the next request
      throw error;
    });
  }
  return pending;
}

async function readAssets(dir: string): Promise<ExplorerAssets> {
  try {
    const [js, css, manifest] = await Promise.all([
      fs.readFile(path.join(dir, 'explorer.js')),
      fs.readFile(path.join(dir, 'explorer.css')),
      fs.readFile(path.join(dir, EXPLORER_MANIFEST), 'utf8'),
    ]);
    const { fingerprint } = JSON.parse(manifest) as ExplorerManifest;
    return { html: HTML, js, css, fingerprint };
  } catch (error) {
    throw new Error(
      `explorer: its files are not built in ${dir} (run npm run build): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** True for a browser opening /graphql: a GET that accepts HTML and carries no query. */
export function wantsExplorer(method: string, accept: string | undefined, search: string): boolean {
  if (method.toUpperCase() !== 'GET') return false;
  if (accept === undefined || !accept.toLowerCase().includes('text/html')) return false;
  return !new URLSearchParams(search).has('query');
}

/** Answers the explorer page and its two assets; false (nothing sent) for any other path. */
export async function serveExplorer(pathname: string, res: ServerResponse): Promise<boolean> {
  if (
    pathname !== EXPLORER_HTML_PATH &&
    pathname !== EXPLORER_JS_PATH &&
    pathname !== EXPLORER_CSS_PATH
  ) {
    return false;
  }
  const assets = await explorerAssets();
  res.statusCode = 200;
  res.setHeader('content-security-policy', EXPLORER_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  if (pathname === EXPLORER_HTML_PATH) {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('vary', 'accept');
    res.end(assets.html);
    return true;
  }
  const js = pathname === EXPLORER_JS_PATH;
  const body = js ? assets.js : assets.css;
  res.setHeader('content-type', js ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
  // The page names the assets without a version, so browsers revalidate; the ETag keeps it cheap.
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('etag', `"${assets.fingerprint}"`);
  const ifNoneMatch = res.req?.headers['if-none-match'];
  if (ifNoneMatch !== undefined && ifNoneMatch.includes(`"${assets.fingerprint}"`)) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.setHeader('content-length', body.length);
  res.end(body);
  return true;
}
