/**
 * The hardening checklist (docs: /work/shared/guides/hardening.md), items 1–9, 11, 15 and 16,
 * against the real HTTP server and a real Neo4j holding the bundled episode. Nothing is mocked:
 * a Neo4j that is down is a driver pointed at a port nothing listens on, and a Neo4j that comes
 * back is the real one reached again once that port forwards to it.
 */
import http from 'node:http';
import { runInThisContext } from 'node:vm';

import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';

import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort } from '../../src/db/local-neo4j';
import { encodeCursor } from '../../src/ids/cursor';
import { loadTypeDefs } from '../../src/schema';
import { bundledCorpus } from '../support/corpus';
import { snapshot } from '../support/graph';
import { postGraphQL, startApp, type GraphQLResponse, type RunningApp } from '../support/http';
import { testNeo4jAuth, testNeo4jUri } from '../support/neo4j';
import { seededApp } from '../support/seeded-app';
import { tcpProxy, type TcpProxy } from '../support/tcp-proxy';

type GraphQLError = NonNullable<GraphQLResponse['body']['errors']>[number];

interface RawResponse {
  status: number;
  contentType: string;
  text: string;
}

async function raw(url: string, init: RequestInit = {}): Promise<RawResponse> {
  const response = await fetch(url, init);
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** A JSON POST whose body is given as it is (a string, so it can be anything). */
function postBody(
  url: string,
  body: string,
  contentType = 'application/json',
): Promise<RawResponse> {
  return raw(url, { method: 'POST', headers: { 'content-type': contentType }, body });
}

function errorsOf(text: string): GraphQLError[] {
  const body = JSON.parse(text) as GraphQLResponse['body'];
  return body.errors ?? [];
}

function codes(errors: GraphQLError[] | undefined): (string | undefined)[] {
  return (errors ?? []).map((error) => error.extensions?.code);
}

/** `{ a1: <field> a2: <field> ... }` with `count` aliases. */
function aliased(count: number, field: string): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i + 1}: ${field}`).join(' ')} }`;
}

/** A query of exactly `depth` levels, walking entity relations from Anthropic. */
function deepQuery(depth: number): string {
  // entity (1) + pairs of relations/entity (2 each) + the leaf `name` (1).
  const pairs = (depth - 2) / 2;
  if (!Number.isInteger(pairs) || pairs < 0) throw new Error(`depth ${depth} must be even`);
  return `{ entity(name: "Anthropic") { ${'relations { entity { '.repeat(pairs)}name${' } }'.repeat(pairs)} } }`;
}

/** The words a response body must never contain: database, query or stack details. */
const LEAKS: RegExp[] = [
  /neo4j/i,
  /cypher/i,
  /\bMATCH\b/,
  /\bRETURN\b/,
  /\$first|\$query|\$types/,
  /Neo\.(Client|Transient|Database)Error/,
  / {4}at /,
  /\.ts:\d+/,
  /stacktrace/,
];

function leaksIn(text: string): string[] {
  return LEAKS.filter((pattern) => pattern.test(text)).map(String);
}

/**
 * Node's own process object. Jest gives each test file a copy of `process` whose listeners are
 * never called, so `process.on('unhandledRejection')` must go to the real one, which code run in
 * the main context (vm.runInThisContext) sees.
 */
const realProcess = runInThisContext('process') as NodeJS.Process;

// Every `unhandledRejection` while this file runs; item 11 asserts none fired.
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

const running = seededApp();

describe('hardening: what the service survives', () => {
  let db: Database;
  let production: RunningApp;

  beforeAll(async () => {
    realProcess.on('unhandledRejection', onUnhandled);
    db = running.db;
    production = await running.startApp('production');
  });

  afterAll(() => {
    realProcess.off('unhandledRejection', onUnhandled);
  });

  describe('1. depth', () => {
    it('answers a query of depth 20 with 400 GRAPHQL_VALIDATION_FAILED naming the depth limit', async () => {
      const { status, body } = await postGraphQL(running.url, deepQuery(20));
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      const depthErrors = (body.errors ?? []).filter((e) => e.message.includes('depth'));
      expect(depthErrors).toEqual([
        {
          message: 'Query depth limit of 12 exceeded, found 20.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ]);
      expect(new Set(codes(body.errors))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
    });

    it('runs the same walk at depth 6', async () => {
      const { status, body } = await postGraphQL<{ entity: { relations: unknown[] } }>(
        running.url,
        deepQuery(6),
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.entity.relations.length).toBeGreaterThan(0);
    });
  });

  describe('2. aliases', () => {
    it('runs 15 aliases of a list field', async () => {
      const { status, body } = await postGraphQL(running.url, aliased(15, 'episodes { id }'));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.keys(body.data ?? {})).toHaveLength(15);
    });

    it('refuses 16 aliases of a list field with 400', async () => {
      const { status, body } = await postGraphQL(running.url, aliased(16, 'episodes { id }'));
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Aliases limit of 15 exceeded, found 16.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });

    it('refuses 101 __typename aliases with 400', async () => {
      const { status, body } = await postGraphQL(running.url, aliased(101, '__typename'));
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Aliases limit of 15 exceeded, found 101.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });

    it('refuses 1000 aliases with 400 from the parser, never 500', async () => {
      const { status, body } = await postGraphQL(running.url, aliased(1000, '__typename'));
      expect(status).toBe(400);
      expect(body.errors).toHaveLength(1);
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(body.errors?.[0]?.message).toBe(
        'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      );
    });
  });

  describe('3. directives and batching', () => {
    const withDirectives = (count: number): string =>
      `{ health { ${Array.from({ length: count }, () => 'ok @include(if: true)').join(' ')} } }`;

    it('runs 50 directives', async () => {
      const { status, body } = await postGraphQL(running.url, withDirectives(50));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });

    it('refuses 51 directives with 400', async () => {
      const { status, body } = await postGraphQL(running.url, withDirectives(51));
      expect(status).toBe(400);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: 'Directives limit of 50 exceeded, found 51.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      ]);
    });

    it('refuses a batched (JSON array) body with 400', async () => {
      const batch = JSON.stringify([
        { query: '{ health { ok } }' },
        { query: '{ health { ok } }' },
      ]);
      const response = await postBody(running.url, batch);
      expect(response.status).toBe(400);
      expect(errorsOf(response.text)).toEqual([
        { message: 'Operation batching disabled.', extensions: { code: 'BAD_REQUEST' } },
      ]);
    });
  });

  describe('4. introspection and suggestions', () => {
    it('refuses introspection in production with 400', async () => {
      const { status, body } = await postGraphQL(production.url, '{ __schema { types { name } } }');
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(codes(body.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    });

    it('refuses __type in production with 400', async () => {
      const { status, body } = await postGraphQL(
        production.url,
        '{ __type(name: "Query") { name } }',
      );
      expect(status).toBe(400);
      expect(codes(body.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('gives a misspelt field no "Did you mean" in production', async () => {
      const { status, body } = await postGraphQL(production.url, '{ predictons { totalCount } }');
      expect(status).toBe(400);
      expect(codes(body.errors)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(body.errors?.[0]?.message).toBe('Cannot query field "predictons" on type "Query".');
      expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
      expect(JSON.stringify(body)).not.toContain('"predictions"');
    });

    it('gives no hint for a misspelt argument or enum value in production either', async () => {
      const { status, body } = await postGraphQL(
        production.url,
        '{ predictions(frist: 1, orderBy: DEADLINE_AS) { totalCount } }',
      );
      expect(status).toBe(400);
      expect(body.errors?.length).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
      expect(JSON.stringify(body)).not.toMatch(/"first"|DEADLINE_ASC/);
    });

    it('still suggests outside production (so the stripping above is what hides it)', async () => {
      const { status, body } = await postGraphQL(running.url, '{ predictons { totalCount } }');
      expect(status).toBe(400);
      expect(body.errors?.[0]?.message).toMatch(
        / Did you mean "predictions?" or "predictions?"\?$/,
      );
    });

    it("answers GraphiQL's full introspection query outside production", async () => {
      const { status, body } = await postGraphQL<{ __schema: { types: { name: string }[] } }>(
        running.url,
        getIntrospectionQuery(),
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.__schema.types.map((t) => t.name)).toEqual(
        expect.arrayContaining(['Query', 'Prediction', 'Claim']),
      );
    });
  });

  describe('5b. cost, with variables resolved', () => {
    const FAN_OUT = `query ($n: Int) { entities(first: $n) { edges { node {
      claims(first: $n) { edges { node { about(first: $n) { name description } } } } } } } }`;

    it('refuses the fan-out query when $n is 100, naming the limit, the path and the figure', async () => {
      const { status, body } = await postGraphQL(running.url, FAN_OUT, { n: 100 });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([
        expect.objectContaining({
          message:
            'Query cost 230,301 exceeds the maximum of 20,000. Most expensive path: ' +
            'entities.edges.node.claims.edges.node.about.name ≈ 230,301; lower `first` along it.',
          extensions: expect.objectContaining({
            code: 'QUERY_TOO_COSTLY',
            cost: 230301,
            maxCost: 20000,
          }) as unknown,
        }),
      ]);
    });

    it('refuses it when $n is not sent (counted as the maximum page size)', async () => {
      const { status, body } = await postGraphQL(running.url, FAN_OUT);
      expect(status).toBe(400);
      expect(codes(body.errors)).toEqual(['QUERY_TOO_COSTLY']);
    });

    it('serves it when $n is small', async () => {
      const { status, body } = await postGraphQL(running.url, FAN_OUT, { n: 5 });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });

    it('serves a whole episode with sections, turns and claims', async () => {
      const { status, body } = await postGraphQL<{
        episode: { sections: { turns: { claims: unknown[] }[] }[] };
      }>(
        running.url,
        '{ episode(id: "2025-05-22-is-rl-llms-enough-for-agi") { id sections { id turns { id claims { id } } } } }',
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const turns = body.data?.episode.sections.flatMap((section) => section.turns) ?? [];
      expect(turns).toHaveLength(95);
      const [stored] = await db.read<{ claims: number }>(
        "MATCH (c:Claim {episodeId: '2025-05-22-is-rl-llms-enough-for-agi'}) RETURN count(c) AS claims",
      );
      expect(turns.flatMap((turn) => turn.claims)).toHaveLength(stored?.claims ?? -1);
    });

    it('serves every episode with its sections and turns', async () => {
      const { status, body } = await postGraphQL(
        running.url,
        '{ episodes { id sections { id turns { id } } } }',
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });

  describe('5. page sizes', () => {
    const FIRST_ERROR = (first: number) => `first must be between 0 and 100, got ${first}`;

    it.each([1_000_000, 101, -1])(
      'refuses predictions(first: %d) with BAD_USER_INPUT',
      async (first) => {
        const { status, body } = await postGraphQL(
          running.url,
          `{ predictions(first: ${first}) { totalCount edges { node { id } } } }`,
        );
        expect(status).toBe(200);
        expect(body.data).toBeNull();
        expect(body.errors).toEqual([
          expect.objectContaining({
            message: FIRST_ERROR(first),
            path: ['predictions'],
            extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) as unknown,
          }),
        ]);
      },
    );

    it('refuses first: 1000000 given as a variable too', async () => {
      const { body } = await postGraphQL(
        running.url,
        'query ($n: Int) { predictions(first: $n) { totalCount } }',
        { n: 1_000_000 },
      );
      expect(codes(body.errors)).toEqual(['BAD_USER_INPUT']);
      expect(body.errors?.[0]?.message).toBe(FIRST_ERROR(1_000_000));
    });

    it('gives a page of up to 100 for first: 100', async () => {
      const { status, body } = await postGraphQL<{
        predictions: { totalCount: number; edges: unknown[] };
      }>(running.url, '{ predictions(first: 100) { totalCount edges { node { id } } } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const page = body.data?.predictions;
      expect(page?.totalCount).toBeGreaterThanOrEqual(15);
      expect(page?.edges).toHaveLength(Math.min(100, page?.totalCount ?? -1));
    });

    it.each([
      ['claims', '{ claims(first: 101) { totalCount } }'],
      ['entities', '{ entities(first: 101) { totalCount } }'],
      ['search', '{ search(query: "reinforcement", first: 101) { score } }'],
    ])('refuses %s with first: 101 with BAD_USER_INPUT', async (field, query) => {
      const { status, body } = await postGraphQL(running.url, query);
      expect(status).toBe(200);
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: FIRST_ERROR(101),
          path: [field],
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) as unknown,
        }),
      ]);
    });

    it.each([
      ['claims', '{ claims(first: 100) { totalCount } }'],
      ['entities', '{ entities(first: 100) { totalCount } }'],
      ['search', '{ search(query: "reinforcement", first: 100) { score } }'],
    ])('runs %s with first: 100', async (_field, query) => {
      const { status, body } = await postGraphQL(running.url, query);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    });
  });

  describe('6. failures inside Neo4j', () => {
    const DATA_QUERIES = [
      '{ predictions(first: 5) { totalCount edges { node { id quote } } } }',
      '{ claims(filter: { text: "learning" }) { totalCount } }',
      '{ search(query: "reinforcement learning") { snippet } }',
      '{ entity(name: "Anthropic") { name relations { entity { name } } } }',
      '{ dashboard { totals { claims } } }',
    ];

    it('answers DATABASE_UNAVAILABLE with a generic message while Neo4j is unreachable', async () => {
      const deadDriver = createDriver({
        uri: `bolt://127.0.0.1:${await freePort()}`,
        user: 'neo4j',
        password: 'unused',
      });
      const dead = await startApp(new Database(deadDriver));
      try {
        // All at once: each still answers on its own within the bound, and the wait is one.
        const answers = await Promise.all(
          DATA_QUERIES.map(async (query) => {
            const started = Date.now();
            const response = await postBody(dead.url, JSON.stringify({ query }));
            return { query, response, milliseconds: Date.now() - started };
          }),
        );
        for (const { query, response, milliseconds } of answers) {
          // The driver retries for 3 s (maxTransactionRetryTime) plus one backoff: up to ~8 s.
          expect({ query, fast: milliseconds < 10_000 }).toEqual({ query, fast: true });
          expect(response.status).toBe(200);
          const errors = errorsOf(response.text);
          expect(errors.length).toBeGreaterThan(0);
          for (const error of errors) {
            expect(error.message).toBe('The database is unavailable right now; try again shortly.');
            expect(error.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE' });
          }
          expect(leaksIn(response.text)).toEqual([]);
        }
      } finally {
        await dead.app.close();
        await deadDriver.close();
      }
    });

    // A real statement failing inside a running Neo4j, no mocks: the same server asked to run the
    // service's queries against a database that cannot run them. `system` rejects every MATCH
    // with an error quoting the statement; a missing database fails with DatabaseNotFound.
    it.each([
      ['system', /unsupported clauses were used: MATCH[\s\S]*Cypher/],
      ['no-such-database', /Graph not found: no-such-database/],
    ])(
      'answers INTERNAL_SERVER_ERROR without database details when Neo4j rejects the statement (database %s)',
      async (databaseName, neo4jSays) => {
        const driver = createDriver({
          uri: testNeo4jUri(),
          ...testNeo4jAuth(),
        });
        // Proof that Neo4j itself fails these statements, with details the client must not see.
        const direct = await new Database(driver, databaseName)
          .read('MATCH (c:Claim) RETURN count(c) AS n')
          .then(
            () => 'no error',
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
        expect(direct).toMatch(neo4jSays);

        const broken = await startApp(new Database(driver, databaseName));
        try {
          for (const query of DATA_QUERIES) {
            const response = await postBody(broken.url, JSON.stringify({ query }));
            expect(response.status).toBe(200);
            const errors = errorsOf(response.text);
            expect(errors.length).toBeGreaterThan(0);
            for (const error of errors) {
              expect(error.message).toBe('Internal server error');
              expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
            }
            expect(leaksIn(response.text)).toEqual([]);
            expect(response.text).not.toContain(direct.slice(0, 30));
            expect(response.text).not.toContain(databaseName);
          }
        } finally {
          await broken.app.close();
          await driver.close();
        }
      },
    );
  });

  describe('7. CSRF', () => {
    const healthQuery = encodeURIComponent('{ health { ok } }');

    it('refuses a GET without a preflight header or JSON content type with 400', async () => {
      const response = await raw(`${running.url}?query=${healthQuery}`);
      expect(response.status).toBe(400);
      expect(response.text).toContain('Cross-Site Request Forgery');
      expect(codes(errorsOf(response.text))).toEqual(['BAD_REQUEST']);
      expect(response.text).not.toContain('"ok"');
    });

    it('runs the same GET with apollo-require-preflight', async () => {
      const response = await raw(`${running.url}?query=${healthQuery}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.text)).toEqual({ data: { health: { ok: true } } });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'])(
      'refuses a POST with content-type %s with 400',
      async (contentType) => {
        const response = await postBody(
          running.url,
          JSON.stringify({ query: '{ health { ok } }' }),
          contentType,
        );
        expect(response.status).toBe(400);
        expect(response.text).toContain('Cross-Site Request Forgery');
        expect(codes(errorsOf(response.text))).toEqual(['BAD_REQUEST']);
      },
    );

    it('refuses a mutation over GET (with the preflight header) with 405', async () => {
      const before = await snapshot(db);
      const mutation = encodeURIComponent(
        'mutation { reopenPrediction(id: "x", note: "csrf") { id } }',
      );
      const response = await raw(`${running.url}?query=${mutation}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(405);
      expect(response.text).toBe(
        JSON.stringify({
          errors: [
            {
              message: 'GET requests only support query operations, not mutation operations',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        }) + '\n',
      );
      expect(await snapshot(db)).toEqual(before);
    });
  });

  describe('8. request size', () => {
    const twoMegabytes = (): string =>
      JSON.stringify({
        query: '{ health { ok } }',
        variables: { pad: 'x'.repeat(2 * 1024 * 1024) },
      });

    it('answers a 2 MB body with 413 and keeps serving', async () => {
      const response = await postBody(running.url, twoMegabytes());
      expect(response.status).toBe(413);
      expect(response.text).toContain('request body over 1000000 bytes');

      const next = await postGraphQL(running.url, '{ health { ok } }');
      expect(next).toEqual({ status: 200, body: { data: { health: { ok: true } } } });
    });

    it('answers a 2 MB body sent without a content-length (chunked) with 413', async () => {
      const url = new URL(running.url);
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        const body = twoMegabytes();
        for (let at = 0; at < body.length; at += 64 * 1024)
          req.write(body.slice(at, at + 64 * 1024));
        req.end();
      });
      expect(status).toBe(413);
      const next = await postGraphQL(running.url, '{ health { ok } }');
      expect(next.status).toBe(200);
    });
  });

  describe('9. explorer page', () => {
    const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

    /** Every http(s) or protocol-relative address in `text` whose host is not this machine. */
    function offHostAddresses(text: string): string[] {
      const absolute = [...text.matchAll(/https?:\/\/[^\s"'`()<>\\]*/gi)].map((m) => m[0]);
      const relative = [...text.matchAll(/(?:url\(\s*["']?|@import\s+["'])(\/\/[^\s"')]*)/gi)].map(
        (m) => `https:${m[1] ?? ''}`,
      );
      return [...absolute, ...relative].filter((address) => {
        try {
          return !LOCAL_HOSTS.has(new URL(address).hostname);
        } catch {
          return true;
        }
      });
    }

    it('serves the explorer HTML and CSS naming no host but this one', async () => {
      const page = await raw(running.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(page.contentType).toMatch(/^text\/html/);
      expect(page.text).toContain('<div id="graphiql">');
      expect(offHostAddresses(page.text)).toEqual([]);

      const stylesheets = [...page.text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(stylesheets).toEqual(['/graphql/explorer.css']);
      const css = await raw(`${running.base}/graphql/explorer.css`);
      expect(css.status).toBe(200);
      expect(css.contentType).toMatch(/^text\/css/);
      expect(css.text.length).toBeGreaterThan(10_000);
      expect(offHostAddresses(css.text)).toEqual([]);
    }, 120_000);
  });

  describe('11. Neo4j stopped, then back', () => {
    // The service's driver reaches the test Neo4j through a port that is first closed (Neo4j
    // gone: connections refused) and then opened (Neo4j back). The chaos tier kills and
    // restarts a real Neo4j process; here the service's side of it is what is tested.
    let proxy: TcpProxy;
    let driver: ReturnType<typeof createDriver>;
    let outage: Database;
    let app: RunningApp;

    beforeAll(async () => {
      const target = new URL(testNeo4jUri());
      proxy = tcpProxy(await freePort(), { host: target.hostname, port: Number(target.port) });
      driver = createDriver({ uri: `bolt://127.0.0.1:${proxy.port}`, ...testNeo4jAuth() });
      outage = new Database(driver);
      app = await startApp(outage);
    });

    afterAll(async () => {
      await app.app.close();
      await driver.close();
      await proxy.close();
    });

    /** Runs `request`, failing if it takes 10 s or more. */
    async function within10s<T>(request: () => Promise<T>): Promise<T> {
      const started = Date.now();
      const result = await request();
      expect(Date.now() - started).toBeLessThan(10_000);
      return result;
    }

    it('answers every request within 10 s with a code while nothing listens', async () => {
      // Sent together: each is still timed on its own.
      const [predictions, search, health, plain, burst] = await Promise.all([
        within10s(() => postGraphQL(app.url, '{ predictions(first: 5) { totalCount } }')),
        within10s(() => postGraphQL(app.url, '{ search(query: "reinforcement") { score } }')),
        within10s(() => postGraphQL(app.url, '{ health { ok neo4j { reachable error } } }')),
        within10s(() => raw(`${app.base}/health`)),
        // Ten at once, as a busy client would send them: all answered, none left hanging.
        within10s(() =>
          Promise.all(
            Array.from({ length: 10 }, () => postGraphQL(app.url, '{ claims { totalCount } }')),
          ),
        ),
      ]);
      expect(predictions.status).toBe(200);
      expect(predictions.body.data).toBeNull();
      expect(codes(predictions.body.errors)).toEqual(['DATABASE_UNAVAILABLE']);

      expect(codes(search.body.errors)).toEqual(['DATABASE_UNAVAILABLE']);

      expect(health).toEqual({
        status: 200,
        body: {
          data: {
            health: { ok: false, neo4j: { reachable: false, error: 'Neo4j is not reachable' } },
          },
        },
      });

      expect(plain.status).toBe(503);
      expect(JSON.parse(plain.text)).toMatchObject({
        status: 'degraded',
        ok: false,
        neo4j: { reachable: false, error: 'Neo4j is not reachable' },
      });

      for (const response of burst)
        expect(codes(response.body.errors)).toEqual(['DATABASE_UNAVAILABLE']);
    }, 60_000);

    it('answers again once Neo4j is back, without a restart', async () => {
      await proxy.open();

      const health = await within10s(() => postGraphQL(app.url, '{ health { ok } }'));
      expect(health).toEqual({ status: 200, body: { data: { health: { ok: true } } } });
      const plain = await within10s(() => raw(`${app.base}/health`));
      expect(plain.status).toBe(200);
      const predictions = await within10s(() =>
        postGraphQL(app.url, '{ predictions(first: 5) { totalCount } }'),
      );
      // The same answer the service gives that never lost its Neo4j.
      const expected = await postGraphQL(running.url, '{ predictions(first: 5) { totalCount } }');
      expect(expected.body.data).toEqual({
        predictions: {
          totalCount: bundledCorpus().claims.filter((claim) => claim.prediction !== null).length,
        },
      });
      expect(predictions).toEqual({ status: 200, body: expected.body });
    }, 60_000);

    it('kept the process up with no unhandled rejections', async () => {
      // Every transaction of the outage has ended, and Node has had a turn to report what
      // nobody caught.
      await new Promise<void>((resolve) => outage.whenIdle(resolve));
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      const { status } = await postGraphQL(running.url, '{ health { ok } }');
      expect(status).toBe(200);
    });
  });

  describe('15. injection strings', () => {
    const INJECTIONS = [
      "' OR 1=1 //",
      '" OR ""="',
      '`',
      '``) MATCH (n) DETACH DELETE n //',
      '\\u0060 OR true //',
      '\u0060}) DETACH DELETE n //',
      '}) DETACH DELETE n //',
      "x'}) WITH 1 AS x MATCH (n) SET n.pwned = true //",
      'title:(a OR b)~2 AND "x',
      'reinforcement* OR /.*/ OR learn~0.1 OR [a TO z] AND NOT \\',
      '$query $types $first',
    ];

    interface Answers {
      search: { type: string; snippet: string }[] | null;
      byText: { totalCount: number };
      bySpeaker: { totalCount: number };
      byFilters: { totalCount: number };
      entities: { totalCount: number };
      entity: unknown;
      person: unknown;
      claim: unknown;
      episode: unknown;
    }

    const SEARCH = 'query ($s: String!) { search(query: $s) { type snippet } }';
    const FILTERS = `query ($s: String!, $id: ID!) {
      byText: claims(filter: { text: $s }) { totalCount }
      bySpeaker: claims(filter: { speaker: $s }) { totalCount }
      byFilters: predictions(filter: { speaker: $s, topic: $s, entity: $s, episodeId: $id }) { totalCount }
      entities(filter: { name: $s, citedBy: $s }) { totalCount }
      entity(name: $s) { id }
      person(name: $s) { id }
      claim(id: $id) { id }
      episode(id: $id) { id }
    }`;

    it('searches and filters by them verbatim and changes nothing', async () => {
      const before = await snapshot(db);
      expect(before.length).toBeGreaterThan(500);
      for (const s of INJECTIONS) {
        const searched = await postGraphQL<Answers>(running.url, SEARCH, { s });
        expect({ s, status: searched.status }).toEqual({ s, status: 200 });
        if (searched.body.errors !== undefined) {
          // Nothing searchable left once punctuation is dropped: a user error, not a failure.
          expect({ s, errors: searched.body.errors }).toEqual({
            s,
            errors: [
              expect.objectContaining({
                message: 'query has no words to search for',
                extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) as unknown,
              }),
            ],
          });
        } else {
          // Snippets are built from the stored text, never from the input.
          for (const hit of searched.body.data?.search ?? []) {
            expect(hit.snippet).not.toMatch(/DETACH|<script|1=1/);
          }
        }

        const { status, body } = await postGraphQL<Answers>(running.url, FILTERS, { s, id: s });
        expect({ s, status, errors: body.errors }).toEqual({ s, status: 200, errors: undefined });
        // Matched as text, these strings are in no claim, name or id: an injection that worked
        // would have matched everything instead.
        expect({ s, data: body.data }).toEqual({
          s,
          data: {
            byText: { totalCount: 0 },
            bySpeaker: { totalCount: 0 },
            byFilters: { totalCount: 0 },
            entities: { totalCount: 0 },
            entity: null,
            person: null,
            claim: null,
            episode: null,
          },
        });
      }
      expect(await snapshot(db)).toEqual(before);
    });

    it('finds text containing quotes and operators as the words it is', async () => {
      // Control for the zeros above: the same filters do match real text.
      const { body } = await postGraphQL<{
        claims: { totalCount: number };
        search: { type: string }[];
      }>(
        running.url,
        `{ claims(filter: { text: "reinforcement" }) { totalCount }
           search(query: "reinforcement' OR 1=1 // \\"learning\\" AND~") { type } }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data?.claims.totalCount).toBeGreaterThan(0);
      expect(body.data?.search.length).toBeGreaterThan(0);
    });
  });

  describe('16. fuzzing schema-valid operations', () => {
    // Replay or widen a run with CLAIMGRAPH_FUZZ_SEED and CLAIMGRAPH_FUZZ_OPERATIONS.
    const OPERATIONS = Number(process.env.CLAIMGRAPH_FUZZ_OPERATIONS ?? 300);
    const SEED = Number(process.env.CLAIMGRAPH_FUZZ_SEED ?? 20250522);
    const MAX_DEPTH = 5;

    /** mulberry32: a tiny seeded generator, so a failing run can be replayed exactly. */
    function prng(seed: number): () => number {
      let state = seed >>> 0;
      return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }

    /** A well-formed keyset cursor of `claims` at some turn of the bundled episode. */
    const claimCursor = (turn: number): string =>
      encodeCursor('claims/EPISODE_ORDER', [
        `2025-05-22-is-rl-llms-enough-for-agi ${String(turn).padStart(5, '0')}`,
      ]);
    const STRINGS = [
      'anthropic',
      'Anthropic',
      'sholto-douglas',
      'Sholto',
      'Trenton Bricken',
      'reinforcement-learning',
      'reinforcement learning',
      '2025-05-22-is-rl-llms-enough-for-agi',
      '2025-05-22-is-rl-llms-enough-for-agi#t007',
      '2025-05-22-is-rl-llms-enough-for-agi#s03',
      '2025-05-22-is-rl-llms-enough-for-agi#n3',
      'c1-rl-in-llms-has-finally-worked',
      claimCursor(0),
      claimCursor(5),
      claimCursor(999_999_999),
      'o:3',
      'not a cursor',
      '',
      ' ',
      "' OR 1=1 //",
      '`',
      '\\u0060',
      '}) DETACH DELETE n //',
      'title:(a OR b)~2 AND "x',
      '*',
      '\\',
      '<script>alert(1)</script>',
      '\u0000',
      '日本語 🙂',
      'AND OR NOT',
      '%s%n',
      'a'.repeat(201),
      'x '.repeat(100),
    ];
    const DATES = ['2025-05-22', '2024-02-29', '2026-01-01', '0001-01-01', '9999-12-31'];

    function generator(random: () => number) {
      const pick = <T>(items: readonly T[]): T => {
        const item = items[Math.floor(random() * items.length)];
        if (item === undefined) throw new Error('pick from an empty list');
        return item;
      };
      const int = (lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

      function value(type: GraphQLInputType, name: string): string {
        if (isNonNullType(type)) return nonNull(type.ofType, name);
        return random() < 0.05 ? 'null' : nonNull(type, name);
      }

      function nonNull(type: GraphQLInputType, name: string): string {
        if (isListType(type)) {
          return `[${Array.from({ length: int(0, 3) }, () => value(type.ofType, name)).join(', ')}]`;
        }
        if (isEnumType(type)) return pick(type.getValues()).name;
        if (isInputObjectType(type)) {
          const fields = Object.values(type.getFields()).filter(() => random() < 0.4);
          return `{ ${fields.map((f) => `${f.name}: ${value(f.type, f.name)}`).join(', ')} }`;
        }
        if (!isScalarType(type)) throw new Error(`unexpected input type ${String(type)}`);
        switch (type.name) {
          case 'Int':
            if (name === 'first') return String(int(-5, 150));
            if (name === 'depth') return String(int(-1, 4));
            if (name === 'soonDays') return String(pick([-1, 0, 1, 90, 3660, 3661, 2147483647]));
            return String(int(-5, 150));
          case 'Float':
            return String(random() * 2 - 0.5);
          case 'Boolean':
            return random() < 0.5 ? 'true' : 'false';
          case 'Date':
            return JSON.stringify(pick(DATES));
          case 'DateTime':
            return JSON.stringify(new Date(Date.UTC(2025, 0, int(1, 365))).toISOString());
          default:
            // Mostly real cursors, so pages beyond the first get read too.
            if (name === 'after' && random() < 0.8) {
              return JSON.stringify(claimCursor(int(0, 300)));
            }
            return JSON.stringify(pick(STRINGS));
        }
      }

      function args(field: GraphQLField<unknown, unknown>): string {
        const given = field.args
          .filter((arg) => isNonNullType(arg.type) || random() < 0.6)
          .map((arg) => `${arg.name}: ${value(arg.type, arg.name)}`);
        return given.length > 0 ? `(${given.join(', ')})` : '';
      }

      /** One to three fields of `type`; objects only while depth allows, else leaves. */
      function selection(type: GraphQLObjectType, depth: number): string {
        const fields = Object.values(type.getFields()).filter(
          (f) => isLeafType(getNamedType(f.type)) || depth < MAX_DEPTH,
        );
        const chosen = new Set<GraphQLField<unknown, unknown>>();
        const wanted = int(1, 3);
        while (chosen.size < Math.min(wanted, fields.length)) chosen.add(pick(fields));
        const parts = [...chosen].map((field) => {
          const named = getNamedType(field.type);
          const head = `${field.name}${args(field)}`;
          if (isObjectType(named)) return `${head} { ${selection(named, depth + 1)} }`;
          return head;
        });
        return parts.length > 0 ? parts.join(' ') : '__typename';
      }

      return (query: GraphQLObjectType): string => `{ ${selection(query, 1)} }`;
    }

    it(`sends ${OPERATIONS} random operations (seed ${SEED}) and never gets a 500, an INTERNAL_SERVER_ERROR or a codeless error`, async () => {
      const schema = buildSchema(loadTypeDefs());
      const queryType = schema.getQueryType();
      if (!queryType) throw new Error('schema has no Query type');
      const nextOperation = generator(prng(SEED));
      const failures: { query: string; status: number; errors: GraphQLError[] }[] = [];
      const seen = new Map<string, number>();

      for (let i = 0; i < OPERATIONS; i += 1) {
        const query = nextOperation(queryType);
        const response = await postBody(running.url, JSON.stringify({ query }));
        let errors: GraphQLError[] = [];
        try {
          errors = errorsOf(response.text);
        } catch {
          errors = [{ message: `not JSON: ${response.text.slice(0, 200)}` }];
        }
        for (const code of codes(errors)) seen.set(String(code), (seen.get(String(code)) ?? 0) + 1);
        if (errors.length === 0) seen.set('none', (seen.get('none') ?? 0) + 1);
        const codeless = errors.filter((error) => typeof error.extensions?.code !== 'string');
        // A masked resolver bug is still a bug: INTERNAL_SERVER_ERROR fails the run like a 500.
        const internal = errors.filter(
          (error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        if (response.status >= 500 || codeless.length > 0 || internal.length > 0) {
          failures.push({ query, status: response.status, errors });
          process.stderr.write(
            `fuzz #${i} (seed ${SEED}) failed: HTTP ${response.status}\n${query}\n`,
          );
        }
        // Data may name Neo4j (health does); error messages may not.
        expect({ query, leaks: leaksIn(JSON.stringify(errors)) }).toEqual({ query, leaks: [] });
      }
      process.stderr.write(`fuzz: error codes seen ${JSON.stringify(Object.fromEntries(seen))}\n`);
      expect(failures).toEqual([]);
    }, 300_000);
  });
});
