/// <reference lib="dom" />
/**
 * The annotation workbench in headless Chromium (issue 15): a caption file imported with
 * `npm run transcript`, seeded with `npm run seed`, annotated with mouse and keyboard, accepted
 * by a second person, seen on the board and the person's page, exported with `npm run export`
 * and validated; hostile text rendered inert; the keyboard; the resolution queue; and the
 * README's screenshot.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { createApp, type App } from '../../src/server';
import { SHORTCUTS } from '../../web/src/views/annotate/shortcuts';
import { launchChromium, requireChromium } from '../support/chromium';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { testDatabase } from '../support/neo4j';
import {
  actionTable,
  type ActionRow,
  countSince,
  Driver,
  gql,
  guard,
  runScript,
  selectByKeyboardless,
  TOKEN_TABLE,
  TOKENS,
  yamlLinesOf,
} from '../support/workbench-browser';

const FIXTURE = path.join(PROJECT_ROOT, 'test', 'fixtures', 'workbench', 'grid-notes.vtt');
const GRID = '2025-06-10-grid-notes-storage';
// `npm run screenshots` points this at docs/screenshots; a plain test run leaves the docs alone.
const SCREENSHOT = path.join(
  process.env.WORKBENCH_SCREENSHOT_DIR ?? path.join(PROJECT_ROOT, 'test-results', 'screenshots'),
  'workbench-desktop.png',
);
const DESKTOP = { width: 1400, height: 900 };
const HOSTILE = '<img src=x onerror=alert(1)>';

let db: Database;
let app: App;
let base: string;
let api: string;
let browser: Browser;
const seen = { offHost: [] as string[], dialogs: [] as string[], errors: [] as string[] };

interface TurnRow {
  id: string;
  key: string;
  text: string;
}

async function turnsOf(episode: string): Promise<TurnRow[]> {
  const data = await gql<{ episode: { sections: { turns: TurnRow[] }[] } }>(
    api,
    null,
    'query ($id: ID!) { episode(id: $id) { sections { turns { id key text } } } }',
    { id: episode },
  );
  return data.episode.sections.flatMap((s) => s.turns);
}

/** The turn holding `words`, and where they stand in it. */
async function find(episode: string, words: string) {
  const turn = (await turnsOf(episode)).find((t) => t.text.includes(words));
  if (!turn) throw new Error(`no turn of ${episode} says "${words}"`);
  const start = turn.text.indexOf(words);
  return { turn, start, end: start + words.length };
}

/** A fresh browser context (one person), guarded: nothing may leave this machine. */
async function person(): Promise<{ context: BrowserContext; page: Page; d: Driver }> {
  const context = await browser.newContext({ viewport: DESKTOP });
  await guard(context, seen);
  const page = await context.newPage();
  return { context, page, d: new Driver(page) };
}

async function signIn(d: Driver, token: string, name: string): Promise<void> {
  await d.click(d.page.getByLabel('Token'));
  await d.type(token);
  await d.press('Enter');
  await d.page
    .getByTestId('sign-in')
    .filter({ hasText: `Signed in as ${name}` })
    .waitFor();
}

/** Presses n until a suggestion of this kind has the focus. */
async function nextGhost(d: Driver, kind: 'known_entity' | 'new_name' | 'forecast'): Promise<void> {
  const focused = d.page.locator('[data-suggestion].focused');
  for (let i = 0; i < 80; i += 1) {
    await d.press('n');
    await focused.waitFor();
    if ((await focused.getAttribute('class'))?.includes(`ghost-${kind}`)) return;
  }
  throw new Error(`no ${kind} suggestion in this section`);
}

/** The key of the claim the workbench just saved, from its message. */
async function savedKey(page: Page, kind: string): Promise<string> {
  const message = page
    .getByTestId('wb-message')
    .filter({ hasText: new RegExp(`Saved ${kind} \\S+ as a draft`) });
  await message.waitFor();
  const key = new RegExp(`Saved ${kind} (\\S+) as a draft`).exec(await message.innerText())?.[1];
  if (!key) throw new Error(`no ${kind} key in the message`);
  return key;
}

/**
 * Writes the table of actions to test-results/ and checks that docs/annotating.md shows the
 * same figures: the docs quote this run, so a change to the workbench that changes them fails
 * here until the docs say so.
 */
function reportActions(rows: ActionRow[]): void {
  const table = actionTable(rows);
  mkdirSync(path.join(PROJECT_ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(PROJECT_ROOT, 'test-results', 'workbench-actions.md'), `${table}\n`);
  const docs = readFileSync(path.join(PROJECT_ROOT, 'docs', 'annotating.md'), 'utf8');
  const shown = /<!-- workbench-actions:start -->\n([\s\S]*?)\n<!-- workbench-actions:end -->/.exec(
    docs,
  )?.[1];
  // Prettier pads the columns of tables in Markdown: compare cell by cell.
  const cells = (markdown: string | undefined) =>
    (markdown ?? '')
      .trim()
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim().replace(/-+/g, '-')));
  expect(cells(shown)).toEqual(cells(table));
}

/** Waits until the workbench's turns have drawn their annotations. */
async function loaded(page: Page, marks = 'mark[data-claim], [data-suggestion]'): Promise<void> {
  await page.locator(marks).first().waitFor({ timeout: 30_000 });
}

beforeAll(async () => {
  requireChromium();
  execFileSync(
    path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'),
    ['scripts/build-web.ts', '--if-stale'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  // Captions in, as a person would: the transcript CLI writes an episode folder, seed loads it
  // beside the bundled episode.
  const folder = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-workbench-'));
  runScript('src/ingest/cli/transcript.ts', [
    'import',
    FIXTURE,
    '--title',
    'Grid Notes: Storage',
    '--aired',
    '2025-06-10',
    '--out',
    folder,
    '--media',
    'https://media.example.org/grid-notes.mp3',
  ]);
  runScript('src/ingest/cli/seed.ts', [SEED_DIR, folder]);
  app = await createApp({ db, nodeEnv: 'test', tokens: TOKEN_TABLE });
  api = await app.listen(0, '127.0.0.1');
  base = api.replace(/\/graphql$/, '');
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.driver.close();
});

afterEach(() => {
  // Nothing left this machine, no script ran from annotation text, no page error.
  expect(seen).toEqual({ offHost: [], dialogs: [], errors: [] });
});

describe('the journey', () => {
  it('annotates an imported episode, has a second person accept it, shows it and exports it', async () => {
    const { context, page, d } = await person();
    await page.goto(`${base}/annotate/${GRID}`);
    await signIn(d, TOKENS.editor, 'ann');
    await loaded(page, '[data-suggestion]');
    // The times the captions gave, on every turn.
    await page.getByText('0:15–0:33').waitFor();

    // A claim: words selected with the mouse, the rest with the keyboard.
    const claim = await find(GRID, 'Storage is the cheapest way to add firm capacity today.');
    let from = { ...d.count };
    await d.selectWords(claim.turn.id, claim.start, claim.end);
    await page.getByTestId('wb-selection').waitFor();
    await d.press('c');
    await d.tabTo('cf-paraphrase');
    await d.type('Batteries are the cheapest source of firm capacity now.');
    await d.tabTo('cf-topics');
    await d.type('energy-storage');
    // A new entity, made from the about box: type, aliases and an external id.
    await d.tabTo('cf-about');
    await d.type('Grid-scale battery storage', 'search');
    await d.click(page.getByRole('option', { name: /Create a new entity/ }));
    await page.getByLabel('Type').selectOption('CONCEPT');
    d.count.clicks += 1;
    await d.click(page.getByLabel('Aliases (comma-separated)'));
    await d.type('grid batteries');
    await d.click(page.getByLabel(/External ids/));
    await d.type('homepage = https://example.org/grid-storage');
    await d.click(page.getByRole('button', { name: 'Create entity' }));
    await page
      .getByRole('list', { name: 'About' })
      .getByText('Grid-scale battery storage')
      .waitFor();
    await d.press('Control+Enter');
    const claimKey = await savedKey(page, 'assertion');
    const claimCount = countSince(d, from);
    // The turn redraws with the new draft; a person starts the next selection after that.
    await page
      .locator(`[data-turn-text="${claim.turn.id}"] mark[data-state=DRAFT]`)
      .first()
      .waitFor();
    from = { ...d.count };

    // A prediction: the server derives the due date and reads the hedge.
    const forecast = await find(
      GRID,
      'I think battery prices will fall below a hundred dollars per kilowatt-hour by the end of next year.',
    );
    await d.selectWords(forecast.turn.id, forecast.start, forecast.end);
    await page.getByTestId('wb-selection').filter({ hasText: 'by the end of next year' }).waitFor();
    await d.press('p');
    await d.tabTo('cf-paraphrase');
    await d.type('Battery pack prices fall below $100/kWh by the end of 2026.');
    await d.tabTo('cf-horizon');
    await d.type('by the end of next year');
    await page.getByTestId('due-date').filter({ hasText: 'Due 2026-12-31' }).waitFor();
    await page.getByTestId('confidence-reading').filter({ hasText: 'I think' }).waitFor();
    await d.tabTo('cf-criteria');
    await d.type(
      'CORRECT if a published 2026 battery price survey reports an average pack price below $100/kWh by 2026-12-31; INCORRECT if it reports $100/kWh or more.',
    );
    await d.tabTo('cf-source');
    await d.type('BloombergNEF annual battery price survey');
    expect(await page.getByTestId('criteria-prompts').locator('.unmet').count()).toBe(0);
    await d.tabTo('cf-relation');
    await d.type('cheapest', 'search');
    await page.getByRole('option', { name: /Storage is the cheapest/ }).waitFor();
    await d.press('Enter');
    await d.press('Control+Enter');
    const predictionKey = await savedKey(page, 'prediction');
    const predictionCount = countSince(d, from);
    expect(await page.locator('mark[data-state=DRAFT]').count()).toBeGreaterThanOrEqual(2);

    // A suggested name, linked with one key (n walks the ghosts to one).
    const focused = page.locator('[data-suggestion].focused');
    await nextGhost(d, 'known_entity');
    const suggested = await focused.innerText();
    from = { ...d.count };
    await d.press('a');
    await page
      .getByTestId('wb-message')
      .filter({ hasText: `Linked “${suggested}”` })
      .waitFor();
    const mentionCount = countSince(d, from);

    // The author is not offered a review of their own drafts.
    await d.click(page.getByTestId('drafts').getByRole('button').first());
    await page.getByTestId('review-bar').waitFor();
    expect(await page.getByRole('button', { name: /^Accept/ }).count()).toBe(0);

    const drafts = await gql<{
      claims: { edges: { node: { key: string; review: { state: string } } }[] };
    }>(
      api,
      TOKENS.editor,
      `query ($e: ID!) { claims(filter: { episodeId: $e }, includeDrafts: true) { edges { node { key review { state } } } } }`,
      { e: GRID },
    );
    const keys = drafts.claims.edges.map((e) => e.node.key);
    expect(drafts.claims.edges.map((e) => e.node.review.state)).toEqual(['DRAFT', 'DRAFT']);
    expect([...keys].sort()).toEqual([claimKey, predictionKey].sort());
    const publicNow = await gql<{ claims: { totalCount: number } }>(
      api,
      null,
      `query ($e: ID!) { claims(filter: { episodeId: $e }) { totalCount } }`,
      { e: GRID },
    );
    expect(publicNow.claims.totalCount).toBe(0);
    await context.close();

    // A second person, a reviewer, accepts both: one by key, one by button.
    const reviewer = await person();
    await reviewer.page.goto(`${base}/annotate/${GRID}`);
    await signIn(reviewer.d, TOKENS.reviewer, 'rev');
    const list = reviewer.page.getByTestId('drafts');
    await list.getByRole('button').first().waitFor();
    const reviewFrom = { ...reviewer.d.count };
    await reviewer.d.click(list.getByRole('button').first());
    await reviewer.page.getByRole('button', { name: /^Accept/ }).waitFor();
    await reviewer.d.press('a');
    await reviewer.page.getByTestId('review-state').filter({ hasText: 'Accepted' }).waitFor();
    await list.getByRole('button').nth(1).waitFor({ state: 'detached' });
    await reviewer.d.click(list.getByRole('button').first());
    await reviewer.d.click(reviewer.page.getByRole('button', { name: /^Accept/ }));
    await reviewer.page.getByTestId('review-state').filter({ hasText: 'Accepted' }).waitFor();
    await expect(list.getByRole('button').count()).resolves.toBe(0);
    const reviewCount = countSince(reviewer.d, reviewFrom);

    // Public now: the board and the speaker's page show them.
    const after = await gql<{
      claims: { edges: { node: { key: string; speaker: { key: string } } }[] };
    }>(
      api,
      null,
      `query ($e: ID!) { claims(filter: { episodeId: $e }) { edges { node { key speaker { key } } } } }`,
      {
        e: GRID,
      },
    );
    expect(after.claims.edges.map((e) => e.node.key).sort()).toEqual([...keys].sort());
    const speaker = after.claims.edges[0]?.node.speaker.key ?? '';
    const board = reviewer.page;
    await board.goto(`${base}/predictions?speaker=${encodeURIComponent(speaker)}`);
    await board
      .getByTestId('board')
      .getByText(/battery prices will fall below/)
      .waitFor();
    await board.goto(`${base}/people/${encodeURIComponent(speaker)}`);
    await board
      .getByText(/Storage is the cheapest way to add firm capacity today/)
      .first()
      .waitFor();
    await reviewer.context.close();

    // Back out to the corpus files, which validate.
    const out = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-export-'));
    runScript('src/ingest/cli/export.ts', ['--episode', GRID, '--out', out]);
    const report = runScript('src/ingest/cli/validate.ts', [path.join(out, GRID)]);
    expect(report).toMatch(/claims=2 predictions=1/);
    const claims = readFileSync(path.join(out, GRID, 'claims.yaml'), 'utf8');
    expect(claims).toContain('Batteries are the cheapest source of firm capacity now.');
    expect(claims).toContain('by the end of next year');
    const entities = readFileSync(path.join(out, GRID, 'entities.yaml'), 'utf8');
    expect(entities).toContain('Grid-scale battery storage');
    const mentionLines = entities.split('\n').filter((line) => line.includes(`form: ${suggested}`));
    expect(mentionLines).toHaveLength(1);

    // What it took, against the YAML the same annotations make (issue 15, section 8).
    const entityKey = /^\s*- id: (\S*grid-scale-battery-storage\S*)\s*$/m.exec(entities)?.[1] ?? '';
    reportActions([
      {
        task: 'a claim, creating the entity it is about on the way',
        count: claimCount,
        yamlLines: yamlLinesOf(claims, claimKey) + yamlLinesOf(entities, entityKey),
      },
      {
        task: 'a prediction with horizon, criteria and a relation to the claim',
        count: predictionCount,
        yamlLines: yamlLinesOf(claims, predictionKey),
      },
      {
        task: 'a suggested name linked as a mention (`a` on a ghost)',
        count: mentionCount,
        yamlLines: mentionLines.length,
      },
      { task: 'review: a second person accepts both drafts', count: reviewCount, yamlLines: null },
    ]);
  }, 300_000);
});

describe('safety', () => {
  it('renders hostile annotation text and a javascript: media URL inert, in the workbench and the queue', async () => {
    const forecast = await find(GRID, 'That would change the economics of every data centre.');
    const made = await gql<{ createClaim: { id: string; key: string } }>(
      api,
      TOKENS.editor,
      `mutation ($input: CreateClaimInput!) { createClaim(input: $input) { id key } }`,
      {
        input: {
          turn: forecast.turn.id,
          quote: 'That would change the economics of every data centre.',
          kind: 'PREDICTION',
          paraphrase: HOSTILE,
          prediction: {
            horizon: 'by the end of the year',
            resolutionCriteria: `CORRECT if ${HOSTILE} javascript:alert(2) by 2025-12-31; INCORRECT if not.`,
            resolutionSource: `${HOSTILE} javascript:alert(4)`,
          },
        },
      },
    );
    await gql(
      api,
      TOKENS.reviewer,
      `mutation ($id: ID!) { reviewClaim(id: $id, verdict: ACCEPT) { id } }`,
      {
        id: made.createClaim.id,
      },
    );
    // A URL no import would take, planted in the graph as a broken or hostile writer might.
    await db.write(`MATCH (e:Episode {id: $id}) SET e.mediaUrl = 'javascript:alert(3)'`, {
      id: GRID,
    });

    const { context, page, d } = await person();
    await page.goto(`${base}/annotate/${GRID}`);
    await signIn(d, TOKENS.editor, 'ann');
    await loaded(page);
    await d.click(page.locator(`mark[data-claim="${made.createClaim.id}"]`).first());
    await page.getByTestId('paraphrase').filter({ hasText: HOSTILE }).waitFor();
    await page.getByText('0:33–0:38').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.locator('.turn-time[href]').count()).toBe(0);

    await page.goto(`${base}/annotate/queue`);
    // The queue lists predictions: the same statement under its Prediction id.
    const item = page
      .getByTestId('queue-item')
      .filter({ has: page.getByTestId('queue-paraphrase').filter({ hasText: HOSTILE }) });
    await item.waitFor();
    await item.getByTestId('queue-criteria').filter({ hasText: 'javascript:alert(2)' }).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await context.close();
  }, 120_000);
});

describe('keyboard', () => {
  it('lists every shortcut on ?, and makes a claim without the mouse once words are selected', async () => {
    const { context, page, d } = await person();
    await page.goto(`${base}/annotate/${EPISODE_ID}`);
    await page.getByLabel('Token').fill(TOKENS.editor);
    await page.getByLabel('Token').press('Enter');
    await loaded(page);
    await page.locator('main').focus();
    await d.press('?');
    const help = page.getByTestId('shortcut-help');
    await help.waitFor();
    for (const shortcut of SHORTCUTS)
      await help.getByText(shortcut.label, { exact: true }).waitFor();
    await d.press('Escape');
    await help.waitFor({ state: 'hidden' });

    const words = 'Happy to be here.';
    const { turn, start, end } = await find(EPISODE_ID, words);
    await selectByKeyboardless(page, turn.id, start, end);
    await page.getByTestId('wb-selection').filter({ hasText: words }).waitFor();
    const before = d.count.clicks;
    await d.press('c');
    await d.press('ArrowDown', 2); // Assertion → Explanation → Opinion
    await d.press('Tab');
    await d.type('Sholto is glad to be back on the show.');
    await d.tabTo('cf-about');
    await d.type('Dwarkesh Pod', 'search');
    await page.getByRole('option', { name: /^Dwarkesh Podcast/ }).waitFor();
    await d.press('Enter');
    await d.press('Control+Enter');
    await page
      .getByTestId('wb-message')
      .filter({ hasText: /Saved opinion/ })
      .waitFor();
    expect(d.count.clicks).toBe(before);

    const mine = await gql<{
      turn: { claims: { kind: string; quote: string; about: { key: string }[] }[] };
    }>(
      api,
      TOKENS.editor,
      `query ($id: ID!) { turn(id: $id) { claims(includeDrafts: true) { kind quote about { key } } } }`,
      { id: turn.id },
    );
    expect(mine.turn.claims).toContainEqual({
      kind: 'OPINION',
      quote: words,
      about: [{ key: 'dwarkesh-podcast' }],
    });
    await context.close();
  }, 120_000);
});

describe('the resolution queue', () => {
  it('lists open predictions past their deadline, oldest first, and resolves one', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const due = await gql<{
      predictions: { edges: { node: { id: string; resolutionCriteria: string } }[] };
    }>(
      api,
      null,
      `query ($d: Date!) { predictions(filter: { statuses: [OPEN], dated: true, dueBefore: $d }, orderBy: DEADLINE_ASC, first: 100) {
          edges { node { id resolutionCriteria } } } }`,
      { d: yesterday },
    );
    const bundled = await gql<{ predictions: { totalCount: number } }>(
      api,
      null,
      `query ($d: Date!, $e: ID!) { predictions(filter: { statuses: [OPEN], dated: true, dueBefore: $d, episodeId: $e }) { totalCount } }`,
      { d: yesterday, e: EPISODE_ID },
    );
    // Today the bundled episode's dated predictions are all past due.
    expect(bundled.predictions.totalCount).toBeGreaterThanOrEqual(2);
    const { context, page, d } = await person();
    await page.goto(`${base}/annotate/queue`);
    await signIn(d, TOKENS.editor, 'ann');
    const items = page.getByTestId('queue-item');
    await items.first().waitFor();
    const shown = await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-id')));
    expect(shown).toEqual(due.predictions.edges.map((e) => e.node.id));
    const first = items.first();
    await first
      .getByTestId('queue-criteria')
      .filter({ hasText: due.predictions.edges[0]?.node.resolutionCriteria ?? '' })
      .waitFor();

    await first.getByLabel('Outcome').selectOption('UNRESOLVABLE');
    await first.getByLabel('Evidence URL').fill('https://example.org/evidence');
    await first.getByRole('button', { name: 'Record resolution' }).click();
    await page
      .getByTestId('queue-count')
      .filter({ hasText: `${shown.length - 1} overdue` })
      .waitFor();
    const status = await gql<{ prediction: { status: string } }>(
      api,
      null,
      'query ($id: ID!) { prediction(id: $id) { status } }',
      {
        id: shown[0],
      },
    );
    expect(status.prediction.status).toBe('UNRESOLVABLE');
    await context.close();
  }, 120_000);
});

describe('the docs screenshot', () => {
  // After the journey (npm run screenshots runs both), the episode shows accepted claims too.
  it('shows an imported episode with times, annotations and suggestions, and a prediction form', async () => {
    const { context, page, d } = await person();
    await page.goto(`${base}/annotate/${GRID}`);
    await signIn(d, TOKENS.editor, 'ann');
    await loaded(page, '[data-suggestion]');
    const words =
      'I expect that within five years most new data centres will be built with storage on site.';
    const forecast = await find(GRID, words);
    await d.selectWords(forecast.turn.id, forecast.start, forecast.end);
    await page.getByTestId('wb-selection').filter({ hasText: 'within five years' }).waitFor();
    await d.press('p');
    await d.tabTo('cf-paraphrase');
    await d.type('Most new data centres are built with on-site storage by mid-2030.');
    await d.tabTo('cf-horizon');
    await d.type('within five years');
    await page.getByTestId('due-date').filter({ hasText: '2030' }).waitFor();
    await page.getByTestId('confidence-reading').filter({ hasText: '→' }).waitFor();
    // The transcript's top at the window's: the turns with their times, and the form down to
    // the derived due date and the confidence reading.
    await page.getByTestId('workbench-transcript').evaluate((e) => e.scrollIntoView());
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(40_000);
    await context.close();
  }, 120_000);
});
