/**
 * Episodes new to the graph are written with CREATE (src/db/import/fresh-episodes.ts); the same
 * corpus written with MERGE alone must give the same graph: every node with its labels and typed
 * properties, every relationship with its type, ends and properties.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Database } from '../../src/db/database';
import { writeCorpus, type WritePaths } from '../../src/db/import/import-repository';
import type { Corpus } from '../../src/domain/corpus';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';
import { generateCorpus } from '../../src/ingest/generate/generate-corpus';
import { Checkpoint } from '../support/checkpoint';
import { SEED_DIR } from '../support/corpus';
import { resetGraph, snapshot } from '../support/graph';
import { unseededApp } from '../support/seeded-app';

const api = unseededApp();

function generated(episodes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-fresh-'));
  for (const episode of generateCorpus({ episodes, seed: 11 })) {
    mkdirSync(path.join(dir, episode.id));
    writeFileSync(path.join(dir, episode.id, 'transcript.md'), episode.transcript);
    writeFileSync(path.join(dir, episode.id, 'annotations.yaml'), episode.annotations);
  }
  return dir;
}

function corpusOf(inputs: string[]): Corpus {
  const loaded = loadCorpus(inputs);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
  return loaded.corpus;
}

/**
 * Writes `corpus` into an empty graph by `paths`. The one value that differs between two
 * imports, the time an episode's own resolution was recorded (datetime()), is set to one
 * instant so the rest can be compared exactly.
 */
async function writeFromEmpty(
  db: Database,
  corpus: Corpus,
  paths: WritePaths,
  episodesPerTransaction: number,
): Promise<number> {
  await resetGraph(db);
  const counters = await writeCorpus(
    db,
    corpus,
    new Map([['x', 'y']]),
    () => undefined,
    episodesPerTransaction,
    paths,
  );
  await db.write(
    "MATCH (x:Resolution) SET x.recordedAt = datetime('2026-01-01T00:00:00Z') RETURN count(x) AS n",
  );
  return counters.nodesCreated + counters.relationshipsCreated;
}

describe('CREATE for episodes new to the graph', () => {
  it.each([
    ['the bundled corpus, in one transaction', () => corpusOf([SEED_DIR]), 50],
    ['a generated corpus of 4 episodes, two per transaction', () => corpusOf([generated(4)]), 2],
  ])(
    'writes %s exactly as MERGE does',
    async (_name, corpus, perTransaction) => {
      const { db } = api;
      const input = corpus();
      const merged = await writeFromEmpty(db, input, 'merge-only', perTransaction);
      const byMerge = { graph: await snapshot(db), typed: await Checkpoint.take(db.driver) };
      // Premises and mentionOnly marks are written (the bundled episode has both).
      expect(byMerge.graph.filter((line) => line.includes(';premiseText=')).length).toBe(
        input.claims.filter((claim) => claim.premiseText !== null).length,
      );
      expect(byMerge.graph.filter((line) => line.includes(';mentionOnly=true;')).length).toBe(
        input.mentions.filter((mention) => mention.mentionOnly).length,
      );
      const created = await writeFromEmpty(db, input, 'create-new', perTransaction);

      expect(created).toBe(merged);
      expect(merged).toBeGreaterThan(1000);
      // Lines first, for a readable difference; then the typed fingerprint (1 and 1.0 differ).
      expect(await snapshot(db)).toEqual(byMerge.graph);
      expect((await Checkpoint.take(db.driver)).fingerprint()).toBe(byMerge.typed.fingerprint());
    },
    300_000,
  );

  it('leaves a re-import of the same files (by MERGE) nothing to change', async () => {
    const { db } = api;
    const input = corpusOf([generated(3)]);
    await writeFromEmpty(db, input, 'create-new', 2);
    const before = (await Checkpoint.take(db.driver)).fingerprint();
    const again = await writeCorpus(db, input, new Map([['x', 'y']]), () => undefined, 2);
    expect(again.nodesCreated + again.relationshipsCreated + again.nodesDeleted).toBe(0);
    expect(again.relationshipsDeleted).toBe(0);
    expect((await Checkpoint.take(db.driver)).fingerprint()).toBe(before);
  }, 300_000);
});
