/**
 * Every query in docs/examples/ runs against the real server and the bundled episode without an
 * error, in file order (6-resolve resolves what 18-reopen reopens), with an editor token.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { PROJECT_ROOT } from '../../src/config';
import { seededApp } from '../support/seeded-app';

const DIR = path.join(PROJECT_ROOT, 'docs', 'examples');
const EXAMPLES = readdirSync(DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));

const api = seededApp();

describe('docs/examples run as written', () => {
  // The examples resolve and reopen a prediction, in order; the corpus is back afterwards.
  afterAll(() => api.restore());

  it.each(EXAMPLES)('%s answers without errors', async (file) => {
    const query = readFileSync(path.join(DIR, file), 'utf8');
    const response = await api.gql(query, {}, api.editor);
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(Object.values(response.body.data ?? {}).every((value) => value !== null)).toBe(true);
  });
});
