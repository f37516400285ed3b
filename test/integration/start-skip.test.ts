import path from 'node:path';

import { seedBundledCorpus } from '../../src/ingest/seed-bundled';
import { copyOfBundledEpisode, edit } from '../support/corpus';
import { seededApp } from '../support/seeded-app';

// The graph holds the bundled import under the bundled folder's digest; a copy elsewhere has
// another digest, so the first start below imports it (over the same content).
const api = seededApp();
afterEach(() => api.restore());

async function start(dir: string): Promise<string> {
  const lines: string[] = [];
  await seedBundledCorpus(api.db, dir, (line) => lines.push(line));
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
    const [row] = await api.db.read<{ n: number }>(
      "MATCH (c:Claim) WHERE c.paraphrase STARTS WITH 'Edited for the skip test.' RETURN count(c) AS n",
    );
    expect(row?.n).toBe(1);
  });
});
