import path from 'node:path';

import type { Corpus } from '../../domain/corpus';
import type { Database } from '../database';
import { AdminRefusal, DATABASE, runNeo4jAdmin } from '../neo4j-admin';
import { ARRAY_DELIMITER, type BulkFiles } from './bulk-csv';
import { FIX_CLAIMS, FIX_DISCREPANCIES, FIX_ENTITIES } from './bulk-cypher';
import type { Fixes } from './bulk-tables';
import { RECORD_EPISODE_RESOLUTIONS, TAKE_IMPORT_LOCK } from './import-cypher';
import { episodeResolutionRows, IMPORT_TX, writeDerived } from './import-repository';

/**
 * The bulk path for a first load into an empty database: `neo4j-admin database import full`
 * writes the store files from CSV (bulk-csv.ts) while Neo4j is stopped, then, with Neo4j
 * started on them and the schema applied, the importer's own Cypher writes what depends on the
 * whole graph (episode resolutions, counters, surface forms, name keys), so the graph is the
 * one `importFiles` gives for the same corpus.
 */

export class BulkRefusal extends Error {
  override name = 'BulkRefusal';
}

const BATCH = 5_000;

/** Runs the import tool into the `neo4j` database of the Neo4j home `dataDir`. */
export async function runBulkImport(
  dataDir: string,
  files: BulkFiles,
  workDir: string,
  log: (line: string) => void,
): Promise<number> {
  const delimiter = `U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`;
  try {
    const run = await runNeo4jAdmin(
      dataDir,
      [
        'database',
        'import',
        'full',
        DATABASE,
        ...files.args,
        `--array-delimiter=${delimiter}`,
        '--multiline-fields=true',
        // The caller has checked that the database is empty (or was never made).
        '--overwrite-destination=true',
        `--report-file=${path.join(workDir, 'import.report')}`,
      ],
      log,
    );
    return run.ms;
  } catch (error) {
    if (error instanceof AdminRefusal) {
      throw new BulkRefusal(
        'the database is in use: neo4j-admin imports only into a stopped database. Stop the ' +
          'service (npm start) or npm run neo4j, then run this command again.',
      );
    }
    throw error;
  }
}

/**
 * What Cypher writes after the tool: the fixes CSV cannot carry and the episodes' own
 * resolutions, then the derived parts. The fixes go a batch per transaction (for 1000 episodes
 * they touch nearly every claim, more than one transaction's memory allows); each sets values,
 * so a batch run twice changes nothing. Returns the nodes and relationships these created.
 */
export async function finishBulkLoad(
  db: Database,
  corpus: Corpus,
  contentHashes: Map<string, string>,
  fixes: Fixes,
): Promise<{ nodes: number; relationships: number }> {
  const created = { nodes: 0, relationships: 0 };
  const batched = async (cypher: string, rows: unknown[]): Promise<void> => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await db.writeTx(async (tx) => {
        for (const result of [
          await tx.run(TAKE_IMPORT_LOCK),
          await tx.run(cypher, { rows: rows.slice(i, i + BATCH) }),
        ]) {
          const updates = result.summary.counters.updates();
          created.nodes += updates.nodesCreated;
          created.relationships += updates.relationshipsCreated;
        }
      }, IMPORT_TX);
    }
  };
  await batched(FIX_ENTITIES, fixes.entities);
  await batched(FIX_CLAIMS, fixes.claims);
  await batched(FIX_DISCREPANCIES, fixes.discrepancies);
  await batched(RECORD_EPISODE_RESOLUTIONS, episodeResolutionRows(corpus));
  const derived = await writeDerived(db, corpus, contentHashes);
  return {
    nodes: created.nodes + derived.nodesCreated,
    relationships: created.relationships + derived.relationshipsCreated,
  };
}
