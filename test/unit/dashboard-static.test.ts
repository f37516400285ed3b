import express from 'express';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { DASHBOARD_CSP, dashboardRouter } from '../../src/http/dashboard';

/** Serves a dashboard router over a made-up build directory on a free port. */
async function serve(dist: string): Promise<{ base: string; server: Server }> {
  const app = express();
  app.use(dashboardRouter(dist));
  app.use((_req, res) => res.status(404).json({ error: 'not found' }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the dashboard router (express.static)', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(dist, 'assets', 'index-Ab12.js'), 'console.log(1);');
  let running: { base: string; server: Server };
  beforeAll(async () => {
    running = await serve(dist);
  });
  afterAll(() => running.server.close());

  it('answers app routes with index.html, revalidated, under the CSP', async () => {
    for (const route of ['/', '/predictions', '/people/sholto-douglas', '/episodes/x/']) {
      const res = await fetch(`${running.base}${route}`);
      expect({ route, status: res.status }).toEqual({ route, status: 200 });
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
      expect(await res.text()).toContain('<title>app</title>');
    }
  });

  it('serves hashed assets for a year with an ETag that answers 304', async () => {
    const res = await fetch(`${running.base}/assets/index-Ab12.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    // fetch adds `cache-control: no-cache` to a conditional request unless one is given, and a
    // server must not answer no-cache with 304; browsers revalidate with max-age=0.
    const again = await fetch(`${running.base}/assets/index-Ab12.js`, {
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
  });

  it('says an asset of another build is gone, and leaves other paths to the 404', async () => {
    const gone = await fetch(`${running.base}/assets/index-Old1.js`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toMatch(/older build/);
    expect((await fetch(`${running.base}/nowhere/at/all`)).status).toBe(404);
    expect((await fetch(`${running.base}/assets/../index.html`)).status).not.toBe(500);
  });

  it('answers 503 with a hint when the dashboard is not built', async () => {
    const empty = await serve(mkdtempSync(path.join(os.tmpdir(), 'claimgraph-empty-')));
    try {
      const res = await fetch(`${empty.base}/predictions`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/npm run build:web/);
    } finally {
      empty.server.close();
    }
  });
});
