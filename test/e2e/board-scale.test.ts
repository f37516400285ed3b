/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { parse, stringify } from 'yaml';

import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { createApp, type App } from '../../src/server';
import { launchChromium, requireChromium } from '../support/chromium';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { testDatabase } from '../support/neo4j';
import { writeSyntheticEpisode } from '../support/synthetic';

/**
 * Importing a thousand episodes takes the importer about nine minutes on a 2-core machine, so
 * this test runs when asked: CLAIMGRAPH_E2E_SCALE=1 npm run test:e2e.
 */
const ENABLED = process.env.CLAIMGRAPH_E2E_SCALE === '1';
const describeScale = ENABLED ? describe : describe.skip;
const EPISODES = 1000;
/** One turn per episode: one prediction, one assertion, one entity named. */
const TURNS = 1;

let db: Database;
let app: App;
let base: string;
let browser: Browser;
let dirs: string[] = [];

/**
 * Keeps only the entities a short synthetic episode names: the generator declares seven, and an
 * entity no turn names is refused by the validator. Fewer turns keep the import of a thousand
 * episodes within a minute or two.
 */
function leanEpisode(dir: string): string {
  const file = path.join(dir, 'annotations.yaml');
  const annotations = parse(readFileSync(file, 'utf8')) as {
    entities: { mentions: unknown[] | null }[];
  };
  annotations.entities = annotations.entities.filter((entity) => Array.isArray(entity.mentions));
  writeFileSync(file, stringify(annotations));
  return dir;
}

beforeAll(async () => {
  if (!ENABLED) return;
  requireChromium();
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-web.ts', '--if-stale'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  const day = Date.parse('2020-01-01T00:00:00Z');
  dirs = Array.from({ length: EPISODES }, (_, i) =>
    leanEpisode(
      writeSyntheticEpisode({
        title: `Synthetic ${i}`,
        date: new Date(day + i * 86_400_000).toISOString().slice(0, 10),
        turns: TURNS,
      }),
    ),
  );
  const started = Date.now();
  await importFiles(db, [SEED_DIR, ...dirs]);
  process.stdout.write(
    `\nboard-scale: imported ${EPISODES + 1} episodes in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  app = await createApp({ db, nodeEnv: 'test' });
  base = (await app.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (db) await resetGraph(db);
  await db?.driver.close();
  for (const dir of dirs) rmSync(path.dirname(dir), { recursive: true, force: true });
});

describeScale(`the board on a ${EPISODES}-episode corpus`, () => {
  it('pages through the API cursors and never asks for everything', async () => {
    const page = await browser.newPage();
    const asked: { first: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = response.request().postData() ?? '';
      if (!body.includes('query BoardPage')) return;
      const first = /predictions\(filter: \$filter, orderBy: \$orderBy, first: (\d+)/.exec(body);
      asked.push({ first: first?.[1] ?? '?', bytes: (await response.body()).length });
    });
    const started = Date.now();
    await page.goto(`${base}/predictions`);
    const count = page.getByTestId('board-count');
    await count
      .filter({ hasText: `${EPISODES * TURNS + 16} predictions` })
      .waitFor({ timeout: 60_000 });
    const firstPage = Date.now() - started;
    const rows = page.locator('[data-testid=board] tbody tr');
    expect(await rows.count()).toBe(20);
    const seen = new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id ?? '')));

    const timings: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const before = await rows.first().getAttribute('data-id');
      const clicked = Date.now();
      await page.getByRole('button', { name: 'Next page' }).click();
      await page.waitForFunction(
        (id) =>
          document.querySelector('[data-testid=board] tbody tr')?.getAttribute('data-id') !== id,
        before,
      );
      timings.push(Date.now() - clicked);
      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id ?? ''));
      expect(ids).toHaveLength(20);
      for (const id of ids) {
        expect(seen.has(id)).toBe(false);
        seen.add(id);
      }
    }
    expect(page.url()).toContain('after=');
    expect(asked.length).toBeGreaterThanOrEqual(4);
    expect(asked.every((a) => a.first === '20')).toBe(true);
    process.stdout.write(
      `board-scale: first page in ${firstPage} ms; next pages in ${timings.join(', ')} ms; ` +
        `responses ${asked.map((a) => a.bytes).join(', ')} bytes\n`,
    );
    await page.close();
  }, 120_000);
});
