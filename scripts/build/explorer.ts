import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import {
  EXPLORER_ASSET_DIR,
  EXPLORER_DEFAULT_QUERY,
  EXPLORER_HTML_PATH,
  EXPLORER_MANIFEST,
  type ExplorerManifest,
} from '../../src/http/explorer';
import { PROJECT_ROOT } from '../../src/config';

/**
 * Assembles GraphiQL for /graphql from the minified bundles its packages ship (React, ReactDOM
 * and GraphiQL's UMD builds), plus a few lines of our own that mount it. Nothing is compiled:
 * the service only reads the result, so the packages are build-time (dev) dependencies.
 */

/** Shipped files, in load order; each sets a global (React, ReactDOM, GraphiQL) the next uses. */
const SCRIPTS = [
  'react/umd/react.production.min.js',
  'react-dom/umd/react-dom.production.min.js',
  'graphiql/graphiql.min.js',
] as const;
const STYLESHEET = 'graphiql/graphiql.min.css';
const PACKAGES = ['react', 'react-dom', 'graphiql'] as const;

/** Mounts GraphiQL; a file rather than an inline script, so the strict CSP needs no exception. */
const MOUNT = `
(function () {
  var fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(EXPLORER_HTML_PATH)} });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(EXPLORER_DEFAULT_QUERY)} }),
  );
})();
`;

/** Appended to the stylesheet so the page needs no inline style. */
const PAGE_CSS = '\nhtml,body,#graphiql{height:100%;margin:0}\n';

const requireFromRoot = createRequire(path.join(PROJECT_ROOT, 'package.json'));

function versions(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of PACKAGES) {
    found[name] = (requireFromRoot(`${name}/package.json`) as { version: string }).version;
  }
  return found;
}

/** What the assets are made from; a different fingerprint means they must be rebuilt. */
function fingerprint(): string {
  return createHash('sha256')
    .update(JSON.stringify({ versions: versions(), SCRIPTS, STYLESHEET, MOUNT, PAGE_CSS }))
    .digest('hex')
    .slice(0, 16);
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

/** Reads a file a package ships, by path inside it (exports maps hide the UMD builds). */
function read(file: string): string {
  const [scope, name, ...rest] = file.split('/');
  const packageName = scope?.startsWith('@') ? `${scope}/${name ?? ''}` : (scope ?? '');
  const inside = scope?.startsWith('@') ? rest : [name ?? '', ...rest];
  const root = path.dirname(requireFromRoot.resolve(`${packageName}/package.json`));
  return readFileSync(path.join(root, ...inside), 'utf8');
}

export function explorerUpToDate(outDir = EXPLORER_ASSET_DIR): boolean {
  const manifestFile = path.join(outDir, EXPLORER_MANIFEST);
  if (!existsSync(manifestFile)) return false;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ExplorerManifest;
  return manifest.fingerprint === fingerprint();
}

/** Writes explorer.js, explorer.css and the manifest into outDir; a reader never sees half. */
export function buildExplorer(outDir = EXPLORER_ASSET_DIR): ExplorerManifest {
  // The UMD files end without a newline or semicolon in some versions; keep them apart.
  const js = [...SCRIPTS.map(read), MOUNT].join('\n;\n');
  const css = neutraliseCss(read(STYLESHEET)) + PAGE_CSS;
  const manifest: ExplorerManifest = { fingerprint: fingerprint(), versions: versions() };

  const scratch = `${outDir}.tmp-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(path.join(scratch, 'explorer.js'), js);
  writeFileSync(path.join(scratch, 'explorer.css'), css);
  writeFileSync(path.join(scratch, EXPLORER_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.dirname(outDir), { recursive: true });
  renameSync(scratch, outDir);
  return manifest;
}
