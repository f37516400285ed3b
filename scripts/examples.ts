// npm run examples: runs docs/examples/*.graphql in-process against a throwaway Neo4j and prints
// each answer with the number of Cypher statements it cost. The README's outputs come from here.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { hashToken, newToken } from '../src/auth';
import { runCommand, UsageError } from '../src/cli/command';
import { loadConfig } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { importFiles } from '../src/ingest/import-corpus';
import { createApp } from '../src/server';
import { EXAMPLES_DIR, exampleFiles } from './example-files';

const SPEC = {
  usage: 'npm run examples -- [NAME ...]',
  description: `Starts a throwaway Neo4j on a free port with a new temporary data directory, imports the
bundled corpus into it, runs each docs/examples/*.graphql in the order of the numbers they start
with (or only those whose names start with a NAME given) through the real HTTP server, and prints
every answer with the Cypher statements it cost. Then it stops that Neo4j and deletes its
directory. It never opens the database of npm start or NEO4J_URI: 6-resolve records a
resolution, and that belongs nowhere but here. Mutations run with an editor token made for the run.`,
  options: {},
  positionals: { name: 'NAME' },
  epilogue: 'Needs Java 17 and Maven, as npm test does (the first run downloads the Neo4j jars).',
};

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The examples to run: all, or those whose names start with one of `names`. */
function selected(names: string[]): string[] {
  const all = exampleFiles();
  if (names.length === 0) return all;
  const unknown = names.filter((name) => !all.some((file) => file.startsWith(name)));
  if (unknown.length > 0) {
    throw new UsageError(`no example in docs/examples/ starts with ${unknown.join(', ')}`);
  }
  return all.filter((file) => names.some((name) => file.startsWith(name)));
}

/** Runs the examples against a Neo4j that holds the bundled corpus and nothing else. */
async function runExamples(server: LocalNeo4j, files: string[]): Promise<void> {
  const driver = createDriver({ uri: server.uri, user: 'neo4j', password: server.password });
  const db = new Database(driver);
  const token = newToken();
  const app = await createApp({
    db,
    tokens: [{ name: 'readme-editor', role: 'editor', hash: hashToken(token) }],
  });
  try {
    await applySchema(db);
    await importFiles(db, [loadConfig().seedDir]);
    const url = await app.listen(0, '127.0.0.1');
    for (const file of files) {
      const query = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      const before = db.roundTrips;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const body: unknown = await response.json();
      process.stdout.write(
        `### ${file}: HTTP ${response.status}, ${db.roundTrips - before} Cypher statements\n${JSON.stringify(body, null, 2)}\n\n`,
      );
    }
  } finally {
    await app.close();
    await driver.close();
  }
}

async function main(names: string[]): Promise<void> {
  const files = selected(names);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-examples-'));
  let server: LocalNeo4j | undefined;
  const cleanUp = async (): Promise<void> => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  // Ctrl-C still stops the throwaway Neo4j and deletes its directory.
  const interrupted = (): void => {
    void cleanUp().then(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    server = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      heap: '512m',
      pagecache: '128m',
      apoc: false,
      log,
    });
    await runExamples(server, files);
  } finally {
    await cleanUp();
    log(`examples: stopped the throwaway Neo4j and deleted ${dataDir}`);
  }
}

void runCommand(SPEC, ({ positionals }) => main(positionals));
