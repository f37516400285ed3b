/**
 * Logical backups (issue 20, item 3, for any Neo4j): `npm run backup -- --logical` against the
 * Neo4j NEO4J_URI names (here the tests' own, as an Aura or cluster URI would be given) writes
 * the corpus files of every episode and the hand work; the graph is wiped; `npm run restore --
 * --logical` puts it back, and every node and relationship is as it was, with every property.
 * Left out of the comparison: the tests' marker, import bookkeeping (ImportLock, CorpusState)
 * and Episode.sourceFile, the path the episode was imported from, which is the backup's path;
 * a dashboard counter at zero counts as absent.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { HAND_WORK } from '../../src/backup/logical-backup';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { ResolutionService } from '../../src/resolutions/resolution-service';
import { SEED_DIR } from '../support/corpus';
import { resetGraph, TEST_MARKER_LABEL } from '../support/graph';
import { writeHostileEpisode } from '../support/hostile-episode';
import { testDatabase, testNeo4jAuth, testNeo4jUri } from '../support/neo4j';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
const SKIP = [TEST_MARKER_LABEL, 'ImportLock', 'CorpusState'];

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run <script> -- args` as a user runs it, with NEO4J_URI naming the tests' Neo4j. */
function cli(script: 'backup' | 'restore', args: string[]): Promise<CliRun> {
  const { user, password } = testNeo4jAuth();
  const env = {
    ...process.env,
    NEO4J_URI: testNeo4jUri(),
    NEO4J_USER: user,
    NEO4J_PASSWORD: password,
  };
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
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Every node and relationship but the bookkeeping, with labels and properties, sorted. */
async function graph(db: Database): Promise<string[]> {
  const describe = (properties: Record<string, unknown>): string =>
    Object.keys(properties)
      .sort()
      .map((key) => `${key}=${JSON.stringify(properties[key])}`)
      .join(';');
  const skip = (v: string): string => SKIP.map((label) => `${v}:${label}`).join(' OR ');
  const nodes = await db.read<{ labels: string[]; properties: Record<string, unknown> }>(
    // A dashboard counter at zero reads as no counter (the dashboard asks for n > 0).
    `MATCH (n) WHERE NOT (${skip('n')}) AND NOT (n:DashboardCount AND n.n = 0)
     RETURN labels(n) AS labels, n {.*, sourceFile: null} AS properties`,
  );
  const relationships = await db.read<{
    from: string;
    type: string;
    to: string;
    properties: Record<string, unknown>;
  }>(
    `MATCH (n)-[r]->(b) WHERE NOT (${skip('n')}) AND NOT (${skip('b')})
     RETURN coalesce(n.id, n.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to,
            properties(r) AS properties`,
  );
  return [
    ...nodes.map((n) => `(${[...n.labels].sort().join(':')} ${describe(n.properties)})`),
    ...relationships.map((r) => `${r.from} -[${r.type} ${describe(r.properties)}]-> ${r.to}`),
  ].sort();
}

let db: Database;
const work = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-logical-'));
const dir = path.join(work, 'backup');
let before: string[] = [];

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await importFiles(db, [SEED_DIR, writeHostileEpisode()]);
  // Hand work: a resolution, a reopening and a second resolution of one prediction (a history
  // of three), one resolution of another whose note and evidence are hostile text.
  const resolutions = new ResolutionService(db, () => new Date('2026-02-01T12:00:00.123Z'));
  const id = 'c1-pred-day-of-junior-engineer-work';
  const outcomes = [
    await resolutions.resolve({
      id,
      status: 'INCORRECT',
      evidenceUrl: 'https://example.org/logical',
      note: 'before the backup',
      resolvedAt: '2026-01-31',
      by: 'backup-editor',
    }),
    await resolutions.reopen({ id, note: 'reopened', by: 'backup-editor' }),
    await resolutions.resolve({
      id,
      status: 'CORRECT',
      evidenceUrl: 'https://example.org/second',
      note: null,
      resolvedAt: '2026-02-01',
      by: 'second-editor',
    }),
    await resolutions.resolve({
      id: 'hostile-prediction',
      status: 'PARTIALLY_CORRECT',
      evidenceUrl: 'https://example.org/<script>',
      note: '"><img src=x onerror=alert(1)>',
      resolvedAt: '2026-01-15',
      by: 'backup-editor',
    }),
  ];
  expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true, true]);
  before = await graph(db);
}, 300_000);

afterAll(async () => {
  await db.driver.close();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run backup -- --logical and npm run restore -- --logical', () => {
  it('round-trips every node and relationship through the files, a wipe and a restore', async () => {
    const backup = await cli('backup', ['--logical', '--out', dir]);
    expect({ code: backup.code, stderr: backup.stderr.slice(-2000) }).toEqual({
      code: 0,
      stderr: expect.any(String) as string,
    });
    // The hostile episode's four records, and whatever the bundled corpus settles in its episodes.
    const records = /\(logical: 2 episodes, \d+ claims, (\d+) resolution records/.exec(
      backup.stdout,
    );
    expect(Number(records?.[1])).toBeGreaterThanOrEqual(4);
    expect(readdirSync(dir).sort()).toEqual(['episodes', 'hand-work.json', 'manifest.json']);
    expect(readdirSync(work)).toEqual(['backup']);

    await resetGraph(db);
    expect(await graph(db)).toEqual([]);
    const restore = await cli('restore', ['--logical', dir]);
    expect({
      code: restore.code,
      stderr: restore.code === 0 ? '' : restore.stderr.slice(-2000),
    }).toEqual({
      code: 0,
      stderr: '',
    });
    const after = await graph(db);
    expect(after.filter((line) => !before.includes(line))).toEqual([]);
    expect(before.filter((line) => !after.includes(line))).toEqual([]);
    expect(after).toEqual(before);
    // The four this test recorded, and the ones the bundled corpus settles in its episodes.
    const resolutions = before.filter((line) => line.startsWith('(Resolution '));
    expect(resolutions.length).toBeGreaterThanOrEqual(4);
    process.stdout.write(
      `\nbackup (logical): ${before.length} nodes and relationships round-tripped\n`,
    );
  }, 300_000);

  it('refuses to restore over a graph, writing nothing', async () => {
    const again = await cli('restore', ['--logical', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('the database is not empty');
    expect(await graph(db)).toEqual(before);
  }, 120_000);

  it('refuses a damaged hand-work file by field, writing nothing', async () => {
    const file = path.join(dir, HAND_WORK);
    const hand = JSON.parse(readFileSync(file, 'utf8')) as {
      resolutions: { predictionId: string }[];
      statuses: { status: string }[];
    };
    const [first] = hand.resolutions;
    const [status] = hand.statuses;
    if (first === undefined || status === undefined) throw new Error('no hand work');
    first.predictionId = 'no-such-prediction';
    status.status = 'MAYBE';
    writeFileSync(file, JSON.stringify(hand));
    await resetGraph(db);
    const refused = await cli('restore', ['--logical', dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${file}:0: statuses[0].status: expected one of OPEN`);
    expect(await graph(db)).toEqual([]);
    // The status fixed, the unknown prediction is still refused, against the backup's files.
    status.status = 'OPEN';
    writeFileSync(file, JSON.stringify(hand));
    const unknown = await cli('restore', ['--logical', dir]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      `${file}:0: resolutions[0].predictionId: no-such-prediction is not a prediction`,
    );
    expect(await graph(db)).toEqual([]);
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
  }, 120_000);
});
