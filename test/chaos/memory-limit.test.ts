/**
 * Out of transaction memory (issue 20, item 4): the service's own Neo4j runs with the smallest
 * pool Neo4j accepts for all transactions together (db.memory.transaction.total.max = 10 MiB,
 * NEO4J_TX_MEMORY=10m) over a densely annotated episode (9,000 claims). Reading that episode
 * whole is under the cost limit and needs about 1.4 MB of transaction memory (PROFILE); two
 * dozen such reads at once need more than the pool. Those that do not fit end with
 * QUERY_MEMORY_LIMIT and nothing else. The pool is shared: while it is full, a light read sent
 * meanwhile may be refused the same way (the first run of this test saw 9 of 10 refused), so it
 * must end served or QUERY_MEMORY_LIMIT, never hang or fail otherwise. Neo4j
 * is not restarted; once the burst is over, light reads are all served and the same heavy read
 * alone is served whole.
 */
import { rmSync } from 'node:fs';

import { writeDenseEpisode, type DenseEpisode } from './support/dense-episode';
import { graphql, health, neo4jPid, startService, type Service } from './support/service';

const CONCURRENT = 24;

let dense: DenseEpisode;
let service: Service | undefined;
let dataDir: string | undefined;

beforeAll(async () => {
  dense = writeDenseEpisode({
    sections: 20,
    turnsPerSection: 30,
    claimsPerTurn: 15,
    sentenceLength: 80,
  });
  // First with the default pool, to import it (an import needs far more than 10 MiB)...
  const seeding = await startService({
    env: { SEED_DIR: dense.dir },
    keepData: true,
    startTimeoutMs: 900_000,
  });
  dataDir = seeding.dataDir;
  await seeding.stop();
  // ...then on the same data with the smallest pool; the seed is unchanged, so not imported again.
  service = await startService({ dataDir, env: { SEED_DIR: dense.dir, NEO4J_TX_MEMORY: '10m' } });
}, 1_200_000);

afterAll(async () => {
  await service?.stop();
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  rmSync(dense.dir, { recursive: true, force: true });
});

it('ends the reads that do not fit with QUERY_MEMORY_LIMIT, serves the rest, and keeps Neo4j up', async () => {
  if (!service) throw new Error('no service');
  const whole = `{ episode(id: "${dense.episodeId}") { sections { turns { claims { id quote } } } } }`;
  const pid = await neo4jPid(service);
  const started = Date.now();
  const [heavy, light] = await Promise.all([
    Promise.all(
      Array.from({ length: CONCURRENT }, () => graphql(service as Service, whole, {}, 300_000)),
    ),
    Promise.all(
      Array.from({ length: 10 }, () =>
        graphql(service as Service, '{ episodes { id title } health { ok } }', {}, 300_000),
      ),
    ),
  ]);
  const elapsed = Date.now() - started;
  const codes = heavy.map((answer) => answer.codes.join(',') || 'OK');
  const tally = codes.reduce<Record<string, number>>(
    (counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }),
    {},
  );
  process.stdout.write(
    `\nmemory: ${CONCURRENT} whole-episode reads of ${dense.claims} claims at once under a 10 MiB pool: ` +
      `${JSON.stringify(tally)} in ${(elapsed / 1000).toFixed(1)} s; light reads meanwhile ${light.filter((a) => a.codes.length === 0).length}/10 served ` +
      `(the rest QUERY_MEMORY_LIMIT: the pool is shared)\n`,
  );
  // Only two outcomes: the whole episode, or the memory limit (HTTP 200, a masked message).
  for (const answer of heavy) {
    expect(answer.status).toBe(200);
    expect(['OK', 'QUERY_MEMORY_LIMIT']).toContain(answer.codes.join(',') || 'OK');
  }
  expect(tally.QUERY_MEMORY_LIMIT ?? 0).toBeGreaterThan(0);
  for (const answer of light) {
    expect(answer.status).toBe(200);
    expect(['OK', 'QUERY_MEMORY_LIMIT']).toContain(answer.codes.join(',') || 'OK');
  }
  // The burst over, the pool is free again: the service serves every light read.
  const lightAfter = await Promise.all(
    Array.from({ length: 10 }, () =>
      graphql(service as Service, '{ episodes { id title } health { ok } }', {}, 60_000),
    ),
  );
  expect(lightAfter.map((answer) => answer.codes)).toEqual(lightAfter.map(() => []));

  // Neo4j was not restarted, the service is up, and the same read alone is served whole.
  const after = await health(service);
  expect(after).toMatchObject({ ok: true, localNeo4j: { state: 'running', restarts: 0 } });
  expect(await neo4jPid(service)).toBe(pid);
  const alone = await graphql(service, whole, {}, 300_000);
  expect(alone.codes).toEqual([]);
  const sections = (alone.data as { episode: { sections: { turns: { claims: unknown[] }[] }[] } })
    .episode.sections;
  expect(sections.flatMap((s) => s.turns).flatMap((t) => t.claims)).toHaveLength(dense.claims);
  expect(service.alive()).toBe(true);
}, 900_000);
