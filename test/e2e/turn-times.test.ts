/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, where the DOM exists.
/**
 * Turn times in the dashboard: the reader shows them and plays the episode's audio from them,
 * claim and prediction pages say "hear it at 0:15", the bundled episode (no times) shows none,
 * and a `javascript:` media URL in the graph renders inert.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importTranscript } from '../../src/ingest/captions/import-transcript';
import { importFiles } from '../../src/ingest/import-corpus';
import { createApp, type App } from '../../src/server';
import { launchChromium, requireChromium } from '../support/chromium';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { testDatabase } from '../support/neo4j';

const MEDIA_HOST = 'media.example.test';
const MEDIA_URL = `https://${MEDIA_HOST}/compute-and-power.wav`;

/** 40 s of silence as 8 kHz, 8-bit mono WAV: enough for the browser to seek into. */
function silentWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}

let db: Database;
let app: App;
let base: string;
let browser: Browser;
let context: BrowserContext;
let episodeId: string;
const dialogs: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  requireChromium();
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-web.ts', '--if-stale'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  const imported = importTranscript({
    file: path.join(PROJECT_ROOT, 'test', 'fixtures', 'captions', 'apple-podcasts.vtt'),
    title: 'Compute and Power',
    airDate: '2025-06-01',
    mediaUrl: MEDIA_URL,
    speakerNames: new Map(),
    out: mkdtempSync(path.join(os.tmpdir(), 'claimgraph-e2e-times-')),
  });
  episodeId = imported.episodeId;
  writeFileSync(
    path.join(imported.dir, 'claims.yaml'),
    `episode: ${episodeId}
claims:
  - id: priya-power-limits-training
    turn: t004
    quote: I really do think so.
    kind: prediction
    prediction:
      horizon: by 2027
      due: 2027-12-31
      resolutionCriteria: CORRECT if a frontier lab names power as its binding constraint by 2027-12-31; INCORRECT if none has.
      resolutionSource: The labs' public statements and annual reports.
      confidence: { hedges: [I really do think], bucket: likely }
  - id: marcus-months
    turn: t005
    quote: Months, right.
    kind: opinion
`,
  );
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR, imported.dir]);
  app = await createApp({ db, nodeEnv: 'test' });
  base = (await app.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
  browser = await launchChromium();
  context = await browser.newContext();
  const wav = silentWav(40);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') await route.continue();
    else if (url.hostname === MEDIA_HOST) {
      await route.fulfill({ status: 200, contentType: 'audio/wav', body: wav });
    } else {
      problems.push(`request off this machine: ${url.href}`);
      await route.abort('blockedbyclient');
    }
  });
  context.on('page', (page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await db?.driver.close();
});

afterEach(() => {
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
});

async function reader(id: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/episodes/${encodeURIComponent(id)}`);
  await page.locator('.turn').first().waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

describe('turn times in the dashboard', () => {
  it("shows each turn's time, and a click plays the episode from there", async () => {
    const page = await reader(episodeId);
    const times = page.getByTestId('turn-time');
    await expect(times.allTextContents()).resolves.toEqual([
      '0:00',
      '0:07',
      '0:09',
      '0:15',
      '0:21',
      '0:23',
    ]);
    const audio = page.locator('audio#episode-audio');
    await expect(audio.getAttribute('src')).resolves.toBe(MEDIA_URL);
    await times.nth(3).click();
    await expect(audio.evaluate((el: HTMLAudioElement) => el.src)).resolves.toBe(
      `${MEDIA_URL}#t=15.48`,
    );
    // The #t= fragment seeks the player: wait until it stands there (or has played past it).
    await page.waitForFunction(
      () => {
        const el = document.querySelector<HTMLAudioElement>('audio#episode-audio');
        return el !== null && el.readyState > 0 && el.currentTime >= 15.4;
      },
      undefined,
      { timeout: 30_000 },
    );
    await page.close();
  });

  it('says "hear it at 0:15" beside a claim in the reader and on a prediction page', async () => {
    const page = await reader(episodeId);
    await page.locator('mark', { hasText: 'Months, right.' }).first().click();
    await expect(page.getByTestId('hear-it').textContent()).resolves.toBe('hear it at 0:21');
    await page.goto(`${base}/predictions/priya-power-limits-training`);
    const hear = page.getByTestId('hear-it');
    await hear.waitFor({ state: 'visible', timeout: 30_000 });
    await expect(hear.textContent()).resolves.toBe('hear it at 0:15');
    await expect(hear.getAttribute('href')).resolves.toBe(`${MEDIA_URL}#t=15.48`);
    await hear.click();
    await expect(
      page.locator('audio#episode-audio').evaluate((el: HTMLAudioElement) => el.src),
    ).resolves.toBe(`${MEDIA_URL}#t=15.48`);
    await page.close();
  });

  it('shows no times and no player for the bundled episode, which has none', async () => {
    const page = await reader(EPISODE_ID);
    await expect(page.getByTestId('turn-time').count()).resolves.toBe(0);
    await expect(page.locator('audio').count()).resolves.toBe(0);
    await page.close();
  });

  it('renders a javascript: media URL inert: no player, no link, nothing runs', async () => {
    // The importer refuses such a URL; this puts one in the graph as a faulty writer could.
    await db.write('MATCH (e:Episode {id: $id}) SET e.mediaUrl = $url', {
      id: episodeId,
      url: 'javascript:alert(document.domain)',
    });
    try {
      const page = await reader(episodeId);
      const times = page.getByTestId('turn-time');
      await expect(times.count()).resolves.toBe(6);
      await expect(page.locator('audio').count()).resolves.toBe(0);
      await expect(page.locator('a.turn-time').count()).resolves.toBe(0);
      await times.first().click();
      const scripted = await page.evaluate(
        () =>
          Array.from(document.querySelectorAll('[href],[src]')).filter((el) =>
            /^\s*javascript:/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? ''),
          ).length,
      );
      expect(scripted).toBe(0);
      await page.close();
    } finally {
      await db.write('MATCH (e:Episode {id: $id}) SET e.mediaUrl = $url', {
        id: episodeId,
        url: MEDIA_URL,
      });
    }
  });
});
