/**
 * Backups of the project's own Neo4j (issue 20, item 3, the neo4j-admin path): `npm run backup`
 * refuses while Neo4j runs, dumps it once stopped; the database is then lost (its store and
 * transaction logs deleted, as a failed disk would leave it); `npm run restore` loads the dump;
 * and every node and relationship is as it was. The CLIs run as the user runs them.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { ResolutionService } from '../../src/resolutions/resolution-service';
import { editor } from '../support/workbench';
import { SEED_DIR } from '../support/corpus';
import { snapshot } from '../support/graph';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `npm run <script> -- args` as a user would (tsx on the CLI), for this data directory. */
function cli(script: 'backup' | 'restore', args: string[], dataDir: string): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir };
  delete env.NEO4J_URI;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`src/backup/cli/${script}.ts`, ...args], {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

async function start(dataDir: string, port: number): Promise<{ neo4j: LocalNeo4j; db: Database }> {
  const neo4j = await startLocalNeo4j({
    port,
    dataDir,
    heap: '512m',
    pagecache: '64m',
    apoc: false,
    log: () => undefined,
  });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: neo4j.password });
  return { neo4j, db: new Database(driver) };
}

async function stop(running: { neo4j: LocalNeo4j; db: Database }): Promise<void> {
  await running.db.driver.close();
  await running.neo4j.stop();
}

describe('npm run backup and npm run restore (neo4j-admin dump and load)', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-backup-'));
  const dataDir = path.join(work, 'neo4j-data');
  const file = path.join(work, 'backups', 'claimgraph.dump');
  let before: string[] = [];
  let running: { neo4j: LocalNeo4j; db: Database } | undefined;

  afterAll(async () => {
    if (running) await stop(running);
    rmSync(work, { recursive: true, force: true });
  });

  it('round-trips every node and relationship through a dump, a lost store and a restore', async () => {
    const port = await freePort();
    running = await start(dataDir, port);
    const { db } = running;
    await applySchema(db);
    await importFiles(db, [SEED_DIR]);
    // Hand work beside the import: a resolution and a reopening, with their history.
    const resolutions = new ResolutionService(db, () => new Date('2026-02-01T12:00:00Z'));
    const id = 'c1-pred-day-of-junior-engineer-work';
    await resolutions.resolve(editor('backup-editor'), {
      id,
      status: 'INCORRECT',
      evidenceUrl: 'https://example.org/backup',
      note: 'before the backup',
      resolvedAt: '2026-01-31',
    });
    await resolutions.reopen(editor('backup-editor'), { id, note: 'reopened before the backup' });
    before = await snapshot(db);
    expect(before.length).toBeGreaterThan(1000);

    // Running: refused, with what to do, and no file left behind.
    const refused = await cli('backup', ['--out', file], dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the database is in use');
    expect(refused.stderr).toContain('Stop the service');
    expect(existsSync(file)).toBe(false);

    await stop(running);
    running = undefined;
    const backup = await cli('backup', ['--out', file], dataDir);
    expect({ code: backup.code, stderr: backup.stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: expect.any(String) as string,
    });
    const bytes = statSync(file).size;
    expect(backup.stdout).toContain(`backup: ${file} (${bytes} bytes, neo4j-admin dump`);
    expect(readdirSync(path.dirname(file))).toEqual(['claimgraph.dump']);
    // A second backup to the same name is refused without --force.
    expect((await cli('backup', ['--out', file], dataDir)).code).toBe(2);

    // The disk fails: the database's store and transaction logs are gone.
    rmSync(path.join(dataDir, 'data', 'databases', 'neo4j'), { recursive: true });
    rmSync(path.join(dataDir, 'data', 'transactions', 'neo4j'), { recursive: true });
    const restore = await cli('restore', [file], dataDir);
    expect({ code: restore.code, stderr: restore.stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: expect.any(String) as string,
    });

    running = await start(dataDir, port);
    const after = await snapshot(running.db);
    expect(after).toEqual(before);
    process.stdout.write(
      `\nbackup (dump): ${before.length} nodes and relationships, ${bytes} bytes, ` +
        `backup ${(backup.ms / 1000).toFixed(1)} s, restore ${(restore.ms / 1000).toFixed(1)} s (CLI wall time, JVM start included)\n`,
    );
  }, 900_000);

  it('asks for --replace before replacing a database, and keeps the one it replaces', async () => {
    if (running) await stop(running);
    running = undefined;
    const plain = await cli('restore', [file], dataDir);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('pass --replace to replace it');
    const replaced = await cli('restore', [file, '--replace'], dataDir);
    expect(replaced.code).toBe(0);
    const kept = readdirSync(dataDir).filter((name) => /^before-restore-.*\.dump$/.test(name));
    expect(kept).toHaveLength(1);
    expect(replaced.stdout).toContain(
      `the database replaced is kept in ${path.join(dataDir, kept[0] ?? '')}`,
    );
    running = await start(dataDir, await freePort());
    expect(await snapshot(running.db)).toEqual(before);
  }, 900_000);
});
