import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Database } from '../db/database';
import { createDriver } from '../db/driver';
import { writeBulkFiles } from '../db/import/bulk-csv';
import { COUNT_NODES } from '../db/import/bulk-cypher';
import { BulkRefusal, finishBulkLoad, runBulkImport } from '../db/import/bulk-load';
import { bulkTables } from '../db/import/bulk-tables';
import { isPortFree, startLocalNeo4j, type LocalNeo4jOptions } from '../db/local-neo4j';
import { DATABASE } from '../db/neo4j-admin';
import { schemaStatements } from '../db/schema';
import { loadCorpus } from './corpus/load-corpus';
import { contentHashes } from './import-corpus';
import { InputError } from './problems';

export { BulkRefusal };

/** How long the indexes may take to fill from the imported store (the service waits 60 s). */
const INDEX_WAIT_SECONDS = 1_800;

export interface BulkReport {
  files: number;
  episodes: number;
  /** Nodes and relationships created: by neo4j-admin and by the Cypher after it. */
  nodes: number;
  relationships: number;
  /** Where the time went, and in all. */
  milliseconds: {
    validate: number;
    csv: number;
    neo4jAdmin: number;
    finish: number;
    total: number;
  };
}

/**
 * A first load of a corpus into the project's own, empty, stopped Neo4j (`target.dataDir`),
 * through `neo4j-admin database import full` (db/import/bulk-load.ts). In order: the files are
 * checked with the importer's validator (InputError, nothing written); the database must be
 * empty or never made, and no server may run on it (BulkRefusal, nothing written); the CSV files
 * are written and imported; then Neo4j is started on the data, the schema applied and the
 * derived parts written with the importer's Cypher, and Neo4j stopped again. The graph is the one
 * `importFiles` gives for the same files (test/integration/bulk-import.test.ts).
 */
export async function bulkImportFiles(
  inputs: string[],
  target: LocalNeo4jOptions,
  log: (line: string) => void = () => undefined,
): Promise<BulkReport> {
  const started = performance.now();
  const since = (from: number): number => Math.round(performance.now() - from);
  const loaded = loadCorpus(inputs);
  if (!loaded.ok) throw new InputError(loaded.problems);
  const validate = since(started);
  const { corpus } = loaded;
  log(`bulk: ${loaded.files.length} file(s) valid, ${corpus.episodes.length} episode(s)`);
  await refuseUnlessEmpty(target, log);

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bulk-'));
  try {
    let at = performance.now();
    const hashes = contentHashes(corpus);
    const tables = bulkTables(corpus, hashes);
    const files = writeBulkFiles(tables, workDir);
    const csv = since(at);
    log(`bulk: CSV written (${files.nodes} nodes, ${files.relationships} relationships)`);
    const neo4jAdmin = await runBulkImport(target.dataDir, files, workDir, log);
    log(`bulk: neo4j-admin database import done; starting Neo4j for the schema and derived parts`);
    at = performance.now();
    const derived = await withLocalDatabase(target, async (db) => {
      // applySchema's statements, but a longer wait: the indexes fill from a whole corpus here.
      for (const statement of schemaStatements()) await db.write(statement);
      await db.write('CALL db.awaitIndexes($seconds)', { seconds: INDEX_WAIT_SECONDS });
      return finishBulkLoad(db, corpus, hashes, tables.fixes);
    });
    return {
      files: loaded.files.length,
      episodes: corpus.episodes.length,
      nodes: files.nodes + derived.nodes,
      relationships: files.relationships + derived.relationships,
      milliseconds: { validate, csv, neo4jAdmin, finish: since(at), total: since(started) },
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Refuses (BulkRefusal) when a server answers on the port or the database holds anything. */
async function refuseUnlessEmpty(
  target: LocalNeo4jOptions,
  log: (line: string) => void,
): Promise<void> {
  if (!(await isPortFree(target.port))) {
    throw new BulkRefusal(
      `a server is listening on port ${target.port} (NEO4J_LOCAL_PORT): the bulk import needs ` +
        "the project's Neo4j stopped. Stop the service (npm start) or npm run neo4j, then run " +
        'this command again. Nothing was written.',
    );
  }
  if (!existsSync(path.join(target.dataDir, 'data', 'databases', DATABASE))) return;
  log('bulk: a database exists in the data directory; checking that it is empty');
  const nodes = await withLocalDatabase(target, async (db) => {
    const [row] = await db.read<{ nodes: number }>(COUNT_NODES);
    return row?.nodes ?? 0;
  });
  if (nodes > 0) {
    throw new BulkRefusal(
      `the database in ${target.dataDir} holds ${nodes} node(s): the bulk import loads only an ` +
        'empty database, and would replace this one. Import into it with npm run seed -- FILES ' +
        '(which merges), or point NEO4J_DATA_DIR at a new directory. Nothing was written.',
    );
  }
}

/** Starts Neo4j on `target`, runs `work` against it, and stops it again. */
async function withLocalDatabase<T>(
  target: LocalNeo4jOptions,
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const local = await startLocalNeo4j(target);
  const driver = createDriver({ uri: local.uri, user: 'neo4j', password: local.password });
  try {
    return await work(new Database(driver, undefined, { txTimeoutMs: 600_000 }));
  } finally {
    await driver.close();
    await local.stop();
  }
}
