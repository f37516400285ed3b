// npm run restore -- FILE: loads a dump into the project's own Neo4j (stopped);
// npm run restore -- --logical DIR: a logical backup into an empty database, any Neo4j.
import { existsSync } from 'node:fs';
import path from 'node:path';

import { runCommand, UsageError } from '../../cli/command';
import { loadConfig } from '../../config';
import { hasDatabase, loadFromFile } from '../dump-backup';
import { restoreLogicalBackup } from '../logical-backup';
import { withGraph } from './connect';

const SPEC = {
  usage: 'npm run restore -- FILE [--replace]\n       npm run restore -- --logical DIR',
  description: `Restores a backup made by npm run backup.

A neo4j-admin dump is loaded into the neo4j database in NEO4J_DATA_DIR (NEO4J_URI unset), with
the service stopped, as neo4j-admin requires. When a database is already there, --replace is
needed, and the database it replaces is first dumped beside it
(NEO4J_DATA_DIR/before-restore-<time>.dump), so a restore of the wrong file can be undone.
Start the service afterwards; it serves the restored graph.

With --logical, DIR is a logical backup (npm run backup -- --logical): its episodes are
imported and its hand work written back into the database NEO4J_URI names (or the project's
own), which must hold no episode yet. Everything is checked before anything is written.`,
  options: {
    logical: { type: 'boolean', description: 'DIR is a logical backup (a folder)' },
    replace: { type: 'boolean', description: 'replace the database that is there' },
  },
  positionals: { name: 'FILE', min: 1, max: 1 },
  epilogue: `environment: NEO4J_DATA_DIR (default .claimgraph/neo4j-data), NEO4J_URI.
docs/backups.md has the whole procedure.`,
} as const;

async function logical(dir: string): Promise<void> {
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const counts = await withGraph('restore', (db) => restoreLogicalBackup(db, dir, log));
  process.stdout.write(
    `restore: ${dir} (logical: ${counts.episodes} episodes, ${counts.claims} claims, ` +
      `${counts.resolutions} resolution records, ${counts.revisions} revisions) written\n`,
  );
}

async function main(file: string, replace: boolean, isLogical: boolean): Promise<void> {
  if (!existsSync(file)) throw new UsageError(`${file} does not exist`);
  if (isLogical) {
    if (replace)
      throw new UsageError('--replace is for dumps; a logical restore needs an empty database');
    return logical(file);
  }
  const config = loadConfig();
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  if (config.neo4j !== undefined) {
    throw new UsageError(
      `NEO4J_URI is set (${config.neo4j.uri}): a dump loads only into the project's own Neo4j`,
    );
  }
  const dataDir = config.local.dataDir;
  const present = hasDatabase(dataDir);
  if (present && !replace) {
    throw new UsageError(
      `${dataDir} already holds a neo4j database; pass --replace to replace it (it is dumped first)`,
    );
  }
  const keepAs = present
    ? path.join(dataDir, `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`)
    : null;
  const result = await loadFromFile(dataDir, file, log, keepAs);
  if (result.kept !== null) {
    process.stdout.write(`restore: the database replaced is kept in ${result.kept.file}\n`);
  }
  process.stdout.write(
    `restore: ${file} loaded into ${dataDir} (${(result.ms / 1000).toFixed(1)} s); start the service\n`,
  );
}

void runCommand(SPEC, ({ values, positionals }) =>
  main(positionals[0] ?? '', values.replace === true, values.logical === true),
);
