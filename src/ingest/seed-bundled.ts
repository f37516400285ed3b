import type { Database } from '../db/database';
import { graphCounts } from '../db/import/import-repository';
import { READ_CORPUS_STATE, WRITE_CORPUS_STATE } from '../db/import/import-cypher';
import { corpusDigest } from './corpus-digest';
import { formatReport, importFiles } from './import-corpus';

const STATE_ID = 'seed';

/**
 * `npm start` loads the bundled episodes, unless the files on disk are the ones imported last
 * time (their digest is stored in the graph): then it says so and serves at once.
 */
export async function seedBundledCorpus(
  db: Database,
  seedDir: string,
  log: (line: string) => void,
): Promise<void> {
  const digest = corpusDigest([seedDir]);
  const [state] = await db.read<{ hash: string | null }>(READ_CORPUS_STATE, { id: STATE_ID });
  if (state?.hash === digest) {
    log(`import: ${seedDir} is unchanged since the last import (${digest.slice(0, 12)}), skipped`);
    return;
  }
  const report = await importFiles(db, [seedDir], log);
  await db.write(WRITE_CORPUS_STATE, { id: STATE_ID, hash: digest });
  log(formatReport(report));
  const counts = await graphCounts(db);
  log(
    `graph: ${Object.entries(counts)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}`,
  );
}
