/**
 * One set of limits for every transport (issue 20, item 1): each limit HTTP enforces, driven
 * through a real graphql-ws client (createClient over ws) against the real server and Neo4j,
 * with the answer compared to HTTP's: the same code and the same words. Then who the socket
 * is (connectionParams.authorization), which pages may open it (Origin), and its budgets.
 */
import http from 'node:http';

import { hashToken } from '../../src/auth';
import type { Database } from '../../src/db/database';
import type { SupervisorStatus } from '../../src/db/neo4j-supervisor';
import { applySchema } from '../../src/db/schema';
import { DEFAULT_RATE } from '../../src/guard/operation-guard';
import { importFiles } from '../../src/ingest/import-corpus';
import { predictionListenerCount } from '../../src/live/prediction-events';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';
import { overSocket, type SocketAnswer } from '../support/socket';

const EDITOR = 'live-limits-editor-token-0123456789';
const READER = 'live-limits-reader-token-0123456789';
const TOKENS = [
  { name: 'ws-editor', role: 'editor' as const, hash: hashToken(EDITOR) },
  { name: 'ws-reader', role: 'reader' as const, hash: hashToken(READER) },
];
const DASHBOARD_ORIGIN = 'http://localhost:3000';

const aliased = (count: number, field: string): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i + 1}: ${field}`).join(' ')} }`;
/** Depth `depth` (even), walking entity relations from Anthropic. */
const deepQuery = (depth: number): string => {
  const pairs = (depth - 2) / 2;
  return `{ entity(name: "Anthropic") { ${'relations { entity { '.repeat(pairs)}name${' } }'.repeat(pairs)} } }`;
};
const directives = (count: number): string =>
  `{ health { ${Array.from({ length: count }, () => 'ok @include(if: true)').join(' ')} } }`;
const FAN_OUT = `query ($n: Int) { entities(first: $n) { edges { node {
  claims(first: $n) { edges { node { about(first: $n) { name description } } } } } } } }`;
/** 130,403 points: each event would read 100 × 100 predictions' entities. */
const COSTLY_SUBSCRIPTION = `subscription { predictionChanged { speaker { predictions(first: 100) {
  edges { node { speaker { predictions(first: 100) { edges { node { about(first: 100) { name }
  } } } } } } } } } }`;
const SMALL_SUBSCRIPTION = 'subscription { predictionChanged { id status } }';

interface Refusal {
  code: unknown;
  message: string;
}

function refusals(errors: { message: string; extensions?: Record<string, unknown> }[] = []) {
  return errors.map((error): Refusal => ({ code: error.extensions?.code, message: error.message }));
}

/** The errors of a socket answer, wherever they came (an error message or a result's errors). */
function socketRefusals(answer: SocketAnswer): Refusal[] {
  return [...refusals(answer.errors), ...answer.results.flatMap((r) => refusals(r.errors))];
}

/** The status of a bare WebSocket handshake with this Origin: 101 when upgraded. */
function handshakeStatus(url: string, origin: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, {
      headers: {
        connection: 'Upgrade',
        upgrade: 'websocket',
        origin,
        'sec-websocket-version': '13',
        'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'sec-websocket-protocol': 'graphql-transport-ws',
      },
    });
    request.on('upgrade', (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

async function waitFor(test: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !test(); i += 1) await new Promise((r) => setTimeout(r, 50));
}

let db: Database;
let running: RunningApp;
let production: RunningApp;
const extra: RunningApp[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
  running = await startApp(db, 'test', { tokens: TOKENS, corsOrigins: [DASHBOARD_ORIGIN] });
  production = await startApp(db, 'production', { tokens: TOKENS });
}, 300_000);

afterAll(async () => {
  for (const app of [running, production, ...extra]) await app?.app.close();
  await db?.driver.close();
});

describe('each limit over graphql-ws, with the code and words HTTP uses', () => {
  it.each([
    ['tokens: 1000 aliases', aliased(1000, '__typename'), {}, 'GRAPHQL_PARSE_FAILED'],
    ['depth 20', deepQuery(20), {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['16 aliases of a list', aliased(16, 'episodes { id }'), {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['101 __typename aliases', aliased(101, '__typename'), {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['51 directives', directives(51), {}, 'GRAPHQL_VALIDATION_FAILED'],
    ['cost 230,301', FAN_OUT, { n: 100 }, 'QUERY_TOO_COSTLY'],
    ['cost with $n absent', FAN_OUT, {}, 'QUERY_TOO_COSTLY'],
  ])('%s', async (_name, query, variables, code) => {
    const http = await postGraphQL(running.url, query, variables);
    const socket = await overSocket(running.url, query, variables);
    expect(http.status).toBe(400);
    expect(refusals(http.body.errors).map((r) => r.code)).toEqual([code]);
    expect(socket.results).toEqual([]);
    expect(socketRefusals(socket)).toEqual(refusals(http.body.errors));
  });

  it('refuses a costly subscription before it subscribes', async () => {
    const before = predictionListenerCount();
    const socket = await overSocket(running.url, COSTLY_SUBSCRIPTION);
    expect(socketRefusals(socket)).toEqual([
      {
        code: 'QUERY_TOO_COSTLY',
        message: expect.stringMatching(
          /^Query cost 130,403 exceeds the maximum of 20,000\./,
        ) as string,
      },
    ]);
    expect(predictionListenerCount()).toBe(before);
  });

  it('serves what passes, as HTTP does, with the same cost report', async () => {
    const query = `{ claims(first: 2) { edges { node { speaker { name } turn { section {
      episode { title } } } } } } a: episodes { id } b: episodes { title } }`;
    const http = await postGraphQL(running.url, query);
    const socket = await overSocket(running.url, query);
    expect(http.body.errors).toBeUndefined();
    expect(socket.errors).toEqual([]);
    expect(socket.results).toHaveLength(1);
    expect(socket.results[0]?.data).toEqual(http.body.data);
    expect(socket.results[0]?.extensions?.cost?.requested).toBe(
      http.body.extensions?.cost?.requested,
    );
    expect(socket.results[0]?.extensions?.cost?.remaining).toEqual(expect.any(Number));
  });

  it('refuses introspection in production, and gives misspelt fields no hints', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ predictons { totalCount } }']) {
      const http = await postGraphQL(production.url, query);
      const socket = await overSocket(production.url, query);
      expect(http.status).toBe(400);
      expect(socketRefusals(socket)).toEqual(refusals(http.body.errors));
      expect(JSON.stringify(socket)).not.toMatch(/did you mean/i);
    }
    const socket = await overSocket(production.url, '{ __type(name: "Query") { name } }');
    expect(socketRefusals(socket).map((r) => r.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('answers DATABASE_UNAVAILABLE at once while the own Neo4j restarts (the gate)', async () => {
    const restarting: SupervisorStatus = {
      state: 'restarting',
      pid: null,
      restarts: 1,
      lastExit: 'test',
      nextAttemptAt: null,
    };
    const gated = await startApp(db, 'test', { localNeo4j: () => restarting });
    extra.push(gated);
    const query = '{ predictions(first: 5) { totalCount } }';
    const response = await fetch(gated.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    const http = (await response.json()) as { errors: { message: string }[] };
    const socket = await overSocket(gated.url, query);
    expect(socketRefusals(socket)).toEqual([
      { code: 'DATABASE_UNAVAILABLE', message: 'The database is restarting; try again shortly.' },
    ]);
    expect(socketRefusals(socket).map((r) => r.message)).toEqual(http.errors.map((e) => e.message));
    const subscription = await overSocket(gated.url, SMALL_SUBSCRIPTION);
    expect(socketRefusals(subscription).map((r) => r.code)).toEqual(['DATABASE_UNAVAILABLE']);
  });
});

describe('who sent it: connectionParams.authorization', () => {
  const PREDICTION = 'c1-pred-day-of-junior-engineer-work';
  const REOPEN = `mutation ($id: ID!) { reopenPrediction(id: $id, note: "over the socket") { id status } }`;
  const RESOLVE = `mutation ($id: ID!) { resolvePrediction(id: $id, status: INCORRECT,
    evidence: { url: "https://example.org/ws" }) { id status } }`;

  async function status(): Promise<string | undefined> {
    const [row] = await db.read<{ status: string }>(
      'MATCH (p:Prediction {id: $id}) RETURN p.status AS status',
      { id: PREDICTION },
    );
    return row?.status;
  }

  it('refuses mutations without a token, with an unknown one, and with a reader token', async () => {
    const before = await status();
    const cases: [unknown, string, string][] = [
      [undefined, 'UNAUTHENTICATED', 'an editor or reviewer token is needed'],
      ['Bearer made-up-token', 'UNAUTHENTICATED', 'the bearer token is not valid'],
      [
        `Bearer ${READER}`,
        'FORBIDDEN',
        'ws-reader has the reader role; an editor or reviewer token is needed',
      ],
    ];
    for (const [authorization, code, message] of cases) {
      const socket = await overSocket(running.url, RESOLVE, { id: PREDICTION }, { authorization });
      const http = await postGraphQL(
        running.url,
        RESOLVE,
        { id: PREDICTION },
        typeof authorization === 'string' ? { authorization } : {},
      );
      expect(socketRefusals(socket)).toEqual([{ code, message }]);
      expect(refusals(http.body.errors)).toEqual([{ code, message }]);
    }
    expect(await status()).toBe(before);
  });

  it("runs an editor's mutations, from connectionParams or the handshake's Authorization header", async () => {
    const resolved = await overSocket(
      running.url,
      RESOLVE,
      { id: PREDICTION },
      {
        authorization: `Bearer ${EDITOR}`,
      },
    );
    expect(resolved.errors).toEqual([]);
    expect(resolved.results[0]?.data).toEqual({
      resolvePrediction: { id: expect.any(String) as string, status: 'INCORRECT' },
    });
    expect(resolved.results[0]?.extensions?.cost?.writes).toEqual({
      requested: 1,
      remaining: DEFAULT_RATE.writes.points - 1,
    });
    expect(await status()).toBe('INCORRECT');
    const reopened = await overSocket(
      running.url,
      REOPEN,
      { id: PREDICTION },
      {
        headers: { authorization: `Bearer ${EDITOR}` },
      },
    );
    expect(reopened.results[0]?.data).toEqual({
      reopenPrediction: { id: expect.any(String) as string, status: 'OPEN' },
    });
    expect(await status()).toBe('OPEN');
  });

  it('closes a connection whose authorization is not a string (4403)', async () => {
    const socket = await overSocket(
      running.url,
      '{ health { ok } }',
      {},
      {
        authorization: { token: EDITOR },
      },
    );
    expect(socket.results).toEqual([]);
    expect(socket.closed).toMatch(/4403/);
  });
});

describe('which pages may open the socket: Origin', () => {
  const ask = (origin: string | undefined) =>
    overSocket(
      running.url,
      '{ health { ok } }',
      {},
      {
        headers: origin === undefined ? {} : { origin },
      },
    );

  it("lets in the service's own pages, CORS_ORIGINS, and programs that send no Origin", async () => {
    for (const origin of [running.base, DASHBOARD_ORIGIN, undefined]) {
      const socket = await ask(origin);
      expect({ origin, data: socket.results[0]?.data }).toEqual({
        origin,
        data: { health: { ok: true } },
      });
    }
  });

  it('refuses the handshake from any other origin with 403', async () => {
    for (const origin of ['http://evil.example', 'http://localhost:3001', 'null']) {
      const socket = await ask(origin);
      expect({ origin, results: socket.results }).toEqual({ origin, results: [] });
      expect(socket.closed).toMatch(/403|1006/);
    }
    // The refusal is the handshake's own: an HTTP 403, no upgrade.
    expect(await handshakeStatus(running.url, 'http://evil.example')).toBe(403);
    expect(await handshakeStatus(running.url, DASHBOARD_ORIGIN)).toBe(101);
  });
});

describe('budgets over the socket', () => {
  let now = 0;
  let metered: RunningApp;
  beforeAll(async () => {
    metered = await startApp(db, 'test', {
      tokens: TOKENS,
      rateClock: () => now,
      rate: {
        budget: { points: 40_000, refillPerSecond: 1_000 },
        writes: { points: 1, refillPerSecond: 1 },
      },
    });
    extra.push(metered);
  });

  it('refuses a query the bucket cannot pay with RATE_LIMITED and retryAfter; served after waiting', async () => {
    now = 1_000_000;
    const answers: SocketAnswer[] = [];
    for (let i = 0; i < 4; i += 1) answers.push(await overSocket(metered.url, FAN_OUT, { n: 27 }));
    const served = answers.filter((answer) => answer.results.length === 1);
    const refused = answers.flatMap(socketRefusals);
    const cost = served[0]?.results[0]?.extensions?.cost?.requested ?? 0;
    expect(cost).toBeGreaterThan(10_000);
    expect(served).toHaveLength(Math.floor(40_000 / cost));
    expect(refused.map((r) => r.code)).toEqual(
      Array.from({ length: 4 - served.length }, () => 'RATE_LIMITED'),
    );
    const error = answers.find((answer) => answer.errors.length > 0)?.errors[0];
    const left = 40_000 - served.length * cost;
    const wait = Math.ceil((cost - left) / 1_000);
    expect(error?.extensions).toEqual({
      code: 'RATE_LIMITED',
      cost,
      remaining: left,
      retryAfter: wait,
    });
    now += wait * 1000;
    const again = await overSocket(metered.url, FAN_OUT, { n: 27 });
    expect(again.results[0]?.extensions?.cost?.remaining).toBe(left + wait * 1_000 - cost);
  });

  it('charges every event of a subscription, ending it with RATE_LIMITED when the bucket is empty', async () => {
    // The clock stands still: the subscriber's 5,000 points pay for subscribing and two events.
    const small = await startApp(db, 'test', {
      tokens: TOKENS,
      rateClock: () => 0,
      rate: { ...DEFAULT_RATE, budget: { points: 5_000, refillPerSecond: 1_000 } },
    });
    extra.push(small);
    const before = predictionListenerCount();
    const subscription = `subscription ($n: Int) { predictionChanged { id status speaker {
      predictions(first: $n) { edges { node { id quote about(first: 10) { name } } } } } } }`;
    const answer = overSocket(
      small.url,
      subscription,
      { n: 100 },
      { results: 5, timeoutMs: 60_000 },
    );
    await waitFor(() => predictionListenerCount() === before + 1);
    expect(predictionListenerCount()).toBe(before + 1);
    const editor = { authorization: `Bearer ${EDITOR}` };
    const id = 'c1-pred-conclusive-agent-evidence-by-end-of-2025';
    for (let i = 0; i < 3; i += 1) {
      const change = await postGraphQL(
        small.url,
        `mutation ($id: ID!, $note: String) { resolvePrediction(id: $id, status: CORRECT,
          evidence: { url: "https://example.org/e", note: $note }) { id } }`,
        { id, note: `event ${i}` },
        editor,
      );
      expect(change.body.errors).toBeUndefined();
    }
    const result = await answer;
    const cost = 1_505;
    expect(
      result.results.map((r) => r.errors?.[0]?.extensions?.code ?? r.extensions?.cost?.remaining),
    ).toEqual([5_000 - 2 * cost, 5_000 - 3 * cost, 'RATE_LIMITED']);
    expect(result.results[0]?.extensions?.cost?.requested).toBe(cost);
    expect(result.results[2]?.errors?.[0]?.message).toBe(
      `Rate limited: this operation costs 1,505 points and ${5_000 - 3 * cost} of 5,000 remain (1,000 restored a second); retry in 2 s.`,
    );
    // The subscription ended there: its listener is gone.
    await waitFor(() => predictionListenerCount() === before);
    expect(predictionListenerCount()).toBe(before);
  }, 120_000);

  it("counts a token's writes over the socket too", async () => {
    now = 9_000_000;
    const mutation = `mutation { reopenPrediction(id: "c1-pred-day-of-junior-engineer-work", note: "budget") { id } }`;
    const first = await overSocket(
      metered.url,
      mutation,
      {},
      { authorization: `Bearer ${EDITOR}` },
    );
    expect(first.errors).toEqual([]);
    const second = await overSocket(
      metered.url,
      mutation,
      {},
      {
        authorization: `Bearer ${EDITOR}`,
      },
    );
    expect(socketRefusals(second).map((r) => r.code)).toEqual(['RATE_LIMITED']);
  });
});
