import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { predictionListenerCount } from '../../src/live/prediction-events';
import { postGraphQL } from '../support/http';
import { seededApp } from '../support/seeded-app';

let url: string;
let client: Client;

// Declared before the fixture, so it runs before the fixture's afterAll closes the server.
afterAll(async () => {
  await client?.dispose();
});

const api = seededApp();

beforeAll(() => {
  url = api.url;
  client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
});

interface Change {
  predictionChanged: { id: string; status: string; resolutions: { action: string }[] };
}

/** Collects events of one subscription until `count` arrived or the time is up. */
function collect(query: string, count: number): { events: Promise<Change[]>; stop: () => void } {
  const seen: Change[] = [];
  let stop = () => undefined as void;
  let timer: NodeJS.Timeout | undefined;
  const events = new Promise<Change[]>((resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`only ${seen.length} of ${count} events`)), 15_000);
    stop = client.subscribe<Change>(
      { query },
      {
        next: ({ data, errors }) => {
          if (errors) reject(new Error(JSON.stringify(errors)));
          if (data) seen.push(data);
          if (seen.length === count) {
            clearTimeout(timer);
            resolve(seen);
          }
        },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => undefined,
      },
    );
  });
  return {
    events,
    stop: () => {
      clearTimeout(timer);
      stop();
    },
  };
}

async function openPredictions(): Promise<string[]> {
  const { body } = await postGraphQL<{ predictions: { edges: { node: { id: string } }[] } }>(
    url,
    '{ predictions(filter: { statuses: [OPEN] }, first: 2) { edges { node { id } } } }',
  );
  return (body.data?.predictions.edges ?? []).map((e) => e.node.id);
}

async function waitFor(test: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !test(); i += 1) await new Promise((r) => setTimeout(r, 50));
}

const SELECTION = '{ id status resolutions { action } }';

describe('predictionChanged over graphql-ws on the API port', () => {
  afterEach(() => api.restore());

  it('tells subscribers of a resolution and a reopening, each read afresh', async () => {
    const [id, other] = await openPredictions();
    if (!id || !other) throw new Error('the bundled episode has fewer than two open predictions');
    const before = predictionListenerCount();
    const all = collect(`subscription { predictionChanged ${SELECTION} }`, 3);
    const one = collect(`subscription { predictionChanged(id: "${id}") ${SELECTION} }`, 2);
    await waitFor(() => predictionListenerCount() === before + 2);
    expect(predictionListenerCount()).toBe(before + 2);

    const editor = api.editor.headers;
    const resolve = (target: string) =>
      postGraphQL(
        url,
        `mutation ($id: ID!) { resolvePrediction(id: $id, status: CORRECT,
            evidence: { url: "https://example.org/e" }) { id } }`,
        { id: target },
        editor,
      );
    expect((await resolve(id)).body.errors).toBeUndefined();
    expect((await resolve(other)).body.errors).toBeUndefined();
    const reopened = await postGraphQL(
      url,
      'mutation ($id: ID!) { reopenPrediction(id: $id, note: "test: back to open") { id } }',
      { id },
      editor,
    );
    expect(reopened.body.errors).toBeUndefined();

    const everything = await all.events;
    expect(everything.map((e) => [e.predictionChanged.id, e.predictionChanged.status])).toEqual([
      [id, 'CORRECT'],
      [other, 'CORRECT'],
      [id, 'OPEN'],
    ]);
    // The third event was read after the reopening, not from the first event's cache.
    expect(everything[2]?.predictionChanged.resolutions.map((r) => r.action)).toEqual([
      'RESOLVE',
      'REOPEN',
    ]);
    const mine = await one.events;
    expect(mine.map((e) => e.predictionChanged.status)).toEqual(['CORRECT', 'OPEN']);

    all.stop();
    one.stop();
    await waitFor(() => predictionListenerCount() === before);
    expect(predictionListenerCount()).toBe(before);
  }, 60_000);

  it('applies the same limits as HTTP and refuses mutations over the socket', async () => {
    const deep = `subscription { predictionChanged { claim { turn { section { episode { sections {
      turns { claims { turn { section { episode { sections { title } } } } } } } } } } } } }`;
    const errors = await new Promise<unknown[]>((resolve) => {
      client.subscribe(
        { query: deep },
        {
          next: () => undefined,
          error: (error) => resolve(Array.isArray(error) ? error : [error]),
          complete: () => resolve([]),
        },
      );
    });
    expect(JSON.stringify(errors)).toMatch(/depth/i);

    const mutation = await new Promise<string>((resolve) => {
      client.subscribe(
        { query: 'mutation { reopenPrediction(id: "x", note: "n") { id } }' },
        {
          next: (result) => resolve(JSON.stringify(result.errors)),
          error: (error) => resolve(JSON.stringify(error)),
          complete: () => undefined,
        },
      );
    });
    expect(mutation).toContain('UNAUTHENTICATED');
  }, 30_000);
});
