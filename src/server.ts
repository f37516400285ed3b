import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pinoHttp } from 'pino-http';

import type { TokenEntry } from './auth';
import { createContext, type Context } from './context';
import type { Database } from './db/database';
import { checkHealth } from './db/health/health-repository';
import type { SupervisorStatus } from './db/neo4j-supervisor';
import { formatError } from './errors';
import { bodyLimit } from './http/body-limit';
import { corsFor } from './http/cors';
import { dashboardRouter } from './http/dashboard';
import { serveExplorer, wantsExplorer } from './http/explorer';
import { attachLive } from './http/live';
import { createLogger, type Logger } from './log';
import { cacheHintsPlugin } from './plugins/cache-hints-plugin';
import { costLimitPlugin } from './plugins/cost-limit-plugin';
import { databaseGatePlugin } from './plugins/database-gate-plugin';
import { errorLogPlugin } from './plugins/error-log-plugin';
import { PUBLIC_MAX_AGE_SECONDS, privateAnswersPlugin } from './plugins/private-answers-plugin';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { LIMITS, securityRules } from './validation';

export const MAX_BODY_BYTES = 1_000_000;
const CLOSE_GRACE_MS = 5_000;
/** Answers smaller than this go out uncompressed: gzip would save little and cost a round of CPU. */
const COMPRESS_ABOVE_BYTES = 1024;

export interface AppDeps {
  db: Database;
  /** Who may call mutations (CLAIMGRAPH_TOKENS); empty means nobody. */
  tokens?: TokenEntry[];
  /** The clock, for tests that need a fixed today. */
  now?: () => Date;
  /** Turns introspection off and hides field suggestions when 'production'. */
  nodeEnv?: string;
  /** Other origins whose pages may call the API (CORS_ORIGINS); empty means only our own. */
  corsOrigins?: readonly string[];
  /** The state of the Neo4j this service runs itself (restarts), for /health; unset otherwise. */
  localNeo4j?: () => SupervisorStatus;
  /** Where the service logs; by default errors only, readable, to stderr. */
  log?: Logger;
  /** False to resolve every related row through the loaders (Context.compiled; tests). */
  compiled?: boolean;
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
  const log = deps.log ?? createLogger({ level: 'error', format: 'pretty' });
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
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
    plugins: [
      // Requests in flight finish (a mutation should not commit while its client is cut off);
      // whatever is still open after the grace period is cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: CLOSE_GRACE_MS }),
      // The schema's cache hints, once per operation. Apollo's own plugin, which it would install
      // by default, wraps every field resolver to allow hints at run time, which nothing here sets.
      ApolloServerPluginCacheControlDisabled(),
      cacheHintsPlugin<Context>(PUBLIC_MAX_AGE_SECONDS),
      privateAnswersPlugin(),
      errorLogPlugin<Context>(),
      // The cost limit needs the operation's variables, so it is a plugin, not a validation rule.
      costLimitPlugin<Context>(LIMITS),
      databaseGatePlugin<Context>(() => {
        const state = deps.localNeo4j?.().state;
        return state === 'restarting' || state === 'starting';
      }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(requestLogger(log));
  app.use(compression({ threshold: COMPRESS_ABOVE_BYTES }));
  app.all('/health', async (_req, res) => {
    const health = await checkHealth(deps.db);
    const local = deps.localNeo4j?.();
    res.status(health.ok ? 200 : 503).json({
      status: health.ok ? 'ok' : 'degraded',
      ...health,
      ...(local ? { localNeo4j: local } : {}),
    });
  });
  app.use(async (req, res, next) => {
    const url = new URL(req.url, 'http://localhost');
    const explorer =
      wantsExplorer(req.method, req.headers.accept, url.search) ||
      (req.method === 'GET' && url.pathname.startsWith('/graphql/explorer'));
    if (!explorer || !(await serveExplorer(url.pathname, res))) next();
  });
  app.all(
    '/graphql',
    corsFor(deps.corsOrigins ?? []),
    bodyLimit(MAX_BODY_BYTES),
    // Encoded request bodies are refused (415): an inflated body could outgrow the limit.
    express.json({ limit: MAX_BODY_BYTES, inflate: false }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(
          createContext({
            db: deps.db,
            tokens: deps.tokens ?? [],
            authorization: req.headers.authorization,
            log: req.log,
            ...(deps.now ? { now: deps.now } : {}),
            ...(deps.compiled === undefined ? {} : { compiled: deps.compiled }),
          }),
        ),
    }),
  );
  app.use(dashboardRouter());
  app.use((_req, res) => {
    res.status(404).json({
      error: 'not found: the dashboard is at /, the API at /graphql, health at /health',
    });
  });
  app.use(errorHandler);

  const live = attachLive(httpServer, {
    schema,
    production,
    log: log.child({ component: 'live' }),
    context: (socketLog) =>
      createContext({ db: deps.db, tokens: [], authorization: undefined, log: socketLog }),
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
    // Subscriptions end first; the drain plugin then closes the HTTP server as Apollo stops.
    close: async () => {
      await live.close();
      await apollo.stop();
    },
  };
}

/** A request id the client may pick (to find its lines in our log), if it is a plain token. */
const CLIENT_REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * pino-http gives each request a child logger carrying its id (echoed in `x-request-id`), so
 * every line logged while serving it can be found together. Finished requests log at debug (a
 * busy service would otherwise write a line per query); failures at warn and error.
 */
function requestLogger(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: (req, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && CLIENT_REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // Every line (req.log's too) carries reqId; the finishing line also says what was asked.
    quietReqLogger: true,
    customLogLevel: (_req, res, error) =>
      error !== undefined || res.statusCode >= 500
        ? 'error'
        : res.statusCode >= 400
          ? 'warn'
          : 'debug',
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}

/** Errors from express.json and from this file; resolver errors never reach here. */
function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const type = typeof error === 'object' && error !== null && 'type' in error ? error.type : '';
  const status =
    typeof error === 'object' && error !== null && 'status' in error ? error.status : 500;
  if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    return;
  }
  if (type === 'entity.too.large') {
    res.status(413).json({ error: `request body over ${MAX_BODY_BYTES} bytes` });
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = error instanceof Error ? error.message : 'bad request';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  // A failure here is a bug in the HTTP layer, not in a resolver; answer without details.
  req.log.error({ err: error }, 'http: internal error');
  res.status(500).json({ error: 'internal server error' });
}
