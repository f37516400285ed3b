import type { Database } from '../db/database';
import { graphCounts } from '../db/import/import-repository';
import { formatReport, importFiles } from './import-corpus';

/** `npm start` loads the bundled episodes; a second start finds them in place and changes nothing. */
export async function seedBundledCorpus(
  db: Database,
  seedDir: string,
  log: (line: string) => void,
): Promise<void> {
  const report = await importFiles(db, [seedDir], log);
  log(formatReport(report));
  const counts = await graphCounts(db);
  log(
    `graph: ${Object.entries(counts)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}`,
  );
}
