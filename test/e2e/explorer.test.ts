import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';

import type { Database } from '../../src/db/database';
import {
  EXPLORER_ASSET_DIR,
  EXPLORER_CSP,
  EXPLORER_MANIFEST,
  type ExplorerManifest,
} from '../../src/http/explorer';
import { launchChromium, requireChromium } from '../support/chromium';
import { anyCostReport, postGraphQL, startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Every http(s) address in `text` whose host is not this machine. */
function offHostAddresses(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`()<>]*/gi)]
    .map((match) => match[0])
    .filter((address) => !LOCAL_HOSTS.has(hostOf(address)));
}

function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}

describe('explorer: GraphiQL at /graphql, prebuilt and offline', () => {
  let db: Database;
  let running: RunningApp;
  let browser: Browser | undefined;
  let base: string;

  beforeAll(async () => {
    requireChromium();
    db = testDatabase();
    running = await startApp(db);
    base = running.base;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await running?.app.close();
    await db?.driver.close();
  });

  it('serves the files that the build assembled, nothing bundled at request time', async () => {
    const manifest = JSON.parse(
      readFileSync(path.join(EXPLORER_ASSET_DIR, EXPLORER_MANIFEST), 'utf8'),
    ) as ExplorerManifest;
    const script = Buffer.from(await (await fetch(`${base}/graphql/explorer.js`)).arrayBuffer());
    expect(script.equals(readFileSync(path.join(EXPLORER_ASSET_DIR, 'explorer.js')))).toBe(true);
    const stylesheet = await fetch(`${base}/graphql/explorer.css`);
    expect(stylesheet.headers.get('etag')).toBe(`"${manifest.fingerprint}"`);
    // The packages' own minified builds, not a bundle of ours.
    expect(Object.keys(manifest.versions).sort()).toEqual(['graphiql', 'react', 'react-dom']);
  });

  it('serves the page, script and stylesheet with no address outside the service', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: HTML_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const html = await page.text();
    expect(html).toContain('<title>claimgraph explorer</title>');
    const referenced = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(referenced.sort()).toEqual(['/graphql/explorer.css', '/graphql/explorer.js', 'data:,']);
    expect(offHostAddresses(html)).toEqual([]);

    const script = await fetch(`${base}/graphql/explorer.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(EXPLORER_CSP);
    const js = await script.text();
    expect(js.length).toBeGreaterThan(100_000);
    // The minified bundle holds URL strings (XML namespaces, links in error messages) that are
    // never fetched; Chromium proves below that nothing is. No CDN or web font may appear.
    const cdn =
      /^(?:fonts\.googleapis\.com|fonts\.gstatic\.com|unpkg\.com|cdn\.jsdelivr\.net|cdnjs\.cloudflare\.com|esm\.sh)$/i;
    expect(offHostAddresses(js).filter((address) => cdn.test(hostOf(address)))).toEqual([]);

    const stylesheet = await fetch(`${base}/graphql/explorer.css`);
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await stylesheet.text();
    expect(css).toContain('.graphiql-container');
    expect(css).not.toMatch(/@import/i);
    expect(offHostAddresses(css)).toEqual([]);

    const etag = stylesheet.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await fetch(`${base}/graphql/explorer.css`, {
      headers: { 'if-none-match': etag ?? '' },
    });
    expect(again.status).toBe(304);
  });

  it('still answers GraphQL at /graphql: POST, and GET with a query', async () => {
    const { status, body } = await postGraphQL<{ health: { ok: boolean } }>(
      `${base}/graphql`,
      '{ health { ok } }',
    );
    expect(status).toBe(200);
    expect(body.data?.health.ok).toBe(true);

    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: HTML_ACCEPT, 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(await get.json()).toEqual({
      data: { __typename: 'Query' },
      extensions: anyCostReport(),
    });
  });

  it('runs the default query in headless Chromium without leaving 127.0.0.1', async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    const offHost: string[] = [];
    const problems: string[] = [];
    // Record every request; let through only those to this machine, so a leak fails fast.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
        await route.continue();
      } else {
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      requests.push(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') {
        offHost.push(request.url());
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });

    const response = await page.goto(`${base}/graphql`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('claimgraph explorer');

    const editor = page.locator('.graphiql-query-editor .CodeMirror');
    await editor.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('health');

    await page.locator('.graphiql-execute-button').click();
    await page
      .locator('.graphiql-response')
      .filter({ hasText: '5.26' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    const result = await page.locator('.graphiql-response').innerText();
    expect(result).toContain('"ok": true');

    const shots = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-explorer-'));
    const screenshot = path.join(shots, 'explorer.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    process.stdout.write(`\nexplorer screenshot: ${screenshot}\n`);

    expect(offHost).toEqual([]);
    expect(requests).toEqual(
      expect.arrayContaining([
        `${base}/graphql`,
        `${base}/graphql/explorer.js`,
        `${base}/graphql/explorer.css`,
      ]),
    );
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
