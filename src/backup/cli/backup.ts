// npm run backup -- --out FILE: a dump of the project's own Neo4j (stopped);
// npm run backup -- --logical --out DIR: the corpus files and the hand work, from any Neo4j.
import { existsSync } from 'node:fs';

import { runCommand, UsageError } from '../../cli/command';
import { loadConfig } from '../../config';
import { dumpToFile } from '../dump-backup';
import { writeLogicalBackup } from '../logical-backup';
import { withGraph } from './connect';

const SPEC = {
  usage:
    'npm run backup -- --out FILE [--force]\n       npm run backup -- --logical --out DIR [--force]',
  description: `Backs up the graph into FILE.

With NEO4J_URI unset (the service runs its own Neo4j): a neo4j-admin dump of the neo4j database
in NEO4J_DATA_DIR, exact to the byte, restored by npm run restore -- FILE. Neo4j Community dumps
a database only while it is stopped: stop the service (or npm run neo4j) first, back up, then
start it again; the command says so if you forget.

With --logical, for any Neo4j (NEO4J_URI: Aura, a cluster; else the project's own): a folder
DIR with every episode in the corpus format (DIR/episodes/<key>/, as npm run export writes
them) and DIR/hand-work.json (every resolution record and the status it left, the workbench's
revisions, authors and idempotency keys), restored into
an empty database by npm run restore -- --logical DIR. It reads while the service runs.`,
  options: {
    logical: { type: 'boolean', description: 'a logical backup (a folder) from any Neo4j' },
    out: { type: 'string', valueName: 'FILE', description: 'where to write the backup (required)' },
    force: { type: 'boolean', description: 'replace FILE if it exists' },
  },
  epilogue: `environment: NEO4J_DATA_DIR (default .claimgraph/neo4j-data), NEO4J_URI.
How often to back up and how to restore: docs/backups.md.`,
} as const;

async function logical(out: string, replace: boolean): Promise<void> {
  const counts = await withGraph('backup', (db) =>
    writeLogicalBackup(db, out, {
      replace,
      now: new Date(),
      log: (line) => process.stderr.write(`${line}\n`),
    }),
  );
  process.stdout.write(
    `backup: ${out} (logical: ${counts.episodes} episodes, ${counts.claims} claims, ` +
      `${counts.resolutions} resolution records, ${counts.revisions} revisions, ` +
      `${counts.files} corpus files)\n`,
  );
}

async function main(values: { out?: string; force?: boolean; logical?: boolean }): Promise<void> {
  const out = values.out;
  if (out === undefined || out === '') throw new UsageError('--out FILE is required');
  if (existsSync(out) && values.force !== true) {
    throw new UsageError(`${out} exists; pass --force to replace it`);
  }
  if (values.logical === true) return logical(out, values.force === true);
  const config = loadConfig();
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  if (config.neo4j !== undefined) {
    throw new UsageError(
      `NEO4J_URI is set (${config.neo4j.uri}): neo4j-admin dumps only the project's own Neo4j; ` +
        'back up that server with --logical, or with its own tools',
    );
  }
  log(`backup: dumping the neo4j database in ${config.local.dataDir}`);
  const result = await dumpToFile(config.local.dataDir, out, log);
  process.stdout.write(
    `backup: ${result.file} (${result.bytes} bytes, neo4j-admin dump, ${(result.ms / 1000).toFixed(1)} s)\n`,
  );
}

void runCommand(SPEC, ({ values }) => main(values));
