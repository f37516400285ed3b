import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

import { build, version as esbuildVersion, type BuildOptions } from 'esbuild';

import { PROJECT_ROOT } from '../config';

/**
 * GraphiQL for browsers that open /graphql, bundled by the service itself with esbuild so the
 * page works offline: the HTML, script and stylesheet all come from this process and name no
 * other host. The bundle is built once per set of package versions and cached on disk under
 * .claimgraph/explorer/<fingerprint>/, so only the first start after an install pays for it.
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

export interface ExplorerAssets {
  html: string;
  js: Buffer;
  css: Buffer;
}

/** The bundle's entry point, fed to esbuild through stdin. */
const ENTRY_SOURCE = `
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const fetcher = createGraphiQLFetcher({ url: ${JSON.stringify(EXPLORER_HTML_PATH)} });
const root = document.getElementById('graphiql');
createRoot(root).render(
  <GraphiQL fetcher={fetcher} defaultQuery={${JSON.stringify(EXPLORER_DEFAULT_QUERY)}} />,
);
`;

/** Appended to the bundled CSS so the page needs no inline style. */
const PAGE_CSS = '\nhtml,body,#graphiql{height:100%;margin:0}\n';

/** Packages whose versions decide the bundle's content. */
const BUNDLED_PACKAGES = [
  'graphiql',
  '@graphiql/react',
  '@graphiql/toolkit',
  'react',
  'react-dom',
] as const;

const BUILD_OPTIONS: BuildOptions = {
  bundle: true,
  write: false,
  outdir: 'explorer-out',
  entryNames: 'explorer',
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  jsx: 'automatic',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  // Should a stylesheet ever name a file instead of inlining it, inline it here.
  loader: {
    '.woff2': 'dataurl',
    '.woff': 'dataurl',
    '.ttf': 'dataurl',
    '.png': 'dataurl',
    '.svg': 'dataurl',
    '.gif': 'dataurl',
  },
  legalComments: 'eof',
  logLevel: 'silent',
};

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

interface Built extends ExplorerAssets {
  /** Names this build; used as the ETag of the script and stylesheet. */
  fingerprint: string;
}

let pending: Promise<Built> | undefined;

/** The explorer page and its bundle; built or read from disk on first use, then kept in memory. */
export async function explorerAssets(): Promise<ExplorerAssets> {
  const { html, js, css } = await loadOnce();
  return { html, js, css };
}

function loadOnce(): Promise<Built> {
  if (pending === undefined) {
    pending = load().catch((error: unknown) => {
      pending = undefined; // let the next request try again
      throw error;
    });
  }
  return pending;
}

async function load(): Promise<Built> {
  const fingerprint = bundleFingerprint();
  const root = path.join(PROJECT_ROOT, '.claimgraph', 'explorer');
  const dir = path.join(root, fingerprint);
  const cached = await readCached(dir);
  if (cached !== undefined) return { html: HTML, ...cached, fingerprint };

  const fresh = await bundle();
  try {
    await writeCached(root, dir, fresh);
  } catch (error) {
    // A read-only checkout still gets an explorer; it is rebuilt on each start.
    process.stderr.write(
      `explorer: could not cache the bundle in ${dir}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  return { html: HTML, ...fresh, fingerprint };
}

function bundleFingerprint(): string {
  const requireFromRoot = createRequire(path.join(PROJECT_ROOT, 'package.json'));
  const versions: Record<string, string> = { esbuild: esbuildVersion };
  for (const name of BUNDLED_PACKAGES) {
    const manifest = requireFromRoot(`${name}/package.json`) as { version: string };
    versions[name] = manifest.version;
  }
  return createHash('sha256')
    .update(JSON.stringify({ versions, ENTRY_SOURCE, PAGE_CSS, BUILD_OPTIONS }))
    .digest('hex')
    .slice(0, 16);
}

async function bundle(): Promise<{ js: Buffer; css: Buffer }> {
  const result = await build({
    ...BUILD_OPTIONS,
    absWorkingDir: PROJECT_ROOT,
    stdin: {
      contents: ENTRY_SOURCE,
      loader: 'jsx',
      resolveDir: PROJECT_ROOT,
      sourcefile: 'claimgraph-explorer.jsx',
    },
  });
  const js = result.outputFiles?.find((file) => file.path.endsWith('.js'));
  const css = result.outputFiles?.find((file) => file.path.endsWith('.css'));
  if (js === undefined || css === undefined) {
    throw new Error('explorer: esbuild produced no script or no stylesheet');
  }
  return {
    js: Buffer.from(js.contents),
    css: Buffer.from(neutraliseCss(css.text) + PAGE_CSS, 'utf8'),
  };
}

/**
 * Drops @import rules and url() references that point at another host (web fonts, CDNs), so the
 * stylesheet can never make the browser leave the service; data: URLs and local paths stay.
 */
export function neutraliseCss(css: string): string {
  const external = String.raw`(?:https?:)?\/\/`;
  return css
    .replace(new RegExp(String.raw`@import\s+(?:url\(\s*)?["']?${external}[^;]*;`, 'gi'), '')
    .replace(new RegExp(String.raw`url\(\s*(["']?)${external}[^)]*\)`, 'gi'), 'url("data:,")');
}

async function readCached(dir: string): Promise<{ js: Buffer; css: Buffer } | undefined> {
  try {
    const [js, css] = await Promise.all([
      fs.readFile(path.join(dir, 'explorer.js')),
      fs.readFile(path.join(dir, 'explorer.css')),
    ]);
    return js.length > 0 && css.length > 0 ? { js, css } : undefined;
  } catch {
    return undefined;
  }
}

/** Writes into a scratch directory and renames it, so a reader never sees half a bundle. */
async function writeCached(
  root: string,
  dir: string,
  files: { js: Buffer; css: Buffer },
): Promise<void> {
  await fs.mkdir(root, { recursive: true });
  const scratch = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  await fs.mkdir(scratch);
  try {
    await fs.writeFile(path.join(scratch, 'explorer.js'), files.js);
    await fs.writeFile(path.join(scratch, 'explorer.css'), files.css);
    await fs.rename(scratch, dir);
  } catch (error) {
    await fs.rm(scratch, { recursive: true, force: true });
    // Another process finished the same build first: its copy is as good as ours.
    if ((await readCached(dir)) === undefined) throw error;
    return;
  }
  // Bundles for versions no longer installed are dead weight.
  for (const entry of await fs.readdir(root)) {
    if (entry !== path.basename(dir) && !entry.includes('.tmp-')) {
      await fs.rm(path.join(root, entry), { recursive: true, force: true });
    }
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
  const assets = await loadOnce();
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
