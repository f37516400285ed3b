/**
 * The service's own Neo4j is SIGKILLed under load: the service logs it at once, fails requests
 * fast with DATABASE_UNAVAILABLE, says so on /health, restarts Neo4j with backoff, and every
 * write made before the kill is still there.
 */
import { countByCode, runLoad } from './support/load';
import {
  graphql,
  health,
  neo4jPid,
  startService,
  waitHealthy,
  type Service,
} from './support/service';

const ID = 'c1-pred-day-of-junior-engineer-work';
const HISTORY = `{ prediction(id: "${ID}") { status resolutions { action status note } }
  dashboard { totals { episodes turns } } claims(first: 1) { totalCount } entities(first: 1) { totalCount } }`;

let service: Service;

beforeAll(async () => {
  service = await startService();
}, 180_000);

afterAll(async () => {
  await service.stop();
});

it('restarts its own Neo4j after a SIGKILL under load, failing fast meanwhile, losing nothing', async () => {
  const resolved = await graphql(
    service,
    `mutation { resolvePrediction(id: "${ID}", status: INCORRECT, evidence: { url: "https://example.org/k", note: "before the kill" }, resolvedAt: "2026-01-10") { status } }`,
    {},
    15_000,
    true,
  );
  expect(resolved.codes).toEqual([]);
  const before = await graphql(service, HISTORY);
  expect(before.codes).toEqual([]);

  const pid = await neo4jPid(service);
  let stop = false;
  // The kill comes once the load is under way: five answers (one per worker's worth) are back.
  let answered = 0;
  let underWay = (): void => undefined;
  const loaded = new Promise<void>((resolve) => {
    underWay = resolve;
  });
  const load = runLoad(
    service,
    5,
    () => stop,
    150_000,
    (sample) => {
      answered += sample.ok ? 1 : 0;
      if (answered >= 5) underWay();
    },
  );
  await loaded;
  const killedAt = Date.now();
  process.kill(pid, 'SIGKILL');

  // Logged at once.
  while (!service.log().includes('exited unexpectedly') && Date.now() - killedAt < 5_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(service.log()).toContain(`Neo4j (pid ${pid}) exited unexpectedly`);

  // /health says what is happening.
  const during = await health(service);
  expect(during.status).toBe(503);
  expect(['restarting', 'running']).toContain(during.localNeo4j?.state);
  expect(during.localNeo4j?.lastExit).toContain(`pid ${pid}`);

  // Requests in between fail within 10 s with DATABASE_UNAVAILABLE.
  const probeStart = Date.now();
  const probe = await graphql(service, '{ claims(first: 1) { totalCount } }');
  const probeMs = Date.now() - probeStart;
  expect(probeMs).toBeLessThan(10_000);

  const readyAt = await waitHealthy(service, 150_000);
  stop = true;
  const samples = await load;
  const after = await health(service);

  const failures = samples.filter((sample) => !sample.ok);
  const slowFailures = failures.filter((sample) => sample.end - sample.start >= 10_000);
  process.stdout.write(
    `\nchaos: Neo4j pid ${pid} SIGKILLed; back after ${((readyAt - killedAt) / 1000).toFixed(1)} s ` +
      `(restarts ${after.localNeo4j?.restarts}); probe during outage ${probe.codes.join(',') || 'OK'} in ${probeMs} ms; ` +
      `load ${samples.length} requests, by code ${JSON.stringify(countByCode(samples))}; ` +
      `slowest failure ${Math.max(0, ...failures.map((s) => s.end - s.start))} ms\n`,
  );

  expect(probe.codes).toEqual(['DATABASE_UNAVAILABLE']);
  expect(slowFailures).toEqual([]);
  expect(new Set(failures.map((sample) => sample.code))).toEqual(new Set(['DATABASE_UNAVAILABLE']));
  expect(after).toMatchObject({ ok: true, localNeo4j: { state: 'running', restarts: 1 } });
  expect(after.localNeo4j?.pid).not.toBe(pid);
  expect(service.alive()).toBe(true);

  // Everything written before the kill is there.
  const afterData = await graphql(service, HISTORY);
  expect(afterData).toEqual(before);
}, 180_000);
