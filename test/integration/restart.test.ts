import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { hashToken, newToken } from '../../src/auth';
import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/db/local-neo4j';
import { postGraphQL } from '../support/http';
import { testNeo4jAuth, testNeo4jUri } from '../support/neo4j';
import { seededApp } from '../support/seeded-app';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

/**
 * Starts the real service (`npm start` minus npm) against the test Neo4j. The fixture imported
 * the bundled corpus as `npm start` does, so the service finds it unchanged and skips the import.
 */
async function startService(port: number, tokens: string): Promise<ChildProcess> {
  const child = spawn(TSX, ['src/index.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      // As npm start runs: Apollo installs its own signal handlers outside NODE_ENV=test.
      NODE_ENV: 'development',
      NEO4J_URI: testNeo4jUri(),
      NEO4J_USER: testNeo4jAuth().user,
      NEO4J_PASSWORD: testNeo4jAuth().password,
      PORT: String(port),
      CLAIMGRAPH_TOKENS: tokens,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`service did not start:\n${log}`)), 60_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('GraphQL API at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`service exited with ${String(code)}:\n${log}`));
    });
  });
  return child;
}

/** SIGTERM must stop the service cleanly and promptly. */
async function stopService(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stuck = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const started = Date.now();
  await exited;
  clearTimeout(stuck);
  expect(Date.now() - started).toBeLessThan(15_000);
}

const api = seededApp();

describe('resolutions survive a restart of the service', () => {
  afterEach(() => api.restore());

  it('keeps the status and the whole history after the service is stopped and started again', async () => {
    const token = newToken();
    const tokens = `restart-editor:editor:${hashToken(token)}`;
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/graphql`;
    const id = 'c1-pred-day-of-junior-engineer-work';

    const first = await startService(port, tokens);
    try {
      const resolved = await postGraphQL(
        url,
        `mutation { resolvePrediction(id: "${id}", status: INCORRECT, evidence: { url: "https://example.org/review", note: "not yet a full day" }, resolvedAt: "2026-05-23") { status } }`,
        {},
        { authorization: `Bearer ${token}` },
      );
      expect(resolved.body).toEqual({ data: { resolvePrediction: { status: 'INCORRECT' } } });
    } finally {
      await stopService(first);
    }

    const second = await startService(port, tokens);
    try {
      const after = await postGraphQL<{ prediction: unknown }>(
        url,
        `{ prediction(id: "${id}") { status resolutions { action status previousStatus evidenceUrl note resolvedAt recordedBy } } }`,
      );
      expect(after.body.data?.prediction).toEqual({
        status: 'INCORRECT',
        resolutions: [
          {
            action: 'RESOLVE',
            status: 'INCORRECT',
            previousStatus: 'OPEN',
            evidenceUrl: 'https://example.org/review',
            note: 'not yet a full day',
            resolvedAt: '2026-05-23',
            recordedBy: 'restart-editor',
          },
        ],
      });
    } finally {
      await stopService(second);
    }
  }, 180_000);
});
