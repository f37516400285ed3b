import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Driver } from 'neo4j-driver';

import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { importFiles } from '../src/ingest/import-corpus';

export interface SeededNeo4j {
  server: LocalNeo4j;
  driver: Driver;
  db: Database;
}

/**
 * Runs `work` against a throwaway Neo4j holding the bundled episode; whatever `work` does, the
 * driver is closed, Neo4j stopped and its directory deleted afterwards.
 */
export async function withSeededNeo4j<T>(
  name: string,
  work: (seeded: SeededNeo4j) => Promise<T>,
  log: (line: string) => void = () => undefined,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `claimgraph-${name}-`));
  let server: LocalNeo4j | undefined;
  let driver: Driver | undefined;
  try {
    server = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      heap: '1g',
      pagecache: '256m',
      apoc: false,
      log,
    });
    driver = createDriver({ uri: server.uri, user: 'neo4j', password: server.password });
    const db = new Database(driver);
    await applySchema(db);
    await importFiles(db, [loadConfig().seedDir]);
    return await work({ server, driver, db });
  } finally {
    await driver?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
