import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';

import { toCypherParams } from '../src/db/database';

export interface LoadResult {
  requests: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  throughput: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summarise(latencies: number[], failures: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number): number => Math.round(value * 100) / 100;
  return {
    requests: latencies.length,
    failures,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    throughput: round(latencies.length / seconds),
  };
}

/**
 * A GraphQL endpoint under autocannon at fixed concurrency, no pipelining. Every response's
 * latency is kept for exact percentiles; a non-200, or a 200 whose body carries `errors`,
 * counts as a failure.
 */
export async function loadGraphQL(
  url: string,
  body: { query: string; variables: Record<string, unknown> },
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections: options.connections,
        pipelining: 1,
        duration: options.seconds,
        requests: [
          {
            onResponse: (status: number, responseBody: string) => {
              if (status !== 200 || responseBody.includes('"errors"')) failures += 1;
            },
          },
        ],
      },
      (error) =>
        error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    });
  });
  return summarise(latencies, failures, options.seconds);
}

/** (A) the same closed loop straight through the driver: `connections` workers, one read each. */
export async function loadCypher(
  driver: Driver,
  statements: readonly string[],
  params: Record<string, unknown>,
  options: { seconds: number; connections: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const until = performance.now() + options.seconds * 1000;
  const converted = toCypherParams(params);
  const worker = async (): Promise<void> => {
    while (performance.now() < until) {
      const started = performance.now();
      const session = driver.session({ defaultAccessMode: 'READ' });
      try {
        await session.executeRead(async (tx) => {
          for (const statement of statements) await tx.run(statement, converted);
        });
        latencies.push(performance.now() - started);
      } catch {
        failures += 1;
      } finally {
        await session.close();
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return summarise(latencies, failures, options.seconds);
}
