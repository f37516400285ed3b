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

// Fake timers (and a fake Date): the backoff is checked to the millisecond, without waiting.
const T0 = Date.parse('2026-01-01T00:00:00.000Z');

describe('Neo4jSupervisor', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: T0 });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

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
    await jest.advanceTimersByTimeAsync(0);
    expect(lines[0]).toMatch(
      /Neo4j \(pid 101\) exited unexpectedly at 2026-01-01T00:00:00.000Z; restarting/,
    );
    expect(supervisor.status()).toMatchObject({
      state: 'restarting',
      pid: null,
      nextAttemptAt: '2026-01-01T00:00:00.020Z',
    });
    expect(supervisor.status().lastExit).toMatch(/^pid 101 exited at /);

    // Not a millisecond early: the first attempt waits the whole initial delay.
    await jest.advanceTimersByTimeAsync(19);
    expect(calls).toBe(1);
    await jest.advanceTimersByTimeAsync(1_000);
    expect(supervisor.status()).toMatchObject({ state: 'running', pid: 202, restarts: 1 });
    expect(calls).toBe(5);
    // Delays 20, 40, 50 (capped), 50 ms between the exit and the attempts.
    expect(attempts.slice(1).map((at) => at - T0)).toEqual([20, 60, 110, 160]);
    const gaps = attempts.slice(2).map((at, i) => at - (attempts[i + 1] ?? at));
    expect(gaps).toEqual([40, 50, 50]);
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
    // Far beyond any backoff: still the one start.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(calls).toBe(1);
    expect(supervisor.status().state).toBe('stopped');
  });
});
