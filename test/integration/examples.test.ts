/**
 * `npm run examples` as a user runs it: every query in docs/examples/ answers without an error,
 * in the order of their numbers (6-resolve resolves what 18-reopen reopens), against a Neo4j of
 * its own that it starts and deletes. The user's database is left exactly as it was: the test
 * Neo4j, holding the bundled corpus, stands in for it as NEO4J_URI, and an empty folder stands in
 * for the project's own data directory. And docs/api.md shows exactly the answers the run gives.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { exampleFiles } from '../../scripts/example-files';
import { PROJECT_ROOT } from '../../src/config';
import { freePort } from '../../src/db/local-neo4j';
import { Checkpoint } from '../support/checkpoint';
import { testNeo4jAuth, testNeo4jUri } from '../support/neo4j';
import { seededApp } from '../support/seeded-app';

const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

const api = seededApp();

function runScript(
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    // --check-docs: the answers docs/api.md shows are the ones this run gives.
    const child = spawn(TSX, ['scripts/examples.ts', '--check-docs'], { cwd: PROJECT_ROOT, env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out, err }));
  });
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await api.db.read<{ nodes: number; relationships: number }>(
    'RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
  );
  if (row === undefined) throw new Error('no counts');
  return row;
}

describe('npm run examples', () => {
  let userData: string;

  beforeAll(() => {
    userData = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-user-data-'));
  });

  afterAll(() => {
    rmSync(userData, { recursive: true, force: true });
  });

  it('answers every example in order on a throwaway Neo4j and leaves the user database untouched', async () => {
    const before = await Checkpoint.take(api.db.driver);
    const countsBefore = await counts();
    expect(countsBefore.nodes).toBeGreaterThan(100);

    const run = await runScript({
      ...process.env,
      // What a user who points npm start at a database of their own has set.
      NEO4J_URI: testNeo4jUri(),
      NEO4J_USER: testNeo4jAuth().user,
      NEO4J_PASSWORD: testNeo4jAuth().password,
      // And where the project's own Neo4j would keep its data and listen.
      NEO4J_DATA_DIR: userData,
      NEO4J_LOCAL_PORT: String(await freePort()),
    });
    expect({ code: run.code, err: run.code === 0 ? '' : run.err }).toEqual({ code: 0, err: '' });

    const sections = [
      ...run.out.matchAll(
        /^### (\S+): HTTP (\d+), (\d+) Cypher statements\n([\s\S]*?)\n\n(?=###|$)/gm,
      ),
    ].map(([, file = '', status, statements, body]) => ({
      file,
      status: Number(status),
      statements: Number(statements),
      body: JSON.parse(body ?? '') as { data?: Record<string, unknown> | null; errors?: unknown },
    }));
    const order = exampleFiles();
    expect(order.indexOf('6-resolve.graphql')).toBeLessThan(order.indexOf('18-reopen.graphql'));
    expect(sections.map((section) => section.file)).toEqual(order);
    for (const section of sections) {
      expect({ file: section.file, status: section.status, errors: section.body.errors }).toEqual({
        file: section.file,
        status: 200,
        errors: undefined,
      });
      const values = Object.values(section.body.data ?? {});
      expect({
        file: section.file,
        answered: values.length > 0 && values.every((v) => v !== null),
      }).toEqual({
        file: section.file,
        answered: true,
      });
    }

    // The user's database: the same nodes, relationships and properties as before.
    expect(await counts()).toEqual(countsBefore);
    expect(await before.differences()).toEqual([]);
    expect((await Checkpoint.take(api.db.driver)).fingerprint()).toBe(before.fingerprint());
    // Nothing started in the project's own data directory, and the throwaway one is gone.
    expect(readdirSync(userData)).toEqual([]);
    const throwaway = /\(data in (\S+), [\d.]+ s\)/.exec(run.err)?.[1];
    expect(throwaway).toMatch(/claimgraph-examples-/);
    expect(existsSync(throwaway ?? '')).toBe(false);
  }, 600_000);
});
