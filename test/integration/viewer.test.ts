import { hashToken, type TokenEntry } from '../../src/auth';
import type { Database } from '../../src/db/database';
import { postGraphQL, startApp, type RunningApp } from '../support/http';
import { testDatabase } from '../support/neo4j';

const TOKENS: Record<string, TokenEntry['role']> = {
  'viewer-test-editor-token-0123456789': 'editor',
  'viewer-test-reviewer-token-0123456789': 'reviewer',
  'viewer-test-reader-token-0123456789': 'reader',
};

let db: Database;
let running: RunningApp;

const QUERY = '{ viewer { name role canAnnotate canReview canResolve } }';

async function viewerWith(token?: string): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const { status, body } = await postGraphQL<{ viewer: Record<string, unknown> }>(
    running.url,
    QUERY,
    {},
    headers,
  );
  expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
  return body.data?.viewer ?? {};
}

beforeAll(async () => {
  db = testDatabase();
  running = await startApp(db, 'test', {
    tokens: Object.entries(TOKENS).map(([token, role]) => ({
      name: `${role}-person`,
      role,
      hash: hashToken(token),
    })),
  });
});

afterAll(async () => {
  await running.app.close();
  await db.driver.close();
});

describe('viewer', () => {
  it('says an anonymous caller reads only', async () => {
    await expect(viewerWith()).resolves.toEqual({
      name: null,
      role: 'ANONYMOUS',
      canAnnotate: false,
      canReview: false,
      canResolve: false,
    });
  });

  it('tells an unknown token apart from no token', async () => {
    await expect(viewerWith('nobody-knows-this-token-0123456789')).resolves.toEqual({
      name: null,
      role: 'UNKNOWN',
      canAnnotate: false,
      canReview: false,
      canResolve: false,
    });
  });

  it('names a reader, who may do nothing but read', async () => {
    await expect(viewerWith('viewer-test-reader-token-0123456789')).resolves.toEqual({
      name: 'reader-person',
      role: 'READER',
      canAnnotate: false,
      canReview: false,
      canResolve: false,
    });
  });

  it('names an editor, who annotates and resolves but does not review', async () => {
    await expect(viewerWith('viewer-test-editor-token-0123456789')).resolves.toEqual({
      name: 'editor-person',
      role: 'EDITOR',
      canAnnotate: true,
      canReview: false,
      canResolve: true,
    });
  });

  it('names a reviewer, who annotates, resolves and reviews', async () => {
    await expect(viewerWith('viewer-test-reviewer-token-0123456789')).resolves.toEqual({
      name: 'reviewer-person',
      role: 'REVIEWER',
      canAnnotate: true,
      canReview: true,
      canResolve: true,
    });
  });

  it('is never cached by a shared cache', async () => {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: 'Bearer viewer-test-editor-token-0123456789',
      },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(response.headers.get('cache-control')).toMatch(/no-store|private|max-age=0/);
  });
});
