/**
 * The cost budget per client and the write budget per token (issue 20, item 2) over HTTP,
 * against the real server and Neo4j. Time is the budgets' injected clock, moved by hand: no
 * test waits for points to come back.
 */
import { hashToken } from '../../src/auth';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { DEFAULT_RATE, type RateSettings } from '../../src/guard/operation-guard';
import { importFiles } from '../../src/ingest/import-corpus';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, type CostReport, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

const EDITOR = 'rate-editor-token-0123456789abcdef';
const OTHER_EDITOR = 'rate-other-editor-token-0123456789';
const TOKENS = [
  { name: 'rate-editor', role: 'editor' as const, hash: hashToken(EDITOR) },
  { name: 'other-editor', role: 'editor' as const, hash: hashToken(OTHER_EDITOR) },
];

/** About 19,000 points with n = 27, as in the report: real work for Neo4j. */
const HEAVY = `query ($n: Int) { entities(first: $n) { edges { node { name
  claims(first: 100) { edges { node { id quote kind speaker { name } } } } } } } }`;
const LIGHT = '{ episodes { id } }';

interface Answer {
  status: number;
  retryAfter: string | null;
  codes: string[];
  messages: string[];
  cost: CostReport | undefined;
  data: unknown;
}

async function send(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
    extensions?: { cost?: CostReport };
  };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (body.errors ?? []).map((error) => error.extensions?.code ?? 'NONE'),
    messages: (body.errors ?? []).map((error) => error.message),
    cost: body.extensions?.cost,
    data: body.data,
  };
}

let db: Database;
let now = 0;
const clock = (): number => now;
const started: RunningApp[] = [];

async function app(rate: RateSettings = DEFAULT_RATE, trustHops = 0): Promise<RunningApp> {
  const running = await startApp(db, 'test', {
    tokens: TOKENS,
    rate,
    rateClock: clock,
    trustProxy: trustHops > 0 ? { kind: 'hops', hops: trustHops } : { kind: 'none' },
  });
  started.push(running);
  return running;
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR]);
}, 300_000);

afterAll(async () => {
  for (const running of started) await running.app.close();
  await db.driver.close();
});

beforeEach(() => {
  now = 1_000_000;
});

describe('the cost budget per client', () => {
  it('serves a burst until the bucket is empty, then 429 RATE_LIMITED with Retry-After; served again after waiting', async () => {
    const { url } = await app();
    const answers: Answer[] = [];
    // The burst: 320 queries of about 19,000 points in bursts of 8, from one address.
    for (let burst = 0; burst < 40; burst += 1) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 8 }, () => send(url, HEAVY, { n: 27 })))),
      );
    }
    const served = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status === 429);
    const cost = served[0]?.cost?.requested ?? 0;
    expect(cost).toBeGreaterThan(18_000);
    expect(cost).toBeLessThanOrEqual(20_000);
    // The clock stood still: exactly what a full bucket pays for, and every other one refused.
    expect(served).toHaveLength(Math.floor(DEFAULT_RATE.budget.points / cost));
    expect(served.length + refused.length).toBe(320);
    for (const answer of served) expect(answer.codes).toEqual([]);
    const left = DEFAULT_RATE.budget.points - served.length * cost;
    const wait = Math.ceil((cost - left) / DEFAULT_RATE.budget.refillPerSecond);
    for (const answer of refused) {
      expect(answer.codes).toEqual(['RATE_LIMITED']);
      expect(answer.retryAfter).toBe(String(wait));
      expect(answer.data).toBeUndefined();
      expect(answer.cost).toEqual({
        requested: cost,
        remaining: left,
        maximum: DEFAULT_RATE.budget.points,
        refillPerSecond: DEFAULT_RATE.budget.refillPerSecond,
      });
    }
    expect(refused[0]?.messages[0]).toBe(
      `Rate limited: this operation costs ${cost.toLocaleString('en-US')} points and ` +
        `${left.toLocaleString('en-US')} of 1,000,000 remain (50,000 restored a second); retry in ${wait} s.`,
    );
    process.stdout.write(
      `\nrate limit: ${answers.length} queries of cost ${cost} from one address: ${served.length} served, ` +
        `${refused.length} refused (429, Retry-After ${wait} s)\n`,
    );

    // Not yet: a second too early is still refused.
    now += (wait - 1) * 1000;
    expect((await send(url, HEAVY, { n: 27 })).status).toBe(429);
    now += 1000;
    const again = await send(url, HEAVY, { n: 27 });
    expect(again.status).toBe(200);
    expect(again.codes).toEqual([]);
    expect(again.cost?.remaining).toBe(left + wait * DEFAULT_RATE.budget.refillPerSecond - cost);
  }, 300_000);

  it('keeps a budget per address and per token, and honours X-Forwarded-For only from a trusted proxy', async () => {
    const rate: RateSettings = { ...DEFAULT_RATE, budget: { points: 40_000, refillPerSecond: 1 } };
    const direct = await app(rate);
    const spend = (url: string, headers: Record<string, string> = {}) =>
      send(url, HEAVY, { n: 27 }, headers);
    expect((await spend(direct.url)).status).toBe(200);
    expect((await spend(direct.url)).status).toBe(200);
    expect((await spend(direct.url)).status).toBe(429);
    // A token holder has a budget of their own, wherever they connect from.
    const asEditor = { authorization: `Bearer ${EDITOR}` };
    expect((await spend(direct.url, asEditor)).status).toBe(200);
    // An unknown token is no token: the address's empty bucket.
    expect((await spend(direct.url, { authorization: 'Bearer made-up' })).status).toBe(429);
    // Without a trusted proxy, X-Forwarded-For is the client's own words and changes nothing.
    expect((await spend(direct.url, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);

    const proxied = await app(rate, 1);
    const from = (address: string) => ({ 'x-forwarded-for': address });
    expect((await spend(proxied.url, from('198.51.100.1'))).status).toBe(200);
    expect((await spend(proxied.url, from('198.51.100.1'))).status).toBe(200);
    expect((await spend(proxied.url, from('198.51.100.1'))).status).toBe(429);
    expect((await spend(proxied.url, from('198.51.100.2'))).status).toBe(200);
    // One IPv6 block, one budget: the next address of the same /64 buys nothing.
    expect((await spend(proxied.url, from('2001:db8:0:1::1'))).status).toBe(200);
    expect((await spend(proxied.url, from('2001:db8:0:1::1'))).status).toBe(200);
    expect((await spend(proxied.url, from('2001:db8:0:1::2'))).status).toBe(429);
  }, 120_000);

  it('reports extensions.cost on every answer: served, a user error, refused as too costly, invalid', async () => {
    const { url } = await app();
    const served = await send(url, LIGHT);
    expect(served.cost).toEqual({
      requested: served.cost?.requested,
      remaining: 1_000_000 - (served.cost?.requested ?? 0),
      maximum: 1_000_000,
      refillPerSecond: 50_000,
    });
    expect(served.cost?.requested).toBeGreaterThan(0);

    const userError = await send(url, '{ predictions(first: 101) { totalCount } }');
    expect(userError.codes).toEqual(['BAD_USER_INPUT']);
    expect(userError.cost?.remaining).toBe(
      1_000_000 - (served.cost?.requested ?? 0) - (userError.cost?.requested ?? 0),
    );

    const tooCostly = await send(url, HEAVY, { n: 100 });
    expect(tooCostly.codes).toEqual(['QUERY_TOO_COSTLY']);
    // Refused before it ran: reported, not charged.
    expect(tooCostly.cost?.requested).toBeGreaterThan(20_000);
    expect(tooCostly.cost?.remaining).toBe(userError.cost?.remaining);

    const invalid = await send(url, '{ nope }');
    expect(invalid.codes).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(invalid.cost).toMatchObject({ requested: 0, remaining: userError.cost?.remaining });
  });

  it('is off with 0 points: everything is served and nothing remains to report', async () => {
    const { url } = await app({ ...DEFAULT_RATE, budget: { points: 0, refillPerSecond: 50_000 } });
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => send(url, HEAVY, { n: 27 })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    expect(answers[0]?.cost).toEqual({
      requested: answers[0]?.cost?.requested,
      remaining: null,
      maximum: null,
      refillPerSecond: null,
    });
  }, 180_000);
});

describe('the write budget per token', () => {
  const PREDICTION = 'c1-pred-day-of-junior-engineer-work';
  const RESOLVE = `mutation ($id: ID!, $note: String) { resolvePrediction(id: $id, status: CORRECT,
    evidence: { url: "https://example.org/rate", note: $note }) { id status } }`;
  const TWO = `mutation ($id: ID!) {
    a: reopenPrediction(id: $id, note: "rate test a") { id }
    b: reopenPrediction(id: $id, note: "rate test b") { id } }`;

  it('refuses the writes a token cannot pay for with 429, others unaffected, until they refill', async () => {
    const rate: RateSettings = { ...DEFAULT_RATE, writes: { points: 3, refillPerSecond: 0.5 } };
    const { url } = await app(rate);
    const editor = { authorization: `Bearer ${EDITOR}` };
    const first = await send(url, RESOLVE, { id: PREDICTION, note: 'rate 1' }, editor);
    expect(first.codes).toEqual([]);
    expect(first.cost?.writes).toEqual({ requested: 1, remaining: 2 });
    // Two root fields are two writes (the second reopening is refused by the rules, not the budget).
    const two = await send(url, TWO, { id: PREDICTION }, editor);
    expect(two.status).toBe(200);
    expect(two.cost?.writes).toEqual({ requested: 2, remaining: 0 });

    const refused = await send(url, RESOLVE, { id: PREDICTION, note: 'rate 2' }, editor);
    expect(refused).toMatchObject({ status: 429, retryAfter: '2', codes: ['RATE_LIMITED'] });
    expect(refused.messages).toEqual([
      'Rate limited: the token rate-editor has 0 of 3 writes left (0.5 restored a second) and this mutation makes 1; retry in 2 s.',
    ]);
    const [status] = await db.read<{ status: string }>(
      'MATCH (p:Prediction {id: $id}) RETURN p.status AS status',
      { id: PREDICTION },
    );
    expect(status?.status).toBe('OPEN');

    // Another token writes on; reads by the same token are not writes.
    const other = await send(
      url,
      RESOLVE,
      { id: PREDICTION, note: 'other' },
      { authorization: `Bearer ${OTHER_EDITOR}` },
    );
    expect(other.codes).toEqual([]);
    expect((await send(url, LIGHT, {}, editor)).status).toBe(200);

    now += 2_000;
    const later = await send(url, TWO, { id: PREDICTION }, editor);
    expect(later.status).toBe(429);
    expect(later.messages[0]).toContain('has 1 of 3 writes left');
    const single = await send(url, RESOLVE, { id: PREDICTION, note: 'rate 3' }, editor);
    expect(single.codes).toEqual([]);
    expect(single.cost?.writes).toEqual({ requested: 1, remaining: 0 });
  });

  it('refuses a mutation of more writes than the whole budget, saying it never fits', async () => {
    const rate: RateSettings = { ...DEFAULT_RATE, writes: { points: 1, refillPerSecond: 1 } };
    const { url } = await app(rate);
    const answer = await send(url, TWO, { id: PREDICTION }, { authorization: `Bearer ${EDITOR}` });
    expect(answer).toMatchObject({ status: 429, retryAfter: null, codes: ['RATE_LIMITED'] });
    expect(answer.messages).toEqual([
      'Rate limited: this mutation makes 2 writes, more than a token may make at once (1).',
    ]);
  });
});
