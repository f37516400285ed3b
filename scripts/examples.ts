// npm run examples: runs docs/examples/*.graphql in-process against a throwaway Neo4j and prints
// each answer with the number of Cypher statements it cost. The README's outputs come from here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { hashToken, newToken } from '../src/auth';
import { runCommand, UsageError } from '../src/cli/command';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { Database } from '../src/db/database';
import { createDriver } from '../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema';
import { importFiles } from '../src/ingest/import-corpus';
import { createApp } from '../src/server';
import { withExamples, type ExampleRun } from './docs/examples-block';
import { formatMarkdown } from './docs/format';
import { EXAMPLES_DIR, exampleFiles } from './example-files';

const API_DOC = path.join(PROJECT_ROOT, 'docs', 'api.md');

const SPEC = {
  usage: 'npm run examples -- [NAME ...]',
  description: `Starts a throwaway Neo4j on a free port with a new temporary data directory, imports the
bundled corpus into it, runs each docs/examples/*.graphql in the order of the numbers they start
with (or only those whose names start with a NAME given) through the real HTTP server, and prints
every answer with the Cypher statements it cost. Then it stops that Neo4j and deletes its
directory. It never opens the database of npm start or NEO4J_URI: 6-resolve records a
resolution, and that belongs nowhere but here. Mutations run with an editor token made for the run;
an example whose comment says it needs a reviewer token gets a reviewer token instead.`,
  options: {
    docs: {
      type: 'boolean',
      description: "write the answers into docs/api.md's examples block (all examples only)",
    },
    'check-docs': {
      type: 'boolean',
      description: "exit 1 when docs/api.md's examples block is not what the run answered",
    },
  },
  positionals: { name: 'NAME' },
  epilogue: 'Needs Java 17 and Maven, as npm test does (the first run downloads the Neo4j jars).',
} as const;

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
async function runExamples(server: LocalNeo4j, files: string[]): Promise<ExampleRun[]> {
  const driver = createDriver({ uri: server.uri, user: 'neo4j', password: server.password });
  const db = new Database(driver);
  const editor = newToken();
  const reviewer = newToken();
  const app = await createApp({
    db,
    tokens: [
      { name: 'docs-editor', role: 'editor', hash: hashToken(editor) },
      { name: 'docs-reviewer', role: 'reviewer', hash: hashToken(reviewer) },
    ],
  });
  try {
    await applySchema(db);
    await importFiles(db, [loadConfig().seedDir]);
    const url = await app.listen(0, '127.0.0.1');
    const runs: ExampleRun[] = [];
    for (const file of files) {
      const query = readFileSync(path.join(EXAMPLES_DIR, file), 'utf8');
      // A reviewer may not accept what they wrote, so review examples run as someone else.
      const token = /needs a reviewer token/i.test(query) ? reviewer : editor;
      const before = db.roundTrips;
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      const body: unknown = await response.json();
      const statements = db.roundTrips - before;
      process.stdout.write(
        `### ${file}: HTTP ${response.status}, ${statements} Cypher statements\n${JSON.stringify(body, null, 2)}\n\n`,
      );
      runs.push({ file, query, status: response.status, statements, body });
    }
    return runs;
  } finally {
    await app.close();
    await driver.close();
  }
}

/** Writes or checks docs/api.md's examples block; a stale block under --check-docs is exit 1. */
async function documentRuns(runs: ExampleRun[], write: boolean): Promise<number> {
  const text = readFileSync(API_DOC, 'utf8');
  const next = await formatMarkdown(API_DOC, withExamples(text, runs));
  if (next === text) return 0;
  if (write) {
    writeFileSync(API_DOC, next);
    log('examples: wrote the answers into docs/api.md');
    return 0;
  }
  log('examples: docs/api.md does not show these answers; run npm run examples -- --docs');
  return 1;
}

async function main(names: string[], docs: { write: boolean; check: boolean }): Promise<number> {
  if ((docs.write || docs.check) && names.length > 0) {
    throw new UsageError('--docs and --check-docs run every example; name none');
  }
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
    const runs = await runExamples(server, files);
    return docs.write || docs.check ? await documentRuns(runs, docs.write) : 0;
  } finally {
    await cleanUp();
    log(`examples: stopped the throwaway Neo4j and deleted ${dataDir}`);
  }
}

void runCommand(SPEC, ({ positionals, values }) =>
  main(positionals, { write: values.docs === true, check: values['check-docs'] === true }),
);
