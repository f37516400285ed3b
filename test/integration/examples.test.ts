/**
 * Every query in docs/examples/ runs against the real server and the bundled episode without an
 * error, in file order (6-resolve resolves what 18-reopen reopens), with an editor token.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { hashToken, newToken } from '../../src/auth';
import { PROJECT_ROOT } from '../../src/config';
import type { Database } from '../../src/db/database';
import { applySchema } from '../../src/db/schema';
import { importFiles } from '../../src/ingest/import-corpus';
import { SEED_DIR } from '../support/corpus';
import { resetGraph } from '../support/graph';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

const DIR = path.join(PROJECT_ROOT, 'docs', 'examples');
const EXAMPLES = readdirSync(DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
const token = newToken();

describe('docs/examples run as written', () => {
  let db: Database;
  let running: RunningApp;

  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
    await applySchema(db);
    await importFiles(db, [SEED_DIR]);
    running = await startApp(db, 'test', {
      tokens: [{ name: 'docs-editor', role: 'editor', hash: hashToken(token) }],
    });
  }, 180_000);

  afterAll(async () => {
    await running.app.close();
    await db.driver.close();
  });

  it.each(EXAMPLES)('%s answers without errors', async (file) => {
    const query = readFileSync(path.join(DIR, file), 'utf8');
    const response = await postGraphQL(
      running.url,
      query,
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Object.values(response.body.data ?? {}).every((value) => value !== null)).toBe(true);
  });
});
