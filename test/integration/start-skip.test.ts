import path from 'node:path';

import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { seedBundledCorpus } from '../../src/ingest/seed-bundled';
import { copyOfBundledEpisode, edit } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { testDatabase } from '../support/neo4j';

let db: Database;

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
});

afterAll(async () => {
  await db.driver.close();
});

async function start(dir: string): Promise<string> {
  const lines: string[] = [];
  await seedBundledCorpus(db, dir, (line) => lines.push(line));
  return lines.join('\n');
}

describe('npm start', () => {
  it('skips the import when the corpus on disk is unchanged, and imports a changed one', async () => {
    const episode = copyOfBundledEpisode();
    const folder = path.dirname(episode);
    expect(await start(folder)).toContain('import: done');

    const again = await start(folder);
    expect(again).toMatch(/unchanged since the last import .*skipped/);
    expect(again).not.toContain('import: done');

    edit(
      path.join(episode, 'claims-1.yaml'),
      'paraphrase: ',
      'paraphrase: Edited for the skip test. ',
    );
    expect(await start(folder)).toContain('import: done');
    const [row] = await db.read<{ n: number }>(
      "MATCH (c:Claim) WHERE c.paraphrase STARTS WITH 'Edited for the skip test.' RETURN count(c) AS n",
    );
    expect(row?.n).toBe(1);
  });
});
