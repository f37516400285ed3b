/**
 * Hardening item 13: Neo4j is SIGKILLed while `npm run seed` writes; after a restart the
 * import's data is all there or not at all, re-running gives identical counts, and two
 * concurrent imports leave no duplicate ids.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { SEED_DIR } from '../support/corpus';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const LABELS = ['Episode', 'Section', 'Turn', 'Person', 'Entity', 'Claim', 'Prediction', 'Topic'];

let dataDir: string;
let port: number;
let server: LocalNeo4j | undefined;

interface SeedRun {
  code: number | null;
  log: string;
}

/** `npm run seed` against the Neo4j under test; `onLine` sees its stderr as it comes. */
function seed(
  target: LocalNeo4j,
  onLine: (line: string) => void = () => undefined,
): Promise<SeedRun> {
  return new Promise((resolve) => {
    const child = spawn(TSX, ['src/ingest/cli/seed.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEO4J_URI: target.uri,
        NEO4J_USER: 'neo4j',
        NEO4J_PASSWORD: target.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      log += text;
      for (const line of text.split('\n')) if (line) onLine(line);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    const bound = setTimeout(() => child.kill('SIGKILL'), 150_000);
    child.once('exit', (code) => {
      clearTimeout(bound);
      resolve({ code, log });
    });
  });
}

async function withDb<T>(target: LocalNeo4j, work: (db: Database) => Promise<T>): Promise<T> {
  const driver = createDriver({ uri: target.uri, user: 'neo4j', password: target.password });
  try {
    return await work(new Database(driver));
  } finally {
    await driver.close();
  }
}

async function counts(target: LocalNeo4j): Promise<Record<string, number>> {
  return withDb(target, async (db) => {
    const result: Record<string, number> = {};
    for (const label of LABELS) {
      const [row] = await db.read<{ n: number }>(`MATCH (n:${label}) RETURN count(n) AS n`);
      result[label] = row?.n ?? -1;
    }
    const [rels] = await db.read<{ n: number }>('MATCH ()-[r]->() RETURN count(r) AS n');
    result.relationships = rels?.n ?? -1;
    return result;
  });
}

async function duplicateIds(target: LocalNeo4j): Promise<number> {
  return withDb(target, async (db) => {
    const [row] = await db.read<{ n: number }>(
      `MATCH (n) WHERE n.id IS NOT NULL
       WITH labels(n) AS labels, n.id AS id, count(*) AS copies WHERE copies > 1
       RETURN count(*) AS n`,
    );
    return row?.n ?? -1;
  });
}

/** Resolves once `target` runs a transaction other than the one asking (the import's). */
async function importRunning(target: LocalNeo4j): Promise<void> {
  await withDb(target, async (db) => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const [row] = await db.read<{ running: number }>(
        `SHOW TRANSACTIONS YIELD currentQuery
         WHERE currentQuery IS NOT NULL AND NOT currentQuery STARTS WITH 'SHOW'
         RETURN count(*) AS running`,
      );
      if ((row?.running ?? 0) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the import never showed a running transaction in 30 s');
  });
}

function start(): Promise<LocalNeo4j> {
  return startLocalNeo4j({
    port,
    dataDir,
    heap: '512m',
    pagecache: '64m',
    apoc: false,
    log: () => undefined,
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-chaos-import-'));
  port = await freePort();
  server = await start();
  const ready = server;
  await withDb(ready, (db) => applySchema(db).then(() => undefined));
}, 240_000);

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps an import all-or-nothing through a SIGKILL, re-runs identically, and never duplicates ids', async () => {
  const first = server;
  if (first === undefined) throw new Error('no Neo4j');
  let killedAt = 0;
  let killing: Promise<void> | undefined;
  const killed = await seed(first, (line) => {
    // Kill once validation has passed and Neo4j shows the import's transaction running.
    if (killing === undefined && line.startsWith('import:')) {
      killing = importRunning(first).then(() => {
        killedAt = Date.now();
        process.kill(first.pid, 'SIGKILL');
      });
    }
  });
  await killing;
  await first.exited;
  server = await start();
  const afterKill = await counts(server);

  // Re-runs and concurrent runs import in this process (the same importFiles that seed calls),
  // each through a driver of its own: the killed run above is the real `npm run seed`.
  const target = server;
  const importOnce = (): Promise<unknown> => withDb(target, (db) => importFiles(db, [SEED_DIR]));
  await importOnce();
  const once = await counts(server);
  await importOnce();
  const twice = await counts(server);

  const settled = await Promise.allSettled([importOnce(), importOnce()]);
  const [a, b] = settled.map((result) => (result.status === 'fulfilled' ? 0 : 1));
  const concurrent = await counts(server);
  const duplicates = await duplicateIds(server);

  const nothing = Object.values(afterKill).every((n) => n === 0);
  process.stdout.write(
    `\nchaos item 13: seed exit ${String(killed.code)} after the kill; after restart ${nothing ? 'nothing' : 'everything'} was there ` +
      `(${JSON.stringify(afterKill)}); re-run ${JSON.stringify(once)}; identical on a second re-run: ${JSON.stringify(once) === JSON.stringify(twice)}; ` +
      `two concurrent imports failed ${String(a)}/${String(b)}, duplicate ids ${duplicates}\n`,
  );

  expect(killedAt).toBeGreaterThan(0);
  // All or nothing: empty, or exactly what a complete import leaves.
  expect(nothing || JSON.stringify(afterKill) === JSON.stringify(once)).toBe(true);
  expect(once.Claim).toBeGreaterThan(0);
  expect(twice).toEqual(once);
  expect(concurrent).toEqual(once);
  expect(duplicates).toBe(0);
}, 240_000);
