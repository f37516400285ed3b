/**
 * The bulk path (npm run import:bulk, src/ingest/bulk-import.ts) into a Neo4j of its own: the
 * graph it leaves is the one importFiles writes into the tests' Neo4j for the same files (every
 * node, relationship and typed property; the same constraints and indexes), and it refuses, writing
 * nothing, on bad input, on a running server and on a database that holds data.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { freePort, startLocalNeo4j, type LocalNeo4jOptions } from '../../src/db/local-neo4j';
import { BulkRefusal, bulkImportFiles } from '../../src/ingest/bulk-import';
import { generateCorpus } from '../../src/ingest/generate/generate-corpus';
import { importFiles } from '../../src/ingest/import-corpus';
import { InputError } from '../../src/ingest/problems';
import { Checkpoint } from '../support/checkpoint';
import { SEED_DIR } from '../support/corpus';
import { resetGraph, snapshot, TEST_MARKER_LABEL } from '../support/graph';
import { unseededApp } from '../support/seeded-app';

const api = unseededApp();

function generated(episodes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bulk-corpus-'));
  for (const episode of generateCorpus({ episodes, seed: 3 })) {
    mkdirSync(path.join(dir, episode.id));
    writeFileSync(path.join(dir, episode.id, 'transcript.md'), episode.transcript);
    writeFileSync(path.join(dir, episode.id, 'annotations.yaml'), episode.annotations);
  }
  return dir;
}

async function target(): Promise<LocalNeo4jOptions> {
  return {
    port: await freePort(),
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bulk-neo4j-')),
    heap: '512m',
    pagecache: '64m',
    apoc: false,
    log: () => undefined,
  };
}

/** The one value two imports cannot share: when an episode's own resolution was recorded. */
const SAME_INSTANT =
  "MATCH (x:Resolution) SET x.recordedAt = datetime('2026-01-01T00:00:00Z') RETURN count(x) AS n";

async function schemaOf(db: Database): Promise<string[]> {
  const rows = await db.read<{
    name: string;
    type: string;
    labels: string[] | null;
    properties: string[] | null;
    state: string;
  }>(
    `SHOW INDEXES YIELD name, type, labelsOrTypes AS labels, properties, state
     RETURN name, type, labels, properties, state`,
  );
  return rows
    .map((r) => `${r.name} ${r.type} ${String(r.labels)} ${String(r.properties)} ${r.state}`)
    .sort();
}

describe('npm run import:bulk', () => {
  it('leaves exactly the graph importFiles writes, then refuses to load over it', async () => {
    const inputs = [generated(3), SEED_DIR];
    const bulk = await target();
    const report = await bulkImportFiles(inputs, bulk);
    expect(report.episodes).toBe(4);

    const { db } = api;
    await resetGraph(db);
    await importFiles(db, inputs);
    await db.write(SAME_INSTANT);
    const expected = {
      graph: await snapshot(db, `NOT n:${TEST_MARKER_LABEL}`),
      typed: (await Checkpoint.take(db.driver)).fingerprint(),
      schema: await schemaOf(db),
    };
    expect(expected.graph.length).toBeGreaterThan(5000);
    // The bundled episode's premises and mentionOnly marks are among what is compared.
    expect(expected.graph.some((line) => line.includes(';premiseGoverns=['))).toBe(true);
    expect(expected.graph.some((line) => line.includes(';mentionOnly=true;'))).toBe(true);

    const local = await startLocalNeo4j(bulk);
    const server = { uri: local.uri, user: 'neo4j', password: local.password };
    const driver = createDriver(server);
    try {
      const loaded = new Database(driver);
      await loaded.write(SAME_INSTANT);
      expect(await snapshot(loaded)).toEqual(expected.graph);
      expect((await Checkpoint.take(driver, undefined, server)).fingerprint()).toBe(expected.typed);
      expect(await schemaOf(loaded)).toEqual(expected.schema);
      // A server on the port: refused before anything is read or written.
      await expect(bulkImportFiles(inputs, bulk)).rejects.toThrow(/listening on port/);
    } finally {
      await driver.close();
      await local.stop();
    }
    // Stopped but holding data: refused, and the data is left as it was.
    const again = bulkImportFiles(inputs, bulk);
    await expect(again).rejects.toBeInstanceOf(BulkRefusal);
    await expect(again).rejects.toThrow(/holds \d+ node\(s\)/);
  }, 600_000);

  it('refuses bad input with file, line and field, and makes no database', async () => {
    const dir = generated(1);
    const [episode] = generateCorpus({ episodes: 1, seed: 3 });
    if (episode === undefined) throw new Error('no episode generated');
    const file = path.join(dir, episode.id, 'annotations.yaml');
    const text = readFileSync(file, 'utf8');
    const turn = /"turn": ?"(t\d+)"/.exec(text)?.[1];
    if (turn === undefined) throw new Error(`no turn reference in ${file}`);
    writeFileSync(file, text.replace(`"${turn}"`, '"t999"'));
    const bulk = await target();
    const refused = await bulkImportFiles([dir], bulk).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InputError);
    const [problem] = (refused as InputError).problems;
    expect(problem).toEqual(
      expect.objectContaining({
        file: path.relative(process.cwd(), file),
        message: expect.stringContaining('unknown turn "t999"') as string,
      }),
    );
    expect(problem?.line).toBeGreaterThan(0);
    expect(problem?.field).toMatch(/turn$/);
    expect(existsSync(path.join(bulk.dataDir, 'data'))).toBe(false);
  });
});
