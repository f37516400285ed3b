// The only file with side effects: config → Neo4j → driver → schema → seed → server → listen.
import { runCommand } from './cli/command';
import { ConfigError, loadConfig } from './config';
import { dashboardCounters } from './db/dashboard/counters-repository';
import { Database } from './db/database';
import { describeConnectError, neo4jTarget, type Neo4jTarget } from './db/credentials';
import { createDriver } from './db/driver';
import { Neo4jSupervisor } from './db/neo4j-supervisor';
import { applySchema } from './db/schema';
import { seedBundledCorpus } from './ingest/seed-bundled';
import { createLogger, lineSink } from './log';
import { createApp, type App } from './server';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger({ level: 'info', format: 'pretty' }).fatal(
      `configuration error: ${error.message}`,
    );
    process.exit(1);
  }
  const logger = createLogger(config.log);
  const log = lineSink(logger);
  let supervisor: Neo4jSupervisor | undefined;
  let app: App | undefined;
  let stopping = false;
  const driverTarget = async (): Promise<Neo4jTarget> => {
    if (config.neo4j) return neo4jTarget(config);
    log('neo4j: NEO4J_URI is not set, so the service starts its own Neo4j (and restarts it)');
    const neo4jLog = lineSink(logger.child({ component: 'neo4j' }));
    supervisor = new Neo4jSupervisor({ neo4j: { ...config.local, log: neo4jLog }, log: neo4jLog });
    return neo4jTarget(config, await supervisor.start());
  };

  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`claimgraph: ${signal}, shutting down`);
    await app?.close().catch(() => undefined);
    await driver?.close().catch(() => undefined);
    await supervisor?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let driver: ReturnType<typeof createDriver> | undefined;
  let target: Neo4jTarget | undefined;
  try {
    target = await driverTarget();
    driver = createDriver(target);
    await driver.getServerInfo({ database: target.database });
    const db = new Database(driver, target.database, { txTimeoutMs: config.txTimeoutMs });
    const statements = await applySchema(db);
    log(`neo4j: ${statements} constraints and indexes in place`);
    if (await dashboardCounters.ensure(db)) log('neo4j: dashboard counters built');
    if (config.seedOnStart) {
      await seedBundledCorpus(db, config.seedDir, lineSink(logger.child({ component: 'seed' })));
    }
    const ownNeo4j = supervisor;
    app = await createApp({
      db,
      nodeEnv: config.nodeEnv,
      tokens: config.tokens,
      corsOrigins: config.corsOrigins,
      rate: config.rate,
      trustProxy: config.trustProxy,
      log: logger,
      ...(ownNeo4j ? { localNeo4j: () => ownNeo4j.status() } : {}),
    });
    const url = await app.listen(config.port, config.host);
    log(`claimgraph: GraphQL API at ${url} (health at ${url.replace(/graphql$/, 'health')})`);
    log(`claimgraph: dashboard at ${url.replace(/graphql$/, '')}`);
  } catch (error) {
    const why =
      target === undefined
        ? error instanceof Error
          ? error.message
          : String(error)
        : describeConnectError(error, target, config.local.dataDir);
    logger.fatal(`claimgraph: could not start: ${why}`);
    await driver?.close().catch(() => undefined);
    await supervisor?.stop();
    process.exit(1);
  }
}

const SPEC = {
  usage: 'npm start            (or, built: node dist/index.js)',
  description: `claimgraph: podcast transcripts as a knowledge graph of who said what.

Starts the GraphQL API with the bundled episodes loaded. With no NEO4J_URI it starts its own
Neo4j 5.26 (from Maven Central, no Docker needed) with data kept in .claimgraph/neo4j-data,
authentication on (password generated into neo4j-password there), and restarts it with
backoff if it dies; /health reports that.`,
  options: {},
  epilogue: `environment:
  PORT, HOST            where the API listens (default 4000, 127.0.0.1)
  NEO4J_URI             an existing Neo4j (bolt://, neo4j://, neo4j+s://); unset: start one
  NEO4J_USER            default neo4j
  NEO4J_PASSWORD        default: the password file of the project's own Neo4j
                        (NEO4J_DATA_DIR/neo4j-password), else empty
  NEO4J_DATABASE        default: the server's default database
  NEO4J_LOCAL_PORT      Bolt port of the Neo4j started here (default 7687)
  NEO4J_DATA_DIR        its data directory (default .claimgraph/neo4j-data)
  NEO4J_HEAP            its heap (default 1g)
  NEO4J_PAGECACHE       its page cache (default 512m)
  NEO4J_APOC            1 to load APOC core into it
  NEO4J_TX_TIMEOUT      its db.transaction.timeout (default 5m: the
                        backstop; requests have the driver's 30 s, imports 5 min)
  NEO4J_TX_MEMORY       its db.memory.transaction.total.max (default 512m)
  NEO4J_JAVA_OPTS       extra JVM options for it and for neo4j-admin
  CLAIMGRAPH_TX_TIMEOUT_MS  the driver's timeout for every transaction (default 30000)
  SEED_DIR              episodes to load at start (default seed/episodes)
  SEED_ON_START         0 to skip loading them
  NODE_ENV              production turns introspection off
  CORS_ORIGINS          other origins whose pages may call the API, comma-separated
                        (http://localhost:3000,https://dash.example.org) or *; default none
  CLAIMGRAPH_RATE_POINTS, CLAIMGRAPH_RATE_REFILL
                        cost points a client may spend at once (default 1000000) and
                        restored per second (default 50000); 0 turns the budget off
  CLAIMGRAPH_WRITE_POINTS, CLAIMGRAPH_WRITE_REFILL
                        writes a token may make at once (default 300) and restored per
                        second (default 1); 0 turns it off
  CLAIMGRAPH_TRUST_PROXY  proxies whose X-Forwarded-For names the client: a number of hops,
                        or addresses and subnets (loopback, uniquelocal, 10.0.0.0/8); default none
  LOG_LEVEL             fatal, error, warn, info (default), debug (a line per request), trace
  LOG_FORMAT            json or pretty (default: json when NODE_ENV=production)`,
};

void runCommand(SPEC, main);
