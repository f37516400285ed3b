import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { buildAssets } from '../../scripts/build-assets';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j';
import { TEST_PASSWORD_ENV, TEST_RUN_ENV, TEST_URI_ENV } from './neo4j';

declare global {
  // Read by global-teardown.ts; jest shares globals only between those two files.
  var claimgraphTestNeo4j: { server: LocalNeo4j; dataDir: string } | undefined;
}

/**
 * Starts a throwaway Neo4j on a free port with a temporary data directory, unless
 * CLAIMGRAPH_TEST_NEO4J_URI names one the user set aside for tests. NEO4J_URI is never used:
 * the tests empty their database, and that variable names the service's own. Also builds the
 * browser assets the server serves. Each tier that needs Neo4j names this file; when several
 * run together, jest calls it once per tier, and the first call's server serves them all.
 */
export default async function globalSetup(): Promise<void> {
  // seededApp() hands its import on to the next file of this run only, never to a later run
  // (whose importer may have changed).
  process.env[TEST_RUN_ENV] ??= randomUUID();
  buildAssets({ log: (line) => process.stderr.write(`\n${line}`) });
  const given = process.env[TEST_URI_ENV];
  if (given !== undefined && given !== '') return;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-neo4j-'));
  const server = await startLocalNeo4j({
    port: await freePort(),
    dataDir,
    heap: '1g',
    pagecache: '256m',
    apoc: false,
    log: (line) => process.stderr.write(`\n${line}`),
  });
  process.env[TEST_URI_ENV] = server.uri;
  process.env[TEST_PASSWORD_ENV] = server.password;
  globalThis.claimgraphTestNeo4j = { server, dataDir };
}
