import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
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
import type { TrustProxy } from './config';
import { createContext, type Context } from './context';
import type { Database } from './db/database';
import { checkHealth } from './db/health/health-repository';
import type { SupervisorStatus } from './db/neo4j-supervisor';
import { formatError } from './errors';
import { DEFAULT_RATE, OperationGuard, type RateSettings } from './guard/operation-guard';
import { operationRules, PARSE_OPTIONS } from './guard/prepare-operation';
import { bodyLimit } from './http/body-limit';
import { clientAddress, compileTrust } from './http/client-address';
import { corsFor } from './http/cors';
import { dashboardRouter } from './http/dashboard';
import { serveExplorer, wantsExplorer } from './http/explorer';
import { openDataRouter } from './http/open-data';
import { attachLive } from './http/live';
import { createLogger, type Logger } from './log';
import { cacheHintsPlugin } from './plugins/cache-hints-plugin';
import { OpenData } from './opendata/open-data';
import { errorLogPlugin } from './plugins/error-log-plugin';
import { operationGuardPlugin } from './plugins/operation-guard-plugin';
import { PUBLIC_MAX_AGE_SECONDS, privateAnswersPlugin } from './plugins/private-answers-plugin';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema';
import { LIMITS } from './validation';

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
  /** The cost budget per client and write budget per token; DEFAULT_RATE when unset. */
  rate?: RateSettings;
  /** The clock of the budgets, in milliseconds; tests move it by hand. */
  rateClock?: () => number;
  /** Which proxies may name the client (X-Forwarded-For); none when unset. */
  trustProxy?: TrustProxy;
  /** False to resolve every related row through the loaders (Context.compiled; tests). */
  compiled?: boolean;
  /** Wraps each of our Apollo plugins by name; `npm run bench:plugins` times them through it. */
  instrumentPlugin?: PluginProbe;
}

export type PluginProbe = (
  name: string,
  plugin: ApolloServerPlugin<Context>,
) => ApolloServerPlugin<Context>;

/** The plugins this project writes, by name, each passed through `probe` when one is given. */
function ourPlugins(guard: OperationGuard, probe?: PluginProbe): ApolloServerPlugin<Context>[] {
  const named: [string, ApolloServerPlugin<Context>][] = [
    ['cacheHintsPlugin', cacheHintsPlugin<Context>(PUBLIC_MAX_AGE_SECONDS)],
    ['privateAnswersPlugin', privateAnswersPlugin()],
    ['errorLogPlugin', errorLogPlugin<Context>()],
    // The cost limit needs the operation's variables, so it is a plugin, not a validation rule.
    ['operationGuardPlugin', operationGuardPlugin<Context>(guard)],
  ];
  return named.map(([name, plugin]) => (probe === undefined ? plugin : probe(name, plugin)));
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
  const guard = operationGuard(deps);
  const trusted = compileTrust(deps.trustProxy ?? { kind: 'none' });
  const contextFor = contextFactory(deps);
  const apollo = new ApolloServer<Context>({
    schema,
    // operationRules() refuses introspection in production, for HTTP and the socket alike.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, { production }),
    validationRules: operationRules(production),
    // Parser work is capped before validation runs; a 1000-alias query stops here with a 400.
    parseOptions: PARSE_OPTIONS,
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
      ...ourPlugins(guard, deps.instrumentPlugin),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(requestLogger(log));
  app.use(compression({ threshold: COMPRESS_ABOVE_BYTES }));
  app.all('/health', healthHandler(deps));
  app.use(explorerRoute);
  app.all(
    '/graphql',
    corsFor(deps.corsOrigins ?? []),
    bodyLimit(MAX_BODY_BYTES),
    // Encoded request bodies are refused (415): an inflated body could outgrow the limit.
    express.json({ limit: MAX_BODY_BYTES, inflate: false }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        Promise.resolve(
          contextFor({
            authorization: req.headers.authorization,
            address: clientAddress(req, trusted),
            log: req.log,
          }),
        ),
    }),
  );
  app.use(openDataRouter(new OpenData(deps.db))); // downloads, annotations, feeds: docs/open-data.md
  app.use(dashboardRouter());
  app.use((_req, res) => {
    res.status(404).json({
      error: 'not found: the dashboard is at /, the API at /graphql, health at /health',
    });
  });
  app.use(errorHandler);

  const live = attachLive(httpServer, {
    schema,
    guard,
    production,
    origins: deps.corsOrigins ?? [],
    trusted,
    log: log.child({ component: 'live' }),
    context: (caller) => contextFor(caller),
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

/** GraphiQL, for a browser asking /graphql for a page, and its assets. */
const explorerRoute: express.RequestHandler = async (req, res, next) => {
  const url = new URL(req.url, 'http://localhost');
  const explorer =
    wantsExplorer(req.method, req.headers.accept, url.search) ||
    (req.method === 'GET' && url.pathname.startsWith('/graphql/explorer'));
  if (!explorer || !(await serveExplorer(url.pathname, res))) next();
};

/** The same context for a request over HTTP and an operation over the socket. */
function contextFactory(
  deps: AppDeps,
): (caller: {
  authorization: string | undefined;
  address: string;
  log: Context['log'];
}) => Context {
  return (caller) =>
    createContext({
      db: deps.db,
      tokens: deps.tokens ?? [],
      authorization: caller.authorization,
      clientAddress: caller.address,
      log: caller.log,
      ...(deps.now ? { now: deps.now } : {}),
      ...(deps.compiled === undefined ? {} : { compiled: deps.compiled }),
    });
}

/** One guard for both transports: the cost limit, the database gate and the budgets. */
function operationGuard(deps: AppDeps): OperationGuard {
  return new OperationGuard({
    limits: LIMITS,
    rate: deps.rate ?? DEFAULT_RATE,
    clock: deps.rateClock ?? (() => performance.now()),
    databaseDown: () => {
      const state = deps.localNeo4j?.().state;
      return state === 'restarting' || state === 'starting';
    },
  });
}

/** /health: whether Neo4j answers, and the state of the service's own Neo4j when it runs one. */
function healthHandler(deps: AppDeps): express.RequestHandler {
  return async (_req, res) => {
    const health = await checkHealth(deps.db);
    const local = deps.localNeo4j?.();
    res.status(health.ok ? 200 : 503).json({
      status: health.ok ? 'ok' : 'degraded',
      ...health,
      ...(local ? { localNeo4j: local } : {}),
    });
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
