/**
 * A dashboard on another origin, in headless Chromium: its fetch reaches the API when
 * CORS_ORIGINS lists that origin, and the browser blocks it when not. The page is served from a
 * second port, which is a different origin to the browser.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Browser } from 'playwright-core';

import type { Database } from '../../src/db/database';
import { launchChromium, requireChromium } from '../support/chromium';
import { startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

interface Outcome {
  ok: boolean;
  status?: number;
  data?: unknown;
  error?: string;
}

describe('CORS from a page on another origin, in Chromium', () => {
  let db: Database;
  let allowed: RunningApp;
  let closed: RunningApp;
  let page: http.Server;
  let pageOrigin: string;
  let browser: Browser;

  beforeAll(async () => {
    requireChromium();
    page = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>dashboard</title><p>dashboard</p>');
    });
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    pageOrigin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    db = testDatabase();
    allowed = await startApp(db, 'test', { corsOrigins: [pageOrigin] });
    closed = await startApp(db, 'test');
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await allowed?.app.close();
    await closed?.app.close();
    await new Promise((resolve) => page?.close(resolve));
    await db?.driver.close();
  });

  /** Runs `fetch` inside the dashboard page against `url`, as a dashboard's code would. */
  async function fetchFromPage(url: string, method: 'POST' | 'GET'): Promise<Outcome> {
    const tab = await browser.newPage();
    try {
      await tab.goto(pageOrigin);
      return await tab.evaluate(
        async ({ url, method }) => {
          const query = '{ health { ok } }';
          try {
            const response =
              method === 'POST'
                ? await fetch(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ query }),
                  })
                : await fetch(`${url}?query=${encodeURIComponent(query)}`, {
                    headers: { 'apollo-require-preflight': 'true' },
                  });
            return { ok: true, status: response.status, data: (await response.json()) as unknown };
          } catch (error) {
            return { ok: false, error: String(error) };
          }
        },
        { url, method },
      );
    } finally {
      await tab.close();
    }
  }

  it.each(['POST', 'GET'] as const)(
    'lets the listed origin %s a query',
    async (method) => {
      const outcome = await fetchFromPage(allowed.url, method);
      // The answer also reports the cost budget (extensions.cost), which this test leaves aside.
      expect({ ok: outcome.ok, status: outcome.status }).toEqual({ ok: true, status: 200 });
      expect((outcome.data as { data?: unknown }).data).toEqual({ health: { ok: true } });
    },
    60_000,
  );

  it.each(['POST', 'GET'] as const)(
    'blocks the %s when CORS_ORIGINS does not list the origin',
    async (method) => {
      const outcome = await fetchFromPage(closed.url, method);
      expect(outcome.ok).toBe(false);
      expect(outcome.error).toContain('Failed to fetch');
    },
    60_000,
  );
});
