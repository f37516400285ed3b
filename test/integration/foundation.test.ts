import { Database } from '../../src/db/database';
import { createDriver } from '../../src/db/driver';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort, passwordFile, startLocalNeo4j } from '../../src/db/local-neo4j';
import { applySchema, schemaStatements } from '../../src/db/schema';
import { postGraphQL, startApp } from '../support/http';
import { seededApp } from '../support/seeded-app';

const HEALTH = '{ health { ok neo4j { reachable version edition error } } }';

const api = seededApp();

describe('foundation: a real Neo4j behind the service', () => {
  let db: Database;

  beforeAll(() => {
    db = api.db;
  });

  it('connects to Neo4j 5.26 over Bolt', async () => {
    await db.driver.getServerInfo();
    const [row] = await db.read<{ version: string }>(
      "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version",
    );
    expect(row?.version).toMatch(/^5\.26\./);
  });

  it('applies constraints and indexes twice without error or change', async () => {
    const first = await applySchema(db);
    const listSchema = async (): Promise<string[]> => {
      const constraints = await db.read<{ name: string }>(
        'SHOW CONSTRAINTS YIELD name RETURN name',
      );
      const indexes = await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name');
      return [...constraints, ...indexes].map((row) => row.name).sort();
    };
    const before = await listSchema();
    const second = await applySchema(db);
    expect(second).toBe(first);
    expect(await listSchema()).toEqual(before);
    expect(before).toEqual(expect.arrayContaining(['claim_id', 'turn_id', 'entity_text']));
    expect(first).toBe(schemaStatements().length);
  });

  it('answers /health with 200 and the version while Neo4j is up', async () => {
    const response = await fetch(`${api.base}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { version: string } };
    expect(body.status).toBe('ok');
    expect(body.neo4j.version).toMatch(/^5\.26\./);
  });

  it('answers the health query over HTTP', async () => {
    const { status, body } = await postGraphQL<{
      health: { ok: boolean; neo4j: { reachable: boolean; version: string; edition: string } };
    }>(api.url, HEALTH);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.health.ok).toBe(true);
    expect(body.data?.health.neo4j.reachable).toBe(true);
    expect(body.data?.health.neo4j.version).toMatch(/^5\.26\./);
    expect(body.data?.health.neo4j.edition).toBe('community');
  });

  it('answers /health with 503 and a reason while Neo4j is down', async () => {
    // A port nothing listens on stands for a Neo4j that has gone away.
    const deadDriver = createDriver({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      user: 'neo4j',
      password: 'unused',
    });
    const dead = await startApp(new Database(deadDriver));
    try {
      const started = Date.now();
      const response = await fetch(`${dead.base}/health`);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(response.status).toBe(503);
      const body = (await response.json()) as { status: string; neo4j: { error: string } };
      expect(body.status).toBe('degraded');
      expect(body.neo4j.error).toBe('Neo4j is not reachable');

      const { status, body: gql } = await postGraphQL<{
        health: { ok: boolean; neo4j: { reachable: boolean; error: string } };
      }>(dead.url, HEALTH);
      expect(status).toBe(200);
      expect(gql.data?.health).toEqual({
        ok: false,
        neo4j: { reachable: false, version: null, edition: null, error: 'Neo4j is not reachable' },
      });
    } finally {
      await dead.app.close();
      await deadDriver.close();
    }
  });

  // Bounded by startLocalNeo4j's own 180 s and a clean stop, not by a guess at the machine's load.
  it('starts a second Neo4j with APOC core loaded when asked', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'claimgraph-apoc-'));
    const server = await startLocalNeo4j({
      port: await freePort(),
      dataDir,
      heap: '512m',
      pagecache: '64m',
      apoc: true,
      log: () => undefined,
    });
    const driver = createDriver({ uri: server.uri, user: 'neo4j', password: server.password });
    try {
      const apoc = new Database(driver);
      const [row] = await apoc.read<{ version: string; converted: string }>(
        "RETURN apoc.version() AS version, apoc.date.convertFormat('2025-05-22', 'date', 'basic_date') AS converted",
      );
      expect(row).toEqual({ version: server.version, converted: '20250522' });
      // Authentication is on, with a generated password only its owner can read.
      expect(statSync(passwordFile(dataDir)).mode & 0o777).toBe(0o600);
      expect(readFileSync(passwordFile(dataDir), 'utf8').trim()).toBe(server.password);
      expect(server.password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    } finally {
      await driver.close();
      await server.stop();
      // SIGTERM ran the launcher's shutdown hook: Neo4j closed its stores cleanly.
      expect(readFileSync(path.join(dataDir, 'launcher.log'), 'utf8')).toContain('NEO4J_STOPPED');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 300_000);
});
