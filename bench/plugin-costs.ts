// npm run bench:plugins: what each of our Apollo plugins costs a request, measured inside the
// server by timing every hook the plugin runs (issue 16: "measure each plugin's cost").
import os from 'node:os';

import type { ApolloServerPlugin } from '@apollo/server';

import { runCommand, UsageError } from '../src/cli/command';
import type { Context } from '../src/context';
import { createApp } from '../src/server';
import { writeBlock } from '../scripts/docs/blocks';
import { benchCases, fixture, type BenchCase } from './cases';
import { withSeededNeo4j, type SeededNeo4j } from './seeded-neo4j';

const SPEC = {
  usage: 'npm run bench:plugins -- [--requests N] [--write]',
  description: `Starts a throwaway Neo4j, imports the bundled episode, and serves it with the production
settings (budgets on). Every hook of our Apollo plugins (src/plugins/) is wrapped in a timer
(createApp's instrumentPlugin). Then it sends each benchmark query N times, one request at a
time after a warm-up, and prints the time spent inside each plugin per request beside the
request's median time as the client saw it. Run it with nothing else on the machine.`,
  options: {
    requests: { type: 'string', valueName: 'N', description: 'requests per query', default: '400' },
    write: { type: 'boolean', description: "write the table into bench/README.md's plugins block" },
  },
} as const;

type Hook = (...args: unknown[]) => unknown;

/** Nanoseconds spent in each plugin's hooks since the last reset. */
class PluginClock {
  readonly spent = new Map<string, bigint>();

  reset(): void {
    this.spent.clear();
  }

  /** The plugin with each hook, and each hook a hook returns, timed under `name`. */
  probe = (name: string, plugin: ApolloServerPlugin<Context>): ApolloServerPlugin<Context> =>
    this.wrapObject(name, plugin);

  private add(name: string, ns: bigint): void {
    this.spent.set(name, (this.spent.get(name) ?? 0n) + ns);
  }

  private wrapObject(name: string, target: object): object {
    const wrapped: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(target)) {
      wrapped[key] = typeof value === 'function' ? this.wrapHook(name, value as Hook) : value;
    }
    return wrapped;
  }

  private wrapResult(name: string, result: unknown): unknown {
    if (typeof result === 'function') return this.wrapHook(name, result as Hook);
    if (result !== null && typeof result === 'object' && !(result instanceof Promise)) {
      return this.wrapObject(name, result);
    }
    return result;
  }

  // Async hooks are timed to their settling: requests run one at a time, so nothing else runs.
  private wrapHook(name: string, hook: Hook): Hook {
    return (...args: unknown[]): unknown => {
      const started = process.hrtime.bigint();
      const result = hook(...args);
      if (result instanceof Promise) {
        return result.then((value: unknown) => {
          this.add(name, process.hrtime.bigint() - started);
          return this.wrapResult(name, value);
        });
      }
      this.add(name, process.hrtime.bigint() - started);
      return this.wrapResult(name, result);
    };
  }
}

interface CaseCost {
  name: string;
  medianUs: number;
  perPluginUs: Record<string, number>;
}

async function post(url: string, body: BenchCase['graphql']): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { errors?: unknown };
  if (response.status !== 200 || answer.errors !== undefined) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(answer.errors)}`);
  }
  return performance.now() - started;
}

async function measureCase(
  url: string,
  clock: PluginClock,
  c: BenchCase,
  requests: number,
): Promise<CaseCost> {
  for (let i = 0; i < Math.min(50, requests); i++) await post(url, c.graphql);
  clock.reset();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) times.push(await post(url, c.graphql));
  times.sort((a, b) => a - b);
  const perPluginUs = Object.fromEntries(
    [...clock.spent].map(([name, ns]) => [name, Number(ns) / 1000 / requests]),
  );
  return {
    name: c.name,
    medianUs: (times[Math.floor(times.length / 2)] ?? 0) * 1000,
    perPluginUs,
  };
}

function table(costs: CaseCost[], requests: number): string {
  const plugins = [...new Set(costs.flatMap((c) => Object.keys(c.perPluginUs)))].sort();
  const us = (value: number): string => value.toFixed(value < 10 ? 1 : 0);
  const rows = costs.map((c) => {
    const inPlugins = plugins.reduce((sum, p) => sum + (c.perPluginUs[p] ?? 0), 0);
    const share = ((inPlugins / c.medianUs) * 100).toFixed(1);
    return `| ${c.name} | ${us(c.medianUs)} | ${plugins.map((p) => us(c.perPluginUs[p] ?? 0)).join(' | ')} | ${share} % |`;
  });
  const cpus = os.cpus();
  return [
    `Measured by \`npm run bench:plugins\` on ${new Date().toISOString().slice(0, 10)}: the bundled`,
    `episode, ${requests} sequential requests per query after a warm-up, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'},`,
    `load average ${os.loadavg()[0]?.toFixed(2)} at the end. Microseconds per request; the last column is the`,
    `plugins' sum as a share of the median request.`,
    '',
    `| query | request p50 | ${plugins.join(' | ')} | plugins |`,
    `| --- | --- | ${plugins.map(() => '---').join(' | ')} | --- |`,
    ...rows,
  ].join('\n');
}

async function measureAll({ driver, db }: SeededNeo4j, requests: number): Promise<CaseCost[]> {
  const clock = new PluginClock();
  const app = await createApp({ db, nodeEnv: 'production', instrumentPlugin: clock.probe });
  try {
    const url = await app.listen(0, '127.0.0.1');
    const f = await fixture(driver);
    const costs: CaseCost[] = [];
    for (const c of benchCases(f)) {
      const cost = await measureCase(url, clock, c, requests);
      process.stderr.write(`bench:plugins: ${c.name}: p50 ${cost.medianUs.toFixed(0)} µs\n`);
      costs.push(cost);
    }
    return costs;
  } finally {
    await app.close();
  }
}

async function main(requests: number, write: boolean): Promise<void> {
  const costs = await withSeededNeo4j(
    'bench-plugins',
    (seeded) => measureAll(seeded, requests),
    (line) => process.stderr.write(`${line}\n`),
  );
  const text = table(costs, requests);
  process.stdout.write(`${text}\n`);
  if (write) {
    await writeBlock('bench/README.md', 'plugin-costs', text);
    process.stderr.write('bench:plugins: wrote the table into bench/README.md\n');
  }
}

void runCommand(SPEC, ({ values }) => {
  const requests = Number(values.requests);
  if (!Number.isInteger(requests) || requests < 1)
    throw new UsageError('--requests takes a whole number');
  return main(requests, values.write === true);
});
