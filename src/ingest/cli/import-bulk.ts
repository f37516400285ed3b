// npm run import:bulk -- FILES: a first load into the project's own empty Neo4j, through
// neo4j-admin database import (Neo4j stopped).
import { runCommand, UsageError } from '../../cli/command';
import { loadConfig } from '../../config';
import { BulkRefusal, bulkImportFiles } from '../bulk-import';
import { formatProblem, InputError } from '../problems';

const SPEC = {
  usage: 'npm run import:bulk -- [FILE|FOLDER ...]',
  description: `A first load of a large corpus into the project's own Neo4j while it is empty, through
neo4j-admin database import (many times faster than npm run seed for thousands of episodes).
It validates the files first, exactly as npm run seed does (any problem: file, line and field
are printed and nothing is written), writes CSV files into a temporary folder, imports them
while Neo4j is stopped, then starts Neo4j once to apply the schema and write what depends on
the whole graph (counters, surface forms, name keys), and stops it. The graph is the one
npm run seed gives for the same files. With no arguments: the bundled corpus (SEED_DIR).

It refuses, writing nothing, when a server listens on NEO4J_LOCAL_PORT (stop npm start or
npm run neo4j first) or when the database already holds data (use npm run seed to add to it).`,
  options: {},
  positionals: { name: 'files or folders' },
  epilogue: `environment: NEO4J_DATA_DIR (default .claimgraph/neo4j-data), NEO4J_LOCAL_PORT, and the
heap and page cache settings of npm start. NEO4J_URI must be unset: neo4j-admin writes only the
project's own Neo4j. When to use it: docs/operations.md.`,
};

async function main(args: string[]): Promise<void> {
  const config = loadConfig();
  if (config.neo4j !== undefined) {
    throw new UsageError(
      `NEO4J_URI is set (${config.neo4j.uri}): the bulk import writes only the project's own ` +
        'Neo4j (NEO4J_DATA_DIR); import into that server with npm run seed',
    );
  }
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  try {
    const report = await bulkImportFiles(
      args.length > 0 ? args : [config.seedDir],
      {
        ...config.local,
        log,
      },
      log,
    );
    const { milliseconds: ms } = report;
    process.stdout.write(
      `import:bulk: ${report.episodes} episode(s), ${report.nodes} nodes and ${report.relationships} ` +
        `relationships in ${(ms.total / 1000).toFixed(1)} s (validation ${ms.validate} ms, CSV ` +
        `${ms.csv} ms, neo4j-admin ${ms.neo4jAdmin} ms, schema and derived parts ${ms.finish} ms)\n`,
    );
  } catch (error) {
    if (error instanceof InputError) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stderr.write(
        `import:bulk: ${error.problems.length} problem(s); nothing was written\n`,
      );
      process.exitCode = 1;
      return;
    }
    if (error instanceof BulkRefusal) {
      process.stderr.write(`import:bulk: refused: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

void runCommand(SPEC, ({ positionals }) => main(positionals));
