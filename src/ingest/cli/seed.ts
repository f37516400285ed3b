// npm run seed -- [files or folders]: validates, then imports into Neo4j in one transaction.
import { runCommand } from '../../cli/command';
import { loadConfig } from '../../config';
import { Database } from '../../db/database';
import { describeConnectError, neo4jTarget } from '../../db/credentials';
import { createDriver } from '../../db/driver';
import { startLocalNeo4j, type LocalNeo4j } from '../../db/local-neo4j';
import { applySchema } from '../../db/schema';
import { formatReport, importFiles } from '../import-corpus';
import { formatProblem, InputError } from '../problems';

const SPEC = {
  usage: 'npm run seed -- [FILE|FOLDER ...]',
  description: `Validates transcripts and annotation files, then imports them into Neo4j in one transaction:
all of it or, on any problem, nothing. Safe to re-run: a second run changes nothing. With no
arguments it imports the bundled corpus (SEED_DIR, default seed/episodes).`,
  options: {},
  positionals: { name: 'files or folders' },
  epilogue: `Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (default: the project's own Neo4j's password file),
NEO4J_DATABASE; with no NEO4J_URI it starts the
project's own Neo4j on the same data directory as npm start (stop npm start first).`,
};

async function main(args: string[]): Promise<void> {
  const config = loadConfig();
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  let local: LocalNeo4j | undefined;
  if (config.neo4j === undefined) local = await startLocalNeo4j({ ...config.local, log });
  const target = neo4jTarget(config, local);
  const driver = createDriver(target);
  try {
    const db = new Database(driver, target.database);
    await applySchema(db);
    const report = await importFiles(db, args.length > 0 ? args : [config.seedDir], log);
    process.stdout.write(`${formatReport(report)}\n`);
  } catch (error) {
    if (error instanceof InputError) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
      process.stderr.write(`seed: ${error.problems.length} problem(s); nothing was written\n`);
    } else {
      process.stderr.write(`seed: ${describeConnectError(error, target, config.local.dataDir)}\n`);
    }
    process.exitCode = 1;
  } finally {
    await driver.close();
    await local?.stop();
  }
}

void runCommand(SPEC, ({ positionals }) => main(positionals));
