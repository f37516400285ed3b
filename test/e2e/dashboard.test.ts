/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, where the DOM exists.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { hashToken } from '../../src/auth';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { DASHBOARD_CSP } from '../../src/http/dashboard';
import { importFiles } from '../../src/ingest/import-corpus';
import { createApp, type App } from '../../src/server';
import { launchChromium, requireChromium } from '../support/chromium';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL } from '../support/http';
import { testDatabase } from '../support/neo4j';

const EDITOR_TOKEN = 'e2e-editor-token-0123456789abcdef';
/** Screenshots of every view, kept for a look after the run (git-ignored). */
// npm run screenshots points this elsewhere to take the pictures the docs show.
const SHOTS =
  process.env.DASHBOARD_SCREENSHOT_DIR ?? path.join(PROJECT_ROOT, 'test-results', 'screenshots');
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

let db: Database;
let app: App;
let base: string;
let browser: Browser;
let context: BrowserContext;
/** Every request any page made that was not to 127.0.0.1 (or data:/blob:). */
const offHost: string[] = [];
const problems: string[] = [];

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await postGraphQL<T>(`${base}/graphql`, query, variables);
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`API query failed (${status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

async function guarded(ctx: BrowserContext): Promise<void> {
  // Let through only this machine, so a leak fails instead of waiting on the network.
  await ctx.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') {
      await route.continue();
    } else {
      offHost.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  ctx.on('page', watch);
}

function watch(page: Page): void {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') {
      offHost.push(request.url());
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  expect(statSync(file).size).toBeGreaterThan(5_000);
}

/** A desktop and a phone screenshot of one view, after `ready` says it has drawn. */
async function screenshots(route: string, name: string, ready: string): Promise<void> {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${base}${route}`);
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
    // Charts draw after the first frame and again once their box has its size: wait until
    // every chart's drawing fills its box.
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-testid=chart]')).every((box) => {
          const drawn = box.querySelector('svg')?.getBoundingClientRect();
          return (
            drawn !== undefined && drawn.height > 0 && Math.abs(drawn.width - box.clientWidth) <= 1
          );
        }),
      undefined,
      { timeout: 30_000 },
    );
    await shoot(page, `${name}-${size}`);
    // Nothing may be wider than the phone's screen.
    if (size === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(PHONE.width + 1);
    }
    await page.close();
  }
}

beforeAll(async () => {
  requireChromium();
  // The same step as `npm start`: build the app when its sources changed (Vite runs as ESM, so in
  // its own process rather than inside jest's module system).
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-web.ts', '--if-stale'],
    {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    },
  );
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  app = await createApp({
    db,
    nodeEnv: 'test',
    tokens: [{ name: 'e2e-editor', role: 'editor', hash: hashToken(EDITOR_TOKEN) }],
  });
  base = (await app.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: DESKTOP });
  await guarded(context);
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await db?.driver.close();
});

describe('serving', () => {
  it.each([
    '/',
    '/predictions',
    '/predictions/some-id',
    `/people/sholto-douglas`,
    '/entities/anthropic',
    `/episodes/${EPISODE_ID}`,
    '/claims?kind=OPINION',
    '/search?q=agents',
  ])('answers %s with the app, under the strict CSP', async (route) => {
    const response = await fetch(`${base}${route}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    const html = await response.text();
    expect(html).toContain('<title>claimgraph dashboard</title>');
    // Only this service's own files: no other host named.
    for (const [, ref] of html.matchAll(/(?:src|href)="([^"]*)"/g)) {
      expect(ref).toMatch(/^(?:\/assets\/|data:)/);
    }
  });

  it('leaves the API, GraphiQL, health and unknown paths as they were', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/nope/nope`)).status).toBe(404);
    expect((await fetch(`${base}/assets/../package.json`)).status).toBe(404);
    const explorer = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await explorer.text()).toContain('claimgraph explorer');
  });
});

describe('journeys', () => {
  it('shows the overview with its figures and charts', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const totals = page.getByRole('list', { name: 'Totals' });
    await totals.waitFor();
    const data = await api<{ dashboard: { totals: { predictions: number; claims: number } } }>(
      '{ dashboard { totals { predictions claims } } }',
    );
    await expect(totals.innerText()).resolves.toContain(
      `${data.dashboard.totals.predictions}\npredictions`,
    );
    await page.locator('[data-testid=chart] svg').first().waitFor();
    expect(await page.locator('[data-testid=chart]').count()).toBeGreaterThanOrEqual(4);
    // A figure opens the list behind it.
    const opinions = await api<{ claims: { totalCount: number } }>(
      '{ claims(filter: { kinds: [OPINION] }) { totalCount } }',
    );
    await page.getByRole('link', { name: `Opinion: ${opinions.claims.totalCount}` }).click();
    await page.waitForURL(`${base}/claims?kind=OPINION`);
    await page.getByText(`${opinions.claims.totalCount} claims`).waitFor();
    expect(await page.locator('[data-testid=claims] li').count()).toBe(
      Math.min(20, opinions.claims.totalCount),
    );
    await page.close();
    await screenshots('/', 'overview', '[data-testid=chart] svg');
  }, 90_000);

  it('filters the board by speaker and by status, in the URL, rows as the API says', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/predictions`);
    await page.getByTestId('board').waitFor();
    await page.getByLabel('Speaker').selectOption('sholto-douglas');
    await page.getByRole('checkbox', { name: 'Open' }).check();
    await page.waitForURL(/speaker=sholto-douglas/);
    await page.waitForURL(/status=OPEN/);
    const expected = await api<{
      predictions: { totalCount: number; edges: { node: { id: string } }[] };
    }>(
      `{ predictions(filter: { speaker: "sholto-douglas", statuses: [OPEN] }, first: 20) {
          totalCount edges { node { id } } } }`,
    );
    const count = page.getByTestId('board-count');
    await count.filter({ hasText: `${expected.predictions.totalCount} prediction` }).waitFor();
    const rows = async () =>
      page
        .locator('[data-testid=board] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(await rows()).toEqual(expected.predictions.edges.map((e) => e.node.id));
    expect(expected.predictions.totalCount).toBeGreaterThan(0);
    // The filters are the address: a reload shows the same rows.
    await page.reload();
    await page.getByTestId('board').waitFor();
    expect(await rows()).toEqual(expected.predictions.edges.map((e) => e.node.id));
    await expect(page.getByLabel('Speaker').inputValue()).resolves.toBe('sholto-douglas');
    await page.close();
    await screenshots('/predictions', 'board', '[data-testid=board]');
  }, 90_000);

  it('shows a prediction quote highlighted in its turn and follows a supporting claim', async () => {
    const data = await api<{
      predictions: {
        edges: {
          node: {
            id: string;
            quote: string;
            claim: {
              relations: {
                type: string;
                claim: { id: string; prediction: { id: string } | null };
              }[];
            };
          };
        }[];
      };
    }>(
      `{ predictions(first: 50) { edges { node { id quote
          claim { relations(types: [SUPPORTS], first: 10) { type claim { id prediction { id } } } } } } } }`,
    );
    const withSupport = data.predictions.edges
      .map((e) => e.node)
      .find((p) => p.claim.relations.some((r) => r.claim.prediction === null));
    if (!withSupport)
      throw new Error('the bundled episode has no prediction with a supporting claim');
    const page = await context.newPage();
    await page.goto(`${base}/predictions/${encodeURIComponent(withSupport.id)}`);
    const mark = page.locator('[data-testid=quote-turn] mark');
    await mark.first().waitFor();
    expect((await mark.allInnerTexts()).join('')).toBe(withSupport.quote);
    await screenshots(
      `/predictions/${encodeURIComponent(withSupport.id)}`,
      'prediction',
      '[data-testid=quote-turn] mark',
    );

    const support = withSupport.claim.relations.find((r) => r.claim.prediction === null);
    if (!support) throw new Error('unreachable');
    await page.locator(`[data-testid=relations] a[data-claim="${support.claim.id}"]`).click();
    await page.waitForURL(/\/episodes\//);
    const card = page.locator(`[data-testid=claim-card][data-claim="${support.claim.id}"]`);
    await card.waitFor();
    await page.locator(`mark.active[data-claims~="${support.claim.id}"]`).first().waitFor();
    await page.close();
  }, 90_000);

  it('shows how a dated forecast will be judged, and who backs it', async () => {
    const id = 'c1-pred-day-of-junior-engineer-work';
    const data = await api<{
      prediction: { resolutionCriteria: string; endorsedBy: { person: { name: string } }[] };
    }>(
      'query ($id: ID!) { prediction(id: $id) { resolutionCriteria endorsedBy { person { name } } } }',
      { id },
    );
    expect(data.prediction.endorsedBy.length).toBeGreaterThan(0);
    const page = await context.newPage();
    await page.goto(`${base}/predictions/${id}`);
    const criteria = page.getByTestId('resolution-criteria');
    await criteria.waitFor();
    expect(await criteria.innerText()).toContain(data.prediction.resolutionCriteria);
    const backers = await page.getByTestId('endorsed-by').innerText();
    for (const endorsement of data.prediction.endorsedBy) {
      expect(backers).toContain(endorsement.person.name);
    }
    await page.close();
  });

  it('says why a forecast cannot be judged as worded', async () => {
    const id = 'c1-pred-continual-learning-bottleneck-eventually';
    const data = await api<{ prediction: { unresolvableAsStated: string | null } }>(
      'query ($id: ID!) { prediction(id: $id) { unresolvableAsStated } }',
      { id },
    );
    expect(data.prediction.unresolvableAsStated).toEqual(expect.stringContaining('Eventually'));
    const page = await context.newPage();
    await page.goto(`${base}/predictions/${id}`);
    const reason = page.getByTestId('unresolvable-as-stated');
    await reason.waitFor();
    expect(await reason.innerText()).toBe(data.prediction.unresolvableAsStated);
    await page.close();
  });

  it('draws an entity neighbourhood and opens a neighbour on click', async () => {
    const data = await api<{
      entities: { edges: { node: { id: string; related: { entity: { id: string } }[] } }[] };
    }>('{ entities(first: 100) { edges { node { id related(depth: 1) { entity { id } } } } } }');
    const entity = data.entities.edges
      .map((e) => e.node)
      .sort((a, b) => b.related.length - a.related.length)[0];
    if (!entity || entity.related.length === 0) throw new Error('no entity has a relation');
    const page = await context.newPage();
    await page.goto(`${base}/entities/${encodeURIComponent(entity.id)}`);
    const graph = page.getByTestId('graph');
    await graph.waitFor();
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid=graph]')?.getAttribute('data-nodes') === String(n),
      entity.related.length + 1,
    );
    let positions = JSON.parse((await graph.getAttribute('data-positions')) ?? '{}') as Record<
      string,
      { x: number; y: number }
    >;
    expect(Object.keys(positions).sort()).toEqual(
      [entity.id, ...entity.related.map((r) => r.entity.id)].sort(),
    );
    await screenshots(
      `/entities/${encodeURIComponent(entity.id)}`,
      'entity',
      '[data-testid=graph][data-nodes]',
    );
    // Two hops reach as far as the API says they do.
    const two = await api<{ entity: { related: unknown[] } }>(
      `{ entity(id: "${entity.id}") { related(depth: 2, first: 40) { depth } } }`,
    );
    await page.getByLabel('Depth').selectOption('2');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid=graph]')?.getAttribute('data-nodes') === String(n),
      two.entity.related.length + 1,
    );
    expect(two.entity.related.length).toBeGreaterThan(entity.related.length);
    await page.getByLabel('Depth').selectOption('1');
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid=graph]')?.getAttribute('data-nodes') === String(n),
      entity.related.length + 1,
    );
    positions = JSON.parse(
      (await graph.getAttribute('data-positions')) ?? '{}',
    ) as typeof positions;
    const target = entity.related[0]?.entity.id ?? '';
    const at = positions[target];
    const box = await graph.boundingBox();
    if (!at || !box) throw new Error('the graph has no position for its neighbour');
    await page.mouse.click(box.x + at.x, box.y + at.y);
    await page.waitForURL(`${base}/entities/${encodeURIComponent(target)}`);
    await page.locator('h1').filter({ hasNotText: entity.id }).first().waitFor();
    await page.close();
  }, 120_000);

  it('highlights every claim of the episode, as many as the API counts', async () => {
    const ids = new Set<string>();
    let after: string | null = null;
    for (let i = 0; i < 20; i += 1) {
      const page: {
        claims: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: { id: string } }[];
        };
      } = await api(
        `query ($after: String) { claims(filter: { episodeId: "${EPISODE_ID}" }, first: 100, after: $after) {
            pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      page.claims.edges.forEach((e) => ids.add(e.node.id));
      if (!page.claims.pageInfo.hasNextPage) break;
      after = page.claims.pageInfo.endCursor;
    }
    const page = await context.newPage();
    await page.goto(`${base}/episodes/${EPISODE_ID}`);
    await page
      .getByTestId('claims-status')
      .filter({ hasText: 'highlighted' })
      .waitFor({ timeout: 30_000 });
    const marked = await page
      .locator('mark[data-claims]')
      .evaluateAll((marks) =>
        marks.flatMap((m) => (m.getAttribute('data-claims') ?? '').split(' ')),
      );
    expect(new Set(marked)).toEqual(ids);
    expect(ids.size).toBeGreaterThan(100);
    await page.locator('mark[data-claims]').first().click();
    await page.getByTestId('claim-card').first().waitFor();
    // Entity mentions are links to the entity.
    await page.locator('.turn a[href^="/entities/"]').first().waitFor();
    await page.close();
    await screenshots(`/episodes/${EPISODE_ID}`, 'episode', 'mark[data-claims]');
  }, 120_000);

  it('searches from the box on every page, with highlighted snippets', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/predictions`);
    await page.getByLabel('Search turns, claims and entities').fill('reinforcement learning');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=reinforcement/);
    const hits = page.locator('[data-testid=hits] > li');
    await hits.first().waitFor();
    const expected = await api<{ search: unknown[] }>(
      '{ search(query: "reinforcement learning", first: 30) { score } }',
    );
    expect(await hits.count()).toBe(expected.search.length);
    expect(await page.locator('[data-testid=hits] mark').count()).toBeGreaterThan(0);
    await page.close();
    await screenshots('/search?q=reinforcement%20learning', 'search', '[data-testid=hits] mark');
  }, 90_000);

  it('moves through the board with the keyboard alone', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/predictions?status=OPEN`);
    await page.getByTestId('board').waitFor();
    const focused = () =>
      page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
    const tabTo = async (test: () => Promise<boolean>) => {
      for (let i = 0; i < 60; i += 1) {
        if (await test()) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`tabbing never reached the control; focus is on ${await focused()}`);
    };
    await tabTo(async () => (await focused()) === 'f-sort');
    await page.keyboard.press('ArrowDown'); // Deadline, soonest first
    await page.waitForURL(/sort=DEADLINE_ASC/);
    const expected = await api<{ predictions: { edges: { node: { id: string } }[] } }>(
      '{ predictions(filter: { statuses: [OPEN] }, orderBy: DEADLINE_ASC, first: 1) { edges { node { id } } } }',
    );
    const first = expected.predictions.edges[0]?.node.id ?? '';
    await page.locator(`[data-testid=board] tbody tr:first-child[data-id="${first}"]`).waitFor();
    await tabTo(() =>
      page.evaluate(
        (id) =>
          document.activeElement?.getAttribute('href') === `/predictions/${encodeURIComponent(id)}`,
        first,
      ),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/predictions/${encodeURIComponent(first)}`);
    await page.locator('[data-testid=quote-turn]').waitFor();
    await page.close();
  }, 90_000);

  it('shows a resolution made in one page live in another, and errors plainly', async () => {
    const { predictions } = await api<{ predictions: { edges: { node: { id: string } }[] } }>(
      '{ predictions(filter: { statuses: [OPEN] }, first: 1) { edges { node { id } } } }',
    );
    const id = predictions.edges[0]?.node.id ?? '';
    const path = `${base}/predictions/${encodeURIComponent(id)}`;
    const watcher = await context.newPage();
    await watcher.goto(path);
    await watcher.getByTestId('prediction-status').filter({ hasText: 'Open' }).waitFor();
    await watcher.locator('.dot.on').waitFor();
    const board = await context.newPage();
    await board.goto(`${base}/predictions`);
    await board.locator(`tr[data-id="${id}"]`).filter({ hasText: 'Open' }).waitFor();
    await board.locator('.dot.on').waitFor();

    const editor = await context.newPage();
    await editor.goto(path);
    await editor.getByLabel('Evidence URL').fill('https://example.org/evidence');
    await editor.getByLabel('Outcome').selectOption('CORRECT');
    // A wrong token is refused, and the page says so in the API's words.
    await editor.getByLabel('Editor token').fill('not-a-token');
    await editor.getByRole('button', { name: 'Record resolution' }).click();
    await editor.getByTestId('editor-error').filter({ hasText: 'UNAUTHENTICATED' }).waitFor();
    await editor.getByLabel('Editor token').fill(EDITOR_TOKEN);
    expect(await editor.evaluate(() => sessionStorage.getItem('claimgraph.editorToken'))).toBe(
      EDITOR_TOKEN,
    );
    await editor.getByRole('button', { name: 'Record resolution' }).click();

    await watcher
      .getByTestId('prediction-status')
      .filter({ hasText: 'Correct' })
      .waitFor({ timeout: 15_000 });
    await watcher.getByTestId('history').filter({ hasText: 'e2e-editor' }).waitFor();
    await board
      .locator(`tr[data-id="${id}"]`)
      .filter({ hasText: 'Correct' })
      .waitFor({ timeout: 15_000 });
    await board.getByTestId('live-last').filter({ hasText: 'is now Correct' }).waitFor();

    // Reopen it from the editor's page; the watcher follows again.
    await editor.getByLabel('Why reopen it').fill('e2e: put back');
    await editor.getByRole('button', { name: 'Reopen' }).click();
    await watcher
      .getByTestId('prediction-status')
      .filter({ hasText: 'Open' })
      .waitFor({ timeout: 15_000 });
    await Promise.all([watcher.close(), board.close(), editor.close()]);
  }, 120_000);

  it('says when a page is empty or missing, in words', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/predictions/no-such-prediction`);
    await page.getByText('No prediction has the id').waitFor();
    await page.goto(`${base}/people/sholto-douglas`);
    await page.getByTestId('calibration-empty').waitFor();
    // Once one of his predictions is resolved, the chart replaces the empty state.
    const { predictions } = await api<{
      predictions: { edges: { node: { id: string; confidence: { probability: number } } }[] };
    }>(
      '{ predictions(filter: { speaker: "sholto-douglas", statuses: [OPEN] }, first: 1) { edges { node { id confidence { probability } } } } }',
    );
    const chosen = predictions.edges[0]?.node;
    if (!chosen) throw new Error('Sholto Douglas has no open prediction');
    const editor = { authorization: `Bearer ${EDITOR_TOKEN}` };
    const resolved = await postGraphQL(
      `${base}/graphql`,
      'mutation ($id: ID!) { resolvePrediction(id: $id, status: INCORRECT, evidence: { url: "https://example.org/e" }) { id } }',
      { id: chosen.id },
      editor,
    );
    expect(resolved.body.errors).toBeUndefined();
    await page.reload();
    await page
      .getByRole('img', {
        name: new RegExp(`stated ${chosen.confidence.probability}, observed 0\\.00 over 1`),
      })
      .waitFor();
    await postGraphQL(
      `${base}/graphql`,
      'mutation ($id: ID!) { reopenPrediction(id: $id, note: "e2e: put back") { id } }',
      { id: chosen.id },
      editor,
    );
    await page.goto(`${base}/predictions?speaker=nobody-at-all`);
    await page.getByText('No prediction matches these filters').waitFor();
    await page.close();
    await screenshots('/people/sholto-douglas', 'person', '[data-testid=track-record]');
  }, 90_000);
});

describe('the API going away and coming back', () => {
  it('says the API is not answering, then recovers by itself', async () => {
    // A second service on its own port, so stopping it leaves the other tests' server alone.
    const own = await createApp({ db, nodeEnv: 'test' });
    const ownBase = (await own.listen(0, '127.0.0.1')).replace(/\/graphql$/, '');
    const port = Number(new URL(ownBase).port);
    const page = await context.newPage();
    await page.goto(`${ownBase}/predictions`);
    await page.getByTestId('board').waitFor();
    await page.locator('.dot.on').waitFor();

    await own.close();
    await page.locator('.dot.off').waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Overview' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'The claimgraph API is not answering' })
      .waitFor({ timeout: 15_000 });
    await shoot(page, 'api-down-desktop');

    const back = await createApp({ db, nodeEnv: 'test' });
    await back.listen(port, '127.0.0.1');
    try {
      // The page retries every 5 s and the live connection backs off to at most 10 s.
      await page.getByRole('list', { name: 'Totals' }).waitFor({ timeout: 20_000 });
      await page.locator('.dot.on').waitFor({ timeout: 20_000 });
      expect(await page.getByRole('alert').count()).toBe(0);
    } finally {
      await page.close();
      await back.close();
    }
    // The browser logs the failed requests while the API was away; they are expected here.
    problems.splice(
      0,
      problems.length,
      ...problems.filter((p) => !/Failed to load resource|WebSocket/.test(p)),
    );
  }, 90_000);
});

describe('after every journey', () => {
  it('made no request outside 127.0.0.1 and no page error', () => {
    expect(offHost).toEqual([]);
    expect(problems).toEqual([]);
  });
});
