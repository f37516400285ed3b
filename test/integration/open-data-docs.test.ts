import { readFileSync } from 'node:fs';

import { DOC_FILE, getAsShown, renderOpenDataDoc } from '../../scripts/open-data-docs';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { seedBundledCorpus } from '../../src/ingest/seed-bundled';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

let db: Database;
let running: RunningApp;

/** The one thing that differs between two imports of the same corpus: when they ran. */
function withoutImportTimes(text: string): string {
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>');
}

beforeAll(async () => {
  db = testDatabase();
  await resetGraph(db);
  await applySchema(db);
  await seedBundledCorpus(db, SEED_DIR, () => undefined); // as npm start: records importedAt
  running = await startApp(db);
}, 180_000);

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

it('docs/open-data.md shows what the service answers for the bundled corpus (npm run docs:open-data)', async () => {
  const port = Number(new URL(running.url).port);
  const fresh = await renderOpenDataDoc(getAsShown(port));
  expect(withoutImportTimes(readFileSync(DOC_FILE, 'utf8'))).toBe(withoutImportTimes(fresh));
});
