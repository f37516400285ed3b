import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import path from 'node:path';

import { DATABASE, runNeo4jAdmin } from '../db/neo4j-admin';

/**
 * Backups of the project's own Neo4j (the one `npm start` runs when NEO4J_URI is unset), as
 * `neo4j-admin database dump` archives: the store files of the `neo4j` database, exact, in one
 * compressed file that `neo4j-admin database load` (here: restore) puts back. Both need the
 * database offline (see db/neo4j-admin.ts).
 */

export interface DumpResult {
  file: string;
  bytes: number;
  ms: number;
}

/** True when the data directory holds a `neo4j` database (it has been started once at least). */
export function hasDatabase(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'data', 'databases', DATABASE));
}

/**
 * Dumps the `neo4j` database of `dataDir` into `file`. The archive is written beside `file`
 * first and renamed into place, so a failed or interrupted dump never leaves a half-written
 * file under the name a restore would pick up.
 */
export async function dumpToFile(
  dataDir: string,
  file: string,
  log: (line: string) => void,
): Promise<DumpResult> {
  if (!hasDatabase(dataDir)) {
    throw new Error(
      `no database in ${dataDir}: the project's Neo4j has not run there (NEO4J_DATA_DIR), so there is nothing to back up`,
    );
  }
  const target = path.resolve(file);
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = mkdtempSync(path.join(path.dirname(target), '.claimgraph-dump-'));
  try {
    const run = await runNeo4jAdmin(
      dataDir,
      ['database', 'dump', DATABASE, `--to-path=${staging}`],
      log,
    );
    renameSync(path.join(staging, `${DATABASE}.dump`), target);
    return { file: target, bytes: statSync(target).size, ms: run.ms };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Loads `file` (a dump) into the `neo4j` database of `dataDir`, replacing what is there. When a
 * database is there, it is first dumped to `keepAs`, so a restore of the wrong file can itself
 * be undone.
 */
export async function loadFromFile(
  dataDir: string,
  file: string,
  log: (line: string) => void,
  keepAs: string | null,
): Promise<{ ms: number; kept: DumpResult | null }> {
  const kept =
    keepAs !== null && hasDatabase(dataDir) ? await dumpToFile(dataDir, keepAs, log) : null;
  const run = await runNeo4jAdmin(
    dataDir,
    ['database', 'load', DATABASE, '--from-stdin', '--overwrite-destination=true'],
    log,
    { stdin: createReadStream(file) },
  );
  return { ms: run.ms, kept };
}
