/**
 * claimChanged over graphql-ws: anonymous subscribers hear of claims that are or were public;
 * an editor whose connection carries a bearer token hears of drafts too with includeDrafts.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { claimListenerCount } from '../../src/live/claim-events';
import { EPISODE_ID, SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';
import { caller, data, workbenchTokens, type Call } from '../support/workbench';

const { tokens, bearer } = workbenchTokens();
const T012 = `${EPISODE_ID}#t012`;
const SUBSCRIBE = `subscription ($drafts: Boolean) {
  claimChanged(episode: "${EPISODE_ID}", includeDrafts: $drafts) { key action state claim { key review { state } } }
}`;

interface Event {
  key: string;
  action: string;
  state: string;
  claim: { key: string; review: { state: string } } | null;
}

let db: Database;
let running: RunningApp;
let call: Call;
const clients: Client[] = [];

function client(authorization?: string): Client {
  const made = createClient({
    url: running.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    ...(authorization ? { connectionParams: { authorization } } : {}),
  });
  clients.push(made);
  return made;
}

/** Every event (or error) of one subscription, as they arrive. */
function listen(
  on: Client,
  drafts: boolean,
): { events: Event[]; errors: unknown[]; stop: () => void } {
  const events: Event[] = [];
  const errors: unknown[] = [];
  const stop = on.subscribe<{ claimChanged: Event }>(
    { query: SUBSCRIBE, variables: { drafts } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push(result.data.claimChanged);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { events, errors, stop };
}

/** Waits for a condition; the bound is generous because the test machine may be loaded. */
async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in 60 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  running = await startApp(db, 'test', { tokens });
  call = caller(running.url, bearer);
});

afterAll(async () => {
  for (const made of clients) await made.dispose();
  await running.app.close();
  await db.driver.close();
});

it('tells the public of a claim once it is accepted, and editors of its draft too', async () => {
  const before = claimListenerCount();
  const publicFeed = listen(client(), false);
  const editorFeed = listen(client(`Bearer ${bearer.ed ?? ''}`), true);
  const refused = listen(client(), true);
  await waitFor(() => claimListenerCount() === before + 2 && refused.errors.length > 0);
  expect(JSON.stringify(refused.errors)).toContain('UNAUTHENTICATED');

  const created = data(
    await call<{ createClaim: { key: string } }>(
      'mutation { createClaim(input: { turn: "' +
        T012 +
        '", quote: "painful to watch", kind: OPINION }) { key } }',
      {},
      'ed',
    ),
  ).createClaim;
  await waitFor(() => editorFeed.events.length === 1);
  expect(editorFeed.events[0]).toEqual({
    key: created.key,
    action: 'CREATE',
    state: 'DRAFT',
    claim: { key: created.key, review: { state: 'DRAFT' } },
  });

  data(
    await call(
      `mutation { reviewClaim(id: "${created.key}", verdict: ACCEPT) { key } }`,
      {},
      'rev1',
    ),
  );
  await waitFor(() => publicFeed.events.length === 1 && editorFeed.events.length === 2);
  // The public heard nothing of the draft, only of its acceptance.
  expect(publicFeed.events).toEqual([
    {
      key: created.key,
      action: 'ACCEPT',
      state: 'ACCEPTED',
      claim: { key: created.key, review: { state: 'ACCEPTED' } },
    },
  ]);

  data(
    await call(`mutation { retractClaim(id: "${created.key}", reason: "test") { key } }`, {}, 'ed'),
  );
  await waitFor(() => publicFeed.events.length === 2);
  // It has left public reads: the public hears that it went, without its content.
  expect(publicFeed.events[1]).toEqual({
    key: created.key,
    action: 'RETRACT',
    state: 'ACCEPTED',
    claim: null,
  });

  publicFeed.stop();
  editorFeed.stop();
  await waitFor(() => claimListenerCount() === before);
}, 180_000);

// Writes over the socket pass the same guard as over HTTP (docs/security.md): a token is needed.
it('refuses writes over the socket without a token', async () => {
  const errors = await new Promise<string>((resolve) => {
    client(undefined).subscribe(
      { query: 'mutation { retractClaim(id: "x", reason: "y") { key } }' },
      {
        next: (result) => resolve(JSON.stringify(result.errors)),
        error: (error) => resolve(JSON.stringify(error)),
        complete: () => undefined,
      },
    );
  });
  expect(errors).toContain('UNAUTHENTICATED');
});
