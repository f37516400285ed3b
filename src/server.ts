import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { TokenEntry } from './auth';
import { createContext, type Context } from './context';
import type { Database } from './db/database';
import { checkHealth } from './db/health/health-repository';
import { formatError } from './errors';
import { serveDashboard } from './http/dashboard';
import { serveExplorer, wantsExplorer } from './http/explorer';
import { attachLive } from './http/live';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { LIMITS, securityRules } from './validation';

export const MAX_BODY_BYTES = 1_000_000;
const CLOSE_GRACE_MS = 5_000;
const TOO_LARGE = Symbol('too-large');

export interface AppDeps {
  db: Database;
  /** Who may call mutations (CLAIMGRAPH_TOKENS); empty means nobody. */
  tokens?: TokenEntry[];
  /** The clock, for tests that need a fixed today. */
  now?: () => Date;
  /** Turns introspection off and hides field suggestions when 'production'. */
  nodeEnv?: string;
}

export interface App {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the Apollo server and the HTTP server around it; index.ts and tests both use this. */
export async function createApp(deps: AppDeps): Promise<App> {
  const production = deps.nodeEnv === 'production';
  // One schema for HTTP and for subscriptions over graphql-ws.
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, { production }),
    validationRules: securityRules(),
    // Parser work is capped before validation runs; a 1000-alias query stops here with a 400.
    parseOptions: { maxTokens: LIMITS.maxTokens },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    persistedQueries: false,
    // index.ts owns shutdown (HTTP, driver, then Neo4j); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const httpServer = http.createServer((req, res) => {
    route(req, res, apollo, deps).catch((error: unknown) => {
      // A failure here is a bug in this file, not in a resolver; answer without details.
      process.stderr.write(`http: ${error instanceof Error ? error.stack : String(error)}\n`);
      if (!res.headersSent) send(res, 500, { error: 'internal server error' });
      else res.end();
    });
  });

  const live = attachLive(httpServer, {
    schema,
    production,
    context: () => createContext({ db: deps.db, tokens: [], authorization: undefined }),
  });

  return {
    apollo,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          resolve(`http://${host}:${actual}/graphql`);
        });
      }),
    close: async () => {
      // Let requests in flight finish (a mutation should not commit while its client is cut
      // off), then cut whatever is still open after a grace period.
      await live.close();
      await new Promise<void>((resolve) => {
        const grace = setTimeout(() => httpServer.closeAllConnections(), CLOSE_GRACE_MS);
        httpServer.close(() => {
          clearTimeout(grace);
          resolve();
        });
        httpServer.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  apollo: ApolloServer<Context>,
  deps: AppDeps,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    const health = await checkHealth(deps.db);
    send(res, health.ok ? 200 : 503, { status: health.ok ? 'ok' : 'degraded', ...health });
    return;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  if (
    wantsExplorer(method, req.headers.accept, url.search) ||
    (method === 'GET' && url.pathname.startsWith('/graphql/explorer'))
  ) {
    if (await serveExplorer(url.pathname, res)) return;
  }
  if (await serveDashboard(method, url.pathname, res)) return;
  if (url.pathname !== '/graphql') {
    send(res, 404, {
      error: 'not found: the dashboard is at /, the API at /graphql, health at /health',
    });
    return;
  }

  const body = await readBody(req);
  if (body === TOO_LARGE) {
    send(res, 413, { error: `request body over ${MAX_BODY_BYTES} bytes` });
    req.resume();
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let parsed: unknown = body;
  if (body.length > 0 && (headers.get('content-type') ?? '').includes('application/json')) {
    try {
      parsed = JSON.parse(body);
    } catch {
      send(res, 400, {
        errors: [{ message: 'body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
      });
      return;
    }
  }
  const request: HTTPGraphQLRequest = {
    method,
    headers,
    search: url.search,
    body: parsed,
  };
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: request,
    context: () =>
      Promise.resolve(
        createContext({
          db: deps.db,
          tokens: deps.tokens ?? [],
          authorization: req.headers.authorization,
          ...(deps.now ? { now: deps.now } : {}),
        }),
      ),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage): Promise<string | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve(TOO_LARGE);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        done = true;
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}
