// npm run bench:floors: how close to (A) a GraphQL server over HTTP can come on this machine.
import os from 'node:os';

import { runCommand, UsageError } from '../src/cli/command';
import { writeBlock } from '../scripts/docs/blocks';
import { benchCases, fixture } from './cases';
import { loadCypher, loadGraphQL, type LoadResult } from './load';
import { withSeededNeo4j, type SeededNeo4j } from './seeded-neo4j';
import { startServer, stopServer, type Server } from './servers/spawn';

const CASE = 'claim by id';

const SPEC = {
  usage: 'npm run bench:floors -- [--seconds S] [--rounds N] [--write]',
  description: `Starts a throwaway Neo4j with the bundled episode and answers the benchmark's "${CASE}"
four ways, one request at a time: (A) the Cypher through neo4j-driver in this process; a plain
node:http server running the same statement (no framework, no GraphQL); Apollo Server's
standalone server with its defaults and one resolver running it; and (B) our server as npm run
bench runs it. Each server is its own Node process under tsx, as in npm run bench. After two
rounds of warm-up, the forms take turns for N rounds of S seconds; it prints every round's p50
and each form's median p50 over the rounds as a ratio to A's. Run it with nothing else on the
machine.`,
  options: {
    seconds: {
      type: 'string',
      valueName: 'S',
      description: 'seconds per form and round',
      default: '3',
    },
    rounds: { type: 'string', valueName: 'N', description: 'measured rounds', default: '7' },
    write: { type: 'boolean', description: "write the table into bench/README.md's floors block" },
  },
} as const;

interface Form {
  name: string;
  load: (seconds: number) => Promise<LoadResult>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(seeded: SeededNeo4j, seconds: number, rounds: number): Promise<string> {
  const c = benchCases(await fixture(seeded.driver)).find((each) => each.name === CASE);
  if (c === undefined) throw new Error(`no benchmark case named "${CASE}"`);
  process.env.BENCH_NEO4J_PASSWORD = seeded.server.password;
  const servers: Server[] = [];
  try {
    const serve = async (file: string): Promise<string> => {
      const server = await startServer(file, seeded.server.uri);
      servers.push(server);
      return server.url;
    };
    const http = await serve('bench/servers/http-floor.ts');
    const apollo = await serve('bench/servers/apollo-floor.ts');
    const ours = await serve('bench/servers/ours.ts');
    const one = (s: number): { seconds: number; connections: number } => ({
      seconds: s,
      connections: 1,
    });
    const forms: Form[] = [
      {
        name: '(A) Cypher through neo4j-driver',
        load: (s) => loadCypher(seeded.driver, c.cypher.statements, c.cypher.params, one(s)),
      },
      { name: 'node:http, same statement', load: (s) => loadGraphQL(http, c.graphql, one(s)) },
      {
        name: 'Apollo Server standalone, one resolver',
        load: (s) => loadGraphQL(apollo, c.graphql, one(s)),
      },
      { name: '(B) our server', load: (s) => loadGraphQL(ours, c.graphql, one(s)) },
    ];
    for (let round = 0; round < 2; round += 1) for (const form of forms) await form.load(seconds);
    const p50s = new Map<string, number[]>(forms.map((form) => [form.name, []]));
    for (let round = 0; round < rounds; round += 1) {
      for (const form of forms) {
        const result = await form.load(seconds);
        if (result.failures > 0)
          throw new Error(`${form.name}: ${result.failures} failed requests`);
        p50s.get(form.name)?.push(result.p50);
      }
      process.stderr.write(`bench:floors: round ${round + 1} of ${rounds} done\n`);
    }
    return table(p50s, seconds, rounds);
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

function table(p50s: Map<string, number[]>, seconds: number, rounds: number): string {
  const floor = median([...p50s.values()][0] ?? []);
  const cpus = os.cpus();
  return [
    `Measured by \`npm run bench:floors\` on ${new Date().toISOString().slice(0, 10)}: "${CASE}" on the bundled`,
    `episode, one connection, ${rounds} rounds of ${seconds} s per form after 2 of warm-up, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'},`,
    `load average ${os.loadavg()[0]?.toFixed(2)} at the end. p50 in milliseconds.`,
    '',
    '| form | p50 per round | median | ratio to A |',
    '| --- | --- | --- | --- |',
    ...[...p50s].map(([name, values]) => {
      const m = median(values);
      return `| ${name} | ${values.map((v) => v.toFixed(2)).join(', ')} | ${m.toFixed(2)} | ${(m / floor).toFixed(2)} |`;
    }),
  ].join('\n');
}

async function main(seconds: number, rounds: number, write: boolean): Promise<void> {
  const text = await withSeededNeo4j(
    'bench-floors',
    (seeded) => measure(seeded, seconds, rounds),
    (line) => process.stderr.write(`${line}\n`),
  );
  process.stdout.write(`${text}\n`);
  if (write) {
    await writeBlock('bench/README.md', 'floors', text);
    process.stderr.write('bench:floors: wrote the table into bench/README.md\n');
  }
}

void runCommand(SPEC, ({ values }) => {
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  if (!(seconds > 0)) throw new UsageError('--seconds takes a positive number');
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new UsageError('--rounds takes a whole number');
  return main(seconds, rounds, values.write === true);
});
