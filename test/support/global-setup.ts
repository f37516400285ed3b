import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildAssets } from '../../scripts/build-assets';
import { neo4jJavaOptions } from '../../src/config';
import {
  ensureLauncherBuilt,
  freePort,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../src/db/local-neo4j';
import { listFromEnv, TEST_PASSWORD_ENV, TEST_RUN_ENV, TEST_URI_ENV } from './neo4j';

declare global {
  // Read by global-teardown.ts; jest shares globals only between those two files.
  var claimgraphTestNeo4j: { server: LocalNeo4j; dataDir: string }[] | undefined;
}

/** What this file reads of jest's global config. */
interface JestRunConfig {
  runInBand?: boolean;
  maxWorkers: number;
}

/**
 * The Neo4j servers and neo4j-admin runs that tests start themselves live a few seconds, and
 * the JIT's optimising tier spends more CPU than they run queries: about half of a start.
 */
const SHORT_LIVED_JVM = '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC';

/** Enough servers for every worker; more than this many workers would only fight over 2 cores. */
const MOST_SERVERS = 4;

/**
 * Starts throwaway Neo4j servers, one per jest worker (test/support/neo4j.ts gives each worker
 * its own), on free ports with temporary data directories, unless CLAIMGRAPH_TEST_NEO4J_URI
 * names servers the user set aside for tests. NEO4J_URI is never used: the tests empty their
 * database, and that variable names the service's own. Also builds the browser assets the
 * server serves. Each tier that needs Neo4j names this file; when several run together, jest
 * calls it once per tier, and the first call's servers serve them all.
 */
export default async function globalSetup(globalConfig: JestRunConfig): Promise<void> {
  // seededApp() hands its import on to the next file of this run only, never to a later run
  // (whose importer may have changed).
  process.env[TEST_RUN_ENV] ??= randomUUID();
  buildAssets({ log: (line) => process.stderr.write(`\n${line}`) });
  // The shared servers below run the whole tier: they keep the user's options and full JIT.
  const javaOptions = neo4jJavaOptions();
  process.env.NEO4J_JAVA_OPTS ??= SHORT_LIVED_JVM;
  const workers = globalConfig.runInBand ? 1 : Math.min(globalConfig.maxWorkers, MOST_SERVERS);
  const given = listFromEnv(process.env[TEST_URI_ENV]);
  if (given.length > 0) {
    if (given.length < workers) {
      throw new Error(
        `${TEST_URI_ENV} names ${given.length} server(s), but jest runs ${workers} workers, and ` +
          'two workers must not share a database: name one per worker (comma-separated), or ' +
          'run the files one at a time (npm test -- --runInBand)',
      );
    }
    return;
  }
  const log = (line: string): void => void process.stderr.write(`\n${line}`);
  // Built once here: the servers below start side by side.
  await ensureLauncherBuilt(log);
  const started = await Promise.all(
    Array.from({ length: workers }, async () => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-neo4j-'));
      const server = await startLocalNeo4j({
        port: await freePort(),
        dataDir,
        heap: '1g',
        pagecache: '256m',
        apoc: false,
        log,
        javaOptions,
      });
      return { server, dataDir };
    }),
  );
  globalThis.claimgraphTestNeo4j = started;
  process.env[TEST_URI_ENV] = started.map(({ server }) => server.uri).join(',');
  process.env[TEST_PASSWORD_ENV] = started.map(({ server }) => server.password).join(',');
}
