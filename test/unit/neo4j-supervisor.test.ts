import type { LocalNeo4j } from '../../src/db/local-neo4j';
import { Neo4jSupervisor } from '../../src/db/neo4j-supervisor';

/** A stand-in for a started JVM whose exit the test triggers. */
function fakeServer(pid: number): { server: LocalNeo4j; die: () => void } {
  let die = (): void => undefined;
  const exited = new Promise<void>((resolve) => {
    die = resolve;
  });
  return {
    server: {
      uri: 'bolt://127.0.0.1:1',
      version: '5.26',
      pid,
      password: 'pw',
      exited,
      stop: () => {
        die();
        return exited;
      },
    },
    die,
  };
}

const tick = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('Neo4jSupervisor', () => {
  it('logs an unexpected exit at once and restarts with doubling, bounded backoff', async () => {
    const first = fakeServer(101);
    const second = fakeServer(202);
    const attempts: number[] = [];
    let calls = 0;
    const lines: string[] = [];
    const supervisor = new Neo4jSupervisor({
      neo4j: { port: 1, dataDir: '/nowhere', heap: '1m', pagecache: '1m', apoc: false },
      log: (line) => lines.push(line),
      initialDelayMs: 20,
      maxDelayMs: 50,
      start: () => {
        calls += 1;
        attempts.push(Date.now());
        if (calls === 1) return Promise.resolve(first.server);
        if (calls <= 4) return Promise.reject(new Error(`port busy ${calls}`));
        return Promise.resolve(second.server);
      },
    });
    await supervisor.start();
    expect(supervisor.status()).toMatchObject({ state: 'running', pid: 101, restarts: 0 });

    first.die();
    await tick(5);
    expect(lines[0]).toMatch(/Neo4j \(pid 101\) exited unexpectedly at .*; restarting/);
    expect(supervisor.status()).toMatchObject({ state: 'restarting', pid: null });
    expect(supervisor.status().lastExit).toMatch(/^pid 101 exited at /);

    const started = Date.now();
    while (supervisor.status().state !== 'running' && Date.now() - started < 5_000) await tick(5);
    expect(supervisor.status()).toMatchObject({ state: 'running', pid: 202, restarts: 1 });
    expect(calls).toBe(5);
    // Delays 20, 40, 50 (capped), 50 ms between the failed attempts.
    const gaps = attempts.slice(2).map((at, i) => at - (attempts[i + 1] ?? at));
    expect(gaps[0]).toBeGreaterThanOrEqual(35);
    expect(gaps[2]).toBeLessThan(200);
    expect(lines.filter((line) => line.includes('failed'))).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/back after attempt 4 \(pid 202/);

    await supervisor.stop();
    expect(supervisor.status().state).toBe('stopped');
  });

  it('does not restart a Neo4j it was asked to stop', async () => {
    const only = fakeServer(7);
    let calls = 0;
    const supervisor = new Neo4jSupervisor({
      neo4j: { port: 1, dataDir: '/nowhere', heap: '1m', pagecache: '1m', apoc: false },
      log: () => undefined,
      initialDelayMs: 5,
      start: () => {
        calls += 1;
        return Promise.resolve(only.server);
      },
    });
    await supervisor.start();
    await supervisor.stop();
    await tick(30);
    expect(calls).toBe(1);
    expect(supervisor.status().state).toBe('stopped');
  });
});
