import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { writeCorpus } from '../../src/db/import/import-repository';
import { loadCorpus } from '../../src/ingest/corpus/load-corpus';
import { generateCorpus } from '../../src/ingest/generate/generate-corpus';
import { resetGraph, snapshot } from '../support/graph';
import { unseededApp } from '../support/seeded-app';

const api = unseededApp();

function generated(episodes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-chunks-'));
  for (const episode of generateCorpus({ episodes, seed: 5 })) {
    mkdirSync(path.join(dir, episode.id));
    writeFileSync(path.join(dir, episode.id, 'transcript.md'), episode.transcript);
    writeFileSync(path.join(dir, episode.id, 'annotations.yaml'), episode.annotations);
  }
  return dir;
}

describe('import of a corpus too large for one transaction', () => {
  it('writes it in parts that add up to exactly the graph one transaction writes', async () => {
    const { db } = api;
    const loaded = loadCorpus([generated(3)]);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems.slice(0, 3)));
    const hashes = new Map<string, string>();

    await resetGraph(db);
    const whole = await writeCorpus(db, loaded.corpus, hashes);
    expect(whole.transactions).toBe(1);
    const once = await snapshot(db, 'NOT n:ImportLock');

    await resetGraph(db);
    const progress: string[] = [];
    const parts = await writeCorpus(db, loaded.corpus, hashes, (line) => progress.push(line), 1);
    // Entities, three chunks of one episode, then the derived surface forms.
    expect(parts.transactions).toBe(5);
    expect(progress).toContain('import: episodes 3/3 committed');
    expect(await snapshot(db, 'NOT n:ImportLock')).toEqual(once);

    // A second run in parts changes nothing.
    const again = await writeCorpus(db, loaded.corpus, hashes, () => undefined, 1);
    expect(again.nodesCreated + again.relationshipsCreated + again.nodesDeleted).toBe(0);
    expect(await snapshot(db, 'NOT n:ImportLock')).toEqual(once);
  }, 300_000);
});
