/// <reference lib="dom" />
// The callbacks given to page.evaluate run in the browser, where the DOM exists.
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { hashToken } from '../../src/auth';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { launchChromium } from '../support/chromium';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { expand } from '../support/jsonld';
import { testDatabase } from '../support/neo4j';

const EDITOR_TOKEN = 'e2e-open-data-editor-0123456789abcdef';
const SCHEMA = 'http://schema.org/';
/** A prediction resolved below, and one whose paraphrase tries to leave its script element. */
const RESOLVED = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';
const HOSTILE = 'c1-pred-day-of-junior-engineer-work';
const HOSTILE_TEXT = '</script><script>window.pwned = 1</script><!-- & -->';

let db: Database;
let running: RunningApp;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { status, body } = await postGraphQL<T>(running.url, query, variables, {
    authorization: `Bearer ${EDITOR_TOKEN}`,
  });
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`API query failed (${status}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

async function open(path: string, ready: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${running.base}${path}`);
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

/** The rows of a download link as a CSV parser reads them. */
async function csvOf(page: Page): Promise<Record<string, string>[]> {
  const href = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
  if (href === null) throw new Error('no CSV link');
  const response = await fetch(`${running.base}${href}`);
  expect(response.status).toBe(200);
  return parseCsv<Record<string, string>>(await response.text(), { columns: true });
}

async function shownCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('index-count').textContent()) ?? '';
  return Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
}

/** The page's JSON-LD, parsed as any reader of the page would. */
async function jsonLdOf(page: Page): Promise<{ raw: string; data: object }> {
  const script = page.getByTestId('json-ld');
  await script.waitFor({ state: 'attached' });
  const raw = (await script.evaluate((node) => node.textContent)) ?? '';
  return { raw, data: JSON.parse(raw) as object };
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  await db.write('MATCH (c:Prediction {id: $id}) SET c.paraphrase = $text', {
    id: HOSTILE,
    text: HOSTILE_TEXT,
  });
  running = await startApp(db, 'test', {
    tokens: [{ name: 'e2e-editor', role: 'editor', hash: hashToken(EDITOR_TOKEN) }],
  });
  await api(
    `mutation ($id: ID!) { resolvePrediction(id: $id, status: PARTIALLY_CORRECT,
      evidence: { url: "https://example.org/agents-report", note: "Showcases only." },
      resolvedAt: "2025-12-31") { status } }`,
    { id: RESOLVED },
  );
  browser = await launchChromium();
  context = await browser.newContext();
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(event.violatedDirective),
    );
  });
}, 180_000);

afterAll(async () => {
  await context.close();
  await browser.close();
  await running.app.close();
  await db.driver.close();
});

afterEach(() => {
  expect(problems.splice(0)).toEqual([]);
});

describe('index pages', () => {
  it('are linked from the navigation, and list what the API lists', async () => {
    const page = await open('/', 'nav[aria-label="Main"]');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'People' }).click();
    await page.getByTestId('index-table').waitFor();
    const { speakers } = await api<{ speakers: { totalCount: number } }>(
      '{ speakers(first: 0) { totalCount } }',
    );
    expect(await shownCount(page)).toBe(speakers.totalCount);
    expect(await page.locator('[data-testid=index-table] tbody tr').count()).toBe(
      speakers.totalCount,
    );
    await nav.getByRole('link', { name: 'Cited' }).click();
    await page.getByRole('heading', { name: /Cited works/ }).waitFor();
    await nav.getByRole('link', { name: 'Episodes' }).click();
    await page.getByRole('heading', { name: 'Episodes' }).waitFor();
    await page.close();
  });

  it('people: search and sort in the address, and a CSV of what is shown', async () => {
    const page = await open('/people', '[data-testid=index-table]');
    await page.getByRole('searchbox', { name: 'Name' }).fill('sholto');
    await page.getByRole('searchbox', { name: 'Name' }).press('Enter');
    await page.waitForURL(/q=sholto/);
    await page
      .getByTestId('index-count')
      .filter({ hasText: /^1 person/ })
      .waitFor();
    const rows = await csvOf(page);
    expect(rows.map((row) => row.name)).toEqual(['Sholto Douglas']);
    await page.getByRole('searchbox', { name: 'Name' }).fill('');
    await page.getByRole('searchbox', { name: 'Name' }).press('Enter');
    await page.waitForURL((url) => !url.search.includes('q='));
    await page.getByLabel('Sort').selectOption('PREDICTIONS_DESC');
    await page.waitForURL(/sort=PREDICTIONS_DESC/);
    const sorted = await csvOf(page);
    const predictions = sorted.map((row) => Number(row.predictions));
    expect(predictions).toEqual([...predictions].sort((a, b) => b - a));
    // The table shows the same order once the sorted page has arrived.
    await page
      .locator('[data-testid=index-table] tbody tr')
      .first()
      .filter({ hasText: sorted[0]?.name ?? '?' })
      .waitFor();
    await page.close();
  });

  it('entities: by type, cited how often and by whom, with its CSV', async () => {
    const page = await open('/entities', '[data-testid=index-table]');
    await page.getByLabel('Type').selectOption('WORK');
    await page.waitForURL(/type=WORK/);
    const { entities } = await api<{ entities: { totalCount: number } }>(
      '{ entities(filter: { types: [WORK] }, first: 0) { totalCount } }',
    );
    await page
      .getByTestId('index-count')
      .filter({ hasText: new RegExp(`^${entities.totalCount} `) })
      .waitFor();
    const rows = await csvOf(page);
    expect(rows).toHaveLength(entities.totalCount);
    expect(new Set(rows.map((row) => row.type))).toEqual(new Set(['WORK']));
    expect(rows.some((row) => /\(\d+\)/.test(row.citedBy ?? ''))).toBe(true);
    await page.close();
  });

  it('episodes: title, date, speakers, counts, times and media, with its CSV', async () => {
    const page = await open('/episodes', '[data-testid=index-table]');
    const rows = await csvOf(page);
    expect(rows).toHaveLength(await shownCount(page));
    const row = page.locator('[data-testid=index-table] tbody tr').first();
    await expect(row.textContent()).resolves.toContain(rows[0]?.title ?? '?');
    expect(rows[0]?.timedTurns).toMatch(/^\d+$/);
    expect(rows[0]?.hasMedia).toMatch(/^(true|false)$/);
    await page.close();
  });

  it('the predictions board links downloads, the calendar and the feed with its filters', async () => {
    const page = await open('/predictions?speaker=sholto&dated=yes', '[data-testid=board-count]');
    const href = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
    expect(href).toContain('speaker=sholto');
    expect(href).toContain('dated=true');
    const shown = Number(
      /^(\d+)/.exec((await page.getByTestId('board-count').textContent()) ?? '')?.[1],
    );
    expect(await csvOf(page)).toHaveLength(shown);
    const calendar = await page.getByRole('link', { name: 'Calendar (iCal)' }).getAttribute('href');
    expect(calendar).toMatch(/^\/calendar\/predictions\.ics\?speaker=sholto/);
    await page.close();
  });
});

describe('schema.org in the pages', () => {
  it('a resolved prediction carries a Claim and a ClaimReview with its rating and evidence', async () => {
    const page = await open(`/predictions/${RESOLVED}`, 'h1');
    const { data } = await jsonLdOf(page);
    const nodes = await expand(data);
    const claim = nodes.find((node) => (node['@type'] as string[]).includes(`${SCHEMA}Claim`));
    const review = nodes.find((node) =>
      (node['@type'] as string[]).includes(`${SCHEMA}ClaimReview`),
    );
    expect(claim?.[`${SCHEMA}author`]).toBeDefined();
    expect(claim?.[`${SCHEMA}appearance`]).toBeDefined();
    expect(review?.[`${SCHEMA}isBasedOn`]).toEqual([
      { '@id': 'https://example.org/agents-report' },
    ]);
    const rating = (
      review?.[`${SCHEMA}reviewRating`] as Record<string, { '@value': unknown }[]>[]
    )[0];
    expect(rating?.[`${SCHEMA}alternateName`]?.[0]?.['@value']).toBe('Partially correct');
    expect((review?.[`${SCHEMA}itemReviewed`] as { '@id': string }[])[0]?.['@id']).toBe(
      claim?.['@id'],
    );
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await page.close();
  });

  it('hostile text stays data: escaped in the script, the same after parsing, nothing run', async () => {
    const page = await open(`/predictions/${HOSTILE}`, 'h1');
    const { raw, data } = await jsonLdOf(page);
    expect(raw).not.toMatch(/[<>]/);
    expect(JSON.stringify(data)).toContain(JSON.stringify(HOSTILE_TEXT).slice(1, -1));
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    // Not resolved: a Claim alone, no review.
    expect(JSON.stringify(data)).not.toContain('ClaimReview');
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    await page.close();
  });

  it('a person carries a Person with sameAs links to their ids elsewhere', async () => {
    const page = await open('/people/jensen-huang', 'h1');
    const { data } = await jsonLdOf(page);
    const [person] = await expand(data);
    expect(person?.['@type']).toEqual([`${SCHEMA}Person`]);
    expect(person?.[`${SCHEMA}sameAs`]).toEqual([
      { '@id': 'https://www.wikidata.org/wiki/Q305177' },
    ]);
    await page.close();
  });
});
